"""Elasticsearch 9, tested offline.

No Elasticsearch (or OpenSearch) server can be installed on these machines: there is no Debian package and no
Docker engine. So these tests check what we send and how we behave without one: the backend built from
``core.search_config.elasticsearch_backend``, its index settings (the Dutch analyzer), the mapping and the
documents for a resource (with a mocked client), the compiled query for our Dutch word forms, and the fallback
to the database backend when the cluster cannot be reached (``http://127.0.0.1:9``: nothing listens there, so
connections are refused at once). Not tested here: that a real cluster accepts these settings and mapping,
and how it ranks. See docs/decisions/0005-elasticsearch-and-fallback.md.
"""

import json
import logging
from unittest import mock

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.test import override_settings
from modelsearch.backends.elasticsearch9 import Elasticsearch9SearchBackend
from modelsearch.index import get_indexed_models
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from common.stemming import forms
from core.search_config import elasticsearch_backend
from library.models import ResourcePage
from search.models import Synonym
from search.selectors import build_query

UNREACHABLE = "http://127.0.0.1:9"
DATABASE = {"BACKEND": "search.backends", "SEARCH_CONFIG": "dutch"}

# modelsearch names each field in the mapping after the class that defines it ("library_resourcepage__summary")
# and reads that class's ``_meta``. ``search_stems`` is defined on ``common.indexing.SearchStemsMixin``, which is not
# a model, so building the mapping or a document for any page type raises AttributeError: with a real cluster,
# no page would be indexed (the error is logged and swallowed) and every search would find nothing, without
# an error that would trigger the database fallback. Fixed in common.indexing (SearchStemsMixin.__init_subclass__);
# the tests below guard against a relapse.


def es_config(url=UNREACHABLE):
    """The project's settings for Elasticsearch, with a short timeout so a test never waits long."""
    config = elasticsearch_backend(url)
    config["TIMEOUT"] = 1
    return config


@pytest.fixture
def backend():
    with override_settings(WAGTAILSEARCH_BACKENDS={"default": es_config()}):
        return get_search_backend()


# --- Settings and analyzer ---------------------------------------------------------------------------------


def test_the_project_settings_build_an_elasticsearch9_backend(backend):
    assert isinstance(backend, Elasticsearch9SearchBackend)
    assert backend.hosts == [{"host": "127.0.0.1", "port": 9, "path_prefix": "", "scheme": "http"}]
    assert backend.timeout == 1


def test_the_index_settings_carry_the_dutch_analyzer(backend):
    analysis = backend.settings["settings"]["analysis"]
    for name in ("default", "default_search"):
        analyzer = analysis["analyzer"][name]
        assert analyzer["tokenizer"] == "standard"
        # Lower case and accents folded ("financiële" → "financiele") before stop words and the stemmer.
        assert analyzer["filter"] == ["lowercase", "asciifolding", "dutch_stop", "dutch_stemmer"]
    assert analysis["filter"]["dutch_stemmer"] == {"type": "stemmer", "language": "dutch"}
    assert analysis["filter"]["dutch_stop"] == {"type": "stop", "stopwords": "_dutch_"}
    # Merged into Wagtail's own analysis, not replacing it: autocomplete still has its edge n-grams.
    assert "edgengram_analyzer" in analysis["analyzer"]
    assert backend.settings["settings"]["index"] == {"max_ngram_diff": 12, "number_of_shards": 1}


def test_creating_the_index_sends_the_dutch_analyzer(backend):
    backend.es = mock.Mock()
    backend.get_index_for_model(ResourcePage).put()
    kwargs = backend.es.indices.create.call_args.kwargs
    assert kwargs["index"] == backend.get_index_for_model(ResourcePage).name
    assert kwargs["settings"]["analysis"]["analyzer"]["default"]["filter"][-1] == "dutch_stemmer"


def test_the_index_names_carry_the_project_name(backend):
    """Several sites (or test runs) sharing a cluster must not write into each other's "wagtailcore_page"."""
    assert backend.get_index_for_model(ResourcePage).name.startswith("wijschool")


# --- Mapping and documents ---------------------------------------------------------------------------------


def test_the_resource_mapping_has_word_forms_summary_title_and_theme_slug(backend):
    properties = backend.mapping_class(ResourcePage).get_mapping()["properties"]
    # Text fields have no analyzer of their own: the index's "default" analyzer (Dutch) applies.
    assert properties["title"]["type"] == "text"
    assert "analyzer" not in properties["title"]
    assert properties["library_resourcepage__search_stems"] == {"type": "text", "copy_to": "_all_text"}
    assert properties["library_resourcepage__summary"] == {"type": "text", "copy_to": "_all_text"}
    theme = properties["library_resourcepage__theme_links"]["properties"]["theme"]
    assert theme["type"] == "nested"
    assert theme["properties"]["slug_filter"] == {"type": "keyword"}
    assert properties["library_resourcepage__tags"]["properties"]["name"]["type"] == "text"


def test_every_indexed_model_has_a_mapping(backend):
    for model in get_indexed_models():
        assert backend.mapping_class(model).get_mapping()["properties"], model


def test_a_resource_document_carries_its_word_forms_and_theme(backend, make_resource, themes):
    page = make_resource(title="Een mes op zak", summary="Over wapens.", tags=["drill"])
    document = backend.mapping_class(ResourcePage).get_document(ResourcePage.objects.get(pk=page.pk))
    stems = document["library_resourcepage__search_stems"].split()
    assert {"wapen", "drill", "mes"} <= set(stems)
    assert document["library_resourcepage__theme_links"] == [
        {"theme": {"name": "Jongeren en wapens", "slug_filter": "jongeren-en-wapens"}}
    ]


