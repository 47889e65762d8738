"""Mijn gegevens in a browser (issue 10, part 5): a member who wrote in the forum goes from Mijn WIJschool to
their data page, changes the name the forum shows, downloads everything as JSON and as a readable file, reads
what deleting means, deletes the account (the password asked once more), and their post stays as "Voormalig
lid". axe-core checks the data page and the deletion page in Dutch and English, wide and narrow.
"""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import NARROW, WIDE, axe_violations, format_violations, screenshot
from tests.browser.test_scan_flow import english, log_in, scan_world  # noqa: F401 (a fixture)
from tests.community.factories import PASSWORD

pytestmark = pytest.mark.browser


def test_a_member_downloads_their_data_and_deletes_their_account(scan_world, new_page):  # noqa: F811
    from community.models import AccountDeletion, Membership, School, User
    from tests.community.factories import MembershipFactory
    from tests.forum import factories as forum_factories

    school = School.objects.get(pk=scan_world.school_a_id)
    member = forum_factories.member(email="pim@hetbaken.example", first_name="Pim", display_name="Pim")
    MembershipFactory(user=member, school=school, role=Membership.Role.MEMBER)
    colleague = User.objects.get(email=scan_world.coordinator_a)
    category = forum_factories.category(name="Verzuim", slug="verzuim")
    thread = forum_factories.thread(category=category, author=colleague, title="Elke vrijdag afwezig")
    forum_factories.reply(thread=thread, author=member, body="Bij ons hielp een gesprek met de ouders.")

    page = new_page()
    log_in(page, scan_world, member.email)
    page.get_by_role("link", name=re.compile("^Mijn gegevens")).click()
    expect(page).to_have_url(re.compile(r"/mijn-wijschool/gegevens/$"))
    expect(page.get_by_role("link", name="Mijn gegevens")).to_have_attribute("aria-current", "page")

    page.get_by_label("Naam op het forum").fill("Meester Pim")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_text("Je gegevens zijn opgeslagen.")).to_be_visible()
    expect(page.get_by_label("Naam op het forum")).to_have_value("Meester Pim")
    kept = page.get_by_role("region", name="Wat de site over je bewaart")
    expect(kept.get_by_role("row", name=re.compile("Je berichten op het forum"))).to_contain_text("1")

    with page.expect_download() as download:
        page.get_by_role("link", name="Download als JSON").click()
    data = json.loads(open(download.value.path(), encoding="utf-8").read())
    assert data["sections"]["forum_posts"]["rows"][0]["body"] == "Bij ons hielp een gesprek met de ouders."
    assert data["sections"]["forum_profile"]["rows"][0]["display_name"] == "Meester Pim"
    with page.expect_download() as download:
        page.get_by_role("link", name="Download als leesbaar bestand").click()
    assert download.value.suggested_filename.endswith(".html")
    assert "Bij ons hielp een gesprek met de ouders." in open(download.value.path(), encoding="utf-8").read()

    problems = []
    for name, path in (("data", "/mijn-wijschool/gegevens/"), ("delete", "/mijn-wijschool/account-verwijderen/")):
        for lang, url in (("nl", scan_world.url + path), ("en", english(scan_world.url + path))):
            for size, viewport in (("wide", WIDE), ("narrow", NARROW)):
                page.set_viewport_size(viewport)
                page.goto(url)
                screenshot(page, f"my-{name}-{lang}-{size}")
                violations = axe_violations(page)
                if violations:
                    problems.append(format_violations(violations, f"{name} {lang} {size}"))
    assert not problems, "\n".join(problems)
    expect(page.get_by_role("heading", level=1)).to_have_text("Deleting your account")

    page.set_viewport_size(WIDE)
    page.goto(scan_world.url + "/mijn-wijschool/account-verwijderen/")
    expect(page.get_by_role("main")).to_contain_text("Je schreef 1 bericht.")
    expect(page.get_by_label(re.compile("Laat ze staan"))).to_be_checked()
    page.get_by_role("button", name="Verwijder mijn account").click()
    expect(page.get_by_text("Vink aan dat je begrijpt", exact=False).last).to_be_visible()  # nothing happened yet
    expect(page.get_by_role("heading", level=1)).to_have_text("Je account verwijderen")
    page.get_by_label(re.compile("Ik begrijp dat mijn account")).check()
    page.get_by_role("button", name="Verwijder mijn account").click()
    expect(page).to_have_url(re.compile(r"/account/reauthenticate/"))
    page.locator("main form input[name=password]").fill(PASSWORD)
    page.locator("main form").get_by_role("button", name="Bevestigen").click()
    expect(page).to_have_url(re.compile(r"/mijn-wijschool/account-verwijderd/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Je account is verwijderd")
    expect(page.get_by_role("link", name="Inloggen")).to_be_visible()
    violations = axe_violations(page)
    assert not violations, format_violations(violations, "deleted")

    assert not User.objects.filter(email="pim@hetbaken.example").exists()
    assert AccountDeletion.objects.filter(content_removed=False).count() == 1
    page.goto(scan_world.url + thread.get_absolute_url())
    reply = page.locator("article.post").nth(1)
    expect(reply).to_contain_text("Voormalig lid")
    expect(reply).to_contain_text("Bij ons hielp een gesprek met de ouders.")
    expect(page.get_by_role("main")).not_to_contain_text("Meester Pim")
