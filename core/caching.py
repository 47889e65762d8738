"""Caching of what is computed from published content (facet counts, the newest items, related items).

A cached value's key holds the content generation (``core.models.ContentGeneration``), read from the database
once per request; any publish, unpublish, move, deletion or view-restriction change bumps it in the same
transaction (core.signals). So a value is never served after the content it was computed from changed, in
any app process, and no process has to tell another: old keys simply stop being asked for and expire.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TypeVar

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F

from core.models import ContentGeneration

T = TypeVar("T")
CONTENT = "content"
TIMEOUT = 60 * 60 * 6  # old generations expire by themselves
_REQUEST_CACHE_ATTR = "_content_generation"


def generation(name: str = CONTENT, *, request=None) -> int:
    """The current generation (one query; remembered on ``request`` when given)."""
    if request is not None and hasattr(request, _REQUEST_CACHE_ATTR):
        return getattr(request, _REQUEST_CACHE_ATTR)
    value = ContentGeneration.objects.filter(name=name).values_list("value", flat=True).first() or 0
    if request is not None:
        setattr(request, _REQUEST_CACHE_ATTR, value)
    return value


def bump(name: str = CONTENT) -> None:
    """Published content changed: every value cached for the old generation is out of date."""
    if ContentGeneration.objects.filter(name=name).update(value=F("value") + 1):
        return
    try:
        with transaction.atomic():
            ContentGeneration.objects.create(name=name, value=1)
    except IntegrityError:  # created by a concurrent bump
        ContentGeneration.objects.filter(name=name).update(value=F("value") + 1)


def cached(key: str, compute: Callable[[], T], *, request=None, name: str = CONTENT) -> T:
    """``compute()``, cached under ``key`` for the current generation of ``name``."""
    full_key = f"wijschool:{name}:{generation(name, request=request)}:{key}"
    value = cache.get(full_key)
    if value is None:
        value = compute()
        cache.set(full_key, value, TIMEOUT)
    return value


_in_process: dict[str, tuple[str, object]] = {}


def cached_in_process(key: str, compute: Callable[[], T], *, request=None, name: str = CONTENT) -> T:
    """Like ``cached``, for a large value (the library's facet index): each process keeps the latest build in
    memory as well, so a request does not unpickle it from the cache. A small build id in the shared cache says
    which build is current for the generation; with no real cache (the tests' dummy cache) nothing is kept."""
    full_key = f"wijschool:{name}:{generation(name, request=request)}:{key}"
    build_id = cache.get(full_key + ":id")
    held = _in_process.get(key)
    if build_id is not None and held is not None and held[0] == build_id:
        return held[1]  # type: ignore[return-value]
    value = cache.get(full_key) if build_id is not None else None
    if value is None:
        value = compute()
        build_id = uuid.uuid4().hex
        cache.set(full_key, value, TIMEOUT)
        cache.set(full_key + ":id", build_id, TIMEOUT)
    if cache.get(full_key + ":id") == build_id:  # a real cache: remember this build here too
        _in_process[key] = (build_id, value)
    return value
