"""What alerts keeps about a member, for their data download (core.member_data): the notices they got of changed
items. They go with the account (the rows cascade); a change note an editor wrote stays, without their name."""

from __future__ import annotations

from django.utils.translation import gettext as _

from core.member_data import DataSection


def sections(user) -> list[DataSection]:
    from alerts.models import ChangeNotice

    notices = ChangeNotice.objects.filter(user=user).select_related("change__page").order_by("created_at", "pk")
    return [
        DataSection(
            key="change_notices",
            title=_("Berichten over gewijzigde items"),
            fields=[
                ("item", _("Item")),
                ("note", _("Wat is er veranderd")),
                ("reason", _("Waarom je bericht kreeg")),
                ("created_at", _("Ontvangen op")),
                ("read_at", _("Gelezen op")),
                ("mailed_at", _("Gemaild op")),
            ],
            rows=[
                {
                    "item": n.change.page.title,
                    "note": n.change.note,
                    "reason": str(n.get_reason_display()),
                    "created_at": n.created_at,
                    "read_at": n.read_at,
                    "mailed_at": n.mailed_at,
                }
                for n in notices.iterator(chunk_size=500)
            ],
        )
    ]


def erase(user, *, remove_content: bool) -> dict[str, int]:
    from alerts.models import ChangeNotice

    return {"change_notices": ChangeNotice.objects.filter(user=user).count()}
