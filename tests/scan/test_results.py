"""``scan.results`` is pure: a frozen definition and plain answers in, a page's results out, no database.

The first tests have no database (pytest-django refuses any query there); the pages that show the results are
tested in test_flows.py, and at the end of this file for what a coordinator reads aloud: reasons as sentences, a
hidden item that says how many answered, counts per level only from five levels (issue 12, decision 0006).
"""

import ast
import html
import re
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import translation

from scan import anonymity, results
from scan.definition import Definition
from scan.templatetags import scan_tags

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


def test_a_thin_item_keeps_how_many_answered_it_but_no_numbers():
    answers, roles = _team([{"a": 1, "b": 2}, {"a": 2, "b": 3}, {"a": 1, "b": None}, {"a": 3}])
    built = results.build(definition=Definition(DATA, "nl"), answers=answers, roles_by_respondent=roles)
    row = {row.item.key: row for row in built.items}["b"]
    assert row.too_few and row.stats.n_answered == 0 and row.stats.mean is None  # out of every number
    assert (row.n_answered, row.n_unknown, row.n_respondents) == (2, 1, 3)  # but not a zero
    assert not row.distribution_shown
    part = built.parts[0]
    assert part.stats.n_answered == 4  # the part's mean is over item a only


def test_counts_per_level_only_from_five_levels():
    assert anonymity.MIN_DISTRIBUTION == 5
    assert not anonymity.distribution_visible(4) and anonymity.distribution_visible(5)
    four = [{"a": level, "b": level} for level in (1, 2, 2, 4)] + [{"a": None, "b": 3}]
    built = results.build(definition=Definition(DATA, "nl"), answers=_team(four)[0])
    by_key = {row.item.key: row for row in built.items}
    assert by_key["a"].n_answered == 4 and not by_key["a"].distribution_shown
    assert by_key["b"].n_answered == 5 and by_key["b"].distribution_shown
    assert built.distribution_floor == 5 and built.item_floor == 3


def test_a_statement_is_quoted_without_its_full_stop():
    assert scan_tags.quoted("Collega's durven een gesprek te beginnen over een vermoeden. ") == (
        "Collega's durven een gesprek te beginnen over een vermoeden"
    )
    assert scan_tags.quoted("Wie doet wat?") == "Wie doet wat?"


@pytest.fixture
def dutch():
    with translation.override("nl"):
        yield


def test_a_reason_says_how_the_team_scored_in_numbers_and_words_and_for_whom_it_is(dutch):
    training = type("Page", (), {"resource_type": "training"})()
    text = scan_tags.reason_text(
        kind="resource",
        target=training,
        statement="Collega's herkennen signalen.",
        mean=5 / 3,
        threshold=3.0,
        scale=4,
        individual=False,
    )
    assert text == (
        "Jullie team gaf “Collega's herkennen signalen” gemiddeld 1,7 van 4, dat is laag; "
        "deze training is bedoeld voor teams onder niveau 3."
    )
    text = scan_tags.reason_text(
        kind="partner",
        target=None,
        statement="Wij weten wat te doen.",
        mean=2.0,
        threshold=2.5,
        scale=5,
        individual=True,
    )
    assert text == (
        "Je gaf “Wij weten wat te doen” niveau 2 van 5, dat is laag; "
        "deze partner erbij halen is aan te raden onder niveau 2,5."
    )


def test_mean_and_spread_in_words(dutch):
    assert [scan_tags.mean_words(mean, 4) for mean in (1.0, 1.9, 2.0, 2.9, 3.0, 4.0)] == [
        "laag",
        "laag",
        "middelmatig",
        "middelmatig",
        "hoog",
        "hoog",
    ]
    assert scan_tags.spread_words(0.0) == "het team is het grotendeels eens"
    assert scan_tags.spread_words(0.5) == "de meningen lopen uiteen"
    assert scan_tags.spread_words(1.0) == "de meningen lopen sterk uiteen"
    assert scan_tags.withheld_text(2, 1, floor=3) == (
        "2 collega's gaven een niveau en 1 koos “weet ik niet”. Cijfers tonen we vanaf 3 collega's met een niveau, "
        "zodat niemand te herkennen is."
    )
    assert scan_tags.answered_text(1, 0) == "1 collega gaf een niveau"


