"""Inviting colleagues to a round: link and code with copy buttons, a QR code made on the server, an A4 poster,
and one clear way on for a colleague who comes back in the same browser."""

import re

from django.urls import reverse

from scan import services
from scan.models import Respondent
from tests.scan.test_flows import join, open_round


def _qr_modules(svg: str) -> int:
    return len(re.findall(r"H\d+V\d+H\d+z", svg))


def test_the_round_page_shows_the_link_the_code_and_a_qr_code_of_the_link(client, scan_page, school, coordinator):
    round_ = open_round(school, scan_page, coordinator)
    client.force_login(coordinator)
    page = client.get(reverse("scan:round", kwargs={"round_id": round_.pk})).content.decode()
    join_url = "http://testserver" + reverse("scan:join", kwargs={"token": round_.token})
    assert join_url in page and round_.display_code in page
    svg = re.search(r'<svg class="qr-code"[^>]*>.*?</svg>', page, re.S).group(0)
    assert 'role="img"' in svg and "aria-label=" in svg
    assert _qr_modules(svg) > 100  # a real code, not a placeholder
    assert 'class="button button--secondary button--small js-copy" data-copy-target="join-link"' in page
    assert reverse("scan:round_invitation", kwargs={"round_id": round_.pk}) in page


def test_the_qr_code_draws_exactly_the_modules_of_the_rounds_link():
    import qrcode

    from scan.invitation import qr_svg

    url = "http://example.org/scan/doe-mee/aaaa/"
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=2)
    code.add_data(url)
    dark = {(x, y) for y, row in enumerate(code.get_matrix()) for x, cell in enumerate(row) if cell}
    drawn = {(int(x), int(y)) for x, y in re.findall(r"M(\d+),(\d+)H", qr_svg(url, label="x"))}
    assert drawn == dark
    assert drawn != {(int(x), int(y)) for x, y in re.findall(r"M(\d+),(\d+)H", qr_svg(url + "b", label="x"))}


def test_the_poster_is_a_printable_page_with_qr_code_link_and_code(client, scan_page, school, coordinator):
    round_ = open_round(school, scan_page, coordinator)
    client.force_login(coordinator)
    response = client.get(reverse("scan:round_invitation", kwargs={"round_id": round_.pk}))
    page = response.content.decode()
    assert response.status_code == 200
    assert school.name in page and round_.display_code in page and 'class="qr-code"' in page
    assert "anoniem" in page.lower()


def test_the_poster_is_for_members_of_the_school_only(client, scan_page, school, coordinator, django_user_model):
    round_ = open_round(school, scan_page, coordinator)
    outsider = django_user_model.objects.create_user(email="buiten@example.org", password="x" * 12)
    client.force_login(outsider)
    assert client.get(reverse("scan:round_invitation", kwargs={"round_id": round_.pk})).status_code == 404


def test_a_closed_round_has_no_poster(client, scan_page, school, coordinator):
    round_ = open_round(school, scan_page, coordinator)
    services.round_close(round_=round_, user=coordinator)
    client.force_login(coordinator)
    response = client.get(reverse("scan:round_invitation", kwargs={"round_id": round_.pk}))
    assert response.status_code == 302


def test_coming_back_in_the_same_browser_shows_one_way_on_and_keeps_the_role(client, scan_page, school, coordinator):
    round_ = open_round(school, scan_page, coordinator)
    join(client, round_, "mentor")
    page = client.get(reverse("scan:join", kwargs={"token": round_.token})).content.decode()
    assert page.count('class="button"') == 1 and "Verder met mijn antwoorden" in page
    assert 'name="role"' not in page  # no second role choice that would be ignored
    assert "Je rol: Mentor." in page
    client.post(reverse("scan:join", kwargs={"token": round_.token}), {"role": "docent"})
    assert Respondent.objects.get().role == "mentor"


def test_one_time_estimate_on_the_scan_card_and_on_the_scan_page(client, scan_page):
    """Three knelpunten: about five minutes, said the same way on the index card, the page and the quick scan."""
    index_page = client.get(scan_page.get_parent().url).content.decode()
    page = client.get(scan_page.url).content.decode()
    assert scan_page.minutes == 5
    assert "3 vragen, ongeveer 5 minuten" in index_page
    assert "3 vragen, ongeveer 5 minuten" in page and "in ongeveer 5 minuten" in page
    assert "kwartier" not in page


def test_the_estimate_grows_with_the_number_of_knelpunten(scan_page):

    scan_page.parts[0].value["items"].extend([scan_page.parts[0].value["items"][0]] * 12)  # 15 knelpunten
    assert scan_page.item_count == 15 and scan_page.minutes == 10
