"""Library hooks: what the library contributes to theme pages, the home page and the site search."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from core.caching import cached
from core.permissions import RefusedActionsPolicy
from core.search_facets import AUDIENCE, THEME
from library import member_data
from library.models import (
    ClassroomUse,
    EvidenceLevel,
    LibraryIndexPage,
    ResourceAudience,
    ResourcePage,
    ResourceTheme,
    ResourceType,
    cards_in_order,
    prepare_cards,
)
from search.registry import KindFacet, SearchFacet, SearchKind


@hooks.register("theme_page_sections")
def library_section(theme_page, request):
    """The newest library items on this theme, in the theme page's language, with a link to all of them.
    Which items and how many are cached for the current content generation (core.caching)."""

    def newest():
        resources = (
            ResourcePage.objects.live()
            .public()
            .filter(
                locale_id=theme_page.locale_id,
                pk__in=ResourceTheme.objects.filter(theme_id=theme_page.theme_id).values("page_id"),
            )
            .order_by("-first_published_at", "pk")
        )
        return {"ids": list(resources.values_list("pk", flat=True)[:6]), "total": resources.count()}

    found = cached(f"library-theme-section:{theme_page.pk}", newest, request=request)
    index = LibraryIndexPage.objects.live().filter(locale_id=theme_page.locale_id).first()
    more_url = f"{index.get_url(request=request)}?theme={theme_page.theme.slug}" if index else ""
    return {
        "title": _("Uit de bibliotheek"),
        "template": "library/theme_section.html",
        "resources": cards_in_order(found["ids"]),
        "total": found["total"],
        "more_url": more_url,
    }


@hooks.register("home_page_sections")
def library_home_section(home_page, request):
    """The ways into the library from the home page: by type, and the newest items (which ones, and which
    types this language has, cached for the current content generation)."""
    index = LibraryIndexPage.objects.live().filter(locale_id=home_page.locale_id).first()
    if index is None:
        return None
    base_url = index.get_url(request=request)

    def newest():
        live = ResourcePage.objects.live().child_of(index)
        return {
            "ids": list(live.public().order_by("-first_published_at", "pk").values_list("pk", flat=True)[:6]),
            # Only the types this language has items of, so no link leads to an empty list.
            "types": sorted(set(live.order_by().values_list("resource_type", flat=True).distinct())),
        }

    found = cached(f"library-home-section:{index.pk}", newest, request=request)
    present = set(found["types"])
    return {
        "title": _("Nieuw in de bibliotheek"),
        "template": "library/home_section.html",
        "resources": cards_in_order(found["ids"]),
        "types": [(label, f"{base_url}?type={value}") for value, label in ResourceType.choices if value in present],
        "library_url": base_url,
    }


def _resource_themes(ids):
    return ResourceTheme.objects.filter(page_id__in=ids).values_list("page_id", "theme__slug")


def _resource_audiences(ids):
    return ResourceAudience.objects.filter(page_id__in=ids).values_list("page_id", "audience__slug")


def _resource_types(ids):
    return ResourcePage.objects.filter(pk__in=ids).values_list("pk", "resource_type")


def _resource_evidence(ids):
    return ResourcePage.objects.filter(pk__in=ids).values_list("pk", "evidence")


RESOURCE_TYPE = SearchFacet(
    "type", gettext_lazy("Soort bron"), lambda locale, request=None: ResourceType.choices, order=40
)
EVIDENCE = SearchFacet(
    "evidence", gettext_lazy("Onderbouwing"), lambda locale, request=None: EvidenceLevel.choices, order=50
)


@hooks.register("register_search_kinds")
def library_search_kind():
    """Library items and the library itself, filterable by theme, audience and type, shown with their type."""
    return [
        SearchKind(
            "library",
            gettext_lazy("Bibliotheek"),
            ("library.ResourcePage", "library.LibraryIndexPage"),
            order=10,
            facets=(
                KindFacet(THEME, _resource_themes),
                KindFacet(AUDIENCE, _resource_audiences),
                KindFacet(RESOURCE_TYPE, _resource_types),
                KindFacet(EVIDENCE, _resource_evidence),
            ),
            template="library/search_card.html",
            prepare=prepare_cards,
        )
    ]


# --- "Gebruikt in de klas" in the admin: editors read every item's feedback, hide and restore comments ------


class ClassroomUseViewSet(ModelViewSet):
    model = ClassroomUse
    icon = "comment"
    menu_label = gettext_lazy("Gebruikt in de klas")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["page", "comment", "sector", "year_group", "state", "flag_count", "created_at"]
    list_filter = ["state", "sector", "hidden_by_flags"]
    search_fields = ["comment", "page__title"]
    ordering = ["-created_at"]
    form_fields = ["state"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "page",
        "comment",
        "sector",
        "year_group",
        "state",
        "hidden_by_flags",
        "flag_count",
        "created_at",
    ]
    copy_view_enabled = False

    def get_queryset(self, request):
        return ClassroomUse.objects.select_related("page")


# Members write their marks on the site; editors only change whether a comment shows (or delete it).
register_permission_policy(ClassroomUse, RefusedActionsPolicy(ClassroomUse, refused={"add"}), exact_class=True)


@hooks.register("register_admin_viewset")
def register_classroom_use_viewset():
    return ClassroomUseViewSet("library_classroom_use", url_prefix="bibliotheek/gebruikt-in-de-klas")


# What the library keeps about a member: their data download and the deletion of their account (core.member_data).
hooks.register("member_data", member_data.sections, order=15)
hooks.register("member_erase", member_data.erase, order=15)
