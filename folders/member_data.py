"""What Mijn map keeps about a member, for their data download (core.member_data): saved items and lists.
Both go with the account (the rows cascade); a shared list's link stops working then."""

from __future__ import annotations

from django.utils.translation import gettext as _

from core.member_data import DataSection


def sections(user) -> list[DataSection]:
    from folders.models import FolderList, SavedItem

    items = SavedItem.objects.filter(owner=user).select_related("page", "thread").order_by("saved_at", "pk")
    lists = (
        FolderList.objects.filter(owner=user)
        .select_related("shared_with")
        .prefetch_related("entries__item__page", "entries__item__thread")
        .order_by("created_at", "pk")
    )
    return [
        DataSection(
            key="saved_items",
            title=_("Bewaard in Mijn map"),
            fields=[("title", _("Titel")), ("kind", _("Soort")), ("url", _("Adres")), ("saved_at", _("Bewaard op"))],
            rows=[_item_row(item) | {"saved_at": item.saved_at} for item in items.iterator(chunk_size=500)],
        ),
        DataSection(
            key="folder_lists",
            title=_("Je lijsten"),
            fields=[
                ("name", _("Naam")),
                ("items", _("Items, in jouw volgorde")),
                ("shared_with", _("Gedeeld met")),
                ("created_at", _("Gemaakt op")),
            ],
            rows=[
                {
                    "name": folder_list.name,
                    "items": [
                        _item_row(entry.item)["title"]
                        for entry in sorted(folder_list.entries.all(), key=lambda e: (e.position, e.pk))
                    ],
                    "shared_with": folder_list.shared_with.name if folder_list.is_shared else "",
                    "created_at": folder_list.created_at,
                }
                for folder_list in lists
            ],
        ),
    ]


def _item_row(item) -> dict:
    if item.thread_id:
        return {"title": item.thread.title, "kind": _("Forumdraad"), "url": item.thread.get_absolute_url()}
    return {"title": item.page.title, "kind": _("Pagina"), "url": item.page.url or ""}


def erase(user, *, remove_content: bool) -> dict[str, int]:
    """Saved items and lists are the member's own: they go with the account (the rows cascade)."""
    from folders.models import FolderList, SavedItem

    return {
        "saved_items": SavedItem.objects.filter(owner=user).count(),
        "folder_lists": FolderList.objects.filter(owner=user).count(),
    }
