"""Schools, memberships, invitations and people in the Wagtail admin."""

import pytest
from django.contrib.auth.models import Group

from community.models import Invitation, Membership, School, User

from .factories import InvitationFactory, UserFactory


@pytest.fixture
def admin_client(client, db):
    client.force_login(UserFactory(email="beheer@wijschool.example", is_staff=True, is_superuser=True))
    return client


def test_school_listing_shows_member_counts_and_searches(admin_client, school, coordinator, member, other_school):
    html = admin_client.get("/admin/community/scholen/").content.decode()
    assert "Het Dijkcollege" in html and "Basisschool De Vlieger" in html
    html = admin_client.get("/admin/community/scholen/?q=93QT").content.decode()
    assert "Het Dijkcollege" in html
    assert "Basisschool De Vlieger" not in html


def test_school_edit_page_shows_the_team(admin_client, school, coordinator, member):
    InvitationFactory(school=school, email="open@dijkcollege.example")
    response = admin_client.get(f"/admin/community/scholen/edit/{school.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert coordinator.email in html and member.email in html
    assert "open@dijkcollege.example" in html
    assert f"/admin/community/lidmaatschappen/new/?school={school.pk}" in html


def test_school_can_be_created_and_brin_is_validated(admin_client):
    response = admin_client.post(
        "/admin/community/scholen/new/", {"name": "OBS Het Anker", "brin": "12ab", "gemeente": "Ede", "sector": "po"}
    )
    assert response.status_code == 200
    assert "twee cijfers en twee hoofdletters" in response.content.decode()
    response = admin_client.post(
        "/admin/community/scholen/new/", {"name": "OBS Het Anker", "brin": "12AB", "gemeente": "Ede", "sector": "po"}
    )
    assert response.status_code == 302
    assert School.objects.filter(brin="12AB").exists()
    assert admin_client.get("/admin/community/scholen/new/").status_code == 200


def test_membership_form_prefills_school_and_uses_a_person_chooser(admin_client, school):
    html = admin_client.get(f"/admin/community/lidmaatschappen/new/?school={school.pk}").content.decode()
    assert f'<option value="{school.pk}" selected>' in html
    assert "/admin/community/kies-persoon/" in html


def test_membership_can_be_added_in_the_admin(admin_client, school):
    person = UserFactory()
    response = admin_client.post(
        "/admin/community/lidmaatschappen/new/", {"user": person.pk, "school": school.pk, "role": "coordinator"}
    )
    assert response.status_code == 302
    assert Membership.objects.get(user=person, school=school).is_coordinator


def test_person_chooser_searches_by_name_and_address(admin_client, db):
    UserFactory(email="femke@devlieger.example", first_name="Femke")
    UserFactory(email="joris@devlieger.example", first_name="Joris")
    response = admin_client.get("/admin/community/kies-persoon/results/?q=femke")
    assert response.status_code == 200
    html = response.content.decode()
    assert "femke@devlieger.example" in html
    assert "joris@devlieger.example" not in html


def test_person_chooser_is_closed_to_editors_without_membership_rights(client, db):
    editor = UserFactory()
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert client.get("/admin/community/kies-persoon/").status_code in (302, 403)
    assert client.get("/admin/community/scholen/").status_code in (302, 403)


def test_invitations_are_listed_but_not_created_in_the_admin(admin_client, school):
    InvitationFactory(school=school, email="open@dijkcollege.example")
    InvitationFactory(school=school, email="ingetrokken@dijkcollege.example", revoked=True)
    html = admin_client.get("/admin/community/uitnodigingen/").content.decode()
    assert "open@dijkcollege.example" in html
    assert "Ingetrokken" in html
    assert "/admin/community/uitnodigingen/new/" not in html
    assert admin_client.get("/admin/community/uitnodigingen/new/").status_code in (302, 403)
    assert Invitation.objects.count() == 2
    invitation = Invitation.objects.get(email="open@dijkcollege.example")
    assert admin_client.get(f"/admin/community/uitnodigingen/inspect/{invitation.pk}/").status_code == 200


def test_wagtail_users_area_works_with_the_email_user_model(admin_client):
    assert admin_client.get("/admin/users/").status_code == 200
    assert admin_client.get("/admin/users/new/").status_code == 200
    response = admin_client.post(
        "/admin/users/new/",
        {
            "email": "nieuw@wijschool.example",
            "first_name": "Nieuwe",
            "last_name": "Redacteur",
            "password1": "een-lang-wachtwoord",
            "password2": "een-lang-wachtwoord",
            "groups": [Group.objects.get(name="Editors").pk],
        },
    )
    assert response.status_code == 302
    assert User.objects.get(email="nieuw@wijschool.example").groups.filter(name="Editors").exists()
