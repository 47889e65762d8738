"""Repeated failed logins are limited on every login path (django-axes), keyed by the e-mail address."""

import pytest
from axes.models import AccessAttempt
from django.conf import settings

from community.axes import username_from_request

from .factories import PASSWORD, UserFactory

SITE = ("/account/login/", "login")
ADMIN = ("/admin/login/", "username")


@pytest.fixture
def editor(db):
    return UserFactory(email="redacteur@wijschool.example", is_staff=True, is_superuser=True)


def _login(client, path_and_field, email, password):
    path, field = path_and_field
    return client.post(path, {field: email, "password": password})


def _is_logged_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_limit_is_five():
    assert settings.AXES_FAILURE_LIMIT == 5


@pytest.mark.parametrize("path", [SITE, ADMIN], ids=["allauth", "wagtail-admin"])
def test_five_failures_then_the_right_password_is_refused(client, editor, path):
    for _ in range(5):
        response = _login(client, path, editor.email, "verkeerd-wachtwoord")
        assert not _is_logged_in(client)
    response = _login(client, path, editor.email, PASSWORD)
    assert response.status_code == 429
    assert not _is_logged_in(client)
    assert "Te veel mislukte inlogpogingen" in response.content.decode()


@pytest.mark.parametrize("path", [SITE, ADMIN], ids=["allauth", "wagtail-admin"])
def test_four_failures_still_let_the_right_password_in(client, editor, path):
    for _ in range(4):
        _login(client, path, editor.email, "verkeerd-wachtwoord")
    response = _login(client, path, editor.email, PASSWORD)
    assert response.status_code == 302
    assert _is_logged_in(client)


def test_failures_on_both_paths_count_together_and_case_does_not_matter(client, editor):
    for _ in range(3):
        _login(client, SITE, editor.email.upper(), "verkeerd-wachtwoord")
    for _ in range(2):
        _login(client, ADMIN, editor.email, "verkeerd-wachtwoord")
    assert AccessAttempt.objects.get().username == editor.email
    for path in (SITE, ADMIN):
        response = _login(client, path, editor.email, PASSWORD)
        assert response.status_code == 429
        assert not _is_logged_in(client)


def test_lockout_of_one_account_leaves_others_alone(client, editor):
    colleague = UserFactory(email="collega@wijschool.example")
    for _ in range(5):
        _login(client, SITE, editor.email, "verkeerd-wachtwoord")
    response = _login(client, SITE, colleague.email, PASSWORD)
    assert response.status_code == 302
    assert _is_logged_in(client)


@pytest.mark.parametrize(
    ("credentials", "post", "expected"),
    [
        ({"email": " Jan@School.NL ", "password": "x"}, {}, "jan@school.nl"),
        ({"username": "Jan@School.nl"}, {}, "jan@school.nl"),
        ({"username": None, "email": "a@b.nl"}, {}, "a@b.nl"),
        (None, {"login": "Login@Form.nl"}, "login@form.nl"),
        (None, {"username": "Admin@Form.nl"}, "admin@form.nl"),
        (None, {}, None),
    ],
)
def test_username_callable(rf, credentials, post, expected):
    request = rf.post("/", post)
    assert username_from_request(request, credentials) == expected
