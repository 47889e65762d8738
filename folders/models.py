"""What a member keeps: saved items (a page of the site, or a forum thread) and named lists of them.

A saved item points at a Wagtail page (library items, trainings and interventions, scan pages: any page) or at a
forum thread, by foreign key, so an item goes when what it points at is deleted. A page is kept in the language
it was saved in; the folder shows the translation in the reader's language where there is one (selectors).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# What one member may keep: generous for real use, a stop for a script.
MAX_ITEMS = 2000
MAX_LISTS = 100
NAME_LENGTH = 120


class SavedItem(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_items")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    thread = models.ForeignKey("forum.Thread", on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    saved_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("bewaard item")
        verbose_name_plural = _("bewaarde items")
        constraints = [
            models.CheckConstraint(
                condition=Q(page__isnull=False, thread__isnull=True) | Q(page__isnull=True, thread__isnull=False),
                name="saved_item_page_or_thread",
            ),
            models.UniqueConstraint(fields=["owner", "page"], condition=Q(page__isnull=False), name="saved_page_once"),
            models.UniqueConstraint(
                fields=["owner", "thread"], condition=Q(thread__isnull=False), name="saved_thread_once"
            ),
        ]
        indexes = [models.Index(fields=["owner", "-saved_at"], name="saved_item_owner_recent")]

    def __str__(self) -> str:
        return f"{self.owner_id}: {'page' if self.page_id else 'thread'} {self.page_id or self.thread_id}"


class FolderList(models.Model):
    """A named list of saved items ("Mentorles week 12"), in the member's order; shared read-only with the
    members of one of their schools by a link that holds an unguessable token."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="folder_lists")
    name = models.CharField(_("naam"), max_length=NAME_LENGTH)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    share_token = models.CharField(max_length=43, unique=True, null=True, blank=True)
    shared_with = models.ForeignKey(
        "community.School", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("lijst")
        verbose_name_plural = _("lijsten")
        constraints = [models.UniqueConstraint("owner", Lower("name"), name="folder_list_name_once")]
        ordering = ["name", "pk"]

    def __str__(self) -> str:
        return self.name

    @property
    def is_shared(self) -> bool:
        return bool(self.share_token and self.shared_with_id)


class ListEntry(models.Model):
    folder_list = models.ForeignKey(FolderList, on_delete=models.CASCADE, related_name="entries")
    item = models.ForeignKey(SavedItem, on_delete=models.CASCADE, related_name="entries")
    position = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("item op een lijst")
        verbose_name_plural = _("items op lijsten")
        ordering = ["position", "pk"]
        constraints = [models.UniqueConstraint(fields=["folder_list", "item"], name="list_entry_once")]

    def __str__(self) -> str:
        return f"{self.folder_list_id}: {self.item_id} at {self.position}"
