"""Who is notified of what (Discourse's levels), the mail sent at once through the task queue, the
notification page, the preferences and unsubscribing from a mail without logging in."""

from __future__ import annotations

import pytest
from django.core import mail
from django.template import Context, Template
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks_db.models import DBTaskResult

from forum import notifications, tasks
from forum.models import ForumProfile, Notification, NotificationLevel, Subscription, TrustLevel, Visibility
from tests.forum import factories
from tests.forum.worker import run_worker

pytestmark = pytest.mark.django_db

Kind = Notification.Kind
Level = NotificationLevel
Mode = ForumProfile.EmailMode
XSS = '<script>alert("x")</script>'


@pytest.fixture
def category(locales):
    return factories.category(name="Verzuim", slug="verzuim")


@pytest.fixture
def starter(db):
    return factories.member(handle="sanne", display_name="Sanne Bakker")


@pytest.fixture
def thread(category, starter):
    t = factories.thread(category=category, author=starter, title="Leerling elke vrijdag afwezig")
    notifications.thread_started(t)
    return t


def member(handle: str, *, mode: str = Mode.IMMEDIATE, **fields):
    user = factories.member(handle=handle, display_name=handle.capitalize(), **fields)
    ForumProfile.objects.filter(user=user).update(email_mode=mode)
    return user


def publish(post, django_capture_on_commit_callbacks, *, mentions=None):
    """What the services do once a post is committed: ``post_published``, with its on-commit work run."""
    if mentions is not None:
        post.mentions = mentions
    with django_capture_on_commit_callbacks(execute=True):
        notifications.post_published(post)


def kinds(post) -> dict[int, str]:
    return dict(Notification.objects.filter(post=post).values_list("user_id", "kind"))


def _login(client, user):
    client.force_login(user)


@pytest.fixture
def published(django_capture_on_commit_callbacks):
    return lambda post, **kw: publish(post, django_capture_on_commit_callbacks, **kw)


# --- levels --------------------------------------------------------------------------------------------------


def test_the_starter_watches_and_a_replier_tracks(thread, starter, published):
    replier = member("joris")
    post = factories.reply(thread=thread, author=replier)
    published(post)
    assert notifications.subscription_level(starter, thread=thread) == Level.WATCHING
    assert notifications.subscription_level(replier, thread=thread) == Level.TRACKING
    assert kinds(post) == {starter.pk: Kind.WATCHING}


def test_watching_is_every_post_tracking_only_replies_and_mentions(thread, published):
    watcher, tracker = member("watcher"), member("tracker")
    notifications.subscription_set(watcher, thread=thread, level=Level.WATCHING)
    notifications.subscription_set(tracker, thread=thread, level=Level.TRACKING)
    author = member("author")

    plain = factories.reply(thread=thread, author=author)
    published(plain)
    assert watcher.pk in kinds(plain) and tracker.pk not in kinds(plain)

    mine = factories.reply(thread=thread, author=tracker, body="Bij ons werkte een vaste mentor.")
    answer = factories.reply(thread=thread, author=author, reply_to=mine)
    published(answer)
    assert kinds(answer)[tracker.pk] == Kind.REPLY

    named = factories.reply(thread=thread, author=author, body='Vraag het <span class="mention">@tracker</span>')
    published(named)  # approved later: the mentions are read from the stored HTML
    assert kinds(named)[tracker.pk] == Kind.MENTION


def test_muted_silences_even_mentions_and_replies(thread, category, published):
    muted = member("stil")
    notifications.subscription_set(muted, category=category, level=Level.WATCHING)
    notifications.subscription_set(muted, thread=thread, level=Level.MUTED)
    theirs = factories.reply(thread=thread, author=muted)
    post = factories.reply(thread=thread, author=member("ander"), reply_to=theirs)
    published(post, mentions=["stil"])
    assert muted.pk not in kinds(post)


def test_the_thread_level_wins_over_the_category_level(thread, category, published):
    follower = member("volger")
    notifications.subscription_set(follower, category=category, level=Level.WATCHING)
    other = member("ander")
    first = factories.reply(thread=thread, author=other)
    published(first)
    assert kinds(first)[follower.pk] == Kind.WATCHING  # a watched category: every post in it

    notifications.subscription_set(follower, thread=thread, level=Level.TRACKING)
    second = factories.reply(thread=thread, author=other, body="Nog een idee.")
    published(second)
    assert follower.pk not in kinds(second)
    assert notifications.subscription_level(follower, thread=thread) == Level.TRACKING
    assert notifications.subscription_level(follower, category=category) == Level.WATCHING


