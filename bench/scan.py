"""Benchmark: SQL queries and server times of a scan round's results page and its plan PDF.

Run with ``DJANGO_SETTINGS_MODULE=config.settings.test python -m bench.scan``. Uses its own database
(``BENCH_DATABASE_URL``, default a SQLite file in /tmp; on PostgreSQL that database is wiped) and builds:

- a scan of 30 items (3 parts of 10, scale 4), each item linked to two library resources and a partner type,
  so recommendations are computed; and a scan of 10 items (2 parts of 5) built the same way;
- per configuration a school with a coordinator, a previous round (half a year ago) and the round measured,
  with respondents and answers inserted in bulk: roles mixed (docenten and mentoren large enough to be shown
  per role, ondersteuning and leiding too small, some without a role), about one answer in ten "weet ik niet";
- between the two rounds the first item of each scan is reworded, so the comparison with the previous round
  has a "gewijzigd sinds je vorige scan" item beside the compared ones.

Prints SQL statements per request and median / p95 server time of /scan/ronde/<id>/resultaten/ and
/scan/ronde/<id>/plan/pdf/ (30 items, 40 respondents), the PDF size, and the query counts of the same pages with
5 respondents and with the 10-item scan. Exits with 1 when the query count grows with respondents or items, or
when the results page lacks what the data should show (roles withheld, the change since the previous round, a
reworded item, recommendations) or the PDF is not a PDF.

Knobs: ``BENCH_RESULTS_REPEAT`` (default 15) and ``BENCH_PDF_REPEAT`` (default 5) timed requests after one
warm-up.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
import warnings
from datetime import timedelta

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
os.environ.setdefault("BENCH_DATABASE_URL", "sqlite:////tmp/wijschool-bench-scan.sqlite3")
os.environ["DATABASE_URL"] = os.environ["BENCH_DATABASE_URL"]
warnings.filterwarnings("ignore", message="No directory at")  # WhiteNoise: collectstatic has not run

import django  # noqa: E402

django.setup()

from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone, translation  # noqa: E402

from bench.library import reset_database  # noqa: E402
from community.models import Membership  # noqa: E402
from demo import builders  # noqa: E402
from scan import selectors, services  # noqa: E402
from scan.models import Answer, Respondent, Round, ScanPage, hash_key  # noqa: E402
from tests.community.factories import MembershipFactory, SchoolFactory, UserFactory  # noqa: E402

RESULTS_REPEAT = int(os.environ.get("BENCH_RESULTS_REPEAT", "15"))
PDF_REPEAT = int(os.environ.get("BENCH_PDF_REPEAT", "5"))
SCALE = 4
DIMENSIONS = ["bewustwording", "bereidheid", "bekwaamheid"]
RESOURCE_TYPES = ["training", "intervention", "lesson", "knowledge"]
N_RESOURCES = 12
PARTNERS = ["jongerenwerk", "wijkagent", "leerplicht", "jeugdhulp", "buurtteam"]
# Items link to the first four resources and partner types only: with at most eight recommendations shown, every
# configuration then shows the same mix (four of each), and its query counts compare like with like.
LINKED = 4
# 40 colleagues: docenten (18) and mentoren (9) are shown per role, ondersteuning (4) and leiding (3) are too few;
# six gave no role. Smaller teams take the same mix, spread evenly.
ROLE_MIX = ["docent"] * 18 + ["mentor"] * 9 + ["ondersteuning"] * 4 + ["leiding"] * 3 + [""] * 6
UNKNOWN_SHARE = 0.1
LEVELS = [
    "Dit speelt volop: we weten het niet en doen er niets aan.",
    "We zien het soms, maar er is geen afspraak.",
    "Er zijn afspraken, maar niet iedereen kent ze.",
    "Goed geregeld: iedereen weet wat te doen.",
]


def roles_for(n: int) -> list[str]:
    return [ROLE_MIX[i * len(ROLE_MIX) // n] for i in range(n)]


def scan_data(*, slug: str, title: str, parts: int, per_part: int, reworded: bool) -> dict:
    """A scan in the shape of demo/data/scans/; ``reworded`` changes the first item's statement."""
    dimensions = []
    n = 0
    for p in range(parts):
        items = []
        for _i in range(per_part):
            statement = f"Wij herkennen signalen bij knelpunt {n + 1} en weten wat we dan doen."
            if n == 0 and reworded:
                statement = "Wij herkennen signalen van ronselen en bespreken ze binnen een week in het team."
            items.append(
                {
                    "key": f"knelpunt-{n + 1}",
                    "statement_nl": statement,
                    "question_nl": f"Wat zou een collega doen die knelpunt {n + 1} morgen ziet?",
                    "levels_nl": LEVELS[:SCALE],
                    "allow_unknown": n % 7 != 6,
                    "legal_duty": n % 9 == 4,
                    "legal_note_nl": "Wet Vrij en Veilig Onderwijs" if n % 9 == 4 else "",
                    "short_term_nl": f"Bespreek knelpunt {n + 1} in het eerstvolgende teamoverleg.",
                    "long_term_nl": f"Leg de afspraken over knelpunt {n + 1} vast in het veiligheidsplan.",
                    "links": [
                        {"resource": f"bron-{n % LINKED}", "below": 3},
                        {"resource": f"bron-{(n + 2) % LINKED}", "below": 2.5},
                        {"partner": PARTNERS[n % LINKED], "below": 3},
                    ],
                }
            )
            n += 1
        dimensions.append(
            {
                "key": f"deel-{p + 1}",
                "title_nl": f"Deel {p + 1}: {DIMENSIONS[p % 3]}",
                "core_dimension": DIMENSIONS[p % 3],
                "description_nl": f"Hoe het team ervoor staat op {DIMENSIONS[p % 3]}.",
                "items": items,
            }
        )
    return {
        "slug": slug,
        "title_nl": title,
        "intro_nl": "Een zelfscan voor het benchmarken van de resultatenpagina.",
        "scale": SCALE,
        "dimensions": dimensions,
    }


