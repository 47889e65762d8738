"""An editor's second factor, walked through in a browser (issue 13): the first login sends the editor to set up
an authenticator app, the code from the app opens the admin; the next login asks for the code before anything.

The code is computed here from the key the page shows, as the app on the editor's phone would.
"""

import re
import time

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import NARROW, axe_violations, format_violations, screenshot
from tests.community.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.browser

SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def _code(secret: str) -> str:
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


@pytest.fixture
def editor(site_data, settings):
    from django.contrib.auth.models import Group

    settings.ADMIN_REQUIRE_MFA = True
    user = UserFactory(email="eindredactie@wijschool.example")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def _no_violations(page, where: str) -> None:
    violations = axe_violations(page)
    assert not violations, format_violations(violations, where)


def _log_in(page, base: str, email: str, *, prefix: str = "", button: str = "Inloggen") -> None:
    page.goto(f"{base}{prefix}/account/login/?next=/admin/")
    form = page.locator("main form")
    form.locator("input[name=login]").fill(email)
    form.locator("input[name=password]").fill(PASSWORD)
    form.get_by_role("button", name=button).click()


def test_an_editor_sets_up_the_app_on_first_login_and_the_admin_opens(live_server, editor, new_page):
    page = new_page()
    _log_in(page, live_server.url, editor.email)
    # Straight to the set-up, with why, and without typing the password a second time.
    expect(page).to_have_url(re.compile(r"/account/2fa/totp/activate/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Authenticator-app instellen")
    expect(page.get_by_text("Voor de beheeromgeving is een tweede stap bij het inloggen verplicht")).to_be_visible()
    expect(page.get_by_role("img", name="QR-code voor je authenticator-app")).to_be_visible()
    secret = page.get_by_label("Sleutel").input_value()
    assert re.fullmatch(r"[A-Z2-7]{16,}", secret)
    _no_violations(page, "activate: ")
    screenshot(page, "mfa-activate-nl-wide")

    # A wrong code: a message in Dutch at the field, the key is still there, nothing is switched on.
    wrong = "000000" if _code(secret) != "000000" else "111111"
    page.get_by_label("Code", exact=False).first.fill(wrong)
    page.get_by_role("button", name="Aanzetten").click()
    expect(page.locator("main")).to_contain_text("Deze code klopt niet")
    assert page.get_by_label("Sleutel").input_value() == secret
    _no_violations(page, "activate, wrong code: ")

    page.get_by_label("Code", exact=False).first.fill(_code(secret))
    page.get_by_role("button", name="Aanzetten").click()
    expect(page).to_have_url(re.compile(r"/account/2fa/recovery-codes/"))
    _no_violations(page, "recovery codes: ")
    screenshot(page, "mfa-recovery-codes-nl-wide")
    page.get_by_role("link", name="Naar de beheeromgeving").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    expect(page.locator("body")).to_contain_text("WIJschool")


def test_with_the_app_set_up_login_asks_for_the_code_in_english_too(live_server, editor, new_page):
    from allauth.mfa.totp.internal.auth import TOTP

    TOTP.activate(editor, SECRET)
    page = new_page(viewport=NARROW)
    _log_in(page, live_server.url, editor.email, prefix="/en", button="Log in")
    expect(page).to_have_url(re.compile(r"/en/account/2fa/authenticate/"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("Logging in: the second step")
    _no_violations(page, "authenticate (en): ")
    screenshot(page, "mfa-authenticate-en-narrow")

    # The admin stays shut until the code is given.
    wrong = "123456" if _code(SECRET) != "123456" else "654321"
    page.get_by_label("Code", exact=False).first.fill(wrong)
    page.get_by_role("button", name="Log in").first.click()
    expect(page.locator("main")).to_contain_text("This code is not right")
    expect(page).to_have_url(re.compile(r"/en/account/2fa/authenticate/"))

    page.get_by_label("Code", exact=False).first.fill(_code(SECRET))
    page.get_by_role("button", name="Log in").first.click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
