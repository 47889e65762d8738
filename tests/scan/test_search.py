"""Scans are found by the site search, by their knelpunten in Dutch word forms, under their own kind."""

import pytest

from demo import builders
from tests.scan.conftest import SCAN


@pytest.fixture
def indexed_scan(django_capture_on_commit_callbacks, tree, make_resource):
    with django_capture_on_commit_callbacks(execute=True):
        training = make_resource(slug="training", title="Basistraining", resource_type="training")
        partner = builders.partner_type(slug="wijkagent", name="Wijkagent")
        index = builders.scan_index(parent=tree["home"])
        return builders.scan_page(
            parent=index, data=SCAN, resources={"training": training}, partners={"wijkagent": partner}
        )


def test_a_knelpunt_finds_its_scan(client, indexed_scan):
    # "ronselen" stands only in an item's statement; "signaal" is a word form of its "signalen"
    response = client.get("/zoeken/", {"q": "signaal ronselen"})
    outcome = response.context["outcome"]
    assert [r["page"].title for r in outcome.results] == ["Testscan"]
    assert outcome.results[0]["kind"].key == "scan"
    facet = next(f for f in outcome.facets if any(o.value == "scan" for o in f.options))
    assert next(o for o in facet.options if o.value == "scan").count == 1
