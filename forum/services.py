"""What members do in the forum: start a thread, reply, edit their own post, mark the answer that helped,
keep track of what they have read. Moderators' actions live in ``forum.moderation``.

Every refusal is a ``ForumError`` with a message in the member's language; the views show it above the form,
which keeps what was typed. Nothing is stored twice: a form carries a one-time token (``client_token``), and
a second submit of the same token returns the post the first one made.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from core import caching
from forum import markdown, pupildata, state
from forum.models import Category, ForumProfile, Post, ReadState, Thread, TrustLevel, Visibility
from forum.selectors import current_language, default_category

MAX_BODY = 20_000
MAX_TITLE = 150
MIN_TITLE = 8

# Posts per member in a sliding window, by trust level; per network address for everyone together.
RATE_WINDOW = timedelta(minutes=10)
RATE_PER_MEMBER = {TrustLevel.NEW: 3, TrustLevel.MEMBER: 10, TrustLevel.TRUSTED: 30}
RATE_PER_ADDRESS = 40
DUPLICATE_WINDOW = timedelta(minutes=30)

# A new visit starts when the forum is opened this long after the member's previous forum request.
VISIT_GAP = timedelta(hours=1)


class ForumError(Exception):
    """A refusal to show to the member (translated); the form keeps what they typed."""

    def __init__(self, message: str, *, code: str = "invalid"):
        super().__init__(message)
        self.message = message
        self.code = code


class PupilDataWarning(ForumError):
    """The text looks like it holds a pupil's personal data: say what and why, and let them post anyway."""

    def __init__(self, findings: list):
        super().__init__(
            _("Je bericht lijkt persoonsgegevens van een leerling te bevatten. Haal ze weg, of plaats het toch."),
            code="pupil_data",
        )
        self.findings = findings


@dataclass
class _Checked:
    """A body that passed the checks, rendered."""

    html: str
    mentions: list[str] = field(default_factory=list)
    linked_pages: list[int] = field(default_factory=list)
    findings: list[dict] = field(default_factory=list)


# --- members -------------------------------------------------------------------------------------------------


def _unique_handle(base: str) -> str:
    base = (slugify(base).replace("-", "")[:30] or "lid").lower()
    handle, n = base, 1
    while ForumProfile.objects.filter(handle=handle).exists():
        n += 1
        handle = f"{base}{n}"
    return handle


def profile_for(user) -> ForumProfile:
    """The member's forum profile, made on first use: their full name (or the start of their address) and a
    unique @handle from it. Staff of the site start trusted; everyone else starts new."""
    try:
        return user.forum_profile
    except ForumProfile.DoesNotExist:
        pass
    name = user.get_full_name().strip() or user.email.split("@")[0]
    trust = TrustLevel.TRUSTED if (user.is_staff or state.is_moderator(user)) else TrustLevel.NEW
    for _attempt in range(3):
        try:
            with transaction.atomic():
                profile = ForumProfile.objects.create(
                    user=user,
                    display_name=name[:80],
                    handle=_unique_handle(name),
                    trust_level=trust,
                    language=current_language(),
                )
            break
        except IntegrityError:  # a concurrent first request made it, or took the handle
            existing = ForumProfile.objects.filter(user=user).first()
            if existing is not None:
                profile = existing
                break
    else:  # pragma: no cover - three handle collisions in a row
        raise ForumError(_("Het forum kon je profiel niet aanmaken. Probeer het opnieuw."))
    user.forum_profile = profile
    return profile


def note_visit(*, user, session) -> ForumProfile | None:
    """Count a new visit when the member opens the forum after a break: "new since your last visit" then
    counts from the start of the visit before. Kept in the session between requests, written once a visit."""
    if not getattr(user, "is_authenticated", False):
        return None
    profile = profile_for(user)
    now = timezone.now()
    last_request = session.get("forum_last_request")
    if last_request is None or now.timestamp() - float(last_request) > VISIT_GAP.total_seconds():
        profile.previous_visit_at = profile.last_seen_at
        profile.last_seen_at = now
        ForumProfile.objects.filter(pk=profile.pk).update(
            previous_visit_at=profile.previous_visit_at, last_seen_at=profile.last_seen_at
        )
    if last_request is None or now.timestamp() - float(last_request) > 60:  # no session write on every click
        session["forum_last_request"] = now.timestamp()
    return profile