# --- The compiled query ------------------------------------------------------------------------------------


def _compiled(backend, query, language="nl"):
    locale = Locale.objects.get(language_code=language)
    queryset = Page.objects.live().public().filter(locale=locale)
    return backend.query_compiler_class(queryset, build_query(query, language)).get_query()


def _matched_words(compiled):
    """The words the query asks Elasticsearch for, over all fields."""
    found = set()

    def walk(node):
        if isinstance(node, dict):
            if "match" in node:
                for spec in node["match"].values():
                    if isinstance(spec, dict) and "query" in spec:
                        found.add(spec["query"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(compiled)
    return found


def test_the_compiled_query_asks_for_every_word_form(backend, tree):
    compiled = _compiled(backend, "wapens")
    assert forms("wapens") <= _matched_words(compiled)  # wapens, wapen, wap, ...
    text = json.dumps(compiled)
    assert '"_all_text"' in text  # every search field is copied there
    assert '"locale_id_filter"' in text  # the active language, filtered in Elasticsearch
    assert '"live_filter": true' in text


def test_the_compiled_query_includes_synonyms(backend, tree):
    Synonym.objects.create(terms="wapens, messen")
    words = _matched_words(_compiled(backend, "wapens"))
    assert forms("messen") & words
    assert forms("wapens") <= words


# --- Elasticsearch unreachable: the database answers -------------------------------------------------------


@pytest.fixture
def es_down():
    with override_settings(WAGTAILSEARCH_BACKENDS={"default": es_config(), "database": DATABASE}):
        yield


@pytest.fixture
def logged(caplog):
    """Errors from indexing and from the search fallback (the test settings silence logging otherwise)."""
    caplog.set_level(logging.ERROR, logger="modelsearch.index")
    caplog.set_level(logging.ERROR, logger="search.selectors")
    return caplog


@pytest.fixture
def resource(make_resource, themes, django_capture_on_commit_callbacks, es_down):
    """Saved while Elasticsearch is down: only the database backend gets it."""
    with django_capture_on_commit_callbacks(execute=True):
        page = make_resource(title="Een mes op zak", summary="Over wapens.", tags=["oudwoord"])
    return ResourcePage.objects.get(pk=page.pk)


def test_search_answers_from_the_database_with_a_calm_notice(client, resource, logged):
    response = client.get("/zoeken/", {"q": "wapens"})
    assert response.status_code == 200
    assert response.context["outcome"].backend_fallback
    assert [r["page"].title for r in response.context["outcome"].results] == ["Een mes op zak"]
    assert "even niet bereikbaar" in response.content.decode()
    assert any("answering from the database backend" in r.getMessage() for r in logged.records)


def test_with_both_backends_up_no_notice_is_shown(client, make_resource, django_capture_on_commit_callbacks):
    """The notice only appears on a fallback (here the database backend is the default, as in tests)."""
    with django_capture_on_commit_callbacks(execute=True):
        make_resource(title="Een mes op zak", summary="Over wapens.")
    response = client.get("/zoeken/", {"q": "wapens"})
    assert not response.context["outcome"].backend_fallback
    assert "even niet bereikbaar" not in response.content.decode()


def test_suggestions_answer_while_elasticsearch_is_down(client, resource):
    response = client.get("/zoeken/suggesties/", {"q": "Een me"})
    assert response.status_code == 200
    assert [s["title"] for s in response.json()["suggestions"]] == ["Een mes op zak"]


def test_publishing_through_the_admin_still_works_and_errors_are_logged(
    client, resource, themes, logged, django_capture_on_commit_callbacks
):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user(email="moderator@example.org", password="x" * 12, is_staff=True)
    user.groups.add(Group.objects.get(name="Moderators"))
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    data = nested_form_data(
        {
            "title": resource.title,
            "slug": resource.slug,
            "resource_type": resource.resource_type,
            "summary": resource.summary,
            "body": streamfield([]),
            "dimension": resource.dimension,
            "evidence": resource.evidence,
            "tags": "nieuwwoord",
            "theme_links": inline_formset(
                [{"id": link.pk, "theme": link.theme_id} for link in resource.theme_links.all()],
                initial=resource.theme_links.count(),
            ),
            "audience_links": inline_formset([]),
            "attachments": inline_formset([]),
        }
    )
    logged.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/pages/{resource.pk}/edit/", {**data, "action-publish": "Publish"})
    assert response.status_code == 302, response.content[:2000]
    assert list(ResourcePage.objects.get(pk=resource.pk).tags.names()) == ["nieuwwoord"]
    assert any("'default' search backend" in r.getMessage() for r in logged.records)
    # The database backend was updated all the same, so the fallback finds the new keyword.
    titles = [r["page"].title for r in client.get("/zoeken/", {"q": "nieuwwoord"}).context["outcome"].results]
    assert titles == ["Een mes op zak"]


def test_the_settings_fall_back_to_the_database_backend():
    """base.py keeps a "database" backend next to Elasticsearch; the search falls back to that name."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "ELASTICSEARCH_URL": "http://search:9200", "DJANGO_SETTINGS_MODULE": "config.settings.test"}
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(sorted(settings.WAGTAILSEARCH_BACKENDS), settings.WAGTAILSEARCH_BACKENDS['database']['BACKEND'])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=settings.BASE_DIR, env=env, capture_output=True, text=True, timeout=60
    )
    assert out.stdout.strip() == "['database', 'default'] search.backends", out.stderr
