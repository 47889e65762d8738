"""Only a coordinator of that school may manage it; everyone else gets 404, and nothing changes."""

import pytest

from community.models import Invitation, Membership

from .factories import InvitationFactory


@pytest.fixture
def targets(school, coordinator, member):
    invitation = InvitationFactory(school=school, invited_by=coordinator)
    member_membership = Membership.objects.get(user=member, school=school)
    return {
        "invite": f"/community/scholen/{school.pk}/uitnodigen/",
        "member_remove": f"/community/scholen/{school.pk}/leden/{member_membership.pk}/verwijderen/",
        "member_role": f"/community/scholen/{school.pk}/leden/{member_membership.pk}/rol/",
        "invitation_revoke": f"/community/scholen/{school.pk}/uitnodigingen/{invitation.pk}/intrekken/",
    }


MANAGE_URLS = ["invite", "member_remove", "member_role", "invitation_revoke"]
POST_DATA = {"email": "indringer@elders.example", "role": "coordinator"}


def _assert_nothing_changed(school, member):
    assert Membership.objects.get(user=member, school=school).role == Membership.Role.MEMBER
    assert Invitation.objects.filter(school=school, revoked_at__isnull=True).count() == 1
    assert not Invitation.objects.filter(email="indringer@elders.example").exists()


@pytest.mark.parametrize("name", MANAGE_URLS)
@pytest.mark.parametrize("method", ["get", "post"])
def test_coordinator_of_another_school_gets_404(client, targets, other_coordinator, school, member, name, method):
    client.force_login(other_coordinator)
    response = getattr(client, method)(targets[name], POST_DATA)
    assert response.status_code == 404
    _assert_nothing_changed(school, member)


@pytest.mark.parametrize("name", MANAGE_URLS)
@pytest.mark.parametrize("method", ["get", "post"])
def test_member_who_is_not_coordinator_gets_404(client, targets, school, member, name, method):
    client.force_login(member)
    response = getattr(client, method)(targets[name], POST_DATA)
    assert response.status_code == 404
    _assert_nothing_changed(school, member)


@pytest.mark.parametrize("name", MANAGE_URLS)
def test_a_stranger_without_schools_gets_404(client, targets, school, member, name):
    from .factories import UserFactory

    client.force_login(UserFactory())
    assert client.post(targets[name], POST_DATA).status_code == 404
    _assert_nothing_changed(school, member)


@pytest.mark.parametrize("name", MANAGE_URLS)
def test_anonymous_visitors_are_sent_to_log_in(client, targets, name):
    response = client.get(targets[name])
    assert response.status_code == 302
    assert response["Location"].startswith("/account/login/?next=")


def test_coordinator_cannot_reach_another_schools_member_through_their_own_school(
    client, school, coordinator, other_school, other_coordinator
):
    """The membership id belongs to the other school: the pair (school, membership) must match."""
    foreign = Membership.objects.get(user=other_coordinator, school=other_school)
    client.force_login(coordinator)
    assert client.post(f"/community/scholen/{school.pk}/leden/{foreign.pk}/verwijderen/").status_code == 404
    assert client.post(f"/community/scholen/{school.pk}/leden/{foreign.pk}/rol/", {"role": "member"}).status_code == 404
    foreign_invitation = InvitationFactory(school=other_school)
    url = f"/community/scholen/{school.pk}/uitnodigingen/{foreign_invitation.pk}/intrekken/"
    assert client.post(url).status_code == 404
    assert Membership.objects.filter(pk=foreign.pk, role=Membership.Role.COORDINATOR).exists()
    foreign_invitation.refresh_from_db()
    assert foreign_invitation.revoked_at is None


def test_leaving_a_school_you_are_not_in_is_404(client, school, other_coordinator):
    client.force_login(other_coordinator)
    assert client.post(f"/community/scholen/{school.pk}/verlaten/").status_code == 404


def test_unknown_school_is_404(client, coordinator):
    client.force_login(coordinator)
    assert client.get("/community/scholen/999999/uitnodigen/").status_code == 404
