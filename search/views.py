"""The site search page and the suggestions endpoint."""

import logging
from urllib.parse import urlencode

from django.contrib.contenttypes.models import ContentType
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET
from wagtail.models import Locale, Page

from common.pagination import page_links
from common.stemming import MAX_QUERY_WORDS, words
from search import documents
from search.models import SearchQueryLog
from search.registry import search_kinds
from search.selectors import clean_query, interleave, promoted_pages, search_site, site_documents_answer

logger = logging.getLogger(__name__)

MAX_SUGGESTIONS = 8


def _query_items(query, selected, **overrides):
    items = [("q", query)] if query else []
    for name in selected:
        for value in overrides.get(name, selected.get(name, [])):
            items.append((name, value))
    return items


@require_GET
def search(request):
    """Searches every registered kind of page in the active language. Odd input gives a normal page."""
    locale = Locale.get_active()
    outcome = search_site(params=request.GET, locale=locale, request=request)
    selected = {f.name: [o.value for o in f.options if o.selected] for f in outcome.facets}
    for facet in outcome.facets:
        for option in facet.options:
            values = list(selected.get(facet.name, []))
            if option.value in values:
                values.remove(option.value)
            else:
                values.append(option.value)
            option.url = "?" + urlencode(_query_items(outcome.query, selected, **{facet.name: values}))
    page_obj = outcome.page_obj
    base_items = _query_items(outcome.query, selected)

    def page_url(number):
        return "?" + urlencode(base_items + ([("page", str(number))] if number > 1 else []))

    pages = page_links(page_obj, page_url)
    promoted = promoted_pages(query=outcome.query, locale=locale) if outcome.query and page_obj.number == 1 else []
    if outcome.query and page_obj.number == 1 and not any(selected.values()):
        SearchQueryLog.record(
            query=outcome.query, language=locale.language_code, result_count=outcome.total, request=request
        )
    active = [o for f in outcome.facets for o in f.options if o.selected]
    return render(
        request,
        "search/search.html",
        {
            "search_query": outcome.query,
            "outcome": outcome,
            "page_obj": page_obj,
            "pages": pages,
            "promoted": promoted,
            "active_filters": active,
            "clear_url": "?" + urlencode([("q", outcome.query)]) if outcome.query else "?",
        },
    )


@require_GET
def suggest(request):
    """Titles with a word starting with each word typed, in the active language, as JSON: from the site
    documents' prefix index (or Elasticsearch's autocomplete for the pages when it is the default and answers,
    with the documents' for the other kinds)."""
    query = clean_query(request.GET.get("q", ""))
    typed = words(query)
    if not typed or len(typed[-1]) < 2:
        return JsonResponse({"query": query, "suggestions": []})
    locale = Locale.get_active()
    kinds = search_kinds()
    kind_of_ct = {}
    for kind in kinds:
        for model, content_type in ContentType.objects.get_for_models(*kind.model_classes()).items():
            kind_of_ct.setdefault(content_type.pk, (kind, model))
    page_models = [model for kind, model in kind_of_ct.values() if kind.of_pages]
    other_types = [ct for ct, (kind, _model) in kind_of_ct.items() if not kind.of_pages]

    def from_documents(content_type_ids):
        if not content_type_ids:
            return []
        return documents.suggest(
            typed=typed[:MAX_QUERY_WORDS], locale_id=locale.pk, content_type_ids=content_type_ids, limit=MAX_SUGGESTIONS
        )

    keys = None
    pages_by_key = {}
    if not site_documents_answer():
        qs = Page.objects.live().public().filter(locale=locale).type(*page_models)
        try:
            pages = list(qs.autocomplete(query)[:MAX_SUGGESTIONS])
        except Exception:  # noqa: BLE001 - a backend failure must not break typing
            logger.exception("Search backend failed; suggestions from the database")
        else:
            pages_by_key = {(p.content_type_id, p.pk): p for p in pages}
            keys = [row[:2] for row in interleave(list(pages_by_key), from_documents(other_types), MAX_SUGGESTIONS)]
    if keys is None:
        keys = from_documents(list(kind_of_ct))
        page_ids = [pk for ct, pk in keys if ct not in other_types]
        if page_ids:
            pages_by_key = {(p.content_type_id, p.pk): p for p in Page.objects.live().public().filter(pk__in=page_ids)}
    found = dict(pages_by_key)
    others: dict[int, list[int]] = {}
    for ct, pk in keys:
        if ct in other_types:
            others.setdefault(ct, []).append(pk)
    for ct, ids in others.items():  # only what may be found now (the kind's queryset), one query per kind
        found.update({(ct, obj.pk): obj for obj in kind_of_ct[ct][0].queryset().filter(pk__in=ids)})
    suggestions = []
    for key in keys:
        obj = found.get(key)
        if obj is not None:
            url = obj.get_url(request=request) if isinstance(obj, Page) else obj.get_absolute_url()
            suggestions.append({"title": obj.title, "url": url})
    return JsonResponse({"query": query, "suggestions": suggestions})
