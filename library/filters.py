"""The library listing as a query object: read filters from the URL, filter, count facets, sort, paginate.

Filtering, counting and sorting run over the facet index (library.facet_index: bit sets per facet value,
built once per content generation), so their cost does not grow with the library or the filters chosen;
only the twelve items shown are fetched.

Within one facet the chosen values are alternatives (OR); across facets they narrow (AND). Each facet's
counts are taken over the results of all *other* facets, so a count says how many items you get when you
tick that box. The number of queries is fixed: it does not grow with the content (see tests).
Unknown or malformed values are dropped and reported, never an error.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from taggit.models import Tag

from common.pagination import page_links
from core.models import Audience, Dimension, Theme
from library.facet_index import facet_index
from library.models import EvidenceLevel, ResourcePage, ResourceType, cards_in_order

FACETS = ("theme", "type", "audience", "dimension", "evidence", "keyword")
MAX_VALUES_PER_FACET = 20
MAX_PARAM_LENGTH = 100


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool
    url: str


@dataclass
class Facet:
    name: str
    label: str
    options: list[FacetOption] = field(default_factory=list)

    @property
    def has_selection(self) -> bool:
        return any(o.selected for o in self.options)


class LibraryFilter:
    """Filters, counts and pages the resources below one library index page."""

    per_page = 12
    # Newest first; title A-Z (case-insensitive); shortest first, items without a duration last
    # most used in class first (library.facet_index keeps each order).
    sorts = ("new", "title", "short", "used")

    def __init__(self, params, *, index_page, request=None):
        self.params = params
        self.request = request  # the content generation is read once per request (core.caching)
        self.index_page = index_page
        self.locale = index_page.locale
        self.notices: list[str] = []
        self.themes = list(Theme.objects.filter(locale=self.locale).order_by("sort_order", "name"))
        self.audiences = list(Audience.objects.filter(locale=self.locale).order_by("kind", "sort_order", "name"))
        self.selected = self._read_selection()
        self.sort = self._read_sort()
        self._facets: list[Facet] | None = None
        self.counts = self._all_counts()
        self.page_obj = self._paginate()

    # --- reading the URL -------------------------------------------------------------------------------

    def _values(self, name: str) -> list[str]:
        raw = self.params.getlist(name) if hasattr(self.params, "getlist") else []
        values = []
        for value in raw[:MAX_VALUES_PER_FACET]:
            value = value.strip()
            if value and len(value) <= MAX_PARAM_LENGTH and value not in values:
                values.append(value)
        return values

    def _read_selection(self) -> dict[str, list[str]]:
        allowed = {
            "theme": {t.slug for t in self.themes},
            "type": set(ResourceType.values),
            "audience": {a.slug for a in self.audiences},
            "dimension": set(Dimension.values),
            "evidence": set(EvidenceLevel.values),
        }
        selection: dict[str, list[str]] = {}
        ignored = False
        for name in FACETS:
            values = self._values(name)
            if name == "keyword":
                known = set(Tag.objects.filter(slug__in=values).values_list("slug", flat=True)) if values else set()
            else:
                known = allowed[name]
            kept = [v for v in values if v in known]
            ignored = ignored or len(kept) != len(values)
            selection[name] = kept
        if ignored:
            self.notices.append(_("Een of meer filters in het adres bestaan niet (meer) en zijn genegeerd."))
        return selection

    def _read_sort(self) -> str:
        sort = self.params.get("sort", "new") if hasattr(self.params, "get") else "new"
        return sort if sort in self.sorts else "new"

    # --- querying (through the facet index: library.facet_index) ---------------------------------------

    def base_queryset(self) -> QuerySet:
        return ResourcePage.objects.live().public().child_of(self.index_page)

    def _paginate(self):
        """The current page of results: their order and number come from the facet index, so the pager needs no
        COUNT and the sort no scan; only the items shown are fetched (with their themes)."""
        index = self.index
        ordered = index.ordered_ids(index.matching(self.selected), self.sort)
        paginator = Paginator(ordered, self.per_page)
        raw = self.params.get("page", "1") if hasattr(self.params, "get") else "1"
        if raw not in ("", "1") and not (raw.isdigit() and 1 <= int(raw) <= paginator.num_pages):
            self.notices.append(_("Die pagina bestaat niet; we tonen de dichtstbijzijnde."))
        page = paginator.get_page(raw)
        page.object_list = cards_in_order(list(page.object_list))
        return page

    # --- facets -----------------------------------------------------------------------------------------

    def _all_counts(self) -> dict:
        """Every facet's counts, each over the items that pass all *other* facets (bit sets: no query)."""
        index = self.index = facet_index(self.index_page, request=self.request)
        counts = {}
        for name in FACETS:
            counts[name] = index.counts(name, index.matching(self.selected, except_facet=name))
        top = sorted(counts["keyword"].items(), key=lambda item: (-item[1], index.keyword_names.get(item[0], "")))[:10]
        counts["keyword"] = dict(top)
        counts["keyword_names"] = {slug: index.keyword_names[slug] for slug, _n in top}
        return counts

    @cached_property
    def facets(self) -> list[Facet]:
        if self._facets is None:
            self._facets = [
                self._facet("theme", _("Thema"), [(t.slug, t.name) for t in self.themes]),
                self._facet("type", _("Soort"), list(ResourceType.choices)),
                self._facet("audience", _("Doelgroep"), [(a.slug, a.name) for a in self.audiences]),
                self._facet("dimension", _("Dimensie"), list(Dimension.choices)),
                self._facet("evidence", _("Onderbouwing"), list(EvidenceLevel.choices)),
            ]
            counts = self.counts["keyword"]
            names = {**self.counts["keyword_names"]}
            keyword_values = list(counts)
            for slug in self.selected["keyword"]:
                if slug not in names:
                    names[slug] = slug
                    keyword_values.append(slug)
            self._facets.append(
                self._facet("keyword", _("Trefwoord"), [(s, names[s]) for s in keyword_values], counts=counts)
            )
        return self._facets

    def _facet(self, name, label, choices, counts=None) -> Facet:
        counts = self.counts[name] if counts is None else counts
        facet = Facet(name=name, label=label)
        for value, option_label in choices:
            count = counts.get(value, 0)
            selected = value in self.selected[name]
            if count == 0 and not selected:
                continue
            facet.options.append(
                FacetOption(
                    value=value,
                    label=str(option_label),
                    count=count,
                    selected=selected,
                    url=self.toggle_url(name, value),
                )
            )
        return facet

    # --- URLs ---------------------------------------------------------------------------------------------

    def query_items(self, **overrides) -> list[tuple[str, str]]:
        items = []
        for name in FACETS:
            for value in overrides.get(name, self.selected[name]):
                items.append((name, value))
        sort = overrides.get("sort", self.sort)
        if sort != "new":
            items.append(("sort", sort))
        return items

    def toggle_url(self, name: str, value: str) -> str:
        current = list(self.selected[name])
        if value in current:
            current.remove(value)
        else:
            current.append(value)
        return "?" + urlencode(self.query_items(**{name: current}))

    def page_url(self, number: int) -> str:
        items = self.query_items()
        if number > 1:
            items.append(("page", str(number)))
        return "?" + urlencode(items)

    @property
    def has_filters(self) -> bool:
        return any(self.selected[name] for name in FACETS)

    @property
    def active_filters(self) -> list[FacetOption]:
        return [o for f in self.facets for o in f.options if o.selected]

    @property
    def sort_options(self):
        return [
            ("new", _("Nieuwste eerst")),
            ("title", _("Titel (A-Z)")),
            ("short", _("Kortste eerst")),
            ("used", _("Meest gebruikt in de klas")),
        ]

    @property
    def pagination(self) -> dict | None:
        """Links for the pager (common.pagination)."""
        return page_links(self.page_obj, self.page_url)

    @cached_property
    def other_language_count(self) -> int:
        """In a language other than Dutch: how many live Dutch resources have no translation here yet."""
        from django.conf import settings

        if self.locale.language_code == settings.LANGUAGE_CODE:
            return 0
        source = self.index_page.get_translations().filter(locale__language_code=settings.LANGUAGE_CODE).first()
        if source is None:
            return 0
        self._dutch_index = source
        translated_keys = self.base_queryset().values("translation_key")
        dutch = ResourcePage.objects.live().public().child_of(source).exclude(translation_key__in=translated_keys)
        return dutch.count()

    @property
    def dutch_url(self) -> str:
        index = getattr(self, "_dutch_index", None)
        return index.url if index is not None else "/"
