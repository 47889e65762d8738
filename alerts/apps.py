from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    """Change notices (decision 0020): when an editor publishes a new version of a library item with a note on
    what changed, every member who keeps it in Mijn map or whose school has it in a plan van aanpak gets one
    notice, on Mijn WIJschool and in their mail."""

    name = "alerts"
    verbose_name = _("Meldingen van wijzigingen")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from alerts import signals

        signals.connect()
