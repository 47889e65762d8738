"""Whole anonymous pages are cached (core/pagecache.py): a second visit is served without rendering, a publish
shows at once, and nothing is ever stored for, or served to, a visitor with a session (a logged-in user),
nor a page with a form that posts.

The test settings use a dummy cache, under which the page cache is off; these tests switch on a real one."""

from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import PageViewRestriction

from core.pagecache import HEADER, page_key, request_is_cacheable
from library.models import ResourcePage
from tests.community.factories import UserFactory


def get(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return response, len(captured.captured_queries)


def test_a_second_anonymous_visit_is_served_from_the_cache(real_cache, client, make_resource):
    make_resource(title="Les over wapens")
    first, first_queries = get(client, "/bibliotheek/")
    second, second_queries = get(client, "/bibliotheek/")
    assert first[HEADER] == "miss" and second[HEADER] == "hit"
    assert second_queries == 1 < first_queries  # only the content generation is read
    assert second.content == first.content and "Les over wapens" in second.content.decode()
    assert second["Content-Type"] == first["Content-Type"]
    assert "Cookie" in second["Vary"]


def test_a_publish_an_unpublish_and_a_restriction_show_at_once(real_cache, client, make_resource):
    make_resource(title="Eerste les")
    assert "Eerste les" in get(client, "/bibliotheek/")[0].content.decode()
    second = make_resource(title="Tweede les")
    response, _ = get(client, "/bibliotheek/")
    assert response[HEADER] == "miss" and "Tweede les" in response.content.decode()
    ResourcePage.objects.get(pk=second.pk).unpublish()
    assert "Tweede les" not in get(client, "/bibliotheek/")[0].content.decode()
    first = ResourcePage.objects.get(title="Eerste les")
    assert get(client, first.url)[0][HEADER] == "miss"
    assert get(client, first.url)[0][HEADER] == "hit"
    PageViewRestriction.objects.create(page=first, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(first.url).status_code == 302  # to the login page, not the cached page


def test_a_logged_in_user_is_never_served_a_cached_page_nor_cached_for(real_cache, client, tree):
    get(client, "/")
    assert get(client, "/")[0][HEADER] == "hit"
    client.force_login(UserFactory(), backend="django.contrib.auth.backends.ModelBackend")
    response, _ = get(client, "/")
    assert HEADER not in response and "Uitloggen" in response.content.decode()
    client.logout()
    client.cookies.clear()
    response, _ = get(client, "/")
    assert response[HEADER] == "hit" and "Uitloggen" not in response.content.decode()


def test_any_other_cookie_bypasses_the_cache(real_cache, client, tree):
    get(client, "/")
    client.cookies["sessionid"] = "whatever"
    assert HEADER not in get(client, "/")[0]
    del client.cookies["sessionid"]
    client.cookies["messages"] = "x"
    assert HEADER not in get(client, "/")[0]


def test_a_page_with_a_posting_form_is_never_stored(real_cache, client, make_resource):
    page = make_resource(title="Met wachtwoord")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="geheim")
    response, _ = get(client, page.url)
    assert "csrfmiddlewaretoken" in response.content.decode() and HEADER not in response
    assert HEADER not in get(client, page.url)[0]


def test_the_language_is_part_of_the_key(real_cache, tree):
    request = RequestFactory().get("/")
    with translation.override("nl"):
        dutch = page_key(request)
    with translation.override("en"):
        english = page_key(request)
    assert dutch != english


def test_each_language_gets_its_own_page(real_cache, client, tree):
    dutch, _ = get(client, "/")
    english, _ = get(client, "/en/")
    assert 'lang="nl"' in dutch.content.decode() and 'lang="en"' in english.content.decode()
    assert 'lang="en"' in get(client, "/en/")[0].content.decode()
    assert 'lang="nl"' in get(client, "/")[0].content.decode()


def test_only_pages_without_query_string_and_the_suggestions_are_cached(real_cache, tree):
    factory = RequestFactory()
    with translation.override("nl"):
        assert request_is_cacheable(factory.get("/bibliotheek/"))
        assert not request_is_cacheable(factory.get("/bibliotheek/?type=lesson"))
        assert not request_is_cacheable(factory.get("/zoeken/?q=wapens"))  # each search is counted
        assert request_is_cacheable(factory.get("/zoeken/suggesties/?q=wap"))
        assert not request_is_cacheable(factory.get("/account/login/"))
        assert not request_is_cacheable(factory.post("/bibliotheek/"))


def test_with_the_dummy_cache_the_page_cache_is_off(client, tree):
    assert HEADER not in get(client, "/")[0]
    assert HEADER not in get(client, "/")[0]
