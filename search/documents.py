"""The site search's own index: one ``SearchDocument`` per live page of a registered kind, and the database's
full-text index over it (SQLite FTS5 ranked with ``bm25()``, PostgreSQL ``tsvector`` ranked with ``ts_rank``).

Why not Wagtail's database backend: on SQLite it ranks with a correlated subquery that reruns the full-text
match for every candidate, so a common word at 20,000 pages took seconds (decision 0009). Here the database
ranks inside its index and stops at ``limit``. Documents are written by ``search.backends`` whenever Wagtail
indexes a page, so every path that keeps Wagtail's index fresh keeps this one fresh too.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction

from common.stemming import index_text, words
from search.models import SearchDocument, SearchFacetValue
from search.registry import search_kinds

logger = logging.getLogger(__name__)

Groups = Sequence[frozenset[str]]  # a match needs one form of every group


# --- writing ---------------------------------------------------------------------------------------------


def _kind_for_model(model):
    label = model._meta.label
    for kind in search_kinds():
        if label in kind.models:
            return kind
    return None


def _document(page, content_type_id: int) -> SearchDocument:
    language = page.locale.language_code if page.locale_id else "nl"
    if hasattr(page, "search_stems"):
        stems = page.search_stems()
    else:
        stems = index_text(page.title, page.search_description or "", language=language)
    return SearchDocument(
        page_id=page.pk,
        locale_id=page.locale_id,
        content_type_id=content_type_id,
        title_words=" ".join(words(page.title)),
        title_stems=index_text(page.title, language=language),
        stems=stems,
    )


def index_pages(model, pages: Iterable) -> None:
    """(Re)write the documents of ``pages`` (all of ``model``): live ones are written with their facet values,
    the others removed. Pages of a model no kind covers (such as Wagtail's base ``Page``) are left alone."""
    kind = _kind_for_model(model)
    if kind is None:
        return
    pages = [p for p in pages if getattr(p, "pk", None)]
    if not pages:
        return
    content_type_id = ContentType.objects.get_for_model(model).pk
    live = [p for p in pages if p.live]
    documents = [_document(p, content_type_id) for p in live]
    ids = [d.page_id for d in documents]
    with transaction.atomic():
        SearchDocument.objects.filter(page_id__in=[p.pk for p in pages]).delete()
        SearchDocument.objects.bulk_create(documents)
        if ids:
            values = {
                (pk, kind_facet.facet.name, str(value)[:150])
                for kind_facet in kind.facets
                for pk, value in kind_facet.values(ids)
            }
            SearchFacetValue.objects.bulk_create(
                [SearchFacetValue(document_id=pk, facet=facet, value=value) for pk, facet, value in sorted(values)]
            )


def remove_pages(page_ids: Iterable[int]) -> None:
    SearchDocument.objects.filter(page_id__in=list(page_ids)).delete()


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


def match_rows(
    *, alternatives: Sequence[Groups], locale_id: int, content_type_ids: Sequence[int], limit: int
) -> list[tuple[int, int]]:
    """(page id, content type id) of the matching documents, best first, at most ``limit``. One SQL statement;
    the database ranks inside its full-text index."""
    alternatives = [groups for groups in alternatives if groups]
    if not alternatives or not content_type_ids:
        return []
    placeholders = ", ".join(["%s"] * len(content_type_ids))
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(
                "SELECT d.page_id, d.content_type_id FROM search_document_fts f"
                " JOIN search_searchdocument d ON d.page_id = f.rowid"
                f" WHERE search_document_fts MATCH %s AND d.locale_id = %s AND d.content_type_id IN ({placeholders})"
                " ORDER BY bm25(search_document_fts, 0.0, 10.0, 1.0), d.page_id LIMIT %s",
                [_sqlite_match(alternatives), locale_id, *content_type_ids, limit],
            )
        elif connection.vendor == "postgresql":
            cursor.execute(
                "SELECT page_id, content_type_id FROM search_searchdocument, to_tsquery('simple', %s) query"
                f" WHERE vector @@ query AND locale_id = %s AND content_type_id IN ({placeholders})"
                " ORDER BY ts_rank(vector, query) DESC, page_id LIMIT %s",
                [_tsquery(alternatives), locale_id, *content_type_ids, limit],
            )
        else:  # pragma: no cover - the project runs on SQLite and PostgreSQL only
            raise NotImplementedError(connection.vendor)
        return [(row[0], row[1]) for row in cursor.fetchall()]


def suggest(*, typed: Sequence[str], locale_id: int, content_type_ids: Sequence[int], limit: int) -> list[int]:
    """Page ids whose title has a word starting with each typed word, best first: a prefix index, one statement."""
    typed = [w for w in typed if w]
    if not typed or not content_type_ids:
        return []
    placeholders = ", ".join(["%s"] * len(content_type_ids))
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            expression = "{title_words} : (" + " AND ".join(_quoted(w) + "*" for w in typed) + ")"
            cursor.execute(
                "SELECT d.page_id FROM search_document_fts f"
                " JOIN search_searchdocument d ON d.page_id = f.rowid"
                f" WHERE search_document_fts MATCH %s AND d.locale_id = %s AND d.content_type_id IN ({placeholders})"
                " ORDER BY bm25(search_document_fts, 1.0, 0.0, 0.0), length(d.title_words), d.page_id LIMIT %s",
                [expression, locale_id, *content_type_ids, limit],
            )
        elif connection.vendor == "postgresql":
            expression = " & ".join("'" + w.replace("'", "").replace("\\", "") + "':*" for w in typed)
            cursor.execute(
                "SELECT page_id FROM search_searchdocument, to_tsquery('simple', %s) query"
                f" WHERE title_vector @@ query AND locale_id = %s AND content_type_id IN ({placeholders})"
                " ORDER BY ts_rank(title_vector, query) DESC, length(title_words), page_id LIMIT %s",
                [expression, locale_id, *content_type_ids, limit],
            )
        else:  # pragma: no cover
            raise NotImplementedError(connection.vendor)
        return [row[0] for row in cursor.fetchall()]


def facet_values(page_ids: Sequence[int]) -> list[tuple[int, str, str]]:
    """Every facet value the given documents carry, in one query: (page id, facet, value)."""
    if not page_ids:
        return []
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT document_id, facet, value FROM search_searchfacetvalue"
            f" WHERE document_id IN ({', '.join(['%s'] * len(page_ids))})",
            list(page_ids),
        )
        return cursor.fetchall()


def facet_counts(page_ids: Sequence[int]) -> dict[str, dict[str, int]]:
    """How many of the given documents carry each facet value, grouped in the database: facet -> value -> n."""
    counts: dict[str, dict[str, int]] = {}
    if not page_ids:
        return counts
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT facet, value, COUNT(*) FROM search_searchfacetvalue"
            f" WHERE document_id IN ({', '.join(['%s'] * len(page_ids))}) GROUP BY facet, value",
            list(page_ids),
        )
        for facet, value, n in cursor.fetchall():
            counts.setdefault(facet, {})[value] = n
    return counts
