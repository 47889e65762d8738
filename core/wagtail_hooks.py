"""Admin registration for the shared taxonomy."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.models import Audience, PartnerType, Theme


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
