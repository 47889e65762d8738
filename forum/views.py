"""The forum's public pages: the overview, a category, a thread, starting a thread, replying, editing,
marking the answer that helped, flagging and following.

Views are thin: reads through ``selectors``, writes through ``services`` / ``moderation``; a refusal becomes a
message above the form, which keeps what was typed. Reading is open to everyone; writing needs an account.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import DatabaseError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from common.pagination import page_links
from core.models import Theme
from forum import fragments, selectors, services, state
from forum.forms import EditForm, FlagForm, LevelForm, ReplyForm, ThreadForm, knelpunt_label
from forum.models import Post, Thread, Visibility


def _ip(request: HttpRequest) -> str:
    return request.META.get("REMOTE_ADDR", "")


def _profile(request: HttpRequest):
    if not request.user.is_authenticated:
        return None
    return services.note_visit(user=request.user, session=request.session)


def _pager(request: HttpRequest, page):
    def url_for(number: int) -> str:
        params = request.GET.copy()
        params["page"] = number
        return f"?{params.urlencode()}"

    return page_links(page, url_for)


def _themes():
    return list(Theme.objects.filter(locale__language_code=selectors.current_language()).order_by("sort_order", "name"))


def _pupil_findings(findings) -> list[dict]:
    from forum import pupildata

    return [{"kind": f.kind, "text": f.text, "why": pupildata.explain(f.kind)} for f in findings]


# --- reading -------------------------------------------------------------------------------------------------


def index(request: HttpRequest) -> HttpResponse:
    """The overview: the categories, and the threads by latest activity (or unanswered, solved, new)."""
    profile = _profile(request)
    theme_slug = request.GET.get("theme", "")
    themes = _themes()
    if theme_slug and theme_slug not in {t.slug for t in themes}:
        messages.warning(request, _("Dat thema kennen we niet; je ziet nu alle draden."))
        theme_slug = ""
    listing = selectors.thread_listing(
        user=request.user,
        profile=profile,
        view=request.GET.get("view", "latest"),
        theme_slug=theme_slug,
        page_number=request.GET.get("page", 1),
        request=request,
    )
    return render(
        request,
        "forum/index.html",
        {
            "listing": listing,
            "pages": _pager(request, listing.page),
            "categories": selectors.categories(request=request),
            "themes": themes,
            "theme_slug": theme_slug,
            "profile": profile,
        },
    )


def category(request: HttpRequest, slug: str) -> HttpResponse:
    profile = _profile(request)
    current = selectors.category_get(slug, request=request)
    listing = selectors.thread_listing(
        user=request.user,
        profile=profile,
        view=request.GET.get("view", "latest"),
        category=current,
        page_number=request.GET.get("page", 1),
        request=request,
    )
    level = None
    if request.user.is_authenticated:
        from forum import notifications

        level = notifications.subscription_level(request.user, category=selectors.default_category(current))
    return render(
        request,
        "forum/category.html",
        {
            "category": current,
            "listing": listing,
            "pages": _pager(request, listing.page),
            "experts": selectors.experts_for(current),
            "level_form": LevelForm(initial={"level": level or "tracking"}, auto_id="level-%s"),
            "level": level,
            "profile": profile,
        },
    )


def _thread_context(request, thread: Thread, *, reply_form=None, pupil_findings=None) -> dict:
    moderator = state.is_moderator(request.user)
    data = selectors.thread_page(
        thread, user=request.user, moderator=moderator, page_number=request.GET.get("page", 1), request=request
    )
    if reply_form is None and request.user.is_authenticated:
        initial = {}
        quoted = request.GET.get("quote")
        if quoted and quoted.isdigit():
            post = (
                Post.objects.filter(pk=int(quoted), thread=thread, state=Visibility.VISIBLE)
                .select_related("author__forum_profile")
                .first()
            )
            if post is not None:
                from forum import markdown

                name = getattr(getattr(post.author, "forum_profile", None), "display_name", "") or _("een collega")
                initial = {"body": markdown.quote(name, post.body) + "\n\n", "reply_to": post.pk}
        reply_form = ReplyForm(initial=initial, auto_id="reply-%s")
    for post in [data.question, *data.posts]:
        if post is not None:
            post.can_edit = services.can_edit(post, request.user)
    viewer = fragments.Viewer(
        user=request.user, request=request, can_accept=services.can_accept(thread, request.user), flagged=data.flagged
    )
    fragments.attach([data.question, *data.posts], thread=thread, moderator=moderator, viewer=viewer)
    fragments.attach(  # the accepted answer again, under the question: without buttons, its own anchors
        [data.solution],
        thread=thread,
        moderator=moderator,
        viewer=viewer,
        anchor="antwoord-",
        attribute="copy",
        buttons=False,
    )
    level = None
    if request.user.is_authenticated:
        from forum import notifications

        level = notifications.subscription_level(request.user, thread=thread)
        services.mark_read(user=request.user, thread=thread, number=data.last_number)
    return {
        "thread": thread,
        "data": data,
        "pages": _pager(request, data.page),
        "reply_form": reply_form,
        "pupil_findings": pupil_findings or [],
        "level_form": LevelForm(initial={"level": level or "tracking"}, auto_id="thread-level-%s"),
        "level": level,
    }


def thread(request: HttpRequest, pk: int, slug: str = "") -> HttpResponse:
    """A thread: the question, the reply that helped right under it, the replies, the reply form."""
    _profile(request)
    current = selectors.thread_get(pk, user=request.user, moderator=state.is_moderator(request.user))
    if current.merged_into_id:
        return redirect(current.merged_into.get_absolute_url(), permanent=True)
    if slug != current.slug:
        query = f"?{request.GET.urlencode()}" if request.GET else ""
        return redirect(current.get_absolute_url() + query, permanent=True)
    context = _thread_context(request, current)
    return render(request, "forum/thread.html", context)


def post_redirect(request: HttpRequest, pk: int) -> HttpResponse:
    """A link to one post: the page of its thread it stands on, scrolled to it."""
    current, page, number = selectors.post_locate(pk, user=request.user, moderator=state.is_moderator(request.user))
    if current.merged_into_id:
        current = current.merged_into
    query = f"?{urlencode({'page': page})}" if page > 1 else ""
    return redirect(f"{current.get_absolute_url()}{query}#bericht-{number}")


# --- writing -------------------------------------------------------------------------------------------------


def _spam_stop(request, form) -> HttpResponse | None:
    """A filled honeypot: store nothing, and say so without a hint of why."""
    if form.is_spam:
        messages.error(request, _("Je bericht kon niet worden geplaatst. Probeer het opnieuw."))
        return redirect(reverse("forum:index"))
    return None


@login_required
def thread_new(request: HttpRequest) -> HttpResponse:
    """Start a thread: ask a question or share how your school handled something."""
    profile = services.profile_for(request.user)
    initial = {}
    if request.method == "GET":
        slug = request.GET.get("category", "")
        if slug:
            try:
                initial["category"] = selectors.category_get(slug, request=request)
            except Http404:
                messages.warning(request, _("Die categorie bestaat niet (meer). Kies er een uit de lijst."))
        theme = request.GET.get("theme", "")
        if theme:
            initial["themes"] = [t for t in _themes() if t.slug == theme]
        knelpunt = request.GET.get("knelpunt", "")
        if knelpunt and knelpunt_label(knelpunt):
            initial["knelpunt"] = knelpunt
    findings = []
    form = ThreadForm(request.POST or None, initial=initial, pupil_warning=bool(request.POST.get("confirm_pupil_data")))
    if request.method == "POST" and form.is_valid():
        stopped = _spam_stop(request, form)
        if stopped:
            return stopped
        data = form.cleaned_data
        scan = knelpunt_label(data.get("knelpunt") or "")
        try:
            created = services.thread_create(
                author=request.user,
                category=data["category"],
                title=data["title"],
                body=data["body"],
                themes=list(data.get("themes") or []),
                scan_page=_page(scan[0]) if scan else None,
                knelpunt_key=scan[1] if scan else "",
                knelpunt_label=scan[2] if scan else "",
                language=selectors.current_language(),
                client_token=data.get("client_token") or "",
                ip=_ip(request),
                pupil_data_confirmed=data.get("confirm_pupil_data", False),
            )
        except services.PupilDataWarning as warning:
            findings = _pupil_findings(warning.findings)
            form = ThreadForm(request.POST, pupil_warning=True)
            form.is_valid()
        except services.ForumError as error:
            form.add_error(None, error.message)
        except DatabaseError:
            form.add_error(None, _("Je vraag kon nu niet worden opgeslagen. Probeer het over een minuut opnieuw."))
        else:
            if created.state == Visibility.PENDING:
                messages.success(
                    request,
                    _(
                        "Dank je! Je eerste berichten bekijkt een moderator even voordat ze voor iedereen zichtbaar zijn. Je krijgt bericht zodra dat gebeurd is."
                    ),
                )
            else:
                messages.success(request, _("Je vraag staat op het forum."))
            return redirect(created.get_absolute_url())
    return render(
        request,
        "forum/thread_form.html",
        {
            "form": form,
            "pupil_findings": findings,
            "profile": profile,
            "can_post_links": services.can_post_links(profile),
        },
    )


def _page(page_id: int):
    from wagtail.models import Page

    return Page.objects.filter(pk=page_id).first()


@login_required
@require_POST
def reply(request: HttpRequest, pk: int) -> HttpResponse:
    current = selectors.thread_get(pk, user=request.user, moderator=state.is_moderator(request.user))
    form = ReplyForm(request.POST, auto_id="reply-%s", pupil_warning=bool(request.POST.get("confirm_pupil_data")))
    findings = []
    if form.is_valid():
        stopped = _spam_stop(request, form)
        if stopped:
            return stopped
        data = form.cleaned_data
        reply_to = None
        if data.get("reply_to"):
            reply_to = Post.objects.filter(pk=data["reply_to"], thread=current).first()
        try:
            post = services.post_create(
                author=request.user,
                thread=current,
                body=data["body"],
                reply_to=reply_to,
                client_token=data.get("client_token") or "",
                ip=_ip(request),
                pupil_data_confirmed=data.get("confirm_pupil_data", False),
            )
        except services.PupilDataWarning as warning:
            findings = _pupil_findings(warning.findings)
            form = ReplyForm(request.POST, auto_id="reply-%s", pupil_warning=True)
            form.is_valid()
        except services.ForumError as error:
            form.add_error(None, error.message)
        except DatabaseError:
            form.add_error(None, _("Je reactie kon nu niet worden opgeslagen. Probeer het over een minuut opnieuw."))
        else:
            if post.state == Visibility.PENDING:
                messages.success(
                    request,
                    _("Dank je! Een moderator bekijkt je reactie even voordat die voor iedereen zichtbaar is."),
                )
            else:
                messages.success(request, _("Je reactie is geplaatst."))
            return redirect("forum:post", pk=post.pk)
    context = _thread_context(request, current, reply_form=form, pupil_findings=findings)
    return render(request, "forum/thread.html", context, status=200 if findings else 400)


@login_required
def post_edit(request: HttpRequest, pk: int) -> HttpResponse:
    post = get_object_or_404(Post.objects.select_related("thread"), pk=pk)
    if not services.can_edit(post, request.user):
        messages.error(
            request, _("Dit bericht kun je niet meer bewerken. Je kunt je eigen bericht een dag lang aanpassen.")
        )
        return redirect("forum:post", pk=post.pk)
    form = EditForm(
        request.POST or None,
        initial={"body": post.body},
        pupil_warning=bool(request.POST.get("confirm_pupil_data")),
    )
    findings = []
    if request.method == "POST" and form.is_valid():
        stopped = _spam_stop(request, form)
        if stopped:
            return stopped
        try:
            services.post_edit(
                post=post,
                editor=request.user,
                body=form.cleaned_data["body"],
                reason=form.cleaned_data.get("reason", ""),
                pupil_data_confirmed=form.cleaned_data.get("confirm_pupil_data", False),
            )
        except services.PupilDataWarning as warning:
            findings = _pupil_findings(warning.findings)
            form = EditForm(request.POST, pupil_warning=True)
            form.is_valid()
        except services.ForumError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Je bericht is aangepast."))
            return redirect("forum:post", pk=post.pk)
    return render(request, "forum/post_edit.html", {"form": form, "post": post, "pupil_findings": findings})


@login_required
@require_POST
def accept(request: HttpRequest, pk: int) -> HttpResponse:
    post = get_object_or_404(Post.objects.select_related("thread"), pk=pk)
    try:
        if request.POST.get("clear"):
            services.answer_clear(thread=post.thread, user=request.user)
            messages.success(request, _("Het gekozen antwoord is weer losgelaten."))
        else:
            services.answer_accept(thread=post.thread, post=post, user=request.user)
            messages.success(request, _("Gemarkeerd als het antwoord dat hielp. Het staat nu direct onder de vraag."))
    except services.ForumError as error:
        messages.error(request, error.message)
    return redirect(post.thread.get_absolute_url())


@login_required
def flag(request: HttpRequest, pk: int) -> HttpResponse:
    """Report a post to the moderators: why, and optionally a note. A refusal keeps what was typed."""
    post = get_object_or_404(
        Post.objects.select_related("thread", "author__forum_profile"), pk=pk, state=Visibility.VISIBLE
    )
    form = FlagForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        from forum import moderation

        try:
            moderation.flag_create(
                post=post,
                user=request.user,
                reason=form.cleaned_data["reason"],
                note=form.cleaned_data["note"],
                ip=_ip(request),
            )
        except services.ForumError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Dank je voor je melding. Een moderator kijkt ernaar."))
            return redirect("forum:post", pk=post.pk)
    return render(request, "forum/flag.html", {"form": form, "post": post}, status=400 if form.errors else 200)


@login_required
@require_POST
def follow(request: HttpRequest, kind: str, key: str) -> HttpResponse:
    """Set the member's notification level for a thread or a category."""
    form = LevelForm(request.POST)
    if kind == "draad":
        target = {"thread": selectors.thread_get(int(key), user=request.user)} if key.isdigit() else None
        back = target["thread"].get_absolute_url() if target else None
    else:
        current = selectors.category_get(key, request=request)
        target = {"category": selectors.default_category(current)}
        back = current.get_absolute_url()
    if target is None:
        raise Http404("no such thread")
    if form.is_valid():
        from forum import notifications

        notifications.subscription_set(request.user, level=form.cleaned_data["level"], **target)
        messages.success(request, _("Je meldingen zijn aangepast."))
    else:
        messages.error(request, _("Kies hoe je op de hoogte wilt blijven."))
    next_url = request.POST.get("next", "")
    if next_url and url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        back = next_url
    return redirect(back)
