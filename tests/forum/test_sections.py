"""What the forum adds to other pages: the home page, a theme page, a library item."""

from __future__ import annotations

import pytest

from forum.models import TrustLevel
from tests.forum import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def author(db):
    return factories.member(trust_level=TrustLevel.MEMBER)


def test_home_page_shows_the_latest_threads(client, tree, author, locales):
    category = factories.category(name="Algemeen", slug="algemeen")
    factories.thread(category=category, author=author, title="Hoe begin je een gesprek over veiligheid?")
    html = client.get(tree["home"].url).content.decode()
    assert "Op het forum" in html and "Hoe begin je een gesprek over veiligheid?" in html


def test_theme_page_shows_threads_on_its_theme(client, themes, author):
    theme = themes["jongeren-en-wapens"]
    category = factories.category(name="Wapens", slug="wapens", theme=theme)
    factories.thread(category=category, author=author, title="Een mes in de tas: wat nu?")
    other = factories.category(name="Welzijn", slug="welzijn", theme=themes["welbevinden"])
    factories.thread(category=other, author=author, title="Stress voor de examens")
    html = client.get(theme.page.url).content.decode()
    assert "Zo pakten andere scholen het aan" in html
    assert "Een mes in de tas: wat nu?" in html and "Stress voor de examens" not in html


def test_library_item_shows_threads_that_link_it(client, make_resource, author, settings):
    from forum import services

    settings.FORUM_RATE_LIMITS = False
    resource = make_resource(title="Lesbrief: praten over wapens")
    category = factories.category(name="Wapens", slug="wapens")
    services.thread_create(
        author=author,
        category=category,
        title="Wie gebruikte deze lesbrief al?",
        body=f"Ik bedoel deze: {resource.get_full_url()}",
    )
    html = client.get(resource.url).content.decode()
    assert "Wie gebruikte deze lesbrief al?" in html


def test_hidden_threads_leave_the_sections(client, tree, author, locales):
    from forum.models import Visibility

    category = factories.category(name="Algemeen", slug="algemeen")
    factories.thread(category=category, author=author, title="Verborgen vraag", state=Visibility.HIDDEN)
    assert "Verborgen vraag" not in client.get(tree["home"].url).content.decode()
