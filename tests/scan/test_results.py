"""``scan.results`` is pure: a frozen definition and plain answers in, a page's results out, no database.

These tests have no database (pytest-django refuses any query here); the pages that show the results are
tested in test_flows.py.
"""

import ast
from pathlib import Path

from scan import results
from scan.definition import Definition

LEVELS = ["Nooit", "Soms", "Vaak", "Altijd"]


def _item(part):
    return {"part": part, "fingerprint": f"fp-{part}", "allow_unknown": True, "legal_duty": False}


def _texts(statement):
    return {
        "statement": statement,
        "question": "",
        "levels": LEVELS,
        "legal_note": "",
        "short_term": "",
        "long_term": "",
    }


DATA = {
    "scale": 4,
    "source_locale": "nl",
    "parts": ["p1", "p2"],
    "items": {"a": _item("p1"), "b": _item("p1"), "c": _item("p2")},
    "item_order": ["a", "b", "c"],
    "links": [
        {"item": "a", "kind": "resource", "key": "training", "below": 3.0},
        {"item": "b", "kind": "resource", "key": "training", "below": 3.0},
        {"item": "a", "kind": "partner", "key": "wijkagent", "below": 2.5},
        {"item": "c", "kind": "resource", "key": "gone", "below": 4.0},
    ],
    "locales": {
        "nl": {
            "title": "Testscan",
            "intro": "",
            "parts": {
                "p1": {"title": "Bewustwording", "description": "", "dimension": ""},
                "p2": {"title": "Bekwaamheid", "description": "", "dimension": ""},
            },
            "items": {"a": _texts("Signalen"), "b": _texts("Cijfers"), "c": _texts("Handelen")},
        }
    },
}


def _team(rows, roles=None):
    answers = [(f"r{n}", key, value) for n, row in enumerate(rows) for key, value in row.items()]
    return answers, roles or {f"r{n}": None for n in range(len(rows))}


def test_results_py_imports_no_django_models_or_database():
    tree = ast.parse(Path(results.__file__).read_text())
    modules = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    modules |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert modules <= {"__future__", "dataclasses", "collections.abc", "scan", "scan.definition"}, modules


def test_a_closed_round_of_three_shows_results_and_names_what_to_look_up():
    answers, roles = _team([{"a": 1, "b": 2, "c": 4}, {"a": 2, "b": 1, "c": 3}, {"a": 1, "b": 2, "c": None}])
    built = results.build(definition=Definition(DATA, "nl"), answers=answers, roles_by_respondent=roles)
    assert built.enough and not built.waiting and built.n_respondents == 3
    assert [row.item.key for row in built.knelpunten] == ["a", "b"]
    assert [row.item.key for row in built.items if row.too_few] == ["c"]  # two levels and a "weet ik niet"
    assert built.suggestions == []  # not looked up yet
    assert built.wanted_targets == {"resource": {"training"}, "partner": {"wijkagent"}}


def test_suggestions_are_the_recommendations_whose_target_is_live():
    answers, roles = _team([{"a": 1, "b": 2, "c": 4}, {"a": 2, "b": 1, "c": 3}, {"a": 1, "b": 2, "c": 3}])
    built = results.build(definition=Definition(DATA, "nl"), answers=answers, roles_by_respondent=roles)
    training, wijkagent = object(), object()
    shown = results.with_suggestions(
        built, targets={("resource", "training"): training, ("partner", "wijkagent"): wijkagent}
    )
    assert [(rec.kind, rec.key) for rec in built.recommendations] == [
        ("resource", "training"),
        ("partner", "wijkagent"),
        ("resource", "gone"),
    ]
    assert [(s.kind, s.key) for s in shown.suggestions] == [("resource", "training"), ("partner", "wijkagent")]
    assert shown.suggestions[0].target is training
    assert [item.key for item, _reason in shown.suggestions[0].reasons] == ["a", "b"]
    assert built.suggestions == []  # the first step is left as it was


def test_two_respondents_or_an_open_round_show_nothing_yet():
    answers, roles = _team([{"a": 1, "b": 2, "c": 4}, {"a": 2, "b": 1, "c": 3}])
    assert not results.build(definition=Definition(DATA, "nl"), answers=answers, roles_by_respondent=roles).enough
    answers, roles = _team([{"a": 1}] * 4)
    built = results.build(definition=Definition(DATA, "nl"), answers=answers, roles_by_respondent=roles, waiting=True)
    assert built.waiting and not built.enough


def test_an_item_two_colleagues_rated_is_thin_but_not_in_the_quick_scan():
    answers, roles = _team([{"a": 1, "b": 2}, {"a": 2, "b": None}, {"a": 1, "b": None}])
    built = results.build(definition=Definition(DATA, "nl"), answers=answers, roles_by_respondent=roles)
    row = {row.item.key: row for row in built.items}["b"]
    assert row.too_few and row.stats.n_answered == 0 and row.stats.mean is None
    alone = results.build(definition=Definition(DATA, "nl"), answers=[("me", "b", 2)], individual=True)
    assert alone.enough and not any(row.too_few for row in alone.items)
    assert {row.item.key: row for row in alone.items}["b"].stats.mean == 2.0


def test_a_role_is_shown_from_five_and_named_only_then():
    rows = [{"a": 1, "b": 2, "c": 3}] * 5 + [{"a": 2, "b": 3, "c": 4}] * 5 + [{"a": 4}]
    roles = {f"r{n}": "docent" if n < 5 else "mentor" if n < 10 else "leiding" for n in range(11)}
    answers, _roles = _team(rows)
    built = results.build(definition=Definition(DATA, "nl"), answers=answers, roles_by_respondent=roles)
    by_key = {row.item.key: row for row in built.items}
    # item a: leiding's one level is the remainder, so the smallest shown role (ties by name) is withheld too
    assert by_key["a"].roles["docent"].reason == "complement" and not by_key["a"].roles["mentor"].suppressed
    assert not by_key["b"].roles["mentor"].suppressed
    assert built.roles == ["docent", "mentor"]  # leiding is withheld everywhere: not even named


def test_the_change_since_a_previous_round_uses_the_same_floor():
    definition = Definition(DATA, "nl")
    before, _roles = _team([{"a": 1, "b": 1}, {"a": 1, "b": None}, {"a": 2, "b": None}])
    answers, roles = _team([{"a": 3, "b": 3}, {"a": 3, "b": 3}, {"a": 4, "b": 3}])
    built = results.build(
        definition=definition, answers=answers, roles_by_respondent=roles, previous=(definition, before)
    )
    change = {row.item.key: row.change for row in built.items}
    assert built.has_previous and change["a"].status == "compared" and change["a"].delta > 0
    assert change["b"].status == "insufficient"  # one colleague rated it last time: no starting point
