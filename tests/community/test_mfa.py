"""A second factor (allauth.mfa, TOTP) before the admins open, for everyone with admin access (BIO)."""

import re
import time
from pathlib import Path

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management import call_command

from community import mfa
from community.models import Membership

from .factories import PASSWORD, MembershipFactory, UserFactory

SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
ACTIVATE = "/account/2fa/totp/activate/"
AUTHENTICATE = "/account/2fa/authenticate/"

pytestmark = pytest.mark.usefixtures("require_mfa")


@pytest.fixture
def require_mfa(settings):
    settings.ADMIN_REQUIRE_MFA = True


def _code(secret: str = SECRET) -> str:
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


@pytest.fixture
def editor(db):
    user = UserFactory(email="eindredactie@wijschool.example")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def _log_in(client, user, next_url="/admin/"):
    return client.post("/account/login/", {"login": user.email, "password": PASSWORD, "next": next_url})


def _is_logged_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_settings():
    assert "allauth.mfa" in settings.INSTALLED_APPS
    assert settings.MFA_SUPPORTED_TYPES == ["totp", "recovery_codes"]
    assert "community.middleware.AdminSecondFactorMiddleware" in settings.MIDDLEWARE
    from config.settings import base

    assert base.ADMIN_REQUIRE_MFA is True


@pytest.mark.parametrize("group", ["Editors", "Moderators", "Coaches"])
def test_everyone_with_admin_access_needs_a_second_factor(db, group):
    user = UserFactory()
    assert not mfa.needs_second_factor(user)
    user.groups.add(Group.objects.get(name=group))
    user = type(user).objects.get(pk=user.pk)  # fresh permission cache
    assert mfa.needs_second_factor(user)


def test_superusers_and_staff_need_a_second_factor(db):
    assert mfa.needs_second_factor(UserFactory(is_superuser=True, is_staff=True))
    assert mfa.needs_second_factor(UserFactory(is_staff=True))


def test_an_editor_without_a_second_factor_is_sent_to_set_it_up(client, editor):
    client.force_login(editor)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == f"{ACTIVATE}?next=%2Fadmin%2Fpages%2F"
    page = client.get("/admin/pages/", follow=True)  # via "confirm it is you" (a session without a password)
    assert "Voor de beheeromgeving is een tweede stap bij het inloggen verplicht" in page.content.decode()


def test_an_editor_sets_up_the_app_and_then_the_admin_opens(client, editor):
    assert _log_in(client, editor).status_code == 302
    response = client.get("/admin/")
    assert response["Location"].startswith(ACTIVATE)
    # The password was typed seconds ago: the set-up opens without asking for it again.
    page = client.get(ACTIVATE)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Authenticator-app instellen" in html
    assert 'src="data:image/svg+xml;base64,' in html  # the QR code
    secret = client.session["mfa.totp.secret"]
    assert secret in html  # the key to type over
    response = client.post(ACTIVATE, {"code": "000000" if _code(secret) != "000000" else "111111"})
    assert response.status_code == 200
    assert "Deze code klopt niet" in response.content.decode()
    response = client.post(ACTIVATE, {"code": _code(secret)})
    assert response.status_code == 302
    assert response["Location"] == "/account/2fa/recovery-codes/"
    codes_page = client.get(response["Location"]).content.decode()
    assert "Naar de beheeromgeving" in codes_page
    assert Authenticator.objects.filter(user=editor, type=Authenticator.Type.TOTP).exists()
    assert client.get("/admin/").status_code == 200  # the code was just given: no second ask


def test_an_older_login_confirms_the_password_before_a_factor_is_added(client, editor, settings):
    assert _log_in(client, editor).status_code == 302
    settings.ACCOUNT_REAUTHENTICATION_TIMEOUT = 0  # as if the login were long ago
    response = client.get(ACTIVATE)
    assert response["Location"] == "/account/reauthenticate/?next=%2Faccount%2F2fa%2Ftotp%2Factivate%2F"
    response = client.post("/account/reauthenticate/", {"password": PASSWORD, "next": ACTIVATE})
    assert response["Location"] == ACTIVATE
    settings.ACCOUNT_REAUTHENTICATION_TIMEOUT = 300
    assert client.get(ACTIVATE).status_code == 200


def test_with_the_app_set_up_login_asks_for_the_code_and_then_the_admin_opens(client, editor):
    TOTP.activate(editor, SECRET)
    response = _log_in(client, editor)
    assert response.status_code == 302
    assert response["Location"] == AUTHENTICATE
    assert not _is_logged_in(client)
    assert client.get("/admin/")["Location"].startswith("/admin/login/")
    page = client.get(AUTHENTICATE)
    assert "Inloggen: de tweede stap" in page.content.decode()
    response = client.post(AUTHENTICATE, {"code": "123456" if _code() != "123456" else "654321"})
    assert response.status_code == 200
    assert not _is_logged_in(client)
    response = client.post(AUTHENTICATE, {"code": _code()})
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert _is_logged_in(client)
    assert client.get("/admin/").status_code == 200


