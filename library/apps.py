from django.apps import AppConfig


class LibraryConfig(AppConfig):
    """The library of resources: e-learnings, films, lessons, knowledge documents, exercises, trainings, interventions."""

    name = "library"
    verbose_name = "Bibliotheek"

    def ready(self):
        from library import sharing, signals

        signals.connect()
        sharing.connect()
