"""Who hears about what in the forum: the notifications a post, an accepted answer or a moderator makes, and the
levels members follow threads and categories at.

The levels are Discourse's. *Watching* a thread: a notification for every new post in it. *Tracking*, or no
level at all: only replies to one's own posts and @mentions. *Muted*: nothing from that thread, not even a
mention. A level set on a thread wins over the one set on its category; watching a category also announces its
new threads.

Whatever the reasons, a member gets one notification per post, for the strongest reason (mention, then reply,
then watching). Nobody is notified of their own post, of a post the public cannot see (waiting for a moderator,
hidden, in a hidden thread), and blocked or deactivated members are not notified at all.

Notifications are rows, shown on the site (``forum.mail_views``). Mail goes out through the task queue, never in
the request: members who chose immediate mail get it from one task per published post (``forum.tasks``), those
who chose the daily digest from ``manage.py forum_digest``, and those who chose no mail see the notifications
on the site only.
"""

from __future__ import annotations

import re

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from forum.models import ForumProfile, Notification, NotificationLevel, Post, Subscription, Thread

Kind = Notification.Kind
Level = NotificationLevel

# One post notifies at most this many @mentioned members (as Discourse's max_mentions_per_post): a post that
# names half the forum is noise, or spam.
MAX_MENTIONS = 10

# A member gets one notification per post: for the strongest reason the post concerns them.
STRENGTH = {Kind.MENTION: 3, Kind.REPLY: 2, Kind.WATCHING: 1, Kind.NEW_THREAD: 1}


# --- levels --------------------------------------------------------------------------------------------------


def _target(thread: Thread | None, category) -> dict:
    if (thread is None) == (category is None):
        raise ValueError("Pass exactly one of thread and category.")
    return {"thread": thread} if thread is not None else {"category": category}


def subscription_level(user, *, thread: Thread | None = None, category=None) -> str | None:
    """The level the member follows this thread or category at, or ``None`` when they never chose one.

    For a thread this is the level that applies to it: the thread's own, or else its category's (threads point
    at the category of the default language, and so do category subscriptions). One query."""
    if not getattr(user, "is_authenticated", False):
        return None
    _target(thread, category)
    if category is not None:
        return Subscription.objects.filter(user=user, category=category).values_list("level", flat=True).first()
    levels = dict(
        Subscription.objects.filter(Q(thread=thread) | Q(category_id=thread.category_id), user=user).values_list(
            "thread_id", "level"
        )
    )
    return levels.get(thread.pk) or levels.get(None)


def subscription_set(user, *, thread: Thread | None = None, category=None, level: str) -> Subscription:
    """Follow a thread or a category at ``level`` (watching, tracking or muted), replacing an earlier choice."""
    target = _target(thread, category)
    if level not in Level.values:
        raise ValueError(f"Unknown notification level {level!r}.")
    from forum import services

    services.profile_for(user)  # only members with a forum profile are notified: make sure this one has one
    for _attempt in range(2):
        try:
            with transaction.atomic():
                subscription, _created = Subscription.objects.update_or_create(
                    user=user, **target, defaults={"level": level}
                )
            return subscription
        except IntegrityError:  # a second request made the row between our look-up and insert: update it
            continue
    raise RuntimeError("Could not store the subscription.")  # pragma: no cover


def subscription_remove(user, *, thread: Thread | None = None, category=None) -> None:
    """Stop following: back to the default (replies and mentions only)."""
    Subscription.objects.filter(user=user, **_target(thread, category)).delete()


def thread_started(thread: Thread) -> None:
    """Whoever starts a thread watches it (as on Discourse): every reply reaches them."""
    if thread.author_id is None:
        return
    Subscription.objects.bulk_create(
        [Subscription(user_id=thread.author_id, thread=thread, level=Level.WATCHING)], ignore_conflicts=True
    )


# --- a post became visible -----------------------------------------------------------------------------------


# How forum.markdown renders an @mention in the stored HTML.
MENTION_HTML = re.compile(r'<span class="mention">@([\w-]+)</span>')


def _mentions(post: Post) -> list[str]:
    """The handles the post @mentions: as the service rendered them (``post.mentions``), or else read from its
    stored HTML (a post approved by a moderator later)."""
    mentions = getattr(post, "mentions", None)
    if mentions is None:
        mentions = MENTION_HTML.findall(post.html or "")
    return list(dict.fromkeys(m.lower() for m in mentions))[:MAX_MENTIONS]


