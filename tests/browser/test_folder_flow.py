"""Mijn map walked through in a browser (issue 10, part 2): a mentor keeps a lesson and a film from their pages
(the film without JavaScript, the lesson with it: saved without a reload), makes a list, puts both on it,
changes their order and shares the list with the school; a colleague of that school reads it, a member of
another school gets a 404. axe-core checks the folder, the list and the shared list in Dutch and English, wide
and narrow.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import NARROW, WIDE, axe_violations, format_violations, screenshot
from tests.community.factories import PASSWORD, MembershipFactory, SchoolFactory, UserFactory

pytestmark = pytest.mark.browser


@pytest.fixture
def people(site_data):
    school = SchoolFactory(name="Het Dijkcollege", brin="93QT", gemeente="Haarlem")
    elsewhere = SchoolFactory(name="De Vlieger", brin="12AB", gemeente="Zwolle")
    made = {
        "mentor": UserFactory(email="mentor@dijkcollege.example", first_name="Bram", last_name="Jansen"),
        "colleague": UserFactory(email="zorg@dijkcollege.example", first_name="Fatima", last_name="El Idrissi"),
        "outsider": UserFactory(email="ib@devlieger.example", first_name="Iris", last_name="Bos"),
    }
    MembershipFactory(user=made["mentor"], school=school)
    MembershipFactory(user=made["colleague"], school=school)
    MembershipFactory(user=made["outsider"], school=elsewhere)
    return made


def _named(action: str, title: str):
    """A button's name: its visible word, then (for screen readers) the item it acts on."""
    return re.compile(rf"^{re.escape(action)}\s*: {re.escape(title)}$")


def _no_violations(page, where: str) -> None:
    violations = axe_violations(page)
    assert not violations, format_violations(violations, where)


def _log_in(browser_page, base: str, user, next_url: str) -> None:
    browser_page.goto(f"{base}/account/login/?next={next_url}")
    form = browser_page.locator("main form")
    form.locator("input[name=login]").fill(user.email)
    form.locator("input[name=password]").fill(PASSWORD)
    form.get_by_role("button", name="Inloggen").click()
    expect(browser_page).to_have_url(re.compile(re.escape(next_url.split("?")[0])))


def test_keep_order_and_share_a_list(live_server, site_data, people, new_page):
    from folders.models import FolderList, SavedItem

    base = live_server.url
    lesson_url, film_url = site_data.urls["lesson-nl"], site_data.urls["film-nl"]
    lesson_title, film_title = site_data.titles["les-messen-in-de-klas"], site_data.titles["film-mes-op-zak"]

    # Without JavaScript: the form posts and the page comes back saying so.
    plain = new_page(java_script_enabled=False)
    _log_in(plain, base, people["mentor"], next_url=film_url)
    plain.get_by_role("button", name="Bewaar in Mijn map").click()
    expect(plain.locator(".messages")).to_contain_text("Bewaard in Mijn map.")
    expect(plain.get_by_role("button", name="Haal uit Mijn map")).to_be_visible()

    # With JavaScript: saved in place, the status line says so, no reload.
    mentor = new_page()
    _log_in(mentor, base, people["mentor"], next_url=lesson_url)
    mentor.evaluate("window.notReloaded = true")
    mentor.get_by_role("button", name="Bewaar in Mijn map").click()
    expect(mentor.locator(".save-form__status")).to_have_text("Bewaard in Mijn map.")
    expect(mentor.get_by_role("button", name="Haal uit Mijn map")).to_be_visible()
    assert mentor.evaluate("window.notReloaded") is True
    assert SavedItem.objects.filter(owner=people["mentor"]).count() == 2

    # A list, with both on it, the lesson first.
    mentor.get_by_role("link", name="Mijn map").first.click()
    expect(mentor.get_by_role("heading", level=1)).to_have_text("Mijn map")
    _no_violations(mentor, "folder: ")
    mentor.get_by_label("Nieuwe lijst").fill("Mentorles week 12")
    mentor.get_by_role("button", name="Maak de lijst").click()
    expect(mentor.get_by_role("heading", level=1)).to_have_text("Mentorles week 12")
    mentor.get_by_role("link", name="Mijn map").first.click()
    for title in (film_title, lesson_title):
        mentor.get_by_role("button", name=_named("Zet erop", title)).click()
        expect(mentor.locator(".messages")).to_contain_text("Op de lijst „Mentorles week 12” gezet.")
    mentor.get_by_role("link", name="Mentorles week 12").first.click()
    titles = mentor.locator(".folder-card__title a")
    expect(titles).to_have_text([film_title, lesson_title])
    mentor.get_by_role("button", name=_named("Omhoog", lesson_title)).click()
    expect(titles).to_have_text([lesson_title, film_title])
    _no_violations(mentor, "list: ")
    screenshot(mentor, "folder-list-nl-wide")

    # Shared with the school: a colleague reads it, another school gets a 404.
    mentor.get_by_role("button", name="Deel de lijst").click()
    link = mentor.locator("#share-link").inner_text().strip()
    assert link == f"{base}/mijn-map/gedeeld/{FolderList.objects.get().share_token}/"

    colleague = new_page(viewport=NARROW)
    _log_in(colleague, base, people["colleague"], next_url=link.removeprefix(base))
    expect(colleague.get_by_role("heading", level=1)).to_have_text("Mentorles week 12")
    expect(colleague.locator(".folder-card__title a")).to_have_text([lesson_title, film_title])
    expect(colleague.get_by_role("button", name=re.compile("Omhoog|Omlaag|Haal"))).to_have_count(0)
    _no_violations(colleague, "shared list, narrow: ")
    screenshot(colleague, "folder-shared-nl-narrow")

    outsider = new_page()
    _log_in(outsider, base, people["outsider"], next_url="/mijn-map/")
    response = outsider.goto(link)
    assert response.status == 404


@pytest.mark.parametrize("viewport", [WIDE, NARROW], ids=["wide", "narrow"])
def test_folder_pages_are_accessible_in_english(live_server, site_data, people, new_page, viewport):
    from folders import services

    mentor = people["mentor"]
    item, _ = services.item_save(owner=mentor, page_id=_page_id(site_data.urls["lesson-nl"]))
    made = services.list_create(owner=mentor, name="Teamoverleg")
    services.list_add(owner=mentor, list_id=made.pk, item_id=item.pk)
    page = new_page(viewport=viewport)
    _log_in(page, live_server.url, mentor, next_url="/en/mijn-map/")
    expect(page.get_by_role("heading", level=1)).to_have_text("My folder")
    expect(page.locator(".folder-card__title a")).to_have_text([site_data.titles["les-messen-in-de-klas-en"]])
    _no_violations(page, "folder (en): ")
    page.get_by_role("link", name="Teamoverleg").first.click()
    expect(page.get_by_role("heading", level=2, name="Share with your school")).to_be_visible()
    _no_violations(page, "list (en): ")


def _page_id(url: str) -> int:
    from wagtail.models import Page

    for page in Page.objects.live().specific():
        if page.url == url:
            return page.pk
    raise LookupError(url)
