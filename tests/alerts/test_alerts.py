"""Alerts when something changes (issue 10, part 4): an editor publishes a new version of a library item with a
note on what changed; every member who keeps it in Mijn map or whose school has it in a plan van aanpak gets one
notice, on Mijn WIJschool and in their mail (at once or in the daily digest, as they chose); the fan-out is one
task with a fixed number of queries per batch of members."""

from __future__ import annotations

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from alerts import services, tasks
from alerts.models import ChangeNote, ChangeNotice
from community.models import Membership
from folders.models import SavedItem
from forum import tasks as forum_tasks
from forum.models import ForumProfile
from forum.services import profile_for
from scan.models import Action
from tests.community.factories import MembershipFactory, SchoolFactory, UserFactory
from tests.forum.worker import run_worker

pytestmark = pytest.mark.django_db

Mode = ForumProfile.EmailMode


@pytest.fixture
def item(make_resource):
    return make_resource(title="Mentorles over messen", resource_type="intervention")


def publish_change(page, note: str, *, editor=None):
    page = type(page).objects.get(pk=page.pk)
    page.change_note = note
    revision = page.save_revision(user=editor)
    revision.publish(user=editor)
    return page


def keeper(page, *, mode=Mode.IMMEDIATE, **fields):
    user = UserFactory(**fields)
    SavedItem.objects.create(owner=user, page=page)
    ForumProfile.objects.filter(pk=profile_for(user).pk).update(email_mode=mode)
    return user


def plan_school(page, *members):
    school = SchoolFactory()
    for user in members:
        MembershipFactory(user=user, school=school, role=Membership.Role.MEMBER)
    Action.objects.create(
        school=school, scan_key="00000000-0000-0000-0000-000000000001", title="Mentorles", owner="Team", resource=page
    )
    return school


def test_an_editor_s_note_reaches_who_keeps_the_item_and_whose_plan_has_it_once_each(
    item, django_capture_on_commit_callbacks
):
    kept = keeper(item, email="bewaart@school.example")
    planned = UserFactory(email="plan@school.example")
    both = keeper(item, email="beide@school.example")
    plan_school(item, planned, both)
    stranger = UserFactory()
    MembershipFactory(user=stranger, school=SchoolFactory())
    editor = UserFactory(is_staff=True, is_superuser=True)
    with django_capture_on_commit_callbacks(execute=True):
        publish_change(item, "De les heeft nu een werkblad voor de onderbouw.", editor=editor)
    change = ChangeNote.objects.get()
    assert change.published_by == editor and change.notifies
    assert DBTaskResult.objects.filter(task_path="alerts.tasks.send_change_notices").count() == 1
    assert not ChangeNotice.objects.exists()  # nothing in the request: the worker writes the notices
    run_worker()
    reasons = dict(ChangeNotice.objects.values_list("user__email", "reason"))
    assert reasons == {
        "bewaart@school.example": "folder",
        "plan@school.example": "plan",
        "beide@school.example": "both",
    }
    change.refresh_from_db()
    assert change.recipients == 3 and change.notified_at is not None
    # Those who chose mail at once got one mail each; the plan member without forum settings sees it on the site.
    assert sorted(m.to[0] for m in mail.outbox) == ["beide@school.example", "bewaart@school.example"]
    message = next(m for m in mail.outbox if m.to == [kept.email])
    assert "Mentorles over messen" in message.subject and "werkblad voor de onderbouw" in message.body
    assert message.extra_headers["List-Unsubscribe"]
    assert not ChangeNotice.objects.filter(user=stranger).exists()


def test_no_note_the_same_note_again_or_a_first_publication_notify_nobody(
    item, make_resource, django_capture_on_commit_callbacks
):
    keeper(item)
    with django_capture_on_commit_callbacks(execute=True):
        publish_change(item, "")  # a typo fixed
        publish_change(item, "Nieuwe film toegevoegd.")
        publish_change(item, "Nieuwe film toegevoegd.")  # the note of the last version, still in the field
        fresh = make_resource(title="Nieuw item", change_note="Eerste versie")  # a first publication
    assert list(ChangeNote.objects.values_list("note", flat=True)) == ["Nieuwe film toegevoegd."]
    assert fresh.live


