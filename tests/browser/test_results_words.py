"""A team's results read like advice, hidden items say how many answered, and the page works on a phone.

A closed round of the demo's 'Weerbare school' scan with six colleagues, answered so that one item has counts per
level (six levels), one has a mean but too few levels for counts (four levels, two 'weet ik niet'), and one is
left out (two levels and one 'weet ik niet'). The coordinator reads the results in Dutch and English at 375 and
1280 px: reasons are sentences, the hidden item says how many answered and why there are no figures, the chart's
labels keep their size on a phone, wide tables scroll inside their own box, and axe-core finds nothing. The quick
individual scan leads with the summary and folds the details. Screenshots in ``screenshots/results-words-*.png``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from demo import builders
from demo.content.loader import load
from tests.browser.conftest import NARROW, SCREENSHOTS, WIDE, axe_check, screenshot
from tests.browser.test_scan_flow import build_scan
from tests.community.factories import PASSWORD, MembershipFactory, SchoolFactory

pytestmark = pytest.mark.browser

_DEMO = load()
SCAN = next(scan.as_dict() for scan in _DEMO.scans if scan.as_dict()["slug"] == "weerbare-school")
RESOURCES = [
    ("basistraining-schoolveiligheid-ondermijning", "training", "Basistraining Schoolveiligheid & Ondermijning"),
    ("interviewronde-wat-speelt-er", "intervention", "Interviewronde: wat speelt er echt?"),
    ("signalenkaart-en-casusbespreking", "intervention", "Signalenkaart en casusbespreking"),
]
ITEMS = [item["key"] for part in SCAN["dimensions"] for item in part["items"]]
BEELD, SIGNALEN, CIJFERS = "zicht-op-jeugdcriminaliteit", "signalen-herkennen", "veiligheid-in-cijfers"
# Six colleagues. BEELD: six levels (counts per level shown). SIGNALEN: four levels and two 'weet ik niet' (mean
# 1,8, no counts). CIJFERS: two levels and one 'weet ik niet' (left out). Every other item: levels from all six.
ROWS = [
    {BEELD: 1, SIGNALEN: 1, CIJFERS: 2},
    {BEELD: 2, SIGNALEN: 2, CIJFERS: 3},
    {BEELD: 2, SIGNALEN: 2, CIJFERS: None},
    {BEELD: 3, SIGNALEN: 2},
    {BEELD: 1, SIGNALEN: None},
    {BEELD: 4, SIGNALEN: None},
]


@dataclass
class ResultsWorld:
    url: str
    scan_id: int
    round_id: int
    coordinator: str


def _statement(key: str) -> str:
    return next(item["statement_nl"] for part in SCAN["dimensions"] for item in part["items"] if item["key"] == key)


@pytest.fixture
def results_world(site_data) -> ResultsWorld:
    """The scan (Dutch and English), three of its resources, two partners, and a closed round of six colleagues."""
    from scan import services

    scan = build_scan(RESOURCES)
    school = SchoolFactory(name="Het Baken")
    coordinator = MembershipFactory(school=school, role="coordinator").user
    round_ = services.round_open(school=school, scan=scan, parts=[], opened_by=coordinator, label="Najaar 2026")
    for number, row in enumerate(ROWS):
        respondent, _key = services.respondent_start(round_=round_)
        values = {builders.stable_id(SCAN["slug"], key): value for key, value in row.items()}
        for key in ITEMS:  # every other item: a level from everyone, spread over the scale
            if key not in (BEELD, SIGNALEN, CIJFERS):
                values[builders.stable_id(SCAN["slug"], key)] = 1 + (number + len(key)) % 3
        services.answers_save(respondent=respondent, values=values)
        services.respondent_finish(respondent=respondent)
    services.round_close(round_=round_, user=coordinator)
    return ResultsWorld(url=site_data.url, scan_id=scan.pk, round_id=round_.pk, coordinator=coordinator.email)


def english(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/en{parts.path}"


def log_in(page, world: ResultsWorld) -> None:
    page.goto(world.url + "/account/login/")
    form = page.locator("main form")
    form.locator("input[name=login]").fill(world.coordinator)
    form.locator("input[name=password]").fill(PASSWORD)
    form.get_by_role("button", name="Inloggen").click()
    expect(page).not_to_have_url(re.compile(r"/account/login/"))


def _no_page_overflow(page) -> None:
    """Nothing sticks out of the page sideways: wide tables scroll inside their own box."""
    width = page.evaluate("document.documentElement.clientWidth")
    assert page.evaluate("document.documentElement.scrollWidth") <= width, "the page scrolls sideways"


def _chart_text_sizes(page) -> list[float]:
    """The rendered height (px) of every text in the part chart: what a reader sees, after any scaling."""
    return page.evaluate(
        """() => [...document.querySelectorAll('svg.chart text')].map(t => {
            const svg = t.ownerSVGElement, ctm = t.getScreenCTM();
            return parseFloat(getComputedStyle(t).fontSize) * (ctm ? ctm.a : 1);
        })"""
    )


def test_the_results_page_reads_as_advice_and_works_on_a_phone(results_world, new_page):
    world = results_world
    results_url = f"{world.url}/scan/ronde/{world.round_id}/resultaten/"
    page = new_page(viewport=WIDE)
    log_in(page, world)
    page.goto(results_url)
    main = page.locator("main")
    expect(main.get_by_text("6 collega's hebben geantwoord.")).to_be_visible()
    expect(main.locator("#results-rule")).to_contain_text("vanaf 5 antwoorden met een niveau")

    # 1. Reasons are sentences: the statements without their full stop, the team mean in numbers and words, the
    # scale, and the threshold the editors set, said once per threshold.
    training = main.locator("li.recommendation").filter(has_text="Basistraining")
    reasons = training.locator(".recommendation__reason")
    expect(reasons).to_have_count(2)  # five knelpunten under 3, one under 2,5
    expect(reasons.first).to_have_text(
        "Deze training is bedoeld voor teams onder niveau 3. Jullie team scoorde daaronder op 5 knelpunten:"
    )
    signalen = _statement(SIGNALEN).rstrip(".")
    expect(training.locator(".recommendation__reasons li").first).to_have_text(
        f"“{signalen}”: gemiddeld 1,8 van 4, laag"  # the weakest first
    )
    agenda = _statement("vaste-aandacht-in-overleg").rstrip(".")
    expect(reasons.nth(1)).to_have_text(
        f"Jullie team gaf “{agenda}” gemiddeld 2,0 van 4, dat is middelmatig; "
        "deze training is bedoeld voor teams onder niveau 2,5."
    )
    for text in main.locator("li.recommendation").all_inner_texts():
        assert ".”" not in text and ".:" not in text and "':" not in text, text

    # 2. The hidden item says how many answered and why no figures are shown.
    cijfers = main.locator("table.item-table tbody tr").filter(has_text=_statement(CIJFERS))
    expect(cijfers.locator("td").nth(0)).to_have_text("te weinig antwoorden")
    expect(cijfers.locator("td").nth(1)).to_have_text("2")
    expect(cijfers.locator("td").nth(2)).to_have_text("1")
    expect(cijfers).to_contain_text(
        "2 collega's gaven een niveau en 1 koos “weet ik niet”. Cijfers tonen we vanaf 3 collega's met een niveau"
    )

    # 3. Counts per level only from five levels: six on BEELD, four on SIGNALEN (the spread in words instead).
    beeld = main.locator("table.item-table tbody tr").filter(has_text=_statement(BEELD))
    expect(beeld).to_contain_text("2× niveau 1, 2× niveau 2, 1× niveau 3, 1× niveau 4")
    signalen_row = main.locator("table.item-table tbody tr").filter(has_text=_statement(SIGNALEN))
    expect(signalen_row).not_to_contain_text("× niveau")
    expect(signalen_row).to_contain_text("niet getoond: minder dan 5 antwoorden met een niveau")
    expect(signalen_row.locator("svg.distribution")).to_have_count(0)

    # The plan's PDF carries the same sentences (kept next to the screenshots, to convert and look at).
    pdf = page.request.get(f"{world.url}/scan/ronde/{world.round_id}/plan/pdf/")
    assert pdf.ok and pdf.body()[:5] == b"%PDF-"
    SCREENSHOTS.mkdir(exist_ok=True)
    (SCREENSHOTS / "results-words-plan-nl.pdf").write_bytes(pdf.body())

    # 4. Dutch and English, phone and wide screen: legible chart text, tables scrolling in their own box, axe clean.
    for lang, url in (("nl", results_url), ("en", english(results_url))):
        for name, viewport in (("375", NARROW), ("1280", WIDE)):
            page.set_viewport_size(viewport)
            page.goto(url)
            assert page.locator("html").get_attribute("lang") == lang
            sizes = _chart_text_sizes(page)
            assert sizes and min(sizes) >= 14, f"chart text at {name} px ({lang}): {sizes}"
            _no_page_overflow(page)
            for region in page.locator("main .table-wrap").all():
                assert region.get_attribute("role") == "region" and region.get_attribute("tabindex") == "0"
                assert region.get_attribute("aria-label")
            axe_check(page)
            screenshot(page, f"results-words-{lang}-{name}")
    # On a phone the table of every question is wider than the screen, and scrolls inside its box.
    page.set_viewport_size(NARROW)
    page.goto(results_url)
    box = page.locator("main .table-wrap").filter(has=page.locator("table.item-table")).first
    assert box.evaluate("el => el.scrollWidth > el.clientWidth"), "the item table fits: nothing to scroll?"
    english_page = page.goto(english(results_url))
    assert english_page.ok
    expect(page.locator("main li.recommendation .recommendation__reason").first).to_have_text(
        "This training is meant for teams below level 3. Your team scored below that on 5 weak spots:"
    )


def test_the_quick_scan_leads_with_the_summary_and_folds_the_details(results_world, new_page):
    world = results_world
    for lang, prefix in (("nl", ""), ("en", "/en")):
        for name, viewport in (("375", NARROW), ("1280", WIDE)):
            page = new_page(viewport=viewport)
            page.goto(f"{world.url}{prefix}/scan/snel/{world.scan_id}/")
            for fieldset in page.locator("main form fieldset.scan-item").all():
                fieldset.get_by_role("radio").nth(1).check()  # level 2 everywhere: everything is a knelpunt
            page.locator("main form button[type=submit]").click()
            main = page.locator("main")
            expect(main.locator("h1")).to_contain_text("Je resultaat" if lang == "nl" else "Your result")
            # the summary and what to do come first; the table of every question and the form are folded
            folded = main.locator("details.results-details")
            expect(folded).to_have_count(2)
            for details in folded.all():
                assert details.get_attribute("open") is None
            expect(main.locator("form fieldset.scan-item").first).to_be_hidden()
            training = main.locator("li.recommendation").filter(has_text="Basistraining")
            expect(training.locator(".recommendation__reason").first).to_have_text(
                "Deze training is bedoeld voor wie onder niveau 3 scoort. Jij scoorde daaronder op 5 knelpunten:"
                if lang == "nl"
                else "This training is meant for anyone who scores below level 3. You scored below that on 5 weak "
                "spots:"
            )
            expect(training.locator(".recommendation__reasons li").first).to_contain_text(
                "je koos niveau 2 van 4, middelmatig" if lang == "nl" else "you chose level 2 out of 4, moderate"
            )
            height = page.evaluate("document.documentElement.scrollHeight")
            assert height < (9000 if name == "375" else 6000), f"the quick result is {height} px long at {name} px"
            _no_page_overflow(page)
            axe_check(page)
            screenshot(page, f"results-words-quick-{lang}-{name}")
            # unfolded, the answers are still there to change
            main.get_by_text("Toon je antwoorden om ze te veranderen" if lang == "nl" else "Show your answers").click()
            expect(main.locator("form fieldset.scan-item").first).to_be_visible()
