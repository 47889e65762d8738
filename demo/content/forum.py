"""The demo forum (demo/data/forum.yaml): categories, members and experts, threads with replies, accepted answers,
a post waiting for a moderator and a flagged one.

Read and checked without a database, like the rest of the demo data (``validate``, ``load``); ``build`` writes it
through the forum's own services, as members would post it, so the rendered HTML, the counters, the library cards,
the notifications and the search documents are what the site makes. Idempotent: categories and accounts are
looked up by slug and address, a thread by its title; what exists is left alone.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from demo.content.loader import (
    DATA_DIR,
    DEMO_EMAIL,
    LANGUAGES,
    SLUG,
    Content,
    ContentError,
    _lists,
    _no_contact_details,
    _rows,
    _unique,
)

FILE = "forum.yaml"
TRUST = {"new": 0, "member": 1, "trusted": 2}  # forum.models.TrustLevel (tests keep them in step)
FLAG_REASONS = frozenset({"spam", "unkind", "pupil_data", "off_topic"})  # forum.models.Flag.Reason
HANDLE = re.compile(r"^[a-z0-9_-]{2,40}$")
MENTION = re.compile(r"(?<![\w@./+-])@([a-z0-9_-]{2,40})", re.IGNORECASE)
LIBRARY_LINK = re.compile(r"\]\(/bibliotheek/([^/)]+)/\)")
MIN_TITLE, MAX_TITLE = 8, 150  # forum.services


# --- the records --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Category:
    """A forum category: for a theme (its name is the theme's unless given) or a general one (name required)."""

    slug: str
    description_nl: str
    description_en: str
    theme: str = ""
    name_nl: str = ""
    name_en: str = ""


@dataclass(frozen=True)
class Expertise:
    organisation: str
    categories: tuple[str, ...]


@dataclass(frozen=True)
class Member:
    """A member who posts: a demo account of schools.yaml (by address), or a new one (names required)."""

    email: str
    handle: str
    trust: str
    first_name: str = ""
    last_name: str = ""
    school_brin: str = ""
    language: str = "nl"
    expert: Expertise | None = None


@dataclass(frozen=True)
class Flag:
    by: str
    reason: str
    note: str = ""


@dataclass(frozen=True)
class Reply:
    author: str
    hours: int
    body: str
    reply_to: int = 0
    accepted: bool = False
    flags: tuple[Flag, ...] = ()


@dataclass(frozen=True)
class Thread:
    title: str
    category: str
    author: str
    days_ago: int
    body: str
    language: str = "nl"
    themes: tuple[str, ...] = ()
    knelpunt: str = ""  # "<scan slug>/<item key>"
    replies: tuple[Reply, ...] = ()


@dataclass(frozen=True)
class Forum:
    categories: tuple[Category, ...]
    members: tuple[Member, ...]
    threads: tuple[Thread, ...]

    def category_names(self, content: Content) -> dict[str, tuple[str, str]]:
        """slug -> (Dutch name, English name): a theme's category is named like the theme unless it says otherwise."""
        themes = {t.slug: t for t in content.themes}
        names = {}
        for c in self.categories:
            theme = themes.get(c.theme)
            names[c.slug] = (
                c.name_nl or (theme.name_nl if theme else ""),
                c.name_en or (theme.name_en if theme else ""),
            )
        return names


# --- reading and checking -----------------------------------------------------------------------------------


def _read(root: Path) -> tuple[Forum, list[str]]:
    problems: list[str] = []
    data = _lists(root / FILE, FILE, ("categories", "members", "threads"), problems)
    forum = Forum(
        categories=_rows(Category, data["categories"], f"{FILE} categories", problems),
        members=_rows(Member, data["members"], f"{FILE} members", problems),
        threads=_rows(Thread, data["threads"], f"{FILE} threads", problems),
    )
    return forum, problems


def _check(forum: Forum, content: Content) -> list[str]:
    problems: list[str] = []
    themes = {t.slug for t in content.themes}
    accounts = {m.email for m in content.members}
    schools = {s.brin for s in content.schools}
    resources = {r.slug for r in content.resources}
    knelpunten = {f"{s.slug}/{i.key}" for s in content.scans for p in s.dimensions for i in p.items}

    slugs = [c.slug for c in forum.categories]
    _unique(slugs, f"{FILE} categories", problems)
    for c in forum.categories:
        where = f"{FILE}: category {c.slug}"
        if not SLUG.match(c.slug):
            problems.append(f"{where}: not a slug (lower case, digits and dashes)")
        if c.theme and c.theme not in themes:
            problems.append(f"{where}: unknown theme {c.theme!r}")
        if not c.theme and not (c.name_nl and c.name_en):
            problems.append(f"{where}: a category without a theme needs name_nl and name_en")
        if bool(c.name_nl) != bool(c.name_en):
            problems.append(f"{where}: name in one language only")
        _no_contact_details(c, where, problems)
    missing = sorted(themes - {c.theme for c in forum.categories})
    problems.extend(f"{FILE}: no category for the theme {slug!r}" for slug in missing)
    _unique([c.theme for c in forum.categories if c.theme], f"{FILE} category themes", problems)

    _unique([m.email for m in forum.members], f"{FILE} members", problems)
    _unique([m.handle for m in forum.members], f"{FILE} handles", problems)
    trust = {}
    for m in forum.members:
        where = f"{FILE}: member {m.email}"
        trust[m.handle] = m.trust
        if not DEMO_EMAIL.match(m.email):
            problems.append(f"{where}: demo accounts use example.org addresses only")
        if not HANDLE.match(m.handle):
            problems.append(f"{where}: handle {m.handle!r} is not lower case letters, digits, _ or - (2-40)")
        if m.trust not in TRUST:
            problems.append(f"{where}: trust is one of {', '.join(TRUST)}, not {m.trust!r}")
        if m.language not in LANGUAGES:
            problems.append(f"{where}: unknown language {m.language!r}")
        if m.email in accounts:
            if m.first_name or m.last_name or m.school_brin:
                problems.append(f"{where}: an account of schools.yaml takes its name and school from there")
        elif not (m.first_name and m.last_name):
            problems.append(f"{where}: not in schools.yaml, so it needs first_name and last_name")
        if m.school_brin and m.school_brin not in schools:
            problems.append(f"{where}: unknown school {m.school_brin!r}")
        if m.expert is not None:
            if m.trust == "new":
                problems.append(f"{where}: an expert is not a new member")
            problems.extend(
                f"{where}: unknown expert category {slug!r}" for slug in m.expert.categories if slug not in slugs
            )
        _no_contact_details(m.expert, where, problems)

    _unique([t.title for t in forum.threads], f"{FILE} thread titles", problems)
    for t in forum.threads:
        where = f"{FILE}: thread {t.title!r}"
        if not MIN_TITLE <= len(t.title) <= MAX_TITLE:
            problems.append(f"{where}: a title has {MIN_TITLE} to {MAX_TITLE} characters")
        if t.category not in slugs:
            problems.append(f"{where}: unknown category {t.category!r}")
        if t.language not in LANGUAGES:
            problems.append(f"{where}: unknown language {t.language!r}")
        problems.extend(f"{where}: unknown theme {s!r}" for s in t.themes if s not in themes)
        if t.knelpunt and t.knelpunt not in knelpunten:
            problems.append(f"{where}: unknown knelpunt {t.knelpunt!r} (<scan slug>/<item key>)")
        if t.days_ago < 0:
            problems.append(f"{where}: days_ago is not negative")
        authors = [t.author] + [r.author for r in t.replies]
        problems.extend(f"{where}: unknown member {a!r}" for a in dict.fromkeys(authors) if a not in trust)
        if trust.get(t.author) == "new":
            problems.append(f"{where}: the question of a new member would wait for a moderator; ask as a member")
        if sum(r.accepted for r in t.replies) > 1:
            problems.append(f"{where}: at most one accepted reply")
        previous = 0
        for number, r in enumerate(t.replies, start=2):
            at = f"{where} reply {number}"
            if not previous <= r.hours < max(t.days_ago, 1) * 24:
                problems.append(f"{at}: hours go up reply by reply and stay before today ({previous}..)")
            previous = r.hours
            if r.reply_to and not 1 <= r.reply_to < number:
                problems.append(f"{at}: reply_to is the number of an earlier post (1 is the question)")
            pending = trust.get(r.author) == "new"
            if r.accepted and (pending or r.author == t.author):
                problems.append(f"{at}: the accepted reply is a visible reply by someone else than the asker")
            if r.flags and pending:
                problems.append(f"{at}: a waiting post cannot be flagged")
            _unique([f.by for f in r.flags], f"{at}: flags", problems)
            for f in r.flags:
                if f.by not in trust or f.by == r.author:
                    problems.append(f"{at}: a flag is by another demo member, not {f.by!r}")
                if f.reason not in FLAG_REASONS:
                    problems.append(f"{at}: unknown flag reason {f.reason!r}")
        for text in [t.body] + [r.body for r in t.replies]:
            problems.extend(f"{where}: @{h} is not a demo member" for h in MENTION.findall(text) if h not in trust)
            problems.extend(
                f"{where}: links the unknown library item {s!r}"
                for s in LIBRARY_LINK.findall(text)
                if s not in resources
            )
        _no_contact_details(t, where, problems)
    return problems


def validate(root: Path = DATA_DIR, content: Content | None = None) -> list[str]:
    """Every problem in demo/data/forum.yaml, one line each; empty when all is well."""
    from demo.content.loader import load as load_content

    forum, problems = _read(Path(root))
    if content is None:
        try:
            content = load_content(Path(root))
        except ContentError as error:
            return problems + error.problems
    return problems + _check(forum, content)


@functools.cache
def load(root: Path = DATA_DIR) -> Forum:
    """The demo forum under ``root``; ContentError when ``validate`` finds a problem."""
    problems = validate(Path(root))
    if problems:
        raise ContentError(problems)
    return _read(Path(root))[0]


# --- building -----------------------------------------------------------------------------------------------


def build(*, forum: Forum, content: Content, password: str, english: bool = True) -> dict[str, int]:
    """Write the demo forum (categories, members, threads) and say how much of it was made this time.

    Posting goes through ``forum.services`` with the rate limits off (a demo posts fifty messages in a second);
    each thread's times are then spread over the past weeks as the data file says. Notifications are made on
    commit, as on the site: they get the time of their post and count as mailed (history sends no mail).
    """
    from django.db import transaction
    from django.test import override_settings
    from django.utils import translation

    with override_settings(FORUM_RATE_LIMITS=False), translation.override("nl"), transaction.atomic():
        categories = _categories(forum, content, english=english)
        users = _members(forum, content, password=password, categories=categories)
        made = [thread for thread in (_thread(data, users, categories) for data in forum.threads) if thread]
        addresses = [m.email for m in forum.members]
        # Registered last, so it runs after the notifications the posts make on commit.
        transaction.on_commit(lambda: _notifications_as_history(addresses))
    return {"categories": len(categories), "members": len(users), "threads": len(made)}


def _categories(forum: Forum, content: Content, *, english: bool) -> dict:
    from core.models import Theme
    from demo import builders
    from forum.models import Category as ForumCategory

    nl, en = builders.locales()
    names = forum.category_names(content)
    themes = {t.slug: t for t in Theme.objects.filter(locale=nl)}
    made = {}
    for order, data in enumerate(forum.categories, start=1):
        name_nl, name_en = names[data.slug]
        category, _created = ForumCategory.objects.get_or_create(
            slug=data.slug,
            locale=nl,
            defaults={
                "name": name_nl,
                "description": data.description_nl,
                "theme": themes.get(data.theme),
                "sort_order": order,
            },
        )
        if english and category.get_translation_or_none(en) is None:
            builders.translate_snippet(category, locale=en, name=name_en, description=data.description_en)
        made[data.slug] = category
    return made


def _members(forum: Forum, content: Content, *, password: str, categories: dict) -> dict:
    """The demo members by handle, with their forum profiles (trust, handle, experts' badges)."""
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model

    from community.models import Membership, School
    from forum import moderation
    from forum.models import ForumProfile

    User = get_user_model()
    editor = User.objects.filter(is_superuser=True, is_active=True).order_by("pk").first()
    schools = {s.brin: s for s in School.objects.all()}
    users = {}
    for data in forum.members:
        user = User.objects.filter(email=data.email).first()
        if user is None:
            user = User.objects.create_user(
                email=data.email, password=password, first_name=data.first_name, last_name=data.last_name
            )
            EmailAddress.objects.get_or_create(
                user=user, email=user.email, defaults={"verified": True, "primary": True}
            )
        if data.school_brin and data.school_brin in schools:
            Membership.objects.get_or_create(
                user=user, school=schools[data.school_brin], defaults={"role": Membership.Role.MEMBER}
            )
        profile = ForumProfile.objects.filter(user=user).first()
        if profile is None:
            taken = ForumProfile.objects.filter(handle=data.handle).exists()
            if taken:  # someone in this database took the handle: let the service find a free one
                from forum.services import profile_for

                profile = profile_for(user)
            else:
                profile = ForumProfile.objects.create(
                    user=user,
                    display_name=(user.get_full_name() or data.handle)[:80],
                    handle=data.handle,
                    language=data.language,
                )
            # Demo history sends no mail: the members read the forum on the site and in the daily digest.
            profile.trust_level = TRUST[data.trust]
            profile.email_mode = ForumProfile.EmailMode.DIGEST
            profile.save(update_fields=["trust_level", "email_mode"])
        user.forum_profile = profile
        if data.expert is not None:
            chosen = [categories[slug] for slug in data.expert.categories]
            if editor is not None:
                moderation.member_set_expert(
                    profile=profile,
                    editor=editor,
                    is_expert=True,
                    organisation=data.expert.organisation,
                    categories=chosen,
                )
            elif not profile.is_expert:
                profile.is_expert = True
                profile.expert_organisation = data.expert.organisation
                profile.save(update_fields=["is_expert", "expert_organisation"])
                profile.expert_categories.set(chosen)
            profile.refresh_from_db()
            user.forum_profile = profile
        users[data.handle] = user
    return users


def _knelpunt(value: str) -> dict:
    """The scan page and knelpunt fields for "<scan slug>/<item key>", as the thread form stores them."""
    from demo import builders
    from forum.forms import knelpunt_label
    from scan.models import ScanPage

    scan_slug, _sep, key = value.partition("/")
    page = ScanPage.objects.filter(slug=scan_slug, locale__language_code="nl").first()
    if page is None:
        return {}
    found = knelpunt_label(f"{page.pk}:{builders.stable_id(scan_slug, key)}")  # "<scan page id>:<item key>"
    if found is None:
        raise ContentError([f"{FILE}: the scan {scan_slug!r} offers no knelpunt {key!r} to the forum"])
    _page_id, item_key, label = found
    return {"scan_page": page, "knelpunt_key": item_key, "knelpunt_label": label}


def _thread(data: Thread, users: dict, categories: dict):
    """One thread with its replies, unless a thread of that title exists; then None."""
    from datetime import timedelta

    from django.utils import timezone

    from core.models import Theme
    from forum import moderation, services, state
    from forum.models import Flag as ForumFlag
    from forum.models import Post, Subscription
    from forum.models import Thread as ForumThread

    if ForumThread.objects.filter(title=data.title).exists():
        return None
    themes = list(Theme.objects.filter(slug__in=data.themes, locale__language_code="nl"))
    thread = services.thread_create(
        author=users[data.author],
        category=categories[data.category],
        title=data.title,
        body=data.body,
        themes=themes,
        language=data.language,
        **(_knelpunt(data.knelpunt) if data.knelpunt else {}),
    )
    posts = [thread.posts.get(number=1)]
    for reply in data.replies:
        posts.append(
            services.post_create(
                author=users[reply.author],
                thread=thread,
                body=reply.body,
                reply_to=posts[reply.reply_to - 1] if reply.reply_to else None,
            )
        )
    # When it happened: the question at a working hour that many days ago, each reply hours after it.
    asked = (timezone.now() - timedelta(days=data.days_ago)).replace(hour=9, minute=15, second=0, microsecond=0)
    times = [asked] + [asked + timedelta(hours=r.hours, minutes=7 * n) for n, r in enumerate(data.replies, 1)]
    now = timezone.now()
    times = [min(t, now - timedelta(minutes=5)) for t in times]
    ForumThread.objects.filter(pk=thread.pk).update(created_at=asked)
    for post, when in zip(posts, times, strict=True):
        Post.objects.filter(pk=post.pk).update(created_at=when)
        post.created_at = when
    Subscription.objects.filter(thread=thread).update(created_at=asked)
    thread.refresh_from_db()
    state.refresh_thread(thread)

    for post, reply, when in zip(posts[1:], data.replies, times[1:], strict=True):
        if reply.accepted:
            services.answer_accept(thread=thread, post=post, user=users[data.author])
        for flag in reply.flags:
            moderation.flag_create(post=post, user=users[flag.by], reason=flag.reason, note=flag.note)
            ForumFlag.objects.filter(post=post, user=users[flag.by]).update(created_at=when + timedelta(hours=2))
    return thread


def _notifications_as_history(addresses: list[str]) -> None:
    """The demo's notifications carry the time of their post and count as mailed; those older than a week as
    read too (a member's header shows what came in lately)."""
    from datetime import timedelta

    from django.db.models import OuterRef, Subquery
    from django.utils import timezone

    from forum.models import Notification, Post

    posted = Subquery(Post.objects.filter(pk=OuterRef("post_id")).values("created_at")[:1])
    demo = Notification.objects.filter(post__author__email__in=addresses)
    demo.filter(mailed_at__isnull=True).update(created_at=posted, mailed_at=posted)
    demo.filter(read_at__isnull=True, created_at__lt=timezone.now() - timedelta(days=7)).update(read_at=posted)
