"""What moderators do in the forum, and the members' flags that call them in.

Members flag a post (``flag_create``); when enough different members flag it, the post is hidden until a
moderator looks (Discourse's rule). Moderators approve the first posts of new members, hide, restore, delete and
edit posts, lock, move, merge, hide and delete threads, and block members. Every action:

- is refused with ``PermissionDenied`` for anyone who is not a moderator (``state.is_moderator``);
- needs a reason where it takes something away or changes someone's words (hide, delete, reject, edit, move,
  merge, block): the author is told it, and the log keeps it;
- writes one line of the moderation log (``state.log``) with what was before and after;
- recounts the thread and refreshes search and the cached sections when the public's view changed
  (``state.after_visibility_change``);
- tells the author in a calm notice (``forum.notifications.moderation_notice``), in the language of the thread,
  once the transaction has committed.

The question and its thread go together: approving, rejecting, hiding, restoring or deleting post 1 does the same
to its thread, because a thread without its question cannot be listed. Thread actions (``thread_hide`` ...)
change the thread only; its posts keep their own state for when it comes back.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone, translation
from django.utils.html import escape, linebreaks
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from forum import state
from forum.models import (
    Category,
    Flag,
    ForumProfile,
    ModerationAction,
    Post,
    PostRevision,
    Subscription,
    Thread,
    TrustLevel,
    Visibility,
)
from forum.selectors import default_category
from forum.services import MAX_BODY, ForumError, can_post_links, linked_library_pages, profile_for

Action = ModerationAction

# A reason is shown to the author and kept in the log; the shortest field that keeps one holds 300 characters.
REASON_MAX = 300
NOTE_MAX = 500

# Flags per member in a sliding window, by trust level, and per network address for everyone behind it: enough
# for anyone who reads along, too few to hide a discussion on one's own with a handful of fresh accounts.
FLAG_RATE_WINDOW = timedelta(hours=1)
FLAG_RATE_PER_MEMBER = {TrustLevel.NEW: 5, TrustLevel.MEMBER: 15, TrustLevel.TRUSTED: 40}
FLAG_RATE_PER_ADDRESS = 30


class ModerationError(ForumError):
    """A refusal to show to the member or the moderator (translated); the form keeps what they typed."""


# --- shared --------------------------------------------------------------------------------------------------


def _require_moderator(user) -> None:
    if not state.is_moderator(user):
        raise PermissionDenied("Only forum moderators may do this.")


def _clean_reason(reason: str, *, required: bool) -> str:
    reason = " ".join((reason or "").split())
    if required and not reason:
        raise ModerationError(
            _("Geef een reden op. De schrijver krijgt die te lezen en het logboek bewaart hem."), code="reason"
        )
    if len(reason) > REASON_MAX:
        raise ModerationError(
            _("De reden mag hoogstens %(max)s tekens zijn; nu zijn het er %(length)s.")
            % {"max": REASON_MAX, "length": len(reason)},
            code="reason",
        )
    return reason


def _with_reason(message: str, reason: str) -> str:
    if not reason:
        return message
    said = _("Reden: %(reason)s") % {"reason": reason}
    return f"{message} {said}"


def _titled(message: Callable[[], str], title: str, reason: str = "") -> Callable[[], str]:
    """A notice for ``_notify``: ``message`` (translated when it is sent) with the thread's title for
    ``%(title)s`` and the reason, if one is given, after it."""
    return lambda: _with_reason(message() % {"title": title}, reason)


def _notify(user, message: Callable[[], str], *, thread: Thread, post: Post | None = None, moderator=None) -> None:
    """Once committed, a calm notice to the author, written in the thread's language (the one they wrote in)."""
    if user is None or (moderator is not None and user.pk == moderator.pk):
        return

    def send():
        from forum import notifications

        with translation.override(thread.language or settings.LANGUAGE_CODE):
            text = message()
        notifications.moderation_notice(user=user, message=text, thread=thread, post=post)

    transaction.on_commit(send)


def _lock_thread(thread: Thread) -> Thread:
    return Thread.objects.select_for_update(of=("self",)).select_related("category").get(pk=thread.pk)


def _lock_post(post: Post) -> tuple[Post, Thread]:
    """The post and its thread, locked (thread first, as ``services.post_create`` does)."""
    thread = _lock_thread(post.thread)
    post = Post.objects.select_for_update(of=("self",)).select_related("author").get(pk=post.pk)
    post.thread = thread
    return post, thread


