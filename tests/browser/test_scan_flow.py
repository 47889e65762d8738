"""A school takes the 'Weerbare school' self-scan as a team, from opening a round to a plan van aanpak as PDF.

A coordinator logs in through the real login form and opens a round; three colleagues answer anonymously
in their own browsers (one stops halfway and comes back through the invitation link, one finishes on another
"device" through the personal resume link, the only address that carries a colleague's key); the coordinator
reads the results, puts two actions in the plan and downloads it as PDF. A coordinator of another school finds none of the round's pages. axe-core checks the
answering, results and plan pages in Dutch and English along the way.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from demo import builders
from demo.content.loader import load
from tests.browser.conftest import axe_violations, format_violations, screenshot
from tests.community.factories import PASSWORD, MembershipFactory, SchoolFactory

pytestmark = pytest.mark.browser

_DEMO = load()
SCANS = [scan.as_dict() for scan in _DEMO.scans]
PARTNER_TYPES = [asdict(partner) for partner in _DEMO.partner_types]
SCAN = SCANS[0]  # "Weerbare school": three parts of five items, on a scale of four
assert SCAN["slug"] == "weerbare-school"
PART_TITLES = [part["title_nl"] for part in SCAN["dimensions"]]
# Library items the scan recommends for its first items (demo slugs), so the results have resources to offer.
RESOURCES = [
    ("basistraining-schoolveiligheid-ondermijning", "training", "Basistraining Schoolveiligheid & Ondermijning"),
    ("interviewronde-wat-speelt-er", "intervention", "Interviewronde: wat speelt er echt?"),
    ("kennis-hoe-ziet-ondermijning-eruit-op-school", "knowledge", "Hoe ziet ondermijning eruit op school?"),
]
PARTNERS = ["jongerenwerk", "wijkagent"]
# Per respondent, per part: the level chosen for each item ("?" is 'weet ik niet'). The levels differ between
# colleagues, so every part has a spread; means stay below 3, so resources and partners are recommended.
ANSWERS = {
    1: [[1, 1, 2, 1, 1], [1, 2, 1, 1, 2], [2, 1, 1, 2, 1]],
    2: [[3, 2, 3, 2, 3], [2, 3, 3, 2, 2], [3, 3, 2, 3, "?"]],
    3: [[2, 4, 1, 3, 2], [4, 1, 2, 3, 1], [1, 2, 4, 1, 3]],
}


@dataclass
class ScanWorld:
    url: str
    scan_id: int
    school_a_id: int
    coordinator_a: str
    coordinator_b: str


def build_scan(resource_list=RESOURCES):
    """The Weerbare school scan (Dutch and English), with ``resource_list`` (slug, type, title) and two partners
    to recommend; returns its page. Shared with the other scan browser tests."""
    from core.models import Theme

    nl, en = builders.locales()
    tree = builders.site_tree()
    theme = Theme.objects.get(slug="jongeren-en-wapens", locale=nl)
    resources = {
        slug: builders.resource(
            parent=tree["library"],
            slug=slug,
            title=title,
            resource_type=kind,
            summary=f"{title}: voor het hele team.",
            themes=[theme],
            dimension="bewustwording",
        )
        for slug, kind, title in resource_list
    }
    partners = {}
    for order, data in enumerate(PARTNER_TYPES, start=1):
        if data["slug"] in PARTNERS:
            partners[data["slug"]] = builders.partner_type(
                slug=data["slug"], name=data["name_nl"], when_to_involve=data["when_nl"], sort_order=order
            )
            builders.translate_snippet(
                partners[data["slug"]], locale=en, name=data["name_en"], when_to_involve=data["when_en"]
            )
    index = builders.scan_index(parent=tree["home"], intro="Zelfscans voor het team.")
    scan = builders.scan_page(parent=index, data=SCAN, resources=resources, partners=partners)
    builders.translate_page(index, locale=en, strings={"Zelfscan": "Self-scan"}, slug="self-scan")
    builders.translate_page(
        scan, locale=en, strings=builders.scan_strings(SCAN), slug=builders.english_slug(SCAN["title_en"])
    )
    return scan


@pytest.fixture
def scan_world(site_data) -> ScanWorld:
    """The Weerbare school scan with a few of its resources and partners, and two schools."""
    scan = build_scan()
    school_a = SchoolFactory(name="Het Baken")
    coordinator_a = MembershipFactory(school=school_a, role="coordinator").user
    MembershipFactory(school=school_a, role="member")  # a colleague with an account; not needed to answer
    coordinator_b = MembershipFactory(school=SchoolFactory(name="De Horizon"), role="coordinator").user
    return ScanWorld(
        url=site_data.url,
        scan_id=scan.pk,
        school_a_id=school_a.pk,
        coordinator_a=coordinator_a.email,
        coordinator_b=coordinator_b.email,
    )


# --- helpers ----------------------------------------------------------------------------------------------


def english(url: str) -> str:
    """The same page with the /en/ prefix."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/en{parts.path}"


