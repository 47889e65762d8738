"""Local development: DEBUG on, console e-mail, SQLite and database search unless told otherwise."""

from .base import *  # noqa: F403

DEBUG = True
ALLOWED_HOSTS = ["*"]
INTERNAL_IPS = ["127.0.0.1"]
