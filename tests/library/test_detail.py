"""Resource detail pages: what a teacher sees, films offline, related items, query count."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def test_detail_shows_facts_and_related(client, make_resource, themes, audiences):
    make_resource(title="Verwant item", themes=[themes["jongeren-en-wapens"]])
    make_resource(title="Ander thema", themes=[themes["welbevinden"]])
    page = make_resource(
        title="Messen en veiligheid",
        summary="Wat doe je als je een mes ziet?",
        duration_minutes=90,
        provider="Alliantie WIJschool",
        audiences=[audiences["vo"]],
        tags=["mes"],
    )
    response = client.get(page.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Wat doe je als je een mes ziet?" in html
    assert "1 u 30 min" in html
    assert "Voortgezet onderwijs (vo)" in html
    assert [r.title for r in response.context["related"]] == ["Verwant item"]
    assert 'href="/themas/jongeren-en-wapens/"' in html


def test_film_without_network_falls_back_to_a_link_and_shows_the_transcript(client, make_resource):
    film = make_resource(
        title="Film over drill",
        resource_type="film",
        embed_url="https://www.youtube.com/watch?v=abc",
        transcript="Verteller: dit is de tekst.",
    )
    response = client.get(film.url)
    html = response.content.decode()
    assert 'href="https://www.youtube.com/watch?v=abc"' in html
    assert "Verteller: dit is de tekst." in html
    assert "<iframe" not in html


def test_film_needs_a_transcript_and_a_source(make_resource):
    import pytest
    from django.core.exceptions import ValidationError

    film = make_resource(title="Film", resource_type="film", embed_url="https://video.example/x", transcript="t")
    film.transcript = ""
    film.embed_url = ""
    with pytest.raises(ValidationError) as excinfo:
        film.full_clean()
    assert {"embed_url", "transcript"} <= set(excinfo.value.message_dict)


def test_detail_query_count_is_fixed(client, make_resource, themes):
    page = make_resource(title="Hoofditem", themes=[themes["polarisatie"]])
    make_resource(title="Eerste buur", themes=[themes["polarisatie"]])
    client.get(page.url)
    with CaptureQueriesContext(connection) as small:
        client.get(page.url)
    for i in range(10):
        make_resource(title=f"Buur {i}", themes=[themes["polarisatie"]])
    with CaptureQueriesContext(connection) as large:
        client.get(page.url)
    assert len(large.captured_queries) == len(small.captured_queries)
