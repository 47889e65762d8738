"""Admin registration for the shared taxonomy, and the kinds of search result core's own pages are."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.models import Audience, PartnerType, Theme, ThemePage
from core.search_facets import THEME
from search.registry import KindFacet, SearchKind


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name", "slug"]
    ordering = ["sort_order", "name"]


class AudienceViewSet(SnippetViewSet):
    model = Audience
    icon = "group"
    list_display = ["name", "slug", "kind", "locale"]
    list_filter = ["kind", "locale"]
    search_fields = ["name", "slug"]


class PartnerTypeViewSet(SnippetViewSet):
    model = PartnerType
    icon = "group"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name", "slug"]
    ordering = ["sort_order", "name"]


class TaxonomyGroup(SnippetViewSetGroup):
    items = (ThemeViewSet, AudienceViewSet, PartnerTypeViewSet)
    menu_icon = "tag"
    menu_label = _("Taxonomie")
    menu_name = "taxonomy"


register_snippet(TaxonomyGroup)


def _theme_page_themes(ids):
    return ThemePage.objects.filter(pk__in=ids).values_list("pk", "theme__slug")


@hooks.register("register_search_kinds")
def core_search_kinds():
    """Theme pages (filterable by their theme) and the information pages."""
    return [
        SearchKind(
            "themes",
            _("Thema's"),
            ("core.ThemePage", "core.ThemeIndexPage"),
            order=20,
            facets=(KindFacet(THEME, _theme_page_themes),),
        ),
        SearchKind("pages", _("Informatie"), ("core.StandardPage", "core.HomePage"), order=90),
    ]
