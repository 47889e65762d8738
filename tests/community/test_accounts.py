"""Accounts: sign up, confirm the address, log in; the allauth pages in our shell, accessible, bilingual."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse
from django.utils import translation

from community.models import User

from .factories import PASSWORD, UserFactory

LINK = re.compile(r"https?://testserver(/\S+)")


def _link(message) -> str:
    return LINK.search(message.body).group(1)


@pytest.mark.django_db
def test_signup_sends_verification_then_confirm_then_login(client):
    response = client.post(
        "/account/signup/",
        {"email": "Nieuw.Lid@School.example", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    user = User.objects.get(email="nieuw.lid@school.example")
    assert not EmailAddress.objects.get(user=user).verified

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["nieuw.lid@school.example"]
    assert message.subject == "[WIJschool] Bevestig je e-mailadres"
    assert "WIJschool Community" in message.body
    confirm_path = _link(message)
    assert confirm_path.startswith("/account/confirm-email/")

    page = client.get(confirm_path)
    assert page.status_code == 200
    assert "nieuw.lid@school.example" in page.content.decode()
    response = client.post(confirm_path)
    assert response.status_code == 302
    assert EmailAddress.objects.get(user=user).verified

    client.logout()
    response = client.post("/account/login/", {"login": "nieuw.lid@school.example", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/community/mijn-scholen/").status_code == 200


@pytest.mark.django_db
def test_unverified_account_cannot_log_in_and_gets_a_new_mail(client):
    UserFactory(email="nog.niet@school.example", verified=False)
    response = client.post("/account/login/", {"login": "nog.niet@school.example", "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    assert "_auth_user_id" not in client.session
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_login_with_wrong_password_says_so_and_keeps_the_address(client):
    UserFactory(email="docent@school.example")
    response = client.post("/account/login/", {"login": "docent@school.example", "password": "fout-wachtwoord"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Het e-mailadres of het wachtwoord klopt niet" in html
    assert 'value="docent@school.example"' in html
    assert 'role="alert"' in html


@pytest.mark.django_db
def test_signup_errors_are_tied_to_their_fields_and_input_is_kept(client):
    response = client.post("/account/signup/", {"email": "geen-adres", "password1": "kort", "password2": "anders"})
    assert response.status_code == 200
    html = response.content.decode()
    # Every visible input has a label.
    for field_id in ("id_email", "id_password1", "id_password2"):
        assert f'<label class="form-field__label" for="{field_id}">' in html
    # The error list has an id and the input points at it.
    assert 'id="id_email_error"' in html
    assert re.search(r'<input[^>]*aria-describedby="[^"]*id_email_error[^"]*"[^>]*id="id_email"', html)
    assert re.search(r'<input[^>]*aria-invalid="true"[^>]*id="id_email"', html)
    # The e-mail address typed is still there (passwords are never echoed back).
    assert 'value="geen-adres"' in html
    # Dutch messages, also for the password length (Django's own catalogue lacks this one).
    assert "Dit wachtwoord is te kort. Gebruik minstens 10 tekens." in html
    assert "This password" not in html
    # An error summary links to the field.
    assert 'href="#id_email"' in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/account/login/",
        "/account/signup/",
        "/account/password/reset/",
        "/account/password/reset/done/",
        "/account/confirm-email/",
        "/account/confirm-email/onbekende-sleutel/",
        "/account/password/reset/key/1-onzin/",
    ],
)
def test_account_pages_render_in_the_site_shell(client, url):
    response = client.get(url, follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="site-header"' in html
    assert 'class="container narrow account"' in html
    assert "<h1>" in html


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/account/email/", "/account/password/change/", "/account/logout/"])
def test_account_pages_for_signed_in_people(client, url):
    client.force_login(UserFactory())
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="container narrow account"' in html


@pytest.mark.django_db
def test_password_reset_mail_and_new_password(client):
    UserFactory(email="vergeten@school.example")
    response = client.post("/account/password/reset/", {"email": "vergeten@school.example"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject == "[WIJschool] Nieuw wachtwoord kiezen"
    reset_path = _link(mail.outbox[0])
    response = client.get(reset_path, follow=True)
    assert response.status_code == 200
    form_path = response.redirect_chain[-1][0] if response.redirect_chain else reset_path
    response = client.post(form_path, {"password1": "nieuw-wachtwoord-7", "password2": "nieuw-wachtwoord-7"})
    assert response.status_code == 302
    client.logout()
    response = client.post("/account/login/", {"login": "vergeten@school.example", "password": "nieuw-wachtwoord-7"})
    assert response.status_code == 302
    assert "_auth_user_id" in client.session


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    ["/en/account/login/", "/en/account/signup/", "/en/account/password/reset/", "/en/community/uitnodiging/onbekend/"],
)
def test_english_versions_respond(client, url):
    response = client.get(url)
    assert response.status_code in (200, 404)
    assert '<html lang="en">' in response.content.decode()
    translation.activate("nl")


@pytest.mark.django_db
def test_english_my_schools_requires_login_and_comes_back(client):
    response = client.get("/en/community/mijn-scholen/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/account/login/?next=/en/community/mijn-scholen/")
    translation.activate("nl")


@pytest.mark.django_db
def test_logout_is_a_post_and_lands_on_the_home_page_in_the_same_language(client):
    client.force_login(UserFactory())
    response = client.post("/en/account/logout/")
    assert response.status_code == 302
    assert response["Location"] == "/en/"
    translation.activate("nl")


@pytest.mark.django_db
def test_email_page_adds_an_address_and_labels_every_choice(client):
    person = UserFactory(email="werk@school.example")
    client.force_login(person)
    response = client.post("/account/email/", {"action_add": "", "email": "geen-adres"})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'value="geen-adres"' in html
    assert 'aria-describedby="id_email_error"' in html
    response = client.post("/account/email/", {"action_add": "", "email": "prive@thuis.example"}, follow=True)
    html = response.content.decode()
    assert "We hebben een bevestigingsmail gestuurd naar prive@thuis.example" in html
    for radio_id in re.findall(r'<input type="radio" name="email" value="[^"]+" id="([^"]+)"', html):
        assert f'<label for="{radio_id}">' in html
    assert len(mail.outbox) == 1
