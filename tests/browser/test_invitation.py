"""Inviting colleagues, in both languages and on a phone: the copy buttons work, the QR code can be read from a
phone's screen size, the A4 poster is one printed page, and axe-core finds nothing."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import NARROW, WIDE, axe_check, screenshot
from tests.browser.test_scan_flow import english, log_in, scan_world  # noqa: F401 (a fixture)

pytestmark = pytest.mark.browser

LABELS = {
    "nl": {
        "copy": "Kopieer de code",
        "copied": "Code gekopieerd",
        "qr": "QR-code met de link naar de scan",
        "poster": "Uitnodiging om op te hangen (A4)",
    },
    "en": {
        "copy": "Copy the code",
        "copied": "Code copied",
        "qr": "QR code with the link to the scan",
        "poster": "Poster for the staff room (A4)",
    },
}


@pytest.fixture
def open_round(scan_world):  # noqa: F811
    from community.models import School, User
    from scan import services
    from scan.models import ScanPage

    school = School.objects.get(pk=scan_world.school_a_id)
    round_ = services.round_open(
        school=school,
        scan=ScanPage.objects.get(pk=scan_world.scan_id),
        parts=[],
        opened_by=User.objects.get(email=scan_world.coordinator_a),
        label="Voorjaar",
    )
    return scan_world, round_


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("viewport", [NARROW, WIDE], ids=["375", "1280"])
def test_the_round_page_invites_in_both_languages_on_every_screen(open_round, new_page, lang, viewport):
    world, round_ = open_round
    labels = LABELS[lang]
    page = new_page(viewport=viewport)
    log_in(page, world, world.coordinator_a)
    url = f"{world.url}/scan/ronde/{round_.pk}/"
    page.goto(english(url) if lang == "en" else url)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=world.url)
    page.get_by_role("button", name=labels["copy"]).click()
    expect(page.get_by_role("status").filter(has_text=labels["copied"])).to_be_visible()
    assert page.evaluate("navigator.clipboard.readText()") == round_.display_code
    qr = page.get_by_role("img", name=labels["qr"])
    expect(qr).to_be_visible()
    assert qr.bounding_box()["width"] >= 120
    axe_check(page)
    screenshot(page, f"scan-round-invite-{lang}-{viewport['width']}")

    page.get_by_role("link", name=labels["poster"]).click()
    expect(page.locator(".poster .round-code")).to_have_text(round_.display_code)
    axe_check(page)
    screenshot(page, f"scan-invitation-{lang}-{viewport['width']}")
    if viewport is WIDE:
        # On paper (A4 less print.css's margins: 17.5 x 26.7 cm, at 96 px per inch) the poster fits one page.
        page.set_viewport_size({"width": 661, "height": 1009})
        page.emulate_media(media="print")
        height = page.evaluate("document.documentElement.scrollHeight")
        assert height <= 1009, f"the poster is {height} px tall on paper: more than one A4 page"
