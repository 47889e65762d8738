"""The search app's admin: synonyms, the content-gap report, promoted results. (The kinds of content
it covers are registered by the apps that own them: see search.registry.)"""

# --- Editors' admin: synonyms, the content-gap report, promoted results ------------------------------------
from django.contrib.auth.models import Permission  # noqa: E402
from django.urls import path, reverse  # noqa: E402
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem  # noqa: E402
from wagtail.snippets.models import register_snippet  # noqa: E402

from search.admin_views import ContentGapReportView, SynonymViewSet, can_view_content_gaps  # noqa: E402

register_snippet(SynonymViewSet)


@hooks.register("register_admin_urls")
def content_gap_urls():
    return [
        path("reports/zoekopdrachten/", ContentGapReportView.as_view(), name="search_content_gaps"),
        path(
            "reports/zoekopdrachten/results/",
            ContentGapReportView.as_view(results_only=True),
            name="search_content_gaps_results",
        ),
    ]


class ContentGapMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_content_gaps(request.user)


@hooks.register("register_reports_menu_item")
def content_gap_menu_item():
    return ContentGapMenuItem(
        _("Zoekopdrachten zonder resultaat"),
        reverse("search_content_gaps"),
        name="search-content-gaps",
        icon_name="search",
        order=1290,
    )


@hooks.register("construct_reports_menu")
def hide_wagtail_search_terms_report(request, menu_items):
    """Wagtail's own "Search terms" report counts ``Query.add_hit()``, which this site does not call (the query
    log above replaces it), so it would always be empty."""
    menu_items[:] = [item for item in menu_items if item.name != "search-terms"]


@hooks.register("register_permissions")
def search_log_permission():
    """Lets an administrator give other groups the content-gap report (Settings → Groups)."""
    return Permission.objects.filter(content_type__app_label="search", codename="view_searchquerylog")