# --- the pages: what a coordinator reads aloud --------------------------------------------------------------


def _closed_round(scan_page, school, coordinator, rows):
    """A round of ``rows`` (one dict of item name to level or None per colleague), answered and closed."""
    from scan import services
    from tests.scan.conftest import item_key

    round_ = services.round_open(school=school, scan=scan_page, parts=[], opened_by=coordinator)
    for row in rows:
        respondent, _key = services.respondent_start(round_=round_)
        services.answers_save(respondent=respondent, values={item_key(name): value for name, value in row.items()})
    return services.round_close(round_=round_, user=coordinator)


def _text(page: str) -> str:
    """The page as the words a reader gets: tags out, entities resolved, white space collapsed."""
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _row(page: str, statement: str) -> str:
    start = page.index(statement, page.index('id="items-title"'))
    return _text(page[start : page.index("</tr>", start)])


@pytest.mark.django_db
def test_the_results_page_gives_each_reason_as_a_sentence(client, scan_page, school, coordinator):
    round_ = _closed_round(
        scan_page,
        school,
        coordinator,
        [
            {"signalen": 1, "cijfers": 3, "handelen": 4},
            {"signalen": 2, "cijfers": 4, "handelen": 3},
            {"signalen": 2, "cijfers": 3, "handelen": 3},
        ],
    )
    client.force_login(coordinator)
    page = client.get(reverse("scan:results", kwargs={"round_id": round_.pk})).content.decode()
    text = _text(page)
    assert (
        "Jullie team gaf “Wij herkennen signalen van ronselen” gemiddeld 1,7 van 4, dat is laag; "
        "deze training is bedoeld voor teams onder niveau 3." in text
    )
    assert (
        "Jullie team gaf “Wij herkennen signalen van ronselen” gemiddeld 1,7 van 4, dat is laag; "
        "deze partner erbij halen is aan te raden voor teams onder niveau 2,5." in text
    )
    assert ".:" not in text and ".”" not in text and "': " not in text  # no "'…vermoeden.': 1,0, onder 3,0"
    # the print view (the PDF's source) says the same
    printed = _text(client.get(reverse("scan:plan_print", kwargs={"round_id": round_.pk})).content.decode())
    assert "deze training is bedoeld voor teams onder niveau 3." in printed


@pytest.mark.django_db
def test_several_knelpunten_under_one_threshold_are_said_once_with_a_line_each(client, scan_page, school, coordinator):
    round_ = _closed_round(
        scan_page,
        school,
        coordinator,
        [{"signalen": 1, "cijfers": 2}, {"signalen": 2, "cijfers": 2}, {"signalen": 2, "cijfers": 3}],
    )
    client.force_login(coordinator)
    text = _text(client.get(reverse("scan:results", kwargs={"round_id": round_.pk})).content.decode())
    assert (
        "Deze training is bedoeld voor teams onder niveau 3. Jullie team scoorde daaronder op 2 knelpunten: "
        "“Wij herkennen signalen van ronselen”: gemiddeld 1,7 van 4, laag "
        "“Wij kennen de cijfers over veiligheid”: gemiddeld 2,3 van 4, middelmatig" in text
    )


@pytest.mark.django_db
def test_a_hidden_item_says_how_many_answered_and_why_it_has_no_figures(client, scan_page, school, coordinator):
    round_ = _closed_round(
        scan_page,
        school,
        coordinator,
        [
            {"signalen": 1, "cijfers": 4, "handelen": 4},
            {"signalen": 2, "cijfers": 3, "handelen": 3},
            {"signalen": 4, "cijfers": None, "handelen": 2},
        ],
    )
    client.force_login(coordinator)
    page = client.get(reverse("scan:results", kwargs={"round_id": round_.pk})).content.decode()
    row = _row(page, "2. Wij kennen de cijfers over veiligheid.")
    # not "Antwoorden 0 / Weet ik niet 0": the two levels and the "weet ik niet" are counted, the levels not shown
    assert re.search(r"te weinig antwoorden 2 1 ", row), row
    assert (
        "2 collega's gaven een niveau en 1 koos “weet ik niet”. Cijfers tonen we vanaf 3 collega's met een "
        "niveau, zodat niemand te herkennen is." in row
    )
    assert "3,5" not in row and "× niveau" not in row


