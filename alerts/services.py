"""Writes of change notices: a change note recorded when an item is published, the fan-out to the members
concerned (run by the task queue, in batches with a fixed number of queries each), and a member marking their
notices read. Every function that touches notices takes the member and touches only theirs."""

from __future__ import annotations

import logging

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from wagtail.models import Locale, Page

from alerts.models import ChangeNote, ChangeNotice
from community.models import Membership
from folders.models import SavedItem
from scan.models import Action

logger = logging.getLogger(__name__)

# Members written per batch: one query reads them (with why the item concerns them), one drops their unread
# notice of an older change to the same item, one writes the new notices.
BATCH = 500


def change_published(*, page, revision=None) -> ChangeNote | None:
    """Record the change note of a just-published item, when it has a new one and this is not its first
    publication, and queue the notices (after the commit). A translation's note is kept but notifies nobody
    when the item exists in the site's default language: its members heard of the original."""
    note = (getattr(page, "change_note", "") or "").strip()
    if not note or not page.first_published_at or page.first_published_at >= page.last_published_at:
        return None
    if ChangeNote.objects.filter(page_id=page.pk, note=note).exists():
        return None  # the note of an earlier version (still in the field, or published again): said already
    default = Locale.get_default()
    notifies = (
        page.locale_id == default.pk
        or not Page.objects.filter(translation_key=page.translation_key, locale=default).exists()
    )
    change = ChangeNote.objects.create(
        page_id=page.pk,
        translation_key=page.translation_key,
        note=note,
        published_at=page.last_published_at,
        published_by_id=revision.user_id if revision is not None else None,
        notifies=notifies,
    )
    if notifies:
        from alerts import tasks

        transaction.on_commit(lambda: tasks.send_change_notices.enqueue(change.pk))
    return change


def concerned_members(change: ChangeNote):
    """The active members who keep the item (any translation) in Mijn map, or whose school has it in a plan van
    aanpak (an action not stopped), each once, with why: a query, read in batches by id."""
    pages = Page.objects.filter(translation_key=change.translation_key).values("pk")
    in_folder = SavedItem.objects.filter(owner_id=OuterRef("pk"), page_id__in=pages)
    plan_schools = (
        Action.objects.filter(resource_id__in=pages).exclude(status=Action.Status.STOPPED).values("school_id")
    )
    in_plan = Membership.objects.filter(user_id=OuterRef("pk"), school_id__in=plan_schools)
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .annotate(in_folder=Exists(in_folder), in_plan=Exists(in_plan))
        .filter(Q(in_folder=True) | Q(in_plan=True))
        .order_by("pk")
    )


def _reason(in_folder: bool, in_plan: bool) -> str:
    if in_folder and in_plan:
        return ChangeNotice.Reason.BOTH
    return ChangeNotice.Reason.FOLDER if in_folder else ChangeNotice.Reason.PLAN


def notify_batch(change: ChangeNote, *, after: int = 0, size: int = BATCH) -> tuple[list[int], int]:
    """Write the notices of the next ``size`` members after id ``after``: three queries. Returns the members
    written and the last id read (0 when there were none)."""
    rows = list(concerned_members(change).filter(pk__gt=after).values_list("pk", "in_folder", "in_plan")[:size])
    if not rows:
        return [], 0
    user_ids = [pk for pk, _folder, _plan in rows]
    with transaction.atomic():
        # One notice per item: an unread notice of an older change to it makes way for this one.
        ChangeNotice.objects.filter(
            user_id__in=user_ids, translation_key=change.translation_key, read_at__isnull=True
        ).exclude(change=change).delete()
        ChangeNotice.objects.bulk_create(
            [
                ChangeNotice(
                    user_id=pk,
                    change=change,
                    translation_key=change.translation_key,
                    reason=_reason(folder, plan),
                )
                for pk, folder, plan in rows
            ],
            ignore_conflicts=True,
        )
    return user_ids, rows[-1][0]


def mark_read(*, user, notice_ids: list[int] | None = None) -> int:
    """Mark the member's notices read: these, or all of them."""
    notices = ChangeNotice.objects.filter(user=user, read_at__isnull=True)
    if notice_ids is not None:
        notices = notices.filter(pk__in=notice_ids)
    return notices.update(read_at=timezone.now())
