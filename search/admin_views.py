"""What editors tune and read in the Wagtail admin: synonyms, and the content-gap report.

Promoted results use ``wagtail.contrib.search_promotions``' own admin. Editors and Moderators get the
permissions for all three in the data migration ``search/0002_editor_search_permissions``; superusers
always have them, and an administrator can grant them to other groups under Settings → Groups.
"""

from __future__ import annotations

from datetime import timedelta

import django_filters
from django import forms
from django.conf import settings
from django.db.models import Case, IntegerField, Max, OuterRef, Subquery, Sum, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, NumberColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import SnippetViewSet

from common.spreadsheets import spreadsheet_safe
from search.models import SearchQueryLog, Synonym

# --- Synonyms ----------------------------------------------------------------------------------------------

SYNONYM_HELP = _(
    "Woorden of woordgroepen met dezelfde betekenis, gescheiden door komma's, bijvoorbeeld "
    "“ondermijning, georganiseerde criminaliteit”. Wie op een ervan zoekt, vindt ook pagina's met de andere."
)


class SynonymForm(WagtailAdminModelForm):
    """At least two different terms, written back tidily: "a ,b,, a" becomes "a, b"."""

    def clean_terms(self):
        terms: list[str] = []
        for raw in self.cleaned_data["terms"].replace("\n", ",").split(","):
            term = " ".join(raw.split())
            if term and term.lower() not in {t.lower() for t in terms}:
                terms.append(term)
        if len(terms) < 2:
            raise forms.ValidationError(
                _("Geef minstens twee verschillende woorden of woordgroepen, gescheiden door een komma.")
            )
        return ", ".join(terms)


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "list-ul"
    menu_label = _("Synoniemen")
    menu_name = "synonyms"
    menu_order = 290
    add_to_admin_menu = True
    list_display = ["terms"]
    search_fields = ["terms"]
    search_backend_name = None  # not in the search index: search the list with the database
    ordering = ["terms"]
    copy_view_enabled = False
    inspect_view_enabled = False
    edit_handler = ObjectList(
        [FieldPanel("terms", help_text=SYNONYM_HELP, widget=forms.Textarea(attrs={"rows": 3}))],
        base_form_class=SynonymForm,
    )


# --- Content gaps ------------------------------------------------------------------------------------------

PERIOD_DAYS = 30
LOG_PERMISSION = "search.view_searchquerylog"


def can_view_content_gaps(user) -> bool:
    """Superusers, and groups granted the log's view permission (Editors and Moderators, by migration)."""
    return bool(user and user.is_active and user.has_perm(LOG_PERMISSION))


def period_start():
    """The first day counted: the last 30 days including today."""
    return timezone.localdate() - timedelta(days=PERIOD_DAYS - 1)


def content_gap_rows():
    """One row per query and language over the period, the ones whose last search found nothing first."""
    recent = SearchQueryLog.objects.filter(date__gte=period_start())
    latest = recent.filter(query=OuterRef("query"), language=OuterRef("language")).order_by("-date")
    return (
        recent.values("query", "language")
        .annotate(
            total_searches=Sum("searches"),
            total_zero_results=Sum("zero_results"),
            last_searched=Max("date"),
            latest_result_count=Subquery(latest.values("last_result_count")[:1], output_field=IntegerField()),
        )
        .annotate(
            found_nothing=Case(
                When(latest_result_count=0, then=Value(1)), default=Value(0), output_field=IntegerField()
            )
        )
    )


class LanguageColumn(Column):
    def get_value(self, instance):
        code = super().get_value(instance)
        return dict(settings.WAGTAIL_CONTENT_LANGUAGES).get(code, code)


class ContentGapFilterSet(WagtailFilterSet):
    language = django_filters.ChoiceFilter(
        label=_("Taal"),
        choices=settings.WAGTAIL_CONTENT_LANGUAGES,
        empty_label=_("Alle talen"),
        widget=forms.RadioSelect,
    )
    found_nothing = django_filters.ChoiceFilter(
        label=_("Laatste zoekopdracht"),
        choices=[("1", _("Vond niets")), ("0", _("Vond iets"))],
        empty_label=_("Alles"),
        widget=forms.RadioSelect,
    )

    class Meta:
        model = SearchQueryLog
        fields = []


class ContentGapReportView(ReportView):
    """What people searched for in the last 30 days, the searches that found nothing on top: the content gaps."""

    page_title = _("Zoekopdrachten zonder resultaat")
    header_icon = "search"
    template_name = "search/admin/content_gaps.html"
    index_url_name = "search_content_gaps"
    index_results_url_name = "search_content_gaps_results"
    filterset_class = ContentGapFilterSet
    permission_policy = ModelPermissionPolicy(SearchQueryLog)
    permission_required = "view"
    paginate_by = 50
    default_ordering = ("-found_nothing", "-total_zero_results", "-total_searches", "query")
    columns = [
        Column("query", label=_("Zoekopdracht"), sort_key="query"),
        LanguageColumn("language", label=_("Taal"), sort_key="language"),
        NumberColumn("total_searches", label=_("Keer gezocht"), sort_key="total_searches"),
        NumberColumn("total_zero_results", label=_("Keer zonder resultaat"), sort_key="total_zero_results"),
        NumberColumn("latest_result_count", label=_("Resultaten (laatste keer)"), sort_key="latest_result_count"),
        Column("last_searched", label=_("Laatst gezocht"), sort_key="last_searched"),
    ]
    list_export = [
        "query",
        "language",
        "total_searches",
        "total_zero_results",
        "latest_result_count",
        "last_searched",
    ]
    export_headings = {
        "query": _("Zoekopdracht"),
        "language": _("Taal"),
        "total_searches": _("Keer gezocht"),
        "total_zero_results": _("Keer zonder resultaat"),
        "latest_result_count": _("Resultaten (laatste keer)"),
        "last_searched": _("Laatst gezocht"),
    }
    custom_field_preprocess = {
        "query": {
            ReportView.FORMAT_CSV: spreadsheet_safe,
            ReportView.FORMAT_XLSX: spreadsheet_safe,
        }
    }

    @property
    def no_results_message(self):
        if self.is_filtering:
            return _("Geen zoekopdrachten die bij dit filter passen.")
        return _("In de afgelopen %(days)s dagen is er niet gezocht.") % {"days": PERIOD_DAYS}

    def get_filename(self):
        return f"zoekopdrachten-zonder-resultaat-{timezone.localdate():%Y-%m-%d}"

    def get_base_queryset(self):
        return content_gap_rows()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["period_start"] = period_start()
        context["period_days"] = PERIOD_DAYS
        return context
