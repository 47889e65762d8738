"""Settings shared by every environment.

Everything that differs between a laptop and production comes from environment variables, so that
app processes keep no state of their own and several can run behind a load balancer:

- ``DATABASE_URL``: PostgreSQL in production and CI; SQLite (``db.sqlite3``) when unset.
- ``ELASTICSEARCH_URL``: switches search to Elasticsearch 9 with a Dutch analyzer; database search when unset.
- ``REDIS_URL``: shared cache; a per-process memory cache when unset.
- ``S3_BUCKET`` (+ ``S3_ENDPOINT_URL``, ``AWS_ACCESS_KEY_ID``, ``AWS_SECRET_ACCESS_KEY``): media on S3-compatible storage.
- ``TRUSTED_PROXY_COUNT``: how many reverse proxies stand in front of the app (0: trust no X-Forwarded-For).
- ``EMAIL_URL``-style SMTP settings (``EMAIL_HOST`` ...): real e-mail; console e-mail when unset.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    """Read a yes/no environment variable."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-change-me")
# The server-side secret of the self-scan's stored respondent keys (an HMAC, decision 0007). Empty: derived from
# SECRET_KEY (with a salt). Set it to rotate SECRET_KEY without invalidating the personal resume links.
SCAN_KEY_SECRET = os.environ.get("SCAN_KEY_SECRET", "")
DEBUG = False
ALLOWED_HOSTS = [h for h in os.environ.get("ALLOWED_HOSTS", "localhost,127.0.0.1").split(",") if h]

