"""Managing the team on "Mijn scholen": remove, revoke, promote, leave, and what the page shows."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from community.models import Invitation, Membership

from .factories import InvitationFactory, MembershipFactory, SchoolFactory


def test_coordinator_sees_team_open_invitations_and_invite_form(client, school, coordinator, member):
    InvitationFactory(school=school, email="open@dijkcollege.example")
    InvitationFactory(school=school, email="verlopen@dijkcollege.example", expired=True)
    client.force_login(coordinator)
    html = client.get("/community/mijn-scholen/").content.decode()
    assert "Het Dijkcollege" in html
    assert "Coördinator" in html
    assert member.email in html
    assert "open@dijkcollege.example" in html
    assert "verlopen@dijkcollege.example" not in html
    assert f'action="/community/scholen/{school.pk}/uitnodigen/"' in html
    assert f'<label class="form-field__label" for="invite-{school.pk}-email">' in html


def test_member_sees_school_and_role_but_not_the_team(client, school, coordinator, member):
    InvitationFactory(school=school, email="open@dijkcollege.example")
    client.force_login(member)
    html = client.get("/community/mijn-scholen/").content.decode()
    assert "Het Dijkcollege" in html
    assert "Teamlid" in html
    assert coordinator.email not in html
    assert "open@dijkcollege.example" not in html
    assert "/uitnodigen/" not in html
    assert f"/community/scholen/{school.pk}/verlaten/" in html


def test_someone_without_a_school_is_told_how_to_join(client, db):
    from .factories import UserFactory

    client.force_login(UserFactory())
    assert (
        "Vraag de coördinator van je school om een uitnodiging"
        in client.get("/community/mijn-scholen/").content.decode()
    )


def test_my_schools_query_count_does_not_grow_with_schools_or_members(client, coordinator, school):
    def count():
        with CaptureQueriesContext(connection) as ctx:
            assert client.get("/community/mijn-scholen/").status_code == 200
        return len(ctx)

    client.force_login(coordinator)
    baseline = count()
    for _ in range(3):
        extra = SchoolFactory()
        MembershipFactory(school=extra, user=coordinator, role=Membership.Role.COORDINATOR)
        for _ in range(4):
            MembershipFactory(school=extra)
        InvitationFactory(school=extra)
    assert count() == baseline


def test_coordinator_removes_a_member_after_confirming(client, school, coordinator, member):
    membership = Membership.objects.get(user=member, school=school)
    client.force_login(coordinator)
    url = f"/community/scholen/{school.pk}/leden/{membership.pk}/verwijderen/"
    page = client.get(url)
    assert page.status_code == 200
    assert "Bram Jansen" in page.content.decode()
    assert Membership.objects.filter(pk=membership.pk).exists()
    response = client.post(url, follow=True)
    assert not Membership.objects.filter(pk=membership.pk).exists()
    assert "Bram Jansen is geen lid meer van Het Dijkcollege" in response.content.decode()


def test_coordinator_revokes_an_invitation_and_the_link_then_says_so(client, school, coordinator):
    invitation = InvitationFactory(school=school, invited_by=coordinator)
    client.force_login(coordinator)
    url = f"/community/scholen/{school.pk}/uitnodigingen/{invitation.pk}/intrekken/"
    assert client.get(url).status_code == 200
    assert client.post(url).status_code == 302
    invitation.refresh_from_db()
    assert invitation.status == Invitation.Status.REVOKED
    # A revoked invitation can no longer be revoked, and its link explains.
    assert client.post(url).status_code == 404
    client.logout()
    page = client.get(f"/community/uitnodiging/{invitation.token}/")
    assert page.status_code == 200
    assert "ingetrokken" in page.content.decode()


def test_coordinator_promotes_and_demotes(client, school, coordinator, member):
    membership = Membership.objects.get(user=member, school=school)
    client.force_login(coordinator)
    url = f"/community/scholen/{school.pk}/leden/{membership.pk}/rol/"
    client.post(url, {"role": "coordinator"})
    membership.refresh_from_db()
    assert membership.is_coordinator
    client.post(url, {"role": "member"})
    membership.refresh_from_db()
    assert not membership.is_coordinator
    response = client.post(url, {"role": "koning"}, follow=True)
    assert "Kies een geldige rol" in response.content.decode()


def test_role_change_is_post_only(client, school, coordinator, member):
    membership = Membership.objects.get(user=member, school=school)
    client.force_login(coordinator)
    assert client.get(f"/community/scholen/{school.pk}/leden/{membership.pk}/rol/").status_code == 405


def test_member_leaves_a_school(client, school, coordinator, member):
    client.force_login(member)
    url = f"/community/scholen/{school.pk}/verlaten/"
    assert client.get(url).status_code == 200
    response = client.post(url, follow=True)
    assert not Membership.objects.filter(user=member, school=school).exists()
    assert "Je bent geen lid meer van Het Dijkcollege" in response.content.decode()


def test_last_coordinator_cannot_leave_a_team_with_members(client, school, coordinator, member):
    client.force_login(coordinator)
    response = client.post(f"/community/scholen/{school.pk}/verlaten/", follow=True)
    assert Membership.objects.filter(user=coordinator, school=school).exists()
    assert "Je bent de enige coördinator van Het Dijkcollege" in response.content.decode()


def test_coordinator_removing_themselves_is_leaving(client, school, coordinator, member):
    second = MembershipFactory(school=school, role=Membership.Role.COORDINATOR)
    own = Membership.objects.get(user=coordinator, school=school)
    client.force_login(coordinator)
    client.post(f"/community/scholen/{school.pk}/leden/{own.pk}/verwijderen/")
    assert not Membership.objects.filter(pk=own.pk).exists()
    assert Membership.objects.filter(pk=second.pk).exists()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_team_pages_respond_in_both_languages(client, school, coordinator, member, language):
    from django.utils import translation

    prefix = "" if language == "nl" else "/en"
    membership = Membership.objects.get(user=member, school=school)
    invitation = InvitationFactory(school=school)
    client.force_login(coordinator)
    for url in [
        "/community/mijn-scholen/",
        f"/community/scholen/{school.pk}/uitnodigen/",
        f"/community/scholen/{school.pk}/leden/{membership.pk}/verwijderen/",
        f"/community/scholen/{school.pk}/uitnodigingen/{invitation.pk}/intrekken/",
        f"/community/scholen/{school.pk}/verlaten/",
        f"/community/uitnodiging/{invitation.token}/",
    ]:
        response = client.get(prefix + url)
        assert response.status_code == 200, url
        assert f'<html lang="{language}">' in response.content.decode()
    translation.activate("nl")
