"""The search app as a plugin host: which kinds of content the site search covers, and what each brings.

Apps register their kinds with the ``register_search_kinds`` Wagtail hook (in their ``wagtail_hooks.py``), the
way Wagtail's own hooks make it a host. A kind brings everything the search needs from it:

- ``models``: the models it covers (by "app_label.ModelName", so the search app imports no model);
- ``facets``: the filters its hits can be narrowed by, each with a function that gives the facet's values
  for a set of object ids (one query per kind and facet, whatever the number of objects);
- ``template``: the card a hit of this kind is shown with;
- ``prepare`` (optional): given the shown hits of this kind (their own models, in order), fetch what the card
  needs for all of them at once (an image's rendition), so a results page costs the same whatever it shows.

A kind covers Wagtail pages (the default: Wagtail's index machinery tells the search when a page changes) or
other objects, such as forum threads. A kind of objects also brings ``documents`` (what to index of them),
``queryset`` (which of them may be found at all) and, optionally, ``snippet`` (the text a hit's snippet is
cut from); its app calls ``update_documents`` whenever what the public sees of an object changed, and
``update_index`` rebuilds its documents with the pages' (decision 0013).

The search app imports no other app of this project: a new kind (the forum, partner pages) plugs in
without it changing. Only ``common`` sits below it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass

from django.apps import apps
from django.dispatch import Signal
from wagtail import hooks

DEFAULT_CARD = "search/cards/page.html"

# Sent by ``update_documents`` and ``rebuild_documents`` (with ``kind`` and ``ids``; ``kind``) and answered by the
# search app itself (search.signals writes the documents), so that this module, which every app imports, imports
# none of the search app's queries or models (the import contracts check that, transitively).
documents_update = Signal()
documents_rebuild = Signal()


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
    values: Callable[[Collection[int]], Iterable[tuple[int, str]]]  # object ids -> (object id, value) rows


@dataclass(frozen=True)
class Document:
    """What the search indexes of one object that is not a page, as its kind gives it (``SearchKind.documents``):
    plain text; the search turns it into word forms (common.stemming) in the object's language."""

    pk: int
    language: str  # "nl" or "en": the language it is written in, and the language it is found in
    title: str  # weighs most, and gives the suggestions
    lead: str = ""  # ranked second (a question, a summary)
    text: str = ""  # the rest it is found by (the replies)


@dataclass(frozen=True)
class SearchKind:
    """A kind of result people can filter on: a key for the URL, a label, its models, facets and card.

    For a kind of pages, ``models`` are page models and the rest of the fields below are left empty. For a kind
    of other objects, ``models`` is that one model and:

    - ``documents``: given object ids, the ``Document`` of each of them that may be found now (visible to
      everyone); an id it leaves out loses its document;
    - ``queryset``: the objects that may be found (``update_index`` rebuilds their documents, and hits are
      fetched from it, so an object that stopped being public is never shown even before its document goes);
    - ``snippet`` (optional): the text of a shown hit its snippet is cut from (after ``prepare``).
    """

    key: str
    label: str
    models: tuple[str, ...]  # "app_label.ModelName"
    order: int = 50
    facets: tuple[KindFacet, ...] = ()
    template: str = DEFAULT_CARD
    prepare: Callable[[list], None] | None = None
    documents: Callable[[Sequence[int]], Iterable[Document]] | None = None
    queryset: Callable[[], object] | None = None
    snippet: Callable[[object], str] | None = None

    def model_classes(self):
        return [apps.get_model(name) for name in self.models]

    @property
    def of_pages(self) -> bool:
        """Whether Wagtail's page index keeps this kind's documents (otherwise its app calls ``update_documents``)."""
        return self.documents is None


def search_kinds() -> list[SearchKind]:
    """Every registered kind, in display order; a later registration with the same key replaces an earlier one."""
    kinds: dict[str, SearchKind] = {}
    for fn in hooks.get_hooks("register_search_kinds"):
        for kind in fn():
            kinds[kind.key] = kind
    return sorted(kinds.values(), key=lambda k: (k.order, k.key))


def search_kind(key: str) -> SearchKind | None:
    return next((kind for kind in search_kinds() if kind.key == key), None)


def update_documents(key: str, ids: Iterable[int]) -> None:
    """Write or remove the search documents of these objects of the kind ``key`` (not pages): call it after what
    the public sees of them changed, once the transaction has committed. Each object that the kind's
    ``documents`` still gives gets its document rewritten; the others lose theirs."""
    kind = search_kind(key)
    if kind is None or kind.of_pages:
        raise LookupError(f"No search kind of objects registered as {key!r}")
    documents_update.send(sender=SearchKind, kind=kind, ids=list(ids))


def rebuild_documents(key: str | None = None) -> int:
    """Rewrite the documents of every findable object of the kind ``key`` (every kind of objects when None) and
    drop those of objects no longer findable; how many were written. ``update_index`` runs this too."""
    kinds = [kind for kind in search_kinds() if not kind.of_pages and key in (None, kind.key)]
    if key is not None and not kinds:
        raise LookupError(f"No search kind of objects registered as {key!r}")
    return sum(
        written or 0 for kind in kinds for _receiver, written in documents_rebuild.send(sender=SearchKind, kind=kind)
    )


def search_facets(kinds: Iterable[SearchKind]) -> list[SearchFacet]:
    """The facets the given kinds offer, each once (by name), in display order."""
    facets: dict[str, SearchFacet] = {}
    for kind in kinds:
        for kind_facet in kind.facets:
            facets.setdefault(kind_facet.facet.name, kind_facet.facet)
    return sorted(facets.values(), key=lambda f: (f.order, f.name))
