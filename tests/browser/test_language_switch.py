"""Switching language lands where the visitor was (issue 12, item 8): a filtered library keeps its filters, a
search keeps its query, and a page without a translation says so and leads on, instead of dropping the visitor
on the other language's home page. Each page is checked with axe-core in Dutch and English at 375 and 1280 px.

The notice's own strings are new; they are read through gettext, so the test holds before and after the English
catalogue has them.
"""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.utils import translation
from playwright.sync_api import expect

from tests.browser.conftest import NARROW, WIDE, axe_check, screenshot

pytestmark = pytest.mark.browser

VIEWPORTS = [pytest.param(NARROW, id="375"), pytest.param(WIDE, id="1280")]
LANGUAGE_NAV = {"nl": "Taal", "en": "Language"}
SWITCH_TO = {"nl": "English", "en": "Nederlands"}
OTHER = {"nl": "en", "en": "nl"}
PREFIX = {"nl": "", "en": "/en"}
LIBRARY = {"nl": "/bibliotheek/", "en": "/en/library/"}
THEME = {"nl": "Jongeren en wapens", "en": "Young people and weapons"}
TYPE_GROUP = {"nl": "Soort", "en": "Type"}
THEME_GROUP = {"nl": "Thema", "en": "Theme"}
ONE_ITEM = {"nl": "1 item gevonden", "en": "1 item found"}
FILM = {"nl": "Film: een mes op zak", "en": "Film: a knife in your pocket"}