def test_a_watched_category_announces_new_threads(category, starter, published):
    follower, tracker = member("volger"), member("tracker")
    notifications.subscription_set(follower, category=category, level=Level.WATCHING)
    notifications.subscription_set(tracker, category=category, level=Level.TRACKING)
    new = factories.thread(category=category, author=starter, title="Na het nieuws polariseert de klas")
    notifications.thread_started(new)
    published(new.posts.get(number=1))
    assert kinds(new.posts.get(number=1)) == {follower.pk: Kind.NEW_THREAD}


def test_nobody_is_notified_of_their_own_post(thread, starter, published):
    post = factories.reply(thread=thread, author=starter)
    published(post, mentions=["sanne"])
    assert kinds(post) == {}


def test_one_notification_per_member_for_the_strongest_reason(thread, starter, published):
    other = member("ander")
    question = thread.posts.get(number=1)
    post = factories.reply(thread=thread, author=other, reply_to=question)
    published(post, mentions=["sanne", "SANNE"])  # watching + reply + mention (twice)
    assert list(Notification.objects.filter(post=post).values_list("user_id", "kind")) == [(starter.pk, Kind.MENTION)]

    reply = factories.reply(thread=thread, author=other, reply_to=question, body="Nog iets.")
    published(reply)
    assert kinds(reply) == {starter.pk: Kind.REPLY}  # reply beats watching


def test_publishing_twice_notifies_nobody_twice(thread, starter, published):
    post = factories.reply(thread=thread, author=member("ander"))
    published(post)
    published(post, mentions=["sanne"])
    assert Notification.objects.filter(post=post).count() == 1
    assert DBTaskResult.objects.filter(task_path="forum.tasks.mail_post_notifications").count() == 1
    run_worker()
    assert len(mail.outbox) == 1


def test_a_pending_post_notifies_nobody_until_approved(thread, starter, published):
    newcomer = member("nieuw", trust_level=TrustLevel.NEW)
    post = factories.reply(thread=thread, author=newcomer, state=Visibility.PENDING)
    published(post, mentions=["sanne"])
    assert kinds(post) == {}

    post.state = Visibility.VISIBLE
    post.save(update_fields=["state"])
    notifications.post_approved(post)
    published(post)
    assert kinds(post) == {starter.pk: Kind.MENTION, newcomer.pk: Kind.APPROVED}


def test_members_who_cannot_see_it_or_are_blocked_get_nothing(category, starter, thread, published):
    blocked, gone = member("geblokkeerd"), member("weg")
    ForumProfile.objects.filter(user=blocked).update(blocked_at=timezone.now())
    type(gone).objects.filter(pk=gone.pk).update(is_active=False)
    for user in (blocked, gone):
        notifications.subscription_set(user, thread=thread, level=Level.WATCHING)
    post = factories.reply(thread=thread, author=member("ander"))
    published(post, mentions=["geblokkeerd", "weg"])
    assert set(kinds(post)) == {starter.pk}

    hidden = factories.thread(category=category, author=member("derde"), state=Visibility.HIDDEN)
    notifications.subscription_set(starter, category=category, level=Level.WATCHING)
    published(hidden.posts.get(number=1), mentions=["sanne"])
    assert kinds(hidden.posts.get(number=1)) == {}


def test_levels_are_validated_and_replaced(thread, starter):
    with pytest.raises(ValueError):
        notifications.subscription_set(starter, thread=thread, level="loud")
    with pytest.raises(ValueError):
        notifications.subscription_set(starter, level=Level.MUTED)
    notifications.subscription_set(starter, thread=thread, level=Level.MUTED)
    assert Subscription.objects.get(user=starter, thread=thread).level == Level.MUTED
    notifications.subscription_remove(starter, thread=thread)
    assert notifications.subscription_level(starter, thread=thread) is None


def test_publishing_costs_the_same_for_few_and_many_followers(
    thread, category, django_capture_on_commit_callbacks, django_assert_num_queries
):
    author = member("auteur")
    notifications.subscription_set(author, thread=thread, level=Level.TRACKING)

    def cost(followers: int) -> int:
        for i in range(followers):
            notifications.subscription_set(member(f"v{followers}x{i}"), category=category, level=Level.WATCHING)
        post = factories.reply(thread=thread, author=author, body=f"Bericht voor {followers}")
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries, django_capture_on_commit_callbacks(execute=True):
            notifications.post_published(post)
        assert Notification.objects.filter(post=post).count() >= followers
        return len(queries)

    assert cost(2) == cost(25)


# --- notices -------------------------------------------------------------------------------------------------


