"""The forum in the site search: one search document per visible thread (decision 0013).

A thread is found by its title, its question and its visible replies, in the language it was written in, with
the same Dutch (or English) word forms as every page; hidden, pending and deleted posts are never part of its
text, and a thread that is hidden, deleted or merged has no document at all. It carries two facets: the shared
theme facet (``core.search_facets.THEME``: one theme filter narrows library items, theme pages and threads) and
its category.

Threads point at the themes and categories of the default language (``forum.services``); a document stores the
slug of the theme or category *in the thread's language*, found by translation key (falling back to the row's
own slug), which is what that language's filter options offer. Slugs are kept the same in every language
(``SynchronizedField``), so this only matters for a row made outside translation; it keeps filters right then.

Who calls what:

- ``thread_changed(thread_id)``: ``forum.state.after_visibility_change`` on commit, after every change of what
  the public sees (post or thread hidden, restored, approved, deleted, moved, merged, edited, answered);
- ``thread_deleted``: a ``post_delete`` receiver for threads removed from the database (connected in
  ``forum.apps``);
- ``reindex_all()``: the search backend's rebuild (``manage.py update_index``) runs it for every kind that is
  not pages; also callable on its own;
- ``search_kinds()``: the ``register_search_kinds`` hook in ``forum.wagtail_hooks``.

Imports only ``search.registry`` from the search app.
"""

from __future__ import annotations

import html as html_lib
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence

from django.conf import settings
from django.db import transaction
from django.db.models import OuterRef, Subquery
from django.utils.translation import gettext_lazy as _

from core.caching import cached
from core.models import Theme
from core.search_facets import THEME
from forum.models import Category, Post, Thread
from forum.selectors import current_language
from search.registry import Document, KindFacet, SearchFacet, SearchKind, rebuild_documents, update_documents

KIND = "forum"
TAG = re.compile(r"<[^>]*>")
EXCERPT_LENGTH = 320  # characters of the question kept for a hit's snippet (search.highlight cuts it around the match)
# The opening words of the question rank second after the title, as a page's summary does: only the opening,
# so the small vector PostgreSQL ranks every match by stays small (decision 0009); the whole question and the
# replies are found all the same.
LEAD_WORDS = 40


def plain_text(html: str) -> str:
    """The words of a post's sanitised HTML (forum.markdown), tags replaced by spaces so words stay apart."""
    return " ".join(html_lib.unescape(TAG.sub(" ", html or "")).split())


# --- writing -----------------------------------------------------------------------------------------------


def thread_changed(thread_id: int) -> None:
    """Write the thread's search document again, or remove it when the thread is no longer visible (hidden,
    pending, deleted, merged into another, or gone). Call it on transaction commit."""
    update_documents(KIND, [thread_id])


def threads_changed(thread_ids: Iterable[int]) -> None:
    """``thread_changed`` for several threads at once (a merge, a member's posts hidden in bulk)."""
    update_documents(KIND, thread_ids)


def thread_deleted(sender, instance, **kwargs) -> None:
    """``post_delete`` receiver for ``forum.Thread``: the document goes once the deletion is committed."""
    thread_id = instance.pk
    transaction.on_commit(lambda: thread_changed(thread_id))


def reindex_all() -> int:
    """Rewrite the documents of every visible thread and drop the rest; how many were written."""
    return rebuild_documents(KIND)


def thread_documents(ids: Sequence[int]) -> list[Document]:
    """The documents of those of ``ids`` that are visible: title, the opening of the question as lead, the
    question and the visible replies as text. Two queries, whatever the number of threads and posts."""
    threads = list(Thread.objects.visible().filter(pk__in=ids).values_list("pk", "title", "language"))
    leads: dict[int, str] = {}
    texts: dict[int, list[str]] = defaultdict(list)
    posts = (
        Post.objects.visible()
        .filter(thread_id__in=[pk for pk, _title, _language in threads])
        .order_by("thread_id", "number")
        .values_list("thread_id", "number", "html")
    )
    for thread_id, number, html in posts:
        text = plain_text(html)
        if number == 1:
            leads[thread_id] = " ".join(text.split()[:LEAD_WORDS])
        texts[thread_id].append(text)
    return [
        Document(pk, language, title, lead=leads.get(pk, ""), text="\n".join(texts.get(pk, ())))
        for pk, title, language in threads
    ]


