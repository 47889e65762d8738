from django.apps import AppConfig


class SearchConfig(AppConfig):
    """One search across library, theme and guidance pages (and later the forum)."""

    name = "search"

    def ready(self):
        from search import signals

        signals.connect()