@transaction.atomic
def setup_content():
    """Site tree, resources, partner types and the two scans (first wording): returns what the rounds need."""
    tree = builders.site_tree()
    theme = builders.theme(slug="jongeren-en-wapens", name="Jongeren en wapens", sort_order=1)
    builders.theme_page(theme=theme, parent=tree["themes"])
    resources = {
        f"bron-{i}": builders.resource(
            parent=tree["library"],
            slug=f"bron-{i}",
            title=f"Training {i} voor het team",
            resource_type=RESOURCE_TYPES[i % len(RESOURCE_TYPES)],
            summary="Wat het team leert en hoe lang het duurt.",
            themes=[theme],
            dimension=DIMENSIONS[i % 3],
        )
        for i in range(N_RESOURCES)
    }
    partners = {
        slug: builders.partner_type(slug=slug, name=slug.capitalize(), when_to_involve="Bij zorgen.", sort_order=i)
        for i, slug in enumerate(PARTNERS)
    }
    index = builders.scan_index(parent=tree["home"])
    shapes = {"30 items": (3, 10), "10 items": (2, 5)}
    scans = {}
    for name, (parts, per_part) in shapes.items():
        data = scan_data(
            slug=f"scan-{parts * per_part}", title=f"Zelfscan ({name})", parts=parts, per_part=per_part, reworded=False
        )
        scans[name] = builders.scan_page(parent=index, data=data, resources=resources, partners=partners, theme=theme)
    return {"resources": resources, "partners": partners, "scans": scans, "shapes": shapes}


@transaction.atomic
def reword(content):
    """Publish a new wording of each scan's first item: the next round gets a new version."""
    for name, page in content["scans"].items():
        parts, per_part = content["shapes"][name]
        page = ScanPage.objects.get(pk=page.pk)
        data = scan_data(slug=page.slug, title=page.title, parts=parts, per_part=per_part, reworded=True)
        page.parts = builders.scan_parts(
            slug=page.slug, parts=data["dimensions"], resources=content["resources"], partners=content["partners"]
        )
        page.save_revision().publish()
        content["scans"][name] = ScanPage.objects.get(pk=page.pk)


