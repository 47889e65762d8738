"""The daily digest: ``manage.py forum_digest`` queues one task; the worker sends one mail per member who chose
the digest, with what they have not read or been mailed since their previous digest, in batches of members at a
fixed number of queries each; an address that refuses the mail does not stop the others."""

from __future__ import annotations

import io
import smtplib
from datetime import timedelta

import pytest
from django.core import mail
from django.core.mail.backends import locmem
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from forum import notifications, tasks
from forum.models import ForumProfile, Notification, NotificationLevel, Post
from tests.forum import factories
from tests.forum.worker import run_worker

pytestmark = pytest.mark.django_db

Mode = ForumProfile.EmailMode
XSS = '<script>alert("x")</script>'


class RefusingBackend(locmem.EmailBackend):
    """The test outbox, with a mail server that refuses every address starting with "weiger"."""

    def send_messages(self, messages):
        for message in messages:
            refused = [address for address in message.to if address.startswith("weiger")]
            if refused:
                raise smtplib.SMTPRecipientsRefused({address: (550, b"5.1.1 No such user") for address in refused})
        return super().send_messages(messages)


@pytest.fixture
def category(locales):
    return factories.category(name="Polarisatie", slug="polarisatie")


@pytest.fixture
def author(db):
    return factories.member(handle="auteur", display_name="Anouk de Vries")


def digest_members(n: int, category, *, prefix: str = "lid", email: str = "") -> list:
    members = []
    for i in range(n):
        user = factories.member(
            handle=f"{prefix}{i}",
            display_name=f"Lid {prefix} {i}",
            **({"email": f"{email}{i}@school.example"} if email else {}),
        )
        members.append(user)
    ForumProfile.objects.filter(user__in=members).update(email_mode=Mode.DIGEST)
    from forum.models import Subscription

    Subscription.objects.bulk_create(
        [Subscription(user=u, category=category, level=NotificationLevel.WATCHING) for u in members]
    )
    return members


def new_posts(n: int, category, author, *, title: str = "") -> list[Post]:
    """``n`` new threads in the watched category, published (their notifications made)."""
    posts = []
    for i in range(n):
        thread = factories.thread(category=category, author=author, title=title or f"Vraag {i} over de klas")
        post = thread.posts.get(number=1)
        notifications.post_published(post)
        posts.append(post)
    return posts


def test_the_command_queues_one_task_and_the_worker_sends_one_digest_per_member(category, author):
    watchers = digest_members(3, category)
    at_once = factories.member(handle="direct")
    notifications.subscription_set(at_once, category=category, level=NotificationLevel.WATCHING)
    none = factories.member(handle="geen")
    ForumProfile.objects.filter(user=none).update(email_mode=Mode.NONE)
    notifications.subscription_set(none, category=category, level=NotificationLevel.WATCHING)
    new_posts(2, category, author)

    call_command("forum_digest", stdout=io.StringIO())
    call_command("forum_digest", stdout=io.StringIO())  # still waiting: not queued again
    assert DBTaskResult.objects.filter(task_path="forum.tasks.send_digest_mail").count() == 1
    assert mail.outbox == []

    run_worker()
    assert sorted(m.to[0] for m in mail.outbox) == sorted(u.email for u in watchers)
    message = mail.outbox[0]
    assert message.subject == "Je dagelijkse forumoverzicht: 2 nieuwe meldingen"
    assert "Anouk de Vries begon een nieuwe draad: “Vraag 0 over de klas”" in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message.alternatives[0][1] == "text/html"

    mailed = Notification.objects.filter(user__in=watchers)
    assert mailed.count() == 6 and not mailed.filter(mailed_at__isnull=True).exists()
    assert Notification.objects.filter(user__in=[at_once, none], mailed_at__isnull=True).count() == 4
    assert all(p.last_digest_at is not None for p in ForumProfile.objects.filter(user__in=watchers))
    result = DBTaskResult.objects.get(task_path="forum.tasks.send_digest_mail")
    assert result.status == "SUCCESSFUL" and result.return_value["sent"] == 3

    new_posts(1, category, author, title="Nog een vraag vandaag")
    call_command("forum_digest", stdout=io.StringIO())
    run_worker()
    assert len(mail.outbox) == 3  # one digest a day


