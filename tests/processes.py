"""What the tests that start other processes (gunicorn, a second app process) need: the address of the test
database those processes must open, and a free loopback port."""

import socket

from django.db import connection


def live_database_url() -> str:
    """The test database as a DATABASE_URL (SQLite file or PostgreSQL)."""
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    return f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
