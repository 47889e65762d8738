"""A teacher's way through the site: home, library via the menu, two filters, a film, then English.

Everything is found the way a person (or a screen reader) finds it: by role and accessible name.
"""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import NARROW, axe_check
from tests.browser.data import FILM_URL

pytestmark = pytest.mark.browser


def query(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


def result_titles(page) -> list[str]:
    return page.locator(".results .card__title").all_inner_texts()


def test_teacher_filters_the_library_opens_a_film_and_switches_to_english(site_data, page):
    page.goto(site_data["home-nl"])
    expect(page.locator("html")).to_have_attribute("lang", "nl")

    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Bibliotheek").click()
    expect(page).to_have_url(site_data["library-nl"])
    expect(page.get_by_role("heading", level=1)).to_have_text("Bibliotheek")
    expect(page.get_by_role("heading", name="9 items gevonden")).to_be_visible()

    page.get_by_role("group", name="Thema").get_by_role("checkbox", name=re.compile(r"^Jongeren en wapens")).check()
    page.get_by_role("group", name="Soort").get_by_role("checkbox", name=re.compile(r"^Film")).check()
    page.get_by_role("button", name="Toon resultaten").click()

    # Both filters are in the address (so the result can be bookmarked and shared) and in the results.
    page.wait_for_url(re.compile(r"\?"))
    assert query(page.url) == {"theme": ["jongeren-en-wapens"], "type": ["film"]}
    expect(page.get_by_role("heading", name="1 item gevonden")).to_be_visible()
    assert result_titles(page) == ["Film: een mes op zak"]
    chosen = page.get_by_role("list", name="Gekozen filters")
    expect(chosen.get_by_role("link")).to_have_count(2)
    expect(chosen).to_contain_text("Jongeren en wapens")
    expect(chosen).to_contain_text("Film")
    expect(page.get_by_role("checkbox", name=re.compile(r"^Jongeren en wapens"))).to_be_checked()
    expect(page.get_by_role("group", name="Soort").get_by_role("checkbox", name=re.compile(r"^Film"))).to_be_checked()

    page.get_by_role("link", name="Film: een mes op zak").click()
    expect(page).to_have_url(site_data["film-nl"])
    expect(page.get_by_role("heading", level=1)).to_have_text("Film: een mes op zak")
    # Offline there is no player: the transcript is there to read and a plain link leads to the film.
    transcript = page.locator("details.transcript")
    expect(transcript).to_have_attribute("open", "")
    expect(transcript).to_contain_text("Verteller: Hij droeg een mes omdat hij bang was.")
    expect(page.get_by_role("link", name="Bekijk de film bij de aanbieder")).to_have_attribute("href", FILM_URL)
    expect(page.locator("iframe")).to_have_count(0)

    page.get_by_role("navigation", name="Taal").get_by_role("link", name="English").click()
    page.wait_for_url(re.compile(r"/en/"))
    assert urlsplit(page.url).path.startswith("/en/")
    assert page.url == site_data["film-en"]
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("Film: a knife in your pocket")
    transcript = page.locator("details.transcript")
    expect(transcript.locator("p")).to_have_text(
        ["Narrator: He carried a knife because he was afraid.", "Teacher: What else could he have done?"]
    )
    expect(page.locator("iframe")).to_have_count(0)


def test_english_teacher_filters_the_english_library_and_switches_to_dutch(site_data, page):
    page.goto(site_data["home-en"])
    expect(page.locator("html")).to_have_attribute("lang", "en")

    page.get_by_role("navigation", name="Main menu").get_by_role("link", name="Library").click()
    expect(page).to_have_url(site_data["library-en"])
    expect(page.get_by_role("heading", level=1)).to_have_text("Library")
    expect(page.get_by_role("heading", name="4 items found")).to_be_visible()
    # Only the translated themes are offered, under their English names.
    themes = page.get_by_role("group", name="Theme")
    expect(themes.get_by_role("checkbox")).to_have_count(3)
    themes.get_by_role("checkbox", name=re.compile(r"^Young people and weapons")).check()
    page.get_by_role("group", name="Type").get_by_role("checkbox", name=re.compile(r"^Film")).check()
    page.get_by_role("button", name="Show results").click()

    page.wait_for_url(re.compile(r"\?"))
    assert urlsplit(page.url).path == "/en/library/"
    assert query(page.url) == {"theme": ["jongeren-en-wapens"], "type": ["film"]}
    expect(page.get_by_role("heading", name="1 item found")).to_be_visible()
    assert result_titles(page) == ["Film: a knife in your pocket"]

    page.get_by_role("link", name="Film: a knife in your pocket").click()
    expect(page).to_have_url(site_data["film-en"])
    expect(page.get_by_role("link", name="Watch the film on the provider's site")).to_have_attribute("href", FILM_URL)
    page.get_by_role("navigation", name="Language").get_by_role("link", name="Nederlands").click()
    expect(page).to_have_url(site_data["film-nl"])
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    expect(page.get_by_role("heading", level=1)).to_have_text("Film: een mes op zak")


@pytest.mark.parametrize(("name", "label"), [("home-nl", "Naar de inhoud"), ("film-en", "Skip to content")])
def test_skip_link_is_the_first_tab_stop_and_moves_focus_to_main(site_data, page, name, label):
    page.goto(site_data[name])
    page.keyboard.press("Tab")
    skip = page.locator(":focus")
    expect(skip).to_have_class("skip-link")
    expect(skip).to_have_attribute("href", "#main")
    expect(skip).to_have_accessible_name(label)
    # Shown while it has focus (it sits off-screen otherwise).
    box = skip.bounding_box()
    assert box and box["y"] >= 0 and box["x"] >= 0 and box["width"] > 0, box
    expect(skip).to_be_in_viewport()

    page.keyboard.press("Enter")
    expect(page.locator(":focus")).to_have_attribute("id", "main")
    assert page.evaluate("document.activeElement.tagName") == "MAIN"
    assert urlsplit(page.url).fragment == "main"
    # The next Tab goes on from the content, not back to the header.
    page.keyboard.press("Tab")
    assert page.evaluate("document.querySelector('main').contains(document.activeElement)")


def test_on_a_phone_the_filters_fold_away_behind_a_button(site_data, new_page):
    page = new_page(viewport=NARROW)
    page.goto(site_data["library-nl"])
    toggle = page.get_by_role("button", name="Filter")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    theme = page.get_by_role("checkbox", name=re.compile(r"^Polarisatie"))
    expect(theme).to_be_hidden()

    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    axe_check(page)  # the open panel: labels, target sizes and contrast of the checkboxes on a phone
    theme.check()
    page.get_by_role("button", name="Toon resultaten").click()

    page.wait_for_url(re.compile(r"theme=polarisatie"))
    expect(page.get_by_role("heading", name="4 items gevonden")).to_be_visible()
    # Folded again on the results page, saying how many filters are on.
    expect(page.get_by_role("button", name="Filter (1)")).to_have_attribute("aria-expanded", "false")