def _in_own_language(rows, model) -> list[tuple[int, str]]:
    """(thread id, slug) for rows of (thread id, thread language, translation key, own slug): the slug of the
    translation in the thread's language when there is one (one query)."""
    rows = list(rows)
    keys = {key for _pk, _language, key, _slug in rows}
    translated = {
        (key, language): slug
        for key, language, slug in model.objects.filter(translation_key__in=keys).values_list(
            "translation_key", "locale__language_code", "slug"
        )
    }
    return [(pk, translated.get((key, language), slug)) for pk, language, key, slug in rows]


def thread_themes(ids: Collection[int]) -> list[tuple[int, str]]:
    links = Thread.themes.through.objects.filter(thread_id__in=list(ids)).values_list(
        "thread_id", "thread__language", "theme__translation_key", "theme__slug"
    )
    return _in_own_language(links, Theme)


def thread_categories(ids: Collection[int]) -> list[tuple[int, str]]:
    rows = Thread.objects.filter(pk__in=list(ids)).values_list(
        "pk", "language", "category__translation_key", "category__slug"
    )
    return _in_own_language(rows, Category)


def _category_options(locale, request=None):
    """The forum's categories in the search's language (the default language's when it has none), cached for
    the content generation."""

    def compute():
        for language in (locale.language_code, settings.LANGUAGE_CODE):
            rows = list(
                Category.objects.filter(locale__language_code=language)
                .order_by("sort_order", "name")
                .values_list("slug", "name")
            )
            if rows:
                return rows
        return []

    return cached(f"search-options:forum-category:{locale.pk}", compute, request=request)


CATEGORY = SearchFacet("category", _("Forumcategorie"), _category_options, order=60)


# --- reading: the result card ------------------------------------------------------------------------------


def findable_threads():
    """The threads that may be found (visible, not merged), as the results page fetches its hits: with their
    category and the question's HTML (when the question is visible), in one query."""
    question = Post.objects.visible().filter(thread=OuterRef("pk"), number=1).values("html")[:1]
    return (
        Thread.objects.visible()
        .select_related("category", "category__locale")
        .annotate(question_html=Subquery(question))
    )


def prepare_cards(threads: list[Thread]) -> None:
    """What the cards of the shown threads need beyond ``findable_threads``: the category as the current language
    names it (``search_category``: one query, only when a category is in another language, and its address
    ``search_category_url``) and the question's text (``search_excerpt``)."""
    language = current_language()
    elsewhere = {t.category.translation_key for t in threads if t.category.locale.language_code != language}
    translated = {}
    if elsewhere:
        translated = {
            c.translation_key: c
            for c in Category.objects.filter(translation_key__in=elsewhere, locale__language_code=language)
        }
    urls: dict[int, str] = {}  # each category's address once: a page of ten threads has few categories
    for thread in threads:
        category = translated.get(thread.category.translation_key, thread.category)
        if category.pk not in urls:
            urls[category.pk] = category.get_absolute_url()
        thread.search_category = category
        thread.search_category_url = urls[category.pk]
        thread.search_excerpt = plain_text(getattr(thread, "question_html", None) or "")[:EXCERPT_LENGTH]


def _snippet(thread: Thread) -> str:
    return getattr(thread, "search_excerpt", "")


def search_kinds() -> list[SearchKind]:
    """The forum's kind for the ``register_search_kinds`` hook."""
    return [
        SearchKind(
            KIND,
            _("Forum"),
            ("forum.Thread",),
            order=40,
            facets=(KindFacet(THEME, thread_themes), KindFacet(CATEGORY, thread_categories)),
            template="forum/search_card.html",
            prepare=prepare_cards,
            documents=thread_documents,
            queryset=findable_threads,
            snippet=_snippet,
        )
    ]
