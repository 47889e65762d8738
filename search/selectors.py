"""The site search: one query over every registered kind (pages, forum threads), in the active language.

1. The query becomes groups of Dutch-aware word forms (common.stemming); synonyms add alternatives.
2. The database ranks the site documents (search.documents) of this language and kinds inside its own
   full-text index and returns the best ``MAX_MATCHES``; with Elasticsearch configured, Elasticsearch ranks the
   pages, the documents rank the kinds that are not pages, and the two lists are interleaved; if Elasticsearch
   fails the documents answer for all.
3. Filters and facet counts are computed over those matches from the facet values their documents carry (they
   come with the match, whatever the kinds and facets), so they work the same on every backend. The kinds
   (search.registry) say which facets there are; the search app itself knows only the kind facet.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from itertools import chain, zip_longest

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.paginator import Paginator
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Or, PlainText

from common.stemming import fold, query_groups, words
from search import documents
from search.highlight import highlight
from search.models import Synonym
from search.registry import DEFAULT_CARD, search_facets, search_kinds

logger = logging.getLogger(__name__)

MAX_MATCHES = 500
SYNONYMS_CACHE_KEY = "wijschool:search:synonyms"
PROMOTED_CACHE_KEY = "wijschool:search:promoted-queries"
MAX_QUERY_LENGTH = 200
KIND = "kind"


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    name: str
    label: str
    options: list[Option] = field(default_factory=list)


@dataclass
class SearchOutcome:
    query: str
    page_obj: object
    results: list
    facets: list[Facet]
    total: int
    capped: bool
    backend_fallback: bool
    promoted: list
    notices: list[str]


def clean_query(raw: str) -> str:
    """What we search for and show back: control characters removed, spaces collapsed, at most 200 characters."""
    cleaned = "".join(ch if ch.isprintable() else " " for ch in (raw or ""))
    return " ".join(cleaned.split())[:MAX_QUERY_LENGTH]


def _all_of(groups):
    """Every group must match, by any of its forms.

    Built from single-word ``PlainText``s joined by ``Or``/``And``, not from one multi-word ``PlainText`` with
    ``operator="or"``: the SQLite backend writes the latter without brackets, and FTS5 binds AND tighter than
    OR, so "wapens op school" matched every page with "school" (tests/search/test_search.py pins this).
    """
    parts = []
    for group in groups:
        forms = sorted(group)
        parts.append(PlainText(forms[0]) if len(forms) == 1 else Or([PlainText(f) for f in forms]))
    return parts[0] if len(parts) == 1 else And(parts)


EDITORIAL_TIMEOUT = 60  # seconds: how late a synonym or promotion change may show in another app process


def synonym_lists() -> list[list[str]]:
    """Every synonym's terms, cached: deleted from the cache when a synonym changes (search.signals), and kept at
    most ``EDITORIAL_TIMEOUT`` seconds, so another process with its own cache sees the change within a minute."""
    value = cache.get(SYNONYMS_CACHE_KEY)
    if value is None:
        value = [synonym.term_list() for synonym in Synonym.objects.order_by("pk")]
        cache.set(SYNONYMS_CACHE_KEY, value, EDITORIAL_TIMEOUT)
    return value


def promoted_queries() -> frozenset[str]:
    """The query strings editors promoted pages for, cached like the synonyms: most searches have no pick, and
    then no query is needed."""
    from wagtail.contrib.search_promotions.models import SearchPromotion

    value = cache.get(PROMOTED_CACHE_KEY)
    if value is None:
        value = frozenset(SearchPromotion.objects.values_list("query__query_string", flat=True))
        cache.set(PROMOTED_CACHE_KEY, value, EDITORIAL_TIMEOUT)
    return value


def query_alternatives(query: str, language: str) -> list[list[frozenset[str]]]:
    """The query as alternatives, each a list of word groups that must all match: the words typed, and the
    same for every synonym of a phrase in it (search.models.Synonym)."""
    groups = query_groups(query, language)
    if not groups:
        return []
    alternatives = [groups]
    folded = " " + " ".join(words(query)) + " "
    for term_list in synonym_lists():
        terms = [" ".join(words(t)) for t in term_list]
        if any(f" {t} " in folded for t in terms if t):
            for term in terms:
                term_groups = query_groups(term, language)
                if term_groups and f" {term} " not in folded:
                    alternatives.append(term_groups)
    return alternatives


def build_query(query: str, language: str, alternatives=None):
    """The same alternatives as a Wagtail search query (for Elasticsearch)."""
    alternatives = query_alternatives(query, language) if alternatives is None else alternatives
    if not alternatives:
        return None
    parts = [_all_of(groups) for groups in alternatives]
    return parts[0] if len(parts) == 1 else Or(parts)


def site_documents_answer(backend_name: str = "default") -> bool:
    """Whether this backend is the database one, whose documents the site search reads directly."""
    return settings.WAGTAILSEARCH_BACKENDS.get(backend_name, {}).get("BACKEND") == "search.backends"


def interleave(first: list, second: list, limit: int) -> list:
    """Two ranked lists from different engines as one: their scores cannot be compared, so rank by rank
    (reciprocal-rank fusion with one list each), the first list's hit first at equal rank; each key once."""
    merged, seen = [], set()
    for pair in zip_longest(first, second):
        for row in pair:
            if row is not None and row[:2] not in seen:
                seen.add(row[:2])
                merged.append(row)
    return merged[:limit]


