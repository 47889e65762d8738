"""Search as a teacher uses it: part of a word in the header search, a suggestion, a full search, a theme filter,
a result. In Dutch and in English, with the keyboard and with the mouse, and without JavaScript.

The suggestions follow the WAI-ARIA 1.2 combobox pattern (static/js/search-suggest.js). Elements are found the way
a screen reader finds them: by role and accessible name, and the popup through the field's aria-controls.

Strings the suggestions added (the listbox name, "N suggesties") are expected through gettext, so the Dutch test
pins the Dutch text and the English one whatever the English catalogue says; existing strings are literal.
"""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.utils import translation
from playwright.sync_api import expect

from tests.browser.conftest import NARROW, WIDE, axe_check, screenshot

pytestmark = pytest.mark.browser

SUGGEST_PATH = re.compile(r"/zoeken/suggesties/")

TEXT = {
    "nl": {
        "header_label": "Zoek in de community",
        "page_label": "Waar zoek je naar?",
        "search_button": "Zoeken",
        "theme_group": "Thema",
        "show": "Toon resultaten",
        "chosen": "Gekozen filters",
        "results": "{n} resultaten voor ‘{q}’",
    },
    "en": {
        "header_label": "Search the community",
        "page_label": "What are you looking for?",
        "search_button": "Search",
        "theme_group": "Theme",
        "show": "Show results",
        "chosen": "Selected filters",
        "results": "{n} results for ‘{q}’",
    },
}


def gettext_in(lang: str, msgid: str) -> str:
    with translation.override(lang):
        return translation.gettext(msgid)


def listbox_name(lang: str) -> str:
    return gettext_in(lang, "Suggesties")


def count_text(lang: str, count: int) -> str:
    """What the live region should say, from the catalogue (the templates' msgids)."""
    if count == 1:
        return gettext_in(lang, "1 suggestie")
    return gettext_in(lang, "%(number)s suggesties") % {"number": count}


