"""Repeated failed logins (django-axes): counted per account *and* client address, also behind the reverse proxy,
with a wait that grows instead of an hour's lockout; a password reset lets the owner in again."""

import re
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.core import mail
from django.test import RequestFactory, override_settings
from django.utils import timezone

from community.axes import cool_off_after, username_from_request
from community.client import client_ip

from .factories import PASSWORD, UserFactory

SITE = "/account/login/"
PROXY = "10.0.0.2"  # nginx, as the app sees it
ALICE = "203.0.113.10"
BOB = "198.51.100.20"
LINK = re.compile(r"https?://testserver(/\S+)")


@pytest.fixture
def editor(db):
    return UserFactory(email="redacteur@wijschool.example", is_staff=True, is_superuser=True)


def _login(client, email, password, *, field="login", path=SITE, **headers):
    return client.post(path, {field: email, "password": password}, **headers)


def _via_proxy(client_address: str, spoofed: str | None = None) -> dict:
    """What nginx sends on (``$proxy_add_x_forwarded_for``): whatever the client sent, then its address."""
    forwarded = f"{spoofed}, {client_address}" if spoofed else client_address
    return {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": forwarded}


def _is_logged_in(client) -> bool:
    return "_auth_user_id" in client.session


def _age_failures(minutes: float) -> None:
    """As if the last failure was ``minutes`` ago."""
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=minutes))


def test_limit_is_five():
    assert settings.AXES_FAILURE_LIMIT == 5
    assert settings.AXES_LOCKOUT_PARAMETERS == [["username", "ip_address"]]
    assert settings.TRUSTED_PROXY_COUNT == 0  # no forwarded header is trusted unless the deployment says so


def test_five_failures_then_the_right_password_is_refused(client, editor):
    for _ in range(5):
        _login(client, editor.email, "verkeerd-wachtwoord")
        assert not _is_logged_in(client)
    response = _login(client, editor.email, PASSWORD)
    assert response.status_code == 429
    assert not _is_logged_in(client)
    html = response.content.decode()
    assert "Te veel mislukte inlogpogingen" in html
    assert "een uur" not in html


def test_four_failures_still_let_the_right_password_in(client, editor):
    for _ in range(4):
        _login(client, editor.email, "verkeerd-wachtwoord")
    response = _login(client, editor.email, PASSWORD)
    assert response.status_code == 302
    assert _is_logged_in(client)


def test_failures_count_together_whatever_the_case_of_the_address(client, editor):
    for _ in range(3):
        _login(client, editor.email.upper(), "verkeerd-wachtwoord")
    for _ in range(2):
        _login(client, editor.email, "verkeerd-wachtwoord")
    assert {a.username for a in AccessAttempt.objects.all()} == {editor.email}
    response = _login(client, editor.email, PASSWORD)
    assert response.status_code == 429
    assert not _is_logged_in(client)


@pytest.mark.parametrize("path", ["/admin/login/", "/django-admin/login/"])
def test_the_admin_login_forms_do_not_check_passwords(client, editor, path):
    """They forward to the site's login (with its second factor); a password posted there is never tried."""
    response = _login(client, editor.email, PASSWORD, field="username", path=path)
    assert response.status_code == 302
    assert response["Location"].startswith("/account/login/?next=")
    assert not _is_logged_in(client)
    assert not AccessAttempt.objects.exists()


def test_lockout_of_one_account_leaves_others_alone(client, editor):
    colleague = UserFactory(email="collega@wijschool.example")
    for _ in range(5):
        _login(client, editor.email, "verkeerd-wachtwoord")
    response = _login(client, colleague.email, PASSWORD)
    assert response.status_code == 302
    assert _is_logged_in(client)


# --- the wait grows -------------------------------------------------------------------------------------------


def test_the_wait_starts_at_a_minute_and_doubles():
    assert cool_off_after(4) == timedelta(0)
    assert cool_off_after(5) == timedelta(minutes=1)
    assert cool_off_after(6) == timedelta(minutes=2)
    assert cool_off_after(9) == timedelta(minutes=16)
    assert cool_off_after(100) == settings.LOGIN_COOLOFF_MAX == timedelta(days=1)


def test_after_the_wait_one_more_try_and_each_failure_doubles_it(client, editor):
    for _ in range(5):
        _login(client, editor.email, "verkeerd-wachtwoord")
    assert _login(client, editor.email, PASSWORD).status_code == 429
    # Refused attempts during the wait do not count: still 5 failures.
    assert sum(a.failures_since_start for a in AccessAttempt.objects.all()) == 5

    _age_failures(1.5)  # the first wait (1 minute) is over: one more try
    _login(client, editor.email, "nog-steeds-verkeerd")
    assert not _is_logged_in(client)
    _age_failures(1.5)  # 6 failures: 2 minutes, so still waiting
    assert _login(client, editor.email, PASSWORD).status_code == 429
    _age_failures(2.5)
    response = _login(client, editor.email, PASSWORD)
    assert response.status_code == 302
    assert _is_logged_in(client)
    assert not AccessAttempt.objects.exists()  # a successful login forgets the failures


def test_failures_are_forgotten_after_a_day(client, editor):
    for _ in range(4):
        _login(client, editor.email, "verkeerd-wachtwoord")
    _age_failures(24 * 60 + 1)
    for _ in range(4):
        _login(client, editor.email, "verkeerd-wachtwoord")
    assert _login(client, editor.email, PASSWORD).status_code == 302


