"""Editors tune search in the Wagtail admin: synonyms, promoted results, and the content-gap report."""

import csv
import io
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from search.admin_views import PERIOD_DAYS
from search.models import SearchQueryLog, Synonym

REPORT = "/admin/reports/zoekopdrachten/"
REPORT_RESULTS = "/admin/reports/zoekopdrachten/results/"
SYNONYMS = "/admin/snippets/search/synonym/"
PROMOTIONS = "/admin/searchpicks/"


def _login(client, email, group=None, **extra):
    user = get_user_model().objects.create_user(email=email, password="x" * 12, **extra)
    if group:
        user.groups.add(Group.objects.get(name=group))
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return user


@pytest.fixture
def editor(client, db):
    return _login(client, "redacteur@example.org", "Editors", is_staff=True)


@pytest.fixture
def indexed(make_resource, themes, django_capture_on_commit_callbacks):
    """Two live resources in the search index (index updates run on commit)."""
    with django_capture_on_commit_callbacks(execute=True):
        return {
            "mes": make_resource(
                title="Een mes op zak", summary="Wat doe je als een leerling een wapen bij zich heeft?"
            ),
            "geld": make_resource(title="Snel geld", summary="Over ondermijning: jongeren als geldezel."),
        }


def _titles(client, query):
    response = client.get("/zoeken/", {"q": query})
    assert response.status_code == 200
    return [r["page"].title for r in response.context["outcome"].results]


def _menu(client):
    """The admin sidebar (its menu is rendered into the page as JSON)."""
    response = client.get("/admin/")
    assert response.status_code == 200
    return response.content.decode()


# --- Synonyms ----------------------------------------------------------------------------------------------


def test_editors_see_synonyms_with_an_explanation(client, editor):
    Synonym.objects.create(terms="wapens, messen")
    assert SYNONYMS in _menu(client)
    listing = client.get(SYNONYMS)
    assert listing.status_code == 200
    assert "wapens, messen" in listing.content.decode()
    form = client.get(f"{SYNONYMS}add/")
    assert form.status_code == 200
    assert "ondermijning, georganiseerde criminaliteit" in form.content.decode()


def test_an_editor_adds_a_synonym_and_the_public_search_uses_it(client, editor, indexed):
    assert _titles(client, "georganiseerde criminaliteit") == []
    response = client.post(f"{SYNONYMS}add/", {"terms": " ondermijning ,georganiseerde   criminaliteit,, Ondermijning"})
    assert response.status_code == 302, response.content[:2000]
    assert list(Synonym.objects.values_list("terms", flat=True)) == ["ondermijning, georganiseerde criminaliteit"]
    assert _titles(client, "georganiseerde criminaliteit") == ["Snel geld"]


def test_a_synonym_needs_two_terms(client, editor):
    response = client.post(f"{SYNONYMS}add/", {"terms": "ondermijning"})
    assert response.status_code == 200
    assert "minstens twee" in response.content.decode()
    assert not Synonym.objects.exists()


# --- Promoted results --------------------------------------------------------------------------------------


def test_an_editor_promotes_a_result_through_the_admin_and_search_shows_it_first(client, editor, indexed):
    assert PROMOTIONS in _menu(client)
    assert client.get(f"{PROMOTIONS}add/").status_code == 200
    response = client.post(
        f"{PROMOTIONS}add/",
        {
            "query_string": "wapens",
            "editors_picks-TOTAL_FORMS": 1,
            "editors_picks-INITIAL_FORMS": 0,
            "editors_picks-MAX_NUM_FORMS": 1000,
            "editors_picks-0-DELETE": "",
            "editors_picks-0-ORDER": 0,
            "editors_picks-0-page": indexed["geld"].pk,
            "editors_picks-0-description": "Lees dit eerst.",
        },
    )
    assert response.status_code == 302, response.content[:2000]
    assert SearchPromotion.objects.get().query == Query.objects.get(query_string="wapens")

    response = client.get("/zoeken/", {"q": "Wapens"})
    assert [p.page.title for p in response.context["promoted"]] == ["Snel geld"]
    html = response.content.decode()
    assert "Lees dit eerst." in html
    # The promotion is shown before the ordinary results.
    assert html.index("Lees dit eerst.") < html.index("Een mes op zak")


def test_a_promotion_for_a_word_with_an_accent_is_shown(client, editor, indexed):
    SearchPromotion.objects.create(query=Query.get("Financiële uitbuiting"), page=indexed["geld"], sort_order=0)
    response = client.get("/zoeken/", {"q": "financiële uitbuiting"})
    assert [p.page.title for p in response.context["promoted"]] == ["Snel geld"]


