"""How themes translate: a translated resource points at the translated theme, and filters count per language.

This is the risky part of the taxonomy (wagtail-localize ignores plain many-to-many fields), so it was
written before the listing. See docs/decisions/0002-themes-translate-through-link-models.md.
"""

import html
import re

import pytest
from wagtail.models import Page

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


# --- The language switcher lands (issue 12, item 8) ------------------------------------------------------------

_SWITCH = re.compile(r'<nav class="lang-switch".*?</nav>', re.S)
_LINK = re.compile(r'<a href="([^"]*)" hreflang="([a-z]+)"')


def switcher(response) -> dict[str, str]:
    """The language switcher's links, per language, as the visitor's browser reads them."""
    nav = _SWITCH.search(response.content.decode())
    assert nav, "no language switcher on the page"
    return {code: html.unescape(href) for href, code in _LINK.findall(nav.group())}


def test_switching_on_a_filtered_library_keeps_the_filters_and_starts_at_page_one(
    client, english_tree, themes, make_resource
):
    wapens = make_resource(title="Messen in de klas", themes=[themes["jongeren-en-wapens"]], resource_type="knowledge")
    make_resource(title="Een les", themes=[themes["jongeren-en-wapens"]], resource_type="lesson")
    builders.translate_page(wapens, locale=english_tree["home"].locale, strings={"Messen in de klas": "Knives"})

    links = switcher(client.get("/bibliotheek/?theme=jongeren-en-wapens&type=knowledge&page=1&sort=title"))

    assert links["en"] == "/en/library/?theme=jongeren-en-wapens&type=knowledge&sort=title"
    assert links["nl"] == "/bibliotheek/?theme=jongeren-en-wapens&type=knowledge&sort=title"
    english = client.get(links["en"])
    assert [r.title for r in english.context["page_obj"].object_list] == ["Knives"]
    assert english.context["listing"].selected["theme"] == ["jongeren-en-wapens"]
    assert english.context["listing"].selected["type"] == ["knowledge"]


def test_a_theme_filter_follows_the_theme_where_its_english_slug_differs(
    client, english_tree, themes, make_resource, locales
):
    nl, en = locales
    english_theme = builders.translate_snippet(themes["jongeren-en-wapens"], locale=en, name="Young people and weapons")
    # The slug is synchronised on translation (decision 0002); an edit straight in the database can still differ.
    Theme.objects.filter(pk=english_theme.pk).update(slug="young-people-and-weapons")
    wapens = make_resource(title="Messen in de klas", themes=[themes["jongeren-en-wapens"], themes["polarisatie"]])
    builders.translate_page(wapens, locale=en, strings={"Messen in de klas": "Knives in the classroom"})

    links = switcher(client.get("/bibliotheek/?theme=jongeren-en-wapens&theme=polarisatie"))

    assert links["en"] == "/en/library/?theme=young-people-and-weapons&theme=polarisatie"
    english = client.get(links["en"])
    assert not english.context["listing"].notices  # both filters are known in English: none was dropped
    theme_facet = english.context["listing"].facets[0]
    assert {o.value for o in theme_facet.options if o.selected} == {"young-people-and-weapons", "polarisatie"}
    # And back: the English slug becomes the Dutch one again.
    back = switcher(english)
    assert back["nl"] == "/bibliotheek/?theme=jongeren-en-wapens&theme=polarisatie"


def test_switching_on_a_search_keeps_the_query_and_filters(client, tree):
    links = switcher(client.get("/zoeken/?q=wapens&theme=jongeren-en-wapens&page=2"))
    assert links["en"] == "/en/zoeken/?q=wapens&theme=jongeren-en-wapens"
    assert links["nl"] == "/zoeken/?q=wapens&theme=jongeren-en-wapens"
    assert switcher(client.get("/en/zoeken/?q=knife"))["nl"] == "/zoeken/?q=knife"


def test_switching_on_another_view_goes_to_the_same_view(client, tree):
    links = switcher(client.get("/account/login/?next=/scan/"))
    assert links["en"] == "/en/account/login/?next=%2Fscan%2F"


