"""Reads of a member's folder, and what a folder item looks like: a card with the title, kind and link of what
it points at, in the reader's language, or a note that it is no longer available. The folder page, a list and a
shared list each render with a fixed number of queries however many items they hold (tests/folders)."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404
from django.utils.translation import gettext as _
from wagtail.models import Page

from community import selectors as community
from folders.models import FolderList, ListEntry, SavedItem
from forum import selectors as forum_selectors
from forum.models import Thread

# The pages a member can keep, by model: library items (every resource type) and scan pages.
SAVEABLE_PAGE_MODELS = frozenset({("library", "resourcepage"), ("scan", "scanpage")})
KINDS = ("library", "scan", "forum")
PER_PAGE = 50


@dataclass
class Card:
    item: SavedItem
    kind: str = ""  # library, scan, forum
    title: str = ""
    url: str = ""
    type_label: str = ""
    resource_type: str = ""
    summary: str = ""
    available: bool = True
    language: str = ""  # when the item is shown in another language than the reader's
    lists: list = field(default_factory=list)  # the member's lists it is on
    entry: ListEntry | None = None  # on a list page: the entry
    is_first: bool = False  # on a list page: first or last of the whole list (no "up" or "down" button)
    is_last: bool = False

    @property
    def label(self) -> str:
        """What a button names the item by, for screen readers."""
        return self.title or _("niet meer beschikbaar item")


def current_language() -> str:
    return forum_selectors.current_language()


def saveable_page(page_id) -> Page | None:
    """A live, public library item or scan page by id; None for anything else."""
    try:
        page_id = int(page_id)
    except (TypeError, ValueError):
        return None
    page = Page.objects.live().public().filter(pk=page_id).select_related("content_type").first()
    if page is None or (page.content_type.app_label, page.content_type.model) not in SAVEABLE_PAGE_MODELS:
        return None
    return page


def saveable_thread(thread_id, *, user) -> Thread | None:
    """A thread the member may read (visible, or their own waiting one); None for anything else."""
    try:
        thread_id = int(thread_id)
    except (TypeError, ValueError):
        return None
    try:
        return forum_selectors.thread_get(thread_id, user=user)
    except Http404:
        return None


def saved_state(*, user, page_id: int | None = None, thread_id: int | None = None) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    target = {"page_id": page_id} if page_id is not None else {"thread_id": thread_id}
    return SavedItem.objects.filter(owner=user, **target).exists()


PAGE_FIELDS = ("id", "title", "url_path", "translation_key", "locale_id", "content_type_id", "path", "depth")


def _page_cards(items: list[SavedItem], language: str, *, request=None) -> dict[int, dict]:
    """page id -> what its card shows, for the live, public pages among them, in ``language`` where a
    translation is live. Reads only the fields a card shows, the type and summary straight from the library's
    and the scan's tables: a fixed number of queries, and no page's body loaded."""
    from library.models import ResourcePage, ResourceType
    from scan.models import ScanPage

    ids = [i.page_id for i in items if i.page_id]
    if not ids:
        return {}
    keys = dict(Page.objects.live().public().filter(pk__in=ids).values_list("translation_key", "pk"))
    if not keys:
        return {}
    shown = Page.objects.live().public().filter(translation_key__in=list(keys), locale__language_code=language)
    by_key = {p.translation_key: p for p in shown.only(*PAGE_FIELDS)}
    missing = [pk for key, pk in keys.items() if key not in by_key]
    pages = {keys[key]: page for key, page in by_key.items()}
    if missing:  # not translated (yet): the page as saved, marked with its language
        for page in Page.objects.filter(pk__in=missing).select_related("locale").only(*PAGE_FIELDS, "locale"):
            page.shown_language = page.locale.language_code
            pages[page.pk] = page
    shown_ids = [page.pk for page in pages.values()]
    resources = {
        pk: (kind, summary)
        for pk, kind, summary in ResourcePage.objects.filter(pk__in=shown_ids).values_list(
            "pk", "resource_type", "summary"
        )
    }
    scans = dict(ScanPage.objects.filter(pk__in=shown_ids).values_list("pk", "intro"))
    labels = dict(ResourceType.choices)
    cards = {}
    for saved_id, page in pages.items():
        resource_type, summary = resources.get(page.pk, ("", scans.get(page.pk, "")))
        cards[saved_id] = {
            "kind": "library" if page.pk in resources else "scan",
            "title": page.title,
            "url": page.get_url(request=request),
            "type_label": str(labels.get(resource_type, "")) if resource_type else _("Zelfscan"),
            "resource_type": resource_type,
            "summary": summary or "",
            "language": getattr(page, "shown_language", ""),
        }
    return cards


def _thread_cards(items: list[SavedItem], *, user, request=None) -> dict[int, dict]:
    ids = [i.thread_id for i in items if i.thread_id]
    if not ids:
        return {}
    threads = Thread.objects.filter(pk__in=ids).select_related("category", "merged_into")
    names = forum_selectors.category_names(request=request)
    cards = {}
    for thread in threads:
        shown = thread.merged_into if thread.merged_into_id else thread
        readable = shown is not None and (
            shown.state == "visible" or (shown.state == "pending" and shown.author_id == getattr(user, "pk", None))
        )
        if not readable:
            continue
        category = names.get(shown.category.translation_key, shown.category) if shown.category_id else None
        if shown.solution_id:
            label = _("Forumvraag, opgelost")
        else:
            label = _("Forumvraag")
        cards[thread.pk] = {
            "kind": "forum",
            "title": shown.title,
            "url": shown.get_absolute_url(),
            "type_label": label,
            "summary": _("%(category)s · %(count)d reacties") % {"category": category, "count": shown.reply_count}
            if category
            else "",
            "language": shown.language if shown.language != current_language() else "",
        }
    return cards


def cards_for(items: list[SavedItem], *, user, request=None, with_lists: bool = False) -> list[Card]:
    language = current_language()
    pages = _page_cards(items, language, request=request)
    threads = _thread_cards(items, user=user, request=request)
    on_lists: dict[int, list] = {}
    if with_lists and items:
        rows = ListEntry.objects.filter(item__in=items).select_related("folder_list").order_by("folder_list__name")
        for entry in rows:
            on_lists.setdefault(entry.item_id, []).append(entry.folder_list)
    cards = []
    for item in items:
        found = pages.get(item.page_id) if item.page_id else threads.get(item.thread_id)
        if found is None:
            cards.append(
                Card(
                    item=item, kind="forum" if item.thread_id else "", available=False, lists=on_lists.get(item.pk, [])
                )
            )
        else:
            cards.append(Card(item=item, lists=on_lists.get(item.pk, []), **found))
    return cards


@dataclass
class Folder:
    cards: list[Card]
    page: object
    kind: str
    counts: dict
    lists: list


def folder(*, user, kind: str = "", page_number=1, request=None) -> Folder:
    """The member's kept items, newest first, 50 a page, optionally of one kind, with their lists."""
    items = SavedItem.objects.filter(owner=user).order_by("-saved_at", "-pk")
    counts = items.aggregate(
        all=Count("pk"),
        forum=Count("pk", filter=Q(thread__isnull=False)),
        library=Count("pk", filter=Q(page__content_type__app_label="library")),
        scan=Count("pk", filter=Q(page__content_type__app_label="scan")),
    )
    if kind == "forum":
        items = items.filter(thread__isnull=False)
    elif kind in ("library", "scan"):
        items = items.filter(page__content_type__app_label=kind)
    else:
        kind = ""
    paginator = Paginator(items, PER_PAGE)
    paginator.count = counts[kind or "all"]
    page = paginator.get_page(page_number)
    shown = list(page.object_list)
    lists = list(FolderList.objects.filter(owner=user).select_related("shared_with"))
    return Folder(
        cards=cards_for(shown, user=user, request=request, with_lists=True),
        page=page,
        kind=kind,
        counts=counts,
        lists=lists,
    )