def can_post_links(profile: ForumProfile) -> bool:
    return profile.trust_level >= TrustLevel.MEMBER or profile.is_expert


def needs_approval(profile: ForumProfile) -> bool:
    """A new member's posts wait for a moderator until enough of them were approved."""
    return profile.trust_level == TrustLevel.NEW and not profile.is_expert


# --- checks --------------------------------------------------------------------------------------------------


def _refuse_blocked(profile: ForumProfile) -> None:
    if profile.is_blocked:
        raise ForumError(
            _("Je kunt op dit moment niet schrijven op het forum. Heb je een vraag? Neem contact op met de moderatie."),
            code="blocked",
        )


def _address_key(ip: str) -> str:
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{ip}".encode()).hexdigest()[:32]
    return f"forum:rate:{digest}"


def _refuse_too_fast(profile: ForumProfile, ip: str) -> None:
    """Sliding limits per member (by trust) and per address (all members behind it together)."""
    if not getattr(settings, "FORUM_RATE_LIMITS", True):
        return
    since = timezone.now() - RATE_WINDOW
    limit = RATE_PER_MEMBER.get(profile.trust_level, RATE_PER_MEMBER[TrustLevel.MEMBER])
    if Post.objects.filter(author_id=profile.user_id, created_at__gte=since).count() >= limit:
        raise ForumError(
            _("Je hebt in korte tijd veel berichten geplaatst. Wacht een paar minuten en probeer het dan opnieuw."),
            code="rate_member",
        )
    if ip:
        key = _address_key(ip)
        cache.add(key, 0, timeout=int(RATE_WINDOW.total_seconds()))
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=int(RATE_WINDOW.total_seconds()))
            count = 1
        if count > RATE_PER_ADDRESS:
            raise ForumError(
                _("Er komen nu veel berichten vanaf jouw netwerk. Wacht een paar minuten en probeer het dan opnieuw."),
                code="rate_address",
            )


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def _check_body(body: str) -> str:
    body = (body or "").replace("\r\n", "\n").strip()
    if not body:
        raise ForumError(_("Je bericht is leeg. Schrijf eerst wat je wilt delen."), code="empty")
    if len(body) > MAX_BODY:
        raise ForumError(
            _(
                "Je bericht is %(length)s tekens; het mag er hoogstens %(max)s zijn. Kort het in of verdeel het over twee berichten."
            )
            % {"length": f"{len(body):,}".replace(",", "."), "max": f"{MAX_BODY:,}".replace(",", ".")},
            code="too_long",
        )
    return body


def _check_title(title: str) -> str:
    title = re.sub(r"\s+", " ", title or "").strip()
    if len(title) < MIN_TITLE:
        raise ForumError(_("Geef je vraag een titel van minstens %(min)s tekens.") % {"min": MIN_TITLE}, code="title")
    if len(title) > MAX_TITLE:
        raise ForumError(_("De titel mag hoogstens %(max)s tekens zijn.") % {"max": MAX_TITLE}, code="title")
    return title


def _site_root_paths() -> list[tuple[str, str]]:
    """(URL prefix, page url_path prefix) per site language root: "/" and "/en/" to the root pages' paths."""
    roots = []
    for root in Site.get_site_root_paths():
        language = root.language_code or settings.LANGUAGE_CODE
        prefix = "/" if language == settings.LANGUAGE_CODE else f"/{language}/"
        roots.append((prefix, root.root_path))
    # Longest prefix first: "/en/..." must not be read as a Dutch page called "en".
    return sorted(roots, key=lambda r: -len(r[0]))


