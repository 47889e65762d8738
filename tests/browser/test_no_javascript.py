"""The library works without JavaScript: plain forms and links filter, sort and page through the results."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

from library.filters import LibraryFilter
from tests.browser.conftest import NARROW, WIDE

pytestmark = pytest.mark.browser


def titles(page) -> list[str]:
    return page.locator(".results .card__title").all_inner_texts()


@pytest.mark.parametrize("viewport", [NARROW, WIDE], ids=["375", "1280"])
def test_filter_and_page_without_javascript(site_data, new_page, monkeypatch, viewport):
    # Three to a page, so that nine items make three pages (the live server runs in this process).
    monkeypatch.setattr(LibraryFilter, "per_page", 3)
    page = new_page(viewport=viewport, java_script_enabled=False)
    page.goto(site_data["library-nl"])

    # Without JavaScript nothing is folded away, on a phone too: every filter can be reached.
    expect(page.get_by_role("button", name=re.compile("^Filter"))).to_have_count(0)
    expect(page.get_by_role("heading", name="9 items gevonden")).to_be_visible()
    pager = page.get_by_role("navigation", name="Paginering")
    expect(pager.get_by_role("link", name="Pagina 1")).to_have_attribute("aria-current", "page")
    expect(pager.get_by_role("link", name=re.compile(r"^Pagina \d$"))).to_have_count(3)

    page.get_by_role("group", name="Soort").get_by_role("checkbox", name=re.compile(r"^Les")).check()
    page.get_by_role("group", name="Soort").get_by_role("checkbox", name=re.compile(r"^Film")).check()
    page.get_by_role("button", name="Toon resultaten").click()
    page.wait_for_url(re.compile(r"type="))
    assert parse_qs(urlsplit(page.url).query) == {"type": ["film", "lesson"]}
    expect(page.get_by_role("heading", name="5 items gevonden")).to_be_visible()
    first_page = titles(page)
    assert len(first_page) == 3

    page.get_by_role("navigation", name="Paginering").get_by_role("link", name="Volgende pagina").click()
    page.wait_for_url(re.compile(r"page=2"))
    assert parse_qs(urlsplit(page.url).query) == {"type": ["film", "lesson"], "page": ["2"]}
    second_page = titles(page)
    assert len(second_page) == 2
    assert not set(first_page) & set(second_page)
    assert set(first_page + second_page) == {
        "Film: een mes op zak",
        "Film: wij en zij",
        "Messen in de klas",
        "Hoe gaat het met jou?",
        "Groepsdruk",
    }
    expect(page.get_by_role("navigation", name="Paginering").get_by_role("link", name="Pagina 2")).to_have_attribute(
        "aria-current", "page"
    )
    expect(page.get_by_role("group", name="Soort").get_by_role("checkbox", name=re.compile(r"^Les"))).to_be_checked()

    # Sorting keeps the filters and starts again at page 1.
    page.get_by_label("Sorteer").select_option("title")
    page.get_by_role("button", name="Sorteer").click()
    page.wait_for_url(re.compile(r"sort=title"))
    assert parse_qs(urlsplit(page.url).query) == {"type": ["film", "lesson"], "sort": ["title"]}
    assert titles(page) == ["Film: een mes op zak", "Film: wij en zij", "Groepsdruk"]

    # A chosen filter is taken off with its link; "Wis alle filters" takes them all off.
    page.get_by_role("list", name="Gekozen filters").get_by_role("link", name=re.compile(r"Film")).click()
    page.wait_for_url(lambda url: "film" not in url)
    expect(page.get_by_role("heading", name="3 items gevonden")).to_be_visible()
    page.get_by_role("link", name="Wis alle filters").click()
    expect(page).to_have_url(site_data["library-nl"])
    expect(page.get_by_role("heading", name="9 items gevonden")).to_be_visible()
