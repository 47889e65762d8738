"""Benchmark: query counts and server times of the library pages at N = 100 and N = 20,000 resources.

Run with ``make bench``. Uses its own database (``BENCH_DATABASE_URL``, default a SQLite file in /tmp), fills
it in bulk (not one save at a time), and prints for each page: queries, median and p95 server time.
The query counts must be the same at both sizes; the test suite pins them with assertNumQueries-style tests.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
import uuid

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.bench")
os.environ["DATABASE_URL"] = os.environ.get("BENCH_DATABASE_URL", "sqlite:////tmp/wijschool-bench.sqlite3")

import django  # noqa: E402

django.setup()

from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402
from wagtail.models import Page  # noqa: E402

from config.runtime import tune_garbage_collector  # noqa: E402
from demo import builders  # noqa: E402
from library.models import ResourcePage, ResourceTheme  # noqa: E402

TYPES = ["elearning", "film", "lesson", "knowledge", "exercise", "training", "intervention"]
DIMENSIONS = ["bewustwording", "bereidheid", "bekwaamheid"]
REPEAT = int(os.environ.get("BENCH_REPEAT", "30"))


def reset_database():
    if connection.vendor == "sqlite":
        connection.close()
        path = connection.settings_dict["NAME"]
        if os.path.exists(path):
            os.remove(path)
    else:
        with connection.cursor() as cursor:
            cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
    call_command("migrate", verbosity=0)


def setup_site():
    tree = builders.site_tree()
    themes = [builders.theme(slug=f"thema-{i}", name=f"Thema {i}", sort_order=i) for i in range(1, 12)]
    for t in themes:
        builders.theme_page(theme=t, parent=tree["themes"])
    return tree, themes


@transaction.atomic
def bulk_resources(library: Page, themes, start: int, count: int):
    """Insert ``count`` resources below ``library`` directly (path, page row, child row, theme links)."""
    library = Page.objects.get(pk=library.pk)
    content_type = ContentType.objects.get_for_model(ResourcePage)
    now = timezone.now()
    pages = []
    for i in range(start, start + count):
        step = library.numchild + 1 + (i - start)
        pages.append(
            Page(
                title=f"Bron {i} over wapens en polarisatie",
                draft_title=f"Bron {i}",
                slug=f"bron-{i}",
                content_type=content_type,
                locale_id=library.locale_id,
                path=Page._get_path(library.path, library.depth + 1, step),
                depth=library.depth + 1,
                numchild=0,
                url_path=f"{library.url_path}bron-{i}/",
                live=True,
                has_unpublished_changes=False,
                first_published_at=now,
                last_published_at=now,
                translation_key=uuid.uuid4(),
            )
        )
    Page.objects.bulk_create(pages, batch_size=1000)
    created = list(
        Page.objects.filter(slug__in=[p.slug for p in pages], depth=library.depth + 1).values_list("pk", "slug")
    )
    children = []
    for pk, slug in created:
        n = int(slug.rsplit("-", 1)[1])
        child = ResourcePage(
            page_ptr_id=pk,
            resource_type=TYPES[n % len(TYPES)],
            summary="Een korte samenvatting van deze bron voor docenten.",
            body=[],
            dimension=DIMENSIONS[n % 3],
            duration_minutes=10 + n % 90,
            format="online",
            provider="Benchmark",
            evidence="unknown",
        )
        children.append(child)
    fields = [f for f in ResourcePage._meta.local_concrete_fields]
    for offset in range(0, len(children), 500):
        ResourcePage._base_manager._insert(children[offset : offset + 500], fields=fields, raw=True)
    links = []
    for pk, slug in created:
        n = int(slug.rsplit("-", 1)[1])
        for j, theme in enumerate({themes[n % len(themes)].pk, themes[(n // 7) % len(themes)].pk}):
            links.append(ResourceTheme(page_id=pk, theme_id=theme, sort_order=j, locale_id=library.locale_id))
    ResourceTheme.objects.bulk_create(links, batch_size=1000)
    Page.objects.filter(pk=library.pk).update(numchild=library.numchild + count)


def measure(client: Client, url: str) -> tuple[int, float, float]:
    client.get(url)  # warm
    executed = []

    def count(execute, sql, params, many, context):
        executed.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    times = []
    for _ in range(REPEAT):
        t0 = time.perf_counter()
        client.get(url)
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    p95 = times[max(0, int(round(0.95 * len(times))) - 1)]
    return len(executed), statistics.median(times), p95


SIZES = tuple(int(n) for n in os.environ.get("BENCH_SIZES", "100,1000,20000").split(","))
PAGES = {
    "home": "/",
    "listing": "/bibliotheek/",
    "listing, 1 filter": "/bibliotheek/?theme=thema-2",
    "listing, 2 filters": "/bibliotheek/?theme=thema-2&type=lesson",
    "listing, 3 filters": "/bibliotheek/?theme=thema-2&type=lesson&dimension=bekwaamheid",
    "theme page": "/themas/thema-2/",
    "detail page": "/bibliotheek/bron-1/",
}
# Issue 8: every page within 1.5x of its cost at the smallest N (with a floor of 5 ms for noise), and the same
# number of queries at every N.
GROWTH = 1.5
NOISE_MS = 5.0


def main():
    print(f"Database: {connection.vendor}; {REPEAT} requests per page after one warm-up\n")
    reset_database()
    tree, themes = setup_site()
    client = Client()
    results = {}
    have = 0
    for n in SIZES:
        t0 = time.perf_counter()
        bulk_resources(tree["library"], themes, have, n - have)
        have = n
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE" if connection.vendor == "sqlite" else "VACUUM (ANALYZE)")  # see bench.search
        print(f"N = {n:,}: created in {time.perf_counter() - t0:.1f} s", flush=True)
        client.get("/bibliotheek/")  # load what a worker has loaded before it serves
        tune_garbage_collector()  # as gunicorn's workers run (config/runtime.py)
        for name, url in PAGES.items():
            results[(n, name)] = measure(client, url)
    small = SIZES[0]
    print()
    print(f"{'page':<22}{'N':>8}{'queries':>10}{'median ms':>12}{'p95 ms':>10}{'target p95':>12}  verdict")
    missed = 0
    for (n, name), (queries, median, p95) in results.items():
        base_queries, _base_median, base_p95 = results[(small, name)]
        target = max(base_p95 * GROWTH, base_p95 + NOISE_MS)
        ok = p95 <= target and queries == base_queries
        if n != small and not ok:
            missed += 1
        verdict = "" if n == small else ("met" if ok else "MISSED")
        target_text = "" if n == small else f"{target:.1f}"
        print(f"{name:<22}{n:>8,}{queries:>10}{median:>12.1f}{p95:>10.1f}{target_text:>12}  {verdict}")
    stable = all(results[(small, name)][0] == results[(n, name)][0] for n in SIZES for name in PAGES)
    print(f"\nQuery counts equal at every N: {'yes' if stable else 'NO'}")
    print(
        f"Targets (p95 within {GROWTH}x of N = {small:,}, same queries): {'all met' if not missed else f'{missed} MISSED'}"
    )
    return 0 if stable else 1


if __name__ == "__main__":
    sys.exit(main())