def test_an_accepted_answer_tells_its_author(thread, starter, django_capture_on_commit_callbacks):
    helper = member("helper")
    answer = factories.reply(thread=thread, author=helper)
    with django_capture_on_commit_callbacks(execute=True):
        notifications.answer_accepted(thread, answer, starter)
        notifications.answer_accepted(thread, answer, starter)  # accepted again after a change of mind
    notice = Notification.objects.get(user=helper)
    assert notice.kind == Kind.SOLVED and notice.actor == starter
    own = factories.reply(thread=thread, author=starter)
    assert notifications.answer_accepted(thread, own, starter) is None
    run_worker()
    assert [m.to for m in mail.outbox] == [[helper.email]]
    assert "Sanne Bakker koos jouw reactie als het antwoord dat hielp" in mail.outbox[0].subject


def test_a_newer_moderation_notice_replaces_the_earlier_one(thread, starter, django_capture_on_commit_callbacks):
    post = factories.reply(thread=thread, author=starter)
    with django_capture_on_commit_callbacks(execute=True):
        notifications.moderation_notice(user=starter, message="Je bericht is verborgen na meldingen.", post=post)
    run_worker()
    Notification.objects.filter(user=starter).update(read_at=timezone.now())
    with django_capture_on_commit_callbacks(execute=True):
        notifications.moderation_notice(user=starter, message="Je bericht staat weer online.", post=post)
        notifications.moderation_notice(user=starter, message="Let op je toon, graag.", thread=thread)
    notices = Notification.objects.filter(user=starter, kind=Kind.MODERATION).order_by("pk")
    assert [(n.message, n.read_at) for n in notices] == [
        ("Je bericht staat weer online.", None),
        ("Let op je toon, graag.", None),
    ]
    run_worker()
    assert len(mail.outbox) == 3
    assert "Je bericht staat weer online." in mail.outbox[1].body


# --- mail at once --------------------------------------------------------------------------------------------


def test_mail_at_once_goes_through_the_worker_to_immediate_members_only(thread, category, published):
    at_once, daily, never = member("direct"), member("dagelijks", mode=Mode.DIGEST), member("nooit", mode=Mode.NONE)
    for user in (at_once, daily, never):
        notifications.subscription_set(user, category=category, level=Level.WATCHING)
    post = factories.reply(thread=thread, author=member("ander"))
    published(post)
    assert set(kinds(post)) == {thread.author_id, at_once.pk, daily.pk, never.pk}
    assert DBTaskResult.objects.filter(queue_name="mail", backend_name="background").count() == 1
    assert mail.outbox == []  # never in the request

    run_worker()
    assert sorted(m.to[0] for m in mail.outbox) == sorted([at_once.email, thread.author.email])
    mailed = set(Notification.objects.filter(post=post, mailed_at__isnull=False).values_list("user_id", flat=True))
    assert mailed == {at_once.pk, thread.author_id}
    run_worker()
    assert len(mail.outbox) == 2  # nothing sent twice


def test_the_mail_task_costs_the_same_for_few_and_many_recipients(
    thread, category, published, django_assert_num_queries
):
    author = member("auteur")

    def cost(recipients: int) -> int:
        for i in range(recipients):
            notifications.subscription_set(member(f"r{recipients}x{i}"), category=category, level=Level.WATCHING)
        post = factories.reply(thread=thread, author=author, body=f"Voor {recipients}")
        published(post)
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            result = tasks.mail_post_notifications.call(post.pk)
        assert result["sent"] >= recipients
        return len(queries)

    assert cost(2) == cost(20) == 2


def test_the_mail_is_text_and_html_escaped_with_absolute_links_and_unsubscribe_headers(
    category, starter, published, settings
):
    hostile = factories.thread(category=category, author=starter, title=f"Vraag {XSS} & meer")
    notifications.thread_started(hostile)
    other = factories.member(handle="ander", display_name=f"Piet {XSS}")
    post = factories.reply(thread=hostile, author=other)
    post.html = "<p>Zo deden wij het &lt;b&gt; zo</p>"
    post.save(update_fields=["html"])
    with translation.override("en"):  # whatever language the request that published it was in
        published(post)
    run_worker()
    (message,) = mail.outbox
    token = ForumProfile.objects.get(user=starter).unsubscribe_token
    unsubscribe = f"{settings.SITE_URL}/forum/uitschrijven/{token}/"
    assert message.to == [starter.email]
    assert message.extra_headers["List-Unsubscribe"] == f"<{unsubscribe}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message.subject == f"Piet {XSS} schreef een nieuw bericht in “Vraag {XSS} & meer”"
    assert "\n" not in message.subject

    text = message.body
    assert f"Vraag {XSS} & meer" in text  # plain text: shown as typed, nothing to execute
    assert f"{settings.SITE_URL}/forum/p/{post.pk}/" in text and unsubscribe in text
    assert "Hallo Sanne Bakker," in text  # Dutch: members have no language of their own yet

    (html, mimetype), *_rest = message.alternatives
    assert mimetype == "text/html" and not _rest
    assert "<script>" not in html and "onerror" not in html
    assert "Vraag &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; meer" in html
    assert f'href="{settings.SITE_URL}/forum/p/{post.pk}/"' in html
    assert f'href="{unsubscribe}"' in html
    assert '<html lang="nl">' in html


