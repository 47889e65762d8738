"""Load benchmark: 50 anonymous visitors at once against gunicorn with the production settings (issue 13).

Run with ``make bench`` (last) or ``python -m bench.load``. It builds a scratch database with the demo content
(``migrate`` + ``load_demo``, 2-3 minutes; a SQLite file in /tmp, or PostgreSQL at ``BENCH_DATABASE_URL``),
collects the static files as the image does, starts gunicorn with the repository's ``gunicorn.conf.py`` on a
free loopback port, and lets ``BENCH_USERS`` visitors (default 50) each send their next request as soon as the
last one is answered (no think time: the hardest case) for ``BENCH_SECONDS`` (default 30, at most 120), after
``BENCH_WARMUP_SECONDS`` (default 5) of the same load that is not counted. The visitors are threads with their
own keep-alive connection; they go through a mix of anonymous pages (home nl and en, the library with and
without filters, resources, theme pages, search with a query, suggestions, the scan index).

Prints per page and overall: requests, errors (any status >= 400 or failed connection), p50/p95/p99 in ms,
requests per second and the share served from the page cache; then the target (p95 < 500 ms for anonymous
pages at 50 users, 0 errors) with ``met`` or ``MISSED``. Exits 1 when there were errors.

Other settings: ``BENCH_REUSE_DB=1`` keeps a database loaded (and static files collected) by an earlier run;
``BENCH_THINK_SECONDS`` (default 0) makes each visitor pause up to that long (uniformly) between requests; ``WEB_WORKERS`` and
``WEB_THREADS`` size gunicorn as in production (3 x 4). Only 127.0.0.1 is contacted.
"""

from __future__ import annotations

import http.client
import os
import random
import secrets
import socket
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.bench")
DATABASE_URL = os.environ.get("BENCH_DATABASE_URL", "sqlite:////tmp/wijschool-load.sqlite3")
os.environ["DATABASE_URL"] = DATABASE_URL

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.migrations.executor import MigrationExecutor  # noqa: E402
from wagtail.models import Locale  # noqa: E402

from core.models import HomePage, Theme, ThemePage  # noqa: E402
from library.models import LibraryIndexPage, ResourcePage  # noqa: E402
from scan.models import ScanIndexPage  # noqa: E402

ROOT = Path(settings.BASE_DIR)
USERS = int(os.environ.get("BENCH_USERS", "50"))
SECONDS = min(float(os.environ.get("BENCH_SECONDS", "30")), 120.0)
WARMUP = min(float(os.environ.get("BENCH_WARMUP_SECONDS", "5")), 30.0)
THINK = min(float(os.environ.get("BENCH_THINK_SECONDS", "0")), 10.0)
TARGET_P95_MS = 500
HOST = "127.0.0.1"
LOG = Path("/tmp/wijschool-load-gunicorn.log")
# How often each kind of page comes up in a visitor's walk.
WEIGHTS = {
    "home nl": 3,
    "home en": 1,
    "library": 2,
    "library filtered": 2,
    "resource": 5,
    "theme": 2,
    "search": 1,
    "suggestions": 2,
    "scan index": 1,
}


# --- the database ---------------------------------------------------------------------------------------------


def _loaded() -> bool:
    try:
        executor = MigrationExecutor(connection)
        if executor.migration_plan(executor.loader.graph.leaf_nodes()):
            return False
        return ResourcePage.objects.live().count() >= 50
    except Exception:  # noqa: BLE001 - no tables yet, or another schema: build it afresh
        return False


def prepare_database():
    if os.environ.get("BENCH_REUSE_DB") == "1" and _loaded():
        print("Database: reusing the demo content of an earlier run (BENCH_REUSE_DB=1)", flush=True)
        return
    started = time.monotonic()
    if connection.vendor == "sqlite":
        connection.close()
        path = connection.settings_dict["NAME"]
        for name in (path, f"{path}-wal", f"{path}-shm"):
            if os.path.exists(name):
                os.remove(name)
    else:
        with connection.cursor() as cursor:
            cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
    call_command("migrate", verbosity=0)
    call_command("load_demo", verbosity=0)
    print(f"Database: migrated and demo content loaded in {time.monotonic() - started:.0f} s", flush=True)


