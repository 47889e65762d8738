"""Schools, their teams and invitations in the Wagtail admin (not Django's admin).

Editors see each school with its team on the school's own page; memberships are edited one by one,
with a searchable person chooser instead of a list of every account. Invitations are listed for
support questions ("did my colleague get the mail?") but are created only by coordinators on the site,
so that every invitation goes out with its e-mail. People themselves are managed in Wagtail's own
Users area, which works with our e-mail-only user model.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, Panel
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic import chooser as chooser_views
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permissions import register_permission_policy

from community import member_data
from community.models import AccountDeletion, Invitation, Membership, School, User
from community.selectors import invitation_pending_qs
from core.permissions import RefusedActionsPolicy

# --- Choosing a person -------------------------------------------------------------------------------------


class UserChooserFilterForm(BaseFilterForm):
    """Search people by name or e-mail address (users are not in the search index)."""

    q = forms.CharField(
        label=_("Zoekterm"),
        required=False,
        widget=forms.TextInput(attrs={"placeholder": _("Naam of e-mailadres")}),
    )

    def filter(self, objects):
        objects = super().filter(objects)
        query = (self.cleaned_data.get("q") or "").strip()
        if query:
            objects = objects.filter(
                Q(email__icontains=query) | Q(first_name__icontains=query) | Q(last_name__icontains=query)
            )
            self.is_searching = True
            self.search_query = query
        return objects


class _MayChooseUsers:
    """The chooser lists e-mail addresses: only people who may manage memberships get to see it (AVG)."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("community.change_membership") and not request.user.has_perm(
            "community.add_membership"
        ):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class _UserColumns:
    filter_form_class = UserChooserFilterForm

    @property
    def columns(self):
        return [self.title_column, Column("email", label=_("E-mailadres"), accessor="email")]


class UserChooseView(_MayChooseUsers, _UserColumns, chooser_views.ChooseView):
    pass


class UserChooseResultsView(_MayChooseUsers, _UserColumns, chooser_views.ChooseResultsView):
    pass


class UserChosenView(_MayChooseUsers, chooser_views.ChosenView):
    pass


class UserChooserViewSet(ChooserViewSet):
    model = User
    icon = "user"
    choose_one_text = _("Kies een persoon")
    choose_another_text = _("Kies een andere persoon")
    edit_item_text = _("Persoon bewerken")
    choose_view_class = UserChooseView
    choose_results_view_class = UserChooseResultsView
    chosen_view_class = UserChosenView
    # Accounts are made by people themselves (with a verified address), not from a chooser.
    creation_form_class = None
    form_fields = None


user_chooser_viewset = UserChooserViewSet("community_user_chooser", url_prefix="community/kies-persoon")


@hooks.register("register_admin_viewset")
def register_user_chooser():
    return user_chooser_viewset


# --- Schools -----------------------------------------------------------------------------------------------


class SchoolTeamPanel(Panel):
    """The school's team and open invitations, read-only, with links to edit each membership."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "community/admin/school_team_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            school = self.instance
            if school is None or school.pk is None:
                context.update({"saved": False})
                return context
            context.update(
                {
                    "saved": True,
                    "memberships": list(
                        school.memberships.select_related("user").order_by(
                            "role", "user__first_name", "user__last_name", "user__email"
                        )
                    ),
                    "invitations": list(invitation_pending_qs().filter(school=school).order_by("-created_at")),
                    "membership_edit_url_name": membership_viewset.get_url_name("edit"),
                    "membership_add_url": f"{reverse(membership_viewset.get_url_name('add'))}?school={school.pk}",
                    "membership_index_url": f"{reverse(membership_viewset.get_url_name('index'))}?school={school.pk}",
                }
            )
            return context


class SchoolIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().annotate(member_count=Count("memberships", distinct=True))


class SchoolViewSet(ModelViewSet):
    model = School
    icon = "home"
    menu_label = _("Scholen")
    index_view_class = SchoolIndexView
    list_display = ["name", "brin", "gemeente", "sector", Column("member_count", label=_("Teamleden"))]
    list_filter = ["sector", "gemeente"]
    search_fields = ["name", "brin", "gemeente"]
    ordering = ["name"]
    copy_view_enabled = False
    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("brin"), FieldPanel("sector")]),
        FieldPanel("gemeente"),
        MultiFieldPanel([SchoolTeamPanel()], heading=_("Team")),
    ]


# --- Memberships -------------------------------------------------------------------------------------------


class MembershipCreateView(generic.CreateView):
    def get_initial(self):
        """The 'Teamlid toevoegen' link on a school's page opens this form with that school filled in."""
        initial = super().get_initial()
        school_id = self.request.GET.get("school", "")
        if school_id.isdigit():
            initial["school"] = school_id
        return initial


