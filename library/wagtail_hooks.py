"""Library hooks: what the library contributes to theme pages."""

from django.db.models import Prefetch
from django.utils.translation import gettext as _
from wagtail import hooks

from library.models import LibraryIndexPage, ResourcePage, ResourceTheme


@hooks.register("theme_page_sections")
def library_section(theme_page, request):
    """The newest library items on this theme, in the theme page's language, with a link to all of them."""
    resources = (
        ResourcePage.objects.live()
        .public()
        .filter(locale_id=theme_page.locale_id, pk__in=ResourceTheme.objects.filter(theme_id=theme_page.theme_id).values("page_id"))
        .order_by("-first_published_at", "pk")
    )
    index = LibraryIndexPage.objects.live().filter(locale_id=theme_page.locale_id).first()
    more_url = f"{index.get_url(request=request)}?theme={theme_page.theme.slug}" if index else ""
    return {
        "title": _("Uit de bibliotheek"),
        "template": "library/theme_section.html",
        "resources": list(
            resources.prefetch_related(Prefetch("theme_links", queryset=ResourceTheme.objects.select_related("theme")))[:6]
        ),
        "total": resources.count(),
        "more_url": more_url,
    }
