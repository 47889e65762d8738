"""The fan-out of a change, run by the task queue's worker (``manage.py db_worker --backend background``), never
in a request: an item kept by 2,000 members is one task that writes their notices in batches of a fixed number
of queries, and mails at once those who chose immediate mail (the forum's mail settings, which are the member's
mail settings). Members who chose the daily digest find the change there (``alerts.digest``); members without
mail settings see it on Mijn WIJschool.
"""

from __future__ import annotations

import logging

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task
from wagtail.models import Page

from alerts import services
from alerts.models import ChangeNote, ChangeNotice
from forum.models import ForumProfile
from forum.tasks import Line, absolute, deliver_and_mark, member_language, member_message

logger = logging.getLogger(__name__)


class Titles:
    """The item's title in each language, read once per change (or per digest batch)."""

    def __init__(self, translation_keys):
        self._titles: dict[tuple, str] = {}
        for key, language, title in Page.objects.filter(translation_key__in=set(translation_keys)).values_list(
            "translation_key", "locale__language_code", "title"
        ):
            self._titles[(key, language)] = title

    def title(self, change: ChangeNote) -> str:
        language = translation.get_language()
        return self._titles.get((change.translation_key, language)) or self._titles.get(
            (change.translation_key, "nl"), ""
        )


def line(notice: ChangeNotice, titles: Titles) -> Line:
    """A change as a mail shows it (the forum's ``Line``: plain strings, escaped by the templates)."""
    change = notice.change
    return Line(
        sentence=_("Bijgewerkt: %(title)s (%(reason)s)")
        % {"title": titles.title(change), "reason": notice.get_reason_display()},
        url=absolute(reverse("alerts:open", args=[notice.pk])),
        message=change.note,
    )


def mail_at_once(change: ChangeNote, user_ids: list[int], titles: Titles) -> tuple[int, int]:
    """Mail the notice of this change to those of ``user_ids`` who chose immediate mail: three queries at most."""
    notices = list(
        ChangeNotice.objects.filter(
            change=change,
            user_id__in=user_ids,
            mailed_at__isnull=True,
            mail_failed=False,
            read_at__isnull=True,
            user__forum_profile__email_mode=ForumProfile.EmailMode.IMMEDIATE,
            user__forum_profile__blocked_at__isnull=True,
        )
        .select_related("user__forum_profile")
        .order_by("pk")
    )
    messages = []
    for notice in notices:
        notice.change = change
        profile = notice.user.forum_profile
        with translation.override(member_language(profile)):
            messages.append(
                (
                    notice.pk,
                    member_message(profile, template="alerts/email/change", context={"line": line(notice, titles)}),
                )
            )
    sent, failed = deliver_and_mark(messages, ChangeNotice)
    return len(sent), len(failed)


def fan_out(change_id: int, *, batch_size: int = services.BATCH) -> dict:
    change = ChangeNote.objects.filter(pk=change_id, notifies=True).first()
    totals = {"members": 0, "batches": 0, "mailed": 0, "failed": 0}
    if change is None:
        return totals
    titles = Titles([change.translation_key])
    after = 0
    while True:
        user_ids, after = services.notify_batch(change, after=after, size=batch_size)
        if not user_ids:
            break
        sent, failed = mail_at_once(change, user_ids, titles)
        totals["members"] += len(user_ids)
        totals["batches"] += 1
        totals["mailed"] += sent
        totals["failed"] += failed
    ChangeNote.objects.filter(pk=change.pk).update(
        notified_at=timezone.now(), recipients=ChangeNotice.objects.filter(change=change).count()
    )
    logger.info("Change %s: %s members in %s batches, %s mailed", change.pk, *list(totals.values())[:3])
    return totals


@task(backend="background", queue_name="default")
def send_change_notices(change_id: int) -> dict:
    """Every notice of one change (``services.change_published`` queues it after the publication commits)."""
    return fan_out(change_id)


def unmailed(user_ids, now, oldest):
    return ChangeNotice.objects.filter(
        Q(user_id__in=user_ids) if user_ids is not None else Q(),
        mailed_at__isnull=True,
        mail_failed=False,
        read_at__isnull=True,
        created_at__gt=oldest,
        created_at__lte=now,
    )
