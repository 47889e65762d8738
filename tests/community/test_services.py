"""The rules in community.services hold whoever calls them (a view, the admin, a command)."""

import inspect

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from community import services
from community.models import Invitation, Membership

from .factories import InvitationFactory, MembershipFactory, UserFactory


@pytest.mark.parametrize(
    "name",
    ["invitation_create", "invitation_accept", "invitation_revoke", "membership_remove", "membership_leave"],
)
def test_services_are_keyword_only(name):
    parameters = inspect.signature(getattr(services, name)).parameters.values()
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in parameters)


def test_create_normalises_the_address(school, coordinator):
    invitation = services.invitation_create(
        school=school, email="  Nieuw@Dijkcollege.EXAMPLE ", role="member", invited_by=coordinator
    )
    assert invitation.email == "nieuw@dijkcollege.example"
    assert invitation.status == Invitation.Status.PENDING
    assert len(invitation.token) >= 40


def test_only_a_coordinator_of_the_school_may_invite(school, member, other_coordinator):
    for person in (member, other_coordinator):
        with pytest.raises(PermissionDenied):
            services.invitation_create(school=school, email="x@y.example", role="member", invited_by=person)


def test_create_refuses_an_unknown_role(school, coordinator):
    with pytest.raises(ValidationError) as excinfo:
        services.invitation_create(school=school, email="x@y.example", role="directeur", invited_by=coordinator)
    assert excinfo.value.code == "invalid_role"


def test_accept_refuses_someone_else(school):
    invitation = InvitationFactory(school=school, email="bedoeld@school.example")
    with pytest.raises(ValidationError) as excinfo:
        services.invitation_accept(invitation=invitation, user=UserFactory(email="ander@school.example"))
    assert excinfo.value.code == "wrong_email"
    assert not Membership.objects.filter(school=school).exists()


@pytest.mark.parametrize("trait", ["expired", "accepted", "revoked"])
def test_accept_refuses_an_unusable_invitation(school, trait):
    person = UserFactory(email="bedoeld@school.example")
    invitation = InvitationFactory(school=school, email=person.email, **{trait: True})
    with pytest.raises(ValidationError) as excinfo:
        services.invitation_accept(invitation=invitation, user=person)
    assert excinfo.value.code == trait


def test_accept_twice_with_a_stale_object_joins_once(school):
    person = UserFactory(email="dubbel@school.example")
    invitation = InvitationFactory(school=school, email=person.email)
    stale = Invitation.objects.get(pk=invitation.pk)
    services.invitation_accept(invitation=invitation, user=person)
    with pytest.raises(ValidationError):
        services.invitation_accept(invitation=stale, user=person)
    assert Membership.objects.filter(user=person, school=school).count() == 1


def test_accept_by_an_existing_member_promotes_but_never_demotes(school, coordinator, member):
    promote = InvitationFactory(school=school, email=member.email, role="coordinator")
    assert services.invitation_accept(invitation=promote, user=member).is_coordinator
    keep = InvitationFactory(school=school, email=coordinator.email, role="member")
    assert services.invitation_accept(invitation=keep, user=coordinator).is_coordinator


def test_revoke_requires_a_coordinator_and_an_open_invitation(school, coordinator, member):
    invitation = InvitationFactory(school=school)
    with pytest.raises(PermissionDenied):
        services.invitation_revoke(invitation=invitation, revoked_by=member)
    services.invitation_revoke(invitation=invitation, revoked_by=coordinator)
    with pytest.raises(ValidationError):
        services.invitation_revoke(invitation=invitation, revoked_by=coordinator)


def test_a_team_keeps_a_coordinator(school, coordinator, member):
    own = Membership.objects.get(user=coordinator, school=school)
    with pytest.raises(ValidationError) as excinfo:
        services.membership_set_role(membership=own, role="member", changed_by=coordinator)
    assert excinfo.value.code == "last_coordinator"
    with pytest.raises(ValidationError):
        services.membership_leave(membership=own)
    # With a second coordinator both become possible.
    MembershipFactory(school=school, role=Membership.Role.COORDINATOR)
    services.membership_set_role(membership=own, role="member", changed_by=coordinator)
    own.refresh_from_db()
    assert not own.is_coordinator


def test_the_only_person_in_a_team_may_leave(school, coordinator):
    services.membership_leave(membership=Membership.objects.get(user=coordinator, school=school))
    assert not Membership.objects.filter(school=school).exists()


def test_member_cannot_remove_colleagues(school, coordinator, member):
    with pytest.raises(PermissionDenied):
        services.membership_remove(
            membership=Membership.objects.get(user=coordinator, school=school), removed_by=member
        )