def linked_library_pages(hrefs: list[str]) -> list[int]:
    """The library items the links point at (same site, live, public), in the order linked, each once."""
    from urllib.parse import urlsplit

    own_hosts = {urlsplit(settings.SITE_URL).netloc, *settings.ALLOWED_HOSTS}
    for hostname, port in Site.objects.values_list("hostname", "port"):
        own_hosts |= {hostname, f"{hostname}:{port}"}
    roots = _site_root_paths()
    candidates: dict[str, int] = {}
    for position, href in enumerate(hrefs[:20]):
        parts = urlsplit(href)
        if parts.netloc and parts.netloc not in own_hosts:
            continue
        path = parts.path if parts.path.endswith("/") else parts.path + "/"
        for prefix, root_path in roots:
            if path.startswith(prefix):
                candidates.setdefault(root_path + path[len(prefix) :], position)
                break
    if not candidates:
        return []
    found = (
        Page.objects.live()
        .public()
        .filter(url_path__in=list(candidates), content_type__app_label="library", content_type__model="resourcepage")
        .values_list("url_path", "pk")
    )
    ordered = sorted(found, key=lambda row: candidates[row[0]])
    return list(dict.fromkeys(pk for _path, pk in ordered))


def _check(body: str, profile: ForumProfile, *, pupil_data_confirmed: bool) -> _Checked:
    findings = pupildata.check(body)
    if findings and not pupil_data_confirmed:
        raise PupilDataWarning(findings)
    allow_links = can_post_links(profile)
    rendered = markdown.render(body, allow_links=allow_links)
    # A new member's links show as plain text, but a pasted library address still becomes a card.
    links = rendered.links if allow_links else markdown.render(body, allow_links=True).links
    return _Checked(
        html=rendered.html,
        mentions=rendered.mentions,
        linked_pages=linked_library_pages(links),
        findings=[{"kind": f.kind, "text": f.text} for f in findings],
    )


def _refuse_duplicate(*, author, body: str, thread: Thread | None) -> None:
    since = timezone.now() - DUPLICATE_WINDOW
    recent = Post.objects.filter(author=author, created_at__gte=since).exclude(state=Visibility.DELETED)
    if thread is not None:
        recent = recent.filter(thread=thread)
    wanted = _normalise(body)
    if any(_normalise(text) == wanted for text in recent.values_list("body", flat=True)[:20]):
        raise ForumError(_("Dit bericht heb je net al geplaatst."), code="duplicate")


def _refuse_closed(thread: Thread) -> None:
    if thread.merged_into_id:
        raise ForumError(_("Deze draad is samengevoegd met een andere. Reageer daar."), code="merged")
    if thread.state in (Visibility.DELETED, Visibility.HIDDEN):
        raise ForumError(_("Deze draad is niet meer beschikbaar."), code="gone")
    if thread.is_locked:
        raise ForumError(_("Deze draad is gesloten: er kunnen geen reacties meer bij."), code="locked")


def _existing_by_token(author, client_token: str) -> Post | None:
    if not client_token:
        return None
    return Post.objects.filter(author=author, client_token=client_token).select_related("thread").first()


def _after_publish(post: Post, *, new_thread: bool) -> None:
    """Once committed: tell followers, the replied-to and the mentioned; update search and cached sections."""
    from forum import notifications

    if new_thread:
        notifications.thread_started(post.thread)
    if post.state == Visibility.VISIBLE:
        transaction.on_commit(lambda: notifications.post_published(post))
        state.after_visibility_change(post.thread)


def _grow_trust(profile: ForumProfile) -> None:
    if profile.trust_level == TrustLevel.MEMBER:
        visible = Post.objects.filter(author_id=profile.user_id, state=Visibility.VISIBLE).count()
        if visible >= state.TRUSTED_AFTER_POSTS:
            ForumProfile.objects.filter(pk=profile.pk).update(trust_level=TrustLevel.TRUSTED)
            profile.trust_level = TrustLevel.TRUSTED


# --- writes --------------------------------------------------------------------------------------------------