def test_a_newer_change_replaces_the_unread_notice_of_the_older_one(item):
    member = keeper(item, mode=Mode.NONE)
    for note in ("Eerste aanpassing.", "Tweede aanpassing."):
        publish_change(item, note)
        tasks.fan_out(ChangeNote.objects.filter(note=note).get().pk)
    assert list(ChangeNotice.objects.filter(user=member).values_list("change__note", flat=True)) == [
        "Tweede aanpassing."
    ]
    services.mark_read(user=member)
    publish_change(item, "Derde aanpassing.")
    tasks.fan_out(ChangeNote.objects.get(note="Derde aanpassing.").pk)
    # A read notice stays (it is their history); the new one is unread.
    assert ChangeNotice.objects.filter(user=member).count() == 2
    assert ChangeNotice.objects.filter(user=member, read_at__isnull=True).get().change.note == "Derde aanpassing."
    assert not mail.outbox


def test_a_translation_s_note_notifies_nobody_a_second_time(item, locales, tree):
    from demo import builders

    builders.translate_page(tree["home"], locale=locales[1], strings={})
    builders.translate_page(tree["library"], locale=locales[1], strings={"Bibliotheek": "Library"}, slug="library")
    english = builders.translate_page(
        item, locale=locales[1], strings={"Mentorles over messen": "Mentor lesson on knives"}
    )
    keeper(english, mode=Mode.NONE)
    publish_change(english, "A worksheet was added.")
    change = ChangeNote.objects.get()
    assert not change.notifies
    tasks.fan_out(change.pk)
    assert not ChangeNotice.objects.exists()
    publish_change(item, "Er is een werkblad bij.")
    tasks.fan_out(ChangeNote.objects.get(notifies=True).pk)
    # The member kept the English page: the Dutch original's change reaches them.
    assert ChangeNotice.objects.count() == 1


def test_mijn_wijschool_shows_the_notice_and_opening_it_marks_it_read(client, item):
    member = keeper(item, mode=Mode.NONE)
    other = keeper(item, mode=Mode.NONE)
    publish_change(item, "Nu met <script>alert(1)</script> een werkblad.")
    tasks.fan_out(ChangeNote.objects.get().pk)
    client.force_login(member)
    html = client.get(reverse("dashboard:home")).content.decode()
    assert "Bijgewerkt in wat je bewaart" in html and "Mentorles over messen" in html and "Nieuw" in html
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "in je map" in html
    notice = ChangeNotice.objects.get(user=member)
    response = client.get(reverse("alerts:open", args=[notice.pk]))
    assert response.status_code == 302 and response["Location"] == item.url
    notice.refresh_from_db()
    assert notice.read_at is not None
    # Another member's notice is not theirs to open.
    theirs = ChangeNotice.objects.get(user=other)
    assert client.get(reverse("alerts:open", args=[theirs.pk])).status_code == 404
    assert ChangeNotice.objects.get(pk=theirs.pk).read_at is None


def test_all_read_marks_only_the_member_s_own(client, item):
    member, other = keeper(item, mode=Mode.NONE), keeper(item, mode=Mode.NONE)
    publish_change(item, "Aangepast.")
    tasks.fan_out(ChangeNote.objects.get().pk)
    client.force_login(member)
    response = client.post(reverse("alerts:read_all"), {"next": "https://elders.example/"})
    assert response.status_code == 302 and response["Location"] == reverse("dashboard:home")
    assert ChangeNotice.objects.get(user=member).read_at is not None
    assert ChangeNotice.objects.get(user=other).read_at is None
    assert client.get(reverse("alerts:read_all")).status_code == 405


def test_a_digest_member_finds_the_change_in_the_daily_digest_once(item):
    member = keeper(item, mode=Mode.DIGEST, email="dagelijks@school.example")
    publish_change(item, "De lesbrief is herschreven.")
    tasks.fan_out(ChangeNote.objects.get().pk)
    assert not mail.outbox
    forum_tasks.send_digests()
    assert [m.to for m in mail.outbox] == [[member.email]]
    body = mail.outbox[0].body
    assert "Bijgewerkt in wat je bewaart" in body and "De lesbrief is herschreven." in body
    assert "wijziging in wat je bewaart" in mail.outbox[0].subject
    assert ChangeNotice.objects.get().mailed_at is not None
    forum_tasks.send_digests(now=timezone.now() + timezone.timedelta(days=1))
    assert len(mail.outbox) == 1


