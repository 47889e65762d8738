"""The second factor in front of the admins (see ``community.mfa``).

- The login forms of the Wagtail admin (``/admin/login/``) and the Django admin (``/django-admin/login/``)
  forward to the site's login (allauth), which asks for the authenticator code of anyone who has set one
  up: nobody can skip the code by logging in through an admin's own form.
- Someone who may open an admin but has no authenticator app yet is sent to set one up, with a message
  saying why; someone who has one but did not give a code in this session (a session from before it was
  required) is asked for a code first.

``ADMIN_REQUIRE_MFA`` (on by default) switches the second part off; the test settings do so for the tests
that only sign an editor in to look at admin pages, and the tests of this rule switch it on.
"""

from __future__ import annotations

from functools import cache
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from community import mfa


@cache
def _admin_paths() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(admin prefixes, their login forms, their logout URLs): the same for the life of the process, and asked
    on every request."""
    prefixes = (reverse("wagtailadmin_home"), reverse("admin:index"))
    logins = (reverse("wagtailadmin_login"), reverse("admin:login"))
    logouts = (reverse("wagtailadmin_logout"), reverse("admin:logout"))
    return prefixes, logins, logouts


def _with_next(url: str, next_url: str) -> str:
    return f"{url}?{urlencode({'next': next_url})}"


class AdminSecondFactorMiddleware:
    """Needs the session and the user (after ``AuthenticationMiddleware``) and messages."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.check(request) or self.get_response(request)

    def check(self, request: HttpRequest) -> HttpResponse | None:
        path = request.path_info
        prefixes, logins, logouts = _admin_paths()
        if not path.startswith(prefixes) or path in logouts:
            return None
        if path in logins:
            next_url = request.GET.get("next") or request.POST.get("next") or ""
            if not url_has_allowed_host_and_scheme(
                next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
            ):
                next_url = ""
            prefix = next((p for p in prefixes if path.startswith(p)), prefixes[0])
            return HttpResponseRedirect(_with_next(reverse("account_login"), next_url or prefix))
        if not getattr(settings, "ADMIN_REQUIRE_MFA", True):
            return None
        user = request.user
        if not mfa.needs_second_factor(user):
            return None
        if not mfa.has_second_factor(user):
            messages.warning(
                request,
                _(
                    "Voor de beheeromgeving is een tweede stap bij het inloggen verplicht. Stel eerst een "
                    "authenticator-app in; daarna opent de beheeromgeving."
                ),
            )
            return HttpResponseRedirect(_with_next(reverse("mfa_activate_totp"), request.get_full_path()))
        if not mfa.session_verified(request):
            return HttpResponseRedirect(_with_next(reverse("mfa_reauthenticate"), request.get_full_path()))
        return None