def thread_create(
    *,
    author,
    category: Category,
    title: str,
    body: str,
    themes=(),
    scan_page=None,
    knelpunt_key: str = "",
    knelpunt_label: str = "",
    language: str = "nl",
    client_token: str = "",
    ip: str = "",
    pupil_data_confirmed: bool = False,
) -> Thread:
    """Start a thread with its question. A new member's thread waits for a moderator (state pending)."""
    existing = _existing_by_token(author, client_token)
    if existing is not None:
        return existing.thread
    profile = profile_for(author)
    _refuse_blocked(profile)
    title = _check_title(title)
    body = _check_body(body)
    _refuse_too_fast(profile, ip)
    _refuse_duplicate(author=author, body=body, thread=None)
    checked = _check(body, profile, pupil_data_confirmed=pupil_data_confirmed)
    visibility = Visibility.PENDING if needs_approval(profile) else Visibility.VISIBLE
    category = default_category(category)
    languages = dict(settings.LANGUAGES)
    now = timezone.now()
    try:
        with transaction.atomic():
            thread = Thread.objects.create(
                category=category,
                title=title,
                language=language if language in languages else settings.LANGUAGE_CODE,
                author=author,
                scan_page=scan_page,
                knelpunt_key=knelpunt_key[:64] if scan_page else "",
                knelpunt_label=knelpunt_label[:300] if scan_page else "",
                state=visibility,
                created_at=now,
                last_activity_at=now,
                last_poster=author,
                last_number=1,
            )
            if themes:
                thread.themes.set(_default_locale_themes(themes))
            post = Post.objects.create(
                thread=thread,
                number=1,
                author=author,
                body=body,
                html=checked.html,
                linked_pages=checked.linked_pages,
                state=visibility,
                pupil_data=checked.findings,
                client_token=client_token[:40],
                created_at=now,
            )
            post.mentions = checked.mentions
            if checked.linked_pages:
                post.library_pages.set(checked.linked_pages)
            _after_publish(post, new_thread=True)
    except IntegrityError:  # the same form sent twice at once: the other request stored it
        existing = _existing_by_token(author, client_token)
        if existing is None:
            raise
        return existing.thread
    _grow_trust(profile)
    return thread


def _default_locale_themes(themes):
    """Threads point at the themes of the default language (as categories do): same in both interfaces."""
    from core.models import Theme

    keys = [t.translation_key for t in themes]
    return list(Theme.objects.filter(translation_key__in=keys, locale__language_code=settings.LANGUAGE_CODE))


def post_create(
    *,
    author,
    thread: Thread,
    body: str,
    reply_to: Post | None = None,
    client_token: str = "",
    ip: str = "",
    pupil_data_confirmed: bool = False,
) -> Post:
    """Reply in a thread. Numbers are handed out under a row lock on the thread, so two replies at once get
    two numbers; a new member's reply waits for a moderator."""
    existing = _existing_by_token(author, client_token)
    if existing is not None:
        return existing
    profile = profile_for(author)
    _refuse_blocked(profile)
    _refuse_closed(thread)
    if thread.state == Visibility.PENDING and thread.author_id != author.pk:
        raise ForumError(_("Deze draad is niet meer beschikbaar."), code="gone")
    body = _check_body(body)
    _refuse_too_fast(profile, ip)
    _refuse_duplicate(author=author, body=body, thread=thread)
    checked = _check(body, profile, pupil_data_confirmed=pupil_data_confirmed)
    if reply_to is not None and (reply_to.thread_id != thread.pk or not reply_to.is_visible):
        reply_to = None
    visibility = Visibility.PENDING if needs_approval(profile) else Visibility.VISIBLE
    try:
        with transaction.atomic():
            locked = Thread.objects.select_for_update().get(pk=thread.pk)
            _refuse_closed(locked)
            number = locked.last_number + 1
            Thread.objects.filter(pk=thread.pk).update(last_number=number)
            post = Post.objects.create(
                thread=locked,
                number=number,
                author=author,
                body=body,
                html=checked.html,
                reply_to=reply_to,
                linked_pages=checked.linked_pages,
                state=visibility,
                pupil_data=checked.findings,
                client_token=client_token[:40],
            )
            post.mentions = checked.mentions
            if checked.linked_pages:
                post.library_pages.set(checked.linked_pages)
            _after_publish(post, new_thread=False)
    except IntegrityError:
        existing = _existing_by_token(author, client_token)
        if existing is None:
            raise
        return existing
    thread.last_number = number
    _grow_trust(profile)
    return post


