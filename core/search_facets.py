"""The shared taxonomy as search facets: every kind whose pages carry themes or audiences offers these, so one
theme filter narrows library items, theme pages and (later) forum threads and partner pages alike."""

from django.utils.translation import gettext_lazy as _

from core.caching import cached
from core.models import Audience, Theme
from search.registry import SearchFacet


def _theme_options(locale, request=None):
    """Cached for the content generation (a theme saved or deleted bumps it: core.signals)."""
    return cached(
        f"search-options:theme:{locale.pk}",
        lambda: list(Theme.objects.filter(locale=locale).order_by("sort_order", "name").values_list("slug", "name")),
        request=request,
    )


def _audience_options(locale, request=None):
    return cached(
        f"search-options:audience:{locale.pk}",
        lambda: list(
            Audience.objects.filter(locale=locale).order_by("kind", "sort_order", "name").values_list("slug", "name")
        ),
        request=request,
    )


THEME = SearchFacet("theme", _("Thema"), _theme_options, order=20)
AUDIENCE = SearchFacet("audience", _("Doelgroep"), _audience_options, order=30)
