from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ScanConfig(AppConfig):
    """The self-scan: scans, team rounds, anonymous answers, results and the plan van aanpak."""

    name = "scan"
    verbose_name = _("Zelfscan")
