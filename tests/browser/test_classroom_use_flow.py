"""'Gebruikt in de klas' in a browser (issue 10, part 3): a mentor says they used a lesson in class, with a
comment, sector and year group (no JavaScript needed: a form), sees the count and their comment, changes it;
a colleague reads it on the English page of the same lesson and can report it; the library lists the lesson
first under "meest gebruikt". axe-core checks the item page's section in Dutch and English, wide and narrow.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import NARROW, WIDE, axe_violations, format_violations, screenshot
from tests.browser.test_folder_flow import _log_in, people  # noqa: F401 (a fixture)

pytestmark = pytest.mark.browser


def test_a_mentor_says_they_used_a_lesson_in_class(live_server, site_data, people, new_page):  # noqa: F811
    from library.models import ClassroomUse

    base = live_server.url
    lesson_url = site_data.urls["lesson-nl"]
    page = new_page(java_script_enabled=False)
    _log_in(page, base, people["mentor"], lesson_url)
    section = page.get_by_role("region", name="Gebruikt in de klas")
    expect(section).to_contain_text("Nog niemand heeft laten weten")
    section.get_by_label("Hoe ging het?").fill("Goed gesprek in de mentorles, 35 minuten nodig.")
    section.get_by_label("Sector").select_option("vo")
    section.get_by_label("Leerjaar of groep").fill("klas 2 havo")
    section.get_by_role("button", name="Gebruikt in de klas").click()
    expect(page.get_by_text("Bedankt! Je collega's zien nu dat je dit in de klas gebruikte.")).to_be_visible()
    section = page.get_by_role("region", name="Gebruikt in de klas")
    expect(section).to_contain_text("1 collega gebruikte dit in de klas.")
    expect(section).to_contain_text("Goed gesprek in de mentorles")
    expect(section).to_contain_text("klas 2 havo")
    assert ClassroomUse.objects.count() == 1

    colleague = new_page()
    _log_in(colleague, base, people["colleague"], lesson_url)
    problems = []
    for lang in ("nl", "en"):
        if lang == "en":
            colleague.get_by_role("link", name="English").first.click()
            expect(colleague).to_have_url(re.compile(r"/en/"))
        for size, viewport in (("wide", WIDE), ("narrow", NARROW)):
            colleague.set_viewport_size(viewport)
            colleague.reload()
            colleague.locator("#gebruikt-in-de-klas").scroll_into_view_if_needed()
            screenshot(colleague, f"classroom-use-{lang}-{size}")
            violations = axe_violations(colleague)
            if violations:
                problems.append(format_violations(violations, f"item {lang} {size}"))
    assert not problems, "\n".join(problems)
    english = colleague.get_by_role("region", name="Used in class")
    expect(english).to_contain_text("1 colleague used this in class.")
    expect(english).to_contain_text("Goed gesprek in de mentorles")
    english.get_by_role("button", name="Report this comment").click()
    expect(colleague.get_by_text("Thank you for your report.")).to_be_visible()
    assert ClassroomUse.objects.get().flag_count == 1

    colleague.goto(base + "/bibliotheek/?sort=used")
    first = colleague.locator("main .card-grid article, main .card-grid li").first
    expect(first).to_contain_text(site_data.titles["les-messen-in-de-klas"])
