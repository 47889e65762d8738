"""Benchmark: Mijn map with many items (issue 10): a member's folder, one of their lists and that list as a
colleague reads it through its shared link, each with 50 and with 500 saved items (library items and forum
threads, half and half), to show that the queries do not grow with them.

Run with ``DJANGO_SETTINGS_MODULE=config.settings.bench python -m bench.folders`` (``make bench``). Uses its own
database (``BENCH_DATABASE_URL``, default a SQLite file in /tmp; on PostgreSQL that database is wiped).

Prints for each page the number of SQL statements of one request and the median and p95 server time over
``BENCH_REPEAT`` requests (after one warm-up), then MET or MISSED for: the same number of queries at 50 and at
500 items ('fixed'). Exits with 1 when a query count is not fixed.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import timedelta

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.bench")
os.environ.setdefault("BENCH_DATABASE_URL", "sqlite:////tmp/wijschool-bench-folders.sqlite3")

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402

from bench.forum import bulk_threads, category, measure  # noqa: E402  (sets up Django on BENCH_DATABASE_URL)
from bench.library import bulk_resources, reset_database  # noqa: E402
from bench.library import setup_site as library_site  # noqa: E402
from community.models import Membership, School, User  # noqa: E402
from config.runtime import tune_garbage_collector  # noqa: E402
from folders.models import FolderList, ListEntry, SavedItem  # noqa: E402
from forum.models import Thread  # noqa: E402
from library.models import ResourcePage  # noqa: E402

SMALL, BIG = 50, 500  # saved items


def fill(owner, folder_list, pages, threads, count: int) -> None:
    """Keep ``count`` items (a page, a thread, a page, ...) and put each on the list, in bulk."""
    SavedItem.objects.filter(owner=owner).delete()
    now = timezone.now()
    items = SavedItem.objects.bulk_create(
        [
            SavedItem(owner=owner, saved_at=now - timedelta(minutes=n), **fields)
            for n, fields in enumerate(
                {"page_id": pages[i // 2]} if i % 2 == 0 else {"thread_id": threads[i // 2]} for i in range(count)
            )
        ]
    )
    ListEntry.objects.bulk_create(
        [ListEntry(folder_list=folder_list, item=item, position=n) for n, item in enumerate(items)]
    )


def main() -> int:
    print(f"Database: {connection.vendor}\n")
    reset_database()
    t0 = time.perf_counter()
    tree, themes = library_site()
    bulk_resources(tree["library"], themes, 0, BIG)
    school = School.objects.create(name="Benchcollege", brin="91BN", gemeente="Haarlem", sector="vo")
    owner, colleague = User.objects.bulk_create(
        [
            User(email="mentor@bench.example", first_name="Mentor", last_name="Benchmark", password="!"),
            User(email="collega@bench.example", first_name="Collega", last_name="Benchmark", password="!"),
        ]
    )
    Membership.objects.bulk_create([Membership(user=u, school=school, role="member") for u in (owner, colleague)])
    bulk_threads(category("bench", "Vragen", 1), [owner, colleague], count=BIG)
    pages = list(ResourcePage.objects.live().values_list("pk", flat=True).order_by("pk"))
    threads = list(Thread.objects.values_list("pk", flat=True).order_by("pk"))
    folder_list = FolderList.objects.create(owner=owner, name="Alles", share_token="bench-token", shared_with=school)
    print(f"{len(pages)} library items, {len(threads)} threads: {time.perf_counter() - t0:.1f} s\n", flush=True)

    as_owner, as_colleague = Client(), Client()
    as_owner.force_login(owner)
    as_colleague.force_login(colleague)
    tune_garbage_collector()
    urls = {
        "folder, page 1": (as_owner, "/mijn-map/"),
        "folder, forum only": (as_owner, "/mijn-map/?kind=forum"),
        "list": (as_owner, f"/mijn-map/lijsten/{folder_list.pk}/"),
        "shared list": (as_colleague, "/mijn-map/gedeeld/bench-token/"),
    }
    results = {}
    for size in (SMALL, BIG):
        ListEntry.objects.filter(folder_list=folder_list).delete()
        fill(owner, folder_list, pages, threads, size)
        for name, (client, url) in urls.items():
            results[(name, size)] = measure(client, url, "Benchmark" if name == "shared list" else "")

    print(f"{'page':<22}{'items':>7}{'queries':>9}{'median ms':>11}{'p95 ms':>9}{'cpu ms':>9}")
    for (name, size), (queries, median, high, cpu) in results.items():
        print(f"{name:<22}{size:>7,}{queries:>9}{median:>11.1f}{high:>9.1f}{cpu:>9.1f}")
    print()
    ok = True
    for name in urls:  # same mix of kinds at both sizes (the items alternate)
        small, big = results[(name, SMALL)][0], results[(name, BIG)][0]
        verdict = "MET" if small == big else "MISSED"
        ok = ok and small == big
        print(f"fixed  {name:<22} {small} at {SMALL} vs {big} at {BIG:<6} {verdict}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
