"""Benchmark settings: the test settings with a real (per-process memory) cache, as a production process
has, so what is cached for the current content generation is measured as it is served."""

from .test import *  # noqa: F403

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "wijschool-bench"}}
# The page benches (bench.library, bench.search, bench.scan) measure a page as it is rendered, with the cached
# sections: no whole-page cache (core/pagecache.py). The load bench (bench.load) runs gunicorn with the
# production settings, page cache included.
PAGE_CACHE_TIMEOUT = 0
# As in production, where the cache is shared (Redis) and sessions are read from it first (settings/base.py).
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# As in production: persistent, health-checked database connections (a new PostgreSQL connection per request
# would be measured otherwise).
DATABASES["default"]["CONN_MAX_AGE"] = 60  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405