def test_a_refused_address_does_not_stop_the_others(thread, category, published, settings):
    settings.EMAIL_BACKEND = "tests.forum.test_digest.RefusingBackend"
    refused, fine = member("weigert", email="weiger@school.example"), member("goed")
    for user in (refused, fine):
        notifications.subscription_set(user, category=category, level=Level.WATCHING)
    post = factories.reply(thread=thread, author=member("ander"))
    published(post)
    run_worker()
    assert sorted(m.to[0] for m in mail.outbox) == sorted([fine.email, thread.author.email])
    failed = Notification.objects.get(post=post, user=refused)
    assert failed.mail_failed and failed.mailed_at is None


# --- counting and reading ------------------------------------------------------------------------------------


def test_unread_count_is_one_query_and_zero_for_visitors(thread, starter, published, django_assert_num_queries):
    from django.contrib.auth.models import AnonymousUser

    for body in ("Een", "Twee"):
        published(factories.reply(thread=thread, author=member(f"m{body.lower()}"), body=body))
    with django_assert_num_queries(1):
        assert notifications.unread_count(starter) == 2
    with django_assert_num_queries(0):
        assert notifications.unread_count(AnonymousUser()) == 0

    request = RequestFactory().get("/")
    request.user = starter
    template = Template(
        "{% load forum_notify %}{% forum_unread_count as n %}{{ n }} {% forum_unread_count as m %}{{ m }}"
    )
    with django_assert_num_queries(1):
        assert template.render(Context({"request": request})) == "2 2"
    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    assert (
        Template("{% load forum_notify %}{% forum_unread_count as n %}{{ n }}").render(Context({"request": request}))
        == "0"
    )

    assert notifications.mark_all_read(starter) == 2
    assert notifications.unread_count(starter) == 0


def test_reading_the_thread_marks_its_notifications_read(thread, starter, published):
    first = factories.reply(thread=thread, author=member("een"))
    second = factories.reply(thread=thread, author=member("twee"))
    published(first)
    published(second)
    assert notifications.mark_thread_read(starter, thread, up_to_number=first.number) == 1
    assert notifications.unread_count(starter) == 1


# --- the notification page -----------------------------------------------------------------------------------


def test_the_notification_page_lists_newest_first_marks_unread_and_escapes(client, category, starter, published):
    hostile = factories.thread(category=category, author=starter, title=f"Titel {XSS}")
    notifications.thread_started(hostile)
    older = factories.reply(thread=hostile, author=member("oud"), body="Eerder")
    published(older)
    Notification.objects.filter(post=older).update(created_at=timezone.now() - timezone.timedelta(hours=1))
    newer = factories.reply(thread=hostile, author=member("nieuw"), body="Later")
    published(newer)
    Notification.objects.filter(post=older).update(read_at=timezone.now())

    url = reverse("forum:notifications")
    assert client.get(url).status_code == 302  # login first
    _login(client, starter)
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert" not in html
    assert "Titel &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert html.index("Nieuw schreef") < html.index("Oud schreef")
    assert html.count("notification--unread") == 1
    assert "Je hebt 1 ongelezen melding." in html


def test_opening_a_notification_marks_it_read_and_goes_to_the_post(client, thread, starter, published):
    post = factories.reply(thread=thread, author=member("ander"))
    published(post)
    notice = Notification.objects.get(user=starter)
    stranger = member("vreemd")
    _login(client, stranger)
    assert client.get(reverse("forum:notifications"), {"open": notice.pk}).status_code == 404
    _login(client, starter)
    response = client.get(reverse("forum:notifications"), {"open": notice.pk})
    assert response.status_code == 302 and response["Location"] == reverse("forum:post", args=[post.pk])
    notice.refresh_from_db()
    assert notice.read_at is not None


