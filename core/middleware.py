"""Response headers for what is private, and a Permissions-Policy for every page.

``Cache-Control: no-store`` (with Django's ``add_never_cache_headers``: no-cache, no-store, must-revalidate,
private, max-age=0) goes on

- every response to a signed-in person: each page then shows their own data (at least the header with their
  account), so neither a shared proxy nor the browser's back/forward cache may keep it;
- every response of the private apps, whoever asks: the self-scan (answer, pause and done pages, the resume
  link, results, plan, its print view, PDF and spreadsheet), the community pages (schools, members,
  invitations) and the account pages (login, sign-up, password reset, e-mail addresses).

A public page for an anonymous visitor keeps its cacheability (no Cache-Control is added). One rule here,
keyed on the URL's namespace, instead of a decorator on each view that a new view could forget.
"""

from __future__ import annotations

from django.conf import settings
from django.utils.cache import add_never_cache_headers

PRIVATE_NAMESPACES = frozenset({"scan", "community"})
PRIVATE_URL_NAME_PREFIXES = ("account_",)  # allauth's views

# Features the site never uses are switched off, for its pages and for anything framed in them; fullscreen
# stays for our own pages and the video players the CSP allows (frame-src).
PERMISSIONS_POLICY = ", ".join(
    [
        "accelerometer=()",
        "camera=()",
        "geolocation=()",
        "gyroscope=()",
        "magnetometer=()",
        "microphone=()",
        "payment=()",
        "usb=()",
        'fullscreen=(self "https://www.youtube-nocookie.com" "https://player.vimeo.com")',
    ]
)


def _is_signed_in(request) -> bool:
    # Without a session cookie nobody is signed in: no session lookup (and no "Vary: Cookie") for a visitor.
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return False
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated)


def is_private(request) -> bool:
    match = getattr(request, "resolver_match", None)
    if match is not None:
        if PRIVATE_NAMESPACES & set(match.namespaces):
            return True
        if (match.url_name or "").startswith(PRIVATE_URL_NAME_PREFIXES):
            return True
    return _is_signed_in(request)


class PrivacyHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        if is_private(request):
            add_never_cache_headers(response)
        return response
