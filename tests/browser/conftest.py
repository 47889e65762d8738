"""Browser tests: Debian chromium driven by Playwright against Django's live server.

Run them with ``make test``, or on their own::

    DJANGO_SETTINGS_MODULE=config.settings.test DJANGO_ALLOW_ASYNC_UNSAFE=true .venv/bin/pytest --reuse-db -m browser

Playwright's browser download does not work here: the browser is Debian's ``/usr/bin/chromium`` (override with
``BROWSER_EXECUTABLE``). Requests to anything but the live server are refused, as offline: a film falls back to
its link.

The database: the live server only sees committed data, so these tests are transactional, and pytest-django
flushes the whole database after each one. Building the site through wagtail-localize takes seconds, so it is
built once, in the first test, and serialized; every later test loads that state back. After the last test the
database is put back as the migrations left it (Wagtail's root page and default site come from data
migrations), so that ``--reuse-db`` runs and the other tests sharing the test database find it intact.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

# Playwright's sync API keeps an event loop running in this thread, and Django refuses ORM calls from a thread
# with a running loop unless told otherwise. Set before Django touches the database.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

import pytest  # noqa: E402

from tests import dbstate  # noqa: E402

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = PROJECT_ROOT / "screenshots"
CHROMIUM = os.environ.get("BROWSER_EXECUTABLE", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
# Every WCAG 2.0, 2.1 and 2.2 success criterion at levels A and AA that axe-core tests (its rule tags).
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
NARROW = {"width": 375, "height": 800}
WIDE = {"width": 1280, "height": 900}


# --- the browser ----------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser(_migrated_state):
    if not Path(CHROMIUM).exists():
        message = (
            f"No chromium at {CHROMIUM}. Install Debian's browser (`apt-get install chromium`, as .ci/run does) "
            "or point BROWSER_EXECUTABLE at one; SKIP_BROWSER_TESTS=1 skips these tests on purpose."
        )
        if os.environ.get("SKIP_BROWSER_TESTS") == "1":
            pytest.skip(message)
        pytest.fail(message, pytrace=False)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _is_local(url: str) -> bool:
    return url.startswith(("http://localhost:", "http://127.0.0.1:", "data:", "about:"))


@pytest.fixture
def new_page(browser):
    """Open a page in a fresh browser context: ``new_page(viewport=NARROW, java_script_enabled=False)``.

    Fails the test on any JavaScript error or server error (5xx) seen by any page it opened.
    """
    contexts, problems = [], []

    def make(*, viewport=WIDE, java_script_enabled=True):
        context = browser.new_context(viewport=viewport, java_script_enabled=java_script_enabled, locale="nl-NL")
        context.set_default_timeout(10_000)
        context.route(lambda url: not _is_local(url), lambda route: route.abort("internetdisconnected"))
        contexts.append(context)
        page = context.new_page()
        page.on("pageerror", lambda exc: problems.append(f"JavaScript error: {exc}"))
        page.on("response", lambda r: r.status >= 500 and problems.append(f"{r.status} from {r.url}"))
        return page

    yield make
    for context in contexts:
        context.close()
    assert not problems, "\n".join(problems)


@pytest.fixture
def page(new_page):
    """A wide-screen page with JavaScript on."""
    return new_page()


# --- the database --------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def _migrated_state(django_db_setup, django_db_blocker):
    """The test database as the migrations left it, serialized (``["state"]``); loaded back after the last test.

    Taken before the browser starts: while Playwright's event loop runs in this thread, asgiref keys Django's
    connections by context, so the test code gets another connection object than the one set up here.
    """
    from django.db import connection

    with django_db_blocker.unblock():
        holder = {"state": _serialize(connection)}
    yield holder
    with django_db_blocker.unblock():
        _load(holder["state"])


_serialize = dbstate.serialize
_load = dbstate.load


_built = {}


@pytest.fixture
def site_data(_migrated_state, transactional_db, live_server):
    """A small bilingual site (see ``tests/browser/data.py``), committed so that the live server sees it."""
    from django.db import connection
    from wagtail.models import Page

    from tests.browser.data import build_site

    if "state" in _built:
        _load(_built["state"])
        return _built["site"]
    if not Page.objects.filter(depth=1).exists():
        _load(_migrated_state["state"])
    if not Page.objects.filter(depth=1).exists():
        _recreate_wagtail_roots()
        _migrated_state["state"] = _serialize(connection)  # and leave the database with them after the run
    site = build_site(live_server.url)
    _built.update(site=site, state=_serialize(connection))
    return site


def _recreate_wagtail_roots() -> None:
    """Put back the root page and root collection that Wagtail's data migrations made.

    For a reused test database that another transactional test left flushed (pytest-django flushes after each
    one and nothing loads the migrated data back): without this, every later ``--reuse-db`` run fails here.
    """
    import warnings

    from wagtail.models import Collection, Page

    from demo import builders

    warnings.warn(
        "The reused test database had no Wagtail root page (a transactional test left it flushed); "
        "recreated it. `--create-db` gives a clean one.",
        stacklevel=2,
    )
    nl, _en = builders.locales()
    Page.add_root(instance=Page(title="Root", slug="root", locale=nl))
    if not Collection.objects.filter(depth=1).exists():
        Collection.add_root(name="Root")


# --- helpers ------------------------------------------------------------------------------------------


def axe_violations(page, context=None) -> list[dict]:
    """axe-core's WCAG 2.0/2.1/2.2 A and AA violations on the page as it is now."""
    from axe_playwright_python.sync_playwright import Axe

    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
    # Only on a document that has finished loading: a run injected while a form's answer is still arriving can
    # overlap with the next one ("Axe is already running"), seen once on a loaded machine.
    page.wait_for_load_state("load")
    return Axe().run(page, context=context, options=options).response["violations"]


def format_violations(violations: list[dict], where: str = "") -> str:
    lines = []
    for v in violations:
        criteria = ", ".join(t for t in v["tags"] if re.fullmatch(r"wcag\d{3,}", t)) or "best practice"
        lines.append(f"{where}[{v['impact']}] {v['id']}: {v['help']} ({criteria}) {v['helpUrl']}")
        for node in v["nodes"]:
            lines.append(f"    at {' > '.join(map(str, node['target']))}")
            lines.append(f"       {node['html'][:200]}")
            for summary_line in (node.get("failureSummary") or "").splitlines():
                lines.append(f"       {summary_line.strip()}")
    return "\n".join(lines)


def axe_check(page, context=None) -> None:
    """Assert that axe-core finds no WCAG 2.0/2.1/2.2 A or AA violation on the page; print them if it does."""
    violations = axe_violations(page, context)
    if violations:
        report = format_violations(violations, where=f"{page.url}: ")
        print(report)
        pytest.fail(f"{len(violations)} accessibility violation(s):\n{report}", pytrace=False)


def screenshot(page, name: str) -> Path:
    """Save a full-page screenshot to ``screenshots/<name>.png`` (git-ignored) and return its path."""
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
