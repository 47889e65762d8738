"""Whole-page cache for anonymous visitors: a page rendered once per content generation, host, language and
path is served from the cache to every other anonymous visitor (docs/scaling.md).

Invalidation is the content generation's (core.caching): every publish, unpublish, move, deletion and
view-restriction change bumps it in the same transaction, so the next request in every process asks for a new
key. What the generation does not follow (a renamed theme or partner type, which are snippets) shows after
``PAGE_CACHE_TIMEOUT`` seconds at the latest (default 300).

Only what is the same for every anonymous visitor is stored:

- the request is a GET of a Wagtail page without a query string, or of the search suggestions (whose short
  query string is part of the key), and carries no cookie but the CSRF and language cookies: no session (so
  never a logged-in user), no messages, no scan respondent's key. Filtered listings are not stored (any query
  string would be a new key); their facet counts are cached below (core.caching);
- the response is a 200 that sets no cookie, writes no session, adds no message, is not marked private or
  no-cache, and holds no CSRF token (a page with a POST form is rendered for each visitor).

The search page itself is not cached: each search with a query is counted in the query log. With the
dummy cache (the test settings) the middleware is not used at all, so query counts in tests are unchanged.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import MiddlewareNotUsed
from django.http import HttpRequest, HttpResponse
from django.urls import Resolver404, resolve
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language

from core.caching import CONTENT, generation

CACHED_VIEWS = frozenset({"wagtail_serve", "search_suggest"})
VIEWS_WITH_QUERY = frozenset({"search_suggest"})
MAX_QUERY_STRING = 200
DEFAULT_TIMEOUT = 300
HEADER = "X-Page-Cache"


def _timeout() -> int:
    return int(getattr(settings, "PAGE_CACHE_TIMEOUT", DEFAULT_TIMEOUT))


def _allowed_cookies() -> set[str]:
    return {settings.CSRF_COOKIE_NAME, settings.LANGUAGE_COOKIE_NAME}


def request_is_cacheable(request: HttpRequest) -> bool:
    """The same answer for every anonymous visitor could be given to this request."""
    query = request.META.get("QUERY_STRING", "")
    if request.method != "GET" or len(query) > MAX_QUERY_STRING:
        return False
    if not set(request.COOKIES) <= _allowed_cookies():
        return False
    try:
        match = resolve(request.path_info, urlconf=getattr(request, "urlconf", None))
    except Resolver404:
        return False
    if match.namespace or match.url_name not in CACHED_VIEWS:
        return False
    return not query or match.url_name in VIEWS_WITH_QUERY


def response_is_cacheable(request: HttpRequest, response: HttpResponse) -> bool:
    """Nothing in this response belongs to this visitor alone."""
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(word in cache_control for word in ("private", "no-cache", "no-store")):
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or b"csrfmiddlewaretoken" in response.content:
        return False
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return False
    messages = getattr(request, "_messages", None)
    return not getattr(messages, "added_new", False)


def page_key(request: HttpRequest) -> str:
    """Generation, language and the full address (scheme, host, path and query string)."""
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(address.encode()).hexdigest()[:32]
    return f"wijschool:{CONTENT}:{generation(request=request)}:page:{get_language()}:{digest}"


class AnonymousPageCacheMiddleware:
    """Serves and stores whole anonymous pages (innermost middleware: everything outside it runs every time)."""

    def __init__(self, get_response):
        backend = settings.CACHES.get("default", {}).get("BACKEND", "")
        if _timeout() <= 0 or backend.endswith("DummyCache"):
            raise MiddlewareNotUsed
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request_is_cacheable(request):
            return self.get_response(request)
        key = page_key(request)
        stored = cache.get(key)
        if stored is not None:
            status, headers, content = stored
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
            # Logged-in visitors get another page: any shared cache in front must not mix them up.
            patch_vary_headers(response, ("Cookie",))
            response[HEADER] = "hit"
            return response
        response = self.get_response(request)
        if response_is_cacheable(request, response):
            headers = [(name, value) for name, value in response.items() if name.lower() != HEADER.lower()]
            cache.set(key, (response.status_code, headers, response.content), _timeout())
            response[HEADER] = "miss"
        return response