def _resolve_flags(post: Post, now=None) -> int:
    """Mark the post's open flags as handled; how many there were."""
    resolved = Flag.objects.filter(post=post, resolved_at__isnull=True).update(resolved_at=now or timezone.now())
    post.flag_count = 0
    return resolved


def _save_post(post: Post, *fields: str) -> None:
    Post.objects.filter(pk=post.pk).update(**{name: getattr(post, name) for name in fields})


def _set_thread_state(thread: Thread, value: str) -> str:
    before = thread.state
    thread.state = value
    Thread.objects.filter(pk=thread.pk).update(state=value)
    return before


def _title(thread: Thread) -> str:
    return Truncator(thread.title).chars(80)


# --- flags ---------------------------------------------------------------------------------------------------


def _flag_address_key(ip: str) -> str:
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:flag:{ip}".encode()).hexdigest()[:32]
    return f"forum:flagrate:{digest}"


def _refuse_flagging_too_fast(profile: ForumProfile, ip: str) -> None:
    if not getattr(settings, "FORUM_RATE_LIMITS", True):
        return
    since = timezone.now() - FLAG_RATE_WINDOW
    limit = FLAG_RATE_PER_MEMBER.get(profile.trust_level, FLAG_RATE_PER_MEMBER[TrustLevel.MEMBER])
    if Flag.objects.filter(user_id=profile.user_id, created_at__gte=since).count() >= limit:
        raise ModerationError(
            _("Je hebt in korte tijd veel berichten gemeld. Probeer het over een uur opnieuw."), code="rate_member"
        )
    if ip:
        key = _flag_address_key(ip)
        timeout = int(FLAG_RATE_WINDOW.total_seconds())
        cache.add(key, 0, timeout=timeout)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=timeout)
            count = 1
        if count > FLAG_RATE_PER_ADDRESS:
            raise ModerationError(
                _("Er komen nu veel meldingen vanaf jouw netwerk. Probeer het over een uur opnieuw."),
                code="rate_address",
            )


