"""What the library promised: a filter on evidence level (in the listing and the search), and the mark on items
that concern a legal duty, with which duty, on the card and on the detail page."""

import pytest
from django.core.exceptions import ValidationError


@pytest.fixture
def items(make_resource, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):  # the search index updates on commit
        return _items(make_resource)


def _items(make_resource):
    return {
        "meldcode": make_resource(
            title="De meldcode in de praktijk",
            summary="Over de meldcode.",
            evidence="effective",
            obligation="legal_duty",
            legal_basis="Wet verplichte meldcode: de school werkt met de meldcode.",
        ),
        "gesprek": make_resource(
            title="Het gesprek na de les", summary="Over het gesprek.", evidence="promising", obligation="good_practice"
        ),
        "nieuw": make_resource(title="Nieuwe werkvorm", summary="Over een werkvorm.", evidence="unknown"),
    }


def _titles(response):
    return [r.title for r in response.context["page_obj"].object_list]


def test_the_library_filters_and_counts_by_evidence_level(client, items):
    response = client.get("/bibliotheek/")
    facet = next(f for f in response.context["listing"].facets if f.name == "evidence")
    assert facet.label == "Onderbouwing"
    assert {o.value: (o.label, o.count) for o in facet.options} == {
        "effective": ("Bewezen effectief", 1),
        "promising": ("Veelbelovend", 1),
        "unknown": ("Nog niet onderzocht", 1),
    }
    assert _titles(client.get("/bibliotheek/?evidence=effective&evidence=promising&sort=title")) == [
        "De meldcode in de praktijk",
        "Het gesprek na de les",
    ]


def test_an_unknown_evidence_value_is_ignored_with_a_notice(client, items):
    response = client.get("/bibliotheek/?evidence=heel-goed")
    assert len(_titles(response)) == 3
    assert "bestaan niet (meer) en zijn genegeerd" in response.content.decode()


def test_search_filters_by_evidence_level(client, items):
    response = client.get("/zoeken/", {"q": "over", "evidence": "effective"})
    assert [hit["page"].title for hit in response.context["outcome"].results] == ["De meldcode in de praktijk"]
    assert "Wettelijke plicht" in response.content.decode()  # the mark on the search card too
    facet = next(f for f in response.context["outcome"].facets if f.name == "evidence")
    assert {o.value for o in facet.options} == {"effective", "promising", "unknown"}


def test_an_item_on_a_legal_duty_says_so_on_its_card_and_its_page(client, items):
    listing = client.get("/bibliotheek/?sort=title").content.decode()
    card = listing[listing.index("De meldcode in de praktijk") : listing.index("Het gesprek na de les")]
    assert "Wettelijke plicht" in card
    other = listing[listing.index("Het gesprek na de les") :]
    assert "Wettelijke plicht" not in other[: other.index("</article>")]

    page = client.get(items["meldcode"].url).content.decode()
    assert "Wettelijke plicht" in page and "Wet verplichte meldcode: de school werkt met de meldcode." in page
    good = client.get(items["gesprek"].url).content.decode()
    assert "Goede praktijk" in good and 'class="resource-duty"' not in good


def test_a_legal_basis_needs_the_legal_duty_mark(items):
    page = items["gesprek"]
    page.legal_basis = "Een wet"
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "legal_basis" in error.value.message_dict
