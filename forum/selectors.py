"""What the forum's pages read. Each listing costs a fixed number of queries whatever it shows (tests pin
them; ``make bench`` prints them with 5,000 threads and a thread of 500 replies).

Threads point at the categories and themes of the default language; a page in the other language shows the
translated names by translation key (categories and themes keep their slug in every language).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Case, Count, F, IntegerField, Max, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce, Greatest
from django.http import Http404
from django.utils.translation import get_language

from core import caching
from forum.models import Category, ForumProfile, NotificationLevel, Post, ReadState, Thread, Visibility

THREADS_PER_PAGE = 25
POSTS_PER_PAGE = 20

VIEWS = ("latest", "unanswered", "new", "solved")


def current_language() -> str:
    """The interface language of this request, as one of the site's language codes ("nl", "en")."""
    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def categories(*, request=None) -> list[Category]:
    """The categories in the current language, each with ``thread_count`` and ``last_activity_at`` over the
    visible threads (cached for the content generation: a post bumps it)."""
    language = current_language()

    def compute():
        rows = list(Category.objects.filter(locale__language_code=language).select_related("theme"))
        if not rows and language != settings.LANGUAGE_CODE:
            rows = list(Category.objects.filter(locale__language_code=settings.LANGUAGE_CODE).select_related("theme"))
        stats = {
            row["category__translation_key"]: row
            for row in Thread.objects.visible()
            .values("category__translation_key")
            .annotate(n=Count("pk"), last=Max("last_activity_at"))
        }
        for category in rows:
            row = stats.get(category.translation_key, {})
            category.thread_count = row.get("n", 0)
            category.last_activity_at = row.get("last")
        return rows

    return caching.cached(f"forum:categories:{language}", compute, request=request)


def category_names(*, request=None) -> dict:
    """translation key -> the category as the current language names it (for listings)."""
    return {c.translation_key: c for c in categories(request=request)}


def category_get(slug: str, *, request=None) -> Category:
    """A category by slug in the current language; 404 when there is none."""
    for category in categories(request=request):
        if category.slug == slug:
            return category
    raise Http404("no such category")


def default_category(category: Category) -> Category:
    """Threads point at the category of the default language; the other language lists them under its
    translation (same translation key)."""
    if category.locale.language_code == settings.LANGUAGE_CODE:
        return category
    return (
        Category.objects.filter(
            translation_key=category.translation_key, locale__language_code=settings.LANGUAGE_CODE
        ).first()
        or category
    )


@dataclass
class ThreadRow:
    thread: Thread
    category: Category | None
    unread: bool = False
    new_since_visit: bool = False
    other_language: bool = False


@dataclass
class Listing:
    page: object
    rows: list[ThreadRow]
    view: str
    new_count: int | None = None
    filters: dict = field(default_factory=dict)


def _thread_queryset():
    return Thread.objects.visible().select_related("category", "author__forum_profile", "last_poster__forum_profile")


def thread_listing(
    *,
    user=None,
    profile: ForumProfile | None = None,
    view: str = "latest",
    category: Category | None = None,
    theme_slug: str = "",
    page_number=1,
    per_page: int = THREADS_PER_PAGE,
    request=None,
) -> Listing:
    """Visible threads by latest activity: all, unanswered (no visible reply), new since the member's last
    visit, or solved; within a category and/or a theme. Unread markers for a signed-in member."""
    view = view if view in VIEWS else "latest"
    threads = Thread.objects.visible()
    if category is not None:
        threads = threads.filter(category_id=default_category(category).pk)
    if theme_slug:
        threads = threads.filter(Q(themes__slug=theme_slug) | Q(category__theme__slug=theme_slug)).distinct()
    since = profile.previous_visit_at if profile is not None else None
    if view == "unanswered":
        threads = threads.filter(reply_count=0)
    elif view == "solved":
        threads = threads.filter(solution__isnull=False)
    elif view == "new" and since is not None:
        threads = threads.filter(last_activity_at__gt=since)
    elif view == "new":
        threads = threads.none()
    # The page's ids first (an index scan), then those threads with their joins: a deep page does not sort
    # every joined row.
    paginator = Paginator(threads.order_by("-last_activity_at", "-pk").values_list("pk", flat=True), per_page)
    page = paginator.get_page(page_number)
    ids = list(page.object_list)
    found = {t.pk: t for t in _thread_queryset().filter(pk__in=ids)}
    shown = [found[pk] for pk in ids if pk in found]
    signed_in = user is not None and getattr(user, "is_authenticated", False)
    read = {}
    if signed_in and shown:
        read = {
            r.thread_id: r
            for r in ReadState.objects.filter(user=user, thread_id__in=[t.pk for t in shown]).only(
                "thread_id", "updated_at", "last_read_number"
            )
        }
    names = category_names(request=request)
    language = current_language()
    rows = []
    for thread in shown:
        state = read.get(thread.pk)
        rows.append(
            ThreadRow(
                thread=thread,
                category=names.get(thread.category.translation_key, thread.category),
                unread=signed_in and (state is None or thread.last_activity_at > state.updated_at),
                new_since_visit=since is not None and thread.last_activity_at > since,
                other_language=thread.language != language,
            )
        )
    return Listing(page=page, rows=rows, view=view)