def flag_create(*, post: Post, user, reason: str, note: str = "", ip: str = "") -> Flag:
    """A member reports a post. One flag per member per post, never on one's own post or on a post the public
    cannot see. When ``FLAG_THRESHOLD`` different members have open flags on it, the post is hidden until a
    moderator looks (logged as AUTO_HIDE, with no moderator), and its author is told calmly."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        raise PermissionDenied("Log in to flag a post.")
    if reason not in Flag.Reason.values:
        raise ModerationError(_("Kies waarom je dit bericht meldt."), code="reason")
    profile = profile_for(user)
    if profile.is_blocked:
        raise ModerationError(
            _("Je kunt op dit moment niets doen op het forum. Heb je een vraag? Neem contact op met de moderatie."),
            code="blocked",
        )
    if post.author_id == user.pk:
        raise ModerationError(_("Je eigen bericht kun je niet melden. Je kunt het wel zelf aanpassen."), code="own")
    note = " ".join((note or "").split())[:NOTE_MAX]
    with transaction.atomic():
        post, thread = _lock_post(post)
        if not post.is_visible or not thread.is_visible:
            raise ModerationError(_("Dit bericht is niet meer zichtbaar; je hoeft het niet te melden."), code="gone")
        if Flag.objects.filter(post=post, user=user).exists():
            raise ModerationError(_("Je hebt dit bericht al gemeld. Een moderator kijkt ernaar."), code="duplicate")
        _refuse_flagging_too_fast(profile, ip)
        try:
            with transaction.atomic():
                flag = Flag.objects.create(post=post, user=user, reason=reason, note=note)
        except IntegrityError:  # a double submit that raced past the check above
            raise ModerationError(
                _("Je hebt dit bericht al gemeld. Een moderator kijkt ernaar."), code="duplicate"
            ) from None
        open_flags = list(Flag.objects.filter(post=post, resolved_at__isnull=True).values_list("reason", flat=True))
        post.flag_count = min(len(open_flags), 32767)
        fields = ["flag_count"]
        if len(open_flags) >= state.FLAG_THRESHOLD:
            post.state = Visibility.HIDDEN
            post.hidden_by_flags = True
            fields += ["state", "hidden_by_flags"]
            if post.is_question:
                _set_thread_state(thread, Visibility.HIDDEN)
            state.log(
                Action.AUTO_HIDE,
                thread=thread,
                post=post,
                member=post.author,
                flags=len(open_flags),
                reasons=sorted(set(open_flags)),
                state=[Visibility.VISIBLE, Visibility.HIDDEN],
                thread_hidden=post.is_question,
            )
            title = _title(thread)
            _notify(
                post.author,
                lambda: (
                    _(
                        "Je bericht in „%(title)s” is voorlopig verborgen, omdat een paar leden het hebben gemeld. "
                        "Een moderator bekijkt het zo snel mogelijk en laat je weten wat er gebeurt."
                    )
                    % {"title": title}
                ),
                thread=thread,
                post=post,
            )
        _save_post(post, *fields)
        if post.state == Visibility.HIDDEN:
            state.after_visibility_change(thread)
    return flag


def flags_dismiss(*, post: Post, moderator, reason: str = "") -> Post:
    """The flags (or the pupil-data warning) were looked at and the post may stay: mark them handled. A post
    the flags had hidden comes back."""
    _require_moderator(moderator)
    reason = _clean_reason(reason, required=False)
    with transaction.atomic():
        post, thread = _lock_post(post)
        resolved = _resolve_flags(post)
        restored = post.state == Visibility.HIDDEN and post.hidden_by_flags
        if restored:
            post.state = Visibility.VISIBLE
            post.hidden_by_flags = False
            if post.is_question and thread.state == Visibility.HIDDEN:
                _set_thread_state(thread, Visibility.VISIBLE)
        _save_post(post, "flag_count", "state", "hidden_by_flags")
        state.log(
            Action.DISMISS_FLAGS,
            moderator=moderator,
            thread=thread,
            post=post,
            member=post.author,
            reason=reason,
            flags=resolved,
            pupil_data=bool(post.pupil_data),
            restored=restored,
        )
        if restored:
            title = _title(thread)
            _notify(
                post.author,
                lambda: (
                    _("Je bericht in „%(title)s” is weer voor iedereen zichtbaar. Een moderator heeft het bekeken.")
                    % {"title": title}
                ),
                thread=thread,
                post=post,
                moderator=moderator,
            )
            state.after_visibility_change(thread)
    return post


# --- posts ---------------------------------------------------------------------------------------------------


def post_approve(*, post: Post, moderator, reason: str = "") -> Post:
    """A new member's waiting post goes public. It counts towards their trust: after
    ``TRUST_AFTER_APPROVED`` approved posts a new member's posts no longer wait."""
    _require_moderator(moderator)
    reason = _clean_reason(reason, required=False)
    with transaction.atomic():
        post, thread = _lock_post(post)
        if post.state != Visibility.PENDING:
            raise ModerationError(_("Dit bericht wacht niet (meer) op goedkeuring."), code="state")
        post.state = Visibility.VISIBLE
        _save_post(post, "state")
        thread_approved = post.is_question and thread.state == Visibility.PENDING
        if thread_approved:
            _set_thread_state(thread, Visibility.VISIBLE)
        trust = None
        if post.author_id is not None:
            profile = ForumProfile.objects.select_for_update().filter(user_id=post.author_id).first()
            if profile is not None:
                ForumProfile.objects.filter(pk=profile.pk).update(approved_posts=F("approved_posts") + 1)
                profile.refresh_from_db(fields=["approved_posts", "trust_level"])
                trust = [profile.trust_level, profile.trust_level]
                if profile.trust_level == TrustLevel.NEW and profile.approved_posts >= state.TRUST_AFTER_APPROVED:
                    ForumProfile.objects.filter(pk=profile.pk).update(trust_level=TrustLevel.MEMBER)
                    trust[1] = TrustLevel.MEMBER
                    post.author.forum_profile = profile
                    profile.trust_level = TrustLevel.MEMBER
        state.log(
            Action.APPROVE,
            moderator=moderator,
            thread=thread,
            post=post,
            member=post.author,
            reason=reason,
            state=[Visibility.PENDING, Visibility.VISIBLE],
            thread_approved=thread_approved,
            trust_level=trust,
        )
        state.after_visibility_change(thread)

        def announce():
            from forum import notifications

            notifications.post_approved(post)
            notifications.post_published(post)

        transaction.on_commit(announce)
    return post


