"""The site search's own documents (search.documents) follow every way a page changes: publish, unpublish,
delete, a view restriction, and a full ``update_index``; their facet values are those of the kind."""

import pytest
from django.core.management import call_command
from wagtail.models import PageViewRestriction

from library.models import ResourcePage
from search.models import SearchDocument


@pytest.fixture
def resource(make_resource, themes, audiences, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        page = make_resource(
            title="Een mes op zak",
            summary="Over wapens op school.",
            themes=[themes["jongeren-en-wapens"]],
            audiences=[audiences["vo"]],
            resource_type="lesson",
        )
    return ResourcePage.objects.get(pk=page.pk)


def found(client, query="wapens"):
    return [r["page"].title for r in client.get("/zoeken/", {"q": query}).context["outcome"].results]


def test_a_published_page_has_a_document_with_its_word_forms_and_facet_values(resource):
    document = SearchDocument.objects.get(page=resource)
    assert "wapen" in document.stems.split()
    assert document.title_words == "een mes op zak"
    # One "facet=value" line per value, sorted.
    assert document.facets.split("\n") == ["audience=vo", "evidence=unknown", "theme=jongeren-en-wapens", "type=lesson"]


def test_unpublishing_removes_the_page_from_search(client, resource, django_capture_on_commit_callbacks):
    assert found(client) == ["Een mes op zak"]
    with django_capture_on_commit_callbacks(execute=True):
        resource.unpublish()
    assert found(client) == []
    assert not SearchDocument.objects.filter(page_id=resource.pk).exists()


def test_deleting_removes_the_document(client, resource, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        resource.delete()
    assert found(client) == []
    assert not SearchDocument.objects.filter(page_id=resource.pk).exists()


def test_a_view_restricted_page_is_not_shown(client, resource):
    PageViewRestriction.objects.create(page=resource, restriction_type=PageViewRestriction.LOGIN)
    assert found(client) == []
    assert client.get("/zoeken/suggesties/", {"q": "mes o"}).json()["suggestions"] == []
    assert not SearchDocument.objects.filter(page_id=resource.pk).exists()


def test_a_restriction_on_a_parent_hides_the_pages_below_and_lifting_it_shows_them_again(client, resource):
    parent = resource.get_parent()
    restriction = PageViewRestriction.objects.create(page=parent, restriction_type=PageViewRestriction.LOGIN)
    assert found(client) == []
    restriction.delete()
    assert found(client) == ["Een mes op zak"]
    assert "type=lesson" in SearchDocument.objects.get(page_id=resource.pk).facets.split("\n")


def test_a_page_published_below_a_restriction_gets_no_document(
    client, resource, make_resource, django_capture_on_commit_callbacks
):
    PageViewRestriction.objects.create(page=resource.get_parent(), restriction_type=PageViewRestriction.LOGIN)
    with django_capture_on_commit_callbacks(execute=True):
        later = make_resource(title="Nog een mes", summary="Over wapens.")
    assert not SearchDocument.objects.filter(page_id=later.pk).exists()
    assert found(client) == []


def test_a_page_moved_under_a_restriction_leaves_search_and_moved_back_returns(client, resource, tree):
    from wagtail.models import Page

    private = tree["home"].add_child(instance=Page(title="Alleen voor teams", slug="alleen-voor-teams"))
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    library = resource.get_parent()
    resource.move(private, pos="last-child")
    assert found(client) == []
    ResourcePage.objects.get(pk=resource.pk).move(Page.objects.get(pk=library.pk), pos="last-child")
    assert found(client) == ["Een mes op zak"]


def test_update_index_rebuilds_the_documents(client, resource):
    SearchDocument.objects.all().delete()
    assert found(client) == []
    call_command("update_index", verbosity=0)
    assert "Een mes op zak" in found(client)
    assert "theme=jongeren-en-wapens" in SearchDocument.objects.get(page_id=resource.pk).facets.split("\n")


def test_a_draft_change_keeps_the_live_text_searchable(client, resource, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        resource.title = "Een nieuwe titel over messen"
        resource.save_revision()  # a draft: the live page keeps its title
    assert found(client) == ["Een mes op zak"]


@pytest.mark.parametrize(
    "typed, expected",
    [("mes", ["Een mes op zak"]), ("een mes op", ["Een mes op zak"]), ("zak", ["Een mes op zak"]), ("mesx", [])],
)
def test_suggestions_match_the_start_of_title_words(client, resource, typed, expected):
    suggestions = client.get("/zoeken/suggesties/", {"q": typed}).json()["suggestions"]
    assert [s["title"] for s in suggestions] == expected