def thread_get(pk: int, *, user=None, moderator: bool = False) -> Thread:
    """A thread people may see: visible; or waiting, for its own author and moderators. A merged thread is
    returned too (the view redirects to where it went). Anything else is a 404."""
    thread = Thread.objects.select_related("category").filter(pk=pk).first()
    if thread is None:
        raise Http404("no such thread")
    if thread.merged_into_id:
        return thread
    if thread.state == Visibility.VISIBLE:
        return thread
    if moderator and thread.state != Visibility.DELETED:
        return thread
    if thread.state == Visibility.PENDING and user is not None and thread.author_id == getattr(user, "pk", None):
        return thread
    raise Http404("thread not visible")


def _post_queryset(thread: Thread, *, user=None, moderator: bool = False):
    visible = Q(state=Visibility.VISIBLE)
    if moderator:
        visible |= Q(state__in=[Visibility.PENDING, Visibility.HIDDEN])
    elif user is not None and getattr(user, "is_authenticated", False):
        visible |= Q(state__in=[Visibility.PENDING, Visibility.HIDDEN], author=user)
    return (
        Post.objects.filter(visible, thread=thread)
        .select_related("author__forum_profile", "reply_to__author__forum_profile")
        .order_by("number")
    )


# What a thread page shows of a post, its author and the post it replies to: not the Markdown source, nor the
# author's account (password, e-mail and the rest). Loading those was a fifth of the page's server time.
SHOWN_POST_FIELDS = (
    *("id", "thread_id", "number", "author_id", "html", "reply_to_id", "linked_pages", "state"),
    *("hidden_by_flags", "pupil_data", "created_at", "edited_at"),
    *("author__id", "author__forum_profile__display_name", "author__forum_profile__is_expert"),
    "author__forum_profile__expert_organisation",
    *("reply_to__id", "reply_to__state", "reply_to__author__id", "reply_to__author__forum_profile__display_name"),
)


@dataclass
class ThreadPage:
    thread: Thread
    question: Post | None
    solution: Post | None
    page: object
    posts: list[Post]
    cards: dict = field(default_factory=dict)  # page id -> library page
    flagged: set = field(default_factory=set)  # post ids the member flagged already
    category: Category | None = None
    last_number: int = 0
    themes: list = field(default_factory=list)  # [{"slug", "name"}] in the current language