def _change_post_state(
    post: Post,
    *,
    moderator,
    reason: str,
    reason_required: bool,
    to: str,
    allowed_from: tuple[str, ...],
    refusal_message: str,
    action: str,
    notice: Callable[[], str],
    notice_with_reason: bool = True,
    thread_detail: str,
    thread_from: tuple[str, ...] | None = None,
    waiting: bool = False,
    **detail,
) -> Post:
    """What rejecting, hiding, restoring and deleting a post share: the post goes ``to`` a state (refused with
    ``refusal_message`` unless it is in ``allowed_from``) and a question takes its thread along (when the thread
    is in ``thread_from``, or always); one log line (``thread_detail`` says whether the thread changed) and a
    notice to the author (``notice`` gives the text with ``%(title)s``, the reason added unless
    ``notice_with_reason`` is false).

    A post's open flags count as handled, unless it was ``waiting`` for approval: such a post had no flags and
    the public never saw it, so only a change of its thread is refreshed."""
    _require_moderator(moderator)
    reason = _clean_reason(reason, required=reason_required)
    with transaction.atomic():
        post, thread = _lock_post(post)
        if post.state not in allowed_from:
            raise ModerationError(refusal_message, code="state")
        before = post.state
        post.state = to
        if waiting:
            _save_post(post, "state")
        else:
            detail["flags"] = _resolve_flags(post)
            post.hidden_by_flags = False
            _save_post(post, "state", "hidden_by_flags", "flag_count")
        thread_changed = post.is_question and (thread_from is None or thread.state in thread_from)
        if thread_changed:
            _set_thread_state(thread, to)
        state.log(
            action,
            moderator=moderator,
            thread=thread,
            post=post,
            member=post.author,
            reason=reason,
            state=[before, to],
            **detail,
            **{thread_detail: thread_changed},
        )
        message = _titled(notice, _title(thread), reason if notice_with_reason else "")
        _notify(post.author, message, thread=thread, post=post, moderator=moderator)
        if not waiting or thread_changed:
            state.after_visibility_change(thread)
    return post


def post_reject(*, post: Post, moderator, reason: str) -> Post:
    """A waiting post is not published (it is kept, deleted, for the log); the author hears why. Rejecting a
    thread's question rejects the thread."""
    return _change_post_state(
        post,
        moderator=moderator,
        reason=reason,
        reason_required=True,
        to=Visibility.DELETED,
        allowed_from=(Visibility.PENDING,),
        refusal_message=_("Dit bericht wacht niet (meer) op goedkeuring."),
        action=Action.DELETE,
        notice=lambda: _("Je bericht in „%(title)s” is niet geplaatst. Je kunt het aanpassen en opnieuw plaatsen."),
        thread_detail="thread_deleted",
        waiting=True,
        rejected=True,
    )


def post_hide(*, post: Post, moderator, reason: str) -> Post:
    """Take a post out of view (it can come back with ``post_restore``). A post the flags had hidden stays
    hidden, now by a moderator's decision; the open flags count as handled."""
    return _change_post_state(
        post,
        moderator=moderator,
        reason=reason,
        reason_required=True,
        to=Visibility.HIDDEN,
        allowed_from=(Visibility.VISIBLE, Visibility.HIDDEN),
        refusal_message=_("Dit bericht kan niet verborgen worden."),
        action=Action.HIDE,
        notice=lambda: _("Een moderator heeft je bericht in „%(title)s” verborgen."),
        thread_detail="thread_hidden",
    )


def post_restore(*, post: Post, moderator, reason: str = "") -> Post:
    """Bring a hidden or deleted post back. Its flags count as handled; restoring a question restores its
    thread."""
    return _change_post_state(
        post,
        moderator=moderator,
        reason=reason,
        reason_required=False,
        to=Visibility.VISIBLE,
        allowed_from=(Visibility.HIDDEN, Visibility.DELETED),
        refusal_message=_("Dit bericht is niet verborgen of verwijderd."),
        action=Action.RESTORE,
        notice=lambda: _("Je bericht in „%(title)s” is weer voor iedereen zichtbaar."),
        notice_with_reason=False,
        thread_detail="thread_restored",
        thread_from=(Visibility.HIDDEN, Visibility.DELETED),
    )


