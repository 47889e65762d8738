"""The self-scan in the site search: teachers who type 'zelfscan' or a knelpunt find the scans."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from search.registry import SearchKind


@hooks.register("register_search_kinds")
def scan_search_kind():
    return [SearchKind("scan", _("Zelfscan"), ("scan.ScanPage", "scan.ScanIndexPage"), order=30)]
