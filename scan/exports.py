"""The plan van aanpak as files: a PDF (WeasyPrint, from ``scan/plan_pdf.html``) and a spreadsheet (openpyxl).

The views find the round, its results and the plan's actions (the same context as the print view) and turn an
``Export`` into a download; the layout is here. Every text someone typed goes into the spreadsheet through
``common.spreadsheets.spreadsheet_safe``, so no cell starts a formula.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.text import capfirst, slugify
from django.utils.translation import gettext as _

from common.spreadsheets import spreadsheet_safe
from scan.results import Results
from scan.templatetags.scan_tags import few_levels_text, spread_words, withheld_text

PDF = "application/pdf"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

PLAN_COLUMN_WIDTHS = (40, 18, 40, 32, 22, 22, 20, 12, 12, 40, 12)


@dataclass(frozen=True)
class Export:
    """A file to download."""

    content: bytes
    content_type: str
    filename: str

    @property
    def content_disposition(self) -> str:
        return f'attachment; filename="{self.filename}"'


# Dates as real dates, shown the Dutch way ("10 januari 2027"; a spreadsheet program names the months in its own
# language), as the plan page and the PDF show them.
DATE_FORMAT = "d mmmm yyyy"


def _kind_of_action(action) -> str:
    """ "Wettelijke plicht: <which>" or "Goede praktijk", as the plan page says it."""
    if not getattr(action, "legal_duty", False):
        return str(_("Goede praktijk"))
    label, notes = str(_("Wettelijke plicht")), getattr(action, "legal_notes", [])
    return f"{label}: {' '.join(notes)}" if notes else label


def plan_filename(*, school_name: str, title: str, extension: str, day: date | None = None) -> str:
    """``plan-van-aanpak-<school>-<scan>-<date>.<extension>``: what the download is called."""
    day = day or timezone.localdate()
    return f"plan-van-aanpak-{slugify(school_name)}-{slugify(title)}-{day:%Y-%m-%d}.{extension}"


def _filename(context: Mapping, extension: str) -> str:
    return plan_filename(
        school_name=context["school"].name, title=context["results"].definition.title, extension=extension
    )


def plan_pdf(context: Mapping, *, request=None, base_url: str | None = None) -> Export:
    """The plan and the results it comes from as a PDF, from the print view's ``context``.

    ``request`` (for the template's context processors) and ``base_url`` (for its static files and links) are the
    view's.
    """
    from weasyprint import HTML

    html = render_to_string("scan/plan_pdf.html", {**context, "for_pdf": True}, request=request)
    return Export(
        content=HTML(string=html, base_url=base_url).write_pdf(),
        content_type=PDF,
        filename=_filename(context, "pdf"),
    )


def plan_xlsx(context: Mapping) -> Export:
    """The plan's actions and the team's results per item as a spreadsheet, from the print view's ``context``."""
    return Export(
        content=plan_workbook(actions=context["actions"], results=context["results"]),
        content_type=XLSX,
        filename=_filename(context, "xlsx"),
    )


def plan_workbook(*, actions: Iterable, results: Results) -> bytes:
    """Two sheets: the actions (``action.items`` are the definition's items it is about) and the results.

    The results sheet has its header only while the results are not shown (``results.enough``).
    """
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Plan van aanpak")[:31]
    headers = [
        _("Actie"),
        _("Soort"),
        _("Knelpunten"),
        _("Training, interventie of materiaal"),
        _("Soort ketenpartner"),
        _("Partner"),
        _("Eigenaar"),
        _("Start"),
        _("Klaar op"),
        _("Succescriterium"),
        _("Status"),
    ]
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for action in actions:
        sheet.append(
            [
                spreadsheet_safe(action.title),
                spreadsheet_safe(_kind_of_action(action)),
                spreadsheet_safe("; ".join(f"{item.number}. {item.statement}" for item in action.items)),
                spreadsheet_safe(action.resource.title if action.resource else ""),
                spreadsheet_safe(action.partner_type.name if action.partner_type else ""),
                spreadsheet_safe(action.partner),
                spreadsheet_safe(action.owner),
                action.start_date,
                action.due_date,
                spreadsheet_safe(action.success_criterion),
                str(action.get_status_display()),
            ]
        )
    for row in sheet.iter_rows(min_row=2, min_col=8, max_col=9):
        for cell in row:
            cell.number_format = DATE_FORMAT
    for column, width in zip("ABCDEFGHIJK", PLAN_COLUMN_WIDTHS, strict=True):
        sheet.column_dimensions[column].width = width
    results_sheet(workbook.create_sheet(_("Resultaten")[:31]), results)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def results_sheet(sheet, results: Results) -> None:
    """The team's results per item, as the results page shows them (decision 0006).

    The header only, while the results are not shown (``results.enough``). A thin item keeps how many answered
    it (levels given, "weet ik niet") and says why it has no figures; an item with fewer levels than
    ``results.distribution_floor`` has its mean and its spread in words, but no counts per level and no spread as
    a number. The last column says which rule left a cell empty.
    """
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    levels = [_("Niveau %(level)s") % {"level": level} for level in range(1, results.scale + 1)]
    sheet.append(
        [
            _("Deel"),
            _("Knelpunt"),
            _("Gemiddelde"),
            _("Antwoorden"),
            _("Weet ik niet"),
            _("Spreiding"),
            _("Spreiding in woorden"),
            *levels,
            _("Toelichting"),
        ]
    )
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    if not results.enough:
        return
    for part in results.parts:
        for row in part.items:
            stats = row.stats
            line = [spreadsheet_safe(part.part.title), spreadsheet_safe(f"{row.item.number}. {row.item.statement}")]
            if row.too_few:
                note = withheld_text(row.n_answered, row.n_unknown, floor=results.item_floor)
                line += [None, row.n_answered, row.n_unknown, None, None, *[None] * results.scale, note]
            else:
                shown = row.distribution_shown
                line += [
                    round(stats.mean, 2) if stats.mean is not None else None,
                    row.n_answered,
                    row.n_unknown,
                    round(stats.sd, 2) if shown and stats.sd is not None else None,
                    capfirst(spread_words(stats.disagreement)) or None,
                    *(stats.distribution if shown else [None] * results.scale),
                    None if shown or not row.n_answered else few_levels_text(floor=results.distribution_floor),
                ]
            sheet.append(line)
    widths = [22, 60, 12, 12, 12, 11, 30, *[10] * results.scale, 60]
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    for cells in sheet.iter_rows(min_row=2):
        cells[-1].alignment = Alignment(wrap_text=True, vertical="top")