INSTALLED_APPS = [
    # Feature apps first so their templates and static files win. The demo app (load_demo) is added by the dev
    # and test settings only: production does not install it.
    "library",
    "community",
    "forum",
    "scan",
    "folders",
    "alerts",
    "dashboard",
    "search",
    "core",
    # Wagtail and friends
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks_db",
    # Accounts and security
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "axes",
    "csp",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Permissions-Policy everywhere, Cache-Control: no-store on what is private (outside the others, so it also
    # sees their redirects and refusals).
    "core.middleware.PrivacyHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "community.middleware.AdminSecondFactorMiddleware",  # admin logins through allauth, with a second factor
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, so that it sees the result of authentication.
    "axes.middleware.AxesMiddleware",
    "core.pagecache.AnonymousPageCacheMiddleware",  # innermost: whole anonymous pages (core/pagecache.py)
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

# Database: SQLite unless DATABASE_URL says otherwise.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # Concurrent writers on SQLite (a team answering a scan at once, tests/test_concurrent_respondents.py):
    # every transaction takes the write lock when it begins (IMMEDIATE), so a reader never fails upgrading to
    # a writer; a writer waits up to 20 s for the lock instead of failing with "database is locked"; and
    # write-ahead logging lets readers go on while one transaction writes. See Django's SQLite notes.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: shared Redis when configured, else per-process memory.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient", "IGNORE_EXCEPTIONS": True},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Sessions live in the database; with a shared cache (Redis) they are read from it first, saving a query on
# every signed-in request. Not with per-process memory: a second process would keep a session that was ended
# (a logout) in another.
SESSION_ENGINE = (
    "django.contrib.sessions.backends.cached_db"
    if os.environ.get("REDIS_URL")
    else "django.contrib.sessions.backends.db"
)

# Accounts
AUTH_USER_MODEL = "community.User"
AUTHENTICATION_BACKENDS = [
    # Answers permission questions in one query and logs nobody in (community/backends.py); the others find
    # its answers in the user's permission cache.
    "community.backends.PermissionBackend",
    # Axes first among the backends that log people in: it refuses a locked-out login on every path (site, allauth, Wagtail admin).
    "axes.backends.AxesBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    # Django's rules with the site's own Dutch wording ("je"; Django's Dutch catalogue says "u" and lacks the
    # newer minimum-length message).
    {"NAME": "community.validators.UserAttributeSimilarityValidator"},
    {"NAME": "community.validators.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "community.validators.CommonPasswordValidator"},
    {"NAME": "community.validators.NumericPasswordValidator"},
]
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[WIJschool] "
# Behind reverse proxies every request comes from the proxy: TRUSTED_PROXY_COUNT says how many stand in front of
# the app (nginx in docker-compose: 1), so that limits count per client (X-Forwarded-For, community/client.py).
# 0 (the default) trusts no forwarded header: a client cannot pick its own address.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
ALLAUTH_TRUSTED_PROXY_COUNT = TRUSTED_PROXY_COUNT
# Failed logins: at most 10 a minute per client address (allauth). Per account, failures count per account *and*
# client address with a growing wait (django-axes below): allauth's own per-account limit ("5/5m/key") is left out,
# because it let anyone lock anyone's account.
ACCOUNT_RATE_LIMITS = {"login_failed": "10/m/ip"}
# Our wording for allauth's errors, the site name in its e-mail, and invitation links that count as proof
# of the address they were sent to.
ACCOUNT_ADAPTER = "community.adapters.AccountAdapter"
# Someone who confirms their address right after signing up is logged in and sent on to where they were
# going (for example the invitation they signed up for).
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
# A member lands on their own start page (Mijn WIJschool) unless the login was asked for on the way somewhere.
LOGIN_REDIRECT_URL = "dashboard:home"
LOGIN_URL = "account_login"
# How long a deleted account can still sit in the database back-ups: the deletion page promises this number to
# the member (docs/decisions/0018). Set it to what the hosting's back-up rotation really keeps.
BACKUP_RETENTION_DAYS = int(os.environ.get("BACKUP_RETENTION_DAYS", "30"))
# Private pages send visitors to the site's login too (the Wagtail and Django admin login forms forward there:
# community/middleware.py), so every login asks for the second factor of whoever has one.
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL

# A second factor (allauth.mfa): an authenticator app (TOTP) with recovery codes. Required before the Wagtail or
# Django admin opens for everyone with admin access (community/mfa.py); school members may turn it on. No
# WebAuthn (security keys) yet: allauth.mfa imports fido2 anyway, but the flow is untested here.
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_ADAPTER = "community.adapters.MFAAdapter"
MFA_FORMS = {"activate_totp": "community.forms.ActivateTOTPForm"}
MFA_TOTP_ISSUER = "WIJschool Community"
ADMIN_REQUIRE_MFA = True

AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
# A wait that grows instead of an hour's lockout (community/axes.py): after 5 failures one minute, then twice as
# long after each further failure, at most a day. Failures are forgotten a day after the last one, at a
# successful login, and at a password reset (so the owner can always get in through the reset mail).
AXES_HANDLER = "community.axes.ProgressiveCoolOffHandler"
AXES_COOLOFF_TIME = timedelta(days=1)
LOGIN_COOLOFF_FIRST = timedelta(minutes=1)
LOGIN_COOLOFF_MAX = timedelta(days=1)
# A refused attempt during the wait does not count (nor restart it): only real password checks do.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
# Per account on one client address: someone guessing elsewhere does not lock the owner out.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "community.client.client_ip"
AXES_USERNAME_FORM_FIELD = "login"
# allauth authenticates with email=, the Wagtail and Django admin forms post "username": key them all by
# the same lower-cased address, so that failures on one path count on the others.
AXES_USERNAME_CALLABLE = "community.axes.username_from_request"
AXES_LOCKOUT_TEMPLATE = "account/lockout.html"
AXES_RESET_ON_SUCCESS = True

# Bounds on what anyone can write. Invitations: per coordinator per hour and per school per day (counted from the
# invitations themselves, so they hold across processes). The anonymous search log: at most this many searches
# per client address per hour are counted (a hashed address in the cache, never stored), and rows older than
# the retention period are deleted by `manage.py prune_search_log` (run daily).
INVITATIONS_PER_COORDINATOR_PER_HOUR = int(os.environ.get("INVITATIONS_PER_COORDINATOR_PER_HOUR", "20"))
INVITATIONS_PER_SCHOOL_PER_DAY = int(os.environ.get("INVITATIONS_PER_SCHOOL_PER_DAY", "50"))
SEARCH_LOG_MAX_PER_CLIENT_PER_HOUR = int(os.environ.get("SEARCH_LOG_MAX_PER_CLIENT_PER_HOUR", "30"))
SEARCH_LOG_RETENTION_DAYS = int(os.environ.get("SEARCH_LOG_RETENTION_DAYS", "180"))

# E-mail: console locally, SMTP when EMAIL_HOST is set.
if os.environ.get("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = os.environ["EMAIL_HOST"]
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "WIJschool Community <noreply@wijschool.example>")

# Languages: Dutch first (at /), English complete (at /en/).
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

# Static and media
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = BASE_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
if os.environ.get("S3_BUCKET"):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["S3_BUCKET"],
            "endpoint_url": os.environ.get("S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("S3_REGION") or None,
            "default_acl": None,
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }

# Wagtail
WAGTAIL_SITE_NAME = "WIJschool Community"
# The site's public address (scheme and host, no trailing slash): links in mails, the admin and the sitemap.
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "pptx", "xlsx", "odt", "odp", "ods", "txt", "csv", "mp4", "webm", "vtt"]
WAGTAILDOCS_DOCUMENT_FORM_BASE = "core.documents.ContentCheckedDocumentForm"
WAGTAILDOCS_MAX_UPLOAD_SIZE = 200 * 1024 * 1024
# Films (library): documents are always served by Wagtail's view from our own origin, also with S3 storage
# (which would otherwise redirect to the bucket), so a video and its caption tracks are same-origin, as
# <track> needs without CORS and as the CSP's media-src ('self', from default-src) allows. Caption files go
# out as text/vtt and videos inline, whatever the system's MIME table says.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_CONTENT_TYPES = {"vtt": "text/vtt", "webm": "video/webm", "mp4": "video/mp4"}
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf", "text/vtt", "video/webm", "video/mp4"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Material a member shares from the site (library.sharing): the largest file, in megabytes.
SHARE_MAX_FILE_MB = int(os.environ.get("SHARE_MAX_FILE_MB", "20"))
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
WAGTAILEMBEDS_RESPONSIVE_HTML = True
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Search: database by default; Elasticsearch 9 with Dutch analysis when ELASTICSEARCH_URL is set.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "search.backends", "SEARCH_CONFIG": "dutch"},
}
if os.environ.get("ELASTICSEARCH_URL"):
    from core.search_config import elasticsearch_backend  # noqa: E402

    WAGTAILSEARCH_BACKENDS = {
        "default": elasticsearch_backend(os.environ["ELASTICSEARCH_URL"]),
        "database": {"BACKEND": "search.backends", "SEARCH_CONFIG": "dutch"},
    }

# Background tasks (search indexing): run right away, but only after the transaction commits, so
# that tags and many-to-many rows written after post_save are indexed too (see docs/decisions).
# "default" runs Wagtail's own tasks (search index updates) right after the transaction commits, in the request;
# "background" is the queue for slow work (forum mail, the daily digest): rows in the database that the
# worker process (`manage.py db_worker`) picks up, so a request never waits for a mail server.
TASKS = {
    "default": {"BACKEND": "core.tasks_backend.OnCommitImmediateBackend"},
    "background": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default", "mail"]},
}

# Content-Security-Policy: only our own origin; no inline script.
CONTENT_SECURITY_POLICY = {
    # The Wagtail admin has its own inline assets; the public site is strict.
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/django-admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "style-src": ["'self'"],
        "script-src": ["'self'"],
        "frame-src": ["'self'", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "frame-ancestors": ["'self'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    },
}

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "SAMEORIGIN"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
