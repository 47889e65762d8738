"""Search kinds the base app owns."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from search.registry import SearchKind


@hooks.register("register_search_kinds")
def core_kinds():
    return [
        SearchKind("themes", _("Thema's"), ("core.ThemePage", "core.ThemeIndexPage"), order=20),
        SearchKind("pages", _("Informatie"), ("core.StandardPage", "core.HomePage"), order=90),
    ]
