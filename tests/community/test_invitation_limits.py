"""Bounds on invitations: per coordinator and per school (294 once went out in four minutes), and only ordinary
mailbox addresses (quoted local parts with markup were accepted and mailed)."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from community import services
from community.forms import InvitationForm
from community.models import Invitation, Membership
from community.validators import validate_mailbox

from .factories import InvitationFactory, MembershipFactory, UserFactory

ODD_ADDRESSES = [
    '"<b>x</b>"@example.org',
    '"<script>alert(1)</script>"@example.org',
    '"jan jansen"@school.nl',
    "jan jansen@school.nl",
    "<jan@school.nl>",
    "jan..jansen@school.nl",
    ".jan@school.nl",
    "jan.@school.nl",
    "jan(commentaar)@school.nl",
    "jan@school.nl\n",
    "jan\t@school.nl",
    f"{'a' * 65}@school.nl",
    "jan@",
    "@school.nl",
    "jan",
]
ORDINARY_ADDRESSES = [
    "jan@school.nl",
    "j.de.vries@dijkcollege.example",
    "o'brien+team@school.nl",
    "A_B-C@sub.school.nl",
]


def _invite(client, school, email, role="member"):
    return client.post(f"/community/scholen/{school.pk}/uitnodigen/", {"email": email, "role": role})


def _sent(school, coordinator, n, *, ago=timedelta(0)):
    for _ in range(n):
        InvitationFactory(school=school, invited_by=coordinator)
    if ago:
        Invitation.objects.update(created_at=timezone.now() - ago)


# --- mailbox addresses ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("address", ODD_ADDRESSES)
def test_odd_addresses_are_refused(address):
    with pytest.raises(ValidationError):
        validate_mailbox(address)


@pytest.mark.parametrize("address", ORDINARY_ADDRESSES)
def test_ordinary_addresses_pass(address):
    validate_mailbox(address)


@pytest.mark.parametrize("address", ['"<b>x</b>"@example.org', '"jan jansen"@school.nl'])
def test_the_invitation_form_refuses_quoted_addresses_and_keeps_what_was_typed(address):
    form = InvitationForm({"email": address, "role": "member"})
    assert not form.is_valid()
    assert form.errors["email"] == ["Dit is geen geldig e-mailadres. Controleer het, bijvoorbeeld: naam@school.nl."]
    assert form["email"].value() == address


def test_the_service_refuses_a_quoted_address_too(school, coordinator):
    with pytest.raises(ValidationError):
        services.invitation_create(school=school, email='"<b>x</b>"@example.org', role="member", invited_by=coordinator)
    assert not Invitation.objects.exists()


def test_no_mail_goes_to_a_quoted_address(coordinator_client, school):
    response = _invite(coordinator_client, school, '"<b>x</b>"@example.org')
    assert response.status_code == 200
    assert "geen geldig e-mailadres" in response.content.decode()
    assert not Invitation.objects.exists()
    assert mail.outbox == []


@pytest.mark.django_db
def test_signing_up_with_a_quoted_address_is_refused(client):
    response = client.post(
        "/account/signup/",
        {"email": '"<b>x</b>"@example.org', "password1": "lokaal-107-dinsdag", "password2": "lokaal-107-dinsdag"},
    )
    assert response.status_code == 200
    assert mail.outbox == []


# --- how many -----------------------------------------------------------------------------------------------


def test_a_coordinator_may_send_20_an_hour(settings, school, coordinator):
    assert settings.INVITATIONS_PER_COORDINATOR_PER_HOUR == 20
    assert settings.INVITATIONS_PER_SCHOOL_PER_DAY == 50
    _sent(school, coordinator, 19)
    services.invitation_create(school=school, email="nummer20@school.example", role="member", invited_by=coordinator)
    with pytest.raises(ValidationError) as refused:
        services.invitation_create(
            school=school, email="nummer21@school.example", role="member", invited_by=coordinator
        )
    assert refused.value.code == "too_many_by_coordinator"
    assert Invitation.objects.count() == 20


def test_the_hour_passes(school, coordinator):
    _sent(school, coordinator, 20, ago=timedelta(minutes=61))
    services.invitation_create(school=school, email="later@school.example", role="member", invited_by=coordinator)


def test_a_school_gets_at_most_50_a_day_from_all_its_coordinators(settings, school, coordinator):
    settings.INVITATIONS_PER_COORDINATOR_PER_HOUR = 1000
    colleague = UserFactory(email="tweede.coordinator@dijkcollege.example")
    MembershipFactory(user=colleague, school=school, role=Membership.Role.COORDINATOR)
    _sent(school, coordinator, 30, ago=timedelta(hours=5))
    _sent(school, colleague, 20)
    with pytest.raises(ValidationError) as refused:
        services.invitation_create(school=school, email="te.veel@school.example", role="member", invited_by=colleague)
    assert refused.value.code == "too_many_for_school"
    Invitation.objects.update(created_at=timezone.now() - timedelta(hours=25))
    services.invitation_create(school=school, email="morgen@school.example", role="member", invited_by=colleague)


def test_the_limits_count_per_coordinator_and_per_school(school, coordinator, other_school, other_coordinator):
    _sent(school, coordinator, 20)
    services.invitation_create(
        school=other_school, email="buren@school.example", role="member", invited_by=other_coordinator
    )


def test_the_page_says_so_above_the_form_and_keeps_what_was_typed(coordinator_client, school, coordinator):
    _sent(school, coordinator, 20)
    response = _invite(coordinator_client, school, "nog.een@dijkcollege.example", role="coordinator")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Je hebt het afgelopen uur al 20 uitnodigingen verstuurd" in html
    assert 'value="nog.een@dijkcollege.example"' in html
    form = response.context["form"]
    assert form["role"].value() == "coordinator"
    assert form.non_field_errors() and not form.errors.get("email")
    assert Invitation.objects.count() == 20
    assert mail.outbox == []


def test_the_refusal_in_english(coordinator_client, school, coordinator):
    _sent(school, coordinator, 20)
    response = coordinator_client.post(
        f"/en/community/scholen/{school.pk}/uitnodigen/", {"email": "one.more@school.example", "role": "member"}
    )
    assert "You have already sent 20 invitations in the past hour" in response.content.decode()