def test_a_digest_covers_what_is_unread_and_new_since_the_previous_one(category, author):
    (reader,) = digest_members(1, category)
    old, read, fresh = new_posts(3, category, author)
    long_ago = timezone.now() - timedelta(days=2)
    Notification.objects.filter(post=old).update(created_at=long_ago - timedelta(hours=1))
    Notification.objects.filter(post=read).update(read_at=timezone.now())
    ForumProfile.objects.filter(user=reader).update(last_digest_at=long_ago)

    totals = tasks.send_digests()
    assert totals == {"members": 1, "sent": 1, "failed": 0, "batches": 1}
    (message,) = mail.outbox
    assert message.subject == "Je dagelijkse forumoverzicht: 1 nieuwe melding"
    assert fresh.thread.title in message.body
    assert old.thread.title not in message.body and read.thread.title not in message.body


def test_nothing_new_means_no_digest(category, author):
    digest_members(2, category)
    assert tasks.send_digests()["members"] == 0
    assert mail.outbox == []


def test_a_long_digest_shows_the_newest_and_counts_the_rest(category, author, monkeypatch):
    monkeypatch.setattr(tasks, "DIGEST_MAX_ITEMS", 3)
    digest_members(1, category)
    new_posts(5, category, author)
    tasks.send_digests()
    (message,) = mail.outbox
    assert message.subject == "Je dagelijkse forumoverzicht: 5 nieuwe meldingen"
    assert message.body.count("begon een nieuwe draad") == 3
    assert "Vraag 4 over de klas" in message.body and "Vraag 0 over de klas" not in message.body
    assert "En nog 2 meldingen op het forum:" in message.body


def test_titles_and_names_are_escaped_in_the_digest(category):
    hostile = factories.member(handle="piet", display_name=f"Piet {XSS}")
    digest_members(1, category)
    new_posts(1, category, hostile, title=f"Titel {XSS}")
    tasks.send_digests()
    (message,) = mail.outbox
    html = message.alternatives[0][0]
    assert "<script>" not in html
    assert "Piet &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; begon een nieuwe draad" in html
    assert f"Titel {XSS}" in message.body  # the plain text shows what was typed


@pytest.mark.parametrize("members", [10, 100])
def test_the_digest_costs_a_fixed_number_of_queries_per_batch(
    category, author, members, django_assert_num_queries, monkeypatch
):
    digest_members(members, category)
    new_posts(5, category, author)
    batches = members // 10
    # Per batch: the members, their notifications, what each other digest source has for them (changed items,
    # none here), marking them mailed, the members' last digest. One more query finds that no member is left.
    with django_assert_num_queries(5 * batches + 1):
        totals = tasks.send_digests(batch_size=10)
    assert totals == {"members": members, "sent": members, "failed": 0, "batches": batches}
    assert len(mail.outbox) == members


def test_a_refused_address_does_not_stop_the_digest_for_the_others(category, author, settings, caplog):
    settings.EMAIL_BACKEND = "tests.forum.test_digest.RefusingBackend"
    fine = digest_members(3, category, prefix="goed")
    refused = digest_members(2, category, prefix="fout", email="weiger")
    new_posts(2, category, author)

    with caplog.at_level("WARNING", logger="forum.tasks"):
        totals = tasks.send_digests(batch_size=2)
    assert totals["sent"] == 3 and totals["failed"] == 2
    assert sorted(m.to[0] for m in mail.outbox) == sorted(u.email for u in fine)
    failed = Notification.objects.filter(user__in=refused)
    assert failed.count() == 4 and all(n.mail_failed and n.mailed_at is None for n in failed)
    assert "failed" in caplog.text
    # The refused members are not retried every day; their notifications wait on the site.
    assert tasks.send_digests(now=timezone.now() + timedelta(days=1))["members"] == 0


def test_the_command_can_send_without_the_worker(category, author):
    digest_members(2, category)
    new_posts(1, category, author)
    call_command("forum_digest", "--now", stdout=io.StringIO())
    assert len(mail.outbox) == 2
    assert not DBTaskResult.objects.exists()