def post_delete(*, post: Post, moderator, reason: str) -> Post:
    """Remove a post from the forum. The row and its text stay, for the log and for a restore by mistake;
    deleting a question deletes its thread."""
    return _change_post_state(
        post,
        moderator=moderator,
        reason=reason,
        reason_required=True,
        to=Visibility.DELETED,
        allowed_from=(Visibility.VISIBLE, Visibility.PENDING, Visibility.HIDDEN),
        refusal_message=_("Dit bericht is al verwijderd."),
        action=Action.DELETE,
        notice=lambda: _("Een moderator heeft je bericht in „%(title)s” verwijderd."),
        thread_detail="thread_deleted",
    )


def _render(body: str, *, author) -> tuple[str, list[int], list[dict]]:
    """The body as the author's own post would render (links only for trusted authors), the library pages it
    links and what the pupil-data check sees in it."""
    profile = ForumProfile.objects.filter(user=author).first() if author is not None else None
    allow_links = profile is not None and can_post_links(profile)
    try:
        from forum import markdown
    except ImportError:  # pragma: no cover - forum.markdown is written beside this module
        return linebreaks(escape(body)), [], []
    rendered = markdown.render(body, allow_links=allow_links)
    links = rendered.links if allow_links else markdown.render(body, allow_links=True).links
    findings: list[dict] = []
    try:
        from forum import pupildata
    except ImportError:  # pragma: no cover - as above
        pupildata = None
    if pupildata is not None:
        findings = [{"kind": f.kind, "text": f.text} for f in pupildata.check(body)]
    return rendered.html, linked_library_pages(links), findings


def post_edit_moderator(*, post: Post, moderator, body: str, reason: str) -> Post:
    """A moderator changes a post's words (a pupil's name taken out, a link removed). The earlier text is kept
    as a revision with who and why; the post is marked edited and its author told."""
    _require_moderator(moderator)
    reason = _clean_reason(reason, required=True)
    body = (body or "").replace("\r\n", "\n").strip()
    if not body:
        raise ModerationError(_("Het bericht mag niet leeg zijn. Verwijder het als het weg moet."), code="empty")
    if len(body) > MAX_BODY:
        raise ModerationError(
            _("Het bericht mag hoogstens %(max)s tekens zijn.") % {"max": f"{MAX_BODY:,}".replace(",", ".")},
            code="too_long",
        )
    with transaction.atomic():
        post, thread = _lock_post(post)
        if post.state == Visibility.DELETED:
            raise ModerationError(_("Een verwijderd bericht kun je niet bewerken."), code="state")
        if body == post.body:
            raise ModerationError(_("Er is niets aan het bericht veranderd."), code="unchanged")
        html, linked, findings = _render(body, author=post.author)
        revision = PostRevision.objects.create(post=post, body=post.body, edited_by=moderator, reason=reason)
        before = post.body
        post.body, post.html, post.linked_pages, post.pupil_data = body, html, linked, findings
        post.edited_at = timezone.now()
        _save_post(post, "body", "html", "linked_pages", "pupil_data", "edited_at")
        post.library_pages.set(linked)
        state.log(
            Action.EDIT,
            moderator=moderator,
            thread=thread,
            post=post,
            member=post.author,
            reason=reason,
            revision=revision.pk,
            before=Truncator(before).chars(300),
            after=Truncator(body).chars(300),
        )
        title = _title(thread)
        _notify(
            post.author,
            lambda: _with_reason(
                _("Een moderator heeft je bericht in „%(title)s” aangepast.") % {"title": title}, reason
            ),
            thread=thread,
            post=post,
            moderator=moderator,
        )
        if post.is_visible:
            state.after_visibility_change(thread)
    return post


# --- threads -------------------------------------------------------------------------------------------------


def _thread_notice(thread: Thread, moderator, message: Callable[[], str]) -> None:
    _notify(thread.author, message, thread=thread, moderator=moderator)


def _set_thread_locked(
    thread: Thread,
    *,
    moderator,
    reason: str,
    locked: bool,
    refusal_message: str,
    action: str,
    notice: Callable[[], str],
    notice_with_reason: bool = True,
) -> Thread:
    """What locking and unlocking a thread share: refused with ``refusal_message`` when it already is as asked,
    one log line and a notice to the starter (``notice`` as in ``_change_post_state``)."""
    _require_moderator(moderator)
    reason = _clean_reason(reason, required=False)
    with transaction.atomic():
        thread = _lock_thread(thread)
        if thread.is_locked == locked:
            raise ModerationError(refusal_message, code="state")
        Thread.objects.filter(pk=thread.pk).update(is_locked=locked)
        thread.is_locked = locked
        state.log(action, moderator=moderator, thread=thread, member=thread.author, reason=reason)
        _thread_notice(thread, moderator, _titled(notice, _title(thread), reason if notice_with_reason else ""))
        state.after_visibility_change(thread)
    return thread


