"""Benchmark settings: the test settings with a real (per-process memory) cache, as a production process
has, so what is cached for the current content generation is measured as it is served."""

from .test import *  # noqa: F403

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "wijschool-bench"}}