def query(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


def header_field(page, lang: str):
    return page.locator(".site-header").get_by_role("combobox", name=TEXT[lang]["header_label"])


def popup(page, field):
    """The listbox the field controls (aria-controls), so the relation itself is tested too."""
    return page.locator(f"#{field.get_attribute('aria-controls')}")


def live_region(field):
    return field.locator("xpath=..").get_by_role("status")


def wait_for_suggestions(page, field, lang: str, titles: list[str]):
    listbox = popup(page, field)
    expect(listbox).to_be_visible()
    expect(listbox).to_have_attribute("role", "listbox")
    expect(listbox).to_have_accessible_name(listbox_name(lang))
    expect(field).to_have_attribute("aria-expanded", "true")
    expect(listbox.get_by_role("option")).to_have_text(titles, ignore_case=False)
    expect(live_region(field)).to_have_text(count_text(lang, len(titles)))
    return listbox


def highlight(page, field, title: str):
    """Arrow Down until ``title`` is the active option; checks aria-activedescendant on the way."""
    listbox = popup(page, field)
    names = listbox.get_by_role("option").all_inner_texts()
    for _ in range(names.index(title) + 1):
        page.keyboard.press("ArrowDown")
    option = listbox.get_by_role("option", name=title)
    expect(field).to_have_attribute("aria-activedescendant", option.get_attribute("id"))
    expect(option).to_have_attribute("aria-selected", "true")
    expect(listbox.locator("[aria-selected=true]")).to_have_count(1)
    return option


def filter_by_theme_and_open_first(page, lang: str, q: str, theme: str, theme_slug: str, expected: set[str]):
    """On the results page for ``q``: tick ``theme``, show the results, check them, open the first one."""
    text = TEXT[lang]
    page.get_by_role("group", name=text["theme_group"]).get_by_role("checkbox", name=re.compile(f"^{theme}")).check()
    page.get_by_role("button", name=text["show"]).click()
    page.wait_for_url(re.compile(r"theme="))
    assert query(page.url) == {"q": [q], "theme": [theme_slug]}
    expect(page.get_by_role("heading", name=text["results"].format(n=len(expected), q=q))).to_be_visible()
    titles = page.locator(".search-result__title").all_inner_texts()
    assert set(titles) == expected
    chosen = page.get_by_role("list", name=text["chosen"])
    expect(chosen.get_by_role("link")).to_have_count(1)
    expect(chosen).to_contain_text(theme)
    expect(page.get_by_role("checkbox", name=re.compile(f"^{theme}"))).to_be_checked()
    # Both search fields keep the query.
    expect(header_field(page, lang)).to_have_value(q)
    expect(page.get_by_role("combobox", name=text["page_label"])).to_have_value(q)

    first = page.locator(".search-result__title a").first
    title, href = first.inner_text(), first.get_attribute("href")
    first.click()
    page.wait_for_url(re.compile(re.escape(href) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(title)


# --- the teacher's flow ------------------------------------------------------------------------------------


def test_dutch_teacher_picks_a_suggestion_with_the_keyboard_then_filters_by_theme(site_data, page):
    page.goto(site_data["home-nl"])
    field = header_field(page, "nl")
    field.click()
    page.keyboard.type("mes")
    wait_for_suggestions(page, field, "nl", ["Messen in de klas", "Film: een mes op zak"])
    screenshot(page, "search-suggest-home-nl-1280")
    highlight(page, field, "Film: een mes op zak")
    page.keyboard.press("Enter")
    expect(page).to_have_url(site_data["film-nl"])
    expect(page.get_by_role("heading", level=1)).to_have_text("Film: een mes op zak")

    # A full word and Enter, with no suggestion highlighted: the form submits as it would without JavaScript.
    field = header_field(page, "nl")
    field.fill("messen")
    expect(popup(page, field).get_by_role("option")).to_have_text(["Messen in de klas"])
    expect(live_region(field)).to_have_text(count_text("nl", 1))
    field.press("Enter")
    page.wait_for_url(re.compile(r"/zoeken/\?q=messen$"))
    expect(page.get_by_role("heading", name="4 resultaten voor ‘messen’")).to_be_visible()
    screenshot(page, "search-results-nl-1280")

    filter_by_theme_and_open_first(
        page,
        "nl",
        "messen",
        "Jongeren en wapens",
        "jongeren-en-wapens",
        {"Messen in de klas", "Jongeren en wapens", "Film: een mes op zak"},  # not "Film: wij en zij" (Polarisatie)
    )


def test_english_teacher_picks_a_suggestion_with_the_mouse_then_filters_by_theme(site_data, page):
    page.goto(site_data["home-en"])
    expect(page.locator("html")).to_have_attribute("lang", "en")
    field = header_field(page, "en")
    field.click()
    page.keyboard.type("kni")
    listbox = wait_for_suggestions(page, field, "en", ["Knives in the classroom", "Film: a knife in your pocket"])
    # English suggestions come from English pages only, under English addresses.
    screenshot(page, "search-suggest-home-en-1280")
    listbox.get_by_role("option", name="Knives in the classroom").click()
    expect(page).to_have_url(site_data["lesson-en"])
    expect(page.get_by_role("heading", level=1)).to_have_text("Knives in the classroom")

    field = header_field(page, "en")
    field.fill("knife")
    expect(popup(page, field).get_by_role("option")).to_have_text(["Film: a knife in your pocket"])
    page.locator(".site-header").get_by_role("button", name="Search").click()
    page.wait_for_url(re.compile(r"/en/zoeken/\?q=knife$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", name="2 results for ‘knife’")).to_be_visible()
    screenshot(page, "search-results-en-1280")

    filter_by_theme_and_open_first(
        page,
        "en",
        "knife",
        "Young people and weapons",
        "jongeren-en-wapens",
        {"Young people and weapons", "Film: a knife in your pocket"},
    )
    assert urlsplit(page.url).path.startswith("/en/")


# --- the combobox, keyboard only -----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_combobox_keyboard_only(site_data, page, lang):
    typed, titles = {"nl": ("mes", ["Messen in de klas", "Film: een mes op zak"])}.get(
        lang, ("kni", ["Knives in the classroom", "Film: a knife in your pocket"])
    )
    requests = []
    page.on("request", lambda r: SUGGEST_PATH.search(r.url) and requests.append(r.url))
    page.goto(site_data[f"home-{lang}"])

    # Skip link, brand, then the search field.
    for _ in range(3):
        page.keyboard.press("Tab")
    field = header_field(page, lang)
    expect(field).to_be_focused()
    expect(field).to_have_attribute("aria-autocomplete", "list")
    expect(field).to_have_attribute("aria-expanded", "false")
    expect(field).not_to_have_attribute("aria-activedescendant", re.compile(".*"))
    listbox = popup(page, field)
    expect(listbox).to_be_hidden()

    # One letter is not enough to ask.
    page.keyboard.type(typed[0])
    page.wait_for_timeout(400)
    expect(field).to_have_attribute("aria-expanded", "false")
    assert requests == []

    page.keyboard.type(typed[1:])
    wait_for_suggestions(page, field, lang, titles)
    assert len(requests) == 1, requests  # debounced: one request for what was typed
    assert parse_qs(urlsplit(requests[0]).query) == {"q": [typed]}
    expect(field).not_to_have_attribute("aria-activedescendant", re.compile(".*"))  # nothing chosen for you

    options = listbox.get_by_role("option")
    ids = [options.nth(i).get_attribute("id") for i in range(len(titles))]
    page.keyboard.press("ArrowDown")
    expect(field).to_have_attribute("aria-activedescendant", ids[0])
    page.keyboard.press("ArrowDown")
    expect(field).to_have_attribute("aria-activedescendant", ids[1])
    expect(options.nth(0)).to_have_attribute("aria-selected", "false")
    page.keyboard.press("ArrowDown")  # wraps to the first
    expect(field).to_have_attribute("aria-activedescendant", ids[0])
    page.keyboard.press("ArrowUp")  # and back to the last
    expect(field).to_have_attribute("aria-activedescendant", ids[1])
    expect(field).to_be_focused()  # focus never leaves the field

    # Escape closes and keeps the text; a second Escape empties the field.
    page.keyboard.press("Escape")
    expect(field).to_have_attribute("aria-expanded", "false")
    expect(listbox).to_be_hidden()
    expect(field).not_to_have_attribute("aria-activedescendant", re.compile(".*"))
    expect(field).to_have_value(typed)
    page.keyboard.press("ArrowDown")  # opens again, on the first option
    expect(field).to_have_attribute("aria-expanded", "true")
    expect(field).to_have_attribute("aria-activedescendant", ids[0])
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    expect(field).to_have_value("")
    expect(field).to_have_attribute("aria-expanded", "false")

    # Tab closes the list and moves on.
    page.keyboard.type(typed)
    wait_for_suggestions(page, field, lang, titles)
    page.keyboard.press("Tab")
    expect(field).to_have_attribute("aria-expanded", "false")
    expect(listbox).to_be_hidden()
    expect(field).not_to_be_focused()

    # Enter with the list open but nothing highlighted searches for what was typed.
    more, left = {"nl": ("s", "Messen in de klas"), "en": ("f", "Film: a knife in your pocket")}[lang]
    field.focus()
    page.keyboard.press("End")
    page.keyboard.type(more)
    wait_for_suggestions(page, field, lang, [left])
    expect(field).not_to_have_attribute("aria-activedescendant", re.compile(".*"))
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/zoeken/\?q="))
    assert query(page.url) == {"q": [typed + more]}


def test_typing_fast_asks_once_and_shows_the_last_answer_only(site_data, page):
    requests = []
    page.on("request", lambda r: SUGGEST_PATH.search(r.url) and requests.append(parse_qs(urlsplit(r.url).query)))
    page.goto(site_data["home-nl"])
    field = header_field(page, "nl")
    field.click()
    page.keyboard.type("messen", delay=20)
    wait_for_suggestions(page, field, "nl", ["Messen in de klas"])
    assert requests[-1] == {"q": ["messen"]}
    assert len(requests) <= 2, requests

    # Back to a shorter word: the list follows what is in the field now.
    for _ in range(3):
        page.keyboard.press("Backspace")
    wait_for_suggestions(page, field, "nl", ["Messen in de klas", "Film: een mes op zak"])
    page.keyboard.press("Backspace")
    page.keyboard.press("Backspace")
    expect(field).to_have_attribute("aria-expanded", "false")
    expect(popup(page, field)).to_be_hidden()


@pytest.mark.parametrize("failure", ["network", "not-json"])
def test_suggestions_failing_is_silent_and_the_search_still_works(site_data, page, failure):
    def broken(route):
        if failure == "network":
            route.abort("failed")
        else:
            route.fulfill(status=200, content_type="text/html", body="<html>Even geduld</html>")

    page.route(SUGGEST_PATH, broken)
    page.goto(site_data["home-nl"])
    field = header_field(page, "nl")
    field.click()
    page.keyboard.type("mes")
    page.wait_for_timeout(500)
    expect(field).to_have_attribute("aria-expanded", "false")
    expect(popup(page, field)).to_be_hidden()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/zoeken/\?q=mes$"))
    expect(page.get_by_role("heading", name="4 resultaten voor ‘mes’")).to_be_visible()
    # (new_page fails the test on any JavaScript error.)


# --- accessibility of the results page with the popup open --------------------------------------------------


def _promote(lang: str, phrase: str, slug: str, description: str) -> None:
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion
    from wagtail.models import Page

    target = Page.objects.get(slug=slug, locale__language_code=lang)
    SearchPromotion.objects.create(query=Query.get(phrase), page=target, sort_order=0, description=description)


PROMOTIONS = {
    "nl": ("mes", "les-messen-in-de-klas", "Een kant-en-klare les voor morgen."),
    "en": ("knife", "knives-in-the-classroom", "A ready-made lesson for tomorrow."),
}


@pytest.mark.parametrize("viewport", [NARROW, WIDE], ids=["375", "1280"])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_results_page_with_suggestions_open_has_no_wcag_violations(site_data, new_page, lang, viewport):
    phrase, slug, description = PROMOTIONS[lang]
    _promote(lang, phrase, slug, description)
    page = new_page(viewport=viewport)
    prefix = "" if lang == "nl" else "/en"
    response = page.goto(f"{site_data.url}{prefix}/zoeken/?q={phrase}")
    assert response.status == 200
    expect(page.get_by_role("heading", level=2, name=re.compile(rf"^\d+ \w+ \w+ ‘{phrase}’$"))).to_be_visible()
    promoted = page.locator(".promoted")
    expect(promoted.get_by_role("heading")).to_be_visible()
    expect(promoted).to_contain_text(description)

    field = page.get_by_role("combobox", name=TEXT[lang]["page_label"])
    field.click()
    field.press("End")
    field.press("Backspace")  # "me" / "knif": still a prefix of the titles
    listbox = popup(page, field)
    expect(listbox).to_be_visible()
    page.keyboard.press("ArrowDown")
    expect(field).to_have_attribute("aria-activedescendant", re.compile(".+"))
    # The popup lies under the field, inside the window.
    field_box, list_box = field.bounding_box(), listbox.bounding_box()
    assert list_box["y"] >= field_box["y"] + field_box["height"] - 1
    assert abs(list_box["x"] - field_box["x"]) < 1
    assert list_box["x"] + list_box["width"] <= viewport["width"]
    # Targets: every option at least 24 by 24 CSS pixels (WCAG 2.5.8); ours are 44 high.
    for i in range(listbox.get_by_role("option").count()):
        box = listbox.get_by_role("option").nth(i).bounding_box()
        assert box["height"] >= 44 and box["width"] >= 24, box
    screenshot(page, f"search-{lang}-{viewport['width']}")
    axe_check(page)

    # And the header popup, over the page.
    header = header_field(page, lang)
    header.fill(phrase)
    expect(popup(page, header)).to_be_visible()
    page.keyboard.press("ArrowDown")
    screenshot(page, f"search-header-{lang}-{viewport['width']}")
    axe_check(page)


# --- without JavaScript -----------------------------------------------------------------------------------


@pytest.mark.parametrize("viewport", [NARROW, WIDE], ids=["375", "1280"])
def test_search_and_filter_without_javascript(site_data, new_page, viewport):
    page = new_page(viewport=viewport, java_script_enabled=False)
    page.goto(site_data["home-nl"])
    # A plain search field: no combobox, no popup.
    field = page.locator(".site-header").get_by_role("searchbox", name="Zoek in de community")
    expect(field).to_be_visible()
    expect(page.get_by_role("combobox")).to_have_count(0)
    expect(page.get_by_role("listbox")).to_have_count(0)
    field.fill("messen")
    field.press("Enter")
    page.wait_for_url(re.compile(r"/zoeken/\?q=messen$"))
    expect(page.get_by_role("heading", name="4 resultaten voor ‘messen’")).to_be_visible()
    expect(page.get_by_role("searchbox", name="Waar zoek je naar?")).to_have_value("messen")
    # Nothing folded away on a phone either: the theme filter is right there.
    page.get_by_role("group", name="Thema").get_by_role("checkbox", name=re.compile("^Polarisatie")).check()
    page.get_by_role("button", name="Toon resultaten").click()
    page.wait_for_url(re.compile(r"theme="))
    assert query(page.url) == {"q": ["messen"], "theme": ["polarisatie"]}
    expect(page.get_by_role("heading", name="1 resultaat voor ‘messen’")).to_be_visible()
    assert page.locator(".search-result__title").all_inner_texts() == ["Film: wij en zij"]
    screenshot(page, f"search-nojs-nl-{viewport['width']}")

    # The search page's own field searches again, keeping nothing but the new query.
    page.get_by_role("searchbox", name="Waar zoek je naar?").fill("groepsdruk")
    page.locator(".search-form").get_by_role("button", name="Zoeken").click()
    page.wait_for_url(re.compile(r"q=groepsdruk"))
    assert query(page.url) == {"q": ["groepsdruk"]}
    page.get_by_role("link", name="Groepsdruk", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Groepsdruk")


def test_down_arrow_in_a_field_the_page_filled_in_opens_the_suggestions(site_data, page):
    page.goto(site_data.url + "/zoeken/?q=mes")
    field = page.get_by_role("combobox", name="Waar zoek je naar?")
    expect(field).to_have_value("mes")
    expect(field).to_have_attribute("aria-expanded", "false")
    field.focus()
    page.keyboard.press("ArrowDown")
    listbox = wait_for_suggestions(page, field, "nl", ["Messen in de klas", "Film: een mes op zak"])
    first = listbox.get_by_role("option").first
    expect(field).to_have_attribute("aria-activedescendant", first.get_attribute("id"))
    page.keyboard.press("Enter")
    expect(page).to_have_url(site_data["lesson-nl"])