def test_an_untranslated_page_switches_to_a_notice_with_the_original_and_the_nearest_translated_parent(
    client, english_tree, make_resource
):
    dutch = make_resource(title="Alleen in het Nederlands")

    response = client.get(dutch.url)
    links = switcher(response)
    assert links["en"] == f"/en/niet-vertaald/{dutch.pk}/"
    # No hreflang alternate points at the notice: it is not a translation.
    assert "niet-vertaald" not in response.content.decode().split("</head>")[0]

    notice = client.get(links["en"])
    assert notice.status_code == 200
    assert notice["X-Robots-Tag"] == "noindex"
    body = notice.content.decode()
    assert '<html lang="en">' in body
    assert '<meta name="robots" content="noindex">' in body
    # The heading names the language the page is missing in ("This page is not available in English yet").
    assert re.search(r"<h1>[^<]*English[^<]*</h1>", body)
    assert f'<a href="{dutch.url}" hreflang="nl" lang="nl">Alleen in het Nederlands</a>' in body
    assert '<a href="/en/library/">Library</a>' in body
    # From the notice, the switcher leads back to the Dutch original.
    assert switcher(notice) == {"nl": dutch.url, "en": links["en"]}


def test_the_notice_names_the_nearest_translated_ancestor_not_just_the_home(client, tree, locales):
    nl, en = locales
    builders.translate_page(tree["home"], locale=en, strings={"WIJschool Community": "WIJschool Community"})
    # The library itself is not translated: the nearest translated parent is the English home.
    dutch = builders.resource(
        parent=tree["library"],
        slug="los",
        title="Los item",
        resource_type="lesson",
        summary="Kort.",
        themes=[],
        dimension="bewustwording",
    )
    notice = client.get(f"/en/niet-vertaald/{dutch.pk}/")
    assert notice.context["nearest"].locale == en
    assert notice.context["nearest"].translation_key == tree["home"].translation_key


def test_the_notice_redirects_once_the_translation_exists(client, english_tree, make_resource, locales):
    nl, en = locales
    dutch = make_resource(title="Straks vertaald")
    english = builders.translate_page(dutch, locale=en, strings={"Straks vertaald": "Translated soon"})
    response = client.get(f"/en/niet-vertaald/{dutch.pk}/")
    assert response.status_code == 302
    assert response["Location"] == english.url
    # In the page's own language the notice is not needed either.
    assert client.get(f"/niet-vertaald/{dutch.pk}/")["Location"] == dutch.url


def test_the_notice_reveals_nothing_of_a_page_the_visitor_may_not_see(client, english_tree, make_resource):
    from wagtail.models import PageViewRestriction

    hidden = make_resource(title="Alleen voor ingelogde collega's")
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    draft = make_resource(title="Concept")
    draft.unpublish()

    assert client.get(f"/en/niet-vertaald/{hidden.pk}/").status_code == 404
    assert client.get(f"/en/niet-vertaald/{draft.pk}/").status_code == 404
    assert client.get("/en/niet-vertaald/999999/").status_code == 404
    root = Page.objects.get(depth=1)  # live, but no page anyone can be sent to
    assert client.get(f"/en/niet-vertaald/{root.pk}/").status_code == 404


def test_an_english_only_page_switches_to_a_dutch_notice(client, english_tree):
    english_only = builders.resource(
        parent=english_tree["library"],
        slug="english-only",
        title="Only in English",
        resource_type="knowledge",
        summary="Short.",
        themes=[],
        dimension="bewustwording",
    )
    links = switcher(client.get(english_only.url))
    assert links == {"nl": f"/niet-vertaald/{english_only.pk}/", "en": english_only.url}
    notice = client.get(links["nl"])
    body = notice.content.decode()
    assert '<html lang="nl">' in body
    assert re.search(r"<h1>[^<]*Nederlands[^<]*</h1>", body)
    assert f'<a href="{english_only.url}" hreflang="en" lang="en">Only in English</a>' in body
    assert '<a href="/bibliotheek/">Bibliotheek</a>' in body
