"""Headers on what is private (issue 13): ``Cache-Control: no-store`` on every page with someone's own data, and
a Permissions-Policy on every page; a public page for an anonymous visitor stays cacheable."""

from __future__ import annotations

import pytest
import yaml
from django.conf import settings
from django.test import Client
from django.urls import reverse

from scan import services
from scan.models import Action
from tests.community.factories import MembershipFactory
from tests.scan.conftest import coordinator, scan_page, school  # noqa: F401 (fixtures)


def no_store(response) -> bool:
    directives = {part.strip() for part in response.get("Cache-Control", "").split(",")}
    return {"no-store", "no-cache", "private"} <= directives


@pytest.fixture
def closed_round(scan_page, school, coordinator):  # noqa: F811
    round_ = services.round_open(school=school, scan=scan_page, parts=[], opened_by=coordinator)
    return services.round_close(round_=round_, user=coordinator)


def test_a_public_page_for_an_anonymous_visitor_stays_cacheable(client, tree):
    response = client.get("/")
    assert response.status_code == 200
    assert "no-store" not in response.get("Cache-Control", "")


def test_every_page_for_a_signed_in_member_is_no_store(client, tree):
    client.force_login(MembershipFactory().user)
    for url in ("/", "/en/", reverse("account_email"), reverse("account_change_password")):
        response = client.get(url)
        assert response.status_code == 200, url
        assert no_store(response), (url, response.get("Cache-Control"))


def test_the_community_pages_are_no_store(client, db):
    membership = MembershipFactory(role="coordinator")
    client.force_login(membership.user)
    for url in (
        reverse("community:my_schools"),
        reverse("community:invite", kwargs={"school_id": membership.school_id}),
    ):
        response = client.get(url)
        assert response.status_code == 200 and no_store(response), url
    anonymous = Client().get(reverse("community:invitation_accept", kwargs={"token": "x" * 32}))
    assert no_store(anonymous)


def test_account_pages_are_no_store_also_before_signing_in(client, db):
    for name in ("account_login", "account_signup", "account_reset_password"):
        response = client.get(reverse(name))
        assert response.status_code == 200 and no_store(response), name


def test_results_plan_and_exports_are_no_store(client, closed_round, coordinator):  # noqa: F811
    action = Action.objects.create(
        school=closed_round.school, scan_key=closed_round.scan_key, round=closed_round, title="Actie", owner="x"
    )
    client.force_login(coordinator)
    round_id = {"round_id": closed_round.pk}
    for url in (
        reverse("scan:team", kwargs={"school_id": closed_round.school_id}),
        reverse("scan:round", kwargs=round_id),
        reverse("scan:results", kwargs=round_id),
        reverse("scan:plan", kwargs=round_id),
        reverse("scan:action_edit", kwargs={**round_id, "action_id": action.pk}),
        reverse("scan:plan_print", kwargs=round_id),
        reverse("scan:plan_pdf", kwargs=round_id),
        reverse("scan:plan_xlsx", kwargs=round_id),
        "/en" + reverse("scan:results", kwargs=round_id),
    ):
        response = client.get(url)
        assert response.status_code == 200 and no_store(response), (url, response.get("Cache-Control"))


def test_the_answer_pages_of_an_anonymous_colleague_are_no_store(client, scan_page, school, coordinator):  # noqa: F811
    round_ = services.round_open(school=school, scan=scan_page, parts=[], opened_by=coordinator)
    join = client.get(reverse("scan:join", kwargs={"token": round_.token}))
    assert join.status_code == 200 and no_store(join)
    started = client.post(reverse("scan:join", kwargs={"token": round_.token}), {})
    assert no_store(started)  # the redirect that sets the cookie
    answer = client.get(started["Location"])
    assert answer.status_code == 200 and no_store(answer)
    key = answer.context["resume_url"].rstrip("/").rsplit("/", 1)[1]
    for response in (
        client.post(started["Location"], {"go": "stop"}),
        client.get(reverse("scan:paused", kwargs={"round_id": round_.pk})),
        client.get(reverse("scan:done", kwargs={"round_id": round_.pk})),
        Client().get(reverse("scan:resume", kwargs={"key": key})),
    ):
        assert response.status_code in (200, 302) and no_store(response), response.get("Cache-Control")


def test_every_response_has_a_permissions_policy(client, tree):
    for response in (client.get("/"), client.get("/healthz/"), client.get("/nergens-te-vinden/")):
        policy = response["Permissions-Policy"]
        assert "camera=()" in policy and "microphone=()" in policy and "geolocation=()" in policy
        assert 'fullscreen=(self "https://www.youtube-nocookie.com" "https://player.vimeo.com")' in policy


def test_docker_compose_redirects_to_https_by_default():
    compose = yaml.safe_load((settings.BASE_DIR / "docker-compose.yml").read_text())
    assert compose["x-app"]["environment"]["SECURE_SSL_REDIRECT"] == "${SECURE_SSL_REDIRECT:-true}"
