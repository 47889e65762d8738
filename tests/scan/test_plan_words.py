"""The plan van aanpak reads the Dutch way: dates with Dutch month names, each action marked as a legal duty or
good practice, the same on the page, in the print view and in the spreadsheet."""

import datetime
import io

import pytest
from django.urls import reverse

from scan import services
from scan.models import Action
from tests.scan.test_flows import CIJFERS, SIGNALEN, answer_round, open_round


@pytest.fixture
def plan_round(scan_page, school, coordinator):
    round_ = open_round(school, scan_page, coordinator)
    answer_round(round_, [{SIGNALEN: "1", CIJFERS: "2"}, {SIGNALEN: "2", CIJFERS: "1"}] * 2)
    round_ = services.round_close(round_=round_, user=coordinator)
    dates = {"start_date": datetime.date(2027, 1, 10), "due_date": datetime.date(2027, 3, 31)}
    Action.objects.create(
        school=school,
        scan_key=round_.scan_key,
        title="Monitor invoeren",
        owner="directie",
        item_keys=[CIJFERS],
        **dates,
    )
    Action.objects.create(
        school=school, scan_key=round_.scan_key, title="Signalen bespreken", owner="mentoren", item_keys=[SIGNALEN]
    )
    return round_


def _row(page: str, title: str) -> str:
    start = page.index(title)
    return page[start : page.index("</tr>", start)]


def test_plan_dates_use_dutch_month_names_in_lower_case(client, plan_round, coordinator):
    client.force_login(coordinator)
    page = client.get(reverse("scan:plan", kwargs={"round_id": plan_round.pk})).content.decode()
    assert "10 januari 2027 – 31 maart 2027" in _row(page, "Monitor invoeren")
    assert "Jan" not in page and "Mrt" not in page


def test_plan_dates_in_english(client, plan_round, coordinator):
    client.force_login(coordinator)
    page = client.get("/en" + reverse("scan:plan", kwargs={"round_id": plan_round.pk})).content.decode()
    assert "10 January 2027 – 31 March 2027" in _row(page, "Monitor invoeren")


def test_each_action_says_whether_it_carries_out_a_legal_duty(client, plan_round, coordinator):
    client.force_login(coordinator)
    for name in ("scan:plan", "scan:plan_print"):
        page = client.get(reverse(name, kwargs={"round_id": plan_round.pk})).content.decode()
        duty = _row(page, "Monitor invoeren")
        assert "Wettelijke plicht" in duty and "Monitoring sociale veiligheid is verplicht." in duty
        assert "Goede praktijk" in _row(page, "Signalen bespreken")


def test_the_spreadsheet_has_the_kind_of_action_and_real_dates(client, plan_round, coordinator):
    from openpyxl import load_workbook

    client.force_login(coordinator)
    content = client.get(reverse("scan:plan_xlsx", kwargs={"round_id": plan_round.pk})).content
    sheet = load_workbook(io.BytesIO(content)).worksheets[0]
    rows = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    assert rows["Monitor invoeren"][1].value == "Wettelijke plicht: Monitoring sociale veiligheid is verplicht."
    assert rows["Signalen bespreken"][1].value == "Goede praktijk"
    start = rows["Monitor invoeren"][7]
    assert start.value.date() == datetime.date(2027, 1, 10) and start.number_format == "d mmmm yyyy"


def test_the_wide_plan_table_scrolls_in_its_own_keyboard_reachable_box(client, plan_round, coordinator):
    client.force_login(coordinator)
    page = client.get(reverse("scan:plan", kwargs={"round_id": plan_round.pk})).content.decode()
    assert '<div class="table-wrap" role="region" aria-label="Plan van aanpak" tabindex="0">' in page
