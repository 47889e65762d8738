"""The search app as a plugin host: which kinds of content the site search covers, and what each brings.

Apps register their kinds with the ``register_search_kinds`` Wagtail hook (in their ``wagtail_hooks.py``), the
way Wagtail's own hooks make it a host. A kind brings everything the search needs from it:

- ``models``: the page models it covers (by "app_label.ModelName", so the search app imports no model);
- ``facets``: the filters its pages can be narrowed by, each with a function that gives the facet's values
  for a set of hits (one query per kind and facet, whatever the number of hits);
- ``template``: the card a hit of this kind is shown with;
- ``prepare`` (optional): given the shown hits of this kind (their own models, in order), fetch what the card
  needs for all of them at once (an image's rendition), so a results page costs the same whatever it shows.

The search app imports no other app of this project: a new kind (the forum, partner pages) plugs in
without it changing. Only ``common`` sits below it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass

from django.apps import apps
from wagtail import hooks

DEFAULT_CARD = "search/cards/page.html"


@dataclass(frozen=True)
class SearchFacet:
    """A filter people can narrow results by (a theme, an audience). Several kinds may offer the same facet:
    its options come from the facet, its values from each kind."""

    name: str  # the URL parameter
    label: str
    # (locale, request or None) -> (value, label), in display order; the request lets the options be cached for
    # the request's content generation.
    options: Callable[[object, object], Iterable[tuple[str, str]]]
    order: int = 50


@dataclass(frozen=True)
class KindFacet:
    """How one kind's pages carry a facet's values."""

    facet: SearchFacet
    values: Callable[[Collection[int]], Iterable[tuple[int, str]]]  # page ids -> (page id, value) rows


@dataclass(frozen=True)
class SearchKind:
    """A kind of result people can filter on: a key for the URL, a label, its page models, facets and card."""

    key: str
    label: str
    models: tuple[str, ...]  # "app_label.ModelName"
    order: int = 50
    facets: tuple[KindFacet, ...] = ()
    template: str = DEFAULT_CARD
    prepare: Callable[[list], None] | None = None

    def model_classes(self):
        return [apps.get_model(name) for name in self.models]


def search_kinds() -> list[SearchKind]:
    """Every registered kind, in display order; a later registration with the same key replaces an earlier one."""
    kinds: dict[str, SearchKind] = {}
    for fn in hooks.get_hooks("register_search_kinds"):
        for kind in fn():
            kinds[kind.key] = kind
    return sorted(kinds.values(), key=lambda k: (k.order, k.key))


def search_facets(kinds: Iterable[SearchKind]) -> list[SearchFacet]:
    """The facets the given kinds offer, each once (by name), in display order."""
    facets: dict[str, SearchFacet] = {}
    for kind in kinds:
        for kind_facet in kind.facets:
            facets.setdefault(kind_facet.facet.name, kind_facet.facet)
    return sorted(facets.values(), key=lambda f: (f.order, f.name))
