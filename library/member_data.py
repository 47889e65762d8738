"""What the library keeps about a member, for their data download (core.member_data): their "Gebruikt in de
klas" marks and comments, and the material they shared. Marks go with the account (the rows cascade), and the
item's count with them; shared material stays in the library as shared by "een voormalig lid" of the school,
unless the member asks for their content to go, and then it is deleted."""

from __future__ import annotations

from django.utils.translation import gettext as _

from core.member_data import DataSection


def sections(user) -> list[DataSection]:
    from library.models import ClassroomUse, Submission

    uses = ClassroomUse.objects.filter(user=user).select_related("page").order_by("created_at", "pk")
    shared = Submission.objects.filter(submitted_by=user).select_related("page", "school").order_by("created_at", "pk")
    return [
        DataSection(
            key="shared_material",
            title=_("Materiaal dat je deelde"),
            fields=[
                ("title", _("Titel")),
                ("school", _("School")),
                ("licence", _("Licentie")),
                ("status", _("Status")),
                ("reason", _("Reden")),
                ("url", _("Adres")),
                ("created_at", _("Gedeeld op")),
            ],
            rows=[
                {
                    "title": s.page.title,
                    "school": s.school.name if s.school else "",
                    "licence": s.page.licence_short,
                    "status": str(s.get_status_display()),
                    "reason": s.reason,
                    "url": (s.page.url or "") if s.page.live else "",
                    "created_at": s.created_at,
                }
                for s in shared
            ],
        ),
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
        ),
    ]


def erase(user, *, remove_content: bool) -> dict[str, int]:
    """The marks go with the account (the rows cascade; library.signals redraws the items' counts). Shared
    material stays, shown as shared by a former member of the school (the link to the account is cleared by
    the database), or, when the member asks for their content to go, is deleted from the library."""
    from library.models import ClassroomUse, ResourceAttachment, ResourcePage, Submission

    counts = {
        "classroom_use": ClassroomUse.objects.filter(user=user).count(),
        "shared_material": Submission.objects.filter(submitted_by=user).count(),
    }
    if remove_content:
        from wagtail.documents import get_document_model

        keys = Submission.objects.filter(submitted_by=user).values("page__translation_key")
        pages = list(ResourcePage.objects.filter(translation_key__in=keys))  # the item and its translations
        documents = get_document_model().objects.filter(
            pk__in=ResourceAttachment.objects.filter(page__in=pages).values("document_id"), uploaded_by_user=user
        )
        counts["shared_files_removed"] = documents.count()
        documents.delete()
        for page in pages:
            page.delete()
        counts["shared_material_removed"] = len(pages)
    return counts