def test_a_recovery_code_also_opens_the_admin(client, editor):
    TOTP.activate(editor, SECRET)
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes

    codes = RecoveryCodes.activate(editor).generate_codes()
    _log_in(client, editor)
    response = client.post(AUTHENTICATE, {"code": codes[0]})
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize("path", ["/admin/login/", "/django-admin/login/"])
def test_the_admin_login_forms_cannot_skip_the_code(client, editor, path):
    TOTP.activate(editor, SECRET)
    response = client.get(f"{path}?next=/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/account/login/?next=%2Fadmin%2Fpages%2F"
    response = client.post(path, {"username": editor.email, "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"].startswith("/account/login/")
    assert not _is_logged_in(client)
    assert client.get("/admin/").status_code == 302


def test_a_session_without_the_code_is_asked_for_it(client, editor):
    """A session from before the rule (or any password-only session) gives the code before the admin opens."""
    TOTP.activate(editor, SECRET)
    client.force_login(editor)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/account/2fa/reauthenticate/?next=%2Fadmin%2Fpages%2F"
    response = client.post("/account/2fa/reauthenticate/", {"code": _code(), "next": "/admin/pages/"})
    assert response.status_code == 302
    assert response["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


def test_an_editor_cannot_turn_the_second_factor_off(client, editor):
    TOTP.activate(editor, SECRET)
    _log_in(client, editor)
    client.post(AUTHENTICATE, {"code": _code()})
    client.post("/account/2fa/reauthenticate/", {"code": _code()})  # allauth asks again before a change
    page = client.get("/account/2fa/totp/deactivate/")
    assert "voor de beheeromgeving is die verplicht" in page.content.decode()
    response = client.post("/account/2fa/totp/deactivate/")
    assert response.status_code == 200
    assert "voor de beheeromgeving is die verplicht" in response.content.decode()
    assert Authenticator.objects.filter(user=editor, type=Authenticator.Type.TOTP).exists()


def test_a_school_member_is_not_forced_but_may_turn_it_on(client, db):
    member = UserFactory(email="mentor@school.example")
    MembershipFactory(user=member, role=Membership.Role.MEMBER)
    _log_in(client, member, next_url="/community/mijn-scholen/")
    assert _is_logged_in(client)
    assert client.get("/community/mijn-scholen/").status_code == 200
    response = client.get("/admin/")
    assert not response["Location"].startswith(ACTIVATE)  # Wagtail's own refusal, not the second factor
    page = client.get("/account/2fa/")
    assert page.status_code == 200
    assert "Tweede stap bij het inloggen" in page.content.decode()
    client.post("/account/reauthenticate/", {"password": PASSWORD})
    assert client.get(ACTIVATE).status_code == 200
    client.post(ACTIVATE, {"code": _code(client.session["mfa.totp.secret"])})
    assert Authenticator.objects.filter(user=member, type=Authenticator.Type.TOTP).exists()


def test_without_the_setting_the_rule_is_off(client, editor, settings):
    settings.ADMIN_REQUIRE_MFA = False
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200


def test_the_demo_editor_has_the_documented_key(db):
    from demo.management.commands.load_demo import DEMO_EDITOR_TOTP_SECRET

    call_command("load_demo", "--no-english", "--limit", "1", verbosity=0)
    authenticator = Authenticator.objects.get(user__email="redactie@wijschool.example", type=Authenticator.Type.TOTP)
    assert TOTP(authenticator).validate_code(_code(DEMO_EDITOR_TOTP_SECRET))
    readme = (Path(settings.BASE_DIR) / "README.md").read_text()
    assert re.search(rf"`{DEMO_EDITOR_TOTP_SECRET}`", readme)
    assert "local only" in readme


def test_the_second_factor_pages_are_in_the_site_shell_in_both_languages(client, editor):
    TOTP.activate(editor, SECRET)
    _log_in(client, editor)
    client.post(AUTHENTICATE, {"code": _code()})
    client.post("/account/2fa/reauthenticate/", {"code": _code()})
    for prefix in ("", "/en"):
        for path in ("/account/2fa/", "/account/2fa/reauthenticate/", "/account/2fa/recovery-codes/generate/"):
            response = client.get(f"{prefix}{path}")
            assert response.status_code == 200, path
            html = response.content.decode()
            assert 'class="container narrow account"' in html
    english = client.get("/en/account/2fa/").content.decode()
    assert "Second step when logging in" in english
