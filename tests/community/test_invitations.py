"""Inviting a colleague, end to end, through the site as people use it."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone, translation

from community.models import Invitation, Membership, User

from .factories import PASSWORD, InvitationFactory, MembershipFactory, UserFactory

LINK = re.compile(r"https?://testserver(/\S+)")


def _invite(client, school, email="nieuwe.collega@dijkcollege.example", role="member", prefix=""):
    return client.post(f"{prefix}/community/scholen/{school.pk}/uitnodigen/", {"email": email, "role": role})


def test_coordinator_invites_and_the_invitee_signs_up_through_the_link(client, school, coordinator):
    client.force_login(coordinator)
    response = _invite(client, school)
    assert response.status_code == 302
    assert response["Location"] == f"/community/mijn-scholen/#school-{school.pk}"

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["nieuwe.collega@dijkcollege.example"]
    assert message.reply_to == ["coordinator@dijkcollege.example"]
    assert "Het Dijkcollege" in message.subject
    assert "Sanne de Vries nodigt je uit" in message.body
    accept_path = LINK.search(message.body).group(1)
    invitation = Invitation.objects.get()
    assert accept_path == f"/community/uitnodiging/{invitation.token}/"

    # The colleague opens the link on their own computer.
    client.logout()
    page = client.get(accept_path)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Het Dijkcollege" in html
    signup_url = re.search(r'href="(/account/signup/\?[^"]+)"', html).group(1).replace("&amp;", "&")
    assert "next=%2Fcommunity%2Fuitnodiging%2F" in signup_url

    # Signing up with the invited address needs no second confirmation mail: the link proved the address.
    signup_page = client.get(signup_url)
    assert 'value="nieuwe.collega@dijkcollege.example"' in signup_page.content.decode()
    response = client.post(
        signup_url, {"email": "nieuwe.collega@dijkcollege.example", "password1": PASSWORD, "password2": PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == accept_path
    assert len(mail.outbox) == 1

    # Back on the invitation: one button to join.
    page = client.get(accept_path)
    assert "Lid worden van Het Dijkcollege" in page.content.decode()
    response = client.post(accept_path)
    assert response.status_code == 302
    assert response["Location"] == f"/community/mijn-scholen/#school-{school.pk}"

    newcomer = User.objects.get(email="nieuwe.collega@dijkcollege.example")
    membership = Membership.objects.get(user=newcomer, school=school)
    assert membership.role == Membership.Role.MEMBER
    invitation.refresh_from_db()
    assert invitation.accepted_by == newcomer
    assert invitation.status == Invitation.Status.ACCEPTED

    my_schools = client.get("/community/mijn-scholen/").content.decode()
    assert "Welkom in het team van Het Dijkcollege" in my_schools
    assert "Het Dijkcollege" in my_schools


def test_invitee_with_an_account_logs_in_and_comes_back(client, school, coordinator):
    colleague = UserFactory(email="bestaand@dijkcollege.example")
    invitation = InvitationFactory(school=school, email=colleague.email, invited_by=coordinator)
    accept_path = f"/community/uitnodiging/{invitation.token}/"

    html = client.get(accept_path).content.decode()
    login_url = re.search(r'href="(/account/login/\?[^"]+)"', html).group(1).replace("&amp;", "&")
    response = client.post(login_url, {"login": colleague.email, "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == accept_path

    assert client.post(accept_path).status_code == 302
    assert Membership.objects.filter(user=colleague, school=school).exists()


def test_invitee_who_signs_up_with_another_address_confirms_it_and_is_told_why_they_cannot_join(
    client, school, coordinator
):
    invitation = InvitationFactory(school=school, email="werk@dijkcollege.example", invited_by=coordinator)
    accept_path = f"/community/uitnodiging/{invitation.token}/"
    client.get(accept_path)
    response = client.post(
        f"/account/signup/?next={accept_path}",
        {"email": "prive@thuis.example", "password1": PASSWORD, "password2": PASSWORD, "next": accept_path},
    )
    assert response.status_code == 302
    # This address was not proven by the invitation: allauth asks to confirm it, then sends them back.
    confirm_path = LINK.search(mail.outbox[-1].body).group(1)
    response = client.post(confirm_path)
    assert response.status_code == 302
    assert response["Location"] == accept_path

    page = client.get(accept_path)
    assert page.status_code == 200
    assert "werk@dijkcollege.example" in page.content.decode()
    assert "maar je bent ingelogd als prive@thuis.example" in page.content.decode()
    assert client.post(accept_path).status_code == 403
    assert not Membership.objects.filter(school=school, user__email="prive@thuis.example").exists()


def test_a_second_verified_address_may_accept(client, school, coordinator):
    from allauth.account.models import EmailAddress

    colleague = UserFactory(email="prive@thuis.example")
    EmailAddress.objects.create(user=colleague, email="werk@dijkcollege.example", verified=True, primary=False)
    invitation = InvitationFactory(school=school, email="werk@dijkcollege.example", invited_by=coordinator)
    client.force_login(colleague)
    assert client.post(f"/community/uitnodiging/{invitation.token}/").status_code == 302
    assert Membership.objects.filter(user=colleague, school=school).exists()


def test_invitation_as_coordinator_makes_a_coordinator(client, school, coordinator):
    client.force_login(coordinator)
    _invite(client, school, email="tweede@dijkcollege.example", role="coordinator")
    invitation = Invitation.objects.get()
    colleague = UserFactory(email="tweede@dijkcollege.example")
    client.force_login(colleague)
    client.post(f"/community/uitnodiging/{invitation.token}/")
    assert Membership.objects.get(user=colleague, school=school).is_coordinator


def test_english_inviter_sends_english_mail_with_english_link(client, school, coordinator):
    client.force_login(coordinator)
    response = _invite(client, school, prefix="/en")
    assert response.status_code == 302
    message = mail.outbox[0]
    assert message.subject.startswith("Invitation to join the Het Dijkcollege team")
    assert "has invited you" in message.body
    invitation = Invitation.objects.get()
    assert f"http://testserver/en/community/uitnodiging/{invitation.token}/" in message.body
    translation.activate("nl")


# --- Refusals keep what was typed -----------------------------------------------------------------------------


def test_malformed_address_is_refused_and_the_other_input_is_kept(client, school, coordinator):
    client.force_login(coordinator)
    response = _invite(client, school, email="collega@", role="coordinator")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Dit is geen geldig e-mailadres" in html
    assert 'value="collega@"' in html
    # The chosen role is still chosen.
    assert re.search(r'<input[^>]*value="coordinator"[^>]*checked', html) or re.search(
        r'<input[^>]*checked[^>]*value="coordinator"', html
    )
    assert 'aria-describedby="invite-' in html
    assert not Invitation.objects.exists()
    assert not mail.outbox


def test_duplicate_pending_invitation_is_refused_with_a_message(client, school, coordinator):
    client.force_login(coordinator)
    _invite(client, school, email="dubbel@dijkcollege.example")
    response = _invite(client, school, email="Dubbel@Dijkcollege.example", role="coordinator")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Er staat al een uitnodiging open voor dubbel@dijkcollege.example" in html
    assert 'value="Dubbel@Dijkcollege.example"' in html or 'value="dubbel@dijkcollege.example"' in html
    assert Invitation.objects.count() == 1
    assert len(mail.outbox) == 1


def test_expired_invitation_does_not_block_a_new_one(client, school, coordinator):
    InvitationFactory(school=school, email="later@dijkcollege.example", expired=True)
    client.force_login(coordinator)
    assert _invite(client, school, email="later@dijkcollege.example").status_code == 302


def test_inviting_an_existing_member_is_refused(client, school, coordinator, member):
    client.force_login(coordinator)
    response = _invite(client, school, email=member.email.upper())
    assert response.status_code == 200
    assert "is al lid van Het Dijkcollege" in response.content.decode()
    assert not Invitation.objects.exists()


def test_mail_failure_keeps_the_form_and_stores_nothing(client, school, coordinator, monkeypatch):
    def broken_send(self, fail_silently=False):
        raise ConnectionRefusedError("smtp down")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", broken_send)
    client.force_login(coordinator)
    response = _invite(client, school, email="wacht@dijkcollege.example")
    assert response.status_code == 200
    html = response.content.decode()
    assert "kon niet worden verstuurd" in html
    assert 'value="wacht@dijkcollege.example"' in html
    assert not Invitation.objects.exists()


# --- Links that no longer work ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("traits", "text"),
    [
        ({"expired": True}, "Deze uitnodiging is verlopen op"),
        ({"accepted": True}, "Deze uitnodiging is al gebruikt"),
        ({"revoked": True}, "Deze uitnodiging is ingetrokken"),
    ],
)
@pytest.mark.parametrize("signed_in", [False, True])
def test_unusable_links_get_a_friendly_page(client, school, member, traits, text, signed_in):
    invitation = InvitationFactory(school=school, email=member.email, **traits)
    if signed_in:
        client.force_login(member)
    for method in (client.get, client.post):
        response = method(f"/community/uitnodiging/{invitation.token}/")
        assert response.status_code == 200
        assert text in response.content.decode()
    assert Membership.objects.filter(school=school).count() == 1


@pytest.mark.parametrize("token", ["onbekend", "x" * 65, "%00", "..", "a" * 43])
def test_unknown_link_is_a_friendly_404(client, db, token):
    response = client.get(f"/community/uitnodiging/{token}/")
    assert response.status_code == 404
    assert "We kennen deze link niet" in response.content.decode()


def test_english_unknown_link_page(client, db):
    response = client.get("/en/community/uitnodiging/onbekend/")
    assert response.status_code == 404
    assert '<html lang="en">' in response.content.decode()
    translation.activate("nl")


def test_link_used_by_yourself_sends_you_to_your_school(client, school, coordinator):
    colleague = UserFactory(email="al@dijkcollege.example")
    invitation = InvitationFactory(school=school, email=colleague.email)
    client.force_login(colleague)
    client.post(f"/community/uitnodiging/{invitation.token}/")
    response = client.get(f"/community/uitnodiging/{invitation.token}/")
    assert response.status_code == 302
    assert response["Location"] == f"/community/mijn-scholen/#school-{school.pk}"


def test_link_expiring_between_opening_and_accepting(client, school):
    colleague = UserFactory(email="traag@dijkcollege.example")
    invitation = InvitationFactory(school=school, email=colleague.email)
    client.force_login(colleague)
    assert client.get(f"/community/uitnodiging/{invitation.token}/").status_code == 200
    Invitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    response = client.post(f"/community/uitnodiging/{invitation.token}/")
    assert response.status_code == 200
    assert "verlopen" in response.content.decode()
    assert not Membership.objects.filter(user=colleague).exists()


def test_a_person_can_be_in_two_schools(client, school, other_school, coordinator):
    colleague = UserFactory(email="twee@scholen.example")
    MembershipFactory(user=colleague, school=other_school)
    invitation = InvitationFactory(school=school, email=colleague.email)
    client.force_login(colleague)
    client.post(f"/community/uitnodiging/{invitation.token}/")
    assert set(colleague.schools.values_list("name", flat=True)) == {"Het Dijkcollege", "Basisschool De Vlieger"}
    html = client.get("/community/mijn-scholen/").content.decode()
    assert "Het Dijkcollege" in html and "Basisschool De Vlieger" in html