class MembershipViewSet(ModelViewSet):
    model = Membership
    icon = "group"
    menu_label = _("Lidmaatschappen")
    add_view_class = MembershipCreateView
    list_display = ["user", "school", "role", "joined_at"]
    list_filter = ["role", "school"]
    search_fields = ["user__email", "user__first_name", "user__last_name", "school__name", "school__brin"]
    ordering = ["school__name", "role"]
    copy_view_enabled = False
    panels = [FieldPanel("user"), FieldPanel("school"), FieldPanel("role")]


# --- Invitations -------------------------------------------------------------------------------------------


# Nobody adds invitations in the admin: one made there would not be e-mailed.
register_permission_policy(Invitation, RefusedActionsPolicy(Invitation, refused={"add"}), exact_class=True)


class InvitationViewSet(ModelViewSet):
    """Read, correct the expiry date, or delete: invitations are created by coordinators on the site."""

    model = Invitation
    icon = "mail"
    menu_label = _("Uitnodigingen")
    list_display = [
        "email",
        "school",
        "role",
        Column("status", label=_("Status"), accessor="get_status_display"),
        "invited_by",
        "created_at",
        "expires_at",
    ]
    list_filter = ["school", "role"]
    search_fields = ["email", "school__name", "school__brin"]
    ordering = ["-created_at"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "email",
        "school",
        "role",
        "invited_by",
        "created_at",
        "expires_at",
        "accepted_at",
        "accepted_by",
        "revoked_at",
    ]
    copy_view_enabled = False
    panels = [FieldPanel("expires_at")]


# The deletion log is read-only: the deletion itself writes each line, and nobody edits or removes one.
register_permission_policy(
    AccountDeletion, RefusedActionsPolicy(AccountDeletion, refused={"add", "change", "delete"}), exact_class=True
)


class AccountDeletionViewSet(ModelViewSet):
    """When accounts were deleted and what went with them: counts only, never whose (issue 10, AVG)."""

    model = AccountDeletion
    icon = "bin"
    menu_label = _("Verwijderde accounts")
    list_display = ["deleted_at", "by_member", "content_removed", Column("counts", label=_("Aantallen"))]
    list_filter = ["content_removed"]
    ordering = ["-deleted_at"]
    inspect_view_enabled = True
    inspect_view_fields = ["deleted_at", "by_member", "content_removed", "counts"]
    form_fields = []  # never edited: the permission policy refuses add, change and delete
    copy_view_enabled = False
    add_to_admin_menu = False


school_viewset = SchoolViewSet("community_schools", url_prefix="community/scholen")
membership_viewset = MembershipViewSet("community_memberships", url_prefix="community/lidmaatschappen")
invitation_viewset = InvitationViewSet("community_invitations", url_prefix="community/uitnodigingen")
deletion_viewset = AccountDeletionViewSet("community_deletions", url_prefix="community/verwijderde-accounts")


class CommunityViewSetGroup(ModelViewSetGroup):
    menu_label = _("Scholen")
    menu_icon = "home"
    menu_name = "community"
    items = (school_viewset, membership_viewset, invitation_viewset, deletion_viewset)


@hooks.register("register_admin_viewset")
def register_community_viewsets():
    return CommunityViewSetGroup()


# What community keeps about a member: their data download and the deletion of their account (core.member_data).
hooks.register("member_data", member_data.sections, order=0)
hooks.register("member_erase", member_data.erase, order=0)


@hooks.register("before_delete_user")
def delete_user_through_account_delete(request, user):
    """Wagtail's Users area deletes an account through the same service as the member's own page: every app
    lets go of the person first (invitations to their address go, posts stay unsigned) and the deletion log gets
    its line (decision 0018). Wagtail has checked that the administrator may delete this user."""
    if request.method != "POST":
        return None
    from community.services import account_delete

    account_delete(user=user, by_member=False)
    messages.success(request, _("Het account is verwijderd. Berichten op het forum blijven staan als „Voormalig lid”."))
    return redirect("wagtailusers_users:index")


@hooks.register("before_bulk_action")
def bulk_delete_users_through_account_delete(request, action_type, objects, action_class_instance):
    """The bulk "Delete" of Wagtail's Users area too: each account through the same service (decision 0018).
    Wagtail has kept only the users this administrator may delete."""
    if action_type != "delete" or not issubclass(action_class_instance.model, User):
        return None
    from community.services import account_delete

    for user in objects:
        account_delete(user=user, by_member=False)
    messages.success(
        request, _("De accounts zijn verwijderd. Berichten op het forum blijven staan als „Voormalig lid”.")
    )
    return redirect("wagtailusers_users:index")
