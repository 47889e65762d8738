"""Whatever a person or a bot types into the search gets a normal page, never a 500 (issue 3, "Bad input").

Property-based (hypothesis) over the query, the filters and the page number, against the real database
backend: SQLite locally, PostgreSQL with DATABASE_URL. The field notes list the traps seen on this stack: a NUL
byte on PostgreSQL, a lone `"` or space on SQLite; they are pinned as explicit cases below.

Each test builds its pages once (a function-scoped fixture) and hypothesis reuses them for every example, so
the function-scoped-fixture health check is switched off on purpose: the examples only read.
"""

import re
from urllib.parse import quote_from_bytes

import pytest
from django.db import transaction
from django.test import TestCase
from django.utils import translation
from django.utils.html import conditional_escape
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from demo import builders
from search.selectors import clean_query, filter_names

SEARCH_PATHS = ["/zoeken/", "/en/zoeken/"]
SUGGEST_PATHS = ["/zoeken/suggesties/", "/en/zoeken/suggesties/"]

PROPERTY = settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Markup an attacker would type; none of it may come back unescaped.
MARKUP = [
    "<script>alert(1)</script>",
    '"><script>alert(document.cookie)</script>',
    "<img src=x onerror=alert(1)>",
    "<svg/onload=alert(1)>",
    "</title><script>alert(1)</script>",
]
RAW_MARKERS = ["<script>alert", "<img src=x onerror", "<svg/onload"]

# Words and operators of the backends' query languages (FTS5, tsquery, Elasticsearch), SQL and odd characters.
TOKENS = [
    "wapen",
    "wapens",
    "mes",
    "school",
    "jongeren",
    "Financiële",
    "AND",
    "OR",
    "NOT",
    "NEAR",
    "NEAR(a b)",
    "NEAR(wapen mes, 2)",
    "*",
    "^",
    "(",
    ")",
    ":",
    "-",
    "+",
    '"',
    "'",
    "`",
    "\\",
    "%",
    "_",
    "&",
    "|",
    "!",
    "<->",
    "<2>",
    "@@",
    "~",
    "?",
    "{title}:",
    "title:wapen",
    "wapen*",
    '"wapen',
    "-wapen",
    "^wapen",
    "wapen:*",
    "'; DROP TABLE wagtailcore_page; --",
    "' OR '1'='1",
    "1=1",
    "%00",
    "\x00",
    "\t",
    "\n",
    "\r\n",
    "\u200b",
    "\ufeff",
    "\u202e",
    "ß",
    "İ",
    "ﷺ",
    "é",
    "📚",
    "١٢٣",
    *MARKUP,
]

TRAPS = [
    "\x00",
    '"',
    " ",
    "  ",
    '"wapen',
    "wapen*",
    "NEAR(a b)",
    "a" * 2000,
    "wapen\x00mes",
    "\x00wapen",
    "'",
    "''",
    '""',
    "*",
    "(",
    ")",
    "-",
    "^",
    ":",
    "AND",
    "NOT wapen",
    "wapen OR",
    "title:wapen",
    "{title body}: wapen",
    "%",
    "\\",
    "wapen " * 400,
    "\t\n\r",
    "\u00a0",
    "ﷺ" * 300,
    *MARKUP,
]

any_text = st.text(max_size=120)  # every Unicode category (control characters and NUL included), no surrogates
only_spaces = st.text(alphabet=" \t\n\r\x0b\x0c\x1c\x85\u00a0\u2003\u2028\u3000", max_size=60)
token_soup = st.tuples(st.lists(st.sampled_from(TOKENS), max_size=30), st.sampled_from([" ", "", "  ", "\t"])).map(
    lambda t: t[1].join(t[0])
)
long_text = st.tuples(st.text(min_size=1, max_size=12), st.integers(min_value=150, max_value=2600)).map(
    lambda t: t[0] * t[1]
)
queries = st.one_of(any_text, only_spaces, token_soup, long_text, st.sampled_from(TRAPS))

