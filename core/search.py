"""Search support every searchable page shares: its text as Dutch-aware word forms (see search.stemming).

Lives in core because core's own pages use it; the search app only reads the ``search_stems`` field.
"""

from django.utils.html import strip_tags
from wagtail.search import index

from search.stemming import index_text


def stream_text(stream) -> str:
    """The plain text of a StreamField value (headings, paragraphs, quotes, callouts)."""
    parts: list[str] = []

    def walk(value):
        if value is None:
            return
        if hasattr(value, "source"):  # RichText
            parts.append(strip_tags(value.source))
        elif isinstance(value, str):
            parts.append(strip_tags(value))
        elif isinstance(value, dict) or hasattr(value, "items"):
            for item in value.values():
                walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)
        elif hasattr(value, "__iter__") and not isinstance(value, bytes | int | float):
            for child in value:
                walk(getattr(child, "value", child))

    if stream:
        for block in stream:
            walk(block.value)
    return " ".join(p for p in parts if p)


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
            parts.append(stream_text(body))
        return parts

    def search_stems(self) -> str:
        language = self.locale.language_code if getattr(self, "locale_id", None) else "nl"
        return index_text(*self.search_text_parts(), language=language)
