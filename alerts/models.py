"""A change an editor announced on a published library item, and the notice each member concerned gets of it.

``ChangeNote`` is written when a ``ResourcePage`` is published with a new "wat is er veranderd" note (signals);
the task queue then writes one ``ChangeNotice`` per member who keeps the item (in any language) in Mijn map or
whose school has it in a plan van aanpak (tasks). A member has at most one unread notice per item: a newer change
replaces the unread older one.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

NOTE_LENGTH = 500


class ChangeNote(models.Model):
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("item"))
    translation_key = models.UUIDField(db_index=True)
    note = models.TextField(_("wat is er veranderd"), max_length=NOTE_LENGTH)
    published_at = models.DateTimeField(_("gepubliceerd op"), default=timezone.now)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("door"),
    )
    # A translation's note is kept for its readers but notifies nobody: the members heard of the original.
    notifies = models.BooleanField(_("leden krijgen bericht"), default=True)
    notified_at = models.DateTimeField(_("bericht verstuurd op"), null=True, blank=True)
    recipients = models.PositiveIntegerField(_("aantal leden met bericht"), default=0)

    class Meta:
        verbose_name = _("wijziging")
        verbose_name_plural = _("wijzigingen")
        ordering = ["-published_at", "-pk"]

    def __str__(self) -> str:
        return self.note[:60]


class ChangeNotice(models.Model):
    class Reason(models.TextChoices):
        FOLDER = "folder", _("in je map")
        PLAN = "plan", _("in het plan van aanpak van je school")
        BOTH = "both", _("in je map en in het plan van aanpak van je school")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="change_notices")
    change = models.ForeignKey(ChangeNote, on_delete=models.CASCADE, related_name="notices")
    translation_key = models.UUIDField()
    reason = models.CharField(max_length=6, choices=Reason.choices)
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)
    mailed_at = models.DateTimeField(null=True, blank=True)
    mail_failed = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("bericht over een wijziging")
        verbose_name_plural = _("berichten over wijzigingen")
        constraints = [models.UniqueConstraint(fields=["user", "change"], name="change_notice_once")]
        indexes = [
            models.Index(fields=["user", "-created_at"], name="change_notice_user_recent"),
            models.Index(
                fields=["user", "translation_key"], condition=Q(read_at__isnull=True), name="change_notice_unread"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user_id}: {self.change_id}"
