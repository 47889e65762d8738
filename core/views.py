"""Site-wide views: error pages, a health check and the notice for a page that has no translation."""

import logging
import sys

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils import translation
from django.views.decorators.http import require_GET
from wagtail.models import Locale, Page

logger = logging.getLogger(__name__)


def _language_of(request) -> str:
    """The language of the URL (/en/... is English, the rest Dutch), read from the path alone."""
    return translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE


def server_error(request):
    """The 500 handler. While the database is unreachable it answers a calm 503 that asks to retry, in the
    language of the URL.

    It renders without a request context, so it needs no database, session or user.
    """
    exc = sys.exc_info()[1]
    if isinstance(exc, DatabaseError):
        language = _language_of(request)
        response = HttpResponse(render_to_string("503.html", {"language": language}), status=503)
        response["Retry-After"] = "30"
        response["Content-Language"] = language
        return response
    return HttpResponse(render_to_string("500.html"), status=500)


def healthz(request):
    """For the load balancer: 200 when the database answers, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return JsonResponse({"database": "unavailable"}, status=503)
    return JsonResponse({"database": "ok"})


def _visible(page, request) -> bool:
    """The visitor may see this page: live, and every view restriction above it lets the request through."""
    return page.live and all(r.accept_request(request) for r in page.get_view_restrictions())


@require_GET
def untranslated(request, page_id):
    """Where the language switcher leads when a page has no translation in the URL's language: a notice in
    that language with the way to the original and to the nearest ancestor that is translated.

    Answers 200 (the site links here itself, so it is no broken link) but is kept out of search engines
    (noindex, and the switcher never offers it as an hreflang alternate). Once the translation exists it
    redirects there; a page that is not live or not visible to this visitor is not found.
    """
    page = Page.objects.filter(pk=page_id).select_related("locale").first()
    if page is None or page.depth <= 1 or not _visible(page, request):
        raise Http404
    original_url = page.get_url(request=request)
    if not original_url:
        raise Http404  # a page outside any site has no address to send anyone to
    locale = Locale.get_active()
    if page.locale_id == locale.pk:
        return redirect(original_url)
    translated = page.get_translation_or_none(locale)
    if translated is not None and translated.live and (url := translated.get_url(request=request)):
        return redirect(url)
    ancestors = list(page.get_ancestors().filter(depth__gt=1))  # nearest last; depth 1 is the tree's root
    found = {
        p.translation_key: p
        for p in Page.objects.live().filter(locale=locale, translation_key__in=[a.translation_key for a in ancestors])
    }
    nearest = next(
        (found[a.translation_key] for a in reversed(ancestors) if a.translation_key in found),
        None,
    )
    if nearest is not None and not _visible(nearest, request):
        nearest = None
    response = render(
        request,
        "core/untranslated.html",
        {
            "original": page,
            "original_language": page.locale.language_code,
            "original_url": original_url,
            "nearest": nearest,
            "nearest_url": nearest.get_url(request=request) if nearest is not None else None,
            "target_language": locale.language_code,
            # the language switcher offers this page's languages (core_tags.page_translations)
            "translations_of": page,
        },
    )
    response["X-Robots-Tag"] = "noindex"
    return response
