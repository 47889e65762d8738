"""Mijn gegevens (issue 10, part 5): a member's profile, the download of everything the site keeps about them
(JSON and a readable file, only ever their own) and the deletion of their account: posts stay as "Voormalig
lid" unless they ask for the text to go, the school keeps its plan, and the log holds no personal data."""

from __future__ import annotations

import json
import uuid

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from community.models import AccountDeletion, Invitation, Membership, User
from folders import services as folders
from forum.models import ForumProfile, Post, PostRevision, Visibility
from scan.models import Action
from tests.community.factories import PASSWORD, InvitationFactory, MembershipFactory, UserFactory
from tests.forum import factories as forum_factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(school):
    user = forum_factories.member(
        email="pim@dijkcollege.example", first_name="Pim", last_name="de Vries", display_name="Pim dV"
    )
    MembershipFactory(user=user, school=school, role=Membership.Role.MEMBER)
    return user


@pytest.fixture
def colleague(school):
    user = forum_factories.member(email="sanne@dijkcollege.example", first_name="Sanne", display_name="Sanne")
    MembershipFactory(user=user, school=school, role=Membership.Role.COORDINATOR)
    return user


@pytest.fixture
def conversation(member, colleague):
    """A thread Pim started (with Sanne's reply), and Pim's reply in Sanne's thread."""
    category = forum_factories.category(name="Verzuim", slug="verzuim")
    own = forum_factories.thread(category=category, author=member, title="Elke vrijdag afwezig", body="Mijn vraag")
    forum_factories.reply(thread=own, author=colleague, body="Sanne's antwoord")
    other = forum_factories.thread(category=category, author=colleague, title="Schoolverzuim en ouders")
    reply = forum_factories.reply(thread=other, author=member, body="Pim <script>alert(1)</script> schreef dit")
    PostRevision.objects.create(post=reply, body="Een eerdere versie van Pim", edited_by=member)
    return own, other, reply


def _reauthenticate(client):
    response = client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    assert response.status_code == 302


# --- Profile --------------------------------------------------------------------------------------------------


def test_member_changes_their_name_and_forum_name(client, member):
    client.force_login(member)
    response = client.get(reverse("dashboard:data"))
    assert response.status_code == 200
    assert 'value="Pim dV"' in response.content.decode()
    response = client.post(
        reverse("dashboard:data"), {"first_name": "  Pim ", "last_name": "van Dijk", "display_name": "Meester  Pim"}
    )
    assert response.status_code == 302
    member.refresh_from_db()
    assert (member.first_name, member.last_name) == ("Pim", "van Dijk")
    assert ForumProfile.objects.get(user=member).display_name == "Meester Pim"


