"""How themes translate: a translated resource points at the translated theme, and filters count per language.

This is the risky part of the taxonomy (wagtail-localize ignores plain many-to-many fields), so it was
written before the listing. See docs/decisions/0002-themes-translate-through-link-models.md.
"""

import pytest

from core.models import Theme
from demo import builders
from library.models import ResourcePage


@pytest.fixture
def english_tree(tree, locales):
    nl, en = locales
    home_en = builders.translate_page(tree["home"], locale=en, strings={"WIJschool Community": "WIJschool Community"})
    library_en = builders.translate_page(tree["library"], locale=en, strings={"Bibliotheek": "Library"}, slug="library")
    return {"home": home_en, "library": library_en}


def test_translated_resource_points_at_translated_themes(english_tree, themes, make_resource, locales):
    nl, en = locales
    builders.translate_snippet(themes["jongeren-en-wapens"], locale=en, name="Young people and weapons")
    dutch = make_resource(title="Praten over messen", themes=[themes["jongeren-en-wapens"], themes["polarisatie"]])

    english = builders.translate_page(dutch, locale=en, strings={"Praten over messen": "Talking about knives"})

    english = ResourcePage.objects.get(pk=english.pk)
    assert english.locale == en
    assert english.title == "Talking about knives"
    linked = [link.theme for link in english.theme_links.all()]
    assert {t.locale_id for t in linked} == {en.pk}
    assert {t.slug for t in linked} == {"jongeren-en-wapens", "polarisatie"}
    assert "Young people and weapons" in {t.name for t in linked}
    # The theme that had no translation yet was translated along with the page (wagtail-localize does this).
    assert Theme.objects.filter(locale=en, slug="polarisatie").exists()
    # The Dutch page still points at the Dutch themes.
    dutch_links = [link.theme for link in ResourcePage.objects.get(pk=dutch.pk).theme_links.all()]
    assert {t.locale_id for t in dutch_links} == {nl.pk}


def test_filters_and_counts_work_in_both_languages(client, english_tree, themes, make_resource, locales):
    nl, en = locales
    builders.translate_snippet(themes["jongeren-en-wapens"], locale=en, name="Young people and weapons")
    wapens = make_resource(title="Messen in de klas", themes=[themes["jongeren-en-wapens"]])
    make_resource(title="Wij en zij", themes=[themes["polarisatie"]])
    builders.translate_page(wapens, locale=en, strings={"Messen in de klas": "Knives in the classroom"})

    dutch = client.get("/bibliotheek/?theme=jongeren-en-wapens")
    assert dutch.status_code == 200
    assert [r.title for r in dutch.context["page_obj"].object_list] == ["Messen in de klas"]
    dutch_theme_facet = dutch.context["listing"].facets[0]
    assert {(o.value, o.count) for o in dutch_theme_facet.options} == {("jongeren-en-wapens", 1), ("polarisatie", 1)}

    english = client.get("/en/library/?theme=jongeren-en-wapens")
    assert english.status_code == 200
    assert [r.title for r in english.context["page_obj"].object_list] == ["Knives in the classroom"]
    english_theme_facet = english.context["listing"].facets[0]
    # Only the English item counts, under the English theme name.
    assert [(o.label, o.count) for o in english_theme_facet.options] == [("Young people and weapons", 1)]
    assert b"Young people and weapons" in english.content
