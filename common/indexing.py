"""Search support every searchable page shares: its text as Dutch-aware word forms (see common.stemming).

Shared by core's pages and the feature apps' pages; the search app only reads the ``search_stems`` field.
Imports no app of this project.
"""

from wagtail.search import index

from common.stemming import index_text


class SearchStemsMixin:
    """Adds ``search_stems``: every word form of the page's text, so Dutch word forms match on every backend."""

    search_stem_fields = [index.SearchField("search_stems")]

    def __init_subclass__(cls, **kwargs):
        # modelsearch's Elasticsearch mapping names a field after the class that defines it and reads that
        # class's _meta; defined only on this (non-model) mixin, every page failed to index there.
        super().__init_subclass__(**kwargs)
        if "search_stems" not in cls.__dict__:
            cls.search_stems = SearchStemsMixin.search_stems

    def search_text_parts(self) -> list[str]:
        """The texts a search should find this page by. Pages add their own fields."""
        parts = [self.title, getattr(self, "search_description", "")]
        for name in ("intro", "summary", "transcript", "solves", "provider"):
            parts.append(getattr(self, name, "") or "")
        body = getattr(self, "body", None)
        if body is not None:
            # StreamField's own searchable content: the text of every block that is searchable, rich text
            # without its markup (the same text Wagtail indexes for the body field itself).
            parts.extend(self._meta.get_field("body").get_searchable_content(body))
        return parts

    def search_stems(self) -> str:
        language = self.locale.language_code if getattr(self, "locale_id", None) else "nl"
        return index_text(*self.search_text_parts(), language=language)
