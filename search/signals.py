"""Documents follow what makes a page public or not (search.documents keeps documents for live, public pages
only, so a search never has to check restrictions page by page):

- a view restriction added: the documents of its page and every page below go, in the same transaction;
- a view restriction removed: those pages are indexed again (those still live and under no other restriction
  get their document back);
- a page moved from a public part of the tree into a restricted one, or back: it and its descendants are
  indexed again.

And the cached synonyms and promoted queries (search.selectors) are dropped when an editor changes one; and the
documents of the kinds that are not pages are written when their app asks (``search.registry.update_documents``
and ``rebuild_documents`` send the signals answered here).
"""

from __future__ import annotations

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import post_page_move

from search import documents, registry
from search.models import SearchDocument, Synonym


def restriction_saved(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        SearchDocument.objects.filter(page__in=page.get_descendants(inclusive=True)).delete()


def restriction_deleted(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:  # gone with its page: nothing to index again
        documents.reindex_subtree(page)


def _public(page) -> bool:
    """No restriction on the page or above it (Wagtail's own check)."""
    return page is None or not page.get_view_restrictions().exists()


def page_moved(sender, instance, parent_page_before=None, parent_page_after=None, **kwargs):
    """Only a move between a public and a restricted part of the tree changes which documents may exist."""
    if _public(parent_page_before) != _public(parent_page_after):
        documents.reindex_subtree(Page.objects.get(pk=instance.pk))


def editorial_changed(sender, **kwargs):
    """A synonym or a promotion changed: this process's cached lists go now (others' within a minute)."""
    from search.selectors import PROMOTED_CACHE_KEY, SYNONYMS_CACHE_KEY

    cache.delete_many([SYNONYMS_CACHE_KEY, PROMOTED_CACHE_KEY])


def objects_changed(sender, kind, ids, **kwargs):
    documents.index_objects(kind, ids)


def objects_rebuild(sender, kind, **kwargs) -> int:
    return documents.rebuild_objects(kind)


def connect() -> None:
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    for signal in (post_save, post_delete):
        for model in (Synonym, SearchPromotion, Query):
            signal.connect(editorial_changed, sender=model, dispatch_uid=f"search-editorial-{model.__name__}-{signal}")
    post_save.connect(restriction_saved, sender=PageViewRestriction, dispatch_uid="search-restriction-saved")
    post_delete.connect(restriction_deleted, sender=PageViewRestriction, dispatch_uid="search-restriction-deleted")
    post_page_move.connect(page_moved, dispatch_uid="search-page-moved")
    registry.documents_update.connect(objects_changed, dispatch_uid="search-objects-changed")
    registry.documents_rebuild.connect(objects_rebuild, dispatch_uid="search-objects-rebuild")
