"""Sharing and my own corner, end to end in a browser (issue 10): a member shares a lesson with a PDF (a refused
link first: everything typed stays, the file must be chosen again); a moderator approves it in the Wagtail admin;
it appears in the library with the school's name and licence and in the facet counts; a second member saves it to
a list, marks it "gebruikt in de klas" with a comment and shares the list with a colleague; the moderator
publishes a change with a note and the second member sees the notice; a coordinator lands on Mijn WIJschool and
sees the school's plan actions due; the first member downloads their data and deletes their account, and the
lesson stays, shared by "een voormalig lid". axe-core checks the new pages in Dutch and English, wide and narrow.
"""

from __future__ import annotations

import json
import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from playwright.sync_api import expect

from tests.browser.conftest import NARROW, WIDE, axe_violations, format_violations, screenshot
from tests.browser.test_folder_flow import _log_in, _named, people  # noqa: F401 (a fixture)
from tests.community.factories import PASSWORD, MembershipFactory, UserFactory
from tests.forum.worker import run_worker

pytestmark = pytest.mark.browser

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
TITLE = "Mentorles: praten over messen"


def _theme_count(page, base: str) -> int:
    page.goto(f"{base}/bibliotheek/")
    label = page.locator("fieldset.facet label").filter(has_text="Jongeren en wapens").first
    return int(re.search(r"\((\d+)\)", label.inner_text()).group(1))


def _check_pages(page, base: str, paths: list[tuple[str, str]]) -> list[str]:
    problems = []
    for name, path in paths:
        for lang, prefix in (("nl", ""), ("en", "/en")):
            for size, viewport in (("wide", WIDE), ("narrow", NARROW)):
                page.set_viewport_size(viewport)
                page.goto(base + prefix + path)
                screenshot(page, f"{name}-{lang}-{size}")
                violations = axe_violations(page)
                if violations:
                    problems.append(format_violations(violations, f"{name} {lang} {size}"))
    page.set_viewport_size(WIDE)
    return problems


def _admin_click(page, selector: str) -> None:
    """Wagtail's footer actions sit in a dropdown: click the button itself, as its menu item would."""
    page.locator(selector).first.evaluate("button => button.click()")


