"""The site search's own index: one ``SearchDocument`` per findable object of a registered kind (a live, public
page; a visible forum thread), and the full-text index over it (SQLite FTS5 ranked with ``bm25()``, PostgreSQL
``tsvector`` ranked with ``ts_rank``).

Why not Wagtail's database backend: on SQLite it ranks with a correlated subquery that reruns the full-text
match for every candidate, so a common word at 20,000 pages took seconds (decision 0009). Here the database
ranks inside its index and stops at ``limit``. Pages' documents are written by ``search.backends`` whenever
Wagtail indexes a page, so every path that keeps Wagtail's index fresh keeps this one fresh too; other objects'
documents when their app calls ``search.registry.update_documents``, and by ``update_index`` (decision 0013).
A hit is known by its content type and object id.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from wagtail.models import Locale, PageViewRestriction

from common.stemming import index_text, words
from search.models import SearchDocument
from search.registry import Document, SearchKind, search_kinds

logger = logging.getLogger(__name__)

Groups = Sequence[frozenset[str]]  # a match needs one form of every group


# --- writing ---------------------------------------------------------------------------------------------


def _kind_for_model(model):
    """The kind of pages that covers this page model (kinds of other objects are written by their apps)."""
    label = model._meta.label
    for kind in search_kinds():
        if kind.of_pages and label in kind.models:
            return kind
    return None


def facets_text(values: Iterable[tuple[str, str]]) -> str:
    """Facet values as a document stores them: one ``facet=value`` per line, sorted, each once."""
    return "\n".join(sorted({f"{facet}={' '.join(str(value).split())[:150]}" for facet, value in values}))


def restricted_paths() -> list[str]:
    """The tree paths of the pages with a view restriction: their pages and everything below get no document."""
    return list(PageViewRestriction.objects.values_list("page__path", flat=True))


def _is_public(page, restricted: Sequence[str]) -> bool:
    return not any(page.path.startswith(path) for path in restricted)


def _document(page, content_type_id: int, facets: str) -> SearchDocument:
    language = page.locale.language_code if page.locale_id else "nl"
    if hasattr(page, "search_stems"):
        stems = page.search_stems()
    else:
        stems = index_text(page.title, page.search_description or "", language=language)
    lead = getattr(page, "summary", "") or getattr(page, "intro", "") or page.search_description or ""
    return SearchDocument(
        object_id=page.pk,
        page_id=page.pk,
        locale_id=page.locale_id,
        content_type_id=content_type_id,
        title_words=" ".join(words(page.title)),
        title_stems=index_text(page.title, language=language),
        stems=stems,
        lead_stems=index_text(str(lead), language=language),
        facets=facets,
    )


def index_pages(model, pages: Iterable) -> None:
    """(Re)write the documents of ``pages`` (all of ``model``): live, public ones are written with their facet
    values, the others removed. Pages of a model no kind covers (such as Wagtail's base ``Page``) are left alone."""
    kind = _kind_for_model(model)
    if kind is None:
        return
    pages = [p for p in pages if getattr(p, "pk", None)]
    if not pages:
        return
    content_type_id = ContentType.objects.get_for_model(model).pk
    restricted = restricted_paths()
    shown = [p for p in pages if p.live and _is_public(p, restricted)]
    ids = [p.pk for p in shown]
    values: dict[int, list[tuple[str, str]]] = {}
    if ids:
        for kind_facet in kind.facets:
            for pk, value in kind_facet.values(ids):
                values.setdefault(pk, []).append((kind_facet.facet.name, value))
    documents = [_document(p, content_type_id, facets_text(values.get(p.pk, ()))) for p in shown]
    with transaction.atomic():
        SearchDocument.objects.filter(page_id__in=[p.pk for p in pages]).delete()
        SearchDocument.objects.bulk_create(documents)


def remove_pages(page_ids: Iterable[int]) -> None:
    SearchDocument.objects.filter(page_id__in=list(page_ids)).delete()


def _object_document(document: Document, content_type_id: int, locale_id: int, facets: str) -> SearchDocument:
    language = document.language
    return SearchDocument(
        object_id=document.pk,
        content_type_id=content_type_id,
        locale_id=locale_id,
        title_words=" ".join(words(document.title)),
        title_stems=index_text(document.title, language=language),
        stems=index_text(document.title, document.lead, document.text, language=language),
        lead_stems=index_text(document.lead, language=language),
        facets=facets,
    )


def _content_type_id(kind: SearchKind) -> int:
    """A kind of objects covers one model (``models[0]``): its documents carry that model's content type."""
    return ContentType.objects.get_for_model(kind.model_classes()[0]).pk


def index_objects(kind: SearchKind, ids: Iterable[int]) -> int:
    """(Re)write the documents of these objects of a kind that is not pages: the documents its ``documents``
    gives are written, with their facet values, in their language; every other id loses its document. How many
    were written. (An object in a language the site has no locale for gets none.)"""
    ids = list(dict.fromkeys(int(pk) for pk in ids))
    if not ids:
        return 0
    content_type_id = _content_type_id(kind)
    given = list(kind.documents(ids))
    locales = dict(
        Locale.objects.filter(language_code__in={d.language for d in given}).values_list("language_code", "pk")
    )
    given = [d for d in given if d.language in locales]
    values: dict[int, list[tuple[str, str]]] = {}
    if given:
        shown_ids = [d.pk for d in given]
        for kind_facet in kind.facets:
            for pk, value in kind_facet.values(shown_ids):
                values.setdefault(pk, []).append((kind_facet.facet.name, value))
    documents = [
        _object_document(d, content_type_id, locales[d.language], facets_text(values.get(d.pk, ()))) for d in given
    ]
    with transaction.atomic():
        SearchDocument.objects.filter(content_type_id=content_type_id, object_id__in=ids).delete()
        SearchDocument.objects.bulk_create(documents)
    return len(documents)


def rebuild_objects(kind: SearchKind, chunk: int = 500) -> int:
    """Every findable object of the kind gets its document written again (in chunks), and the documents of
    objects no longer findable (deleted, hidden while the updates were off) go. How many were written."""
    content_type_id = _content_type_id(kind)
    findable = kind.queryset().order_by("pk").values_list("pk", flat=True)
    written, last = 0, None
    while True:
        batch = findable if last is None else findable.filter(pk__gt=last)
        ids = list(batch[:chunk])
        if not ids:
            break
        written += index_objects(kind, ids)
        last = ids[-1]
    SearchDocument.objects.filter(content_type_id=content_type_id).exclude(
        object_id__in=kind.queryset().values("pk")
    ).delete()
    return written


def reindex_subtree(page) -> None:
    """Rewrite the documents of ``page`` and every page below it (after a view restriction changed or a move):
    each page's document follows whether it is live and public now."""
    by_model: dict[type, list[int]] = {}
    for pk, content_type_id in page.get_descendants(inclusive=True).values_list("pk", "content_type_id"):
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is not None and _kind_for_model(model) is not None:
            by_model.setdefault(model, []).append(pk)
    for model, ids in by_model.items():
        for start in range(0, len(ids), 500):
            index_pages(model, model.objects.filter(pk__in=ids[start : start + 500]))


# --- reading ---------------------------------------------------------------------------------------------


def _quoted(form: str) -> str:
    return '"' + form.replace('"', "") + '"'


def _sqlite_match(alternatives: Sequence[Groups]) -> str:
    parts = []
    for groups in alternatives:
        terms = [
            "(" + " OR ".join(_quoted(f) for f in sorted(group)) + ")" if len(group) > 1 else _quoted(next(iter(group)))
            for group in groups
        ]
        parts.append("{title_stems stems} : (" + " AND ".join(terms) + ")")
    return " OR ".join(parts)


def _tsquery(alternatives: Sequence[Groups]) -> str:
    def lexeme(form: str) -> str:
        return "'" + form.replace("'", "").replace("\\", "") + "'"

    parts = []
    for groups in alternatives:
        terms = ["(" + " | ".join(lexeme(f) for f in sorted(group)) + ")" for group in groups]
        parts.append("(" + " & ".join(terms) + ")")
    return " | ".join(parts)


Key = tuple[int, int]  # what a hit is: content type id, object id
Row = tuple[int, int, str]  # content type id, object id, facets (as ``facets_text`` writes them)


def match_rows(
    *, alternatives: Sequence[Groups], locale_id: int, content_type_ids: Sequence[int], limit: int
) -> list[Row]:
    """The matching documents, best first, at most ``limit``: (content type id, object id, facets). One SQL
    statement; the database ranks inside its full-text index.

    SQLite: ``bm25()`` over all matches (title forms weigh 10), cut at ``limit`` inside FTS5. PostgreSQL
    (``search_document_matches``, migration 0004): the forms of the title, then of the summary, rank every match
    from a small vector kept in the row, so the cost stays flat however common the word is (decision 0009).
    """
    alternatives = [groups for groups in alternatives if groups]
    if not alternatives or not content_type_ids:
        return []
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            placeholders = ", ".join(["%s"] * len(content_type_ids))
            cursor.execute(
                "SELECT d.content_type_id, d.object_id, d.facets FROM search_document_fts f"
                " JOIN search_searchdocument d ON d.id = f.rowid"
                f" WHERE search_document_fts MATCH %s AND d.locale_id = %s AND d.content_type_id IN ({placeholders})"
                " ORDER BY bm25(search_document_fts, 0.0, 10.0, 1.0), d.object_id, d.content_type_id LIMIT %s",
                [_sqlite_match(alternatives), locale_id, *content_type_ids, limit],
            )
        elif connection.vendor == "postgresql":
            cursor.execute(
                "SELECT content_type_id, object_id, facets"
                " FROM search_document_matches(to_tsquery('simple', %s), %s, %s::integer[], %s)",
                [_tsquery(alternatives), locale_id, list(content_type_ids), limit],
            )
        else:  # pragma: no cover - the project runs on SQLite and PostgreSQL only
            raise NotImplementedError(connection.vendor)
        return [(row[0], row[1], row[2]) for row in cursor.fetchall()]


def rows_for(page_ids: Sequence[int]) -> dict[int, Row]:
    """The documents of the given pages (for hits another backend found), by page id."""
    if not page_ids:
        return {}
    rows = SearchDocument.objects.filter(page_id__in=list(page_ids)).values_list(
        "page_id", "content_type_id", "object_id", "facets"
    )
    return {row[0]: row[1:] for row in rows}


def suggest(*, typed: Sequence[str], locale_id: int, content_type_ids: Sequence[int], limit: int) -> list[Key]:
    """The objects whose title has a word starting with each typed word, best first, as (content type id, object
    id): a prefix index, one statement."""
    typed = [w for w in typed if w]
    if not typed or not content_type_ids:
        return []
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            placeholders = ", ".join(["%s"] * len(content_type_ids))
            expression = "{title_words} : (" + " AND ".join(_quoted(w) + "*" for w in typed) + ")"
            cursor.execute(
                "SELECT d.content_type_id, d.object_id FROM search_document_fts f"
                " JOIN search_searchdocument d ON d.id = f.rowid"
                f" WHERE search_document_fts MATCH %s AND d.locale_id = %s AND d.content_type_id IN ({placeholders})"
                " ORDER BY bm25(search_document_fts, 1.0, 0.0, 0.0), length(d.title_words), d.object_id LIMIT %s",
                [expression, locale_id, *content_type_ids, limit],
            )
        elif connection.vendor == "postgresql":
            expression = " & ".join("'" + w.replace("'", "").replace("\\", "") + "':*" for w in typed)
            cursor.execute(
                "SELECT content_type_id, object_id FROM search_searchdocument, to_tsquery('simple', %s) query"
                " WHERE title_vector @@ query AND locale_id = %s AND content_type_id = ANY(%s::integer[])"
                " ORDER BY ts_rank(title_vector, query) DESC, length(title_words), object_id LIMIT %s",
                [expression, locale_id, list(content_type_ids), limit],
            )
        else:  # pragma: no cover
            raise NotImplementedError(connection.vendor)
        return [(row[0], row[1]) for row in cursor.fetchall()]