def log_in(page, world: ScanWorld, email: str) -> None:
    """Through the login form in <main> (the header's search form has a submit button too)."""
    page.goto(world.url + "/account/login/")
    form = page.locator("main form")
    form.locator("input[name=login]").fill(email)
    form.locator("input[name=password]").fill(PASSWORD)
    form.get_by_role("button", name="Inloggen").click()
    expect(page).not_to_have_url(re.compile(r"/account/login/"))
    expect(page.get_by_role("button", name="Uitloggen")).to_be_visible()


def answer_part(page, levels: list) -> None:
    """Choose a level (or 'weet ik niet') in each item's radio group of the part on the page."""
    items = page.locator("main form fieldset.scan-item")
    expect(items).to_have_count(len(levels))
    for item, level in zip(items.all(), levels, strict=True):
        radio = (
            item.get_by_role("radio", name="Weet ik niet") if level == "?" else item.get_by_role("radio").nth(level - 1)
        )
        radio.check()  # fails unless the radio ends up checked


def expect_part(page, number: int) -> None:
    expect(page.get_by_role("heading", level=1)).to_have_text(PART_TITLES[number - 1])
    expect(page.locator("#progress-label")).to_contain_text(f"Deel {number} van {len(PART_TITLES)}")


def save(page, label: str) -> None:
    page.locator("main form").get_by_role("button", name=label, exact=True).click()


def finish_from(page, respondent: int, number: int) -> None:
    """Answer part ``number`` and every part after it, then check the thank-you page."""
    for n in range(number, len(PART_TITLES) + 1):
        expect_part(page, n)
        answer_part(page, ANSWERS[respondent][n - 1])
        save(page, "Opslaan en afronden" if n == len(PART_TITLES) else "Opslaan en verder")
    expect(page.get_by_role("heading", level=1)).to_have_text("Bedankt voor je antwoorden")


class Axe:
    """Collects axe-core's WCAG 2.2 A/AA violations per page, to report them all at the end of the flow."""

    def __init__(self):
        self.problems: list[str] = []
        self.checked: list[str] = []

    def check(self, page, name: str, lang: str) -> None:
        assert page.locator("html").get_attribute("lang") == lang, f"{name}: <html lang> at {page.url}"
        self.checked.append(f"{name} ({lang})")
        violations = axe_violations(page)
        if violations:
            self.problems.append(format_violations(violations, where=f"{name} ({page.url}): "))

    def assert_clean(self) -> None:
        report = "\n".join(self.problems)
        print(report)
        assert not self.problems, f"axe-core found WCAG A/AA violations:\n{report}"


# --- the test -----------------------------------------------------------------------------------------------


