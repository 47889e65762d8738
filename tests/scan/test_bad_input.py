"""Whatever a colleague's browser (or a bot) posts to a scan gets a page, never a 500, and never a bad answer.

Property-based over the answer form, the round code and the plan form, on SQLite and (with DATABASE_URL)
PostgreSQL, where a NUL byte in a query is a known trap. The fixtures build once per test; hypothesis reuses them.
"""

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scan import services
from scan.models import Action, Answer
from tests.scan.conftest import item_key

PROPERTY = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
NASTY = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["", " ", "\x00", "1\x00", "unknown", "UNKNOWN", "1e3", "٣", "<b>1</b>", "'; DROP TABLE x;--"]),
    st.integers(-10, 10).map(str),
)
ITEMS = [item_key("signalen"), item_key("cijfers"), item_key("handelen"), "stranger", ""]


@pytest.fixture
def answering(client, scan_page, school, coordinator):
    round_ = services.round_open(school=school, scan=scan_page, parts=[], opened_by=coordinator)
    response = client.post(reverse("scan:join", kwargs={"token": round_.token}), {})
    assert response["Location"] == reverse("scan:answer", kwargs={"round_id": round_.pk, "number": 1})
    return round_


@PROPERTY
@given(data=st.dictionaries(st.sampled_from(ITEMS), NASTY, max_size=5), go=NASTY, number=st.sampled_from([1, 2]))
def test_any_answer_post_is_a_page_and_stores_only_levels_on_the_scale(client, answering, data, go, number):
    response = client.post(
        reverse("scan:answer", kwargs={"round_id": answering.pk, "number": number}), {**data, "go": go}
    )
    assert response.status_code in (200, 302)
    for value in Answer.objects.values_list("value", flat=True):
        assert value is None or 1 <= value <= 4
    assert not Answer.objects.filter(item_key="stranger").exists()
    assert not Answer.objects.filter(item_key=item_key("handelen"), value__isnull=True).exists()


@PROPERTY
@given(code=NASTY)
def test_any_code_is_a_page(client, db, code):
    response = client.get(reverse("scan:code"), {"code": code})
    assert response.status_code in (200, 302)


@PROPERTY
@given(
    title=NASTY,
    owner=NASTY,
    start=st.one_of(NASTY, st.dates().map(str)),
    due=st.one_of(NASTY, st.dates().map(str)),
    status=st.one_of(NASTY, st.sampled_from(Action.Status.values)),
    resource=NASTY,
    items=st.lists(st.one_of(NASTY, st.sampled_from(ITEMS)), max_size=3),
)
def test_any_plan_post_is_a_page(client, answering, coordinator, title, owner, start, due, status, resource, items):
    round_ = answering
    client.force_login(coordinator)
    data = {"title": title, "owner": owner, "start_date": start, "due_date": due, "status": status}
    data.update({"resource": resource, "item_keys": items})
    response = client.post(reverse("scan:plan", kwargs={"round_id": round_.pk}), data)
    assert response.status_code in (200, 302)
    for action in Action.objects.all():
        assert action.title.strip() and action.owner.strip() and action.status in Action.Status.values
        assert not action.start_date or not action.due_date or action.start_date <= action.due_date
