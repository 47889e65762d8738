"""The pages a visitor meets when something is refused say so in the site's own voice ("je"), in their language,
never Django's bare page with "U ziet deze melding"."""

import re

import pytest
from django.test import Client

FORMAL = re.compile(r"\b(u|uw|U|Uw|uzelf)\b")


def _words(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html)


@pytest.mark.django_db
@pytest.mark.parametrize(("prefix", "heading"), [("", "Het formulier is verlopen"), ("/en", "The form has expired")])
def test_a_form_without_its_security_code_gets_a_calm_page(prefix, heading):
    client = Client(enforce_csrf_checks=True)
    response = client.post(f"{prefix}/account/login/", {"login": "a@b.nl", "password": "x"})
    page = response.content.decode()
    assert response.status_code == 403 and heading in page
    assert "CSRF" not in page and not FORMAL.search(_words(page))


@pytest.mark.django_db
def test_the_sign_up_page_says_je_including_the_password_rules(client):
    page = client.get("/account/signup/").content.decode()
    assert "Je wachtwoord mag geen veelgebruikt wachtwoord zijn." in page
    assert not FORMAL.search(_words(page)), FORMAL.search(_words(page))


@pytest.mark.django_db
def test_password_rules_refuse_in_dutch_with_je(client):
    response = client.post(
        "/account/signup/", {"email": "docent@school.example", "password1": "1234567890", "password2": "1234567890"}
    )
    page = response.content.decode()
    assert "Dit wachtwoord bestaat alleen uit cijfers." in page
    assert 'value="docent@school.example"' in page  # what was typed stays
