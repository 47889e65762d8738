"""Cached facet counts and sections are never served after the content changed (core.caching).

The test settings use a dummy cache; these tests switch on a real one, so what is cached is really reused."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from library.models import ResourcePage


@pytest.fixture(autouse=True)
def _real_cache(real_cache):
    """Every test here runs with a real cache (tests/conftest.py)."""
    yield


def total(response):
    return response.context["page_obj"].paginator.count


def type_counts(response):
    facet = next(f for f in response.context["listing"].facets if f.name == "type")
    return {o.value: o.count for o in facet.options}


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries), response


def test_after_the_first_visit_any_filters_are_counted_without_counting_queries(client, make_resource, themes):
    for i in range(3):
        make_resource(title=f"Les {i}", themes=[themes["polarisatie"]])
    make_resource(title="Kennis", resource_type="knowledge")
    cold, _response = queries(client, "/bibliotheek/")  # builds the facet index
    warm, response = queries(client, "/bibliotheek/?type=lesson&theme=polarisatie&dimension=bewustwording")
    assert warm < cold
    assert total(response) == 3
    assert type_counts(response) == {"lesson": 3}


def test_publishing_and_unpublishing_change_the_counts_at_once(client, make_resource):
    make_resource(title="Les een")
    assert total(client.get("/bibliotheek/")) == 1
    second = make_resource(title="Kennis twee", resource_type="knowledge")
    response = client.get("/bibliotheek/")
    assert total(response) == 2
    assert type_counts(response) == {"lesson": 1, "knowledge": 1}
    ResourcePage.objects.get(pk=second.pk).unpublish()
    response = client.get("/bibliotheek/")
    assert total(response) == 1
    assert type_counts(response) == {"lesson": 1}


def test_deleting_a_page_changes_the_home_and_theme_sections(client, make_resource, themes):
    kept = make_resource(title="Blijft staan")
    gone = make_resource(title="Verdwijnt")
    home = client.get("/").content.decode()
    theme = client.get("/themas/jongeren-en-wapens/").content.decode()
    assert "Verdwijnt" in home and "Verdwijnt" in theme
    ResourcePage.objects.get(pk=gone.pk).delete()
    assert "Verdwijnt" not in client.get("/").content.decode()
    assert "Verdwijnt" not in client.get("/themas/jongeren-en-wapens/").content.decode()
    assert kept.title in client.get("/themas/jongeren-en-wapens/").content.decode()


def test_a_view_restriction_takes_an_item_out_of_the_counts(client, make_resource):
    make_resource(title="Open")
    private = make_resource(title="Alleen voor het team")
    assert total(client.get("/bibliotheek/")) == 2
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    response = client.get("/bibliotheek/")
    assert total(response) == 1
    assert "Alleen voor het team" not in response.content.decode()


def test_related_items_follow_a_publish(client, make_resource, themes):
    shown = make_resource(title="Hoofdbron")
    client.get(shown.url)
    other = make_resource(title="Nieuwe verwante les")
    assert "Nieuwe verwante les" in client.get(shown.url).content.decode()
    ResourcePage.objects.get(pk=other.pk).unpublish()
    assert "Nieuwe verwante les" not in client.get(shown.url).content.decode()


def test_the_site_of_a_host_is_looked_up_once_and_again_after_a_site_changes(client, make_resource):
    from wagtail.models import Site

    make_resource(title="Les een")
    client.get("/bibliotheek/")

    def site_queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/bibliotheek/").status_code == 200
        return [q["sql"] for q in captured.captured_queries if '"wagtailcore_site"' in q["sql"]]

    assert site_queries() == []  # the menu knows its site without reading the sites table
    site = Site.objects.get(is_default_site=True)
    site.site_name = "WIJschool"
    site.save()  # a site changed: which host belongs to which site is read afresh
    assert site_queries() != []


def test_a_host_django_refuses_gets_its_calm_400_page_and_no_cache_entry(client, db, settings):
    from django.core.cache import cache

    settings.ALLOWED_HOSTS = ["localhost", "testserver"]
    response = client.get("/bibliotheek/", HTTP_HOST="niet-van-ons.example")
    assert response.status_code == 400
    assert not [key for key in cache._cache if "niet-van-ons" in key]  # noqa: SLF001 - the memory cache's keys