def test_a_bad_forum_name_gets_a_message_and_keeps_what_was_typed(client, member):
    client.force_login(member)
    response = client.post(reverse("dashboard:data"), {"first_name": "Pietje", "last_name": "", "display_name": "P"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "minstens twee tekens" in page and 'value="Pietje"' in page
    member.refresh_from_db()
    assert member.first_name == "Pim"
    with translation.override("en"):
        response = client.post(reverse("dashboard:data"), {"display_name": "x" * 81})
    assert response.status_code == 400 and "at most 80 characters" in response.content.decode()


def test_the_data_page_needs_a_login(client):
    response = client.get(reverse("dashboard:data"))
    assert response.status_code == 302 and "/account/login/" in response["Location"]
    assert client.get(reverse("dashboard:data_download", args=["json"])).status_code == 302


# --- Download ---------------------------------------------------------------------------------------------------


def test_json_download_holds_everything_about_the_member_and_nothing_of_others(
    client, member, colleague, school, conversation
):
    folders.item_save(owner=member, thread_id=conversation[1].pk)
    InvitationFactory(school=school, email="nieuw@dijkcollege.example", invited_by=member)
    client.force_login(member)
    response = client.get(reverse("dashboard:data_download", args=["json"]))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="wijschool-mijn-gegevens-')
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    data = json.loads(response.content)
    sections = data["sections"]
    assert sections["account"]["rows"][0]["email"] == "pim@dijkcollege.example"
    assert [row["school"] for row in sections["memberships"]["rows"]] == ["Het Dijkcollege"]
    bodies = [row["body"] for row in sections["forum_posts"]["rows"]]
    assert bodies == ["Mijn vraag", "Pim <script>alert(1)</script> schreef dit"]
    # Addresses are whole: the file is read away from the site.
    assert sections["forum_posts"]["rows"][1]["url"] == f"http://testserver/forum/p/{conversation[2].pk}/"
    assert sections["forum_profile"]["rows"][0]["display_name"] == "Pim dV"
    assert [row["title"] for row in sections["saved_items"]["rows"]] == ["Schoolverzuim en ouders"]
    # The invitation Pim sent is his; the colleague's address in it is not.
    assert len(sections["invitations_sent"]["rows"]) == 1
    text = response.content.decode()
    assert "nieuw@dijkcollege.example" not in text
    assert "sanne@dijkcollege.example" not in text and "Sanne's antwoord" not in text
    assert "anoniem" in sections["scan_rounds_opened"]["note"]


def test_readable_download_escapes_what_members_typed(client, member, conversation):
    client.force_login(member)
    response = client.get(reverse("dashboard:data_download", args=["html"]))
    assert response.status_code == 200 and response["Content-Type"].startswith("text/html")
    page = response.content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "Pim &lt;script&gt;alert(1)&lt;/script&gt; schreef dit" in page
    assert "Je berichten op het forum" in page and "pim@dijkcollege.example" in page


def test_each_member_downloads_only_their_own_data(client, member, colleague, conversation):
    client.force_login(colleague)
    data = json.loads(client.get(reverse("dashboard:data_download", args=["json"])).content)
    assert data["sections"]["account"]["rows"][0]["email"] == "sanne@dijkcollege.example"
    assert "Pim <script>" not in json.dumps(data)
    assert client.get(reverse("dashboard:data_download", args=["xml"])).status_code == 404


def test_the_download_is_in_the_members_language(client, member, conversation):
    client.force_login(member)
    with translation.override("en"):
        url = reverse("dashboard:data_download", args=["json"])
    data = json.loads(client.get(url).content)
    assert url.startswith("/en/")
    assert data["sections"]["forum_posts"]["title"] == "Your posts in the forum"


# --- Deleting the account ---------------------------------------------------------------------------------------


def test_deleting_asks_for_the_password_again_and_keeps_the_choice(client, member, conversation):
    client.force_login(member)
    page = client.get(reverse("dashboard:delete"))
    assert page.status_code == 200 and "Voormalig lid" in page.content.decode()
    response = client.post(reverse("dashboard:delete"), {"posts": "keep", "confirm": "on"})
    assert response.status_code == 302 and "/account/reauthenticate/" in response["Location"]
    assert User.objects.filter(pk=member.pk).exists()
    # The suspended form goes on after the password: the account is gone.
    response = client.post(response["Location"], {"password": PASSWORD}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("dashboard:deleted")
    assert not User.objects.filter(pk=member.pk).exists()


def test_deleted_member_posts_stay_as_voormalig_lid(client, member, colleague, school, conversation):
    own, other, reply = conversation
    action = Action.objects.create(
        school=school,
        scan_key=uuid.uuid4(),
        title="Gesprek met ouders",
        owner="Pim",
        due_date="2027-01-10",
        created_by=member,
    )
    client.force_login(member)
    _reauthenticate(client)
    response = client.post(reverse("dashboard:delete"), {"posts": "keep", "confirm": "on"})
    assert response.status_code == 302 and response["Location"] == reverse("dashboard:deleted")
    assert "Je account is verwijderd" in client.get(response["Location"]).content.decode()
    assert not User.objects.filter(email="pim@dijkcollege.example").exists()
    reply.refresh_from_db()
    assert reply.author_id is None and reply.state == Visibility.VISIBLE and "schreef dit" in reply.body
    # The thread page shows the post unsigned.
    page = client.get(other.get_absolute_url()).content.decode()
    assert "Voormalig lid" in page and "Pim dV" not in page and "schreef dit" in page
    action.refresh_from_db()
    assert action.created_by_id is None  # the plan is the school's
    entry = AccountDeletion.objects.get()
    assert entry.content_removed is False and entry.counts["forum_posts"] == 2
    assert entry.counts["plan_actions_kept"] == 1 and entry.counts["memberships"] == 1
    # No personal data in the log.
    logged = json.dumps(entry.counts) + str(entry)
    assert "pim" not in logged.lower() and str(member.pk) not in json.dumps(list(entry.counts))
    # The data page is not reachable any more by that session.
    assert client.get(reverse("dashboard:data")).status_code == 302


def test_a_member_can_ask_that_their_text_goes_too(client, member, colleague, conversation):
    own, other, reply = conversation
    client.force_login(member)
    _reauthenticate(client)
    client.post(reverse("dashboard:delete"), {"posts": "remove", "confirm": "on"})
    reply.refresh_from_db()
    assert reply.body == "" and reply.html == "" and reply.state == Visibility.DELETED
    assert not PostRevision.objects.filter(post=reply).exists()
    own.refresh_from_db()
    assert own.state == Visibility.DELETED and "vrijdag" not in own.title
    other.refresh_from_db()
    assert other.reply_count == 0  # recounted without the removed reply
    assert client.get(own.get_absolute_url()).status_code == 404
    assert "schreef dit" not in client.get(other.get_absolute_url()).content.decode()
    # The colleague's own reply in Pim's thread is kept, for the moderators and the colleague.
    assert Post.objects.filter(thread=own, author=colleague, body="Sanne's antwoord").exists()
    assert AccountDeletion.objects.get().content_removed is True


def test_invitations_to_the_members_address_go_with_the_account(client, member, school):
    InvitationFactory(school=school, email="PIM@dijkcollege.example")
    sent = InvitationFactory(school=school, email="nieuw@dijkcollege.example", invited_by=member)
    client.force_login(member)
    _reauthenticate(client)
    client.post(reverse("dashboard:delete"), {"posts": "keep", "confirm": "on"})
    assert list(Invitation.objects.values_list("pk", flat=True)) == [sent.pk]
    sent.refresh_from_db()
    assert sent.invited_by_id is None


def test_the_last_coordinator_hands_over_first(client, colleague, member):
    client.force_login(colleague)
    _reauthenticate(client)
    page = client.get(reverse("dashboard:delete")).content.decode()
    assert "Je bent de enige coördinator van Het Dijkcollege" in page
    assert 'name="confirm"' not in page
    response = client.post(reverse("dashboard:delete"), {"posts": "keep", "confirm": "on"})
    assert response.status_code == 200
    assert User.objects.filter(pk=colleague.pk).exists() and not AccountDeletion.objects.exists()


def test_an_editor_asks_an_administrator(client, db):
    admin = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)
    _reauthenticate(client)
    client.post(reverse("dashboard:delete"), {"posts": "keep", "confirm": "on"})
    assert User.objects.filter(pk=admin.pk).exists()


def test_deleting_without_the_confirmation_box_keeps_the_choice(client, member):
    client.force_login(member)
    _reauthenticate(client)
    response = client.post(reverse("dashboard:delete"), {"posts": "remove"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "niet terug te draaien" in page
    assert (
        'value="remove" checked' in page
        or 'value="remove" id="id_posts_1" checked' in page
        or "checked" in page.split('value="remove"')[1][:80]
    )
    assert User.objects.filter(pk=member.pk).exists()


def test_the_deleted_page_only_right_after_a_deletion(client):
    assert client.get(reverse("dashboard:deleted")).status_code == 302


def test_administrators_read_the_deletion_log_and_nobody_edits_it(client, member):
    client.force_login(member)
    _reauthenticate(client)
    client.post(reverse("dashboard:delete"), {"posts": "keep", "confirm": "on"})
    entry = AccountDeletion.objects.get()
    admin = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)
    listing = client.get("/admin/community/verwijderde-accounts/")
    assert listing.status_code == 200 and "forum_posts" in listing.content.decode()
    assert client.get(f"/admin/community/verwijderde-accounts/inspect/{entry.pk}/").status_code == 200
    assert client.get(f"/admin/community/verwijderde-accounts/edit/{entry.pk}/").status_code in (302, 403, 404)
    assert client.post(f"/admin/community/verwijderde-accounts/delete/{entry.pk}/").status_code in (302, 403, 404)
    assert AccountDeletion.objects.filter(pk=entry.pk).exists()


def test_an_administrator_deleting_a_user_in_wagtail_goes_through_the_same_service(
    client, member, school, conversation
):
    InvitationFactory(school=school, email="pim@dijkcollege.example")
    admin = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)
    url = reverse("wagtailusers_users:delete", args=[member.pk])
    assert client.get(url).status_code == 200
    response = client.post(url)
    assert response.status_code == 302
    assert not User.objects.filter(pk=member.pk).exists()
    assert not Invitation.objects.filter(email__iexact="pim@dijkcollege.example").exists()
    entry = AccountDeletion.objects.get()
    assert entry.by_member is False and entry.counts["forum_posts"] == 2
    reply = conversation[2]
    reply.refresh_from_db()
    assert reply.author_id is None and reply.state == Visibility.VISIBLE


def test_visiting_the_data_page_makes_no_forum_profile(client, school):
    teacher = UserFactory(first_name="Fatima", last_name="El Amrani")
    client.force_login(teacher)
    page = client.get(reverse("dashboard:data")).content.decode()
    assert 'value="Fatima El Amrani"' in page and "Direct" in page
    assert not ForumProfile.objects.filter(user=teacher).exists()
    client.post(reverse("dashboard:data"), {"first_name": "Fatima", "last_name": "El Amrani", "display_name": "Fatima"})
    assert ForumProfile.objects.get(user=teacher).display_name == "Fatima"


def test_sign_in_records_are_in_the_download_and_go_with_the_account(client, member, colleague):
    from axes.models import AccessLog

    for person in (member, colleague):
        person.set_password(PASSWORD)
        person.save()
        client.post(reverse("account_login"), {"login": person.email.upper(), "password": PASSWORD})
        client.logout()
    assert AccessLog.objects.filter(username="pim@dijkcollege.example").exists()
    client.post(reverse("account_login"), {"login": member.email, "password": PASSWORD})
    data = json.loads(client.get(reverse("dashboard:data_download", args=["json"])).content)
    rows = data["sections"]["sign_ins"]["rows"]
    assert len(rows) == 2 and rows[0]["ip_address"] == "127.0.0.1"
    assert "sanne" not in json.dumps(rows)
    _reauthenticate(client)
    client.post(reverse("dashboard:delete"), {"posts": "keep", "confirm": "on"})
    assert not AccessLog.objects.filter(username="pim@dijkcollege.example").exists()
    assert AccessLog.objects.filter(username="sanne@dijkcollege.example").exists()
    assert AccountDeletion.objects.get().counts["sign_in_records_removed"] >= 2


def test_the_download_holds_flags_earlier_versions_and_invitations_to_the_member(
    client, member, colleague, school, conversation
):
    from forum.models import Flag

    own, other, reply = conversation
    colleague_post = Post.objects.get(thread=own, author=colleague)
    Flag.objects.create(post=colleague_post, user=member, reason=Flag.Reason.SPAM, note="Reclame")
    InvitationFactory(school=school, email="pim@dijkcollege.example", invited_by=colleague)
    client.force_login(member)
    sections = json.loads(client.get(reverse("dashboard:data_download", args=["json"])).content)["sections"]
    assert sections["forum_flags"]["rows"][0]["url"].endswith(f"/forum/p/{colleague_post.pk}/")
    assert sections["forum_post_versions"]["rows"][0]["body"] == "Een eerdere versie van Pim"
    received = sections["invitations_received"]["rows"]
    assert [row["school"] for row in received] == ["Het Dijkcollege"]
    assert "sanne" not in json.dumps(received).lower()


def test_an_unverified_address_does_not_claim_someone_elses_sign_ins(client, member):
    from allauth.account.models import EmailAddress
    from axes.models import AccessLog

    AccessLog.objects.create(username="oud@dijkcollege.example", ip_address="10.0.0.9", user_agent="x")
    EmailAddress.objects.create(user=member, email="oud@dijkcollege.example", verified=False)
    client.force_login(member)
    sections = json.loads(client.get(reverse("dashboard:data_download", args=["json"])).content)["sections"]
    assert "10.0.0.9" not in json.dumps(sections["sign_ins"])
    _reauthenticate(client)
    client.post(reverse("dashboard:delete"), {"posts": "keep", "confirm": "on"})
    assert AccessLog.objects.filter(username="oud@dijkcollege.example").exists()


def test_removing_text_clears_it_from_the_moderation_log_and_admin_history_goes(client, member, conversation):
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import ModelLogEntry

    from forum.models import ModerationLogEntry

    reply = conversation[2]
    ModerationLogEntry.objects.create(
        action="edit", post=reply, thread=reply.thread, detail={"before": "Pim schreef dit"}
    )
    ModelLogEntry.objects.create(
        content_type=ContentType.objects.get_for_model(User),
        object_id=str(member.pk),
        label="Pim de Vries",
        action="wagtail.edit",
        timestamp=timezone.now(),
    )
    client.force_login(member)
    _reauthenticate(client)
    client.post(reverse("dashboard:delete"), {"posts": "remove", "confirm": "on"})
    assert ModerationLogEntry.objects.get(post=reply).detail == {}
    assert not ModelLogEntry.objects.filter(label="Pim de Vries").exists()


def test_the_bulk_delete_in_wagtail_goes_through_the_same_service(client, member, colleague, conversation):
    admin = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)
    url = f"/admin/bulk/community/user/delete/?next=/admin/users/&id={member.pk}&id={colleague.pk}"
    assert client.get(url).status_code == 200
    response = client.post(url)
    assert response.status_code == 302
    assert not User.objects.filter(pk__in=[member.pk, colleague.pk]).exists()
    assert AccountDeletion.objects.filter(by_member=False).count() == 2
    assert Post.objects.filter(author__isnull=True, state=Visibility.VISIBLE).count() == 4
