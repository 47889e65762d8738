"""Mijn WIJschool in a browser (issue 10, part 6): a coordinator logs in through the form and lands on their own
start page, sees the school's round and the plan actions due (the overdue one marked, theirs first), follows
one to the plan van aanpak; axe-core checks the page in Dutch and English, wide and narrow.
"""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from tests.browser.conftest import NARROW, WIDE, axe_violations, format_violations, screenshot
from tests.browser.test_scan_flow import english, log_in, scan_world  # noqa: F401 (a fixture)

pytestmark = pytest.mark.browser


def test_a_coordinator_lands_on_mijn_wijschool_and_sees_the_actions_due(scan_world, new_page):  # noqa: F811
    from django.contrib.auth import get_user_model

    from community.models import School
    from scan import services
    from scan.models import Action, ScanPage

    coordinator = get_user_model().objects.get(email=scan_world.coordinator_a)
    coordinator.first_name, coordinator.last_name = "Sanne", "de Vries"
    coordinator.save()
    school = School.objects.get(pk=scan_world.school_a_id)
    round_ = services.round_open(
        school=school, scan=ScanPage.objects.get(pk=scan_world.scan_id), parts=[], opened_by=coordinator
    )
    today = timezone.localdate()
    for title, owner, due in (
        ("Gastles van de wijkagent plannen", "Team", -2),
        ("Ouderavond over messen voorbereiden", "Sanne de Vries", 6),
        ("Protocol herzien", "Team", 60),
    ):
        Action.objects.create(
            school=school,
            scan_key=round_.scan_key,
            round=round_,
            title=title,
            owner=owner,
            due_date=today + timedelta(days=due),
        )

    page = new_page()
    log_in(page, scan_world, coordinator.email)
    expect(page).to_have_url(re.compile(r"/mijn-wijschool/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Welkom, Sanne")
    expect(page.get_by_role("link", name="Mijn WIJschool")).to_have_attribute("aria-current", "page")

    actions = page.get_by_role("region", name="Acties die eraan komen").get_by_role("listitem")
    expect(actions).to_have_count(2)  # the one due in two months waits
    expect(actions.nth(0)).to_contain_text("Ouderavond over messen voorbereiden")
    expect(actions.nth(0)).to_contain_text("Van jou")
    expect(actions.nth(1)).to_contain_text("Gastles van de wijkagent plannen")
    expect(actions.nth(1)).to_contain_text("Te laat")
    schools = page.get_by_role("region", name="Je scholen en hun scans")
    expect(schools).to_contain_text(school.name)
    expect(schools).to_contain_text("Open")

    problems = []
    for lang, url in (
        ("nl", scan_world.url + "/mijn-wijschool/"),
        ("en", english(scan_world.url + "/mijn-wijschool/")),
    ):
        for size, viewport in (("wide", WIDE), ("narrow", NARROW)):
            page.set_viewport_size(viewport)
            page.goto(url)
            screenshot(page, f"dashboard-{lang}-{size}")
            violations = axe_violations(page)
            if violations:
                problems.append(format_violations(violations, f"Mijn WIJschool {lang} {size}"))
    assert not problems, "\n".join(problems)
    expect(page.get_by_role("heading", level=1)).to_have_text("Welcome, Sanne")
    expect(page.get_by_role("region", name="Actions coming up")).to_contain_text("Overdue")

    page.get_by_role("link", name="Ouderavond over messen voorbereiden").click()
    expect(page).to_have_url(re.compile(rf"/en/scan/ronde/{round_.pk}/plan/$"))
    expect(page.get_by_role("main")).to_contain_text("Ouderavond over messen voorbereiden")
