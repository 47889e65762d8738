"""The forum's moderation in the Wagtail admin: the queue, the threads, one post with its history, and the log.

Every view here is for moderators only (``state.is_moderator``: superusers, the group "Moderators", or whoever
was given ``forum.change_post``); anyone else is sent back to the admin's home with Wagtail's "no permission"
message. Actions are POST forms with a reason; they call ``forum.moderation``, which checks the rules again. A
refused action (a missing reason, a post that changed state meanwhile) shows the page again with the message and
with what the moderator typed.

Everything members typed is shown escaped (titles, names, flag notes, reasons, Markdown sources). The rendered
post is the sanitised HTML ``forum.markdown`` stored, cleaned once more here before it is marked safe: the admin
must stay safe even for a row written around the renderer (an import, an old version, a bug).
"""

from __future__ import annotations

import django_filters
import nh3
from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import (
    BooleanField,
    Case,
    Count,
    DateTimeField,
    Exists,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404, redirect
from django.urls import NoReverseMatch, reverse
from django.utils.functional import cached_property
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.paginator import WagtailPaginator
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn, NumberColumn, TitleColumn, UserColumn
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.generic import BaseListingView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale

from forum import moderation, state
from forum.models import (
    Category,
    Flag,
    ModerationAction,
    ModerationLogEntry,
    Post,
    PostRevision,
    Thread,
    TrustLevel,
    Visibility,
)
from forum.services import MAX_BODY

QUEUE_PER_PAGE = 20
POSTS_PER_PAGE = 50

# URL names (the viewsets in forum.admin_hooks use these namespaces).
QUEUE = "forum_queue"
THREADS = "forum_threads"
LOG = "forum_log"
MEMBERS = "forum_members"

PUPIL_DATA_KINDS = {
    "bsn": gettext_lazy("een BSN (burgerservicenummer)"),
    "phone": gettext_lazy("een telefoonnummer"),
    "email": gettext_lazy("een e-mailadres"),
    "birthdate_name": gettext_lazy("een geboortedatum bij een naam"),
}


def can_moderate(user) -> bool:
    return state.is_moderator(user)


class ModeratorRequiredMixin:
    """Moderators only; Wagtail turns the refusal into its "no permission" message on the admin's home."""

    def dispatch(self, request, *args, **kwargs):
        if not can_moderate(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def safe_post_html(html: str):
    """The stored, already sanitised HTML of a post, cleaned again with nh3's conservative defaults (no script,
    style, event handlers or javascript: links) before the template may show it as HTML."""
    return mark_safe(
        nh3.clean(html or "", link_rel="nofollow ugc noopener noreferrer", url_schemes={"http", "https", "mailto"})
    )


def pupil_findings(post: Post) -> list[dict]:
    """What the pupil-data check found when the author posted anyway, readable: [{"label", "text"}]."""
    found = []
    for finding in post.pupil_data or []:
        if not isinstance(finding, dict):
            continue
        kind = str(finding.get("kind", ""))
        found.append({"kind": kind, "label": PUPIL_DATA_KINDS.get(kind, kind), "text": str(finding.get("text", ""))})
    return found


def author_name(user) -> str:
    """A member as the forum shows them (display name), else their account's name; never their address."""
    if user is None:
        return _("(verwijderd account)")
    profile = getattr(user, "forum_profile", None)
    if profile is not None:
        return profile.display_name
    return user.get_full_name() or _("(geen naam)")


# --- forms ---------------------------------------------------------------------------------------------------


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reden"),
        required=False,
        max_length=moderation.REASON_MAX,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=gettext_lazy(
            "De schrijver krijgt de reden te lezen en het logboek bewaart hem. "
            "Nodig bij afwijzen, verbergen, verwijderen, bewerken, verplaatsen en samenvoegen."
        ),
    )


class PostEditForm(ReasonForm):
    body = forms.CharField(
        label=gettext_lazy("Tekst (Markdown)"), max_length=MAX_BODY, widget=forms.Textarea(attrs={"rows": 10})
    )
    field_order = ["body", "reason"]


class ThreadMoveForm(ReasonForm):
    category = forms.ModelChoiceField(label=gettext_lazy("Naar categorie"), queryset=Category.objects.none())
    field_order = ["category", "reason"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Threads point at the categories of the default language.
        self.fields["category"].queryset = Category.objects.filter(locale=Locale.get_default()).order_by(
            "sort_order", "name"
        )


class ThreadMergeForm(ReasonForm):
    into = forms.IntegerField(
        label=gettext_lazy("Samenvoegen met draad nummer"),
        min_value=1,
        help_text=gettext_lazy(
            "Het nummer staat in het adres van die draad: /forum/t/123/... De berichten van deze draad komen "
            "achteraan in die draad."
        ),
    )
    field_order = ["into", "reason"]

    def clean_into(self):
        into = Thread.objects.filter(pk=self.cleaned_data["into"]).first()
        if into is None:
            raise forms.ValidationError(_("Er is geen draad met dit nummer."))
        return into


# --- reads ---------------------------------------------------------------------------------------------------


def _reviewed_after_posting():
    """A moderator acted on the post after it was written (or last edited): its pupil-data warning was seen."""
    return ModerationLogEntry.objects.filter(
        post=OuterRef("pk"),
        moderator__isnull=False,
        created_at__gte=Coalesce(OuterRef("edited_at"), OuterRef("created_at"), output_field=DateTimeField()),
    )


def _with_moderation_facts(queryset):
    open_flags = Flag.objects.filter(post=OuterRef("pk"), resolved_at__isnull=True)
    revisions = (
        PostRevision.objects.filter(post=OuterRef("pk")).order_by().values("post").annotate(n=Count("pk")).values("n")
    )
    return queryset.annotate(
        has_open_flags=Exists(open_flags),
        pupil_reviewed=Exists(_reviewed_after_posting()),
        revision_count=Coalesce(Subquery(revisions, output_field=IntegerField()), Value(0)),
    )


QUEUE_KINDS = {
    "pending": Q(state=Visibility.PENDING),
    "flagged": Q(has_open_flags=True),
    "pupil_data": ~Q(pupil_data=[]) & Q(pupil_reviewed=False),
}


def queue_queryset():
    """The posts a moderator should look at: waiting for approval, with open flags (hidden by them or not), or
    posted despite the pupil-data warning and not looked at since. Hidden-by-flags first, then waiting, each
    oldest first. Posts in deleted threads are done with."""
    posts = _with_moderation_facts(
        Post.objects.exclude(state=Visibility.DELETED).exclude(thread__state=Visibility.DELETED)
    )
    return posts.filter(QUEUE_KINDS["pending"] | QUEUE_KINDS["flagged"] | QUEUE_KINDS["pupil_data"]).annotate(
        priority=Case(
            When(state=Visibility.HIDDEN, hidden_by_flags=True, then=Value(0)),
            When(state=Visibility.PENDING, then=Value(1)),
            default=Value(2),
            output_field=IntegerField(),
        ),
        pupil_open=Case(
            When(QUEUE_KINDS["pupil_data"], then=Value(True)), default=Value(False), output_field=BooleanField()
        ),
    )


def queue_counts() -> dict:
    """How many items of each kind wait (one query)."""
    return queue_queryset().aggregate(
        total=Count("pk"),
        pending=Count("pk", filter=QUEUE_KINDS["pending"]),
        flagged=Count("pk", filter=QUEUE_KINDS["flagged"]),
        pupil_data=Count("pk", filter=QUEUE_KINDS["pupil_data"]),
    )


def _for_cards(queryset):
    """What a post card shows, fetched with the posts: thread and category, author and profile, open flags."""
    return queryset.select_related("thread__category", "author__forum_profile").prefetch_related(
        Prefetch(
            "flags",
            queryset=Flag.objects.filter(resolved_at__isnull=True)
            .select_related("user__forum_profile")
            .order_by("created_at", "pk"),
            to_attr="open_flags",
        )
    )


def decorate(post: Post) -> Post:
    """Attach what the card template reads, computed once per post in Python (no queries)."""
    post.safe_html = safe_post_html(post.html)
    post.findings = pupil_findings(post)
    post.author_name = author_name(post.author)
    flags = getattr(post, "open_flags", [])
    reasons: dict[str, int] = {}
    labels = dict(Flag.Reason.choices)
    for flag in flags:
        reasons[flag.reason] = reasons.get(flag.reason, 0) + 1
        flag.by_name = author_name(flag.user)
    post.flag_summary = [{"label": labels.get(reason, reason), "count": count} for reason, count in reasons.items()]
    return post


def post_actions(post: Post) -> list[dict]:
    """The buttons a post card offers in its state: [{"action", "label", "classname", "reason_required"}]."""
    actions = []

    def add(action, label, classname="button-secondary", reason_required=False):
        actions.append({"action": action, "label": label, "classname": classname, "reason_required": reason_required})

    if post.state == Visibility.PENDING:
        add("approve", _("Goedkeuren"), "")
        add("reject", _("Afwijzen"), "button-secondary serious", True)
        return actions
    if post.state == Visibility.HIDDEN:
        add("restore", _("Terugzetten"), "")
        if post.hidden_by_flags:
            add("hide", _("Verborgen laten"), "button-secondary", True)
        add("delete", _("Verwijderen"), "button-secondary serious", True)
        return actions
    if post.state == Visibility.VISIBLE:
        if getattr(post, "has_open_flags", False) or getattr(post, "pupil_open", False):
            add("dismiss", _("In orde, laten staan"), "")
        add("hide", _("Verbergen"), "button-secondary", True)
        add("delete", _("Verwijderen"), "button-secondary serious", True)
        return actions
    if post.state == Visibility.DELETED:
        add("restore", _("Terugzetten"), "")
    return actions


def thread_actions(thread: Thread) -> list[dict]:
    actions = []

    def add(action, label, classname="button-secondary", reason_required=False):
        actions.append({"action": action, "label": label, "classname": classname, "reason_required": reason_required})

    if thread.merged_into_id:
        return actions
    add("unlock" if thread.is_locked else "lock", _("Heropenen") if thread.is_locked else _("Sluiten"))
    if thread.state in (Visibility.VISIBLE, Visibility.PENDING):
        add("hide", _("Verbergen"), "button-secondary", True)
    if thread.state in (Visibility.HIDDEN, Visibility.DELETED):
        add("restore", _("Terugzetten"), "")
    if thread.state != Visibility.DELETED:
        add("delete", _("Verwijderen"), "button-secondary serious", True)
    return actions


# --- the queue -----------------------------------------------------------------------------------------------


class QueueFilterSet(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(
        label=gettext_lazy("Soort"),
        choices=[
            ("pending", gettext_lazy("Wacht op goedkeuring")),
            ("flagged", gettext_lazy("Gemeld door leden")),
            ("pupil_data", gettext_lazy("Mogelijk leerlinggegevens")),
        ],
        empty_label=gettext_lazy("Alles"),
        method="filter_kind",
        widget=forms.RadioSelect,
    )

    class Meta:
        model = Post
        fields = []

    def filter_kind(self, queryset, name, value):
        return queryset.filter(QUEUE_KINDS[value]) if value in QUEUE_KINDS else queryset


class QueueView(ModeratorRequiredMixin, BaseListingView):
    """Wachtrij: what waits for a moderator, as cards with the post, its flags, pupil-data findings and the
    actions its state allows. A fixed number of queries, however long the queue."""

    page_title = gettext_lazy("Wachtrij")
    header_icon = "tasks"
    template_name = "forum/admin/queue.html"
    results_template_name = "forum/admin/queue_results.html"
    index_url_name = f"{QUEUE}:index"
    index_results_url_name = f"{QUEUE}:index_results"
    filterset_class = QueueFilterSet
    paginate_by = QUEUE_PER_PAGE
    verbose_name_plural = gettext_lazy("berichten in de wachtrij")

    def get_base_queryset(self):
        return _for_cards(queue_queryset())

    def order_queryset(self, queryset):
        return queryset.order_by("priority", "created_at", "pk")

    @cached_property
    def no_results_message(self):
        if self.is_filtering:
            return _("Niets van deze soort in de wachtrij.")
        return _("De wachtrij is leeg: er wacht niets op een moderator.")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        posts = [decorate(post) for post in context["object_list"]]
        for post in posts:
            post.actions = post_actions(post)
            post.action_form = ReasonForm(prefix=f"post-{post.pk}")
        context["object_list"] = posts
        context["counts"] = queue_counts()
        context["next_url"] = self.request.get_full_path()
        return context


# --- threads -------------------------------------------------------------------------------------------------


class ThreadFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(
        label=gettext_lazy("Staat"),
        choices=Visibility.choices,
        empty_label=gettext_lazy("Alle"),
        widget=forms.RadioSelect,
    )
    category = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Categorie"), queryset=lambda request: Category.objects.filter(locale=Locale.get_default())
    )
    is_locked = django_filters.BooleanFilter(label=gettext_lazy("Gesloten"))

    class Meta:
        model = Thread
        fields = []


class ThreadStateColumn(Column):
    def get_value(self, instance):
        if instance.merged_into_id:
            return _("Samengevoegd")
        return instance.get_state_display()


class ThreadIndexView(ModeratorRequiredMixin, BaseListingView):
    """Draden: find a thread to lock, move, merge or hide (by title, state, category)."""

    page_title = gettext_lazy("Draden")
    header_icon = "list-ul"
    index_url_name = f"{THREADS}:index"
    index_results_url_name = f"{THREADS}:index_results"
    filterset_class = ThreadFilterSet
    is_searchable = True
    search_fields = ["title"]
    search_backend_name = None
    paginate_by = 50
    default_ordering = "-last_activity_at"
    verbose_name_plural = gettext_lazy("draden")

    @cached_property
    def columns(self):
        return [
            TitleColumn("title", label=_("Titel"), url_name=f"{THREADS}:thread", sort_key="title"),
            Column("category", label=_("Categorie")),
            ThreadStateColumn("state", label=_("Staat")),
            BooleanColumn("is_locked", label=_("Gesloten")),
            NumberColumn("reply_count", label=_("Reacties"), sort_key="reply_count"),
            DateColumn("last_activity_at", label=_("Laatste activiteit"), sort_key="last_activity_at"),
        ]

    def get_base_queryset(self):
        return Thread.objects.select_related("category")


class _ModerationPage(ModeratorRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    """A page about one thread or post, with forms that post to the action views below; an action that was
    refused renders this page again with its bound form."""

    bound_forms: dict = {}

    def render_with(self, request, *, forms: dict, status: int = 200):
        self.bound_forms = forms
        return self.render_to_response(self.get_context_data(**self.kwargs), status=status)

    def render_to_response(self, context, status=None, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        if status:
            response.status_code = status
        return response


class ThreadDetailView(_ModerationPage):
    template_name = "forum/admin/thread.html"
    header_icon = "list-ul"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.thread = get_object_or_404(
            Thread.objects.select_related("category", "author__forum_profile", "merged_into"), pk=kwargs["pk"]
        )

    def get_page_title(self):
        return self.thread.title

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(f"{THREADS}:index"), "label": _("Draden")},
            {"url": "", "label": self.thread.title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        thread = self.thread
        posts = _with_moderation_facts(
            Post.objects.filter(thread=thread).select_related("author__forum_profile").order_by("number")
        )
        paginator = WagtailPaginator(posts, POSTS_PER_PAGE)
        page = paginator.get_page(self.request.GET.get("p"))
        for post in page.object_list:
            post.author_name = author_name(post.author)
        prefix = f"thread-{thread.pk}"
        context.update(
            {
                "thread": thread,
                "author_name": author_name(thread.author),
                "posts": page,
                "elided_page_range": paginator.get_elided_page_range(page.number),
                "actions": thread_actions(thread),
                "action_form": self.bound_forms.get("action") or ReasonForm(prefix=prefix),
                "move_form": self.bound_forms.get("move") or ThreadMoveForm(prefix=f"{prefix}-move"),
                "merge_form": self.bound_forms.get("merge") or ThreadMergeForm(prefix=f"{prefix}-merge"),
                "log_entries": ModerationLogEntry.objects.filter(thread=thread)
                .select_related("moderator", "post", "member__forum_profile")
                .order_by("-created_at", "-pk")[:20],
                "log_url": f"{reverse(f'{LOG}:index')}?thread={thread.pk}",
                "public_url": _public_url(thread),
                "next_url": self.request.get_full_path(),
            }
        )
        return context


class PostDetailView(_ModerationPage):
    """One post: the card with its actions, the edit form, and its history (earlier versions, every flag,
    every log line)."""

    template_name = "forum/admin/post.html"
    header_icon = "doc-full"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.post_obj = get_object_or_404(
            _for_cards(_with_moderation_facts(Post.objects.all())).annotate(
                pupil_open=Case(
                    When(QUEUE_KINDS["pupil_data"], then=Value(True)), default=Value(False), output_field=BooleanField()
                )
            ),
            pk=kwargs["pk"],
        )

    def get_page_title(self):
        return _("Bericht %(number)s in „%(title)s”") % {
            "number": self.post_obj.number,
            "title": self.post_obj.thread.title,
        }

    def get_breadcrumbs_items(self):
        thread = self.post_obj.thread
        return self.breadcrumbs_items + [
            {"url": reverse(f"{QUEUE}:index"), "label": _("Wachtrij")},
            {"url": reverse(f"{THREADS}:thread", args=[thread.pk]), "label": thread.title},
            {"url": "", "label": _("Bericht %(number)s") % {"number": self.post_obj.number}},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        post = decorate(self.post_obj)
        post.actions = post_actions(post)
        prefix = f"post-{post.pk}"
        revisions = list(post.revisions.select_related("edited_by__forum_profile").order_by("-edited_at", "-pk"))
        for revision in revisions:
            revision.by_name = author_name(revision.edited_by)
        flags = list(post.flags.select_related("user__forum_profile").order_by("-created_at", "-pk"))
        for flag in flags:
            flag.by_name = author_name(flag.user)
        context.update(
            {
                "post": post,
                "thread": post.thread,
                "action_form": self.bound_forms.get("action") or ReasonForm(prefix=prefix),
                "edit_form": self.bound_forms.get("edit")
                or PostEditForm(prefix=f"{prefix}-edit", initial={"body": post.body}),
                "revisions": revisions,
                "flags": flags,
                "log_entries": ModerationLogEntry.objects.filter(post=post)
                .select_related("moderator")
                .order_by("-created_at", "-pk"),
                "profile": getattr(post.author, "forum_profile", None) if post.author else None,
                "public_url": _public_url(post) if post.is_visible else "",
                "next_url": self.request.get_full_path(),
            }
        )
        return context


def _public_url(obj) -> str:
    """The public address of a thread or post ("" while the forum's public URLs are not wired)."""
    try:
        return obj.get_absolute_url()
    except NoReverseMatch:
        return ""


# --- actions -------------------------------------------------------------------------------------------------


class _ActionView(ModeratorRequiredMixin, TemplateView):
    """POST only: run one moderation action; on success a message and back to where the moderator came from,
    on a refusal the detail page again with the message and the typed text."""

    http_method_names = ["post"]
    detail_view = None

    def refused(self, request, message: str, *, forms: dict):
        messages.error(request, message)
        view = self.detail_view()
        view.setup(request, **self.kwargs)
        return view.render_with(request, forms=forms, status=200)

    def done(self, request, message: str, *, fallback: str, button_url: str = "", button_text: str = ""):
        buttons = [messages.button(button_url, button_text)] if button_url else None
        messages.success(request, message, buttons=buttons)
        return redirect(get_valid_next_url_from_request(request) or fallback)


POST_ACTIONS = {
    "approve": (moderation.post_approve, gettext_lazy("Goedgekeurd: het bericht staat nu op het forum.")),
    "reject": (moderation.post_reject, gettext_lazy("Afgewezen: de schrijver krijgt de reden te lezen.")),
    "hide": (moderation.post_hide, gettext_lazy("Verborgen. De schrijver krijgt de reden te lezen.")),
    "restore": (moderation.post_restore, gettext_lazy("Teruggezet: het bericht is weer zichtbaar.")),
    "delete": (moderation.post_delete, gettext_lazy("Verwijderd. De schrijver krijgt de reden te lezen.")),
    "dismiss": (moderation.flags_dismiss, gettext_lazy("Afgehandeld: het bericht blijft staan.")),
}


class PostActionView(_ActionView):
    detail_view = PostDetailView

    def post(self, request, pk: int):
        post = get_object_or_404(Post.objects.select_related("thread"), pk=pk)
        form = ReasonForm(request.POST, prefix=f"post-{post.pk}")
        action = request.POST.get("action", "")
        if action not in POST_ACTIONS:
            return self.refused(request, _("Kies wat er met dit bericht moet gebeuren."), forms={"action": form})
        if not form.is_valid():
            return self.refused(request, _("Controleer de reden."), forms={"action": form})
        function, success = POST_ACTIONS[action]
        try:
            function(post=post, moderator=request.user, reason=form.cleaned_data["reason"])
        except moderation.ModerationError as error:
            form.add_error("reason" if error.code == "reason" else None, error.message)
            return self.refused(request, error.message, forms={"action": form})
        return self.done(
            request,
            str(success),
            fallback=reverse(f"{QUEUE}:index"),
            button_url=reverse(f"{THREADS}:post", args=[post.pk]),
            button_text=_("Bekijk het bericht"),
        )


class PostEditView(_ActionView):
    detail_view = PostDetailView

    def post(self, request, pk: int):
        post = get_object_or_404(Post.objects.select_related("thread"), pk=pk)
        form = PostEditForm(request.POST, prefix=f"post-{post.pk}-edit")
        if not form.is_valid():
            return self.refused(
                request, _("Het bericht is niet aangepast. Controleer de velden."), forms={"edit": form}
            )
        try:
            moderation.post_edit_moderator(
                post=post, moderator=request.user, body=form.cleaned_data["body"], reason=form.cleaned_data["reason"]
            )
        except moderation.ModerationError as error:
            form.add_error("reason" if error.code == "reason" else "body", error.message)
            return self.refused(request, error.message, forms={"edit": form})
        return self.done(
            request,
            _("Het bericht is aangepast; de vorige versie staat in de geschiedenis."),
            fallback=reverse(f"{THREADS}:post", args=[post.pk]),
        )


THREAD_ACTIONS = {
    "lock": (moderation.thread_lock, gettext_lazy("Gesloten: er kunnen geen reacties meer bij.")),
    "unlock": (moderation.thread_unlock, gettext_lazy("Heropend: leden kunnen weer reageren.")),
    "hide": (moderation.thread_hide, gettext_lazy("De draad is verborgen.")),
    "restore": (moderation.thread_restore, gettext_lazy("De draad is weer zichtbaar.")),
    "delete": (moderation.thread_delete, gettext_lazy("De draad is verwijderd.")),
}


class ThreadActionView(_ActionView):
    detail_view = ThreadDetailView

    def post(self, request, pk: int):
        thread = get_object_or_404(Thread, pk=pk)
        form = ReasonForm(request.POST, prefix=f"thread-{thread.pk}")
        action = request.POST.get("action", "")
        if action not in THREAD_ACTIONS:
            return self.refused(request, _("Kies wat er met deze draad moet gebeuren."), forms={"action": form})
        if not form.is_valid():
            return self.refused(request, _("Controleer de reden."), forms={"action": form})
        function, success = THREAD_ACTIONS[action]
        try:
            function(thread=thread, moderator=request.user, reason=form.cleaned_data["reason"])
        except moderation.ModerationError as error:
            form.add_error("reason" if error.code == "reason" else None, error.message)
            return self.refused(request, error.message, forms={"action": form})
        return self.done(request, str(success), fallback=reverse(f"{THREADS}:thread", args=[thread.pk]))


class ThreadMoveView(_ActionView):
    detail_view = ThreadDetailView

    def post(self, request, pk: int):
        thread = get_object_or_404(Thread, pk=pk)
        form = ThreadMoveForm(request.POST, prefix=f"thread-{thread.pk}-move")
        if not form.is_valid():
            return self.refused(request, _("De draad is niet verplaatst. Controleer de velden."), forms={"move": form})
        try:
            moderation.thread_move(
                thread=thread,
                moderator=request.user,
                category=form.cleaned_data["category"],
                reason=form.cleaned_data["reason"],
            )
        except moderation.ModerationError as error:
            form.add_error("reason" if error.code == "reason" else "category", error.message)
            return self.refused(request, error.message, forms={"move": form})
        return self.done(
            request,
            _("Verplaatst naar „%(category)s”.") % {"category": form.cleaned_data["category"].name},
            fallback=reverse(f"{THREADS}:thread", args=[thread.pk]),
        )


class ThreadMergeView(_ActionView):
    detail_view = ThreadDetailView

    def post(self, request, pk: int):
        thread = get_object_or_404(Thread, pk=pk)
        form = ThreadMergeForm(request.POST, prefix=f"thread-{thread.pk}-merge")
        if not form.is_valid():
            return self.refused(
                request, _("De draden zijn niet samengevoegd. Controleer de velden."), forms={"merge": form}
            )
        try:
            into = moderation.thread_merge(
                thread=thread,
                moderator=request.user,
                into=form.cleaned_data["into"],
                reason=form.cleaned_data["reason"],
            )
        except moderation.ModerationError as error:
            form.add_error("reason" if error.code == "reason" else "into", error.message)
            return self.refused(request, error.message, forms={"merge": form})
        messages.success(
            request,
            _("Samengevoegd: de berichten staan nu achteraan in „%(title)s”.") % {"title": into.title},
        )
        return redirect(reverse(f"{THREADS}:thread", args=[into.pk]))


# --- the log -------------------------------------------------------------------------------------------------


def _log_moderators(request):
    return get_user_model().objects.filter(
        pk__in=ModerationLogEntry.objects.filter(moderator__isnull=False).values("moderator")
    )


class LogFilterSet(WagtailFilterSet):
    action = django_filters.ChoiceFilter(
        label=gettext_lazy("Actie"), choices=ModerationAction.choices, empty_label=gettext_lazy("Alle acties")
    )
    moderator = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Moderator"), queryset=_log_moderators, empty_label=gettext_lazy("Iedereen")
    )
    thread = django_filters.NumberFilter(label=gettext_lazy("Draad (nummer)"), field_name="thread_id")
    member = django_filters.NumberFilter(label=gettext_lazy("Lid (nummer)"), field_name="member_id")

    class Meta:
        model = ModerationLogEntry
        fields = []


STATE_LABELS = dict(Visibility.choices)
TRUST_LABELS = dict(TrustLevel.choices)


def describe_detail(entry: ModerationLogEntry) -> str:
    """The log line's before/after in words (plain text; the table escapes it)."""
    detail = entry.detail or {}
    parts = []
    if isinstance(detail.get("state"), list) and len(detail["state"]) == 2:
        before, after = detail["state"]
        parts.append(f"{STATE_LABELS.get(before, before)} → {STATE_LABELS.get(after, after)}")
    if detail.get("rejected"):
        parts.append(_("afgewezen"))
    if detail.get("flags"):
        parts.append(ngettext("%(count)s melding", "%(count)s meldingen", detail["flags"]) % {"count": detail["flags"]})
    if isinstance(detail.get("category"), list) and len(detail["category"]) == 2:
        parts.append(
            _("categorie %(before)s → %(after)s") % {"before": detail["category"][0], "after": detail["category"][1]}
        )
    if detail.get("into"):
        parts.append(_("naar draad %(number)s") % {"number": detail["into"]})
    trust = detail.get("trust_level")
    if isinstance(trust, list) and len(trust) == 2 and trust[0] != trust[1]:
        parts.append(
            _("vertrouwen %(before)s → %(after)s")
            % {"before": TRUST_LABELS.get(trust[0], trust[0]), "after": TRUST_LABELS.get(trust[1], trust[1])}
        )
    if entry.action == ModerationAction.MARK_EXPERT and isinstance(detail.get("after"), dict):
        after = detail["after"]
        parts.append(
            _("expert: %(organisation)s") % {"organisation": after.get("organisation")}
            if after.get("is_expert")
            else _("geen expert meer")
        )
    if entry.action == ModerationAction.EDIT and detail.get("revision"):
        parts.append(_("vorige versie bewaard"))
    return "; ".join(str(p) for p in parts)


class DetailColumn(Column):
    def get_value(self, instance):
        return describe_detail(instance)


class TargetColumn(Column):
    """What the action was about: the thread and post (links to their moderation pages) and the member."""

    cell_template_name = "forum/admin/log_target_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["entry"] = instance
        context["member_name"] = author_name(instance.member) if instance.member_id else ""
        return context


class LogView(ModeratorRequiredMixin, ReportView):
    """Logboek: every moderator action (and every automatic hide) with who, when, what and why, newest first;
    filter by action, moderator, thread or member."""

    page_title = gettext_lazy("Logboek")
    header_icon = "history"
    template_name = "forum/admin/log.html"
    index_url_name = f"{LOG}:index"
    index_results_url_name = f"{LOG}:index_results"
    filterset_class = LogFilterSet
    paginate_by = 50
    default_ordering = "-created_at"

    @cached_property
    def columns(self):
        return [
            DateColumn("created_at", label=_("Wanneer"), sort_key="created_at"),
            UserColumn("moderator", label=_("Wie"), blank_display_name=_("Automatisch (meldingen)")),
            Column("action", label=_("Actie"), accessor="get_action_display"),
            TargetColumn("target", label=_("Waarop")),
            Column("reason", label=_("Reden")),
            DetailColumn("detail", label=_("Wat veranderde")),
        ]

    @property
    def no_results_message(self):
        if self.is_filtering:
            return _("Geen regels in het logboek die bij dit filter passen.")
        return _("Er is nog niets gemodereerd.")

    def get_base_queryset(self):
        return ModerationLogEntry.objects.select_related("moderator", "thread", "post", "member__forum_profile")

    def get_valid_orderings(self):
        return ["created_at", "-created_at"]

    def order_queryset(self, queryset):
        ordering = self.ordering or "-created_at"
        return queryset.order_by(ordering, "-pk" if ordering.startswith("-") else "pk")