# --- The content-gap report --------------------------------------------------------------------------------


@pytest.fixture
def searched(client, indexed):
    """Searches through the public search view, plus older days written to the log directly."""
    for query in ("Wapens", "wapens", "tiktokchallenge", "tiktokchallenge", "tiktokchallenge"):
        client.get("/zoeken/", {"q": query})
    client.get("/en/zoeken/", {"q": "knife crime"})
    today = timezone.localdate()
    # An earlier day in the period is added to today's row; a day before the period is left out.
    SearchQueryLog.objects.create(
        query="tiktokchallenge", language="nl", date=today - timedelta(days=3), searches=4, zero_results=4
    )
    SearchQueryLog.objects.create(
        query="vergeten", language="nl", date=today - timedelta(days=PERIOD_DAYS), searches=9, zero_results=9
    )
    # A query that found nothing before but finds something now is no longer a gap.
    SearchQueryLog.objects.create(
        query="wapens", language="nl", date=today - timedelta(days=5), searches=1, zero_results=1
    )


def _rows(response):
    return [dict(row) for row in response.context["object_list"]]


def test_the_report_lists_what_found_nothing_first(client, searched, editor):
    response = client.get(REPORT)
    assert response.status_code == 200
    rows = _rows(response)
    assert [(r["query"], r["language"]) for r in rows] == [
        ("tiktokchallenge", "nl"),
        ("knife crime", "en"),
        ("wapens", "nl"),
    ]
    gap = rows[0]
    assert (gap["total_searches"], gap["total_zero_results"], gap["latest_result_count"]) == (7, 7, 0)
    found = rows[2]
    assert (found["total_searches"], found["total_zero_results"]) == (3, 1)
    assert found["latest_result_count"] == len(_titles(client, "wapens")) > 0
    html = response.content.decode()
    assert "tiktokchallenge" in html
    assert "vergeten" not in html  # older than 30 days


def test_the_report_filters_by_language_and_by_what_found_nothing(client, searched, editor):
    english = client.get(REPORT, {"language": "en"})
    assert [r["query"] for r in _rows(english)] == ["knife crime"]
    gaps = client.get(REPORT_RESULTS, {"language": "nl", "found_nothing": "1"})
    assert gaps.status_code == 200
    assert [r["query"] for r in _rows(gaps)] == ["tiktokchallenge"]


def test_the_report_exports_csv_and_xlsx(client, searched, editor):
    SearchQueryLog.record(query='=HYPERLINK("http://example.org")', language="nl", result_count=0)
    response = client.get(REPORT, {"export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][:3] == ["Zoekopdracht", "Taal", "Keer gezocht"]
    queries = [row[0] for row in rows[1:]]
    assert "tiktokchallenge" in queries
    # Typed by the public: written so a spreadsheet does not run it as a formula.
    assert not any(q.startswith("=") for q in queries)
    assert '\'=hyperlink("http://example.org")' in queries

    xlsx = client.get(REPORT, {"export": "xlsx"})
    assert xlsx.status_code == 200
    assert xlsx["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.mark.parametrize("group", ["Editors", "Moderators"])
def test_editors_and_moderators_find_the_report_in_their_menu(client, db, group):
    _login(client, f"{group.lower()}@example.org", group, is_staff=True)
    assert REPORT in _menu(client)
    assert client.get(REPORT).status_code == 200


def test_superusers_see_the_report(client, db):
    admin = get_user_model().objects.create_superuser(email="admin@example.org", password="x" * 12)
    client.force_login(admin, backend="django.contrib.auth.backends.ModelBackend")
    assert REPORT in _menu(client)
    assert client.get(REPORT).status_code == 200
    # Wagtail's own "Search terms" report stays hidden: this site logs searches in its own table.
    assert "/admin/searchpicks/reports/search-terms/" not in _menu(client)


def test_other_admin_users_do_not_see_the_report(client, searched):
    """Coaches reach the admin, but the report is not theirs."""
    _login(client, "coach@example.org", "Coaches", is_staff=True)
    assert REPORT not in _menu(client)
    for url in (REPORT, REPORT_RESULTS, f"{REPORT}?export=csv"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"] == "/admin/"


@pytest.mark.parametrize("url", [REPORT, REPORT_RESULTS, f"{REPORT}?export=csv", SYNONYMS, PROMOTIONS])
def test_anonymous_and_plain_accounts_cannot_open_the_search_admin(client, searched, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    _login(client, "leraar@example.org")  # an ordinary account: no staff, no group
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert b"tiktokchallenge" not in response.content
