"""Forum threads in the site search (forum.search, decision 0013): one document per visible thread, with its
title, question and visible replies in Dutch word forms, the shared theme facet and its category; hidden,
pending and deleted posts never in it, hidden, deleted and merged threads gone; their own card."""

from unittest import mock

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models.signals import post_delete
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from core.models import Theme
from forum import search as forum_search
from forum import state
from forum.models import Category, Thread, Visibility
from search.models import SearchDocument
from search.registry import search_kind
from tests.forum import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def forum(tree, themes, django_capture_on_commit_callbacks):
    """A category on the weapons theme, a member and a helper that makes a thread and indexes it on commit,
    the way forum.state does after every change the public sees."""
    category = factories.category(name="Jongeren en wapens", slug="wapens", theme=themes["jongeren-en-wapens"])
    author = factories.member()

    def make(*, replies=(), themes_=(), **fields):
        with django_capture_on_commit_callbacks(execute=True):
            thread = factories.thread(category=fields.pop("category", category), author=author, **fields)
            for body in replies:
                factories.reply(thread=thread, author=author, body=body)
            thread.themes.set(themes_)
            state.after_visibility_change(thread)
        return Thread.objects.get(pk=thread.pk)

    make.category = category
    make.author = author
    return make


def changed(thread, django_capture_on_commit_callbacks, **fields):
    """Change a thread's fields and tell the search, as forum.moderation does (on commit)."""
    with django_capture_on_commit_callbacks(execute=True):
        Thread.objects.filter(pk=thread.pk).update(**fields)
        state.after_visibility_change(Thread.objects.get(pk=thread.pk))


def found(client, query, path="/zoeken/", **params):
    response = client.get(path, {"q": query, **params})
    assert response.status_code == 200
    return [r["object"].title for r in response.context["outcome"].results]


def test_a_visible_thread_is_found_by_its_title_and_by_a_word_form_in_a_reply(client, forum):
    forum(title="Leerling met een mes in de klas", body="Wat doen jullie dan?", replies=["Bij ons ging het zo."])
    forum(title="Brandalarm", body="Hoe oefenen jullie?", replies=["Wij vonden twee messen in een kluisje."])
    # A title match first; "messen" (a plural, in a reply) and "mes" share their Dutch word forms.
    assert found(client, "mes") == ["Leerling met een mes in de klas", "Brandalarm"]
    assert sorted(found(client, "messen")) == ["Brandalarm", "Leerling met een mes in de klas"]
    assert found(client, "kluisje") == ["Brandalarm"]
    assert found(client, "oefenen") == ["Brandalarm"]  # the question
    outcome = client.get("/zoeken/", {"q": "kluisje"}).context["outcome"]
    assert outcome.results[0]["kind"].key == "forum"
    kind = next(f for f in outcome.facets if f.name == "kind")
    assert [(o.value, o.count) for o in kind.options] == [("forum", 1)]


def test_a_hidden_or_pending_post_is_never_in_the_text(client, forum, django_capture_on_commit_callbacks):
    thread = forum(title="Ouders boos", body="Na de les.")
    with django_capture_on_commit_callbacks(execute=True):
        pending = factories.reply(thread=thread, author=forum.author, body="Een wachtwoordje", state=Visibility.PENDING)
        factories.reply(thread=thread, author=forum.author, body="Een geheimpje", state=Visibility.HIDDEN)
        factories.reply(thread=thread, author=forum.author, body="Een wisser", state=Visibility.DELETED)
        state.after_visibility_change(thread)
    assert found(client, "ouders") == ["Ouders boos"]
    for word in ("wachtwoordje", "geheimpje", "wisser"):
        assert found(client, word) == []
    stems = SearchDocument.objects.get(object_id=thread.pk, page=None).stems.split()
    assert not {"wachtwoordj", "wachtwoordje", "geheimpj", "geheimpje", "wisser"} & set(stems)
    # Approved by a moderator: now it counts.
    with django_capture_on_commit_callbacks(execute=True):
        type(pending).objects.filter(pk=pending.pk).update(state=Visibility.VISIBLE)
        state.after_visibility_change(thread)
    assert found(client, "wachtwoordje") == ["Ouders boos"]


def test_a_hidden_question_is_neither_found_nor_shown(client, forum, django_capture_on_commit_callbacks):
    thread = forum(title="Een vraag", body="Persoonlijke zaken", replies=["Een antwoord over roosters."])
    with django_capture_on_commit_callbacks(execute=True):
        thread.posts.filter(number=1).update(state=Visibility.HIDDEN)
        state.after_visibility_change(thread)
    assert found(client, "persoonlijke") == []
    html = client.get("/zoeken/", {"q": "roosters"}).content.decode()
    assert "Een vraag" in html and "Persoonlijke" not in html


