"""Benchmark: change alerts (issue 10, part 4): an editor publishes a new version of an item with a change note;
the item is kept by 500, 1,000 and 2,000 members (half in Mijn map, half through their school's plan van aanpak,
one in ten with mail at once). Shows that the publication queues one task, that the task's queries grow only
with the number of batches (a fixed number per batch of 500 members), and that Mijn WIJschool costs the same
queries with 2 or 200 notices.

Run with ``DJANGO_SETTINGS_MODULE=config.settings.bench python -m bench.alerts`` (``make bench``). Uses its own
database (``BENCH_DATABASE_URL``, default a SQLite file in /tmp; on PostgreSQL that database is wiped). Mail goes
to Django's in-memory outbox.

Prints, per size, the tasks queued, the batches, the queries of each batch and of the whole task, and its wall
time; then MET or MISSED for: one task per publication, the same queries in every batch at every size ('fixed
per batch'), and the same queries on Mijn WIJschool at 2 and 200 notices. Exits with 1 when one is missed.
"""

from __future__ import annotations

import os
import sys
import time
import warnings

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.bench")
os.environ.setdefault("BENCH_DATABASE_URL", "sqlite:////tmp/wijschool-bench-alerts.sqlite3")
os.environ["DATABASE_URL"] = os.environ["BENCH_DATABASE_URL"]
warnings.filterwarnings("ignore", message="No directory at")  # WhiteNoise: collectstatic has not run

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django_tasks_db.models import DBTaskResult  # noqa: E402

from alerts import services, tasks  # noqa: E402
from alerts.models import ChangeNote, ChangeNotice  # noqa: E402
from bench.forum import measure  # noqa: E402  (sets up Django on BENCH_DATABASE_URL)
from bench.library import bulk_resources, reset_database  # noqa: E402
from bench.library import setup_site as library_site  # noqa: E402
from community.models import Membership, School, User  # noqa: E402
from config.runtime import tune_garbage_collector  # noqa: E402
from folders.models import SavedItem  # noqa: E402
from forum.models import ForumProfile  # noqa: E402
from library.models import ResourcePage  # noqa: E402
from scan.models import Action  # noqa: E402

SIZES = (500, 1000, 2000)
PER_SCHOOL = 10