def test_the_notification_page_is_paginated_and_mark_all_read_is_a_post(client, thread, starter, published):
    for i in range(23):
        published(factories.reply(thread=thread, author=member(f"p{i}"), body=f"Bericht {i}"))
    _login(client, starter)
    first = client.get(reverse("forum:notifications")).content.decode()
    assert first.count('class="notification ') + first.count('class="notification"') == 20
    assert 'rel="next"' in first
    assert client.get(reverse("forum:notifications"), {"page": 2}).content.decode().count("notification--unread") == 3
    assert client.get(reverse("forum:notifications_read")).status_code == 405
    response = client.post(reverse("forum:notifications_read"), {"next": "https://elders.example/"})
    assert response.status_code == 302 and response["Location"] == reverse("forum:notifications")
    assert notifications.unread_count(starter) == 0


# --- preferences ---------------------------------------------------------------------------------------------


def test_preferences_set_the_mail_and_each_followed_level(client, thread, category, starter):
    url = reverse("forum:preferences")
    assert client.get(url).status_code == 302
    notifications.subscription_set(starter, category=category, level=Level.TRACKING)
    _login(client, starter)
    html = client.get(url).content.decode()
    assert "Leerling elke vrijdag afwezig" in html and "Verzuim" in html
    assert "Meldingen voor “Leerling elke vrijdag afwezig”" in html

    assert client.post(url, {"action": "email", "email_mode": Mode.DIGEST}).status_code == 302
    assert ForumProfile.objects.get(user=starter).email_mode == Mode.DIGEST
    assert client.post(url, {"action": "email", "email_mode": "loud"}).status_code == 400

    row = Subscription.objects.get(user=starter, thread=thread)
    client.post(url, {"action": "level", "subscription": row.pk, f"s{row.pk}-level": Level.MUTED})
    assert notifications.subscription_level(starter, thread=thread) == Level.MUTED
    client.post(url, {"action": "level", "subscription": row.pk, f"s{row.pk}-level": "stop"})
    assert not Subscription.objects.filter(pk=row.pk).exists()

    theirs = Subscription.objects.create(user=member("ander"), thread=thread, level=Level.WATCHING)
    response = client.post(url, {"action": "level", "subscription": theirs.pk, f"s{theirs.pk}-level": "muted"})
    assert response.status_code == 404
    assert client.post(url, {"action": "level", "subscription": "x"}).status_code == 404


# --- unsubscribing -------------------------------------------------------------------------------------------


@pytest.fixture
def token(starter):
    return ForumProfile.objects.get(user=starter).unsubscribe_token


def _mode(user) -> str:
    return ForumProfile.objects.get(user=user).email_mode


def test_unsubscribe_get_only_asks(client, starter, token):
    response = client.get(reverse("forum:unsubscribe", args=[token]))
    assert response.status_code == 200
    assert "Zet e-mail over het forum uit" in response.content.decode()
    assert response["X-Robots-Tag"] == "noindex"
    assert _mode(starter) == Mode.IMMEDIATE  # mail scanners open links: nothing changes


def test_unsubscribe_with_the_button_without_login(starter, token):
    client = Client(enforce_csrf_checks=True)
    response = client.post(reverse("forum:unsubscribe", args=[token]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Je krijgt geen e-mail meer over het forum" in html
    assert reverse("forum:preferences") in html
    assert _mode(starter) == Mode.NONE
    again = client.get(reverse("forum:unsubscribe", args=[token])).content.decode()
    assert "Je krijgt al geen e-mail over het forum" in again


def test_one_click_unsubscribe_from_the_mail_client(thread, starter, token, published):
    published(factories.reply(thread=thread, author=member("ander")))
    client = Client(enforce_csrf_checks=True)  # RFC 8058: no cookie, no CSRF token
    response = client.post(
        reverse("forum:unsubscribe", args=[token]),
        data="List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert _mode(starter) == Mode.NONE
    assert notifications.unread_count(starter) == 1  # on-site notifications stay


def test_an_unknown_token_is_a_calm_404_in_the_visitors_language(client, starter):
    response = client.post(reverse("forum:unsubscribe", args=["niet-bestaand"]))
    assert response.status_code == 404
    assert "Deze link kennen we niet" in response.content.decode()
    with translation.override("en"):
        url = reverse("forum:unsubscribe", args=["x" * 200])
    response = client.get(url)
    assert response.status_code == 404
    assert '<html lang="en">' in response.content.decode()
    assert _mode(starter) == Mode.IMMEDIATE


def test_other_views_keep_their_csrf_protection(starter):
    client = Client(enforce_csrf_checks=True)
    _login(client, starter)
    assert client.post(reverse("forum:notifications_read")).status_code == 403
    assert client.post(reverse("forum:preferences"), {"action": "email", "email_mode": "none"}).status_code == 403
