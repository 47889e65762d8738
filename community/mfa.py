"""Who must log in with a second factor, and whether this session has shown one.

Dutch government practice (BIO) asks for multi-factor authentication on administrative access. The rule here
follows the permission, not a list of groups: everyone who can open the Wagtail admin (``wagtailadmin.
access_admin``: Editors, Moderators, Coaches and any group given that permission later) or the Django admin
(staff, superusers) must use an authenticator app (TOTP, with recovery codes) before either admin opens.
School members without admin access may turn it on under "Mijn account"; then their login asks for it too.
"""

from __future__ import annotations

from allauth.account.authentication import get_authentication_records
from allauth.mfa.models import Authenticator
from django.http import HttpRequest

#: Set when an authenticator app is set up in this session (its code was just typed correctly:
#: ``community.forms.ActivateTOTPForm``).
SESSION_KEY = "community_mfa_verified_user"


def needs_second_factor(user) -> bool:
    """Whether ``user`` may open an admin, and so must use a second factor there."""
    if not getattr(user, "is_authenticated", False):
        return False
    return bool(user.is_superuser or user.is_staff or user.has_perm("wagtailadmin.access_admin"))


def has_second_factor(user) -> bool:
    """Whether ``user`` has set up an authenticator app (recovery codes alone do not count)."""
    return Authenticator.objects.filter(user_id=user.pk, type=Authenticator.Type.TOTP).exists()


def session_verified(request: HttpRequest) -> bool:
    """Whether the signed-in person gave a code from their authenticator (or a recovery code) in this session."""
    records = get_authentication_records(request, request.user)
    if any(record.get("method") == "mfa" for record in records):
        return True
    return request.session.get(SESSION_KEY) == str(request.user.pk)


def mark_session_verified(request: HttpRequest) -> None:
    request.session[SESSION_KEY] = str(request.user.pk)
