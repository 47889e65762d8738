"""The self-scan in the site search: teachers who type 'zelfscan' or a knelpunt find the scans."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from scan import member_data
from search.registry import SearchKind


@hooks.register("register_search_kinds")
def scan_search_kind():
    return [SearchKind("scan", _("Zelfscan"), ("scan.ScanPage", "scan.ScanIndexPage"), order=30)]


@hooks.register("forum_knelpunt_choices")
def scan_knelpunt_choices(language):
    """The knelpunten a forum thread can hang on: per live scan in this language, its statements, each as
    "<scan page id>:<item key>" (the key is the item's block id, the same in every translation)."""
    from core.caching import cached
    from scan.models import ScanPage

    def compute():
        groups = []
        for page in ScanPage.objects.live().public().filter(locale__language_code=language).order_by("title"):
            options = [
                (f"{page.pk}:{item.id}", item.value["statement"])
                for part in page.parts
                for item in part.value["items"].bound_blocks
            ]
            if options:
                groups.append((page.title, options))
        return groups

    return cached(f"scan-knelpunt-choices:{language}", compute)


# What scan keeps about a member: their data download and the deletion of their account (core.member_data).
hooks.register("member_data", member_data.sections, order=20)
hooks.register("member_erase", member_data.erase, order=20)
