"""Long Dutch words in titles get soft hyphens where Dutch hyphenation allows a break, so a phone shows
"schoolveilig-heidsplan" and not "schoolveiligh" / "eidsplan"."""

from django.template import Context, Template
from django.utils import translation

from core.templatetags.typography import SOFT_HYPHEN, hyphenate_text


def test_a_long_dutch_compound_breaks_between_its_syllables():
    shown = hyphenate_text("Schoolveiligheidsplan", "nl")
    assert shown.replace(SOFT_HYPHEN, "") == "Schoolveiligheidsplan"
    assert shown.split(SOFT_HYPHEN)[0] == "School"  # a break where Dutch allows one, not at a fixed width
    assert "heids" + SOFT_HYPHEN + "plan" in shown


def test_short_words_numbers_and_punctuation_are_left_alone():
    assert hyphenate_text("Wat werkt in de klas? 2026", "nl") == "Wat werkt in de klas? 2026"
    assert hyphenate_text("ketenpartnersamenwerking:", "nl").endswith("king:")


def test_english_uses_english_rules_and_the_active_language_by_default():
    with translation.override("en"):
        shown = hyphenate_text("Multidisciplinary")
    assert SOFT_HYPHEN in shown and shown.replace(SOFT_HYPHEN, "") == "Multidisciplinary"


def test_the_filter_escapes_before_it_hyphenates():
    rendered = Template("{% load typography %}{{ title|hyphenate }}").render(
        Context({"title": "<script>alert(1)</script>Schoolveiligheidsplan"})
    )
    assert "<script>" not in rendered and "&lt;script&gt;" in rendered and SOFT_HYPHEN in rendered