def thread_lock(*, thread: Thread, moderator, reason: str = "") -> Thread:
    """No more replies; what was said stays readable."""
    return _set_thread_locked(
        thread,
        moderator=moderator,
        reason=reason,
        locked=True,
        refusal_message=_("Deze draad is al gesloten."),
        action=Action.LOCK,
        notice=lambda: _("Je draad „%(title)s” is gesloten: er kunnen geen reacties meer bij."),
    )


def thread_unlock(*, thread: Thread, moderator, reason: str = "") -> Thread:
    return _set_thread_locked(
        thread,
        moderator=moderator,
        reason=reason,
        locked=False,
        refusal_message=_("Deze draad is niet gesloten."),
        action=Action.UNLOCK,
        notice=lambda: _("Je draad „%(title)s” is weer open voor reacties."),
        notice_with_reason=False,
    )


def thread_move(*, thread: Thread, moderator, category: Category, reason: str) -> Thread:
    """Put a thread in another category (threads point at the category of the default language)."""
    _require_moderator(moderator)
    reason = _clean_reason(reason, required=True)
    category = default_category(category)
    with transaction.atomic():
        thread = _lock_thread(thread)
        if thread.category_id == category.pk:
            raise ModerationError(_("De draad staat al in deze categorie."), code="same")
        before = thread.category
        Thread.objects.filter(pk=thread.pk).update(category=category)
        thread.category = category
        state.log(
            Action.MOVE,
            moderator=moderator,
            thread=thread,
            member=thread.author,
            reason=reason,
            category=[before.slug, category.slug],
            category_id=[before.pk, category.pk],
        )
        title, name = _title(thread), category.name
        _thread_notice(
            thread,
            moderator,
            lambda: _with_reason(
                _("Je draad „%(title)s” staat nu in de categorie „%(category)s”.") % {"title": title, "category": name},
                reason,
            ),
        )
        state.after_visibility_change(thread)
    return thread


def thread_merge(*, thread: Thread, moderator, into: Thread, reason: str) -> Thread:
    """Two threads ask the same: the posts of ``thread`` move to the end of ``into``, numbered on after its
    last post, in their order. ``thread`` stays as a pointer (``merged_into``) so its address leads to the
    posts; its followers follow ``into`` too. Returns ``into``."""
    _require_moderator(moderator)
    reason = _clean_reason(reason, required=True)
    if thread.pk == into.pk:
        raise ModerationError(_("Een draad kun je niet met zichzelf samenvoegen."), code="same")
    with transaction.atomic():
        # Lock both, in a fixed order, so two merges at once cannot wait on each other.
        locked = {
            t.pk: t for t in Thread.objects.select_for_update().filter(pk__in=[thread.pk, into.pk]).order_by("pk")
        }
        if len(locked) != 2:
            raise ModerationError(_("Die draad bestaat niet (meer)."), code="missing")
        source, target = locked[thread.pk], locked[into.pk]
        if source.merged_into_id:
            raise ModerationError(_("Deze draad is al samengevoegd met een andere."), code="merged")
        if target.merged_into_id or target.state == Visibility.DELETED:
            raise ModerationError(
                _("Met die draad kun je niet samenvoegen: hij is verwijderd of zelf samengevoegd."), code="target"
            )
        posts = list(Post.objects.filter(thread=source).order_by("number"))
        first_number = target.last_number + 1
        renumbered = {}
        for offset, post in enumerate(posts):
            renumbered[post.number] = first_number + offset
            post.thread = target
            post.number = first_number + offset
        Post.objects.bulk_update(posts, ["thread", "number"], batch_size=500)
        last_number = first_number + len(posts) - 1 if posts else target.last_number
        Thread.objects.filter(pk=target.pk).update(last_number=last_number)
        target.last_number = last_number
        Thread.objects.filter(pk=source.pk).update(merged_into=target, solution=None, reply_count=0)
        source.merged_into, source.solution, source.reply_count = target, None, 0
        # Followers of the merged thread now follow the thread its posts went to (unless they chose a level there).
        followers = Subscription.objects.filter(thread=source).exclude(
            user_id__in=Subscription.objects.filter(thread=target).values("user_id")
        )
        Subscription.objects.bulk_create(
            [Subscription(user_id=s.user_id, thread=target, level=s.level) for s in followers], ignore_conflicts=True
        )
        state.log(
            Action.MERGE,
            moderator=moderator,
            thread=source,
            member=source.author,
            reason=reason,
            into=target.pk,
            into_title=target.title,
            posts=len(posts),
            numbers=[first_number, last_number] if posts else [],
        )
        title, into_title = _title(source), _title(target)
        _thread_notice(
            source,
            moderator,
            lambda: _with_reason(
                _("Je draad „%(title)s” is samengevoegd met „%(into)s”: de berichten staan nu daar.")
                % {"title": title, "into": into_title},
                reason,
            ),
        )
        state.after_visibility_change(target)
        state.after_visibility_change(source)
        _activity_from_latest(target)
    return target


