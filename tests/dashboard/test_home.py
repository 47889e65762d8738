"""Mijn WIJschool: where a member lands after logging in. Their schools with open and recent scan rounds, the
plan actions due soon or overdue (theirs first), the threads they follow with new replies, what they saved;
only their own schools' things, and a fixed number of queries however much there is."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from community.models import Membership
from folders import services as folders
from forum import notifications
from forum.models import ReadState, TrustLevel
from scan.models import Action, Round
from scan.services import round_open
from tests.community.factories import PASSWORD, MembershipFactory, SchoolFactory, UserFactory
from tests.forum import factories as forum_factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator(school):
    user = UserFactory(email="coordinator@dijkcollege.example", first_name="Sanne", last_name="de Vries")
    MembershipFactory(user=user, school=school, role=Membership.Role.COORDINATOR)
    return user


def _round(school, scan_page, coordinator, **fields) -> Round:
    made = round_open(school=school, scan=scan_page, parts=[], opened_by=coordinator, **fields)
    return made


def _action(school, round_, *, title, due, **fields) -> Action:
    return Action.objects.create(
        school=school,
        scan_key=round_.scan_key,
        round=round_,
        title=title,
        owner=fields.pop("owner", "Team"),
        due_date=timezone.localdate() + timedelta(days=due),
        **fields,
    )


def test_logging_in_lands_on_mijn_wijschool_unless_going_somewhere(client, coordinator):
    response = client.post(reverse("account_login"), {"login": coordinator.email, "password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == "/mijn-wijschool/"
    client.logout()
    response = client.post(
        reverse("account_login") + "?next=/forum/",
        {"login": coordinator.email, "password": PASSWORD, "next": "/forum/"},
    )
    assert response["Location"] == "/forum/"
    client.logout()
    with translation.override("en"):
        login = reverse("account_login")
    response = client.post(login, {"login": coordinator.email, "password": PASSWORD})
    assert response["Location"] == "/en/mijn-wijschool/"


def test_a_visitor_is_sent_to_log_in(client):
    response = client.get(reverse("dashboard:home"))
    assert response.status_code == 302 and "/account/login/" in response["Location"]


def test_the_coordinator_sees_rounds_and_the_actions_due(client, school, coordinator, scan_page):
    open_round = _round(school, scan_page, coordinator, label="Najaar")
    closed = _round(school, scan_page, coordinator, label="Voorjaar")
    closed.closed_at = timezone.now()
    closed.save(update_fields=["closed_at"])
    _action(school, closed, title="Gastles wijkagent plannen", due=-3)  # overdue
    _action(school, closed, title="Ouderavond over messen", due=5, owner="Sanne de Vries")  # hers, by name
    _action(school, closed, title="Mentoren trainen", due=2, owner="Bram", created_by=coordinator)  # she wrote it
    _action(school, closed, title="Protocol herzien", due=40)  # not yet due
    _action(school, closed, title="Al gedaan", due=1, status=Action.Status.DONE)

    client.force_login(coordinator)
    html = client.get(reverse("dashboard:home")).content.decode()
    assert "Welkom, Sanne" in html and "Het Dijkcollege" in html
    assert reverse("scan:round", args=[open_round.pk]) in html and "Najaar" in html
    assert reverse("scan:results", args=[closed.pk]) in html and "Voorjaar" in html
    # hers first, then the one she wrote for a colleague, then the rest by date
    assert html.index("Ouderavond over messen") < html.index("Mentoren trainen") < html.index("Gastles wijkagent")
    assert "Te laat" in html and html.count("Van jou") == 1
    assert "Protocol herzien" not in html and "Al gedaan" not in html


def test_another_schools_rounds_and_actions_stay_out(client, school, coordinator, scan_page):
    elsewhere = SchoolFactory(name="De Vlieger", brin="12AB", gemeente="Zwolle")
    theirs = UserFactory(email="ib@devlieger.example")
    MembershipFactory(user=theirs, school=elsewhere, role=Membership.Role.COORDINATOR)
    other_round = _round(elsewhere, scan_page, theirs, label="Geheim")
    _action(elsewhere, other_round, title="Actie van een andere school", due=1)
    client.force_login(coordinator)
    html = client.get(reverse("dashboard:home")).content.decode()
    assert "De Vlieger" not in html and "Geheim" not in html and "Actie van een andere school" not in html


def test_followed_threads_with_new_replies_and_saved_items(client, coordinator, make_resource, settings):
    settings.FORUM_RATE_LIMITS = False
    author = forum_factories.member(trust_level=TrustLevel.MEMBER, display_name="Pim de Vries")
    category = forum_factories.category(name="Verzuim", slug="verzuim")
    busy = forum_factories.thread(category=category, author=author, title="Elke vrijdag afwezig", replies=4)
    quiet = forum_factories.thread(category=category, author=author, title="Een rustige draad", replies=1)
    for thread in (busy, quiet):
        notifications.subscription_set(coordinator, thread=thread, level="watching")
    ReadState.objects.create(user=coordinator, thread=busy, last_read_number=2)
    ReadState.objects.create(user=coordinator, thread=quiet, last_read_number=quiet.last_number)
    lesson = make_resource(slug="les", title="Praten over messen")
    folders.item_save(owner=coordinator, page_id=lesson.pk)

    client.force_login(coordinator)
    html = client.get(reverse("dashboard:home")).content.decode()
    assert html.index("Elke vrijdag afwezig") < html.index("Een rustige draad")
    assert f"{busy.last_number - 2} nieuw" in html
    assert "Praten over messen" in html and "Mijn map (1 item)" in html


def test_without_a_school_it_says_how_to_join(client):
    loner = UserFactory(email="los@school.example", first_name="Lou")
    client.force_login(loner)
    html = client.get(reverse("dashboard:home")).content.decode()
    assert "Je bent nog geen lid van een schoolteam" in html


def test_queries_do_not_grow_with_schools_rounds_actions_threads_and_items(
    client, school, coordinator, scan_page, make_resource, settings
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from alerts.models import ChangeNote, ChangeNotice

    settings.FORUM_RATE_LIMITS = False
    author = forum_factories.member(trust_level=TrustLevel.MEMBER, display_name="Pim de Vries")
    category = forum_factories.category(name="Verzuim", slug="verzuim")
    counter = {"n": 0}

    def add_school():
        counter["n"] += 1
        n = counter["n"]
        made = SchoolFactory(name=f"School {n}", brin=f"{n:02d}ZZ")
        MembershipFactory(user=coordinator, school=made, role=Membership.Role.COORDINATOR)
        for label in ("A", "B"):
            round_ = _round(made, scan_page, coordinator, label=label)
            _action(made, round_, title=f"Actie {n}{label}", due=n)
        thread = forum_factories.thread(category=category, author=author, title=f"Vraag {n}", replies=2)
        notifications.subscription_set(coordinator, thread=thread, level="watching")
        kept = make_resource(slug=f"bron-{n}", title=f"Bron {n}")
        folders.item_save(owner=coordinator, page_id=kept.pk)
        change = ChangeNote.objects.create(page=kept, translation_key=kept.translation_key, note=f"Aangepast {n}")
        ChangeNotice.objects.create(
            user=coordinator, change=change, translation_key=kept.translation_key, reason="folder"
        )

    def count():
        with CaptureQueriesContext(connection) as seen:
            assert client.get(reverse("dashboard:home")).status_code == 200
        return len(seen.captured_queries)

    client.force_login(coordinator)
    add_school()
    few = count()
    for _ in range(4):
        add_school()
    assert count() == few
    assert "Aangepast 5" in client.get(reverse("dashboard:home")).content.decode()