def test_a_school_team_takes_the_scan_reads_the_results_and_makes_a_plan(scan_world, new_page):
    world = scan_world
    axe = Axe()

    # 1. The coordinator of school A opens a round for all three parts.
    coordinator = new_page()
    log_in(coordinator, world, world.coordinator_a)
    coordinator.goto(f"{world.url}/scan/school/{world.school_a_id}/")
    expect(coordinator.get_by_role("heading", level=1)).to_have_text("Zelfscans van Het Baken")
    coordinator.get_by_role("link", name="Ronde openen: Weerbare school").click()
    expect(coordinator.get_by_role("heading", level=1)).to_have_text("Ronde openen: Weerbare school")
    parts = coordinator.get_by_role("group", name=re.compile("Welke delen doet het team nu")).get_by_role("checkbox")
    expect(parts).to_have_count(3)
    for checkbox in parts.all():  # every part, chosen explicitly (none chosen means all as well)
        checkbox.check()
    coordinator.get_by_label("Naam van de ronde").fill("Najaar 2026")
    coordinator.locator("main form").get_by_role("button", name="Ronde openen", exact=True).click()
    coordinator.wait_for_url(re.compile(r"/scan/ronde/\d+/$"))
    round_id = int(re.search(r"/scan/ronde/(\d+)/$", coordinator.url).group(1))
    round_url = f"{world.url}/scan/ronde/{round_id}/"
    expect(coordinator.get_by_role("heading", level=1)).to_have_text("Weerbare school · Najaar 2026")
    join_url = coordinator.locator("#join-link").inner_text().strip()
    assert re.fullmatch(re.escape(world.url) + r"/scan/doe-mee/[A-Za-z0-9_-]+/", join_url), join_url

    # 1b. Inviting: the link and the code copy with one click, the QR code is drawn, the A4 poster prints them.
    coordinator.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=world.url)
    coordinator.get_by_role("button", name="Kopieer de link").click()
    expect(coordinator.get_by_role("status").filter(has_text="Link gekopieerd")).to_be_visible()
    assert coordinator.evaluate("navigator.clipboard.readText()") == join_url
    qr = coordinator.get_by_role("img", name="QR-code met de link naar de scan")
    expect(qr).to_be_visible()
    assert qr.bounding_box()["width"] >= 120  # big enough for a phone camera across a table
    axe.check(coordinator, "round", "nl")
    screenshot(coordinator, "scan-round-invite-nl-wide")
    round_code = coordinator.locator("#round-code").inner_text().strip()
    coordinator.get_by_role("link", name="Uitnodiging om op te hangen (A4)").click()
    expect(coordinator.get_by_role("heading", level=1)).to_contain_text("Doe mee met de scan ‘Weerbare school’")
    expect(coordinator.locator(".poster .round-code")).to_have_text(round_code)
    expect(coordinator.get_by_role("img", name="QR-code met de link naar de scan")).to_be_visible()
    axe.check(coordinator, "invitation poster", "nl")
    screenshot(coordinator, "scan-invitation-nl-wide")
    coordinator.go_back()

    # 2a. Colleague 1: the invitation link, a role, the three parts in one go.
    first = new_page()
    first.goto(join_url)
    expect(first.get_by_role("heading", level=1)).to_have_text("Weerbare school")
    expect(first.get_by_text("Scanronde van Het Baken")).to_be_visible()
    axe.check(first, "join", "nl")
    first.get_by_role("group", name=re.compile("Jouw rol in het team")).get_by_role("radio", name="Docent").check()
    first.get_by_role("button", name="Begin met de scan").click()
    expect_part(first, 1)
    axe.check(first, "answer", "nl")
    finish_from(first, 1, 1)

    # 2b. Colleague 2 stops after the first part and comes back through the invitation link in the same browser.
    second = new_page()
    second.goto(join_url)
    expect(second.get_by_role("link", name="Verder met mijn antwoorden")).to_have_count(0)
    second.get_by_role("button", name="Begin met de scan").click()
    expect_part(second, 1)
    answer_part(second, ANSWERS[2][0])
    save(second, "Opslaan en later verder")
    expect(second.get_by_role("heading", level=1)).to_have_text("Je antwoorden zijn bewaard")
    expect(second.locator("main code.copyable")).to_contain_text("/scan/verder/")
    second.goto(join_url)
    second.get_by_role("link", name="Verder met mijn antwoorden").click()
    expect_part(second, 2)  # the first part with open questions
    expect(second.locator("#progress-label")).to_contain_text("5 van 15 vragen beantwoord")
    finish_from(second, 2, 2)

    # 2c. Colleague 3 answers two parts, then finishes on another device through the personal resume link.
    # Every address either browser asks for is kept: only the resume link may carry the personal key.
    requested: list[str] = []
    third = new_page()
    third.on("request", lambda request: requested.append(request.url))
    third.goto(join_url)
    third.get_by_role("button", name="Begin met de scan").click()
    for number in (1, 2):
        expect_part(third, number)
        answer_part(third, ANSWERS[3][number - 1])
        save(third, "Opslaan en verder")
    expect_part(third, 3)
    third.get_by_text("Op een ander apparaat verder?").click()  # opens the details with the personal link
    resume_url = third.locator("details.resume-link code").inner_text().strip()
    assert re.fullmatch(re.escape(world.url) + r"/scan/verder/[A-Za-z0-9_-]+/", resume_url), resume_url
    answer_url = third.url
    key = resume_url.rstrip("/").rsplit("/", 1)[1]
    assert key not in answer_url
    elsewhere = new_page()
    elsewhere.on("request", lambda request: requested.append(request.url))
    elsewhere.goto(resume_url)
    expect(elsewhere).to_have_url(answer_url)  # redirected at once to the address without the key
    expect(elsewhere.locator("#progress-label")).to_contain_text("10 van 15 vragen beantwoord")
    finish_from(elsewhere, 3, 3)
    assert [url for url in requested if key in url] == [resume_url], requested
    # The English answer page (the round is still open: looking at it changes nothing) and join page.
    elsewhere.goto(english(answer_url))
    expect(elsewhere.get_by_role("heading", level=1)).to_have_text(SCAN["dimensions"][2]["title_en"])
    expect(elsewhere.locator("main form fieldset.scan-item")).to_have_count(5)
    axe.check(elsewhere, "answer", "en")
    elsewhere.goto(english(join_url))
    expect(elsewhere.get_by_role("heading", level=1)).to_have_text("Resilient school")
    axe.check(elsewhere, "join", "en")

    # 3. The coordinator closes the round and reads the results: three colleagues, a spread per part, a chart with
    # its table.
    coordinator.goto(round_url)
    expect(coordinator.locator("dl.facts")).to_contain_text("3 begonnen, 3 afgerond")
    # Everyone is done: the coordinator closes the round, and only then do the results appear.
    coordinator.get_by_role("button", name="Ronde sluiten").click()
    expect(coordinator.locator(".messages")).to_contain_text("De ronde is gesloten")
    coordinator.get_by_role("navigation", name="Deze ronde").get_by_role("link", name="Resultaten").click()
    expect(coordinator).to_have_url(round_url + "resultaten/")
    expect(coordinator.get_by_role("heading", level=1)).to_have_text("Resultaten: Weerbare school")
    main = coordinator.locator("main")
    expect(main.get_by_text("3 collega's hebben geantwoord.")).to_be_visible()
    chart_section = main.locator(".chart-with-table")
    expect(chart_section.locator("svg.chart[role=img]")).to_be_visible()
    expect(chart_section.locator("svg.chart rect.chart__bar")).to_have_count(3)
    table = chart_section.get_by_role("table", name="Gemiddelde per deel")
    expect(table).to_be_visible()
    headers = table.locator("thead th").all_inner_texts()
    assert headers[:4] == ["Deel", "Gemiddelde", "Collega's", "Spreiding"], headers
    rows = table.locator("tbody tr")
    expect(rows.locator("th")).to_have_text(PART_TITLES)
    for row in rows.all():
        cells = row.locator("td").all_inner_texts()
        assert cells[1] == "3", cells
        # Three colleagues: the spread in words, not as a number that would give their answers away (0006).
        assert cells[2] in {"eensgezind", "verschillend", "sterk verschillend"}, cells
    expect(main.get_by_role("link", name="Zet in het plan").first).to_be_visible()
    axe.check(coordinator, "results", "nl")
    coordinator.goto(english(coordinator.url))
    expect(coordinator.get_by_role("heading", level=1)).to_contain_text(SCAN["title_en"])
    expect(coordinator.locator("main .chart-with-table svg.chart")).to_be_visible()
    axe.check(coordinator, "results", "en")

    # 4. Two actions in the plan: one from a recommendation, one typed in.
    coordinator.goto(round_url + "resultaten/")
    recommendation = (
        coordinator.locator("main li.recommendation")
        .filter(has=coordinator.get_by_role("link", name="Zet in het plan"))
        .first
    )
    recommended_title = recommendation.locator(".recommendation__title a, .recommendation__title strong").first
    recommended_title = recommended_title.inner_text().strip()
    recommendation.get_by_role("link", name="Zet in het plan").click()
    coordinator.wait_for_url(re.compile(r"/plan/\?suggestion=.+#action-form$"))
    form = coordinator.locator("#action-form")
    expect(form.get_by_label("Actie", exact=True)).to_have_value(recommended_title)
    expect(form.get_by_role("checkbox", checked=True).first).to_be_visible()  # the knelpunten it helps with
    form.get_by_label("Eigenaar", exact=True).fill("Zorgcoördinator")
    form.get_by_role("button", name="Actie toevoegen").click()
    coordinator.wait_for_url(re.compile(r"/plan/#plan$"))
    expect(coordinator.get_by_text("De actie staat in het plan.")).to_be_visible()

    typed = "Vast agendapunt veiligheid op elke teamvergadering"
    form = coordinator.locator("#action-form")
    form.get_by_label("Actie", exact=True).fill(typed)
    form.get_by_label("Eigenaar", exact=True).fill("Teamleider onderbouw")
    form.get_by_label(re.compile(r"^Start")).fill("2026-09-01")
    form.get_by_label(re.compile(r"^Klaar op")).fill("2026-12-18")
    form.get_by_role("button", name="Actie toevoegen").click()
    coordinator.wait_for_url(re.compile(r"/plan/#plan$"))
    plan_table = coordinator.get_by_role("table", name="Plan van aanpak")
    actions = plan_table.locator("tbody th[scope=row]")
    expect(actions).to_have_count(2)
    titles = [text.replace("\u00ad", "") for text in actions.locator(".plan-table__title").all_inner_texts()]
    assert sorted(titles) == sorted([recommended_title, typed])  # long words carry soft hyphens
    for action in actions.all():  # each action says whether it carries out a legal duty
        assert re.search(r"Wettelijke plicht|Goede praktijk", action.inner_text())
    typed_row = plan_table.locator("tbody tr").filter(has_text=typed)
    expect(typed_row).to_contain_text("Teamleider onderbouw")
    expect(typed_row).to_contain_text("1 september 2026 – 18 december 2026")
    expect(plan_table.locator("tbody tr").filter(has_text=recommended_title)).to_contain_text("Zorgcoördinator")
    axe.check(coordinator, "plan", "nl")

    # 5. The plan as PDF.
    with coordinator.expect_download() as download_info:
        coordinator.get_by_role("link", name="Download als PDF").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".pdf"), download.suggested_filename
    assert Path(download.path()).read_bytes()[:5] == b"%PDF-"

    coordinator.goto(english(round_url + "plan/"))
    expect(coordinator.get_by_role("table", name=re.compile(".")).first).to_be_visible()
    axe.check(coordinator, "plan", "en")

    # 6. A coordinator of another school finds none of the round's pages or downloads.
    outsider = new_page()
    log_in(outsider, world, world.coordinator_b)
    for path in ("", "resultaten/", "plan/", "plan/afdrukken/"):
        response = outsider.goto(round_url + path)
        assert response.status == 404, f"{response.status} at {round_url + path}"
    for path in ("plan/pdf/", "plan/xlsx/"):
        response = outsider.request.get(round_url + path)
        assert response.status == 404, f"{response.status} at {round_url + path}"
    response = outsider.request.get(english(round_url + "plan/pdf/"))
    assert response.status == 404, f"{response.status} at {english(round_url + 'plan/pdf/')}"

    # 7. Every page checked by axe-core, Dutch and English, without violations.
    assert axe.checked == [
        "round (nl)",
        "invitation poster (nl)",
        "join (nl)",
        "answer (nl)",
        "answer (en)",
        "join (en)",
        "results (nl)",
        "results (en)",
        "plan (nl)",
        "plan (en)",
    ]
    axe.assert_clean()
