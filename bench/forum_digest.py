"""Benchmark: the forum's daily digest for 1,000 members and 50 new posts.

Run with ``DJANGO_SETTINGS_MODULE=config.settings.bench python -m bench.forum_digest``. Uses its own database
(``BENCH_DATABASE_URL``, default a SQLite file in /tmp; on PostgreSQL that database is wiped) and builds one
category watched by 1,000 members who chose the daily digest, then 50 new threads in it, each published through
``forum.notifications.post_published`` (50,000 notifications).

Prints the queries and median / p95 time of publishing one post to 1,000 watchers; then runs
``manage.py forum_digest`` and the worker once (``db_worker --batch``, as docker-compose runs it) and prints the
task runs, the mails sent, the queries of each batch of members and the wall time. Exits with 1 when the digest is
not one task run, when a member got no digest, or when the queries per batch differ between batches.

Knobs: ``BENCH_DIGEST_MEMBERS`` (default 1000), ``BENCH_DIGEST_POSTS`` (default 50).
"""

from __future__ import annotations

import io
import os
import statistics
import sys
import time
import warnings

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.bench")
os.environ.setdefault("BENCH_DATABASE_URL", "sqlite:////tmp/wijschool-bench-forum-digest.sqlite3")
os.environ["DATABASE_URL"] = os.environ["BENCH_DATABASE_URL"]
warnings.filterwarnings("ignore", message="No directory at")  # WhiteNoise: collectstatic has not run

import django  # noqa: E402

django.setup()

from django.core import mail  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import translation  # noqa: E402
from django_tasks_db.models import DBTaskResult  # noqa: E402

from bench.library import reset_database  # noqa: E402
from community.models import User  # noqa: E402
from demo import builders  # noqa: E402
from forum import notifications, tasks  # noqa: E402
from forum.models import Category, ForumProfile, Notification, NotificationLevel, Post, Subscription, Thread  # noqa: E402

MEMBERS = int(os.environ.get("BENCH_DIGEST_MEMBERS", "1000"))
POSTS = int(os.environ.get("BENCH_DIGEST_POSTS", "50"))


def p95(times):
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def setup() -> tuple[Category, User]:
    builders.locales()
    from wagtail.models import Locale

    category = Category.objects.create(
        name="Polarisatie",
        slug="polarisatie",
        description="Als de klas na het nieuws uiteenvalt.",
        locale=Locale.get_default(),
    )
    author = User.objects.create(email="auteur@school.example", first_name="Anouk", last_name="de Vries", password="!")
    ForumProfile.objects.create(user=author, display_name="Anouk de Vries", handle="anouk", trust_level=1)
    users = User.objects.bulk_create(
        [User(email=f"lid{i}@school.example", first_name=f"Lid{i}", password="!") for i in range(MEMBERS)]
    )
    ForumProfile.objects.bulk_create(
        [
            ForumProfile(user=u, display_name=f"Lid {i}", handle=f"lid{i}", email_mode=ForumProfile.EmailMode.DIGEST)
            for i, u in enumerate(users)
        ]
    )
    Subscription.objects.bulk_create(
        [Subscription(user=u, category=category, level=NotificationLevel.WATCHING) for u in users]
    )
    return category, author


def publish(category: Category, author: User) -> dict:
    """``POSTS`` new threads, each published to the category's watchers; queries and time per post."""
    times, counts = [], []
    for i in range(POSTS):
        thread = Thread.objects.create(category=category, title=f"Vraag {i}: de klas na het nieuws", author=author)
        post = Post.objects.create(
            thread=thread,
            number=1,
            author=author,
            body=f"Hoe houden jullie het gesprek open, vraag {i}?",
            html=f"<p>Hoe houden jullie het gesprek open, vraag {i}?</p>",
        )
        post.mentions = []
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            notifications.post_published(post)
            times.append((time.perf_counter() - started) * 1000)
        counts.append(len(queries))
    return {"times": times, "queries": counts}


def digest() -> dict:
    """``manage.py forum_digest`` then the worker once, with the queries of each batch of members."""
    per_batch: list[int] = []
    batch = tasks._digest_batch

    def counted(*args, **kwargs):
        with CaptureQueriesContext(connection) as queries:
            result = batch(*args, **kwargs)
        per_batch.append(len(queries))
        return result

    call_command("forum_digest", stdout=io.StringIO())
    queued = DBTaskResult.objects.filter(task_path="forum.tasks.send_digest_mail").count()
    tasks._digest_batch = counted
    try:
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            call_command(
                "db_worker", "--backend=background", queue_name="mail", batch=True, startup_delay=False, verbosity=0
            )
            wall = time.perf_counter() - started
    finally:
        tasks._digest_batch = batch
    runs = DBTaskResult.objects.filter(task_path="forum.tasks.send_digest_mail", status="SUCCESSFUL")
    return {
        "queued": queued,
        "runs": runs.count(),
        "result": runs.first().return_value if runs.exists() else {},
        "per_batch": per_batch,
        "queries": len(queries),
        "wall": wall,
    }


def main() -> int:
    started = time.perf_counter()
    print(f"Database: {connection.vendor}", flush=True)
    reset_database()
    translation.activate("nl")
    category, author = setup()
    mail.outbox = []
    print(f"Set up {MEMBERS} digest members in {time.perf_counter() - started:.1f} s", flush=True)

    published = publish(category, author)
    print(
        f"\npost_published to {MEMBERS} watchers ({POSTS} posts): queries "
        f"{min(published['queries'])}-{max(published['queries'])}, "
        f"median {statistics.median(published['times']):.1f} ms, p95 {p95(published['times']):.1f} ms"
    )
    print(f"Notifications: {Notification.objects.count():,}".replace(",", "."))

    d = digest()
    sizes = [len(m.body) + len(m.alternatives[0][0]) for m in mail.outbox]
    print(f"\nDigest for {MEMBERS} members, {POSTS} new posts each (batches of {tasks.DIGEST_BATCH}):")
    print(f"  tasks queued by forum_digest: {d['queued']}; task runs: {d['runs']}")
    print(f"  mails sent: {len(mail.outbox)} ({d['result'].get('failed', '?')} failed)")
    # The members of each batch are one query in send_digests; the rest of the batch is in _digest_batch.
    per_batch = sorted({n + 1 for n in d["per_batch"]})
    print(
        f"  batches: {len(d['per_batch'])}; queries per batch: {', '.join(map(str, per_batch))} "
        "(the members, their notifications, what other digest sources have for them, marking them mailed, their "
        "last digest)"
    )
    print(f"  queries in the worker run: {d['queries']}")
    print(f"  wall time: {d['wall']:.2f} s ({d['wall'] * 1000 / max(1, len(mail.outbox)):.1f} ms per member)")
    if sizes:
        print(f"  mail size: median {statistics.median(sizes) / 1024:.1f} kB (text + HTML)")
    print(f"Total run time {time.perf_counter() - started:.1f} s")
    ok = d["queued"] == 1 and d["runs"] == 1 and len(mail.outbox) == MEMBERS and len(set(d["per_batch"])) == 1
    if not ok:
        print("FAILED: the digest must be one task run, mail every member, and cost the same per batch.")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