@pytest.mark.parametrize(
    "fields",
    [{"state": Visibility.HIDDEN}, {"state": Visibility.DELETED}, {"state": Visibility.PENDING}, "merged"],
    ids=["hidden", "deleted", "pending", "merged"],
)
def test_a_thread_that_is_no_longer_visible_disappears(client, forum, django_capture_on_commit_callbacks, fields):
    thread = forum(title="Spijbelen op vrijdag", body="Elke week.")
    other = forum(title="Verzuim", body="Een andere draad.")
    assert found(client, "spijbelen") == ["Spijbelen op vrijdag"]
    if fields == "merged":
        fields = {"merged_into": other}
    changed(thread, django_capture_on_commit_callbacks, **fields)
    assert found(client, "spijbelen") == []
    assert client.get("/zoeken/suggesties/", {"q": "spijbe"}).json()["suggestions"] == []
    assert not SearchDocument.objects.filter(object_id=thread.pk, page=None).exists()
    # Restored: back again.
    changed(thread, django_capture_on_commit_callbacks, state=Visibility.VISIBLE, merged_into=None)
    assert found(client, "spijbelen") == ["Spijbelen op vrijdag"]


def test_a_thread_removed_from_the_database_loses_its_document(client, forum, django_capture_on_commit_callbacks):
    thread = forum(title="Spijbelen op vrijdag", body="Elke week.")
    post_delete.connect(forum_search.thread_deleted, sender=Thread, dispatch_uid="test-thread-deleted")
    try:
        with django_capture_on_commit_callbacks(execute=True):
            Thread.objects.get(pk=thread.pk).delete()
    finally:
        post_delete.disconnect(sender=Thread, dispatch_uid="test-thread-deleted")
    assert found(client, "spijbelen") == []
    assert not SearchDocument.objects.filter(object_id=thread.pk, page=None).exists()


def test_a_stale_document_is_never_shown(client, forum):
    """Even before its document goes (an update that failed), a hidden thread is not shown: hits are fetched
    through the kind's queryset of visible threads."""
    thread = forum(title="Spijbelen op vrijdag", body="Elke week.")
    Thread.objects.filter(pk=thread.pk).update(state=Visibility.HIDDEN)  # no search update
    assert found(client, "spijbelen") == []
    assert client.get("/zoeken/suggesties/", {"q": "spijbe"}).json()["suggestions"] == []