def _reason(*, user_id: int, handle: str, level: str | None, mentioned: set[str], reply_to: int | None, first: bool):
    """The strongest reason this post concerns the member, or ``None``. Muted silences every reason."""
    if level == Level.MUTED:
        return None
    candidates = []
    if handle in mentioned:
        candidates.append(Kind.MENTION)
    if user_id == reply_to:
        candidates.append(Kind.REPLY)
    if level == Level.WATCHING:
        candidates.append(Kind.NEW_THREAD if first else Kind.WATCHING)
    return max(candidates, key=STRENGTH.__getitem__, default=None)


def post_published(post: Post) -> None:
    """A post became visible (posted by a trusted member, or approved by a moderator): notify the member it
    replies to, the members it @mentions and whoever watches its thread (or category; for the first post, as a
    new thread), and send the mail of those who want it at once. Called once the post is committed; calling it
    again for the same post notifies nobody twice. The replier tracks the thread from now on.

    A fixed number of queries, however many members watch."""
    mentions = _mentions(post)
    post = Post.objects.select_related("thread", "reply_to").filter(pk=post.pk).first()
    if post is None or not post.is_visible or not post.thread.is_visible:
        return  # waiting, hidden or gone: nobody may see it, so nobody hears of it
    thread = post.thread
    reply_to = post.reply_to.author_id if post.reply_to is not None and post.reply_to.is_visible else None
    follows = Subscription.objects.filter(Q(thread=thread) | Q(category_id=thread.category_id))
    thread_levels: dict[int, str] = {}
    category_levels: dict[int, str] = {}
    for user_id, thread_id, level in follows.values_list("user_id", "thread_id", "level"):
        (thread_levels if thread_id else category_levels)[user_id] = level

    concerned = Q(user_id__in=follows.values("user_id")) | Q(handle__in=mentions)
    if reply_to is not None:
        concerned |= Q(user_id=reply_to)
    profiles = (
        ForumProfile.objects.filter(concerned, blocked_at__isnull=True, user__is_active=True)
        .exclude(user_id=post.author_id)
        .exclude(user_id__in=Notification.objects.filter(post=post).values("user_id"))
        .values_list("user_id", "handle", "email_mode")
    )
    mentioned = set(mentions)
    now = timezone.now()
    notifications, immediate = [], False
    for user_id, handle, email_mode in profiles:
        kind = _reason(
            user_id=user_id,
            handle=handle,
            level=thread_levels.get(user_id, category_levels.get(user_id)),
            mentioned=mentioned,
            reply_to=reply_to,
            first=post.number == 1,
        )
        if kind is None:
            continue
        notifications.append(
            Notification(user_id=user_id, kind=kind, thread=thread, post=post, actor_id=post.author_id, created_at=now)
        )
        immediate = immediate or email_mode == ForumProfile.EmailMode.IMMEDIATE
    with transaction.atomic():
        Notification.objects.bulk_create(notifications, ignore_conflicts=True)
        if post.number > 1 and post.author_id is not None and post.author_id not in thread_levels:
            Subscription.objects.bulk_create(
                [Subscription(user_id=post.author_id, thread=thread, level=Level.TRACKING)], ignore_conflicts=True
            )
    if immediate:
        _mail_soon(post_id=post.pk)


# --- notices to one member -----------------------------------------------------------------------------------


def _may_notify(user) -> ForumProfile | None:
    """The member's profile when they may be notified (active, not blocked); else ``None``."""
    if user is None or not user.is_active:
        return None
    profile = ForumProfile.objects.filter(user=user).first()
    if profile is None or profile.is_blocked:
        return None
    return profile


def _notify_one(*, user, kind: str, thread=None, post=None, actor=None, message: str = "", renew: bool = False):
    """One notification to one member, mailed at once when they chose immediate mail.

    A post carries one notification of each kind per member: ``renew`` makes a later one of the same kind
    replace the earlier (unread and unmailed again: a moderator's newer notice about the same post); otherwise
    the earlier one stands and nothing new is made."""
    profile = _may_notify(user)
    if profile is None or (actor is not None and actor.pk == user.pk):
        return None
    if post is not None and thread is None:
        thread = post.thread
    fields = {"thread": thread, "actor": actor, "message": message[:500]}
    with transaction.atomic():
        if post is None:
            notification = Notification.objects.create(user=user, kind=kind, **fields)
        else:
            notification, created = Notification.objects.get_or_create(user=user, kind=kind, post=post, defaults=fields)
            if not created and not renew:
                return notification
            if not created:
                for name, value in fields.items():
                    setattr(notification, name, value)
                notification.created_at = timezone.now()
                notification.read_at = notification.mailed_at = None
                notification.mail_failed = False
                notification.save()
    if profile.email_mode == ForumProfile.EmailMode.IMMEDIATE:
        _mail_soon(notification_id=notification.pk)
    return notification