def test_a_password_reset_lets_the_owner_in_at_once(client, editor):
    for _ in range(5):
        _login(client, editor.email, "verkeerd-wachtwoord")
    assert _login(client, editor.email, PASSWORD).status_code == 429
    client.post("/account/password/reset/", {"email": editor.email})
    reset_path = LINK.search(mail.outbox[-1].body).group(1)
    response = client.get(reset_path, follow=True)
    form_path = response.redirect_chain[-1][0] if response.redirect_chain else reset_path
    response = client.post(form_path, {"password1": "nieuw-wachtwoord-7", "password2": "nieuw-wachtwoord-7"})
    assert response.status_code == 302
    response = _login(client, editor.email, "nieuw-wachtwoord-7")
    assert response.status_code == 302
    assert _is_logged_in(client)


# --- behind the reverse proxy ------------------------------------------------------------------------------------


@override_settings(TRUSTED_PROXY_COUNT=1, ALLAUTH_TRUSTED_PROXY_COUNT=1)
def test_behind_a_trusted_proxy_failures_count_per_client(client, editor):
    """Someone guessing the editor's password from another address does not lock the editor out."""
    for _ in range(5):
        _login(client, editor.email, "verkeerd-wachtwoord", **_via_proxy(BOB))
    assert {a.ip_address for a in AccessAttempt.objects.all()} == {BOB}
    assert _login(client, editor.email, PASSWORD, **_via_proxy(BOB)).status_code == 429
    response = _login(client, editor.email, PASSWORD, **_via_proxy(ALICE))
    assert response.status_code == 302
    assert _is_logged_in(client)


@override_settings(TRUSTED_PROXY_COUNT=1, ALLAUTH_TRUSTED_PROXY_COUNT=1)
def test_a_forged_forwarded_header_does_not_change_the_client(client, editor):
    """A client that sends its own X-Forwarded-For cannot pose as another address: only the proxy's entry counts."""
    for n in range(5):
        _login(client, editor.email, "verkeerd-wachtwoord", **_via_proxy(BOB, spoofed=f"192.0.2.{n}"))
    assert {a.ip_address for a in AccessAttempt.objects.all()} == {BOB}
    assert _login(client, editor.email, PASSWORD, **_via_proxy(BOB, spoofed="192.0.2.99")).status_code == 429


def test_without_a_trusted_proxy_the_forwarded_header_is_ignored(client, editor):
    """TRUSTED_PROXY_COUNT = 0 (the default): a client reaching the app directly cannot pick its address."""
    for n in range(5):
        _login(client, editor.email, "verkeerd-wachtwoord", REMOTE_ADDR=BOB, HTTP_X_FORWARDED_FOR=f"192.0.2.{n}")
    assert {a.ip_address for a in AccessAttempt.objects.all()} == {BOB}
    response = _login(client, editor.email, PASSWORD, REMOTE_ADDR=BOB, HTTP_X_FORWARDED_FOR="192.0.2.200")
    assert response.status_code == 429


@pytest.mark.parametrize(
    ("count", "meta", "expected"),
    [
        (0, {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": ALICE}, PROXY),
        (1, {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": ALICE}, ALICE),
        (1, {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": f"1.2.3.4, {ALICE}"}, ALICE),
        (2, {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": f"1.2.3.4, {ALICE}, 10.0.0.9"}, ALICE),
        (2, {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": ALICE}, PROXY),  # did not pass both proxies
        (1, {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": "niet-een-adres"}, PROXY),
        (1, {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": "[2001:db8::7]:443"}, "2001:db8::7"),
        (1, {"REMOTE_ADDR": PROXY}, PROXY),
    ],
)
def test_client_ip(settings, count, meta, expected):
    settings.TRUSTED_PROXY_COUNT = count
    request = RequestFactory().get("/", **meta)
    assert client_ip(request) == expected


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_allauth_rate_limits_use_the_same_client_address():
    from allauth.account.adapter import get_adapter

    request = RequestFactory().get("/", **_via_proxy(ALICE, spoofed="1.2.3.4"))
    assert get_adapter(request).get_client_ip(request) == ALICE


def test_allauth_no_longer_limits_an_account_from_everywhere():
    """allauth's per-account limit ("5/5m/key") let anyone lock anyone's account; per client address only (the
    test settings switch allauth's limits off, so the shared settings are read here)."""
    from config.settings import base

    assert base.ACCOUNT_RATE_LIMITS == {"login_failed": "10/m/ip"}
    assert base.ALLAUTH_TRUSTED_PROXY_COUNT == base.TRUSTED_PROXY_COUNT


@override_settings(
    TRUSTED_PROXY_COUNT=1,
    ACCOUNT_RATE_LIMITS={"login_failed": "3/m/ip"},
    CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "ratelimit"}},
)
def test_allauth_per_address_limit_behind_the_proxy_refuses_only_that_client(client, editor):
    """Before, every visitor came from the proxy's address: one client's failures refused everyone."""
    colleague = UserFactory(email="collega@wijschool.example")
    for _ in range(3):
        _login(client, editor.email, "verkeerd-wachtwoord", **_via_proxy(BOB))
    response = _login(client, colleague.email, PASSWORD, **_via_proxy(BOB))
    assert response.status_code == 200
    assert "Te veel mislukte inlogpogingen" in response.content.decode()
    assert not _is_logged_in(client)
    response = _login(client, colleague.email, PASSWORD, **_via_proxy(ALICE))
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