def _activity_from_latest(thread: Thread) -> None:
    """After a merge the highest-numbered post is not always the latest: the thread's last activity is that of
    its most recent visible post."""
    latest = (
        Post.objects.filter(thread=thread, state=Visibility.VISIBLE)
        .order_by("-created_at", "-number")
        .only("created_at", "author_id")
        .first()
    )
    if latest is not None:
        Thread.objects.filter(pk=thread.pk).update(last_activity_at=latest.created_at, last_poster_id=latest.author_id)
        thread.last_activity_at, thread.last_poster_id = latest.created_at, latest.author_id


def _thread_state_change(
    *,
    thread: Thread,
    moderator,
    reason: str,
    reason_required: bool,
    to: str,
    allowed: tuple,
    action: str,
    message: Callable,
) -> Thread:
    _require_moderator(moderator)
    reason = _clean_reason(reason, required=reason_required)
    with transaction.atomic():
        thread = _lock_thread(thread)
        if thread.state not in allowed or thread.merged_into_id:
            raise ModerationError(_("Dat kan niet met deze draad in de staat waarin hij nu is."), code="state")
        question = Post.objects.filter(thread=thread, number=1).first()
        if to == Visibility.VISIBLE and question is not None and question.state == Visibility.PENDING:
            raise ModerationError(
                _("De vraag van deze draad wacht nog op goedkeuring. Keur die eerst goed."), code="pending"
            )
        before = _set_thread_state(thread, to)
        restored_question = False
        if to == Visibility.VISIBLE and question is not None and question.state != Visibility.VISIBLE:
            # A thread comes back with its question: it cannot be listed without it.
            question.thread = thread
            _resolve_flags(question)
            question.state, question.hidden_by_flags = Visibility.VISIBLE, False
            _save_post(question, "state", "hidden_by_flags", "flag_count")
            restored_question = True
        state.log(
            action,
            moderator=moderator,
            thread=thread,
            member=thread.author,
            reason=reason,
            state=[before, to],
            question_restored=restored_question,
        )
        _thread_notice(thread, moderator, _titled(message, _title(thread), reason))
        state.after_visibility_change(thread)
    return thread


def thread_hide(*, thread: Thread, moderator, reason: str) -> Thread:
    """Take a whole thread out of the listings, search and its address (moderators still see it)."""
    return _thread_state_change(
        thread=thread,
        moderator=moderator,
        reason=reason,
        reason_required=True,
        to=Visibility.HIDDEN,
        allowed=(Visibility.VISIBLE, Visibility.PENDING),
        action=Action.HIDE,
        message=lambda: _("Een moderator heeft je draad „%(title)s” verborgen."),
    )


def thread_restore(*, thread: Thread, moderator, reason: str = "") -> Thread:
    """Bring a hidden or deleted thread back, with its question."""
    return _thread_state_change(
        thread=thread,
        moderator=moderator,
        reason=reason,
        reason_required=False,
        to=Visibility.VISIBLE,
        allowed=(Visibility.HIDDEN, Visibility.DELETED),
        action=Action.RESTORE,
        message=lambda: _("Je draad „%(title)s” is weer voor iedereen zichtbaar."),
    )


def thread_delete(*, thread: Thread, moderator, reason: str) -> Thread:
    """Remove a thread from the forum (kept, with its posts, for the log and a restore)."""
    return _thread_state_change(
        thread=thread,
        moderator=moderator,
        reason=reason,
        reason_required=True,
        to=Visibility.DELETED,
        allowed=(Visibility.VISIBLE, Visibility.PENDING, Visibility.HIDDEN),
        action=Action.DELETE,
        message=lambda: _("Een moderator heeft je draad „%(title)s” verwijderd."),
    )


