"""What the library keeps about a member, for their data download (core.member_data): their "Gebruikt in de
klas" marks and comments. They go with the account (the rows cascade), and the item's count with them."""

from __future__ import annotations

from django.utils.translation import gettext as _

from core.member_data import DataSection


def sections(user) -> list[DataSection]:
    from library.models import ClassroomUse

    uses = ClassroomUse.objects.filter(user=user).select_related("page").order_by("created_at", "pk")
    return [
        DataSection(
            key="classroom_use",
            title=_("Gebruikt in de klas"),
            fields=[
                ("item", _("Item")),
                ("url", _("Adres")),
                ("comment", _("Opmerking")),
                ("sector", _("Sector")),
                ("year_group", _("Leerjaar of groep")),
                ("state", _("Zichtbaarheid")),
                ("created_at", _("Op")),
            ],
            rows=[
                {
                    "item": use.page.title,
                    "url": use.page.url or "",
                    "comment": use.comment,
                    "sector": str(use.get_sector_display()) if use.sector else "",
                    "year_group": use.year_group,
                    "state": str(use.get_state_display()),
                    "created_at": use.created_at,
                }
                for use in uses
            ],
        )
    ]


def erase(user, *, remove_content: bool) -> dict[str, int]:
    """The marks go with the account (the rows cascade; library.signals redraws the items' counts)."""
    from library.models import ClassroomUse

    return {"classroom_use": ClassroomUse.objects.filter(user=user).count()}