def test_the_theme_filter_narrows_library_items_and_threads_alike(
    client, forum, themes, make_resource, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        make_resource(title="Een mes op zak", summary="Over wapens.", themes=[themes["jongeren-en-wapens"]])
        make_resource(title="Wapens en welzijn", summary="Over wapens.", themes=[themes["welbevinden"]])
    forum(title="Wapens in de wijk", body="Wat nu?", themes_=[themes["jongeren-en-wapens"]])
    forum(title="Wapens en stress", body="Wat nu?", themes_=[themes["welbevinden"]])
    forum(title="Wapens zonder thema", body="Wat nu?")
    outcome = client.get("/zoeken/", {"q": "wapens"}).context["outcome"]
    theme = {o.value: o.count for o in next(f for f in outcome.facets if f.name == "theme").options}
    assert theme == {"jongeren-en-wapens": 2, "welbevinden": 2}
    narrowed = found(client, "wapens", theme="jongeren-en-wapens")
    assert sorted(narrowed) == ["Een mes op zak", "Wapens in de wijk"]
    assert found(client, "wapens", theme="welbevinden", kind="forum") == ["Wapens en stress"]


def test_the_category_filter(client, forum, themes):
    expert = factories.category(name="Vraag het de expert", slug="vraag-het-de-expert")
    forum(title="Wapens in de wijk", body="Wat nu?")
    forum(title="Wapens bij de ingang", body="Wat nu?", category=expert)
    outcome = client.get("/zoeken/", {"q": "wapens"}).context["outcome"]
    category = next(f for f in outcome.facets if f.name == "category")
    assert [(o.value, o.label, o.count) for o in category.options] == [
        ("wapens", "Jongeren en wapens", 1),
        ("vraag-het-de-expert", "Vraag het de expert", 1),
    ]
    assert found(client, "wapens", category="vraag-het-de-expert") == ["Wapens bij de ingang"]


def test_threads_are_found_in_their_own_language_only(client, forum, locales, themes):
    nl, en = locales
    dutch = forum(title="Een mes in de tas", body="Wat doen jullie?")
    english = forum(
        title="A knife in the bag", body="What do you do?", language="en", themes_=[themes["jongeren-en-wapens"]]
    )
    assert found(client, "mes") == ["Een mes in de tas"]
    assert found(client, "knife") == []
    assert found(client, "bags", path="/en/zoeken/") == ["A knife in the bag"]  # English word forms
    assert found(client, "mes", path="/en/zoeken/") == []
    assert SearchDocument.objects.get(object_id=dutch.pk, page=None).locale == nl
    assert SearchDocument.objects.get(object_id=english.pk, page=None).locale == en


def test_the_english_card_names_the_category_in_english(client, forum, locales):
    _nl, en = locales
    Category.objects.create(
        translation_key=forum.category.translation_key,
        locale=en,
        name="Youth and weapons",
        slug=forum.category.slug,
        description="What this is about.",
    )
    forum(title="A knife in the bag", body="What now?", language="en")
    html = client.get("/en/zoeken/", {"q": "knife"}).content.decode()
    assert "Youth and weapons" in html and "Jongeren en wapens" not in html


def test_an_english_thread_on_a_dutch_theme_row_filters_under_the_english_theme(
    client, forum, locales, themes, django_capture_on_commit_callbacks
):
    """Threads point at the default language's themes; the document carries the theme of the thread's language,
    found by translation key, which is what the English theme filter offers."""
    _nl, en = locales
    dutch_theme = themes["jongeren-en-wapens"]
    Theme.objects.create(
        translation_key=dutch_theme.translation_key, locale=en, slug="youth-and-weapons", name="Youth and weapons"
    )
    forum(title="A knife in the bag", body="What now?", language="en", themes_=[dutch_theme])
    outcome = client.get("/en/zoeken/", {"q": "knife"}).context["outcome"]
    theme = next(f for f in outcome.facets if f.name == "theme")
    assert [(o.value, o.label, o.count) for o in theme.options] == [("youth-and-weapons", "Youth and weapons", 1)]
    assert found(client, "knife", path="/en/zoeken/", theme="youth-and-weapons") == ["A knife in the bag"]


def test_the_card_shows_category_solved_and_replies_and_escapes_everything(
    client, forum, django_capture_on_commit_callbacks
):
    thread = forum(
        title="<script>alert(1)</script> wapens",
        replies=["Eén", "Twee"],
        category=factories.category(name="<b>Cat</b>", slug="cat"),
    )
    with django_capture_on_commit_callbacks(execute=True):
        # The question as forum.markdown stores it (raw HTML off: the markup typed is text).
        thread.posts.filter(number=1).update(html="<p>&lt;img src=x onerror=alert(2)&gt; wapens</p>")
        Thread.objects.filter(pk=thread.pk).update(solution=thread.posts.get(number=2))
        state.after_visibility_change(thread)
    html = client.get("/zoeken/", {"q": "wapens"}).content.decode()
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "onerror=alert(2)>" not in html and "&lt;img src=x onerror=alert(2)&gt;" in html
    assert "<b>Cat</b>" not in html and "&lt;b&gt;Cat&lt;/b&gt;" in html
    assert f'href="{thread.get_absolute_url()}"' in html
    assert "Opgelost" in html
    assert "2 reacties" in html
    assert "<mark>wapens</mark>" in html


def test_query_count_does_not_grow_with_the_number_of_forum_hits(client, forum, make_resource):
    make_resource(title="Pesten op school", summary="Over pesten.")
    forum(title="Pesten 0", body="Over pesten.")
    client.get("/zoeken/", {"q": "pesten"})
    with CaptureQueriesContext(connection) as small:
        client.get("/zoeken/", {"q": "pesten"})
    for i in range(1, 16):
        forum(title=f"Pesten {i}", body="Over pesten.", category=factories.category(), replies=["Ja, pesten."])
    with CaptureQueriesContext(connection) as large:
        response = client.get("/zoeken/", {"q": "pesten"})
    assert len(response.context["outcome"].results) == 10
    assert len(large.captured_queries) == len(small.captured_queries)


def test_suggestions_include_thread_titles(client, forum):
    thread = forum(title="Spijbelen op vrijdag", body="Elke week.")
    suggestions = client.get("/zoeken/suggesties/", {"q": "spijb"}).json()["suggestions"]
    assert suggestions == [{"title": "Spijbelen op vrijdag", "url": thread.get_absolute_url()}]


def test_update_index_rebuilds_the_forum_documents(client, forum):
    visible = forum(title="Spijbelen op vrijdag", body="Elke week.")
    hidden = forum(title="Spijbelen op maandag", body="Elke week.")
    Thread.objects.filter(pk=hidden.pk).update(state=Visibility.HIDDEN)  # no search update: a stale document
    SearchDocument.objects.filter(object_id=visible.pk, page=None).delete()
    call_command("update_index", verbosity=0)
    assert found(client, "spijbelen") == ["Spijbelen op vrijdag"]
    assert set(SearchDocument.objects.filter(page=None).values_list("object_id", flat=True)) == {visible.pk}
    assert forum_search.reindex_all() == 1


def test_the_kind_is_registered():
    kind = search_kind("forum")
    assert kind is not None and not kind.of_pages
    assert str(kind.label) == "Forum"
    assert kind.template == "forum/search_card.html"
    assert kind.models == ("forum.Thread",)


def test_a_thread_in_a_language_without_a_locale_gets_no_document(forum):
    Locale.objects.filter(language_code="en").delete()
    thread = forum(title="A knife", body="What?", language="en")
    assert not SearchDocument.objects.filter(object_id=thread.pk, page=None).exists()


# --- With Elasticsearch as the default backend (tested offline, as tests/search/test_elasticsearch.py) ------


ES_DOWN = {
    "default": {"BACKEND": "modelsearch.backends.elasticsearch9", "URLS": ["http://127.0.0.1:9"], "TIMEOUT": 1},
    "database": {"BACKEND": "search.backends", "SEARCH_CONFIG": "dutch"},
}


def test_with_elasticsearch_the_pages_come_from_it_and_the_threads_from_the_documents(
    client, forum, make_resource, django_capture_on_commit_callbacks
):
    """Elasticsearch does not index threads: it ranks the pages, the documents rank the threads, and the two
    lists are interleaved rank by rank. (The cluster is a mock here: what a real one ranks is not tested.)"""
    with django_capture_on_commit_callbacks(execute=True):
        first = make_resource(title="Wapens 1", summary="Over wapens.")
        second = make_resource(title="Wapens 2", summary="Over wapens.")
    forum(title="Wapens in de wijk", body="Wat nu?")
    forum(title="Wapens en de rest", body="Over wapens, wapens en wapens.")
    elasticsearch = mock.Mock()
    elasticsearch.search.return_value = [second.page_ptr, first.page_ptr]
    with (
        override_settings(WAGTAILSEARCH_BACKENDS=ES_DOWN),
        mock.patch("search.selectors.get_search_backend", return_value=elasticsearch),
    ):
        outcome = client.get("/zoeken/", {"q": "wapens"}).context["outcome"]
    assert not outcome.backend_fallback
    titles = [r["object"].title for r in outcome.results]
    assert titles[0] == "Wapens 2" and titles[2] == "Wapens 1"
    assert {titles[1], titles[3]} == {"Wapens in de wijk", "Wapens en de rest"}
    # Elasticsearch was asked for pages only.
    queryset = elasticsearch.search.call_args.args[1]
    assert queryset.model.__name__ == "Page"


def test_with_elasticsearch_down_the_documents_answer_for_threads_too(client, forum):
    forum(title="Wapens in de wijk", body="Wat nu?")
    with override_settings(WAGTAILSEARCH_BACKENDS=ES_DOWN):
        outcome = client.get("/zoeken/", {"q": "wapens"}).context["outcome"]
        suggestions = client.get("/zoeken/suggesties/", {"q": "wapens in"}).json()["suggestions"]
    assert outcome.backend_fallback
    assert [r["object"].title for r in outcome.results] == ["Wapens in de wijk"]
    assert [s["title"] for s in suggestions] == ["Wapens in de wijk"]


def test_with_elasticsearch_suggestions_add_thread_titles_to_its_pages(
    client, forum, make_resource, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        page = make_resource(title="Wapens op school", summary="Over wapens.")
    forum(title="Wapens in de wijk", body="Wat nu?")
    with (
        override_settings(WAGTAILSEARCH_BACKENDS=ES_DOWN),
        mock.patch(
            "wagtail.search.queryset.SearchableQuerySetMixin.autocomplete", return_value=[page.page_ptr]
        ) as autocomplete,
    ):
        suggestions = client.get("/zoeken/suggesties/", {"q": "wapens"}).json()["suggestions"]
    assert autocomplete.called
    assert [s["title"] for s in suggestions] == ["Wapens op school", "Wapens in de wijk"]
