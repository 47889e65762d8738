"""Test settings: fast hashing, in-memory e-mail, no network (no embed look-ups)."""

import os

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-secret-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Background tasks (TASKS in base.py) run as in production: "background" is the database backend, and nothing
# runs until a worker does. A test that wants the mail a task sends calls tests/forum/worker.py's run_worker()
# (db_worker --batch in the test's own thread, so the mail lands in this process's mail.outbox).
# The demo app: its load_demo is tested, and allowed here although DEBUG is off.
INSTALLED_APPS = ["demo", *INSTALLED_APPS]  # noqa: F405
DEMO_CONTENT_ALLOWED = True
# Embeds must never reach the network in tests: no finders, so a film falls back to its plain link.
WAGTAILEMBEDS_FINDERS = []
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
AXES_ENABLED = os.environ.get("AXES_ENABLED", "1") == "1"
ACCOUNT_RATE_LIMITS = False
# The many tests that sign an editor in to look at admin pages do not set up an authenticator app; the tests of
# the rule (tests/community/test_mfa.py) switch it on.
ADMIN_REQUIRE_MFA = False
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"null": {"class": "logging.NullHandler"}},
    "root": {"handlers": ["null"], "level": "CRITICAL"},
}

# Test databases: SQLite in a file so that `--reuse-db` skips the migrations on the next run. The browser
# tests (transactional: they flush the database after each test) use their own database, named with
# TEST_DB_SUFFIX, so they never empty the one the other tests reuse.
_suffix = os.environ.get("TEST_DB_SUFFIX", "")
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):  # noqa: F405
    DATABASES["default"].setdefault("TEST", {})["NAME"] = os.environ.get(  # noqa: F405
        "TEST_SQLITE_NAME",
        str(BASE_DIR / f".test-db{_suffix}.sqlite3"),  # noqa: F405
    )
elif _suffix:
    DATABASES["default"].setdefault("TEST", {})["NAME"] = f"test_{DATABASES['default']['NAME']}{_suffix}"  # noqa: F405

# No cache between tests: Wagtail caches site root paths, which would outlive each test's rolled-back pages.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
