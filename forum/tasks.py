"""The forum's mail, sent by the task queue's worker (``manage.py db_worker --backend background``), never in a
request: a mail server that is slow or refuses an address delays nobody's page.

- ``mail_post_notifications(post_id)``: one task per published post; mails each member notified of it who
  chose immediate mail.
- ``mail_notification(notification_id)``: one notice (answer accepted, post approved, a moderator's notice).
- ``send_digests()``: enqueued once a day by ``manage.py forum_digest``; one mail per member who chose the
  digest, with what they have not read or been mailed since their previous digest. Members are read in batches,
  with a fixed number of queries per batch whatever the number of posts.

Every mail is in the member's language, plain text with an HTML alternative, rendered from
``templates/forum/email/``, with absolute links (``SITE_URL``) and the one-click unsubscribe headers of RFC 8058.
An address that refuses a message (or any failure sending one message) is logged and marked ``mail_failed``;
the other members' mail goes on.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db.models import Count, DateTimeField, Exists, F, OuterRef, Q, Value, Window
from django.db.models.functions import Coalesce, RowNumber
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task

from forum import notifications
from forum.models import ForumProfile, Notification

logger = logging.getLogger(__name__)

EmailMode = ForumProfile.EmailMode

# Digest members per batch: one query for the members, one for their notifications, and at most three updates.
DIGEST_BATCH = 100
# Lines in one digest; the rest is counted ("and 12 more") and waits on the notification page.
DIGEST_MAX_ITEMS = 30
# A digest covers at most the last week, also for a member who switched to it after months of no mail.
DIGEST_MAX_AGE = timedelta(days=7)
# Daily: a second run on the same day (a restarted scheduler) mails nobody twice.
DIGEST_MIN_INTERVAL = timedelta(hours=20)


def member_language(profile: ForumProfile) -> str:
    """The language a member's mail is written in: the one they used the forum in first, changeable in their
    preferences."""
    languages = dict(settings.LANGUAGES)
    return profile.language if profile.language in languages else settings.LANGUAGE_CODE


def absolute(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


@dataclass(frozen=True)
class Line:
    """One notification as a mail shows it: plain strings, escaped by the templates."""

    sentence: str
    url: str
    excerpt: str = ""
    message: str = ""


class _Lines:
    """Builds the lines of many mails, each distinct line once per run and language: a digest names the same
    new post to every member watching its category."""

    def __init__(self):
        self._lines: dict[tuple, Line] = {}
        self._urls: dict[tuple, str] = {}

    def url(self, name: str, *args) -> str:
        key = (translation.get_language(), name, *args)
        if key not in self._urls:
            self._urls[key] = absolute(reverse(name, args=args))
        return self._urls[key]

    def target(self, n: Notification) -> str:
        if n.post_id:
            return self.url("forum:post", n.post_id)
        if n.thread_id:
            return self.url("forum:thread", n.thread_id, n.thread.slug)
        return self.url("forum:notifications")

    def line(self, n: Notification) -> Line:
        key = (translation.get_language(), n.kind, n.post_id, n.thread_id, n.actor_id, n.message)
        if key not in self._lines:
            self._lines[key] = Line(
                sentence=notifications.describe(n),
                url=self.target(n),
                excerpt=notifications.excerpt(n),
                message=n.message,
            )
        return self._lines[key]


# What a mail shows of a notification: its thread's title, the post's HTML (for the excerpt), the actor's name.
MAIL_FIELDS = (
    "pk",
    "user_id",
    "kind",
    "message",
    "created_at",
    "thread__id",
    "thread__title",
    "post__id",
    "post__html",
    "actor__id",
    "actor__forum_profile__id",
    "actor__forum_profile__display_name",
    "actor__forum_profile__user_id",
)


def member_message(profile: ForumProfile, *, template: str, context: dict) -> EmailMultiAlternatives:
    """A mail to the member from ``forum/email/<template>_subject.txt``, ``.txt`` and ``.html`` (or, for a
    ``template`` with a folder, ``<template>_subject.txt`` and so on: another app's mail that follows the member's
    forum mail settings), in the active language, with the unsubscribe link in the body and in the headers."""
    unsubscribe = absolute(reverse("forum:unsubscribe", args=[profile.unsubscribe_token]))
    context = {
        **context,
        "profile": profile,
        "site_name": settings.WAGTAIL_SITE_NAME,
        "language": translation.get_language(),
        "forum_url": absolute(reverse("forum:index")),
        "notifications_url": absolute(reverse("forum:notifications")),
        "preferences_url": absolute(reverse("forum:preferences")),
        "unsubscribe_url": unsubscribe,
    }
    prefix = template if "/" in template else f"forum/email/{template}"
    subject = " ".join(render_to_string(f"{prefix}_subject.txt", context).split())
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string(f"{prefix}.txt", context).strip() + "\n",
        to=[profile.user.email],
        headers={
            # RFC 2369 and 8058: mail clients offer "unsubscribe", and may do it with one POST, no login.
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            # RFC 3834: out-of-office replies stay away.
            "Auto-Submitted": "auto-generated",
        },
    )
    message.attach_alternative(render_to_string(f"{prefix}.html", context), "text/html")
    return message


def deliver(messages: list[tuple[object, EmailMultiAlternatives]]) -> tuple[list, list]:
    """Send each message on one connection; a message that fails (an address refused, anything) is logged
    and skipped, and the connection is opened afresh for the next. Returns the keys sent and the keys failed.
    A mail server that cannot be reached at all raises: nothing is marked, the next run tries again."""
    sent, failed = [], []
    if not messages:
        return sent, failed
    with get_connection() as connection:
        for key, message in messages:
            message.connection = connection
            try:
                message.send()
            except Exception:
                logger.warning("Forum mail to member %s failed; the others go on.", key, exc_info=True)
                failed.append(key)
                connection.close()
                connection.open()
            else:
                sent.append(key)
    return sent, failed


def deliver_and_mark(messages: list[tuple[int, EmailMultiAlternatives]], model) -> tuple[list, list]:
    """``deliver`` the messages, keyed by the pk of the ``model`` row each tells of, then mark those rows
    ``mailed_at`` (sent) or ``mail_failed``: at most two updates."""
    sent, failed = deliver(messages)
    if sent:
        model.objects.filter(pk__in=sent).update(mailed_at=timezone.now())
    if failed:
        model.objects.filter(pk__in=failed).update(mail_failed=True)
    return sent, failed


# --- at once -------------------------------------------------------------------------------------------------


def _unmailed():
    return Notification.objects.filter(
        mailed_at__isnull=True,
        mail_failed=False,
        read_at__isnull=True,
        user__is_active=True,
        user__forum_profile__blocked_at__isnull=True,
    )


def send_immediate(notifications_qs) -> dict:
    """Mail each of these notifications whose member chose immediate mail (and was not mailed it yet): three
    queries however many members."""
    rows = list(
        notifications_qs.filter(user__forum_profile__email_mode=EmailMode.IMMEDIATE)
        .select_related("user__forum_profile", "thread", "post", "actor__forum_profile")
        .only(*MAIL_FIELDS, "user__id", "user__email", "user__forum_profile")
        .order_by("pk")
    )
    lines = _Lines()
    messages = []
    for n in rows:
        profile = n.user.forum_profile
        with translation.override(member_language(profile)):
            line = lines.line(n)
            messages.append((n.pk, member_message(profile, template="notification", context={"line": line, "n": n})))
    sent, failed = deliver_and_mark(messages, Notification)
    return {"sent": len(sent), "failed": len(failed)}


@task(backend="background", queue_name="mail")
def mail_post_notifications(post_id: int) -> dict:
    """The mail of everyone notified of this post who wants mail at once."""
    return send_immediate(_unmailed().filter(post_id=post_id))


@task(backend="background", queue_name="mail")
def mail_notification(notification_id: int) -> dict:
    """The mail of one notice (answer accepted, post approved, a moderator's notice), if the member wants mail
    at once."""
    return send_immediate(_unmailed().filter(pk=notification_id))


# --- the daily digest ----------------------------------------------------------------------------------------


def _since(oldest):
    """What a digest covers: after the member's previous digest, and not older than a week."""
    return Coalesce(F("user__forum_profile__last_digest_at"), Value(oldest, output_field=DateTimeField()))


def _digest_pending(now, oldest):
    return _unmailed().filter(created_at__gt=oldest, created_at__lte=now)


def digest_sources() -> list:
    """What other apps add to the digest (the ``forum_digest_sources`` hook), each an object with
    ``pending(now, oldest)`` (a query of the ``user_id`` of members with something new for it),
    ``collect(user_ids, now, oldest)`` (one query: what is new per member), ``section(items)`` (a title and
    ``Line`` objects, in the active language) and ``mark(sent, now, oldest, failed=...)`` (an update each for the
    members mailed and those whose mail failed)."""
    from wagtail import hooks

    return [fn() for fn in hooks.get_hooks("forum_digest_sources")]


def digest_members(now=None, sources=None):
    """Members due a digest: they chose it, had none in the last 20 hours, and have something unread and unmailed
    since their previous one."""
    now = now or timezone.now()
    oldest = now - DIGEST_MAX_AGE
    sources = digest_sources() if sources is None else sources
    pending = _digest_pending(now, oldest).filter(
        user_id=OuterRef("user_id"),
        created_at__gt=Coalesce(OuterRef("last_digest_at"), Value(oldest, output_field=DateTimeField())),
    )
    condition = Exists(pending)
    for source in sources:
        condition |= Q(user_id__in=source.pending(now, oldest))
    return (
        ForumProfile.objects.filter(email_mode=EmailMode.DIGEST, blocked_at__isnull=True, user__is_active=True)
        .filter(Q(last_digest_at__isnull=True) | Q(last_digest_at__lte=now - DIGEST_MIN_INTERVAL))
        .filter(condition)
        .select_related("user")
        .order_by("pk")
    )


def _digest_batch(batch: list[ForumProfile], *, now, oldest, lines: _Lines, sources: list) -> tuple[int, int]:
    """One digest per member of the batch: one query for their notifications (the newest ``DIGEST_MAX_ITEMS``
    of each, and how many there are) and one per digest source, sends, then at most three updates and one per
    source."""
    users = [p.user_id for p in batch]
    covered = _digest_pending(now, oldest).filter(user_id__in=users, created_at__gt=_since(oldest))
    rows = (
        covered.annotate(
            rank=Window(RowNumber(), partition_by=[F("user_id")], order_by=[F("created_at").desc(), F("pk").desc()]),
            total=Window(Count("pk"), partition_by=[F("user_id")]),
        )
        .filter(rank__lte=DIGEST_MAX_ITEMS)
        .select_related("thread", "post", "actor__forum_profile")
        .only(*MAIL_FIELDS)
        .order_by("user_id", "-created_at", "-pk")
    )
    per_member: dict[int, list[Notification]] = {}
    for n in rows:
        per_member.setdefault(n.user_id, []).append(n)
    extra = [(source, source.collect(users, now, oldest)) for source in sources]
    messages = []
    for profile in batch:
        found = per_member.get(profile.user_id, [])
        theirs = [(source, items[profile.user_id]) for source, items in extra if items.get(profile.user_id)]
        if not found and not theirs:
            continue
        with translation.override(member_language(profile)):
            total = found[0].total if found else 0
            context = {
                "lines": [lines.line(n) for n in found],
                "more": total - len(found),
                "sections": [source.section(items) for source, items in theirs],
            }
            # The subject counts the forum's notifications, or, in a digest of changes only, the changes.
            context["total"] = total or sum(len(section["lines"]) for section in context["sections"])
            messages.append((profile.user_id, member_message(profile, template="digest", context=context)))
    sent, failed = deliver(messages)
    if sent:
        covered.filter(user_id__in=sent).update(mailed_at=now)
    if failed:
        covered.filter(user_id__in=failed).update(mail_failed=True)
    for source, items in extra:
        if items:
            source.mark([pk for pk in sent if pk in items], now, oldest, failed=[pk for pk in failed if pk in items])
    ForumProfile.objects.filter(pk__in=[p.pk for p in batch]).update(last_digest_at=now)
    return len(sent), len(failed)


def send_digests(*, now=None, batch_size: int = DIGEST_BATCH) -> dict:
    """Send the daily digests: members in batches of ``batch_size`` (by id), a fixed number of queries each."""
    now = now or timezone.now()
    oldest = now - DIGEST_MAX_AGE
    sources = digest_sources()
    members = digest_members(now, sources)
    lines = _Lines()
    totals = {"members": 0, "sent": 0, "failed": 0, "batches": 0}
    after = 0
    while batch := list(members.filter(pk__gt=after)[:batch_size]):
        after = batch[-1].pk
        sent, failed = _digest_batch(batch, now=now, oldest=oldest, lines=lines, sources=sources)
        totals["members"] += len(batch)
        totals["sent"] += sent
        totals["failed"] += failed
        totals["batches"] += 1
    logger.info("Forum digest: %(sent)s sent, %(failed)s failed, %(batches)s batches", totals)
    return totals


def digest_waiting() -> bool:
    """A digest task is queued and has not started yet (the worker is behind, or down): queue no second one."""
    from django_tasks_db.backend import DatabaseBackend
    from django_tasks_db.models import DBTaskResult

    backend = send_digest_mail.get_backend()
    if not isinstance(backend, DatabaseBackend):
        return False
    return (
        DBTaskResult.objects.ready().filter(backend_name=backend.alias, task_path=send_digest_mail.module_path).exists()
    )


@task(backend="background", queue_name="mail")
def send_digest_mail() -> dict:
    """Every member's daily digest, in one task run (``manage.py forum_digest`` enqueues it)."""
    return send_digests()
