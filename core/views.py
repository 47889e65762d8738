"""Site-wide views: error pages and a health check."""

import logging
import sys

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils import translation

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
