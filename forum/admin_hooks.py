"""The forum in the Wagtail admin: one menu item "Forum" with the moderation queue, the threads, the moderation
log, the categories (a translatable snippet editors manage) and the members (names, trust, experts, blocking).

Imported by ``forum.wagtail_hooks``. Who sees what:

- Wachtrij, Draden, Logboek: moderators (``state.is_moderator``; the group "Moderators" has the permissions by
  the data migration ``forum/0002_moderator_permissions``);
- Categorieën: whoever has the category permissions (Editors and Moderators' own grant, superusers);
- Leden: whoever may change forum profiles (Editors mark experts, Moderators block); blocking itself is for
  moderators only (its fields appear only for them).
"""

from __future__ import annotations

from django import forms
from django.db import transaction
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from forum import admin_views, moderation, state
from forum.models import Category, ForumProfile

# --- moderation: queue, threads, log -------------------------------------------------------------------------


class ModeratorMenuItem(MenuItem):
    def is_shown(self, request):
        return state.is_moderator(request.user)


class _ModeratorViewSet(ViewSet):
    """A moderators' page: its listing (``index_view_class``, a view with a ``results_only`` mode) at the
    viewset's address, the listing's results alone at ``results/``."""

    menu_item_class = ModeratorMenuItem
    index_view_class = None

    def get_urlpatterns(self):
        return [
            path("", self.index_view_class.as_view(), name="index"),
            path("results/", self.index_view_class.as_view(results_only=True), name="index_results"),
        ]


class QueueViewSet(_ModeratorViewSet):
    name = admin_views.QUEUE
    url_prefix = "forum/wachtrij"
    icon = "tasks"
    menu_label = gettext_lazy("Wachtrij")
    menu_name = "forum-queue"
    index_view_class = admin_views.QueueView


class ThreadViewSet(_ModeratorViewSet):
    name = admin_views.THREADS
    url_prefix = "forum/draden"
    icon = "list-ul"
    menu_label = gettext_lazy("Draden")
    menu_name = "forum-threads"
    index_view_class = admin_views.ThreadIndexView

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("<int:pk>/", admin_views.ThreadDetailView.as_view(), name="thread"),
            path("<int:pk>/actie/", admin_views.ThreadActionView.as_view(), name="thread_action"),
            path("<int:pk>/verplaatsen/", admin_views.ThreadMoveView.as_view(), name="thread_move"),
            path("<int:pk>/samenvoegen/", admin_views.ThreadMergeView.as_view(), name="thread_merge"),
            path("bericht/<int:pk>/", admin_views.PostDetailView.as_view(), name="post"),
            path("bericht/<int:pk>/actie/", admin_views.PostActionView.as_view(), name="post_action"),
            path("bericht/<int:pk>/bewerken/", admin_views.PostEditView.as_view(), name="post_edit"),
        ]


class LogViewSet(_ModeratorViewSet):
    name = admin_views.LOG
    url_prefix = "forum/logboek"
    icon = "history"
    menu_label = gettext_lazy("Logboek")
    menu_name = "forum-log"
    index_view_class = admin_views.LogView


# --- categories ----------------------------------------------------------------------------------------------


class CategoryViewSet(SnippetViewSet):
    """Forum categories as a translatable snippet: wagtail-localize adds "Vertalen" to each row (for users with
    its submit-translation permission); slug, theme and order stay the same in every language."""

    model = Category
    icon = "folder-open-inverse"
    menu_label = gettext_lazy("Categorieën")
    menu_name = "forum-categories"
    list_display = ["name", "slug", "theme", "sort_order", "locale"]
    list_filter = ["locale"]
    search_fields = ["name", "slug"]
    search_backend_name = None  # not in the search index: search the list with the database
    ordering = ["sort_order", "name"]
    copy_view_enabled = False
    # Shown in the "Forum" group's menu, not under "Snippets".
    menu_item_is_registered = True


# --- members -------------------------------------------------------------------------------------------------


class ForumProfilePermissionPolicy(ModelPermissionPolicy):
    """Profiles are made by the forum on first use and go with the account: not added or deleted here."""

    def user_has_permission(self, user, action):
        if action in ("add", "delete"):
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(ForumProfile, ForumProfilePermissionPolicy(ForumProfile), exact_class=True)


