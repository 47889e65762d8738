"""No respondent key in the web server's access log (issue 13, decision 0007).

The app runs under gunicorn with its access log, as the Dockerfile starts it (gunicorn.conf.py, the default
log format: address, time, request line, status, referrer, browser), against the test database; a
colleague answers a whole scan through it over HTTP (join, a part, stop, carry on, the last part, done). The log
then holds every request line with the address and browser of that colleague, and neither their personal key
nor its stored hash. The personal resume link, used once on another device, is the only line with the key.
"""

from __future__ import annotations

import http.cookiejar
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings

from scan import services
from scan.models import Respondent
from tests.processes import free_port, live_database_url

CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
RESUME = re.compile(r"/scan/verder/([A-Za-z0-9_-]+)/")


class Gunicorn:
    """config.wsgi under gunicorn, one worker, its access log written to a file."""

    def __init__(self, log_path):
        self.log_path = log_path
        self.url = f"http://127.0.0.1:{free_port()}"
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test", "DATABASE_URL": live_database_url()}
        env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        config = Path(settings.BASE_DIR) / "gunicorn.conf.py"  # the web containers' settings, when there are any
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", *(["-c", str(config)] if config.exists() else [])]
            + ["--bind", self.url.removeprefix("http://"), "--workers", "1", "--timeout", "120"]
            + ["--access-logfile", str(log_path), "config.wsgi:application"],
            cwd=settings.BASE_DIR,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(self.url + "/healthz/", timeout=5) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"gunicorn did not start: {self.process.stderr.read().decode()[-2000:]}")
            time.sleep(0.2)

    def log(self) -> str:
        return self.log_path.read_text()

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)


class Browser:
    """A browser of one colleague: its own cookies, a browser name, redirects followed."""

    def __init__(self, base_url: str, name: str):
        self.base_url = base_url
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        self.opener.addheaders = [("User-Agent", name)]
        self.url = ""

    def _open(self, url: str, data: dict | None = None) -> str:
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        with self.opener.open(urllib.parse.urljoin(self.base_url, url), data=body, timeout=60) as response:
            assert response.status == 200, response.status
            self.url = response.url
            return response.read().decode()

    def get(self, url: str) -> str:
        return self._open(url)

    def post(self, url: str, page: str, data: dict) -> str:
        """Submit the page's form (with its CSRF token) to ``url``."""
        return self._open(url, {"csrfmiddlewaretoken": CSRF.search(page).group(1), **data})


@pytest.fixture
def gunicorn(tmp_path):
    server = Gunicorn(tmp_path / "access.log")
    yield server
    server.stop()


def _items(round_, part) -> list[str]:
    return [key for key, meta in round_.version.definition["items"].items() if meta["part"] == part]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_respondent_answering_a_whole_scan_leaves_no_key_in_the_access_log(gunicorn, scan_page, school, coordinator):
    round_ = services.round_open(school=school, scan=scan_page, parts=[], opened_by=coordinator)
    first_part, second_part = round_.parts
    colleague = Browser(gunicorn.url, "Colleague-Laptop/1.0")

    page = colleague.get(f"/scan/doe-mee/{round_.token}/")
    page = colleague.post(colleague.url, page, {"role": "docent"})
    assert colleague.url.endswith(f"/scan/antwoord/{round_.pk}/deel/1/")
    key = RESUME.search(page).group(1)  # the personal link, shown on the page
    page = colleague.post(colleague.url, page, {**dict.fromkeys(_items(round_, first_part), "2"), "go": "stop"})
    assert colleague.url.endswith(f"/scan/antwoord/{round_.pk}/pauze/")
    page = colleague.get(re.search(r'href="([^"]*/antwoord/\d+/)"', page).group(1))  # "Nu toch verder"
    assert colleague.url.endswith(f"/scan/antwoord/{round_.pk}/deel/2/")
    page = colleague.post(colleague.url, page, {**dict.fromkeys(_items(round_, second_part), "3"), "go": "next"})
    assert colleague.url.endswith(f"/scan/antwoord/{round_.pk}/klaar/") and "Bedankt voor je antwoorden" in page

    respondent = Respondent.objects.get()
    assert respondent.completed_at is not None and respondent.answers.count() == 3
    log = gunicorn.log()
    answering = [line for line in log.splitlines() if "Colleague-Laptop" in line]
    assert len(answering) >= 8, log  # every request of the colleague is there, with their address and browser
    assert any(f'"POST /scan/antwoord/{round_.pk}/deel/2/ ' in line for line in answering), log
    assert key not in log and respondent.key_hash not in log, log

    # The personal link on another device: that one request line carries the key, and it redirects at once.
    elsewhere = Browser(gunicorn.url, "Colleague-Phone/1.0")
    elsewhere.get(f"/scan/verder/{key}/")
    assert elsewhere.url.endswith(f"/scan/antwoord/{round_.pk}/klaar/")
    with_key = [line for line in gunicorn.log().splitlines() if key in line]
    assert len(with_key) == 1 and f'"GET /scan/verder/{key}/ ' in with_key[0] and '" 302 ' in with_key[0], with_key