def match_ids(
    *, query: str, alternatives, locale, content_type_ids, page_content_type_ids=None
) -> tuple[list[documents.Row], bool]:
    """The matching documents by relevance, at most ``MAX_MATCHES``: (content type id, object id, facets). From
    the site documents (search.documents) when the database backend is the default. Else Elasticsearch finds
    the pages (``page_content_type_ids``; all of ``content_type_ids`` when not given) and their documents give
    kind and facets (a hit without a document, such as a page published while the documents were behind, is
    still shown, without facets); the documents find the other kinds' objects (Elasticsearch does not index
    them), and the two are interleaved. When Elasticsearch fails the documents answer for all."""

    def from_documents(content_types):
        if not content_types:
            return []
        return documents.match_rows(
            alternatives=alternatives, locale_id=locale.pk, content_type_ids=content_types, limit=MAX_MATCHES
        )

    if site_documents_answer():
        return from_documents(content_type_ids), False
    page_types = list(content_type_ids if page_content_type_ids is None else page_content_type_ids)
    other_types = [ct for ct in content_type_ids if ct not in set(page_types)]
    base = Page.objects.live().public().filter(locale=locale, content_type_id__in=page_types)
    try:
        backend = get_search_backend("default")
        results = backend.search(build_query(query, locale.language_code, alternatives), base)[:MAX_MATCHES]
        found = [(page.pk, page.content_type_id) for page in results]
    except Exception:  # noqa: BLE001 - any backend failure (network, cluster down) must not break the page
        logger.exception("Search backend failed; answering from the database backend")
        if not site_documents_answer("database"):
            raise
        return from_documents(content_type_ids), True
    rows = documents.rows_for([pk for pk, _ct in found])
    pages = [(ct, pk, rows[pk][2] if pk in rows else "") for pk, ct in found]
    return interleave(pages, from_documents(other_types), MAX_MATCHES), False


def _values(params, name):
    values = []
    for value in params.getlist(name)[:20]:
        value = value.strip()
        if value and len(value) <= 100 and value not in values:
            values.append(value)
    return values


def filter_names(kinds=None) -> list[str]:
    """The URL parameters the search filters on: the kind, then every facet the registered kinds offer."""
    kinds = search_kinds() if kinds is None else kinds
    return [KIND, *(f.name for f in search_facets(kinds))]