@pytest.mark.django_db
def test_counts_per_level_show_from_five_levels_and_the_page_says_so(client, scan_page, school, coordinator):
    levels = [1, 2, 2, 4, 3]
    round_ = _closed_round(
        scan_page,
        school,
        coordinator,
        # signalen: five levels; cijfers: four levels and a "weet ik niet"
        [{"signalen": level, "cijfers": cijfers} for level, cijfers in zip(levels, [1, 2, 2, 3, None], strict=True)],
    )
    client.force_login(coordinator)
    page = client.get(reverse("scan:results", kwargs={"round_id": round_.pk})).content.decode()
    assert "daaronder alleen het gemiddelde en de spreiding in woorden" in _text(page)  # the rule, on the page
    signalen = _row(page, "1. Wij herkennen signalen van ronselen.")
    assert "1× niveau 1, 2× niveau 2, 1× niveau 3, 1× niveau 4" in signalen and "distribution" in page
    cijfers = _row(page, "2. Wij kennen de cijfers over veiligheid.")
    assert "2,0 middelmatig 4 1 " in cijfers  # the mean, four levels, one "weet ik niet"
    assert "× niveau" not in cijfers and "niet getoond: minder dan 5 antwoorden met een niveau" in cijfers
    assert "De meningen lopen uiteen" in cijfers  # the spread in words, no standard deviation
    cell = page[page.index("2. Wij kennen de cijfers over veiligheid.", page.index('id="items-title"')) :]
    assert "<svg" not in cell[: cell.index("</tr>")]


@pytest.mark.django_db
def test_the_quick_scan_leads_with_the_summary_and_says_why_in_sentences(client, scan_page):
    from tests.scan.conftest import item_key

    url = reverse("scan:quick", kwargs={"scan_id": scan_page.pk})
    response = client.post(url, {item_key("signalen"): "1", item_key("cijfers"): "unknown", item_key("handelen"): "2"})
    page = response.content.decode()
    text = _text(page)
    assert "Je resultaat: Testscan" in text and "Je beantwoordde 3 vragen." in text
    assert (
        "Je gaf “Wij herkennen signalen van ronselen” niveau 1 van 4, dat is laag; "
        "deze training is bedoeld voor wie onder niveau 3 scoort." in text
    )
    # the summary and what to do before the folded table of every question and the folded form
    assert page.index('id="knelpunten-title"') < page.index('id="suggestions-title"') < page.index("<details")
    assert page.count('<details class="results-details">') == 2
    form = page.index('<form method="post"')
    assert page.rindex("<details", 0, form) > page.index('id="quick-edit-title"')


@pytest.mark.django_db
def test_a_part_made_of_one_small_item_gives_its_spread_in_words_only(client, scan_page, school, coordinator):
    """Three colleagues answer 1, 2 and 4 on the only rated item of a part: its spread as a number (1,2) would
    give the three answers away, through the part's row as much as through the item's."""
    round_ = _closed_round(
        scan_page,
        school,
        coordinator,
        [{"signalen": level, "cijfers": None, "handelen": 3} for level in (1, 2, 4)],
    )
    client.force_login(coordinator)
    page = client.get(reverse("scan:results", kwargs={"round_id": round_.pk})).content.decode()
    table = page[page.index("<caption>Gemiddelde per deel</caption>") :]
    start = table.index("Bewustwording")
    row = _text(table[start : table.index("</tr>", start)])
    assert "2,3" in row  # the mean may be shown (from three answers, as on the item)
    assert "1,2" not in row and "sterk verschillend" in row  # the spread in words only
