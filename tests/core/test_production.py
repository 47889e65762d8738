"""Production shape: deploy checks, security headers, CSP, a calm 503 while the database is away, ES settings."""

import os
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest
from django.db import OperationalError

from library.models import LibraryIndexPage

ROOT = Path(__file__).resolve().parents[2]


def test_production_settings_pass_check_deploy():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "k3J#9vQ!pL2zR8wX@5mN7bT$1cY4hG6dF0sA^eU&iO*z8Lq2Wv9Bn4Mx7",
        "ALLOWED_HOSTS": "wijschool.example",
        "DATABASE_URL": "sqlite:////tmp/deploy-check.sqlite3",
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set for the browser tests, never in deployment
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_refuses_to_start_without_a_secret_key():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.production", "SECRET_KEY": ""}
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_pages_send_security_headers_and_a_strict_csp(client, tree):
    response = client.get("/")
    assert response.status_code == 200
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "object-src 'none'" in csp
    assert "unsafe-inline" not in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "SAMEORIGIN"


def test_database_outage_gives_a_calm_503(tree):
    from django.test import Client

    client = Client(raise_request_exception=False)
    with mock.patch.object(
        LibraryIndexPage, "get_context", side_effect=OperationalError("could not connect to server")
    ):
        response = client.get("/bibliotheek/")
    assert response.status_code == 503
    html = response.content.decode()
    assert "even niet bereikbaar" in html
    assert "Traceback" not in html and "OperationalError" not in html
    assert response["Retry-After"] == "30"
    assert '<html lang="nl">' in html and "briefly unavailable" not in html


def test_the_503_page_speaks_the_language_of_the_url(tree):
    from django.test import Client

    client = Client(raise_request_exception=False)
    with mock.patch("django.db.backends.utils.CursorWrapper.execute", side_effect=OperationalError("gone")):
        english = client.get("/en/")
        dutch = client.get("/")
    assert english.status_code == 503 and english["Content-Language"] == "en"
    html = english.content.decode()
    assert '<html lang="en">' in html and "briefly unavailable" in html and "even niet bereikbaar" not in html
    assert dutch["Content-Language"] == "nl" and "even niet bereikbaar" in dutch.content.decode()


def test_other_errors_give_the_500_page(tree):
    from django.test import Client

    client = Client(raise_request_exception=False)
    with mock.patch.object(LibraryIndexPage, "get_context", side_effect=RuntimeError("boom")):
        response = client.get("/bibliotheek/")
    assert response.status_code == 500
    assert "Er ging iets mis" in response.content.decode()


@pytest.mark.django_db
def test_healthz(client):
    assert client.get("/healthz/").json() == {"database": "ok"}
    with mock.patch("django.db.backends.utils.CursorWrapper.execute", side_effect=OperationalError("down")):
        response = client.get("/healthz/")
    assert response.status_code == 503


def test_elasticsearch_is_configured_from_the_environment_with_a_dutch_analyzer():
    from core.search_config import elasticsearch_backend

    config = elasticsearch_backend("http://search:9200")
    assert config["BACKEND"] == "wagtail.search.backends.elasticsearch9"
    assert config["URLS"] == ["http://search:9200"]
    analysis = config["INDEX_SETTINGS"]["settings"]["analysis"]
    assert "dutch_stemmer" in analysis["analyzer"]["default"]["filter"]
    assert analysis["filter"]["dutch_stemmer"] == {"type": "stemmer", "language": "dutch"}

    env = {**os.environ, "ELASTICSEARCH_URL": "http://search:9200", "DJANGO_SETTINGS_MODULE": "config.settings.test"}
    code = "import django; django.setup(); from django.conf import settings; print(settings.WAGTAILSEARCH_BACKENDS['default']['BACKEND'])"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "wagtail.search.backends.elasticsearch9", out.stderr