def query(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


def gettext_in(lang: str, msgid: str, **values) -> str:
    with translation.override(lang):
        return translation.gettext(msgid) % values if values else translation.gettext(msgid)


def switch_language(page, lang: str) -> None:
    page.get_by_role("navigation", name=LANGUAGE_NAV[lang]).get_by_role("link", name=SWITCH_TO[lang]).click()
    page.wait_for_load_state()
    expect(page.locator("html")).to_have_attribute("lang", OTHER[lang])


def expect_filtered_library(page, lang: str) -> None:
    """The library with the theme and the type ticked, and the one film they leave."""
    assert urlsplit(page.url).path == LIBRARY[lang]
    assert query(page.url) == {"theme": ["jongeren-en-wapens"], "type": ["film"]}
    toggle = page.get_by_role("button", name="Filter (2)")  # on a phone the filters fold away, saying how many
    if toggle.is_visible():
        expect(toggle).to_have_attribute("aria-expanded", "false")
        toggle.click()
    themes = page.get_by_role("group", name=THEME_GROUP[lang])
    expect(themes.get_by_role("checkbox", name=re.compile(rf"^{THEME[lang]}"))).to_be_checked()
    types = page.get_by_role("group", name=TYPE_GROUP[lang])
    expect(types.get_by_role("checkbox", name=re.compile(r"^Film"))).to_be_checked()
    expect(page.get_by_role("heading", name=ONE_ITEM[lang])).to_be_visible()
    assert page.locator(".results .card__title").all_inner_texts() == [FILM[lang]]


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_switching_on_a_filtered_library_keeps_the_filters(site_data, new_page, lang, viewport):
    page = new_page(viewport=viewport)
    page.goto(f"{site_data.url}{LIBRARY[lang]}?theme=jongeren-en-wapens&type=film")
    expect_filtered_library(page, lang)
    screenshot(page, f"language-switch-library-{lang}-{viewport['width']}")
    axe_check(page)

    switch_language(page, lang)
    expect_filtered_library(page, OTHER[lang])
    axe_check(page)


def test_without_javascript_the_switch_keeps_the_filters_but_not_the_page_number(site_data, new_page):
    page = new_page(viewport=NARROW, java_script_enabled=False)  # the switcher is a plain link
    page.goto(f"{site_data.url}/bibliotheek/?theme=jongeren-en-wapens&page=2")
    switch_language(page, "nl")
    assert urlsplit(page.url).path == "/en/library/"
    assert query(page.url) == {"theme": ["jongeren-en-wapens"]}


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_switching_on_a_search_keeps_the_query_and_filter(site_data, new_page, lang, viewport):
    page = new_page(viewport=viewport)
    page.goto(f"{site_data.url}{PREFIX[lang]}/zoeken/?q=film&theme=jongeren-en-wapens")
    results = page.get_by_role("heading", level=2, name=re.compile(r"^1 \w+ \w+ ‘film’$"))
    expect(results).to_be_visible()
    screenshot(page, f"language-switch-search-{lang}-{viewport['width']}")
    axe_check(page)

    switch_language(page, lang)
    other = OTHER[lang]
    assert urlsplit(page.url).path == f"{PREFIX[other]}/zoeken/"
    assert query(page.url) == {"q": ["film"], "theme": ["jongeren-en-wapens"]}
    expect(page.locator(".search-form input[name=q]")).to_have_value("film")
    expect(page.get_by_role("heading", level=2, name=re.compile(r"^1 \w+ \w+ ‘film’$"))).to_be_visible()
    assert page.locator(".search-result__title").all_inner_texts() == [FILM[other]]
    axe_check(page)


@pytest.fixture
def english_only(site_data):
    """A page that exists only in English, below the English library."""
    from demo import builders
    from library.models import LibraryIndexPage

    library_en = LibraryIndexPage.objects.get(locale__language_code="en")
    return builders.resource(
        parent=library_en,
        slug="english-only-guide",
        title="A guide in English only",
        resource_type="knowledge",
        summary="Only in English so far.",
        themes=[],
        dimension="bewustwording",
    )


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_an_untranslated_page_says_so_and_leads_to_the_original_and_the_nearest_translation(
    site_data, new_page, english_only, lang, viewport
):
    """Dutch: an item with no English version switched to English. English: an English-only item to Dutch."""
    page = new_page(viewport=viewport)
    if lang == "nl":
        original_url, original_title = (
            site_data.url + "/bibliotheek/kennis-wapenbezit/",
            "Wat weten we over wapenbezit?",
        )
    else:
        original_url, original_title = site_data.url + english_only.url, english_only.title
    target, nearest = OTHER[lang], {"en": "Library", "nl": "Bibliotheek"}[OTHER[lang]]

    page.goto(original_url)
    expect(page.get_by_role("heading", level=1)).to_have_text(original_title)
    switch_language(page, lang)

    # Not the other language's home page: a notice, in the language asked for, kept out of search engines.
    assert re.fullmatch(rf"{PREFIX[target]}/niet-vertaald/\d+/", urlsplit(page.url).path), page.url
    expect(page.locator('meta[name="robots"]')).to_have_attribute("content", "noindex")
    language_name = {"nl": "Nederlands", "en": "English"}[target]
    heading = gettext_in(target, "Deze pagina is er nog niet in het %(language)s", language=language_name)
    expect(page.get_by_role("heading", level=1)).to_have_text(heading)
    ways = page.locator("main .untranslated__ways")
    original = ways.get_by_role("link", name=original_title)
    expect(original).to_have_attribute("lang", lang)
    expect(ways.get_by_role("link", name=nearest)).to_have_attribute("href", LIBRARY[target])
    screenshot(page, f"language-switch-untranslated-{target}-{viewport['width']}")
    axe_check(page)

    # The switcher on the notice leads back to the original; so does the link to it.
    switcher = page.get_by_role("navigation", name=LANGUAGE_NAV[target])
    expect(switcher.get_by_role("link", name=SWITCH_TO[target])).to_have_attribute("href", urlsplit(original_url).path)
    original.click()
    expect(page).to_have_url(original_url)
    # And the nearest translated page is the library in the target language.
    page.go_back()
    ways.get_by_role("link", name=nearest).click()
    expect(page).to_have_url(site_data.url + LIBRARY[target])
    expect(page.locator("html")).to_have_attribute("lang", target)
