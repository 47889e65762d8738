"""Shared fixtures: the site tree, themes and library items, built by the same builders as the demo content."""

import pytest
from django.utils import translation

from demo import builders

_DATABASE_FIXTURES = {"db", "transactional_db", "django_db_setup", "live_server"}


@pytest.fixture(scope="session", autouse=True)
def _leave_the_migrated_data(request):
    """Transactional tests (real commits: two processes, gunicorn's access log, concurrent respondents) flush the
    database after themselves. Put back what the migrations made (root page, locales, groups) after the last
    test, so that the next ``--reuse-db`` run (``make test``) starts from it. A run without database tests
    (``pytest tests/test_architecture.py``) sets up no database."""
    if not any(
        _DATABASE_FIXTURES & set(getattr(item, "fixturenames", ())) or item.get_closest_marker("django_db")
        for item in request.session.items
    ):
        yield
        return
    request.getfixturevalue("django_db_setup")
    django_db_blocker = request.getfixturevalue("django_db_blocker")
    from django.db import connection
    from wagtail.models import Page

    from tests import dbstate

    with django_db_blocker.unblock():
        state = dbstate.serialize(connection) if Page.objects.filter(depth=1).exists() else None
    yield
    with django_db_blocker.unblock():
        if state is not None and not Page.objects.filter(depth=1).exists():
            dbstate.load(state)


@pytest.fixture
def real_cache(settings):
    """A real (memory) cache instead of the test settings' dummy one, empty at the start and the end."""
    import uuid

    from django.core.cache import cache

    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": str(uuid.uuid4())}
    }
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _dutch_by_default():
    translation.activate("nl")
    yield
    translation.activate("nl")


@pytest.fixture
def locales(db):
    return builders.locales()


@pytest.fixture
def tree(db, locales):
    """Home (nl) with the library and theme index below it."""
    return builders.site_tree()


@pytest.fixture
def themes(tree):
    """Three Dutch themes, each with its theme page."""
    made = {
        "jongeren-en-wapens": builders.theme(slug="jongeren-en-wapens", name="Jongeren en wapens", sort_order=1),
        "polarisatie": builders.theme(slug="polarisatie", name="Polarisatie", sort_order=2),
        "welbevinden": builders.theme(slug="welbevinden", name="Welbevinden", sort_order=3),
    }
    for t in made.values():
        builders.theme_page(theme=t, parent=tree["themes"])
    return made


@pytest.fixture
def audiences(db, locales):
    return {
        "vo": builders.audience(slug="vo", name="Voortgezet onderwijs (vo)"),
        "po": builders.audience(slug="po", name="Primair onderwijs (po)"),
        "mentor": builders.audience(slug="mentor", name="Mentor", kind="role"),
    }


@pytest.fixture
def make_resource(tree, themes):
    counter = {"n": 0}

    def make(**overrides):
        counter["n"] += 1
        fields = {
            "parent": tree["library"],
            "slug": f"bron-{counter['n']}",
            "title": f"Bron {counter['n']}",
            "resource_type": "lesson",
            "summary": "Een les over het onderwerp.",
            "themes": [themes["jongeren-en-wapens"]],
            "dimension": "bewustwording",
        }
        fields.update(overrides)
        return builders.resource(**fields)

    return make