def page_mix() -> dict[str, list[str]]:
    """The anonymous pages the visitors walk through, by kind (paths on the loaded demo site)."""
    nl, en = Locale.objects.get(language_code="nl"), Locale.objects.get(language_code="en")
    library = LibraryIndexPage.objects.live().get(locale=nl).url
    themes = list(Theme.objects.filter(locale=nl).order_by("sort_order").values_list("slug", flat=True))
    resources = [p.url for p in ResourcePage.objects.live().public().filter(locale=nl).order_by("path")[:40]]
    resources += [p.url for p in ResourcePage.objects.live().public().filter(locale=en).order_by("path")[:10]]
    return {
        "home nl": [HomePage.objects.live().get(locale=nl).url],
        "home en": [HomePage.objects.live().get(locale=en).url],
        "library": [library, LibraryIndexPage.objects.live().get(locale=en).url],
        "library filtered": [f"{library}?type=lesson", f"{library}?theme={themes[0]}", f"{library}?type=film&page=1"]
        + [f"{library}?theme={slug}&type=lesson" for slug in themes[1:4]],
        "resource": resources,
        "theme": [p.url for p in ThemePage.objects.live().filter(locale=nl).order_by("path")],
        "search": ["/zoeken/?q=wapens", "/zoeken/?q=polarisatie", "/en/zoeken/?q=weapons", "/zoeken/?q=pesten+online"],
        "suggestions": ["/zoeken/suggesties/?q=wap", "/zoeken/suggesties/?q=pol", "/zoeken/suggesties/?q=radi"],
        "scan index": [ScanIndexPage.objects.live().get(locale=nl).url],
    }


# --- the server -----------------------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def server_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "ELASTICSEARCH_URL", "DB_CONN_MAX_AGE"}}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS=HOST,
        SECURE_SSL_REDIRECT="false",
        DATABASE_URL=DATABASE_URL,
    )
    return env


def collect_static(env):
    manifest = Path(settings.STATIC_ROOT) / "staticfiles.json"
    if os.environ.get("BENCH_REUSE_DB") == "1" and manifest.exists():
        print("Static files: reusing the collected files of an earlier run (BENCH_REUSE_DB=1)", flush=True)
        return
    started = time.monotonic()
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env, check=True, timeout=600
    )
    print(f"Static files collected (production storage) in {time.monotonic() - started:.0f} s", flush=True)


