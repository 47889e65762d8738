"""The plan's spreadsheet layout and file names (scan/exports.py), without a database.

The downloads themselves (PDF and spreadsheet through the views) are tested in test_flows.py.
"""

import io
from datetime import date
from types import SimpleNamespace

from openpyxl import load_workbook

from scan import exports, results
from scan.definition import Definition
from tests.scan.test_results import DATA


def _action(**fields):
    values = {
        "title": "Basistraining",
        "items": [],
        "resource": None,
        "partner_type": None,
        "partner": "",
        "owner": "zorgcoördinator",
        "start_date": None,
        "due_date": None,
        "success_criterion": "",
        "get_status_display": lambda: "Gepland",
    }
    return SimpleNamespace(**{**values, **fields})


def _results(rows):
    answers = [(f"r{n}", key, value) for n, row in enumerate(rows) for key, value in row.items()]
    return results.build(definition=Definition(DATA, "nl"), answers=answers)


def test_the_workbook_has_the_plan_and_the_results_and_no_formulas():
    definition = Definition(DATA, "nl")
    action = _action(
        title='=HYPERLINK("x")',
        owner="@team",
        items=[definition.items["a"]],
        resource=SimpleNamespace(title="+training"),
        due_date=date(2027, 3, 1),
    )
    content = exports.plan_workbook(actions=[action], results=_results([{"a": 1, "b": 2, "c": 3}] * 3))
    book = load_workbook(io.BytesIO(content))
    plan, team = book.worksheets
    assert [cell.value for cell in plan[1]][:2] == ["Actie", "Knelpunten"] and all(cell.font.bold for cell in plan[1])
    row = [cell.value for cell in plan[2]]
    assert row[0] == '\'=HYPERLINK("x")' and row[1] == "1. Signalen" and row[2] == "'+training" and row[5] == "'@team"
    assert row[7].date() == date(2027, 3, 1) and row[9] == "Gepland"
    assert plan.column_dimensions["A"].width == 40 and plan.column_dimensions["J"].width == 12
    assert [[cell.value for cell in line] for line in team.iter_rows(min_row=2)] == [
        ["Bewustwording", "1. Signalen", 1.0, 3, 0, 0.0],
        ["Bewustwording", "2. Cijfers", 2.0, 3, 0, 0.0],
        ["Bekwaamheid", "3. Handelen", 3.0, 3, 0, 0.0],
    ]


def test_results_not_yet_shown_stay_out_of_the_workbook():
    content = exports.plan_workbook(actions=[], results=_results([{"a": 1, "b": 2, "c": 3}] * 2))
    plan, team = load_workbook(io.BytesIO(content)).worksheets
    assert plan.max_row == 1 and team.max_row == 1


def test_the_file_is_named_after_the_school_the_scan_and_the_day():
    name = exports.plan_filename(
        school_name="Het Dijkcollege", title="Weerbare school", extension="pdf", day=date(2026, 5, 4)
    )
    assert name == "plan-van-aanpak-het-dijkcollege-weerbare-school-2026-05-04.pdf"
    export = exports.Export(content=b"", content_type=exports.PDF, filename=name)
    assert export.content_disposition == f'attachment; filename="{name}"'