LIST_PER_PAGE = 100


@dataclass
class ListPage:
    cards: list[Card]
    page: object
    count: int


def list_cards(folder_list: FolderList, *, user, request=None, page_number=1) -> ListPage:
    """A list's items in the owner's order, 100 a page (``user`` is who reads it: the owner, or a colleague by
    the shared link)."""
    entries = ListEntry.objects.filter(folder_list=folder_list).select_related("item").order_by("position", "pk")
    page = Paginator(entries, LIST_PER_PAGE).get_page(page_number)
    shown = list(page.object_list)
    cards = cards_for([e.item for e in shown], user=user, request=request)
    for card, entry in zip(cards, shown, strict=True):
        card.entry = entry
    if cards:
        cards[0].is_first = page.number == 1
        cards[-1].is_last = not page.has_next()
    return ListPage(cards=cards, page=page, count=page.paginator.count)


def entry_page(*, list_id: int, entry_id: int) -> int:
    """The page of its list an entry stands on (after a move, the member comes back to where it went)."""
    entry = ListEntry.objects.filter(folder_list_id=list_id, pk=entry_id).first()
    if entry is None:
        return 1
    before = (
        ListEntry.objects.filter(folder_list_id=list_id)
        .filter(Q(position__lt=entry.position) | Q(position=entry.position, pk__lt=entry.pk))
        .count()
    )
    return before // LIST_PER_PAGE + 1


def shared_list_get(*, token: str, user) -> FolderList:
    """A list shared with a school, for a member of that school; 404 for anyone else and any other token."""
    if not token or len(token) > 64 or not getattr(user, "is_authenticated", False):
        raise Http404("no such list")
    found = (
        FolderList.objects.filter(share_token=token, shared_with__isnull=False)
        .select_related("shared_with", "owner")
        .first()
    )
    if found is None or not community.is_member(user=user, school=found.shared_with):
        raise Http404("no such list")
    return found


def recent_items(*, user, limit: int) -> tuple[list[SavedItem], int]:
    """The member's ``limit`` most recently saved items and how many they keep in all (Mijn WIJschool)."""
    items = list(SavedItem.objects.filter(owner=user).order_by("-saved_at", "-pk")[:limit])
    return items, SavedItem.objects.filter(owner=user).count()


def lists_of(user) -> list[FolderList]:
    return list(FolderList.objects.filter(owner=user))


def language_name(code: str) -> str:
    return str(dict(settings.LANGUAGES).get(code, code))
