"""Forum rows for tests, written straight to the database (no rules applied): categories, threads and posts.

Tests of the rules (posting, trust, flags) go through ``forum.services`` / ``forum.moderation`` instead.
"""

from __future__ import annotations

from django.utils import timezone
from wagtail.models import Locale

from forum.models import Category, ForumProfile, Post, Thread, TrustLevel, Visibility
from tests.community.factories import UserFactory

_counter = {"n": 0}


def _next() -> int:
    _counter["n"] += 1
    return _counter["n"]


def category(*, name: str = "", slug: str = "", theme=None, locale=None, **fields) -> Category:
    n = _next()
    return Category.objects.create(
        name=name or f"Categorie {n}",
        slug=slug or f"categorie-{n}",
        description=fields.pop("description", "Waar het hier over gaat."),
        theme=theme,
        locale=locale or Locale.get_default(),
        **fields,
    )


def member(*, trust_level: int = TrustLevel.MEMBER, handle: str = "", display_name: str = "", **user_fields):
    """A signed-up person with a forum profile at the given trust level."""
    user = UserFactory(**user_fields)
    ForumProfile.objects.create(
        user=user,
        display_name=display_name or user.get_full_name() or user.email,
        handle=handle or f"lid{user.pk}",
        trust_level=trust_level,
    )
    return user


def thread(
    *,
    category: Category,
    author,
    title: str = "",
    body: str = "Hoe pakken jullie dit aan?",
    replies: int = 0,
    state: str = Visibility.VISIBLE,
    **fields,
) -> Thread:
    """A thread with its question (post 1) and ``replies`` visible replies by the same author, counters set."""
    now = timezone.now()
    t = Thread.objects.create(
        category=category,
        title=title or f"Vraag {_next()}",
        author=author,
        state=state,
        created_at=now,
        last_activity_at=now,
        last_poster=author,
        **fields,
    )
    posts = [Post(thread=t, number=1, author=author, body=body, html=f"<p>{body}</p>", created_at=now)]
    posts += [
        Post(
            thread=t,
            number=i + 2,
            author=author,
            body=f"Reactie {i + 1}",
            html=f"<p>Reactie {i + 1}</p>",
            created_at=now,
        )
        for i in range(replies)
    ]
    Post.objects.bulk_create(posts)
    Thread.objects.filter(pk=t.pk).update(reply_count=replies, last_number=replies + 1)
    t.refresh_from_db()
    return t


def reply(
    *, thread: Thread, author, body: str = "Bij ons werkte dit.", state: str = Visibility.VISIBLE, **fields
) -> Post:
    number = thread.last_number + 1
    post = Post.objects.create(
        thread=thread, number=number, author=author, body=body, html=f"<p>{body}</p>", state=state, **fields
    )
    Thread.objects.filter(pk=thread.pk).update(last_number=number)
    thread.last_number = number
    if state == Visibility.VISIBLE:
        from forum.state import refresh_thread

        refresh_thread(thread)
    return post
