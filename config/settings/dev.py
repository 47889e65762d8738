"""Local development: DEBUG on, console e-mail, SQLite and database search unless told otherwise."""

from .base import *  # noqa: F403

DEBUG = True
ALLOWED_HOSTS = ["*"]
INTERNAL_IPS = ["127.0.0.1"]

# The demo content (manage.py load_demo, used by `make run`): demo accounts with a published password.
INSTALLED_APPS = ["demo", *INSTALLED_APPS]  # noqa: F405
DEMO_CONTENT_ALLOWED = True
