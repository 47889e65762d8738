"""How django-axes recognises the person behind a failed login.

The site's login form (allauth) sends the address as ``login`` and authenticates with ``email=``; the
Wagtail admin and Django admin forms send ``username``. Keying every path by the same lower-cased
e-mail address means five wrong passwords anywhere lock that account everywhere, and "Jan@School.nl"
counts as "jan@school.nl".
"""

from __future__ import annotations

from django.http import HttpRequest

_CREDENTIAL_KEYS = ("email", "username", "login")


def username_from_request(request: HttpRequest | None, credentials: dict | None = None) -> str | None:
    """``AXES_USERNAME_CALLABLE``: the e-mail address from the credentials, else from the posted form."""
    for key in _CREDENTIAL_KEYS:
        value = (credentials or {}).get(key)
        if value:
            return str(value).strip().lower()
    if request is not None:
        data = getattr(request, "data", None) or getattr(request, "POST", None) or {}
        for key in _CREDENTIAL_KEYS:
            value = data.get(key)
            if value:
                return str(value).strip().lower()
    return None