def thread_page(thread: Thread, *, user=None, moderator: bool = False, page_number=1, request=None) -> ThreadPage:
    """The question, the accepted answer right under it, and one page of replies with their authors (expert
    badge, school), the posts they reply to and the library items they link: a fixed number of queries."""
    posts = _post_queryset(thread, user=user, moderator=moderator).only(*SHOWN_POST_FIELDS)
    paginator = Paginator(posts.filter(number__gt=1), POSTS_PER_PAGE)
    if not moderator and not getattr(user, "is_authenticated", False):
        # A visitor sees the visible replies only, which the thread counts as it changes (state.refresh_thread).
        paginator.count = thread.reply_count
    page = paginator.get_page(page_number)
    if page.number == 1:
        # The question and the first page of replies in one query (the question is number 1, when it is shown).
        rows = list(posts[: POSTS_PER_PAGE + 1])
        question = rows[0] if rows and rows[0].number == 1 else None
        shown = rows[1:] if question is not None else rows[:POSTS_PER_PAGE]
    else:
        question = posts.filter(number=1).first()
        shown = list(page.object_list)
    page.object_list = shown
    solution = None
    if thread.solution_id:
        solution = next((p for p in shown if p.pk == thread.solution_id), None) or (
            posts.filter(pk=thread.solution_id, state=Visibility.VISIBLE).first()
        )
    every = [p for p in [question, solution, *shown] if p is not None]
    schools = school_names({p.author_id for p in every if p.author_id})
    for post in every:
        post.thread = thread  # the posts' own thread: no query per post when a template or a check asks for it
        post.school_names = schools.get(post.author_id, "")
    page_ids = list(dict.fromkeys(pk for p in every for pk in (p.linked_pages or [])))
    cards = library_cards(page_ids, request=request)
    for post in every:
        post.cards = [cards[pk] for pk in (post.linked_pages or []) if pk in cards]
    flagged = set()
    if user is not None and getattr(user, "is_authenticated", False) and every:
        from forum.models import Flag

        flagged = set(Flag.objects.filter(user=user, post__in=every).values_list("post_id", flat=True))
    names = category_names(request=request)
    return ThreadPage(
        thread=thread,
        question=question,
        solution=solution,
        page=page,
        posts=shown,
        cards=cards,
        flagged=flagged,
        category=names.get(thread.category.translation_key, thread.category),
        last_number=max([p.number for p in every] or [0]),
        themes=thread_themes(thread, request=request),
    )


def thread_themes(thread: Thread, *, request=None) -> list[dict]:
    """The thread's themes as the current language names them (a thread points at the default language's
    themes), with the slug the forum filters on: cached for the content generation, which a theme's change
    bumps (a thread's themes are set when it is started)."""
    language = current_language()

    def compute():
        from core.models import Theme

        keys = list(thread.themes.values_list("translation_key", flat=True))
        if not keys:
            return []
        shown = Theme.objects.filter(translation_key__in=keys, locale__language_code=language)
        found = {t.translation_key: t for t in shown.order_by("sort_order", "name")}
        missing = [k for k in keys if k not in found]
        if missing:  # not translated (yet): the default language's name
            found.update({t.translation_key: t for t in thread.themes.filter(translation_key__in=missing)})
        ordered = sorted(found.values(), key=lambda t: (t.sort_order, t.name))
        return [{"slug": t.slug, "name": t.name} for t in ordered]

    return caching.cached(f"forum:thread-themes:{thread.pk}:{language}", compute, request=request)


def school_names_key(user_id: int) -> str:
    return f"forum:schools:{user_id}"


def school_names(user_ids) -> dict[int, str]:
    """Per author, the schools they work at ("Dijkcollege, Lindeschool"): from the cache, one key per author
    (dropped when one of their memberships or a school's name changes, forum.signals), and the authors not
    found there in one query."""
    if not user_ids:
        return {}
    from community.models import Membership

    keys = {user_id: school_names_key(user_id) for user_id in user_ids}
    held = cache.get_many(keys.values())
    found = {user_id: held[key] for user_id, key in keys.items() if key in held}
    missing = [user_id for user_id in keys if user_id not in found]
    if missing:
        names: dict[int, list[str]] = {user_id: [] for user_id in missing}
        rows = Membership.objects.filter(user_id__in=missing).order_by("school__name")
        for user_id, name in rows.values_list("user_id", "school__name"):
            names[user_id].append(name)
        computed = {user_id: ", ".join(dict.fromkeys(listed)) for user_id, listed in names.items()}
        cache.set_many({keys[user_id]: value for user_id, value in computed.items()}, caching.TIMEOUT)
        found.update(computed)
    return {user_id: value for user_id, value in found.items() if value}


def library_cards(page_ids: list[int], *, request=None) -> dict:
    """Live, public library pages by id, in the current language's translation where there is one (cached for
    the content generation: a publish or unpublish changes them)."""
    if not page_ids:
        return {}
    language = current_language()
    key = f"forum:cards:{language}:{','.join(map(str, sorted(page_ids)))}"
    return caching.cached(key, lambda: _library_cards(page_ids, language), request=request)