def answer_accepted(thread: Thread, post: Post, by_user) -> Notification | None:
    """Tell the author of a reply that it was marked as the answer that helped (not when they marked it)."""
    return _notify_one(user=post.author, kind=Kind.SOLVED, thread=thread, post=post, actor=by_user)


def post_approved(post: Post) -> Notification | None:
    """Tell a new member that a moderator approved their post and everyone can read it now."""
    return _notify_one(user=post.author, kind=Kind.APPROVED, post=post)


def moderation_notice(*, user, message: str, thread: Thread | None = None, post: Post | None = None):
    """A calm notice from the moderators to an author (their post was hidden, restored, moved ...), on the site
    and by mail as the member chose. A newer notice about the same post replaces the earlier one."""
    return _notify_one(user=user, kind=Kind.MODERATION, thread=thread, post=post, message=message, renew=True)


def _mail_soon(*, post_id: int | None = None, notification_id: int | None = None) -> None:
    """Queue the mail once the notifications are committed (the worker must find them)."""
    from forum import tasks

    if post_id is not None:
        transaction.on_commit(lambda: tasks.mail_post_notifications.enqueue(post_id))
    else:
        transaction.on_commit(lambda: tasks.mail_notification.enqueue(notification_id))


# --- reading -------------------------------------------------------------------------------------------------


def unread_count(user) -> int:
    """The number in the site header: unread notifications (one query; 0 for visitors)."""
    if not getattr(user, "is_authenticated", False):
        return 0
    return Notification.objects.filter(user=user, read_at__isnull=True).count()


def mark_all_read(user) -> int:
    """Mark every notification of the member read; returns how many were unread."""
    return Notification.objects.filter(user=user, read_at__isnull=True).update(read_at=timezone.now())


def mark_read(user, notification: Notification) -> None:
    if notification.read_at is None:
        notification.read_at = timezone.now()
        Notification.objects.filter(pk=notification.pk, read_at__isnull=True).update(read_at=notification.read_at)


def mark_thread_read(user, thread: Thread, *, up_to_number: int | None = None) -> int:
    """The member read the thread (up to a post number): its notifications count as read (one query). For the
    thread view, so that reading a thread by any route clears what pointed at it."""
    if not getattr(user, "is_authenticated", False):
        return 0
    unread = Notification.objects.filter(user=user, thread=thread, read_at__isnull=True)
    if up_to_number is not None:
        unread = unread.filter(Q(post__isnull=True) | Q(post__number__lte=up_to_number))
    return unread.update(read_at=timezone.now())


# --- wording -------------------------------------------------------------------------------------------------


def actor_name(notification: Notification) -> str:
    """The name the forum shows for whoever caused the notification (never their e-mail address)."""
    profile = getattr(notification.actor, "forum_profile", None) if notification.actor_id else None
    return profile.display_name if profile is not None else _("Een collega")


def describe(notification: Notification) -> str:
    """One plain-text sentence saying what happened, in the active language: the subject of a mail, the line in
    a digest and on the notification page. Plain text: templates escape it (titles and names are typed by
    members)."""
    title = notification.thread.title if notification.thread_id else ""
    values = {"name": actor_name(notification), "title": title}
    kind = notification.kind
    if kind == Kind.REPLY:
        return _("%(name)s reageerde op je bericht in “%(title)s”") % values
    if kind == Kind.MENTION:
        return _("%(name)s noemde je in “%(title)s”") % values
    if kind == Kind.WATCHING:
        return _("%(name)s schreef een nieuw bericht in “%(title)s”") % values
    if kind == Kind.NEW_THREAD:
        return _("%(name)s begon een nieuwe draad: “%(title)s”") % values
    if kind == Kind.SOLVED:
        return _("%(name)s koos jouw reactie als het antwoord dat hielp in “%(title)s”") % values
    if kind == Kind.APPROVED:
        return _("Je bericht in “%(title)s” is goedgekeurd en staat nu op het forum") % values
    if title:
        return _("Bericht van de moderatie over “%(title)s”") % values
    return _("Bericht van de moderatie")


# Kinds whose post is someone else's: the notification shows a few lines of it.
KINDS_WITH_EXCERPT = frozenset({Kind.REPLY, Kind.MENTION, Kind.WATCHING, Kind.NEW_THREAD})
EXCERPT_LENGTH = 200


def excerpt(notification: Notification) -> str:
    """A few plain-text lines of the post the notification is about ("" for notices about one's own post)."""
    if notification.kind not in KINDS_WITH_EXCERPT or not notification.post_id:
        return ""
    from forum.markdown import excerpt as plain_excerpt

    return plain_excerpt(notification.post.html, EXCERPT_LENGTH)