@transaction.atomic
def fill(round_: Round, *, n: int, seed: int, lift: float = 0.0):
    """``n`` respondents with an answer to every item of the round, in two bulk inserts."""
    rng = random.Random(seed)
    definition = round_.version.definition
    items = list(definition["item_order"])
    base = {key: random.Random(key).uniform(1.4, SCALE - 0.6) for key in items}
    when = round_.opened_at + timedelta(days=3)
    Respondent.objects.bulk_create(
        Respondent(round=round_, key_hash=hash_key(f"bench-{round_.pk}-{i}"), role=role, completed_at=when)
        for i, role in enumerate(roles_for(n))
    )
    answers = []
    for pk in Respondent.objects.filter(round=round_).values_list("pk", flat=True):
        for key in items:
            if definition["items"][key]["allow_unknown"] and rng.random() < UNKNOWN_SHARE:
                value = None
            else:
                value = min(max(round(base[key] + lift + rng.gauss(0, 0.9)), 1), SCALE)
            answers.append(Answer(respondent_id=pk, item_key=key, value=value))
    Answer.objects.bulk_create(answers, batch_size=1000)


def open_round(*, school, coordinator, scan, label: str, days_ago: int) -> Round:
    round_ = services.round_open(school=school, scan=scan, parts=[], opened_by=coordinator, label=label)
    opened = timezone.now() - timedelta(days=days_ago)
    Round.objects.filter(pk=round_.pk).update(opened_at=opened, closed_at=opened + timedelta(days=14))
    return Round.objects.select_related("version", "school").get(pk=round_.pk)


def setup_rounds(content, configs):
    """Per configuration: a school, its coordinator, a previous round (old wording), then the current round."""
    made = {}
    for name, (shape, n) in configs.items():
        user = UserFactory()
        school = SchoolFactory()
        MembershipFactory(user=user, school=school, role=Membership.Role.COORDINATOR)
        previous = open_round(
            school=school, coordinator=user, scan=content["scans"][shape], label="Voorjaar", days_ago=180
        )
        fill(previous, n=n, seed=len(made) * 2)
        made[name] = {"user": user, "school": school, "previous": previous}
    reword(content)
    for i, (name, (shape, n)) in enumerate(configs.items()):
        entry = made[name]
        current = open_round(
            school=entry["school"], coordinator=entry["user"], scan=content["scans"][shape], label="Najaar", days_ago=20
        )
        fill(current, n=n, seed=i * 2 + 1, lift=0.4)
        keys = current.version.definition["item_order"]
        services.action_create(
            round_=current,
            user=entry["user"],
            title="Teamtraining signalen herkennen",
            item_keys=keys[:2],
            resource=content["resources"]["bron-0"],
            owner="Zorgcoördinator",
        )
        services.action_create(
            round_=current,
            user=entry["user"],
            title="Overleg met de wijkagent",
            item_keys=keys[2:3],
            partner_type=content["partners"]["wijkagent"],
            owner="Teamleider",
            success_criterion="Twee keer per jaar overleg.",
        )
        entry["round"] = current
    return made


def p95(times):
    ordered = sorted(times)
    return ordered[max(0, int(round(0.95 * len(ordered))) - 1)]


def measure(client: Client, url: str, repeat: int):
    """One warm-up request, then ``repeat`` requests: SQL statements of each, server times in ms, body size."""
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    counts, times = [], []
    executed = [0]

    def count(execute, sql, params, many, context):
        executed[0] += 1
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        for _ in range(repeat):
            executed[0] = 0
            t0 = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - t0) * 1000)
            assert response.status_code == 200, (url, response.status_code)
            counts.append(executed[0])
    return {"queries": counts, "times": times, "size": len(response.content), "content": response.content}


def describe(round_: Round) -> dict:
    """What the results contain, so the figures can be read: roles shown and withheld, changes, suggestions."""
    with translation.override("nl"):
        results = selectors.round_results(round_=Round.objects.select_related("version").get(pk=round_.pk))
    cells = [cell for row in results.items for cell in row.roles.values()]
    statuses = [row.change.status for row in results.items if row.change is not None]
    return {
        "respondents": results.n_respondents,
        "items": len(results.items),
        "roles shown": sorted({c.role for c in cells if not c.suppressed}),
        "roles withheld": sorted({c.role for c in cells if c.suppressed}),
        "cells shown/withheld": f"{sum(not c.suppressed for c in cells)}/{sum(c.suppressed for c in cells)}",
        "changes": {s: statuses.count(s) for s in sorted(set(statuses))},
        "suggestions": f"{sum(s.kind == 'resource' for s in results.suggestions)} resources, "
        f"{sum(s.kind == 'partner' for s in results.suggestions)} partner types",
        "has_previous": results.has_previous,
    }


