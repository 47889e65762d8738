from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FoldersConfig(AppConfig):
    """Mijn map: what a member keeps (library items, scan pages, forum threads), in named lists they can share
    with colleagues of their school (decision 0016)."""

    name = "folders"
    verbose_name = _("Mijn map")
    default_auto_field = "django.db.models.BigAutoField"
