"""The database search backend this site configures (``"BACKEND": "search.backends"``): Wagtail's own database
backend for the vendor (SQLite FTS5, PostgreSQL), whose index also writes the site search's documents
(search.documents). Wagtail's index stays as it is (the admin's page search uses it); every way a page reaches
it (saving, publishing, unpublishing, deleting, ``update_index``) reaches the site documents too."""

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


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    backend = vendor_backend(params)
    index_class = backend.index_class
    backend.index_class = type(f"Site{index_class.__name__}", (SiteDocumentsIndexMixin, index_class), {})
    return backend
