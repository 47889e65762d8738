"""Two app processes against one database: each sees the other's writes, and a publish in one makes the other
stop serving what it had cached, though each has its own memory cache (no shared cache at all: the
strictest case; with Redis the same holds). This is what several app containers behind a load balancer
need (docs/scaling.md)."""

import json
import os
import re
import subprocess
import sys

import pytest
from django.conf import settings

from library.models import ResourcePage
from tests.processes import live_database_url

SERVER = r"""
import json, sys
import django
django.setup()
from django.test.utils import setup_test_environment
setup_test_environment()
from django.test import Client
client = Client()
for line in sys.stdin:
    response = client.get(line.strip())
    print(json.dumps({"status": response.status_code, "html": response.content.decode()}), flush=True)
"""
COUNT = re.compile(r'class="results__count">(\d+) item')


class AppProcess:
    """Another app process: its own interpreter, its own (memory) cache, the same database."""

    def __init__(self):
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.bench",  # the test settings with a real memory cache
            "DATABASE_URL": live_database_url(),
        }
        self.process = subprocess.Popen(
            [sys.executable, "-c", SERVER],
            cwd=settings.BASE_DIR,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def get(self, url: str) -> dict:
        self.process.stdin.write(url + "\n")
        self.process.stdin.flush()
        return json.loads(self.process.stdout.readline())

    def listed(self) -> int:
        answer = self.get("/bibliotheek/")
        assert answer["status"] == 200
        return int(COUNT.search(answer["html"]).group(1))

    def close(self):
        self.process.stdin.close()
        self.process.wait(timeout=30)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_publish_in_one_process_shows_at_once_in_another(make_resource):
    make_resource(title="Eerste les")
    other = AppProcess()
    try:
        assert other.listed() == 1
        assert other.listed() == 1  # now served from its own cache
        second = make_resource(title="Tweede les")  # written and published by this process
        assert other.listed() == 2
        ResourcePage.objects.get(pk=second.pk).unpublish()
        assert other.listed() == 1
        assert "Eerste les" in other.get("/bibliotheek/")["html"]
    finally:
        other.close()
