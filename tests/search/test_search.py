"""The site search through the real database backend (SQLite locally, PostgreSQL in CI)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from demo import builders
from search.models import SearchQueryLog, Synonym


@pytest.fixture
def indexed(django_capture_on_commit_callbacks, make_resource, themes, audiences, tree):
    """A few resources, indexed (index updates run on commit, so run those callbacks)."""
    with django_capture_on_commit_callbacks(execute=True):
        items = {
            "wapen": make_resource(
                title="Een mes op zak",
                summary="Wat doe je als een leerling een wapen bij zich heeft?",
                themes=[themes["jongeren-en-wapens"]],
                audiences=[audiences["vo"]],
                resource_type="lesson",
            ),
            "school": make_resource(
                title="Veiligheid in de klas",
                summary="Afspraken die de hele school maakt.",
                themes=[themes["polarisatie"]],
                resource_type="knowledge",
            ),
            "radicaal": make_resource(
                title="Signalen herkennen",
                summary="Over radicalisering bij jongeren.",
                themes=[themes["polarisatie"]],
                resource_type="training",
            ),
            "geld": make_resource(
                title="Snel geld",
                summary="Financiële uitbuiting van jongeren herkennen.",
                themes=[themes["welbevinden"]],
                resource_type="film",
                transcript="Tekst",
                embed_url="https://video.example/1",
            ),
            "tag": make_resource(
                title="Muziek in de klas",
                summary="Een les over muziek.",
                tags=["drill"],
                themes=[themes["polarisatie"]],
            ),
        }
        # The theme pages were made before this block; index them too.
        from core.models import ThemePage

        for theme_page in ThemePage.objects.all():
            theme_page.save_revision().publish()
    return items


def titles(response):
    return [r["page"].title for r in response.context["outcome"].results]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("wapens", "Een mes op zak"),
        ("scholen", "Veiligheid in de klas"),
        ("radicaliseren", "Signalen herkennen"),
        ("financiele", "Snel geld"),
        ("drill", "Muziek in de klas"),
    ],
)
def test_dutch_word_forms_on_the_database_backend(client, indexed, query, expected):
    response = client.get("/zoeken/", {"q": query})
    assert response.status_code == 200
    assert expected in titles(response)


def test_every_word_must_match(client, indexed):
    # "school" alone matches "Veiligheid in de klas"; with "wapens" it must not (FTS5 operator precedence trap).
    assert "Veiligheid in de klas" in titles(client.get("/zoeken/", {"q": "school"}))
    assert "Veiligheid in de klas" not in titles(client.get("/zoeken/", {"q": "wapens op school"}))
    assert titles(client.get("/zoeken/", {"q": "mes wapen"})) == ["Een mes op zak"]


def test_subclass_fields_and_theme_pages_are_searched(client, indexed):
    # "radicalisering" is only in the ResourcePage.summary, a subclass field.
    assert "Signalen herkennen" in titles(client.get("/zoeken/", {"q": "radicalisering"}))
    # Theme pages come up too, as their own kind.
    response = client.get("/zoeken/", {"q": "polarisatie"})
    kinds = {r["kind"].key for r in response.context["outcome"].results}
    assert {"themes", "library"} <= kinds


def test_results_are_limited_to_the_active_language(client, indexed, locales, django_capture_on_commit_callbacks):
    nl, en = locales
    with django_capture_on_commit_callbacks(execute=True):
        home = builders.translate_page(builders.site_tree()["home"], locale=en, strings={})
        library_en = builders.translate_page(
            builders.site_tree()["library"], locale=en, strings={"Bibliotheek": "Library"}, slug="library"
        )
        builders.translate_page(
            indexed["wapen"],
            locale=en,
            strings={
                "Een mes op zak": "A knife in the bag",
                "Wat doe je als een leerling een wapen bij zich heeft?": "What do you do when a pupil carries a weapon?",
            },
        )
    assert home and library_en
    dutch = titles(client.get("/zoeken/", {"q": "mes"}))
    assert dutch == ["Een mes op zak"]
    english = titles(client.get("/en/zoeken/", {"q": "weapons"}))
    assert english == ["A knife in the bag"]


def test_facets_filter_and_count(client, indexed):
    response = client.get("/zoeken/", {"q": "jongeren"})
    outcome = response.context["outcome"]
    theme = next(f for f in outcome.facets if f.name == "theme")
    # The resource and the theme page "Jongeren en wapens" both count for that theme.
    assert {o.value: o.count for o in theme.options} == {"jongeren-en-wapens": 2, "polarisatie": 1, "welbevinden": 1}
    filtered = client.get("/zoeken/", {"q": "jongeren", "theme": "welbevinden"})
    assert titles(filtered) == ["Snel geld"]
    html = filtered.content.decode()
    assert 'name="theme" value="welbevinden" checked' in html


def test_matched_words_are_marked_and_escaped(client, indexed, make_resource, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        make_resource(title="<script>alert(1)</script> wapen", summary="Over wapens.")
    html = client.get("/zoeken/", {"q": "wapens"}).content.decode()
    assert "<mark>wapen</mark>" in html
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;" in html


def test_pagination_keeps_the_query_and_filters(client, make_resource, themes, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        for i in range(13):
            make_resource(title=f"Verzuim {i}", summary="Over verzuim.", themes=[themes["welbevinden"]])
    response = client.get("/zoeken/", {"q": "verzuim", "theme": "welbevinden", "page": "2"})
    assert len(titles(response)) == 3
    assert 'href="?q=verzuim&amp;theme=welbevinden"' in response.content.decode()


def test_query_count_does_not_grow_with_the_number_of_results(
    client, make_resource, themes, django_capture_on_commit_callbacks
):
    def add(n, start):
        with django_capture_on_commit_callbacks(execute=True):
            for i in range(n):
                make_resource(
                    title=f"Pesten {start + i}",
                    slug=f"pesten-{start + i}",
                    summary="Over pesten.",
                    themes=[themes["welbevinden"]],
                    tags=["pesten"],
                )

    add(2, 0)
    client.get("/zoeken/", {"q": "pesten"})
    with CaptureQueriesContext(connection) as small:
        client.get("/zoeken/", {"q": "pesten"})
    add(15, 100)
    with CaptureQueriesContext(connection) as large:
        client.get("/zoeken/", {"q": "pesten"})
    assert len(large.captured_queries) == len(small.captured_queries)


def test_promotions_come_first_in_the_active_language(client, indexed):
    query = Query.get("veiligheid")
    SearchPromotion.objects.create(query=query, page=indexed["geld"], sort_order=0, description="Lees dit eerst.")
    response = client.get("/zoeken/", {"q": "Veiligheid"})
    assert [p.page.title for p in response.context["promoted"]] == ["Snel geld"]
    assert "Lees dit eerst." in response.content.decode()


def test_synonyms_widen_the_search(client, indexed):
    assert titles(client.get("/zoeken/", {"q": "gevaarlijke voorwerpen"})) == []
    Synonym.objects.create(terms="wapens, gevaarlijke voorwerpen")
    assert "Een mes op zak" in titles(client.get("/zoeken/", {"q": "gevaarlijke voorwerpen"}))


def test_searches_are_logged_anonymously_with_those_that_found_nothing(client, indexed):
    client.get("/zoeken/", {"q": "Wapens"})
    client.get("/zoeken/", {"q": "wapens "})
    client.get("/zoeken/", {"q": "tiktokchallenge"})
    log = {row.query: row for row in SearchQueryLog.objects.all()}
    assert log["wapens"].searches == 2 and log["wapens"].zero_results == 0
    assert log["tiktokchallenge"].zero_results == 1
    assert not {f.name for f in SearchQueryLog._meta.get_fields()} & {"user", "ip", "session"}


def test_suggestions(client, indexed):
    data = client.get("/zoeken/suggesties/", {"q": "Signa"}).json()
    assert [s["title"] for s in data["suggestions"]] == ["Signalen herkennen"]
    assert client.get("/zoeken/suggesties/", {"q": "x"}).json()["suggestions"] == []


def test_a_new_kind_plugs_in_with_its_own_facet_without_search_changing(
    client, indexed, tree, django_capture_on_commit_callbacks
):
    """The forum and partner pages will register like this: the search app is not edited, and the new kind,
    its facet and its label on the result card appear (search.registry)."""
    from wagtail import hooks

    from search.registry import KindFacet, SearchFacet, SearchKind

    colour = SearchFacet("colour", "Colour", lambda locale, request=None: [("blauw", "Blauw"), ("rood", "Rood")])

    def kinds():
        return [
            SearchKind(
                "policy",
                "Schoolbeleid",
                ("core.StandardPage",),
                order=5,
                facets=(KindFacet(colour, lambda ids: [(pk, "blauw") for pk in ids]),),
            )
        ]

    without = client.get("/zoeken/", {"q": "wapens"})
    assert "colour" not in {f.name for f in without.context["outcome"].facets}
    with hooks.register_temporarily("register_search_kinds", kinds):
        # A kind's facet values are stored when its pages are indexed (after registering one: update_index).
        with django_capture_on_commit_callbacks(execute=True):
            builders.standard_page(
                parent=tree["home"],
                slug="wapenbeleid",
                title="Beleid over wapens op school",
                intro="",
                body=["Afspraken."],
            )
        response = client.get("/zoeken/", {"q": "wapens"})
        facets = {f.name: f for f in response.context["outcome"].facets}
        assert [(o.value, o.count) for o in facets["colour"].options] == [("blauw", 1)]
        assert ("policy", 1) in [(o.value, o.count) for o in facets["kind"].options]
        narrowed = client.get("/zoeken/", {"q": "wapens", "colour": "blauw"})
        assert titles(narrowed) == ["Beleid over wapens op school"]
        assert "Schoolbeleid" in narrowed.content.decode()


def test_a_title_match_comes_before_a_summary_match_before_a_match_in_the_text(
    client, make_resource, django_capture_on_commit_callbacks
):
    """On every database (bm25 on SQLite; on PostgreSQL the title's and summary's forms rank: decision 0009)."""
    with django_capture_on_commit_callbacks(execute=True):
        make_resource(title="Een gesprek met ouders", summary="Hoe begin je.", body=["Over de klas en de drill."])
        make_resource(title="Muziek op school", summary="Over drill en andere muziek.", body=["Luisteren."])
        make_resource(title="Drill in de wijk", summary="Wat jongeren horen.", body=["Geen tekst."])
    assert titles(client.get("/zoeken/", {"q": "drill"})) == [
        "Drill in de wijk",
        "Muziek op school",
        "Een gesprek met ouders",
    ]