def _library_cards(page_ids: list[int], language: str) -> dict:
    from wagtail.models import Page

    pages = list(Page.objects.live().public().filter(pk__in=page_ids).only("pk", "translation_key"))
    if not pages:
        return {}
    keys = {p.translation_key: p.pk for p in pages}
    translated = (
        Page.objects.live().public().filter(translation_key__in=list(keys), locale__language_code=language).specific()
    )
    by_key = {p.translation_key: p for p in translated}
    missing = [pk for key, pk in keys.items() if key not in by_key]
    pages_by_id = {keys[k]: p for k, p in by_key.items()}
    if missing:
        pages_by_id.update({p.pk: p for p in Page.objects.filter(pk__in=missing).specific()})
    # Plain values, so the cache holds no page objects.
    return {
        pk: {
            "title": page.title,
            "url": page.url,
            "resource_type": getattr(page, "resource_type", ""),
            "type_label": str(page.get_resource_type_display()) if hasattr(page, "get_resource_type_display") else "",
            "summary": getattr(page, "summary", ""),
        }
        for pk, page in pages_by_id.items()
    }


def post_locate(pk: int, *, user=None, moderator: bool = False) -> tuple[Thread, int, int]:
    """Where a post stands: its thread, the page of replies it is on, and its number."""
    post = Post.objects.select_related("thread").filter(pk=pk).first()
    if post is None:
        raise Http404("no such post")
    thread = thread_get(post.thread_id, user=user, moderator=moderator)
    if post.number == 1:
        return thread, 1, 1
    before = _post_queryset(thread, user=user, moderator=moderator).filter(number__gt=1, number__lt=post.number).count()
    return thread, before // POSTS_PER_PAGE + 1, post.number


def experts_for(category: Category) -> list[ForumProfile]:
    """The experts editors named for this category (any language version of it)."""
    return list(
        ForumProfile.objects.filter(is_expert=True, expert_categories__translation_key=category.translation_key)
        .distinct()
        .order_by("display_name")
    )


def threads_for(*, theme_slugs=(), knelpunt_keys=(), page_ids=(), limit: int = 3) -> list[Thread]:
    """The latest visible threads on any of these themes, scan knelpunten or linked library pages: what the
    library, theme pages and the scan show as "Zo pakten andere scholen het aan"."""
    condition = Q()
    if theme_slugs:
        condition |= Q(themes__slug__in=list(theme_slugs)) | Q(category__theme__slug__in=list(theme_slugs))
    if knelpunt_keys:
        condition |= Q(knelpunt_key__in=list(knelpunt_keys))
    if page_ids:
        condition |= Q(posts__library_pages__in=list(page_ids), posts__state=Visibility.VISIBLE)
    if not condition:
        return []
    ids = list(
        Thread.objects.visible()
        .filter(condition)
        .order_by("-last_activity_at", "-pk")
        .values_list("pk", flat=True)
        .distinct()[: limit * 3]
    )
    ordered = list(dict.fromkeys(ids))[:limit]
    threads = {t.pk: t for t in _thread_queryset().filter(pk__in=ordered)}
    return [threads[pk] for pk in ordered if pk in threads]


def thread_ids_by_knelpunt(keys: list[str], *, per_key: int = 3) -> dict[str, list[int]]:
    """Per scan knelpunt key, the ids of its latest visible threads (one query)."""
    found: dict[str, list[int]] = {key: [] for key in keys}
    rows = (
        Thread.objects.visible()
        .filter(knelpunt_key__in=keys)
        .order_by("-last_activity_at", "-pk")
        .values_list("knelpunt_key", "pk")[: per_key * len(keys) * 4]
    )
    for key, pk in rows:
        if len(found[key]) < per_key:
            found[key].append(pk)
    return found


def followed_threads(user, *, limit: int = 5) -> list[Thread]:
    """For a member's start page: threads they watch or track with posts after the last one they read first,
    then the rest, by latest activity; each with ``unread`` (posts after the last read one; one query)."""
    read = ReadState.objects.filter(user=user, thread=OuterRef("pk")).values("last_read_number")[:1]
    return list(
        Thread.objects.visible()
        .filter(
            subscriptions__user=user,
            subscriptions__level__in=[NotificationLevel.WATCHING, NotificationLevel.TRACKING],
        )
        .annotate(unread=Greatest(F("last_number") - Coalesce(Subquery(read), Value(0)), Value(0)))
        .annotate(has_unread=Case(When(unread__gt=0, then=Value(1)), default=Value(0), output_field=IntegerField()))
        .select_related("category")
        .order_by("-has_unread", "-last_activity_at", "-pk")[:limit]
    )
