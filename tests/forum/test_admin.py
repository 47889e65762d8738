"""The forum in the Wagtail admin: the moderation queue, threads and posts with their history, the log, the
categories snippet and the members, with who may open what, escaping of what members typed, and the queue's
query count."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.client import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from forum import moderation, state
from forum.models import (
    Category,
    Flag,
    ForumProfile,
    ModerationAction,
    ModerationLogEntry,
    Post,
    PostRevision,
    Thread,
    TrustLevel,
    Visibility,
)
from tests.community.factories import UserFactory
from tests.forum import factories

pytestmark = pytest.mark.django_db

QUEUE = "/admin/forum/wachtrij/"
LOG = "/admin/forum/logboek/"
THREADS = "/admin/forum/draden/"
MEMBERS = "/admin/forum/leden/"
CATEGORIES = "/admin/snippets/forum/category/"
XSS = '<script>alert("xss")</script>'


@pytest.fixture(autouse=True)
def _quiet(settings, monkeypatch):
    settings.FORUM_RATE_LIMITS = False
    from forum import notifications

    monkeypatch.setattr(notifications, "moderation_notice", lambda **kwargs: None)


@pytest.fixture
def category(locales):
    return factories.category(name="Wapens", slug="wapens")


@pytest.fixture
def moderator(db):
    user = factories.member(trust_level=TrustLevel.TRUSTED, display_name="Moderator Mo", first_name="Mo")
    user.groups.add(Group.objects.get(name=state.MODERATOR_GROUP))
    return user


@pytest.fixture
def editor(db):
    user = factories.member(display_name="Redacteur Ria")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def moderator_client(client, moderator):
    client.force_login(moderator)
    return client


@pytest.fixture
def thread(category):
    return factories.thread(category=category, author=factories.member(), title="Een mes in de klas", replies=1)


def _pending(thread, **kwargs):
    author = factories.member(trust_level=TrustLevel.NEW, display_name=kwargs.pop("display_name", "Nieuw Lid"))
    return factories.reply(thread=thread, author=author, state=Visibility.PENDING, **kwargs)


def _flagged(thread, *, flags=1, note="Dit is niet aardig", body="Wat een onzin.", display_name="Boze Bert"):
    post = factories.reply(thread=thread, author=factories.member(display_name=display_name), body=body)
    for _n in range(flags):
        moderation.flag_create(post=post, user=factories.member(), reason=Flag.Reason.UNKIND, note=note)
    return post


def _pupil(thread):
    return factories.reply(
        thread=thread,
        author=factories.member(display_name="Docent Dirk"),
        body="Jan (BSN 111222333) is vaak afwezig.",
        pupil_data=[{"kind": "bsn", "text": "111222333"}],
    )


# --- who may open what ---------------------------------------------------------------------------------------


def test_the_data_migration_gives_moderators_and_editors_their_forum_permissions():
    moderators = Group.objects.get(name="Moderators")
    editors = Group.objects.get(name="Editors")

    def codes(group):
        return set(group.permissions.filter(content_type__app_label="forum").values_list("codename", flat=True))

    assert {"change_post", "change_thread", "view_moderationlogentry", "change_forumprofile"} <= codes(moderators)
    assert {"add_category", "change_category", "delete_category", "change_forumprofile"} <= codes(editors)
    assert "change_post" not in codes(editors)


def test_a_moderator_who_is_not_a_superuser_opens_every_forum_page(moderator_client, thread, moderator):
    post = _pending(thread)
    for url in (QUEUE, LOG, THREADS, f"{THREADS}{thread.pk}/", f"{THREADS}bericht/{post.pk}/", MEMBERS):
        response = moderator_client.get(url)
        assert response.status_code == 200, url


def test_an_editor_manages_categories_and_members_but_not_the_queue(client, editor, thread):
    client.force_login(editor)
    post = _pending(thread)
    for url in (QUEUE, LOG, THREADS, f"{THREADS}{thread.pk}/", f"{THREADS}bericht/{post.pk}/"):
        response = client.get(url)
        assert response.status_code == 302 and response.url == reverse("wagtailadmin_home"), url
    response = client.post(f"{THREADS}bericht/{post.pk}/actie/", {"action": "approve", f"post-{post.pk}-reason": ""})
    assert response.status_code == 302
    assert Post.objects.get(pk=post.pk).state == Visibility.PENDING
    assert client.get(CATEGORIES).status_code == 200
    assert client.get(MEMBERS).status_code == 200


def test_a_member_without_admin_access_is_sent_to_the_login(client, thread):
    client.force_login(factories.member())
    response = client.get(QUEUE)
    assert response.status_code == 302 and "/login/" in response.url


def test_the_forum_menu_shows_each_its_own_items(moderator, editor):
    from forum.admin_hooks import ForumAdminGroup

    def labels(user):
        request = RequestFactory().get("/admin/")
        request.user = user
        menu = ForumAdminGroup().get_menu_item().menu
        return [str(item.label) for item in menu.menu_items_for_request(request)]

    assert labels(moderator) == ["Wachtrij", "Draden", "Logboek", "Categorieën", "Leden"]
    assert labels(editor) == ["Categorieën", "Leden"]


# --- the queue -----------------------------------------------------------------------------------------------


def test_the_queue_lists_waiting_flagged_and_pupil_data_posts(moderator_client, thread):
    waiting = _pending(thread, body="Mijn eerste bericht hier.")
    flagged = _flagged(thread, flags=2, note="Kwetsend voor collega's")
    pupil = _pupil(thread)
    quiet = factories.reply(thread=thread, author=factories.member(), body="Gewoon een reactie.")
    html = moderator_client.get(QUEUE).content.decode()
    assert "Mijn eerste bericht hier." in html and "Wacht op goedkeuring" in html
    assert "Kwetsend voor collega&#x27;s" in html and "2 meldingen" in html and "Onvriendelijk of kwetsend (2)" in html
    assert "ondanks de waarschuwing voor leerlinggegevens" in html and "111222333" in html
    assert "een BSN (burgerservicenummer)" in html
    assert "Gewoon een reactie." not in html
    for post in (waiting, flagged, pupil):
        assert f'action="{THREADS}bericht/{post.pk}/actie/"' in html
        assert f'href="{THREADS}bericht/{post.pk}/"' in html
    assert f'href="{THREADS}{thread.pk}/"' in html
    assert quiet.pk  # listed nowhere
    html = moderator_client.get(f"{QUEUE}?kind=pupil_data").content.decode()
    assert "111222333" in html and "Mijn eerste bericht hier." not in html


def test_a_moderator_approves_from_the_queue_and_the_post_leaves_it(moderator_client, thread, moderator):
    waiting = _pending(thread)
    response = moderator_client.post(
        f"{THREADS}bericht/{waiting.pk}/actie/",
        {"action": "approve", f"post-{waiting.pk}-reason": "", "next": f"{QUEUE}?kind=pending"},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == f"{QUEUE}?kind=pending"
    html = response.content.decode()
    assert "Goedgekeurd: het bericht staat nu op het forum." in html
    waiting.refresh_from_db()
    assert waiting.state == Visibility.VISIBLE
    assert ModerationLogEntry.objects.get(post=waiting).moderator == moderator
    assert "De wachtrij is leeg" in moderator_client.get(QUEUE).content.decode()


def test_hiding_with_a_reason_works_and_is_logged(moderator_client, thread, moderator):
    flagged = _flagged(thread)
    response = moderator_client.post(
        f"{THREADS}bericht/{flagged.pk}/actie/",
        {"action": "hide", f"post-{flagged.pk}-reason": "Onvriendelijk tegen een collega"},
    )
    assert response.status_code == 302
    flagged.refresh_from_db()
    assert flagged.state == Visibility.HIDDEN
    entry = ModerationLogEntry.objects.get(action=ModerationAction.HIDE)
    assert (entry.moderator, entry.reason) == (moderator, "Onvriendelijk tegen een collega")


def test_a_missing_reason_gives_a_message_and_nothing_changes(moderator_client, thread):
    flagged = _flagged(thread)
    response = moderator_client.post(
        f"{THREADS}bericht/{flagged.pk}/actie/", {"action": "delete", f"post-{flagged.pk}-reason": "  "}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Geef een reden op." in html
    assert Post.objects.get(pk=flagged.pk).state == Visibility.VISIBLE
    assert not ModerationLogEntry.objects.exists()


def test_an_edit_without_a_reason_keeps_the_typed_text(moderator_client, thread):
    pupil = _pupil(thread)
    typed = "Een leerling is vaak afwezig; hoe pakken jullie dat aan?"
    response = moderator_client.post(
        f"{THREADS}bericht/{pupil.pk}/bewerken/",
        {f"post-{pupil.pk}-edit-body": typed, f"post-{pupil.pk}-edit-reason": ""},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Geef een reden op." in html and typed in html
    assert Post.objects.get(pk=pupil.pk).body.startswith("Jan (BSN")
    response = moderator_client.post(
        f"{THREADS}bericht/{pupil.pk}/bewerken/",
        {f"post-{pupil.pk}-edit-body": typed, f"post-{pupil.pk}-edit-reason": "BSN weggehaald"},
        follow=True,
    )
    assert "de vorige versie staat in de geschiedenis" in response.content.decode()
    pupil.refresh_from_db()
    assert pupil.body == typed
    # The history shows the earlier text with who and why.
    html = moderator_client.get(f"{THREADS}bericht/{pupil.pk}/").content.decode()
    assert "Jan (BSN 111222333) is vaak afwezig." in html and "BSN weggehaald" in html
    assert PostRevision.objects.get(post=pupil).edited_by.first_name == "Mo"
    # Edited after the warning, by a moderator: it has left the queue.
    assert "111222333" not in moderator_client.get(QUEUE).content.decode()


def test_an_unknown_action_is_a_message_not_an_error(moderator_client, thread):
    waiting = _pending(thread)
    response = moderator_client.post(f"{THREADS}bericht/{waiting.pk}/actie/", {"action": "explode"})
    assert response.status_code == 200 and "Kies wat er met dit bericht moet gebeuren." in response.content.decode()
    assert moderator_client.post(f"{THREADS}bericht/999999/actie/", {"action": "approve"}).status_code == 404
    assert moderator_client.get(f"{THREADS}bericht/{waiting.pk}/actie/").status_code == 405


def test_what_members_typed_is_escaped_in_the_queue_and_the_log(moderator_client, category, moderator):
    hostile = factories.thread(category=category, author=factories.member(), title=f"Vraag {XSS}")
    post = _flagged(hostile, note=f"Let op {XSS}", body=f"Hallo {XSS}", display_name=f"Naam {XSS}")
    html = moderator_client.get(QUEUE).content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;" in html  # title, name, note, Markdown source
    moderation.post_hide(post=post, moderator=moderator, reason=f"Reden {XSS}")
    for url in (LOG, f"{THREADS}{hostile.pk}/", f"{THREADS}bericht/{post.pk}/", f"{THREADS}?q=Vraag"):
        html = moderator_client.get(url).content.decode()
        assert "<script>alert" not in html, url
        assert "&lt;script&gt;" in html, url


def test_the_rendered_post_is_cleaned_again_before_it_is_shown():
    from forum.admin_views import safe_post_html

    html = safe_post_html('<p onclick="x()">Hoi <a href="javascript:alert(1)">link</a><script>alert(1)</script></p>')
    assert "<script" not in html and "onclick" not in html and "javascript:" not in html
    assert "<p>Hoi" in html


def test_the_queue_page_costs_the_same_queries_for_5_and_50_items(moderator_client, thread, django_assert_num_queries):
    def fill(n):
        for i in range(n):
            kind = i % 3
            if kind == 0:
                _pending(thread)
            elif kind == 1:
                _flagged(thread, flags=2)
            else:
                _pupil(thread)

    fill(5)
    moderator_client.get(QUEUE)  # warm caches (content types, site) outside the count
    with CaptureQueriesContext(connection) as five:
        assert moderator_client.get(QUEUE).status_code == 200
    fill(45)
    with django_assert_num_queries(len(five.captured_queries)):
        response = moderator_client.get(QUEUE)
    assert response.status_code == 200
    assert response.context["paginator"].count == 50


# --- threads -------------------------------------------------------------------------------------------------


def test_a_moderator_locks_moves_and_merges_a_thread_from_its_page(moderator_client, thread, category):
    other_category = factories.category(name="Polarisatie", slug="polarisatie")
    prefix = f"thread-{thread.pk}"
    response = moderator_client.post(f"{THREADS}{thread.pk}/actie/", {"action": "lock", f"{prefix}-reason": ""})
    assert response.status_code == 302
    assert Thread.objects.get(pk=thread.pk).is_locked

    response = moderator_client.post(
        f"{THREADS}{thread.pk}/verplaatsen/",
        {f"{prefix}-move-category": other_category.pk, f"{prefix}-move-reason": ""},
    )
    assert response.status_code == 200 and "Geef een reden op." in response.content.decode()
    response = moderator_client.post(
        f"{THREADS}{thread.pk}/verplaatsen/",
        {f"{prefix}-move-category": other_category.pk, f"{prefix}-move-reason": "Past beter"},
    )
    assert response.status_code == 302 and Thread.objects.get(pk=thread.pk).category == other_category

    typed = "Dezelfde vraag als eerder deze week"
    response = moderator_client.post(
        f"{THREADS}{thread.pk}/samenvoegen/", {f"{prefix}-merge-into": 999999, f"{prefix}-merge-reason": typed}
    )
    html = response.content.decode()
    assert response.status_code == 200 and "Er is geen draad met dit nummer." in html and typed in html
    target = factories.thread(category=category, author=factories.member(), title="Praten na een incident")
    response = moderator_client.post(
        f"{THREADS}{thread.pk}/samenvoegen/", {f"{prefix}-merge-into": target.pk, f"{prefix}-merge-reason": typed}
    )
    assert response.status_code == 302 and response.url == f"{THREADS}{target.pk}/"
    assert Thread.objects.get(pk=thread.pk).merged_into == target
    assert Post.objects.filter(thread=target).count() == 3


def test_the_threads_list_searches_titles(moderator_client, category):
    factories.thread(category=category, author=factories.member(), title="Verzuim op vrijdag")
    factories.thread(category=category, author=factories.member(), title="Polarisatie na het nieuws")
    html = moderator_client.get(f"{THREADS}?q=vrijdag").content.decode()
    assert "Verzuim op vrijdag" in html and "Polarisatie na het nieuws" not in html


# --- the log -------------------------------------------------------------------------------------------------


def test_the_log_shows_who_when_what_and_why_and_filters(moderator_client, thread, moderator):
    other = UserFactory(first_name="Tweede", last_name="Moderator")
    other.groups.add(Group.objects.get(name=state.MODERATOR_GROUP))
    post = _flagged(thread)
    moderation.post_hide(post=post, moderator=moderator, reason="Eerste reden")
    moderation.thread_lock(thread=thread, moderator=other, reason="Tweede reden")
    html = moderator_client.get(LOG).content.decode()
    assert "Eerste reden" in html and "Tweede reden" in html
    assert "Verborgen" in html and "Gesloten" in html
    assert "Zichtbaar → Verborgen" in html
    assert f'href="{THREADS}{thread.pk}/"' in html and f'href="{THREADS}bericht/{post.pk}/"' in html
    html = moderator_client.get(f"{LOG}?action=lock").content.decode()
    assert "Tweede reden" in html and "Eerste reden" not in html
    html = moderator_client.get(f"{LOG}?moderator={moderator.pk}").content.decode()
    assert "Eerste reden" in html and "Tweede reden" not in html
    html = moderator_client.get(f"{LOG}?thread={thread.pk}").content.decode()
    assert "Eerste reden" in html


def test_the_log_is_paginated(moderator_client, thread, moderator):
    ModerationLogEntry.objects.bulk_create(
        [ModerationLogEntry(action=ModerationAction.LOCK, moderator=moderator, thread=thread) for _ in range(51)]
    )
    response = moderator_client.get(LOG)
    assert response.context["paginator"].num_pages == 2
    assert moderator_client.get(f"{LOG}?p=2").status_code == 200


def test_an_automatic_hide_shows_in_the_log_without_a_moderator(moderator_client, thread):
    _flagged(thread, flags=state.FLAG_THRESHOLD)
    html = moderator_client.get(LOG).content.decode()
    assert "Verborgen na meldingen" in html and "Automatisch (meldingen)" in html


# --- categories and members ----------------------------------------------------------------------------------


def test_categories_are_a_translatable_snippet(client, locales, category):
    admin = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(admin)
    html = client.get(CATEGORIES).content.decode()
    assert "Wapens" in html
    assert f"/admin/localize/submit/snippet/forum/category/{category.pk}/" in html
    response = client.post(
        f"{CATEGORIES}add/",
        {
            "name": "Vraag het de expert",
            "slug": "vraag-het-de-expert",
            "description": "Experts antwoorden.",
            "sort_order": 9,
        },
    )
    assert response.status_code == 302
    assert Category.objects.filter(slug="vraag-het-de-expert").exists()


def _member_form(profile, **changes):
    data = {
        "display_name": profile.display_name,
        "handle": profile.handle,
        "trust_level": profile.trust_level,
        "expert_organisation": profile.expert_organisation,
        "blocked_reason": profile.blocked_reason,
    }
    if profile.is_expert:
        data["is_expert"] = "on"
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def test_an_editor_marks_an_expert_and_it_is_logged(client, editor, category):
    client.force_login(editor)
    expert = factories.member(display_name="Sanne")
    profile = ForumProfile.objects.get(user=expert)
    url = f"{MEMBERS}edit/{profile.pk}/"
    html = client.get(url).content.decode()
    assert 'name="blocked"' not in html  # blocking is for moderators
    response = client.post(url, _member_form(profile, is_expert="on", expert_organisation=""))
    assert response.status_code == 200 and "Vul de organisatie van de expert in" in response.content.decode()
    response = client.post(
        url, _member_form(profile, is_expert="on", expert_organisation="WIJcoach", expert_categories=[category.pk])
    )
    assert response.status_code == 302
    profile.refresh_from_db()
    assert profile.is_expert and profile.expert_organisation == "WIJcoach"
    assert list(profile.expert_categories.all()) == [category]
    entry = ModerationLogEntry.objects.get(action=ModerationAction.MARK_EXPERT)
    assert entry.moderator == editor and entry.member == expert


def test_a_moderator_blocks_a_member_with_a_reason(moderator_client, moderator):
    member = factories.member(display_name="Spammer")
    profile = ForumProfile.objects.get(user=member)
    url = f"{MEMBERS}edit/{profile.pk}/"
    response = moderator_client.post(url, _member_form(profile, blocked="on", blocked_reason=""))
    assert response.status_code == 200 and "Geef een reden op" in response.content.decode()
    assert not ForumProfile.objects.get(pk=profile.pk).is_blocked
    response = moderator_client.post(url, _member_form(profile, blocked="on", blocked_reason="Reclame in elk bericht"))
    assert response.status_code == 302
    profile.refresh_from_db()
    assert profile.is_blocked and profile.blocked_reason == "Reclame in elk bericht"
    assert ModerationLogEntry.objects.get(action=ModerationAction.BLOCK).moderator == moderator
    html = moderator_client.get(MEMBERS).content.decode()
    assert "Reclame in elk bericht" in html
    response = moderator_client.post(url, _member_form(profile, blocked_reason=""))
    assert response.status_code == 302
    assert not ForumProfile.objects.get(pk=profile.pk).is_blocked
    assert ModerationLogEntry.objects.filter(action=ModerationAction.UNBLOCK).exists()


def test_profiles_are_not_added_or_deleted_in_the_admin(moderator_client):
    profile = ForumProfile.objects.get(user=factories.member())
    assert moderator_client.get(f"{MEMBERS}new/").status_code in (302, 403)
    assert moderator_client.get(f"{MEMBERS}delete/{profile.pk}/").status_code in (302, 403)
    assert ForumProfile.objects.filter(pk=profile.pk).exists()


def test_permissions_can_be_granted_to_other_groups():
    from wagtail import hooks

    granted = set()
    for fn in hooks.get_hooks("register_permissions"):
        granted |= set(fn().values_list("content_type__app_label", "codename"))
    assert ("forum", "change_post") in granted and ("forum", "view_moderationlogentry") in granted
    assert Permission.objects.filter(content_type__app_label="forum", codename="change_post").exists()
