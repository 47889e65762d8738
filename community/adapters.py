"""How allauth behaves on this site: our wording, our site name in e-mail, and invitations.

The messages a visitor is most likely to meet are given here as Dutch source strings, in the site's own words
and voice ("je", decision 0010), rather than allauth's catalogue; English comes from our own catalogue.
"""

from __future__ import annotations

import time

from allauth.account import app_settings as allauth_account_settings
from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.authentication import get_authentication_records
from allauth.core import context
from allauth.mfa.adapter import DefaultMFAAdapter
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

from community import mfa
from community.client import client_ip
from community.validators import validate_mailbox

#: Set by the invitation page for a visitor who is not signed in: the address the invitation went to.
INVITED_EMAIL_SESSION_KEY = "community_invited_email"


class AccountAdapter(DefaultAccountAdapter):
    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "account_inactive": _("Dit account is niet actief."),
        "cannot_remove_primary_email": _("Je kunt je hoofdadres niet verwijderen."),
        "duplicate_email": _("Dit e-mailadres hoort al bij je account."),
        "email_password_mismatch": _(
            "Het e-mailadres of het wachtwoord klopt niet. Let op hoofdletters en probeer het opnieuw."
        ),
        "email_taken": _("Er bestaat al een account met dit e-mailadres."),
        "enter_current_password": _("Vul je huidige wachtwoord in."),
        "incorrect_password": _("Dit wachtwoord klopt niet."),
        "invalid_or_expired_key": _("Deze link is ongeldig of verlopen."),
        "invalid_login": _("Inloggen is niet gelukt."),
        "invalid_password_reset": _("Deze link om je wachtwoord te herstellen is ongeldig of al gebruikt."),
        "too_many_login_attempts": _("Te veel mislukte inlogpogingen. Probeer het later opnieuw."),
        "unknown_email": _("Dit e-mailadres hoort bij geen enkel account."),
        "unverified_primary_email": _("Je hoofdadres moet eerst bevestigd zijn."),
        "same_as_current": _("De nieuwe waarde moet anders zijn dan de huidige."),
        "rate_limited": _("Even geduld: je stuurt te veel verzoeken achter elkaar."),
    }

    def is_email_verified(self, request: HttpRequest, email: str) -> bool:
        """An address that received an invitation link, and whose owner opened it, needs no second check.

        Clicking the link in that e-mail proves the address as well as allauth's own confirmation mail
        would, so someone who signs up through their invitation can join the team straight away.
        """
        invited = request.session.get(INVITED_EMAIL_SESSION_KEY) if hasattr(request, "session") else None
        if invited and invited.strip().lower() == (email or "").strip().lower():
            return True
        return super().is_email_verified(request, email)

    def clean_email(self, email: str) -> str:
        """Signing up and adding an address take ordinary mailbox addresses only (``MailboxValidator``)."""
        validate_mailbox(email)
        return super().clean_email(email)

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        context = {**context, "site_name": settings.WAGTAIL_SITE_NAME}
        super().send_mail(template_prefix, email, context)

    def get_login_redirect_url(self, request: HttpRequest) -> str:
        return _in_active_language(super().get_login_redirect_url(request))

    def get_logout_redirect_url(self, request: HttpRequest) -> str:
        return _in_active_language(super().get_logout_redirect_url(request))

    def is_reauthentication_required(self, *, app: str, **kwargs) -> bool:
        """Setting up the second factor straight after logging in does not ask for the password again.

        allauth counts only an explicit "confirm it is you" as recent, so an editor sent from the login to set
        up an authenticator app had to type the password twice within seconds. A password login within
        ``ACCOUNT_REAUTHENTICATION_TIMEOUT`` counts here as well; an older session still has to confirm.
        """
        required = super().is_reauthentication_required(app=app, **kwargs)
        request = context.request
        if not required or app != "allauth.mfa" or request is None or not request.user.is_authenticated:
            return required
        records = get_authentication_records(request, request.user)
        latest = max((r.get("at", 0) for r in records if r.get("method") == "password"), default=0)
        return time.time() - latest >= allauth_account_settings.REAUTHENTICATION_TIMEOUT

    def get_client_ip(self, request: HttpRequest) -> str:
        """allauth's per-client rate limits count the same address as django-axes (``community.client``)."""
        return client_ip(request) or super().get_client_ip(request)


class MFAAdapter(DefaultMFAAdapter):
    """The second factor (allauth.mfa) in the site's words; required for admin access (``community.mfa``)."""

    error_messages = {
        **DefaultMFAAdapter.error_messages,
        "add_email_blocked": _(
            "Je kunt geen e-mailadres toevoegen aan een account dat met een tweede stap is beveiligd."
        ),
        "cannot_delete_authenticator": _(
            "Je kunt de tweede stap niet uitzetten: voor de beheeromgeving is die verplicht."
        ),
        "cannot_generate_recovery_codes": _(
            "Herstelcodes maak je pas aan als de tweede stap met een authenticator-app aanstaat."
        ),
        "incorrect_code": _("Deze code klopt niet. Neem de nieuwste code uit je authenticator-app."),
        "unverified_email": _("Bevestig eerst je e-mailadres; daarna kun je de tweede stap aanzetten."),
    }

    def get_totp_issuer(self) -> str:
        return settings.WAGTAIL_SITE_NAME

    def can_delete_authenticator(self, authenticator: Authenticator) -> bool:
        """Whoever may open an admin keeps their authenticator app (recovery codes can be made anew)."""
        if authenticator.type == Authenticator.Type.TOTP and mfa.needs_second_factor(authenticator.user):
            return False
        return super().can_delete_authenticator(authenticator)


def _in_active_language(url: str) -> str:
    """The home page ("/") in the active language: the English one for someone browsing in English."""
    if url != "/":
        return url
    try:
        return reverse("wagtail_serve", args=[""])
    except NoReverseMatch:
        return url
