"""The address of the person behind a request, also when the site runs behind reverse proxies.

Behind a proxy every request comes from the proxy's address (``REMOTE_ADDR``); the client's address is in
``X-Forwarded-For``, which each proxy extends with the address it received the request from. Only the
entries our own proxies wrote can be trusted: anything to their left was sent by the client and may be made
up. ``TRUSTED_PROXY_COUNT`` (environment variable, default 0) says how many proxies stand in front of the
app; 0 trusts no forwarded header at all, so a client cannot choose its own address by sending one.

One function for every limit that counts per client: django-axes (``AXES_CLIENT_IP_CALLABLE``), allauth's
rate limits (``AccountAdapter.get_client_ip``) and the cap on the search log.
"""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def _clean(value: str | None) -> str | None:
    """A valid IP address (without a port), or None."""
    value = (value or "").strip()
    if not value:
        return None
    if value.startswith("[") and "]" in value:  # [2001:db8::1]:443
        value = value[1 : value.index("]")]
    elif value.count(":") == 1:  # 203.0.113.5:443
        value = value.split(":", 1)[0]
    try:
        return str(ipaddress.ip_address(value))
    except ValueError:
        return None


def client_ip(request: HttpRequest) -> str | None:
    """The client's address: the entry our nearest trusted proxy added to ``X-Forwarded-For``, else
    ``REMOTE_ADDR``.

    With ``TRUSTED_PROXY_COUNT = n`` the n-th entry from the right is the address the outermost of our proxies
    saw. A request with fewer entries did not come through all our proxies: its forwarded header is ignored.
    """
    count = int(getattr(settings, "TRUSTED_PROXY_COUNT", 0) or 0)
    if count > 0:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if len(hops) >= count:
            address = _clean(hops[-count])
            if address:
                return address
    return _clean(request.META.get("REMOTE_ADDR"))
