"""A member's mark on an item, or an editor's change to one in the admin (hide, restore, delete; a cascade when an
account goes): the item page, its cached copy, the counts and the "meest gebruikt" order follow. Connected in
``LibraryConfig.ready``, so every path that saves or deletes a mark is covered."""

from __future__ import annotations

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from core import caching


def classroom_use_changed(sender, instance, **kwargs):
    transaction.on_commit(caching.bump)


def connect() -> None:
    from library.models import ClassroomUse

    post_save.connect(classroom_use_changed, sender=ClassroomUse, dispatch_uid="library-classroom-use-saved")
    post_delete.connect(classroom_use_changed, sender=ClassroomUse, dispatch_uid="library-classroom-use-deleted")