class Server:
    def __init__(self, env):
        self.port = _free_port()
        self.log = LOG.open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "--bind", f"{HOST}:{self.port}"]
            + ["config.wsgi:application"],
            cwd=ROOT,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:
                status, _body, _cache = fetch(http.client.HTTPConnection(HOST, self.port, timeout=5), "/healthz/")
                if status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.3)
        self.close()
        raise SystemExit(f"gunicorn did not start; see {LOG}")

    def close(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.log.close()


# --- the visitors ---------------------------------------------------------------------------------------------


def fetch(conn: http.client.HTTPConnection, path: str) -> tuple[int, bytes, str]:
    conn.request("GET", path, headers={"Host": HOST, "Accept": "text/html,application/json"})
    response = conn.getresponse()
    body = response.read()
    if response.will_close:
        conn.close()
    return response.status, body, response.getheader("X-Page-Cache") or ""


def visitor(number: int, port: int, walk: list[tuple[str, str]], until: float, results: list) -> None:
    """Request after request until ``until``; appends (kind, seconds, status or error name, cache) to ``results``.

    Like a browser, it sends a request again once on a new connection when a kept-alive one turned out closed."""
    rng = random.Random(number)
    position = rng.randrange(len(walk))
    conn, reused = http.client.HTTPConnection(HOST, port, timeout=30), False
    while time.monotonic() < until:
        kind, path = walk[position % len(walk)]
        position += 1
        started = time.perf_counter()
        for attempt in (1, 2):
            try:
                status, _body, cache = fetch(conn, path)
                reused = conn.sock is not None
                break
            except (OSError, http.client.HTTPException) as error:
                status, cache = type(error).__name__, ""
                conn.close()
                conn = http.client.HTTPConnection(HOST, port, timeout=30)
                stale = reused and isinstance(error, ConnectionError)
                reused = False
                if not (stale and attempt == 1):
                    break
        results.append((kind, time.perf_counter() - started, status, cache))
        if THINK:
            time.sleep(rng.uniform(0, THINK))
    conn.close()


def load(port: int, mix: dict[str, list[str]], seconds: float) -> tuple[list, float]:
    rng = random.Random(13)
    # Each kind as often as its weight, whatever the number of its paths.
    walk = [(kind, rng.choice(mix[kind])) for kind, weight in WEIGHTS.items() for _ in range(weight * 10)]
    rng.shuffle(walk)
    until = time.monotonic() + seconds
    per_visitor = [[] for _ in range(USERS)]
    threads = [
        threading.Thread(target=visitor, args=(n, port, walk, until, per_visitor[n]), daemon=True) for n in range(USERS)
    ]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(seconds + 60)
    elapsed = time.monotonic() - started
    return [row for rows in per_visitor for row in rows], elapsed


# --- the report -----------------------------------------------------------------------------------------------


def percentile(sorted_values: list[float], p: float) -> float:
    """Nearest rank."""
    if not sorted_values:
        return 0.0
    rank = max(1, min(len(sorted_values), round(p / 100 * len(sorted_values) + 0.5)))
    return sorted_values[rank - 1]


def is_error(status) -> bool:
    return not isinstance(status, int) or status >= 400


def report(results: list, elapsed: float) -> int:
    by_kind = defaultdict(list)
    for row in results:
        by_kind[row[0]].append(row)
    print(
        f"\n{'page':<17} {'requests':>8} {'errors':>6} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} {'req/s':>6} {'cached':>6}"
    )

    def line(name, rows):
        times = sorted(r[1] * 1000 for r in rows)
        errors = sum(is_error(r[2]) for r in rows)
        hits = sum(r[3] == "hit" for r in rows)
        print(
            f"{name:<17} {len(rows):>8} {errors:>6} {percentile(times, 50):>7.0f} {percentile(times, 95):>7.0f}"
            f" {percentile(times, 99):>7.0f} {len(rows) / elapsed:>6.1f} {hits / max(len(rows), 1):>6.0%}"
        )
        return times, errors

    for kind in WEIGHTS:
        line(kind, by_kind.get(kind, []))
    times, errors = line("all", results)
    kinds = defaultdict(int)
    for row in results:
        if is_error(row[2]):
            kinds[f"{row[0]}: {row[2]}"] += 1
    for what, count in sorted(kinds.items()):
        print(f"  error {what} x {count}")
    p95 = percentile(times, 95)
    print(
        f"\nTarget: p95 < {TARGET_P95_MS} ms for anonymous pages at {USERS} users, 0 errors: "
        f"p95 {p95:.0f} ms {'met' if p95 < TARGET_P95_MS else 'MISSED'}; errors {errors} {'met' if not errors else 'MISSED'}"
    )
    return 1 if errors else 0


def main() -> int:
    workers, threads = os.environ.get("WEB_WORKERS", "3"), os.environ.get("WEB_THREADS", "4")
    print(
        f"Load bench: {connection.vendor}, {os.cpu_count()} cores; gunicorn (gunicorn.conf.py) {workers} workers x "
        f"{threads} threads, production settings; {USERS} users, {WARMUP:g} s warm-up + {SECONDS:g} s, "
        f"{f'think time up to {THINK:g} s' if THINK else 'no think time'}",
        flush=True,
    )
    prepare_database()
    mix = page_mix()
    connection.close()
    env = server_env()
    collect_static(env)
    server = Server(env)
    try:
        if WARMUP:
            load(server.port, mix, WARMUP)
        results, elapsed = load(server.port, mix, SECONDS)
    finally:
        server.close()
    print(f"{len(results)} requests in {elapsed:.1f} s ({len(results) / elapsed:.0f} req/s); server log: {LOG}")
    return report(results, elapsed)


if __name__ == "__main__":
    sys.exit(main())
