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
from django.utils.text import slugify
from django.utils.translation import gettext as _

from common.spreadsheets import spreadsheet_safe
from scan.results import Results

PDF = "application/pdf"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

PLAN_COLUMN_WIDTHS = (40, 40, 32, 22, 22, 20, 12, 12, 40, 12)


@dataclass(frozen=True)
class Export:
    """A file to download."""

    content: bytes
    content_type: str
    filename: str

    @property
    def content_disposition(self) -> str:
        return f'attachment; filename="{self.filename}"'


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
    for column, width in zip("ABCDEFGHIJ", PLAN_COLUMN_WIDTHS, strict=True):
        sheet.column_dimensions[column].width = width
    results_sheet = workbook.create_sheet(_("Resultaten")[:31])
    results_sheet.append(
        [_("Deel"), _("Knelpunt"), _("Gemiddelde"), _("Antwoorden"), _("Weet ik niet"), _("Spreiding")]
    )
    for cell in results_sheet[1]:
        cell.font = Font(bold=True)
    if results.enough:
        for part in results.parts:
            for row in part.items:
                stats = row.stats
                results_sheet.append(
                    [
                        spreadsheet_safe(part.part.title),
                        spreadsheet_safe(f"{row.item.number}. {row.item.statement}"),
                        round(stats.mean, 2) if stats.mean is not None else None,
                        stats.n_answered,
                        stats.n_unknown,
                        round(stats.sd, 2) if stats.sd is not None else None,
                    ]
                )
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
