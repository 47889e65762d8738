"""Writes to a member's folder. Every function takes the member and changes only what is theirs: an id of
someone else's item or list is "not found" (the views answer 404), never a change."""

from __future__ import annotations

import secrets

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from folders.models import MAX_ITEMS, MAX_LISTS, NAME_LENGTH, FolderList, ListEntry, SavedItem


class FolderError(Exception):
    """A refusal the member is told about in plain words."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def _target_filter(*, page_id: int | None = None, thread_id: int | None = None) -> dict:
    if (page_id is None) == (thread_id is None):
        raise ValueError("one of page_id and thread_id")
    return {"page_id": page_id} if page_id is not None else {"thread_id": thread_id}


def item_save(*, owner, page_id: int | None = None, thread_id: int | None = None) -> tuple[SavedItem, bool]:
    """Keep a page or a thread (once: saving again returns the item already kept). The caller has checked
    that the member may see it (selectors.saveable)."""
    target = _target_filter(page_id=page_id, thread_id=thread_id)
    existing = SavedItem.objects.filter(owner=owner, **target).first()
    if existing is not None:
        return existing, False
    if SavedItem.objects.filter(owner=owner).count() >= MAX_ITEMS:
        raise FolderError(
            _("Je map is vol (%(max)d items). Haal eerst iets weg wat je niet meer nodig hebt.") % {"max": MAX_ITEMS}
        )
    try:
        with transaction.atomic():
            return SavedItem.objects.create(owner=owner, **target), True
    except IntegrityError:  # saved twice at once: the other request kept it
        return SavedItem.objects.get(owner=owner, **target), False


def item_remove(*, owner, page_id: int | None = None, thread_id: int | None = None, item_id: int | None = None):
    """Take an item out of the folder (and so off every list). Returns whether something was removed."""
    items = SavedItem.objects.filter(owner=owner)
    items = (
        items.filter(pk=item_id)
        if item_id is not None
        else items.filter(**_target_filter(page_id=page_id, thread_id=thread_id))
    )
    deleted, _counts = items.delete()
    return bool(deleted)


def _clean_name(name: str) -> str:
    cleaned = " ".join((name or "").split())
    if not cleaned:
        raise FolderError(_("Geef de lijst een naam."))
    if len(cleaned) > NAME_LENGTH:
        raise FolderError(
            _("Een naam mag hoogstens %(max)d tekens hebben; deze heeft er %(length)d.")
            % {"max": NAME_LENGTH, "length": len(cleaned)}
        )
    return cleaned


def _name_taken(owner, name: str, *, exclude: int | None = None) -> bool:
    lists = FolderList.objects.filter(owner=owner, name__iexact=name)
    if exclude is not None:
        lists = lists.exclude(pk=exclude)
    return lists.exists()


def list_create(*, owner, name: str) -> FolderList:
    cleaned = _clean_name(name)
    if _name_taken(owner, cleaned):
        raise FolderError(_("Je hebt al een lijst die zo heet. Kies een andere naam."))
    if FolderList.objects.filter(owner=owner).count() >= MAX_LISTS:
        raise FolderError(_("Je hebt al %(max)d lijsten. Haal eerst een lijst weg.") % {"max": MAX_LISTS})
    try:
        with transaction.atomic():
            return FolderList.objects.create(owner=owner, name=cleaned)
    except IntegrityError:
        raise FolderError(_("Je hebt al een lijst die zo heet. Kies een andere naam.")) from None


def list_get(*, owner, list_id: int) -> FolderList:
    found = FolderList.objects.filter(owner=owner, pk=list_id).select_related("shared_with").first()
    if found is None:
        raise Http404("no such list")
    return found


def list_rename(*, owner, list_id: int, name: str) -> FolderList:
    folder_list = list_get(owner=owner, list_id=list_id)
    cleaned = _clean_name(name)
    if _name_taken(owner, cleaned, exclude=folder_list.pk):
        raise FolderError(_("Je hebt al een lijst die zo heet. Kies een andere naam."))
    folder_list.name = cleaned
    folder_list.updated_at = timezone.now()
    folder_list.save(update_fields=["name", "updated_at"])
    return folder_list


def list_delete(*, owner, list_id: int) -> str:
    """Delete a list (its items stay in the folder). Returns its name, for the message."""
    folder_list = list_get(owner=owner, list_id=list_id)
    name = folder_list.name
    folder_list.delete()
    return name


def list_add(*, owner, list_id: int, item_id: int) -> bool:
    """Put a kept item at the end of a list; False when it was on it already."""
    folder_list = list_get(owner=owner, list_id=list_id)
    item = SavedItem.objects.filter(owner=owner, pk=item_id).first()
    if item is None:
        raise Http404("no such item")
    with transaction.atomic():
        FolderList.objects.select_for_update().filter(pk=folder_list.pk).first()  # one position at a time
        if ListEntry.objects.filter(folder_list=folder_list, item=item).exists():
            return False
        last = folder_list.entries.aggregate(last=Max("position"))["last"]
        ListEntry.objects.create(folder_list=folder_list, item=item, position=0 if last is None else last + 1)
        FolderList.objects.filter(pk=folder_list.pk).update(updated_at=timezone.now())
    return True


def list_remove(*, owner, list_id: int, entry_id: int) -> bool:
    folder_list = list_get(owner=owner, list_id=list_id)
    deleted, _counts = ListEntry.objects.filter(folder_list=folder_list, pk=entry_id).delete()
    return bool(deleted)


def list_move(*, owner, list_id: int, entry_id: int, direction: str) -> bool:
    """Move an entry one place up or down (a form button per entry: works without JavaScript). The list is
    renumbered 0..n-1 on the way, so positions never collide. False when it is at the end already."""
    folder_list = list_get(owner=owner, list_id=list_id)
    with transaction.atomic():
        FolderList.objects.select_for_update().filter(pk=folder_list.pk).first()
        entries = list(folder_list.entries.order_by("position", "pk"))
        index = next((i for i, e in enumerate(entries) if e.pk == entry_id), None)
        if index is None:
            raise Http404("no such entry")
        other = index - 1 if direction == "up" else index + 1
        if direction not in ("up", "down") or not 0 <= other < len(entries):
            return False
        entries[index], entries[other] = entries[other], entries[index]
        for position, entry in enumerate(entries):
            entry.position = position
        ListEntry.objects.bulk_update(entries, ["position"])
        FolderList.objects.filter(pk=folder_list.pk).update(updated_at=timezone.now())
    return True


def list_share(*, owner, list_id: int, school) -> FolderList:
    """Share the list read-only with the members of one of the owner's schools (the caller checked the owner is
    a member of it). Sharing again with another school keeps the link; stopping and sharing again makes a new
    one, so an old link stops working."""
    folder_list = list_get(owner=owner, list_id=list_id)
    folder_list.shared_with = school
    folder_list.share_token = folder_list.share_token or secrets.token_urlsafe(32)
    folder_list.save(update_fields=["shared_with", "share_token"])
    return folder_list


def list_unshare(*, owner, list_id: int) -> FolderList:
    folder_list = list_get(owner=owner, list_id=list_id)
    folder_list.shared_with = None
    folder_list.share_token = None
    folder_list.save(update_fields=["shared_with", "share_token"])
    return folder_list