real_values = [
    "library",
    "themes",
    "jongeren-en-wapens",
    "polarisatie",
    "welbevinden",
    "vo",
    "po",
    "mentor",
    "lesson",
    "film",
    "knowledge",
    "training",
]
number_text = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.sampled_from(
        ["0", "-1", "1e9", "1.5", "2.0", "nan", "inf", "-inf", "0x10", "1_000", " 2 ", "２", "٢", "", "last"]
    ),
)
filter_values = st.lists(
    st.one_of(st.sampled_from(real_values), st.text(max_size=120), number_text, st.sampled_from(MARKUP)), max_size=25
)
FILTERS = filter_names()
filter_params = st.fixed_dictionaries({}, optional={name: filter_values for name in FILTERS})
page_values = st.lists(st.one_of(number_text, st.text(max_size=30)), min_size=1, max_size=3)
# Queries that find something, so that facets, filters and pagination really run.
finding_queries = st.sampled_from(["wapens", "jongeren", "polarisatie", "verzuim", "les", "de jongeren en wapens"])


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    """A dozen Dutch resources over every filter, theme pages and one English resource, all indexed.

    Built once for the module inside a transaction that is rolled back at the end; each test runs in a
    savepoint inside it (the ``db`` fixture), so nothing a test writes (the query log) leaks into the next.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        translation.activate("nl")
        _build_site()
        yield
        transaction.set_rollback(True)


def _build_site():
    nl, en = builders.locales()
    tree = builders.site_tree()
    themes = [
        builders.theme(slug="jongeren-en-wapens", name="Jongeren en wapens", sort_order=1),
        builders.theme(slug="polarisatie", name="Polarisatie", sort_order=2),
        builders.theme(slug="welbevinden", name="Welbevinden", sort_order=3),
    ]
    audiences = [
        builders.audience(slug="vo", name="Voortgezet onderwijs (vo)"),
        builders.audience(slug="po", name="Primair onderwijs (po)"),
        builders.audience(slug="mentor", name="Mentor", kind="role"),
    ]
    types = ["lesson", "film", "knowledge", "training"]
    # Index updates run on commit: run them at the end of this block, as a commit would.
    with TestCase.captureOnCommitCallbacks(execute=True):
        for t in themes:
            builders.theme_page(theme=t, parent=tree["themes"])
        first = None
        for i in range(12):
            extra = {"transcript": "Tekst", "embed_url": "https://video.example/1"} if types[i % 4] == "film" else {}
            page = builders.resource(
                parent=tree["library"],
                slug=f"bron-{i}",
                title=f"Jongeren en wapens {i} <script>alert(1)</script>",
                summary="Over wapens, verzuim en polarisatie: een les voor de hele school. <b>vet</b>",
                themes=[themes[i % 3]],
                audiences=[audiences[i % 3]],
                resource_type=types[i % 4],
                dimension="bewustwording",
                tags=["drill", "mes"][: i % 3],
                **extra,
            )
            first = first or page
        builders.translate_page(tree["home"], locale=en, strings={})
        builders.translate_page(tree["library"], locale=en, strings={"Bibliotheek": "Library"}, slug="library")
        builders.translate_page(first, locale=en, strings={first.title: "Young people and weapons <script>"})


@pytest.fixture
def site_db(site, db):
    """The module's pages, in this test's own savepoint."""


def assert_results_page(response):
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"].startswith("text/html")
    html = response.content.decode()
    assert "</html>" in html
    for marker in RAW_MARKERS:
        assert marker not in html, marker
    query = response.context["search_query"]
    if query:
        # The query is shown back, escaped (in the title, the search field and the results heading).
        assert str(conditional_escape(query)) in html
    return html


def assert_suggestions(response, raw_query):
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"] == "application/json"
    # JSON echoes what was typed as a string value; the browser must never sniff it as HTML.
    assert response["X-Content-Type-Options"] == "nosniff"
    data = response.json()
    assert data["query"] == clean_query(raw_query)
    assert isinstance(data["suggestions"], list) and len(data["suggestions"]) <= 8
    for item in data["suggestions"]:
        assert set(item) == {"title", "url"} and item["url"].startswith("/")


@PROPERTY
@given(query=queries, path=st.sampled_from(SEARCH_PATHS))
def test_any_query_gives_a_results_page(client, site_db, query, path):
    assert_results_page(client.get(path, {"q": query}))


@PROPERTY
@given(query=queries, path=st.sampled_from(SUGGEST_PATHS))
def test_any_query_gives_suggestions_as_json(client, site_db, query, path):
    assert_suggestions(client.get(path, {"q": query}), query)


@PROPERTY
@given(
    query=st.one_of(finding_queries, queries),
    filters=filter_params,
    page=page_values,
    path=st.sampled_from(SEARCH_PATHS),
)
def test_any_filters_and_page_give_a_results_page(client, site_db, query, filters, page, path):
    response = client.get(path, {"q": query, **filters, "page": page})
    html = assert_results_page(response)
    page_obj = response.context["page_obj"]
    assert 1 <= page_obj.number <= page_obj.paginator.num_pages
    # Filter values nobody offered are dropped, never echoed into links or checkboxes.
    for values in filters.values():
        for value in values:
            kept = value.strip()
            if len(kept) > 3 and kept not in real_values and kept != clean_query(query):
                assert f'value="{conditional_escape(kept)}"' not in html


@PROPERTY
@given(raw=st.binary(max_size=300), name=st.sampled_from(["q", "page", *FILTERS]))
def test_any_bytes_in_the_query_string(client, site_db, raw, name):
    """Percent-encoded bytes that are not UTF-8, straight into the query string."""
    encoded = quote_from_bytes(raw, safe="")
    response = client.get(f"/zoeken/?q=wapens&{name}={encoded}")
    assert_results_page(response)
    assert client.get(f"/zoeken/suggesties/?{name}={encoded}").status_code == 200


@pytest.mark.parametrize("query", TRAPS, ids=lambda q: repr(q[:20]) + (f"x{len(q)}" if len(q) > 20 else ""))
def test_known_traps(client, site_db, query):
    for path in SEARCH_PATHS:
        assert_results_page(client.get(path, {"q": query}))
        assert_results_page(client.get(path, {"q": query, "theme": ["polarisatie", query], "page": query}))
    for path in SUGGEST_PATHS:
        assert_suggestions(client.get(path, {"q": query}), query)


@pytest.mark.parametrize(
    "query_string",
    [
        "q",
        "q=&q=&q=",
        "q=%00",
        "q=%22",
        "q=%20",
        "q=%FF%FE",
        "q=wapens&page=-1",
        "q=wapens&page=99999999999999999999999999",
        "q=wapens&page=1e400",
        "q=wapens&page=nan",
        "q=wapens&page=2.5",
        "q=wapens&page=%00",
        "q=wapens&theme=%00&kind=%00&audience=%00&type=%00",
        "q=wapens&" + "&".join(f"theme=t{i}" for i in range(500)),
        "q=wapens&kind=library&kind=library&kind=themes",
        "q=" + "%E2%80%8B" * 300,
        "q=" + "x" * 10000,
    ],
)
def test_odd_query_strings(client, site_db, query_string):
    assert_results_page(client.get(f"/zoeken/?{query_string}"))
    assert client.get(f"/zoeken/suggesties/?{query_string}").status_code == 200


def test_markup_in_the_query_is_escaped_everywhere(client, site_db):
    html = assert_results_page(client.get("/zoeken/", {"q": "wapens <script>alert(1)</script>"}))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert re.search(r"<mark>[Ww]apens?</mark>", html)


def test_stripped_query_that_keeps_no_word_gives_a_message(client, site_db):
    response = client.get("/zoeken/", {"q": '" * ( ) : - ^'})
    assert_results_page(response)
    assert response.context["outcome"].notices


def test_a_filter_that_does_not_exist_is_ignored_as_the_notice_says(client, site_db):
    plain = client.get("/zoeken/", {"q": "wapens"}).context["outcome"]
    odd = client.get("/zoeken/", {"q": "wapens", "theme": "bestaat-niet", "kind": "geen-soort"}).context["outcome"]
    assert plain.total > 0
    assert odd.total == plain.total
    assert [r["page"].pk for r in odd.results] == [r["page"].pk for r in plain.results]
    assert "Een of meer filters bestaan niet (meer) en zijn genegeerd." in odd.notices
