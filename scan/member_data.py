"""What the self-scan keeps about a member, for their data download (core.member_data)."""

from __future__ import annotations

from django.utils.translation import gettext as _

from core.member_data import DataSection


def sections(user) -> list[DataSection]:
    from scan.models import Action, Round

    actions = DataSection(
        key="plan_actions_written",
        title=_("Acties die je in een plan van aanpak zette"),
        fields=[
            ("school", _("School")),
            ("title", _("Actie")),
            ("owner", _("Eigenaar")),
            ("due_date", _("Klaar op")),
            ("status", _("Status")),
            ("created_at", _("Gemaakt op")),
        ],
        rows=[
            {
                "school": a.school.name,
                "title": a.title,
                "owner": a.owner,
                "due_date": a.due_date,
                "status": a.get_status_display(),
                "created_at": a.created_at,
            }
            for a in Action.objects.filter(created_by=user).select_related("school").order_by("created_at", "pk")
        ],
        note=_("Het plan is van de school: als je je account verwijdert, blijven de acties in het plan staan."),
    )
    rounds = DataSection(
        key="scan_rounds_opened",
        title=_("Scanrondes die je opende"),
        fields=[("school", _("School")), ("label", _("Naam")), ("opened_at", _("Geopend op"))],
        rows=[
            {"school": r.school.name, "label": r.label, "opened_at": r.opened_at}
            for r in Round.objects.filter(opened_by=user).select_related("school").order_by("opened_at", "pk")
        ],
        note=_(
            "Je antwoorden in een zelfscan zijn anoniem: ze zijn nooit aan je account gekoppeld en staan daarom "
            "niet in dit bestand."
        ),
    )
    return [actions, rounds]


def erase(user, *, remove_content: bool) -> dict[str, int]:
    """The plan and the scan rounds belong to the school: they stay, no longer linked to the account. Scan
    answers were never linked to it."""
    from scan.models import Action

    return {"plan_actions_kept": Action.objects.filter(created_by=user).count()}
