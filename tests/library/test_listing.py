"""The library listing: combined filters, facet counts from the data, sorting, paging, odd input, query counts."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext


@pytest.fixture
def library(make_resource, themes, audiences):
    make_resource(
        title="Mes in de tas",
        resource_type="film",
        themes=[themes["jongeren-en-wapens"]],
        audiences=[audiences["vo"]],
        dimension="bewustwording",
        tags=["mes"],
        duration_minutes=12,
        transcript="Tekst",
        embed_url="https://video.example/1",
    )
    make_resource(
        title="Wapens en drill",
        resource_type="lesson",
        themes=[themes["jongeren-en-wapens"], themes["polarisatie"]],
        audiences=[audiences["vo"], audiences["mentor"]],
        dimension="bereidheid",
        tags=["drill", "mes"],
        duration_minutes=50,
    )
    make_resource(
        title="Wij-zij in de klas",
        resource_type="lesson",
        themes=[themes["polarisatie"]],
        audiences=[audiences["po"]],
        dimension="bekwaamheid",
        duration_minutes=30,
    )
    make_resource(
        title="Welzijn meten",
        resource_type="knowledge",
        themes=[themes["welbevinden"]],
        audiences=[audiences["po"]],
        dimension="bewustwording",
    )
    make_resource(title="Concept", resource_type="lesson", live=False)


def titles(response):
    return [r.title for r in response.context["page_obj"].object_list]


def options(response, facet):
    facet = next(f for f in response.context["listing"].facets if f.name == facet)
    return {o.value: o.count for o in facet.options}


def test_lists_only_live_items(client, library):
    response = client.get("/bibliotheek/")
    assert response.status_code == 200
    assert "Concept" not in titles(response)
    assert len(titles(response)) == 4


def test_theme_and_type_filter_together(client, library):
    response = client.get("/bibliotheek/?theme=jongeren-en-wapens&type=lesson")
    assert titles(response) == ["Wapens en drill"]


def test_values_within_a_facet_are_alternatives(client, library):
    response = client.get("/bibliotheek/?theme=welbevinden&theme=jongeren-en-wapens&sort=title")
    assert titles(response) == ["Mes in de tas", "Wapens en drill", "Welzijn meten"]


def test_facet_counts_come_from_the_data_and_ignore_their_own_facet(client, library):
    response = client.get("/bibliotheek/?type=lesson")
    # Theme counts are among lessons only.
    assert options(response, "theme") == {"jongeren-en-wapens": 1, "polarisatie": 2}
    # Type counts ignore the type filter, so you see what ticking another type would add.
    assert options(response, "type") == {"film": 1, "lesson": 2, "knowledge": 1}
    assert options(response, "audience") == {"vo": 1, "mentor": 1, "po": 1}
    assert options(response, "keyword") == {"drill": 1, "mes": 1}


def test_audience_dimension_and_keyword_filters(client, library):
    assert titles(client.get("/bibliotheek/?audience=po&dimension=bekwaamheid")) == ["Wij-zij in de klas"]
    assert sorted(titles(client.get("/bibliotheek/?keyword=mes"))) == ["Mes in de tas", "Wapens en drill"]


def test_sorting(client, library):
    assert titles(client.get("/bibliotheek/?sort=title")) == [
        "Mes in de tas",
        "Wapens en drill",
        "Welzijn meten",
        "Wij-zij in de klas",
    ]
    shortest = titles(client.get("/bibliotheek/?sort=short"))
    assert shortest[:3] == ["Mes in de tas", "Wij-zij in de klas", "Wapens en drill"]


def test_state_is_kept_in_the_url(client, library):
    response = client.get("/bibliotheek/?theme=polarisatie&sort=title")
    html = response.content.decode()
    # The checkbox stays ticked and the removal link keeps the sort.
    assert 'name="theme" value="polarisatie" checked' in html
    assert "?sort=title" in html


@pytest.mark.parametrize(
    "query",
    [
        "?theme=bestaat-niet",
        "?type=film&type=%00",
        "?page=abc",
        "?page=-1",
        "?page=99999999999999999999",
        "?sort=DROP%20TABLE",
        "?keyword=" + "x" * 500,
        "?theme=" + "&theme=".join(["a"] * 100),
        "?audience=%3Cscript%3Ealert(1)%3C/script%3E",
        "?dimension=",
    ],
)
def test_odd_input_gives_a_normal_page(client, library, query):
    response = client.get("/bibliotheek/" + query)
    assert response.status_code == 200
    assert b"<script>alert(1)" not in response.content


def test_unknown_filter_says_so(client, library):
    response = client.get("/bibliotheek/?theme=bestaat-niet")
    assert "genegeerd" in response.content.decode()
    assert len(titles(response)) == 4


def test_pagination_keeps_filters(client, make_resource, themes):
    for i in range(15):
        make_resource(title=f"Les {i:02d}", themes=[themes["polarisatie"]])
    response = client.get("/bibliotheek/?theme=polarisatie&sort=title&page=2")
    assert titles(response) == ["Les 12", "Les 13", "Les 14"]
    html = response.content.decode()
    assert 'href="?theme=polarisatie&amp;sort=title"' in html  # page 1 link keeps the state
    assert response.context["page_obj"].number == 2


def _count_queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


def test_query_count_does_not_grow_with_the_content(client, make_resource, themes, audiences):
    def add(n, offset):
        for i in range(n):
            make_resource(
                title=f"Item {offset + i}",
                slug=f"item-{offset + i}",
                themes=[themes["polarisatie"], themes["welbevinden"]],
                audiences=[audiences["vo"]],
                tags=[f"tag{i % 3}"],
            )

    add(3, 0)
    urls = ["/bibliotheek/", "/bibliotheek/?theme=polarisatie&type=lesson", "/themas/polarisatie/"]
    client.get(urls[0])  # warm caches (site root paths, content types)
    small = [_count_queries(client, u) for u in urls]
    add(20, 100)
    large = [_count_queries(client, u) for u in urls]
    assert large == small