class MemberForm(WagtailAdminModelForm):
    """A member's forum profile. Expert changes are logged (``moderation.member_set_expert``); blocking goes
    through ``moderation.member_block`` / ``member_unblock`` and its fields are only there for moderators."""

    blocked = forms.BooleanField(
        label=gettext_lazy("Geblokkeerd"),
        required=False,
        help_text=gettext_lazy("Een geblokkeerd lid kan lezen, maar niet schrijven, reageren of melden."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "blocked" in self.fields and self.instance.pk:
            self.fields["blocked"].initial = self.instance.is_blocked
        if "expert_categories" in self.fields:
            self.fields["expert_categories"].queryset = Category.objects.filter(
                locale__language_code=self._default_language()
            ).order_by("sort_order", "name")

    @staticmethod
    def _default_language() -> str:
        from django.conf import settings

        return settings.LANGUAGE_CODE

    @property
    def may_block(self) -> bool:
        return "blocked" in self.fields and state.is_moderator(self.for_user)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("is_expert") and not (cleaned.get("expert_organisation") or "").strip():
            self.add_error("expert_organisation", _("Vul de organisatie van de expert in: die staat naast de badge."))
        if self.may_block:
            reason = (cleaned.get("blocked_reason") or "").strip()
            if cleaned.get("blocked") and not self.instance.is_blocked and not reason:
                self.add_error("blocked_reason", _("Geef een reden op: het lid krijgt die te lezen."))
        return cleaned

    def save(self, commit=True):
        profile = super().save(commit=False)
        if not commit:
            return profile
        cleaned = self.cleaned_data
        user = self.for_user
        with transaction.atomic():
            ForumProfile.objects.filter(pk=profile.pk).update(
                display_name=profile.display_name, handle=profile.handle, trust_level=profile.trust_level
            )
            if "is_expert" in self.fields:
                moderation.member_set_expert(
                    profile=profile,
                    editor=user,
                    is_expert=cleaned.get("is_expert", False),
                    organisation=cleaned.get("expert_organisation", ""),
                    categories=cleaned.get("expert_categories"),
                )
            if self.may_block:
                reason = cleaned.get("blocked_reason", "")
                current = ForumProfile.objects.get(pk=profile.pk)
                if cleaned.get("blocked") and not current.is_blocked:
                    moderation.member_block(member=profile.user, moderator=user, reason=reason)
                elif not cleaned.get("blocked") and current.is_blocked:
                    moderation.member_unblock(member=profile.user, moderator=user, reason=reason)
        profile.refresh_from_db()
        return profile


class MemberViewSet(ModelViewSet):
    """Leden: the forum's members with their trust, expert badge and whether they are blocked."""

    model = ForumProfile
    icon = "group"
    menu_label = gettext_lazy("Leden")
    menu_name = "forum-members"
    url_prefix = "forum/leden"
    list_display = [
        "display_name",
        "handle",
        "trust_level",
        "approved_posts",
        BooleanColumn("is_expert", label=gettext_lazy("Expert")),
        "expert_organisation",
        BooleanColumn("is_blocked", label=gettext_lazy("Geblokkeerd")),
        Column("blocked_reason", label=gettext_lazy("Reden van blokkeren")),
    ]
    list_filter = ["trust_level", "is_expert"]
    search_fields = ["display_name", "handle"]
    ordering = ["display_name"]
    copy_view_enabled = False
    inspect_view_enabled = False
    edit_handler = ObjectList(
        [
            FieldPanel("display_name"),
            FieldPanel("handle"),
            FieldPanel(
                "trust_level",
                help_text=gettext_lazy(
                    "Nieuw: berichten wachten op goedkeuring en links worden tekst. Lid: berichten verschijnen "
                    "direct. Vertrouwd: ruimere limieten."
                ),
            ),
            MultiFieldPanel(
                [FieldPanel("is_expert"), FieldPanel("expert_organisation"), FieldPanel("expert_categories")],
                heading=gettext_lazy("Expert"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("blocked", permission="forum.change_post"),
                    FieldPanel("blocked_reason", permission="forum.change_post"),
                ],
                heading=gettext_lazy("Blokkeren"),
            ),
        ],
        base_form_class=MemberForm,
    )


queue_viewset = QueueViewSet()
thread_viewset = ThreadViewSet()
log_viewset = LogViewSet()
category_viewset = CategoryViewSet()
member_viewset = MemberViewSet(admin_views.MEMBERS)


class ForumAdminGroup(ViewSetGroup):
    menu_label = gettext_lazy("Forum")
    menu_icon = "comment"
    menu_name = "forum"
    menu_order = 250
    items = (queue_viewset, thread_viewset, log_viewset, category_viewset, member_viewset)


# Through register_snippet rather than the register_admin_viewset hook, as core's taxonomy is: the category
# snippet is then registered when the apps are ready, not only once the admin's URLs are first loaded.
register_snippet(ForumAdminGroup)


@hooks.register("register_permissions")
def forum_permissions():
    """Lets an administrator give other groups the forum's moderation rights (Settings → Groups)."""
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(
        content_type__app_label="forum",
        codename__in=["change_post", "change_thread", "view_moderationlogentry"],
    )
