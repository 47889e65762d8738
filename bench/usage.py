"""Benchmark: 'Gebruikt in de klas' on a busy item (issue 10, part 3): a library item's page with 10 and with
1,000 members' marks (half with a comment), read by a visitor and by a member who marked it, and the library
listing sorted by "meest gebruikt"; to show that the queries do not grow with the marks.

Run with ``DJANGO_SETTINGS_MODULE=config.settings.bench python -m bench.usage`` (``make bench``). Uses its own
database (``BENCH_DATABASE_URL``, default a SQLite file in /tmp; on PostgreSQL that database is wiped).

Prints for each page the number of SQL statements of one request and the median and p95 server time over
``BENCH_REPEAT`` requests (after one warm-up), then MET or MISSED for: the same number of queries at 10 and at
1,000 marks ('fixed'). Exits with 1 when a query count is not fixed.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.bench")
os.environ.setdefault("BENCH_DATABASE_URL", "sqlite:////tmp/wijschool-bench-usage.sqlite3")

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from bench.forum import measure  # noqa: E402  (sets up Django on BENCH_DATABASE_URL)
from bench.library import bulk_resources, reset_database  # noqa: E402
from bench.library import setup_site as library_site  # noqa: E402
from community.models import User  # noqa: E402
from config.runtime import tune_garbage_collector  # noqa: E402
from core import caching  # noqa: E402
from library.models import ClassroomUse, ResourcePage  # noqa: E402

SMALL, BIG = 10, 1000  # marks on the item


def fill(item, members, count: int) -> None:
    ClassroomUse.objects.filter(translation_key=item.translation_key).delete()
    ClassroomUse.objects.bulk_create(
        [
            ClassroomUse(
                translation_key=item.translation_key,
                page=item,
                user=members[n],
                comment=f"Gebruikt in klas {n % 6 + 1}: de leerlingen praatten goed mee." if n % 2 == 0 else "",
                sector="vo",
                year_group=f"klas {n % 6 + 1}",
            )
            for n in range(count)
        ]
    )
    caching.bump()


def main() -> int:
    print(f"Database: {connection.vendor}\n")
    reset_database()
    t0 = time.perf_counter()
    tree, themes = library_site()
    bulk_resources(tree["library"], themes, 0, 200)
    members = User.objects.bulk_create(
        [User(email=f"lid{n}@bench.example", first_name="Lid", last_name=str(n), password="!") for n in range(BIG)]
    )
    item = ResourcePage.objects.live().order_by("pk").first()
    print(f"200 library items, {len(members)} members: {time.perf_counter() - t0:.1f} s\n", flush=True)

    visitor, member = Client(), Client()
    member.force_login(members[0])
    tune_garbage_collector()
    urls = {
        "item page": (visitor, item.url),
        "item page, member": (member, item.url),
        "listing, most used": (visitor, "/bibliotheek/?sort=used"),
    }
    results = {}
    for size in (SMALL, BIG):
        fill(item, members, size)
        for name, (client, url) in urls.items():
            results[(name, size)] = measure(client, url, "")

    print(f"{'page':<22}{'marks':>7}{'queries':>9}{'median ms':>11}{'p95 ms':>9}{'cpu ms':>9}")
    for (name, size), (queries, median, high, cpu) in results.items():
        print(f"{name:<22}{size:>7,}{queries:>9}{median:>11.1f}{high:>9.1f}{cpu:>9.1f}")
    print()
    ok = True
    for name in urls:
        small, big = results[(name, SMALL)][0], results[(name, BIG)][0]
        verdict = "MET" if small == big else "MISSED"
        ok = ok and small == big
        print(f"fixed  {name:<22} {small} at {SMALL} vs {big} at {BIG:<6} {verdict}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
