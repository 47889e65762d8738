"""How django-axes recognises the person behind a failed login, and how long it makes them wait.

The site's login form (allauth) sends the address as ``login`` and authenticates with ``email=``; the
Wagtail admin and Django admin forms send ``username`` (those forms now forward to the site's login, see
``community.middleware``). Keying every path by the same lower-cased e-mail address means failures count
together, and "Jan@School.nl" counts as "jan@school.nl".

Failures are counted per account *and* client address (``AXES_LOCKOUT_PARAMETERS``, the address from
``community.client``): someone guessing passwords elsewhere does not lock the owner out. The wait grows with
every further failure instead of a fixed hour: after ``AXES_FAILURE_LIMIT`` failures one minute
(``LOGIN_COOLOFF_FIRST``), then twice as long after each next failure, up to ``LOGIN_COOLOFF_MAX``. Failures
are remembered for ``AXES_COOLOFF_TIME`` (a day) after the last one, or until a successful login or a
password reset (``community.signals``).
"""

from __future__ import annotations

from datetime import timedelta

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_failure_limit
from django.conf import settings
from django.db.models import Max, Sum
from django.http import HttpRequest
from django.utils import timezone

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


def cool_off_after(failures: int, limit: int | None = None) -> timedelta:
    """How long one account waits on one client after ``failures`` failed logins: nothing below the limit,
    then ``LOGIN_COOLOFF_FIRST``, doubling with each further failure up to ``LOGIN_COOLOFF_MAX``."""
    limit = settings.AXES_FAILURE_LIMIT if limit is None else limit
    if failures < limit:
        return timedelta(0)
    first: timedelta = settings.LOGIN_COOLOFF_FIRST
    longest: timedelta = settings.LOGIN_COOLOFF_MAX
    steps = min(failures - limit, 32)  # 2**32 minutes is far past any maximum
    return min(first * (2**steps), longest)


class ProgressiveCoolOffHandler(AxesDatabaseHandler):
    """Axes' database handler with a wait that grows with the failures instead of a fixed lockout.

    Axes locks when ``get_failures`` reaches the limit. Here the remembered failures of this account on this
    client count only while their wait lasts: once ``cool_off_after(failures)`` has passed since the last
    failure, one more attempt is allowed; if that one fails too, the wait doubles.
    """

    def get_failures(self, request, credentials: dict | None = None) -> int:
        failures, last = 0, None
        for attempts in self.get_user_attempts(request, credentials):
            totals = attempts.aggregate(failures=Sum("failures_since_start"), last=Max("attempt_time"))
            if (totals["failures"] or 0) > failures:
                failures, last = totals["failures"], totals["last"]
        limit = get_failure_limit(request, credentials)
        if failures < limit or last is None:
            return failures
        now = getattr(request, "axes_attempt_time", None) or timezone.now()
        if now >= last + cool_off_after(failures, limit):
            return limit - 1  # the wait is over: one more try
        return failures
