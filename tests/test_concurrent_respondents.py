"""A team answers a scan round at the same moment: 20 colleagues, each in their own browser, join the round and
answer every part at once against a real gunicorn server (several processes and threads, as in production)
on the test database. Every answer must be stored and no response may be an error, on SQLite (the embedded
default: IMMEDIATE transactions, a busy timeout and WAL in config/settings/base.py) and on PostgreSQL.

The clients only follow the pages: they read each form from the HTML (its action, hidden fields and radio
buttons) and follow redirects with their own cookie jar, so the test does not depend on how answer URLs are
built."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from html.parser import HTMLParser
from http.cookiejar import CookieJar
from urllib.parse import urlencode, urljoin

import pytest
from django.conf import settings
from django.urls import reverse

from demo import builders
from scan import services
from scan.models import Answer, Respondent
from tests.community.factories import MembershipFactory, SchoolFactory
from tests.processes import free_port, live_database_url

RESPONDENTS = 20
PARTS = 3
ITEMS_PER_PART = 5  # 20 x 15 = 300 answers, as in the report of issue 13
TIMEOUT = 120


def _scan_data() -> dict:
    return {
        "slug": "teamscan",
        "scale": 4,
        "title_nl": "Teamscan",
        "title_en": "Team scan",
        "intro_nl": "Een scan om tegelijk in te vullen.",
        "intro_en": "A scan to fill in at once.",
        "dimensions": [
            {
                "key": f"deel{p}",
                "core_dimension": ["bewustwording", "bereidheid", "bekwaamheid"][p % 3],
                "title_nl": f"Deel {p}",
                "title_en": f"Part {p}",
                "items": [
                    {
                        "key": f"deel{p}-stelling{i}",
                        "statement_nl": f"Stelling {i} van deel {p}.",
                        "statement_en": f"Statement {i} of part {p}.",
                        "levels_nl": ["Nooit", "Soms", "Vaak", "Altijd"],
                        "levels_en": ["Never", "Sometimes", "Often", "Always"],
                        "links": [],
                    }
                    for i in range(1, ITEMS_PER_PART + 1)
                ],
            }
            for p in range(1, PARTS + 1)
        ],
    }


class Server:
    """gunicorn with the repository's gunicorn.conf.py (2 processes x 10 threads) on the test database."""

    def __init__(self):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = tempfile.TemporaryFile(mode="w+")
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.test",
            "DATABASE_URL": live_database_url(),
            "WEB_WORKERS": "2",
            "WEB_THREADS": "10",
            "WEB_ACCESS_LOG": "",
        }
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "--bind", f"127.0.0.1:{self.port}"]
            + ["config.wsgi:application"],
            cwd=settings.BASE_DIR,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(self.base + "/healthz/", timeout=5) as response:
                    if response.status == 200:
                        return
            except OSError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.close()
                raise RuntimeError(f"gunicorn did not start:\n{self.output()}")
            time.sleep(0.2)

    def output(self) -> str:
        self.log.seek(0)
        return self.log.read()[-5000:]

    def close(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


class Forms(HTMLParser):
    """The POST forms of a page: action, hidden fields and radio groups."""

    def __init__(self):
        super().__init__()
        self.forms: list[dict] = []
        self._current = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self._current = {"method": (attrs.get("method") or "get").lower(), "action": attrs.get("action") or ""}
            self._current.update(hidden={}, radios={})
            self.forms.append(self._current)
        elif tag == "input" and self._current is not None and attrs.get("name"):
            kind = (attrs.get("type") or "text").lower()
            if kind == "hidden":
                self._current["hidden"][attrs["name"]] = attrs.get("value") or ""
            elif kind == "radio":
                self._current["radios"].setdefault(attrs["name"], []).append(attrs.get("value") or "")

    def handle_endtag(self, tag):
        if tag == "form":
            self._current = None


def post_form(html: str) -> dict | None:
    parser = Forms()
    parser.feed(html)
    return next((f for f in parser.forms if f["method"] == "post"), None)


class Colleague:
    """One browser: its own cookies; follows redirects; every 4xx/5xx or failure is recorded as an error."""

    def __init__(self, number: int, barrier: threading.Barrier):
        self.number = number
        self.barrier = barrier
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))
        self.errors: list[str] = []
        self.given: dict[str, int] = {}

    def open(self, url: str, data: dict | None = None) -> tuple[str, str]:
        body = urlencode(data).encode() if data is not None else None
        with self.opener.open(urllib.request.Request(url, data=body), timeout=60) as response:
            return response.geturl(), response.read().decode()

    def submit(self, url: str, html: str, fields: dict) -> tuple[str, str]:
        form = post_form(html)
        if form is None:
            raise AssertionError(f"no form to post on {url}")
        self.barrier.wait()  # everyone presses the button at the same moment
        return self.open(urljoin(url, form["action"]), {**form["hidden"], **fields})

    def run(self, join_url: str):
        try:
            url, html = self.open(join_url)
            url, html = self.submit(url, html, {})  # begin (no role)
            for part in range(PARTS):
                form = post_form(html)
                numeric = {
                    name: [v for v in values if v.isdigit()] for name, values in (form or {}).get("radios", {}).items()
                }
                if not numeric or not all(numeric.values()):
                    raise AssertionError(f"part {part + 1}: no questions on {url}")
                choices = {
                    name: values[(self.number + i) % len(values)] for i, (name, values) in enumerate(numeric.items())
                }
                self.given.update({name: int(value) for name, value in choices.items()})
                url, html = self.submit(url, html, {**choices, "go": "next"})
            form = post_form(html)
            if form and any(v.isdigit() for values in form["radios"].values() for v in values):
                raise AssertionError(f"still questions after the last part on {url}")
        except urllib.error.HTTPError as error:
            self.errors.append(f"{error.code} on {error.filename}: {error.read().decode(errors='replace')[:300]}")
            self.barrier.abort()
        except Exception as error:  # noqa: BLE001 - every failure of a colleague is reported, not raised in a thread
            self.errors.append(f"{type(error).__name__}: {error}")
            self.barrier.abort()