def test_the_fan_out_costs_a_fixed_number_of_queries_per_batch(item):
    def queries_for(n_members: int) -> int:
        ChangeNotice.objects.all().delete()
        change = ChangeNote.objects.create(page=item, translation_key=item.translation_key, note=f"{n_members}")
        with CaptureQueriesContext(connection) as ctx:
            totals = tasks.fan_out(change.pk, batch_size=10)
        assert totals["members"] == n_members
        return len(ctx.captured_queries), totals["batches"]

    for _ in range(10):
        keeper(item, mode=Mode.NONE)
    small, small_batches = queries_for(10)
    for _ in range(20):
        keeper(item, mode=Mode.NONE)
    large, large_batches = queries_for(30)
    assert (small_batches, large_batches) == (1, 3)
    per_batch = (large - small) / (large_batches - small_batches)
    assert small == per_batch + (small - per_batch) and per_batch <= 6
    assert large == small + 2 * per_batch


def test_notices_are_in_the_member_s_data_and_go_with_the_account(item):
    from core import member_data

    member = keeper(item, mode=Mode.NONE)
    publish_change(item, "Aangepast voor het mbo.")
    tasks.fan_out(ChangeNote.objects.get().pk)
    section = next(s for s in member_data.collect(member) if s.key == "change_notices")
    assert section.rows[0]["note"] == "Aangepast voor het mbo." and section.rows[0]["item"] == "Mentorles over messen"
    from community.services import account_delete

    account_delete(user=member, remove_content=False, by_member=True)
    assert not ChangeNotice.objects.exists() and ChangeNote.objects.exists()


def test_editors_write_the_note_in_the_editor_and_read_who_heard_of_it_in_the_admin(client, item):
    from django.contrib.auth.models import Group

    member = keeper(item, mode=Mode.NONE)
    editor = UserFactory(is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    form = client.get(f"/admin/pages/{item.pk}/edit/").content.decode()
    assert "Wat is er veranderd" in form and 'name="change_note"' in form
    publish_change(item, "Nieuw: een <b>werkblad</b> voor de mentor.")
    tasks.fan_out(ChangeNote.objects.get().pk)
    listing = client.get("/admin/bibliotheek/wijzigingen/")
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "&lt;b&gt;werkblad&lt;/b&gt;" in html and "<b>werkblad</b>" not in html
    change = ChangeNote.objects.get()
    assert change.recipients == 1 and ChangeNotice.objects.get().user == member
    # Written by publishing, never by hand: no add, edit or delete.
    assert client.get("/admin/bibliotheek/wijzigingen/new/").status_code in (302, 403, 404)
    assert client.post(f"/admin/bibliotheek/wijzigingen/delete/{change.pk}/").status_code in (302, 403, 404)
    assert ChangeNote.objects.filter(pk=change.pk).exists()


def test_publishing_an_older_version_does_not_announce_its_note_again(item):
    keeper(item, mode=Mode.NONE)
    publish_change(item, "Eerste aanpassing.")
    publish_change(item, "Tweede aanpassing.")
    publish_change(item, "Eerste aanpassing.")  # an editor went back to the older version
    assert list(ChangeNote.objects.order_by("pk").values_list("note", flat=True)) == [
        "Eerste aanpassing.",
        "Tweede aanpassing.",
    ]


def test_an_unread_notice_shows_before_many_newer_read_ones(item):
    from alerts.selectors import notices_for

    member = keeper(item, mode=Mode.NONE)
    old = ChangeNote.objects.create(page=item, translation_key=item.translation_key, note="Oud maar ongelezen")
    ChangeNotice.objects.create(user=member, change=old, translation_key=item.translation_key, reason="folder")
    later = timezone.now()
    for n in range(20):
        change = ChangeNote.objects.create(page=item, translation_key=item.translation_key, note=f"Gelezen {n}")
        ChangeNotice.objects.create(
            user=member, change=change, translation_key=item.translation_key, reason="folder", read_at=later
        )
    shown, unread = notices_for(member, language="nl")
    assert unread == 1 and shown[0].change.note == "Oud maar ongelezen" and len(shown) == 8
