"""Which kinds of content the site search covers. Apps register their kinds with the
``register_search_kinds`` Wagtail hook, so the search app never imports them (and the forum and partner
guidance plug in when they exist)."""

from __future__ import annotations

from dataclasses import dataclass

from django.apps import apps
from wagtail import hooks


@dataclass(frozen=True)
class SearchKind:
    """A kind of result people can filter on: a key for the URL, a label, and the page models it covers."""

    key: str
    label: str
    models: tuple[str, ...]  # "app_label.ModelName"
    order: int = 50

    def model_classes(self):
        return [apps.get_model(name) for name in self.models]


def search_kinds() -> list[SearchKind]:
    kinds: dict[str, SearchKind] = {}
    for fn in hooks.get_hooks("register_search_kinds"):
        for kind in fn():
            kinds[kind.key] = kind
    return sorted(kinds.values(), key=lambda k: (k.order, k.key))
