"""What every write in the forum shares: the thread's kept counters, the moderation log, and what must happen
after the public's view of the forum changed (search document, cached sections).

``forum.services`` (members) and ``forum.moderation`` (moderators) both use this module; it uses neither.
"""

from __future__ import annotations

from datetime import timedelta

from django.db import transaction
from django.db.models import Max

from core import caching
from forum.models import ModerationLogEntry, Post, Thread, Visibility

# Distinct members whose flags hide a post until a moderator looks at it.
FLAG_THRESHOLD = 3
# How long authors may edit their own post.
EDIT_WINDOW = timedelta(hours=24)
# Approved posts after which a new member's posts no longer wait for a moderator.
TRUST_AFTER_APPROVED = 3
# Visible posts after which a member counts as trusted (higher rate limits).
TRUSTED_AFTER_POSTS = 25

MODERATOR_GROUP = "Moderators"


def is_moderator(user) -> bool:
    """Superusers, and anyone given the forum's change permission: the Wagtail group "Moderators" has it (data
    migration forum 0002), and an administrator can give it to a person or another group.

    Read through Django's permission cache on the user, which the page's Wagtail user bar fills anyway: no query
    of its own."""
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    return user.is_superuser or user.has_perm("forum.change_post")


def refresh_thread(thread: Thread) -> None:
    """Recompute the counters the listings read (replies, last activity, last poster) from the visible posts."""
    visible = Post.objects.filter(thread=thread, state=Visibility.VISIBLE)
    last = visible.order_by("-created_at", "-number").only("created_at", "author_id", "number").first()
    thread.reply_count = visible.filter(number__gt=1).count()
    if last is not None:
        thread.last_activity_at = last.created_at
        thread.last_poster_id = last.author_id
    else:
        thread.last_activity_at = thread.created_at
        thread.last_poster_id = thread.author_id
    thread.last_number = max(
        thread.last_number, Post.objects.filter(thread=thread).aggregate(n=Max("number"))["n"] or 0
    )
    Thread.objects.filter(pk=thread.pk).update(
        reply_count=thread.reply_count,
        last_activity_at=thread.last_activity_at,
        last_poster_id=thread.last_poster_id,
        last_number=thread.last_number,
    )


def log(action: str, *, moderator=None, thread=None, post=None, member=None, reason: str = "", **detail):
    """Write one line of the moderation log: who did what to which post, thread or member, and why."""
    if thread is None and post is not None:
        thread = post.thread
    return ModerationLogEntry.objects.create(
        action=action,
        moderator=moderator,
        thread=thread,
        post=post,
        member=member,
        reason=reason[:500],
        detail=detail,
    )


def after_visibility_change(thread: Thread | None) -> None:
    """The public's view of the forum changed: recount the thread, and once the transaction commits, update
    its search document and drop the cached sections that list threads (home, theme, library pages)."""
    if thread is not None:
        refresh_thread(thread)
        thread_id = thread.pk

        def update_search():
            from forum import search  # imported late: the search document reads the models at commit time

            search.thread_changed(thread_id)

        transaction.on_commit(update_search)
    transaction.on_commit(caching.bump)