# --- members -------------------------------------------------------------------------------------------------


def member_block(*, member, moderator, reason: str) -> ForumProfile:
    """The member may read but no longer post, reply, edit or flag. They are told why on the site (blocked
    members get no mail from the forum)."""
    _require_moderator(moderator)
    reason = _clean_reason(reason, required=True)
    if member.pk == moderator.pk:
        raise ModerationError(_("Jezelf blokkeren kan niet."), code="self")
    if state.is_moderator(member):
        raise ModerationError(_("Een moderator kun je niet blokkeren. Haal hem eerst uit de groep Moderators."))
    profile = profile_for(member)
    with transaction.atomic():
        profile = ForumProfile.objects.select_for_update().get(pk=profile.pk)
        if profile.is_blocked:
            raise ModerationError(_("Dit lid is al geblokkeerd."), code="state")
        # The notice first: once blocked, the member is not notified of anything.
        from forum import notifications

        with translation.override(settings.LANGUAGE_CODE):
            notifications.moderation_notice(
                user=member,
                message=_with_reason(
                    _("Je kunt voorlopig niet schrijven op het forum. Vragen? Neem contact op met de moderatie."),
                    reason,
                ),
            )
        profile.blocked_at = timezone.now()
        profile.blocked_reason = reason
        profile.save(update_fields=["blocked_at", "blocked_reason"])
        state.log(Action.BLOCK, moderator=moderator, member=member, reason=reason)
    member.forum_profile = profile
    return profile


def member_unblock(*, member, moderator, reason: str = "") -> ForumProfile:
    _require_moderator(moderator)
    reason = _clean_reason(reason, required=False)
    profile = profile_for(member)
    with transaction.atomic():
        profile = ForumProfile.objects.select_for_update().get(pk=profile.pk)
        if not profile.is_blocked:
            raise ModerationError(_("Dit lid is niet geblokkeerd."), code="state")
        before = profile.blocked_reason
        profile.blocked_at = None
        profile.blocked_reason = ""
        profile.save(update_fields=["blocked_at", "blocked_reason"])
        state.log(Action.UNBLOCK, moderator=moderator, member=member, reason=reason, blocked_reason=before)

        def send():
            from forum import notifications

            with translation.override(settings.LANGUAGE_CODE):
                message = _("Je kunt weer schrijven op het forum.")
            notifications.moderation_notice(user=member, message=message)

        transaction.on_commit(send)
    member.forum_profile = profile
    return profile


def can_manage_members(user) -> bool:
    """Who may edit forum profiles (names, experts): editors and moderators, by the model permission."""
    return bool(user and user.is_active and (state.is_moderator(user) or user.has_perm("forum.change_forumprofile")))


def member_set_expert(
    *, profile: ForumProfile, editor, is_expert: bool, organisation: str = "", categories=None
) -> ForumProfile:
    """Mark a member as an expert (a WIJcoach, a partner organisation) with their organisation and the
    categories they answer in, or take the badge away. Logged as MARK_EXPERT when anything changed."""
    if not can_manage_members(editor):
        raise PermissionDenied("Only editors and moderators mark experts.")
    organisation = " ".join((organisation or "").split())[:120]
    if is_expert and not organisation:
        raise ModerationError(_("Vul de organisatie van de expert in: die staat naast de badge."), code="organisation")
    with transaction.atomic():
        profile = ForumProfile.objects.select_for_update().get(pk=profile.pk)
        before = {
            "is_expert": profile.is_expert,
            "organisation": profile.expert_organisation,
            "categories": sorted(profile.expert_categories.values_list("slug", flat=True)),
        }
        profile.is_expert = is_expert
        profile.expert_organisation = organisation if is_expert else ""
        profile.save(update_fields=["is_expert", "expert_organisation"])
        if categories is not None:
            profile.expert_categories.set(list(categories) if is_expert else [])
        after = {
            "is_expert": profile.is_expert,
            "organisation": profile.expert_organisation,
            "categories": sorted(profile.expert_categories.values_list("slug", flat=True)),
        }
        if after != before:
            state.log(
                Action.MARK_EXPERT,
                moderator=editor,
                member=profile.user,
                before=before,
                after=after,
            )
            state.after_visibility_change(None)  # the badge shows on cached pages
    return profile