def concern(item, members) -> None:
    """Half the members keep the item in Mijn map; the other half are in schools that have it in their plan."""
    half = len(members) // 2
    SavedItem.objects.bulk_create([SavedItem(owner=m, page=item) for m in members[:half]])
    planned = members[half:]
    offset = School.objects.count()
    schools = School.objects.bulk_create(
        [
            School(
                name=f"School {offset + n}",
                brin=f"{(offset + n) % 100:02d}{chr(65 + (offset + n) // 2600 % 26)}"
                f"{chr(65 + (offset + n) // 100 % 26)}",
                gemeente="Utrecht",
                sector="vo",
            )
            for n in range(len(planned) // PER_SCHOOL)
        ]
    )
    Membership.objects.bulk_create([Membership(user=m, school=schools[i // PER_SCHOOL]) for i, m in enumerate(planned)])
    Action.objects.bulk_create(
        [
            Action(
                school=s,
                scan_key="00000000-0000-0000-0000-000000000001",
                title="Mentorles",
                owner="Team",
                resource=item,
            )
            for s in schools
        ]
    )


def publish(item, note: str) -> int:
    """Publish a new version with a note, as an editor does; returns the tasks it queued."""
    before = DBTaskResult.objects.filter(task_path="alerts.tasks.send_change_notices").count()
    page = ResourcePage.objects.get(pk=item.pk)
    page.change_note = note
    with transaction.atomic():
        page.save_revision().publish()
    return DBTaskResult.objects.filter(task_path="alerts.tasks.send_change_notices").count() - before


def run_task() -> dict:
    """The worker once (``db_worker --batch``), with the queries of each batch of members."""
    per_batch: list[int] = []
    notify, mail = services.notify_batch, tasks.mail_at_once
    current: list = []

    def counted_notify(*args, **kwargs):
        ctx = CaptureQueriesContext(connection)
        ctx.__enter__()
        current.append(ctx)
        return notify(*args, **kwargs)

    def counted_mail(*args, **kwargs):
        try:
            return mail(*args, **kwargs)
        finally:
            ctx = current.pop()
            ctx.__exit__(None, None, None)
            per_batch.append(len(ctx.captured_queries))

    services.notify_batch, tasks.mail_at_once = counted_notify, counted_mail
    try:
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            call_command(
                "db_worker", "--backend=background", queue_name="default", batch=True, startup_delay=False, verbosity=0
            )
            wall = time.perf_counter() - started
    finally:
        services.notify_batch, tasks.mail_at_once = notify, mail
    return {"per_batch": per_batch, "queries": len(queries), "wall": wall}


def main() -> int:
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    print(f"Database: {connection.vendor}\n")
    reset_database()
    t0 = time.perf_counter()
    tree, themes = library_site()
    bulk_resources(tree["library"], themes, 0, 20)
    items = list(ResourcePage.objects.live().exclude(resource_type="film").order_by("pk")[: len(SIZES) + 1])
    total = sum(SIZES)
    members = User.objects.bulk_create(
        [User(email=f"lid{n}@bench.example", first_name="Lid", last_name=str(n), password="!") for n in range(total)]
    )
    ForumProfile.objects.bulk_create(
        [
            ForumProfile(user=m, display_name=f"Lid {n}", handle=f"lid-{n}", email_mode="immediate")
            for n, m in enumerate(members)
            if n % 10 == 0
        ]
    )
    start = 0
    for item, size in zip(items, SIZES, strict=False):
        concern(item, members[start : start + size])
        start += size
    print(f"{total:,} members, {School.objects.count()} schools: {time.perf_counter() - t0:.1f} s\n", flush=True)

    tune_garbage_collector()
    results = {}
    for item, size in zip(items, SIZES, strict=False):
        queued = publish(item, f"Nieuwe versie voor {size} leden: een werkblad erbij.")
        run = run_task()
        notices = ChangeNotice.objects.filter(change__page=item).count()
        results[size] = {**run, "queued": queued, "notices": notices}

    print(f"{'members':>8}{'tasks':>7}{'notices':>9}{'batches':>9}{'per batch':>11}{'task queries':>14}{'wall s':>8}")
    for size, r in results.items():
        per = sorted(set(r["per_batch"]))
        print(
            f"{size:>8,}{r['queued']:>7}{r['notices']:>9,}{len(r['per_batch']):>9}{'/'.join(map(str, per)):>11}"
            f"{r['queries']:>14}{r['wall']:>8.2f}"
        )
    print()

    # Mijn WIJschool of a member with 2 and with 200 notices.
    reader = members[0]
    client = Client()
    client.force_login(reader)
    dash = {}
    page = items[-1]
    for count in (2, 200):
        ChangeNotice.objects.filter(user=reader).delete()
        changes = ChangeNote.objects.bulk_create(
            [ChangeNote(page=page, translation_key=page.translation_key, note=f"Wijziging {n}") for n in range(count)]
        )
        ChangeNotice.objects.bulk_create(
            [
                ChangeNotice(user=reader, change=c, translation_key=page.translation_key, reason="folder")
                for c in changes
            ]
        )
        dash[count] = measure(client, "/mijn-wijschool/", "Bijgewerkt in wat je bewaart")
    print(f"{'Mijn WIJschool':<22}{'notices':>8}{'queries':>9}{'median ms':>11}{'p95 ms':>9}")
    for count, (queries, median, high, _cpu) in dash.items():
        print(f"{'':<22}{count:>8}{queries:>9}{median:>11.1f}{high:>9.1f}")
    print()

    ok = True
    one_task = all(r["queued"] == 1 for r in results.values())
    print(
        f"one task per publication ({', '.join(str(r['queued']) for r in results.values())})  "
        f"{'MET' if one_task else 'MISSED'}"
    )
    per_batch = {q for r in results.values() for q in r["per_batch"]}
    fixed = len(per_batch) == 1 and all(r["notices"] == size for size, r in results.items())
    print(
        f"fixed per batch ({'/'.join(map(str, sorted(per_batch)))} queries per {services.BATCH} members)  "
        f"{'MET' if fixed else 'MISSED'}"
    )
    same = dash[2][0] == dash[200][0]
    print(f"fixed  Mijn WIJschool {dash[2][0]} at 2 vs {dash[200][0]} at 200 notices  {'MET' if same else 'MISSED'}")
    ok = one_task and fixed and same
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
