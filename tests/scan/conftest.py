"""Fixtures for the self-scan: a small scan built by the demo builders, two schools, their coordinators."""

import pytest

from demo import builders
from tests.community.factories import MembershipFactory, SchoolFactory, UserFactory

SCAN = {
    "slug": "testscan",
    "scale": 4,
    "title_nl": "Testscan",
    "title_en": "Test scan",
    "intro_nl": "Een korte scan om mee te testen.",
    "intro_en": "A short scan to test with.",
    "dimensions": [
        {
            "key": "bewust",
            "core_dimension": "bewustwording",
            "title_nl": "Bewustwording",
            "title_en": "Awareness",
            "items": [
                {
                    "key": "signalen",
                    "statement_nl": "Wij herkennen signalen van ronselen.",
                    "statement_en": "We recognise signs of recruitment.",
                    "levels_nl": ["Nooit", "Soms", "Vaak", "Altijd"],
                    "levels_en": ["Never", "Sometimes", "Often", "Always"],
                    "links": [{"resource": "training", "below": 3}, {"partner": "wijkagent", "below": 2.5}],
                },
                {
                    "key": "cijfers",
                    "statement_nl": "Wij kennen de cijfers over veiligheid.",
                    "statement_en": "We know the safety figures.",
                    "levels_nl": ["Niet", "Een beetje", "Redelijk", "Goed"],
                    "levels_en": ["No", "A little", "Fairly", "Well"],
                    "legal_duty": True,
                    "legal_note_nl": "Monitoring sociale veiligheid is verplicht.",
                    "legal_note_en": "Monitoring social safety is required.",
                    "links": [{"resource": "training", "below": 3}],
                },
            ],
        },
        {
            "key": "bekwaam",
            "core_dimension": "bekwaamheid",
            "title_nl": "Bekwaamheid",
            "title_en": "Competence",
            "items": [
                {
                    "key": "handelen",
                    "statement_nl": "Wij weten wat we doen bij een signaal.",
                    "statement_en": "We know what to do with a sign.",
                    "levels_nl": ["Nee", "Deels", "Meestal", "Ja"],
                    "levels_en": ["No", "Partly", "Mostly", "Yes"],
                    "allow_unknown": False,
                    "links": [],
                },
            ],
        },
    ],
}


@pytest.fixture
def scan_page(tree, make_resource):
    training = make_resource(slug="training", title="Basistraining", resource_type="training")
    partner = builders.partner_type(slug="wijkagent", name="Wijkagent", when_to_involve="Bij signalen van wapens.")
    index = builders.scan_index(parent=tree["home"])
    return builders.scan_page(
        parent=index, data=SCAN, resources={"training": training}, partners={"wijkagent": partner}
    )


def item_key(key: str) -> str:
    return builders.stable_id(SCAN["slug"], key)


@pytest.fixture
def school(db):
    return SchoolFactory()


@pytest.fixture
def coordinator(school):
    return MembershipFactory(school=school, role="coordinator").user


@pytest.fixture
def member(school):
    return MembershipFactory(school=school, role="member").user


@pytest.fixture
def coach(school):
    return MembershipFactory(school=school, role="coach").user


@pytest.fixture
def other_coordinator(db):
    return MembershipFactory(school=SchoolFactory(), role="coordinator").user


@pytest.fixture
def outsider(db):
    return UserFactory()
