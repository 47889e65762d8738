"""The shared taxonomy as search facets: every kind whose pages carry themes or audiences offers these, so one
theme filter narrows library items, theme pages and (later) forum threads and partner pages alike."""

from django.utils.translation import gettext_lazy as _

from core.models import Audience, Theme
from search.registry import SearchFacet


def _theme_options(locale):
    return Theme.objects.filter(locale=locale).order_by("sort_order", "name").values_list("slug", "name")


def _audience_options(locale):
    return Audience.objects.filter(locale=locale).order_by("kind", "sort_order", "name").values_list("slug", "name")


THEME = SearchFacet("theme", _("Thema"), _theme_options, order=20)
AUDIENCE = SearchFacet("audience", _("Doelgroep"), _audience_options, order=30)