def test_a_shared_lesson_from_submission_to_a_former_member(live_server, site_data, people, new_page):  # noqa: F811
    from community.models import Membership, School
    from library.models import ResourcePage, Submission
    from scan.models import Action

    base = live_server.url
    mentor, colleague = people["mentor"], people["colleague"]
    school = School.objects.get(name="Het Dijkcollege")
    coordinator = UserFactory(email="coordinator@dijkcollege.example", first_name="Sanne", last_name="de Vries")
    MembershipFactory(user=coordinator, school=school, role=Membership.Role.COORDINATOR)
    Action.objects.create(
        school=school,
        scan_key="00000000-0000-0000-0000-000000000001",
        title="Ouderavond over messen voorbereiden",
        owner="Sanne de Vries",
        due_date=timezone.localdate() + timedelta(days=5),
    )
    moderator = UserFactory(email="redactie@wijschool.example", first_name="Redactie", is_staff=True)
    moderator.groups.add(Group.objects.get(name="Moderators"))
    before = None

    # 1. The mentor shares a lesson. A refused link: everything typed stays, the file must be chosen again.
    sharer = new_page(java_script_enabled=False)
    _log_in(sharer, base, mentor, "/mijn-wijschool/")
    before = _theme_count(sharer, base)
    sharer.get_by_role("link", name="Deel het met andere scholen").click()
    expect(sharer.get_by_role("heading", level=1)).to_have_text("Materiaal van je school delen")
    expect(sharer.get_by_text("Je deelt dit namens Het Dijkcollege.")).to_be_visible()
    form = sharer.locator("main form")
    form.get_by_label("Soort materiaal").select_option("lesson")
    form.get_by_label("Titel").fill(TITLE)
    form.get_by_label("Samenvatting").fill("Een mentorles van 50 minuten over waarom jongeren een mes dragen.")
    form.get_by_label("Beschrijving").fill("Voorbereiding: lees de casus.\n\nStap 1: open het gesprek.")
    form.get_by_role("checkbox", name="Jongeren en wapens").check()
    form.get_by_role("radio", name="Bewustwording").check()
    form.get_by_label("Bestand").set_input_files(
        {"name": "mentorles.pdf", "mimeType": "application/pdf", "buffer": PDF}
    )
    form.get_by_label("Of een link").fill("javascript:alert(1)")
    form.get_by_role("radio", name=re.compile("^CC BY-SA 4.0")).check()
    form.get_by_role("checkbox", name=re.compile("Dit materiaal is van onze school")).check()
    form.get_by_role("button", name="Delen met de redactie").click()
    expect(sharer.get_by_role("alert")).to_contain_text("begint met http:// of https://")
    expect(sharer.get_by_role("status").filter(has_text="het bestand niet")).to_be_visible()
    form = sharer.locator("main form")
    expect(form.get_by_label("Titel")).to_have_value(TITLE)
    expect(form.get_by_role("radio", name=re.compile("^CC BY-SA 4.0"))).to_be_checked()
    form.get_by_label("Of een link").fill("")
    form.get_by_label("Bestand").set_input_files(
        {"name": "mentorles.pdf", "mimeType": "application/pdf", "buffer": PDF}
    )
    form.get_by_role("button", name="Delen met de redactie").click()
    expect(sharer).to_have_url(re.compile(r"/bibliotheek-items/gedeeld/$"))
    expect(sharer.locator(".messages")).to_contain_text("De redactie bekijkt je materiaal.")
    expect(sharer.get_by_role("row", name=re.compile(TITLE))).to_contain_text("Ingediend")
    submission = Submission.objects.get()
    assert not submission.page.live
    run_worker()  # the moderators' mail and the mentor's "ingediend"

    # 2. A moderator approves it in the admin.
    admin = new_page()
    _log_in(admin, base, moderator, f"/admin/pages/{submission.page_id}/edit/")
    expect(admin.locator("main")).to_contain_text(TITLE)
    _admin_click(admin, 'button[data-workflow-action-name="approve"]:not([data-workflow-action-modal-url])')
    expect(admin).not_to_have_url(re.compile(r"/edit/$"))
    page_obj = ResourcePage.objects.get(pk=submission.page_id)
    assert page_obj.live
    submission.refresh_from_db()
    assert submission.status == "published"

    # 3. In the library, with the school's name and the licence, and counted in the facets.
    assert _theme_count(sharer, base) == before + 1
    sharer.goto(base + page_obj.url)
    facts = sharer.get_by_role("complementary")
    expect(facts).to_contain_text("Bram Jansen, Het Dijkcollege")
    expect(facts.get_by_role("link", name="CC BY-SA 4.0")).to_have_attribute(
        "href", "https://creativecommons.org/licenses/by-sa/4.0/deed.nl"
    )
    expect(sharer.get_by_role("link", name=TITLE)).to_be_visible()  # the PDF, under "Bijlagen"

    # 4. A colleague keeps it in a list, says it was used in class, and shares the list.
    second = new_page(java_script_enabled=False)
    _log_in(second, base, colleague, page_obj.url)
    second.get_by_role("button", name="Bewaar in Mijn map").click()
    expect(second.locator(".messages")).to_contain_text("Bewaard in Mijn map.")
    section = second.get_by_role("region", name="Gebruikt in de klas")
    section.get_by_label("Hoe ging het?").fill("Goed gesprek in klas 2, de casus werkte.")
    section.get_by_role("button", name="Gebruikt in de klas").click()
    expect(second.get_by_role("region", name="Gebruikt in de klas")).to_contain_text("Goed gesprek in klas 2")
    second.goto(base + "/mijn-map/")
    second.get_by_label("Nieuwe lijst").fill("Mentorles week 12")
    second.get_by_role("button", name="Maak de lijst").click()
    second.goto(base + "/mijn-map/")
    second.get_by_role("button", name=_named("Zet erop", TITLE)).click()
    second.get_by_role("link", name="Mentorles week 12").first.click()
    second.get_by_role("button", name="Deel de lijst").click()
    link = second.locator("#share-link").inner_text().strip()
    reader = new_page()
    _log_in(reader, base, coordinator, link.removeprefix(base))
    expect(reader.locator(".folder-card__title a")).to_have_text([TITLE])

    # 5. The moderator publishes a change with a note; the colleague who keeps it sees the notice.
    admin.goto(f"{base}/admin/pages/{page_obj.pk}/edit/")
    admin.locator("textarea[name=change_note]").fill("Er is een werkblad voor de onderbouw bij gekomen.")
    _admin_click(admin, 'button[name="action-publish"]')
    expect(admin).not_to_have_url(re.compile(r"/edit/$"))
    run_worker()
    second.goto(base + "/mijn-wijschool/")
    changes = second.get_by_role("region", name="Bijgewerkt in wat je bewaart")
    expect(changes).to_contain_text(TITLE)
    expect(changes).to_contain_text("Er is een werkblad voor de onderbouw bij gekomen.")
    expect(changes).to_contain_text("in je map")

    # 6. The coordinator lands on Mijn WIJschool after logging in and sees the plan actions due.
    landing = new_page()
    landing.goto(f"{base}/account/login/")
    landing.locator("main form input[name=login]").fill(coordinator.email)
    landing.locator("main form input[name=password]").fill(PASSWORD)
    landing.locator("main form").get_by_role("button", name="Inloggen").click()
    expect(landing).to_have_url(re.compile(r"/mijn-wijschool/$"))
    expect(landing.get_by_role("region", name="Acties die eraan komen")).to_contain_text(
        "Ouderavond over messen voorbereiden"
    )

    # The new pages, in Dutch and English, wide and narrow.
    # (axe-core runs in the page: these pages are opened with JavaScript on.)
    checker = new_page()
    _log_in(checker, base, mentor, "/bibliotheek-items/gedeeld/")
    problems = _check_pages(
        checker, base, [("share-form", "/bibliotheek-items/delen/"), ("shared-mine", "/bibliotheek-items/gedeeld/")]
    )
    keeper = new_page()
    _log_in(keeper, base, colleague, "/mijn-wijschool/")
    problems += _check_pages(keeper, base, [("dashboard-changes", "/mijn-wijschool/")])
    assert not problems, "\n".join(problems)

    # 7. The mentor downloads their data, then deletes the account; the lesson stays, from a former member.
    owner = new_page()
    _log_in(owner, base, mentor, "/mijn-wijschool/gegevens/")
    with owner.expect_download() as download:
        owner.get_by_role("link", name="Download als JSON").click()
    data = json.loads(open(download.value.path(), encoding="utf-8").read())
    assert data["sections"]["shared_material"]["rows"][0]["title"] == TITLE
    assert data["sections"]["shared_material"]["rows"][0]["status"] == "Gepubliceerd"
    owner.goto(base + "/mijn-wijschool/account-verwijderen/")
    expect(owner.get_by_role("region", name="Materiaal dat je deelde")).to_contain_text("een voormalig lid")
    owner.get_by_label(re.compile("Ik begrijp dat mijn account")).check()
    owner.get_by_role("button", name="Verwijder mijn account").click()
    expect(owner).to_have_url(re.compile(r"/account/reauthenticate/"))
    owner.locator("main form input[name=password]").fill(PASSWORD)
    owner.locator("main form").get_by_role("button", name="Bevestigen").click()
    expect(owner).to_have_url(re.compile(r"/mijn-wijschool/account-verwijderd/$"))
    owner.goto(base + page_obj.url)
    facts = owner.get_by_role("complementary")
    expect(facts).to_contain_text("een voormalig lid, Het Dijkcollege")
    expect(owner.get_by_role("main")).not_to_contain_text("Bram Jansen")
    screenshot(owner, "shared-lesson-former-member-nl-wide")
