"""The database search backend this site configures (``"BACKEND": "search.backends"``): Wagtail's own database
backend for the vendor (SQLite FTS5, PostgreSQL), whose index also writes the site search's documents
(search.documents). Wagtail's index stays as it is (the admin's page search uses it); every way a page reaches
it (saving, publishing, unpublishing, deleting, ``update_index``) reaches the site documents too. A rebuild
(``update_index``) also rewrites the documents of the registered kinds that are not pages (forum threads:
decision 0013), once Wagtail's own rebuild of this backend has finished."""

from __future__ import annotations

from modelsearch.backends.database import SearchBackend as vendor_backend

from search import documents


class SiteDocumentsIndexMixin:
    """Writes the site search documents beside the vendor index's own rows."""

    def add_items(self, model, items):
        items = list(items)
        super().add_items(model, items)
        documents.index_pages(model, items)

    def delete_item(self, item):
        super().delete_item(item)
        documents.remove_pages([item.pk])


class SiteDocumentsRebuilderMixin:
    """After Wagtail rebuilt the pages' index and documents, the documents of the other kinds (forum threads)."""

    def finish(self):
        # The atomic rebuilder marks its transaction for rollback and finishes from ``__del__`` when the rebuild
        # failed: then nothing more is written.
        failed = getattr(getattr(self, "transaction", None), "needs_rollback", False)
        super().finish()
        if not failed:
            from search.registry import rebuild_documents

            rebuild_documents()


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    backend = vendor_backend(params)
    index_class = backend.index_class
    backend.index_class = type(f"Site{index_class.__name__}", (SiteDocumentsIndexMixin, index_class), {})
    rebuilder_class = backend.rebuilder_class
    backend.rebuilder_class = type(
        f"Site{rebuilder_class.__name__}", (SiteDocumentsRebuilderMixin, rebuilder_class), {}
    )
    return backend