def can_edit(post: Post, user) -> bool:
    """Authors may edit their own visible or waiting post for a day, while the thread is open."""
    if not getattr(user, "is_authenticated", False) or post.author_id != user.pk:
        return False
    if post.state not in (Visibility.VISIBLE, Visibility.PENDING) or post.thread.is_locked:
        return False
    return timezone.now() - post.created_at <= state.EDIT_WINDOW


def post_edit(*, post: Post, editor, body: str, reason: str = "", pupil_data_confirmed: bool = False) -> Post:
    """The author changes their post within the edit window; the earlier text is kept for the moderators."""
    from forum.models import PostRevision

    if not can_edit(post, editor):
        raise ForumError(
            _("Dit bericht kun je niet meer bewerken. Je kunt je eigen bericht een dag lang aanpassen."), code="edit"
        )
    profile = profile_for(editor)
    _refuse_blocked(profile)
    body = _check_body(body)
    if body == post.body:
        return post
    checked = _check(body, profile, pupil_data_confirmed=pupil_data_confirmed)
    with transaction.atomic():
        PostRevision.objects.create(post=post, body=post.body, edited_by=editor, reason=reason[:300])
        post.body = body
        post.html = checked.html
        post.linked_pages = checked.linked_pages
        post.pupil_data = checked.findings
        post.edited_at = timezone.now()
        post.save(update_fields=["body", "html", "linked_pages", "pupil_data", "edited_at"])
        post.library_pages.set(checked.linked_pages)
        if post.is_visible:
            state.after_visibility_change(post.thread)
    return post


def can_accept(thread: Thread, user) -> bool:
    return getattr(user, "is_authenticated", False) and (thread.author_id == user.pk or state.is_moderator(user))


def answer_accept(*, thread: Thread, post: Post, user) -> Thread:
    """The starter (or a moderator) marks the reply that helped; it shows right under the question."""
    if not can_accept(thread, user):
        raise ForumError(_("Alleen wie de vraag stelde of een moderator kan een antwoord kiezen."), code="accept")
    if post.thread_id != thread.pk or post.is_question or not post.is_visible:
        raise ForumError(_("Dit bericht kan niet als antwoord gekozen worden."), code="accept")
    if thread.solution_id == post.pk:
        return thread
    with transaction.atomic():
        thread.solution = post
        thread.save(update_fields=["solution"])
        state.after_visibility_change(thread)

        def notify():
            from forum import notifications

            notifications.answer_accepted(thread, post, user)

        transaction.on_commit(notify)
    return thread


def answer_clear(*, thread: Thread, user) -> Thread:
    if not can_accept(thread, user):
        raise ForumError(_("Alleen wie de vraag stelde of een moderator kan een antwoord kiezen."), code="accept")
    with transaction.atomic():
        thread.solution = None
        thread.save(update_fields=["solution"])
        state.after_visibility_change(thread)
    return thread


def mark_read(*, user, thread: Thread, number: int) -> None:
    """Remember how far the member read (only ever forward)."""
    if not getattr(user, "is_authenticated", False):
        return
    # Mostly the member read this far before: one read, no write.
    read = ReadState.objects.filter(user=user, thread=thread).values_list("last_read_number", flat=True).first()
    if read is not None and read >= number:
        return
    if read is not None:
        ReadState.objects.filter(user=user, thread=thread, last_read_number__lt=number).update(
            last_read_number=number, updated_at=timezone.now()
        )
    else:
        try:
            with transaction.atomic():
                ReadState.objects.create(user=user, thread=thread, last_read_number=number)
        except IntegrityError:  # a second tab made it at the same moment
            pass


def profile_rename(*, user, display_name: str) -> ForumProfile:
    """The name the forum shows for the member. Posts' cached HTML holds the name in its key (forum.fragments);
    the listings that name the last poster are drawn afresh."""
    profile = profile_for(user)
    name = " ".join(display_name.split())
    if len(name) < 2:
        raise ForumError(_("Kies een naam van minstens twee tekens."), code="too_short")
    if len(name) > 80:
        raise ForumError(_("Een naam op het forum is hoogstens 80 tekens."), code="too_long")
    if name != profile.display_name:
        ForumProfile.objects.filter(pk=profile.pk).update(display_name=name)
        profile.display_name = name
        transaction.on_commit(caching.bump)
    return profile
