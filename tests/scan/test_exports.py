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
    assert [cell.value for cell in plan[1]][:3] == ["Actie", "Soort", "Knelpunten"]
    assert all(cell.font.bold for cell in plan[1])
    row = [cell.value for cell in plan[2]]
    assert row[0] == '\'=HYPERLINK("x")' and row[2] == "1. Signalen" and row[3] == "'+training" and row[6] == "'@team"
    assert row[1] == "Goede praktijk"
    assert row[8].date() == date(2027, 3, 1) and row[10] == "Gepland"
    assert plan["I2"].number_format == "d mmmm yyyy"  # a real date, shown as "1 maart 2027"
    assert plan.column_dimensions["A"].width == 40 and plan.column_dimensions["K"].width == 12
    # three colleagues: the mean and the spread in words, no counts per level (they come from five levels)
    few = "Verdeling per niveau vanaf 5 antwoorden met een niveau; daaronder de spreiding in woorden."
    agree = "Het team is het grotendeels eens"
    assert [[cell.value for cell in line] for line in team.iter_rows(min_row=2)] == [
        ["Bewustwording", "1. Signalen", 1.0, 3, 0, None, agree, None, None, None, None, few],
        ["Bewustwording", "2. Cijfers", 2.0, 3, 0, None, agree, None, None, None, None, few],
        ["Bekwaamheid", "3. Handelen", 3.0, 3, 0, None, agree, None, None, None, None, few],
    ]


def _team_sheet(rows):
    content = exports.plan_workbook(actions=[], results=_results(rows))
    team = load_workbook(io.BytesIO(content)).worksheets[1]
    header = [cell.value for cell in team[1]]
    return header, {line[1].value: [cell.value for cell in line] for line in team.iter_rows(min_row=2)}


def test_a_hidden_item_in_the_workbook_says_how_many_answered_and_why():
    header, lines = _team_sheet([{"a": 1, "b": 2}, {"a": 2, "b": 3}, {"a": 1, "b": None}])
    assert header == [
        "Deel",
        "Knelpunt",
        "Gemiddelde",
        "Antwoorden",
        "Weet ik niet",
        "Spreiding",
        "Spreiding in woorden",
        "Niveau 1",
        "Niveau 2",
        "Niveau 3",
        "Niveau 4",
        "Toelichting",
    ]
    cijfers = lines["2. Cijfers"]
    assert cijfers[2:11] == [None, 2, 1, None, None, None, None, None, None]  # two levels, one "weet ik niet"
    assert cijfers[11] == (
        "2 collega's gaven een niveau en 1 koos “weet ik niet”. Cijfers tonen we vanaf 3 collega's met een "
        "niveau, zodat niemand te herkennen is."
    )


def test_counts_per_level_in_the_workbook_only_from_five_levels():
    rows = [{"a": level, "b": level} for level in (1, 2, 2, 4)] + [{"a": None, "b": 3}]
    _header, lines = _team_sheet(rows)
    four, five = lines["1. Signalen"], lines["2. Cijfers"]
    assert four[3:5] == [4, 1] and four[5] is None and four[7:11] == [None] * 4
    assert four[6] == "De meningen lopen sterk uiteen" and four[11].startswith("Verdeling per niveau vanaf 5")
    assert five[3:5] == [5, 0] and five[5] == 1.02 and five[7:11] == [1, 2, 1, 1] and five[11] is None


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
