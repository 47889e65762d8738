from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DashboardConfig(AppConfig):
    """Mijn WIJschool: where a member lands after logging in (decision 0017)."""

    name = "dashboard"
    verbose_name = _("Mijn WIJschool")
