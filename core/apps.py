from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The base of the site: the shared taxonomy, the home and theme pages and the site shell."""

    name = "core"
    verbose_name = "WIJschool"

    def ready(self):
        from core import signals

        signals.connect()
