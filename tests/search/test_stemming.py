"""Dutch word forms: pure functions, no database."""

import pytest

from common.stemming import forms, index_text, query_groups, words
from search.highlight import highlight


def found(query, text, language="nl"):
    indexed = set(index_text(text, language=language).split())
    return all(group & indexed for group in query_groups(query, language))


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("wapens", "Een les over het wapen in de tas"),
        ("wapen", "Wapens op school"),
        ("scholen", "Wat kan de school doen?"),
        ("school", "Voor alle scholen"),
        ("radicaliseren", "Signalen van radicalisering"),
        ("financiele", "Financiële uitbuiting"),
        ("financiële", "financiele problemen"),
        ("thuiszitters", "Een thuiszitter terug naar school"),
        ("loverboys", "De loverboy-methode"),
        ("messen", "Een mes in de klas"),
        ("drill", "Drillmuziek en drill"),
    ],
)
def test_dutch_word_forms_find_each_other(query, text):
    assert found(query, text)


@pytest.mark.parametrize(("query", "text"), [("wapens", "Welzijn op school"), ("school", "Verzuim thuis")])
def test_unrelated_words_do_not_match(query, text):
    assert not found(query, text)


def test_english_is_stemmed_as_english():
    assert found("weapons", "A lesson about a weapon", language="en")
    assert found("schools", "What the school can do", language="en")


@pytest.mark.parametrize("raw", ['"', " ", "   ", '"OR"', "AND NOT", "\x00", "<script>", "-- ;", "*", "(", "ü" * 3000])
def test_odd_input_gives_plain_words_only(raw):
    groups = query_groups(raw)
    for group in groups:
        for form in group:
            assert form.isalnum()
            assert len(form) <= 40


def test_stop_words_are_dropped_unless_nothing_else_is_left():
    assert query_groups("de wapens") == query_groups("wapens")
    assert query_groups("de") == [frozenset({"de"})]


def test_words_fold_accents_and_drop_punctuation():
    assert words("Financiële 'uitbuiting', één!") == ["financiele", "uitbuiting", "een"]
    assert "wapen" in forms("wapens")


def test_highlight_marks_matching_forms_and_escapes_the_rest():
    html = highlight("<b>Wapen</b> & scholen", query_groups("wapens school"))
    assert html == "&lt;b&gt;<mark>Wapen</mark>&lt;/b&gt; &amp; <mark>scholen</mark>"


def test_highlight_cuts_long_text_around_the_first_match():
    text = " ".join(["woord"] * 100 + ["wapen"] + ["woord"] * 100)
    html = highlight(text, query_groups("wapens"), max_words=20)
    assert "<mark>wapen</mark>" in html
    assert html.startswith("… ") and html.endswith(" …")
    assert len(html.split()) < 30