def search_site(*, params, locale, per_page: int = 10, request=None) -> SearchOutcome:
    """Everything the results page shows, for the GET parameters ``params``."""
    query = clean_query(params.get("q", ""))
    language = locale.language_code
    notices: list[str] = []
    kinds = search_kinds()
    facet_defs = search_facets(kinds)
    names = [KIND, *(f.name for f in facet_defs)]
    kind_of_ct = {}
    for kind in kinds:
        for model in kind.model_classes():
            # A model claimed by two kinds belongs to the first in display order.
            kind_of_ct.setdefault(ContentType.objects.get_for_model(model).pk, kind)
    page_types = [ct for ct, kind in kind_of_ct.items() if kind.of_pages]
    facet_sources = [(KIND, _("Soort inhoud"), [(k.key, str(k.label)) for k in kinds])]
    facet_sources += [
        (f.name, str(f.label), [(str(v), str(label)) for v, label in f.options(locale, request)]) for f in facet_defs
    ]
    # Values no facet offers (an old bookmark, a renamed theme, a typo) are left out, and the page says so.
    known = {name: {v for v, _l in choices} for name, _x, choices in facet_sources}
    selected = {name: _values(params, name) for name in names}
    if any(v not in known[name] for name, values in selected.items() for v in values):
        notices.append(_("Een of meer filters bestaan niet (meer) en zijn genegeerd."))
        selected = {name: [v for v in values if v in known[name]] for name, values in selected.items()}
    empty = SearchOutcome(query, Paginator([], per_page).get_page(1), [], [], 0, False, False, [], notices)

    alternatives = query_alternatives(query, language) if query else []
    if not alternatives:
        if query:
            notices.append(_("Typ minstens één woord om op te zoeken."))
        return empty

    matched, fallback = match_ids(
        query=query,
        alternatives=alternatives,
        locale=locale,
        content_type_ids=list(kind_of_ct),
        page_content_type_ids=page_types,
    )
    capped = len(matched) >= MAX_MATCHES
    # Each hit, known by (content type id, object id), as the set of its "facet=value" lines (the kind's
    # included); split, not parsed: this runs for up to 500 hits on every search.
    carried: dict[tuple[int, int], frozenset[str]] = {}
    kind_by_id = {}
    for ct, pk, facets in matched:
        kind = kind_of_ct.get(ct)
        if kind is not None:
            kind_by_id[(ct, pk)] = kind
            carried[(ct, pk)] = frozenset((facets.split("\n") if facets else []) + [f"{KIND}={kind.key}"])
    hits = list(carried)
    # For each facet with a selection, the lines that let a hit pass (values within a facet are alternatives).
    wanted = {name: {f"{name}={value}" for value in values} for name, values in selected.items() if values}

    def eligible(skip=None):
        chosen = [lines for name, lines in wanted.items() if name != skip]
        return [pk for pk in hits if all(not carried[pk].isdisjoint(lines) for lines in chosen)]

    filtered = eligible()

    def tally(pks) -> dict[str, dict[str, int]]:
        """facet -> value -> how many of ``pks`` carry it."""
        result: dict[str, dict[str, int]] = {}
        for line, n in Counter(chain.from_iterable(carried[pk] for pk in pks)).items():
            name, _sep, value = line.partition("=")
            result.setdefault(name, {})[value] = n
        return result

    over_filtered = tally(filtered)

    def counts(name):
        """Each value's hits among those that pass every other facet's selection."""
        return tally(eligible(skip=name)).get(name, {}) if name in wanted else over_filtered.get(name, {})

    facets = []
    for name, label, choices in facet_sources:
        facet_counts = counts(name)
        facet = Facet(name, label)
        for value, option_label in choices:
            count = facet_counts.get(value, 0)
            is_selected = value in selected[name]
            if count or is_selected:
                facet.options.append(Option(value, option_label, count, is_selected))
        facets.append(facet)

    paginator = Paginator(filtered, per_page)
    page_obj = paginator.get_page(params.get("page"))
    keys = list(page_obj.object_list)
    objects = _fetch_objects(keys, kind_by_id)
    _prepare_cards(keys, objects, kind_by_id)
    results = []
    groups = query_groups(query, language)
    for key in keys:
        obj = objects.get(key)
        if obj is None:
            continue
        kind = kind_by_id.get(key)
        results.append(
            {
                "page": obj,  # the page, or the kind's own object (a thread): its card template knows which
                "object": obj,
                "kind": kind,
                "template": kind.template if kind else DEFAULT_CARD,
                "title": highlight(obj.title, groups, language),
                "snippet": highlight(_snippet_text(obj, kind), groups, language, max_words=40),
            }
        )
    return SearchOutcome(query, page_obj, results, facets, len(filtered), capped, fallback, [], notices)


def _snippet_text(obj, kind) -> str:
    if kind is not None and kind.snippet is not None:
        return kind.snippet(obj) or ""
    return getattr(obj, "summary", "") or getattr(obj, "intro", "") or getattr(obj, "search_description", "") or ""


def _prepare_cards(keys, objects: dict, kind_by_id) -> None:
    """Let each kind fetch what its cards need for all its shown hits at once (``SearchKind.prepare``), in the
    order they are shown."""
    by_kind: dict[str, tuple] = {}
    for key in keys:
        kind = kind_by_id.get(key)
        if key in objects and kind is not None and kind.prepare is not None:
            by_kind.setdefault(kind.key, (kind, []))[1].append(objects[key])
    for kind, shown in by_kind.values():
        kind.prepare(shown)


def _fetch_objects(keys, kind_by_id) -> dict[tuple[int, int], object]:
    """The hits of one results page as their own models: one query per content type (usually one or two in
    all), where ``.specific()`` needs the base table first. A kind of objects (not pages) is asked through its
    ``queryset``, so only what may be found now is shown."""
    by_type: dict[int, list[int]] = {}
    for content_type_id, pk in keys:
        by_type.setdefault(content_type_id, []).append(pk)
    objects = {}
    for content_type_id, ids in by_type.items():
        kind = kind_by_id.get((content_type_id, ids[0]))
        if kind is not None and not kind.of_pages:
            queryset = kind.queryset()
        else:
            queryset = (ContentType.objects.get_for_id(content_type_id).model_class() or Page).objects
        objects.update({(content_type_id, obj.pk): obj for obj in queryset.filter(pk__in=ids)})
    return objects


def promoted_pages(*, query: str, locale) -> list:
    """Editors' picks for this query (wagtail.contrib.search_promotions), in the active language only."""
    from wagtail.contrib.search_promotions.models import SearchPromotion
    from wagtail.search.utils import normalise_query_string

    normalised = " ".join(fold(query).split())
    if not normalised:
        return []
    # Editors type the query with accents ("Financiële"); Wagtail stores it lower-cased with them.
    candidates = {normalised, normalise_query_string(query)}
    if not candidates & promoted_queries():
        return []
    picks = (
        SearchPromotion.objects.filter(query__query_string__in=candidates)
        .select_related("page")
        .order_by("sort_order", "pk")
    )
    return [p for p in picks if p.page_id and p.page.live and p.page.locale_id == locale.pk]
