"""Site-wide views: error pages and a health check."""

import logging
import sys

from django.db import DatabaseError, connection
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string

logger = logging.getLogger(__name__)


def server_error(request):
    """The 500 handler. While the database is unreachable it answers a calm 503 that asks to retry.

    It renders without a request context, so it needs no database, session or user.
    """
    exc = sys.exc_info()[1]
    if isinstance(exc, DatabaseError):
        response = HttpResponse(render_to_string("503.html"), status=503)
        response["Retry-After"] = "30"
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
