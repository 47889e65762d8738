"""A thread page's posts: what every reader sees of a post (author, expert badge, school, time, state notice,
body, library cards) rendered once per version of the post and read back for the whole page in one cache call;
what differs per member (quote, edit, "Dit hielp", flag) added around it for each request.

A thread page shows up to 22 posts. Rendering each through the template engine, with its buttons, was most of
the page's server time (bench/forum.py). The cache key holds everything the shared part shows, so a change to
any of it (an edit, a state change, a flag that hides, the accepted answer, the author's name or badge, their
schools, a library card's text, the language, the moderator's view) makes a new key: there is nothing to
invalidate, old fragments expire.

The member's buttons are a handful of links and one small form, built with ``format_html`` (every value
escaped) rather than a template per post.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from django.core.cache import cache
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, gettext

from forum.models import Visibility

TEMPLATE = "forum/includes/post.html"
MARKER = "<!--post-actions-->"  # where the member's buttons go (nh3 drops comments from posts' own HTML)
TIMEOUT = 600  # seconds: a fragment nobody asked for in ten minutes is rendered afresh
_SENTINEL = 918273645  # a post id no URL has, replaced by the real one (one reverse() per kind of link)


@dataclass
class Viewer:
    """Who is looking, as far as a post's buttons care."""

    user: object
    request: object
    can_accept: bool = False
    flagged: set = field(default_factory=set)
    _urls: dict = field(default_factory=dict)

    @property
    def signed_in(self) -> bool:
        return bool(getattr(self.user, "is_authenticated", False))

    def url(self, name: str, pk: int) -> str:
        if name not in self._urls:
            self._urls[name] = reverse(name, args=[_SENTINEL])
        return self._urls[name].replace(str(_SENTINEL), str(pk))


def _profile(post):
    return getattr(post.author, "forum_profile", None) if post.author_id else None


def _display_name(post) -> str:
    profile = _profile(post)
    return profile.display_name if profile is not None else ""


def _key(post, *, thread, anchor: str, moderator: bool, language: str) -> str:
    profile = _profile(post)
    reply_to = post.reply_to
    parts = (
        post.pk,
        post.number,
        post.edited_at.timestamp() if post.edited_at else "",
        post.created_at.timestamp(),
        post.state,
        post.hidden_by_flags,
        post.pk == thread.solution_id,
        bool(post.pupil_data) if moderator else "",
        moderator,
        anchor,
        language,
        thread.language,
        (reply_to.pk, reply_to.state, _display_name(reply_to)) if reply_to is not None else "",
        (profile.display_name, profile.is_expert, profile.expert_organisation) if profile is not None else "",
        getattr(post, "school_names", ""),
        tuple((c["title"], c["url"], c["type_label"], c["summary"]) for c in getattr(post, "cards", [])),
    )
    digest = hashlib.blake2b(repr(parts).encode(), digest_size=16).hexdigest()
    return f"forum:post:{digest}"


def actions(post, *, thread, viewer: Viewer) -> SafeString:
    """The member's buttons under a visible post: quote (while the thread is open), edit (their own post, in the
    edit window), "Dit hielp" or undo it (the starter or a moderator), flag (someone else's post, once)."""
    if not viewer.signed_in or post.state != Visibility.VISIBLE:
        return mark_safe("")
    about = format_html(
        '<span class="visually-hidden"> {}</span>',
        gettext("het bericht van %(name)s") % {"name": _display_name(post)},
    )
    parts = []
    if not thread.is_locked:
        parts.append(
            format_html('<a href="?quote={}#reageren" class="link-button">{}{}</a>', post.pk, gettext("Citeer"), about)
        )
    if getattr(post, "can_edit", False):
        parts.append(
            format_html(
                '<a href="{}" class="link-button">{}</a>', viewer.url("forum:post_edit", post.pk), gettext("Bewerk")
            )
        )
    if viewer.can_accept and post.number > 1:
        if post.pk == thread.solution_id:
            button = format_html(
                '<input type="hidden" name="clear" value="1"><button type="submit" class="link-button">{}</button>',
                gettext("Niet meer als antwoord"),
            )
        else:
            button = format_html(
                '<button type="submit" class="button button--secondary button--small">{}</button>',
                gettext("Dit hielp"),
            )
        parts.append(
            format_html(
                '<form method="post" action="{}" class="inline-form">'
                '<input type="hidden" name="csrfmiddlewaretoken" value="{}">{}</form>',
                viewer.url("forum:accept", post.pk),
                get_token(viewer.request),
                button,
            )
        )
    if post.author_id != getattr(viewer.user, "pk", None):
        if post.pk in viewer.flagged:
            parts.append(format_html('<span class="meta">{}</span>', gettext("Je hebt dit bericht gemeld.")))
        else:
            parts.append(
                format_html(
                    '<a href="{}" class="link-button" rel="nofollow">{}{}</a>',
                    viewer.url("forum:flag", post.pk),
                    gettext("Meld"),
                    about,
                )
            )
    return format_html('<footer class="post__actions">{}</footer>', mark_safe("\n".join(parts)))  # noqa: S308


def attach(
    posts, *, thread, moderator: bool, viewer: Viewer, anchor: str = "", attribute: str = "rendered", buttons=True
) -> None:
    """Set ``post.<attribute>`` to the post's whole article: the shared part from the cache (all posts in one
    ``get_many``, the missing ones rendered and stored in one ``set_many``), the viewer's buttons in it."""
    posts = [p for p in posts if p is not None]
    if not posts:
        return
    language = get_language() or ""
    keys = {post.pk: _key(post, thread=thread, anchor=anchor, moderator=moderator, language=language) for post in posts}
    found = cache.get_many(list(keys.values()))
    fresh = {}
    for post in posts:
        key = keys[post.pk]
        html = found.get(key)
        if html is None:
            html = render_to_string(
                TEMPLATE, {"post": post, "thread": thread, "moderator": moderator, "anchor": anchor}
            )
            fresh[key] = html
        before, _marker, after = html.rpartition(MARKER)
        footer = actions(post, thread=thread, viewer=viewer) if buttons else ""
        # The template escaped every value of the shared part; the footer is built with format_html.
        setattr(post, attribute, mark_safe(f"{before}{footer}{after}"))  # noqa: S308
    if fresh:
        cache.set_many(fresh, TIMEOUT)