@pytest.fixture
def open_round(tree):
    index = builders.scan_index(parent=tree["home"])
    scan = builders.scan_page(parent=index, data=_scan_data(), resources={}, partners={})
    school = SchoolFactory()
    coordinator = MembershipFactory(school=school, role="coordinator").user
    return services.round_open(school=school, scan=scan, parts=[], opened_by=coordinator)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_twenty_colleagues_answer_at_once_and_every_answer_is_stored(open_round):
    server = Server()
    try:
        join_url = server.base + reverse("scan:join", kwargs={"token": open_round.token})
        barrier = threading.Barrier(RESPONDENTS, timeout=TIMEOUT)
        colleagues = [Colleague(n, barrier) for n in range(RESPONDENTS)]
        threads = [threading.Thread(target=c.run, args=(join_url,), daemon=True) for c in colleagues]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(TIMEOUT)
        assert not any(thread.is_alive() for thread in threads), "a colleague was still waiting after 120 s"
    finally:
        server.close()
    errors = [f"colleague {c.number}: {e}" for c in colleagues for e in c.errors]
    assert errors == [], "\n".join(errors[:20]) + f"\n({len(errors)} errors)\n{server.output()[-2000:]}"
    answers = Answer.objects.filter(respondent__round=open_round)
    assert Respondent.objects.filter(round=open_round).count() == RESPONDENTS
    assert Respondent.objects.filter(round=open_round, completed_at__isnull=False).count() == RESPONDENTS
    assert answers.count() == RESPONDENTS * PARTS * ITEMS_PER_PART
    expected = Counter((key, value) for c in colleagues for key, value in c.given.items())
    assert Counter(answers.values_list("item_key", "value")) == expected