def queries(sample) -> str:
    low, high = min(sample["queries"]), max(sample["queries"])
    return str(low) if low == high else f"{low}-{high}"


def main():
    started = time.perf_counter()
    print(f"Database: {connection.vendor}", flush=True)
    reset_database()
    translation.activate("nl")
    content = setup_content()
    configs = {
        "30 items, 40 respondents": ("30 items", 40),
        "30 items, 5 respondents": ("30 items", 5),
        "10 items, 40 respondents": ("10 items", 40),
        "10 items, 5 respondents": ("10 items", 5),
    }
    rounds = setup_rounds(content, configs)
    print(f"Set up in {time.perf_counter() - started:.1f} s\n", flush=True)

    main_name = next(iter(configs))
    samples = {}
    for name in configs:
        entry = rounds[name]
        client = Client()
        client.force_login(entry["user"])
        round_id = entry["round"].pk
        main_config = name == main_name
        samples[(name, "results")] = measure(
            client, f"/scan/ronde/{round_id}/resultaten/", RESULTS_REPEAT if main_config else 2
        )
        samples[(name, "pdf")] = measure(client, f"/scan/ronde/{round_id}/plan/pdf/", PDF_REPEAT if main_config else 1)

    main_round = rounds[main_name]["round"]
    html = samples[(main_name, "results")]["content"].decode()
    pdf = samples[(main_name, "pdf")]
    checks = {
        # roles withheld on every item (leiding, ondersteuning here) are not even named (decision 0007)
        "role table without the small roles": 'id="roles-title"' in html
        and ">Docent</th>" in html
        and ">Leiding</th>" not in html
        and ">Ondersteuning en zorg</th>" not in html,
        "change since the previous round": "Sinds vorige ronde" in html,
        "reworded item marked": "gewijzigd sinds je vorige scan" in html,
        "recommendations": 'class="recommendation"' in html,
        "PDF": pdf["content"].startswith(b"%PDF"),
    }
    print(f"{main_name} (round {main_round.pk}):")
    for key, value in describe(main_round).items():
        print(f"  {key}: {value}")
    print("  rendered: " + ", ".join(f"{k} {'yes' if v else 'NO'}" for k, v in checks.items()))

    print(f"\n{'page':<10}{'requests':>10}{'queries':>9}{'median ms':>11}{'p95 ms':>9}{'size':>11}")
    for page in ("results", "pdf"):
        s = samples[(main_name, page)]
        print(
            f"{page:<10}{len(s['times']):>10}{queries(s):>9}{statistics.median(s['times']):>11.1f}"
            f"{p95(s['times']):>9.1f}{s['size'] / 1024:>9.1f} kB"
        )

    infos = {name: describe(rounds[name]["round"]) for name in configs}
    print(f"\n{'configuration':<28}{'results queries':>16}{'pdf queries':>13}   suggestions")
    for name in configs:
        print(
            f"{name:<28}{queries(samples[(name, 'results')]):>16}{queries(samples[(name, 'pdf')]):>13}   "
            f"{infos[name]['suggestions']}"
        )
    if len({info["suggestions"] for info in infos.values()}) > 1:
        print("Note: the configurations recommend a different mix; their query counts may differ for that reason.")

    def most(name, page):
        return max(samples[(name, page)]["queries"])

    pages = ("results", "pdf")
    grows_respondents = any(
        most(f"{shape}, 40 respondents", page) > most(f"{shape}, 5 respondents", page)
        for shape in ("30 items", "10 items")
        for page in pages
    )
    grows_items = any(
        most(f"30 items, {n} respondents", page) > most(f"10 items, {n} respondents", page)
        for n in (40, 5)
        for page in pages
    )
    varies = any(len(set(s["queries"])) > 1 for s in samples.values())
    print(f"\nQuery count grows with respondents: {'YES' if grows_respondents else 'no'}")
    print(f"Query count grows with items: {'YES' if grows_items else 'no'}")
    if varies:
        print("Note: the query count varied between repeated requests of the same page.")
    print(f"Total run time {time.perf_counter() - started:.1f} s")
    ok = not (grows_respondents or grows_items) and all(checks.values())
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
