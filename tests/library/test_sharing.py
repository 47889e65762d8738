"""Sharing material (issue 10, part 1): a member of a school shares a lesson from the site; it becomes a draft
library item in the editors' moderation workflow, its file waits where only reviewers can open it, the member
follows its status on their own page and by mail; once published it shows the school and the licence and counts
in the facets; bad input gets a clear message and keeps what was typed (but the file, and says so)."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from community.models import Membership
from library.models import ResourcePage, Submission
from tests.community.factories import MembershipFactory, SchoolFactory, UserFactory
from tests.forum.worker import run_worker

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


@pytest.fixture
def school(db):
    return SchoolFactory(name="Het Dijkcollege", brin="93QT", gemeente="Haarlem")


@pytest.fixture
def teacher(school):
    user = UserFactory(email="mentor@dijkcollege.example", first_name="Bram", last_name="Jansen")
    MembershipFactory(user=user, school=school, role=Membership.Role.MEMBER)
    return user


@pytest.fixture
def moderator(db):
    user = UserFactory(email="redactie@wijschool.example", is_staff=True)
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


def form_data(theme_map, **overrides):
    data = {
        "resource_type": "lesson",
        "title": "Mentorles: praten over messen",
        "summary": "Een mentorles van 50 minuten over waarom jongeren een mes dragen.",
        "body": "Voorbereiding: lees de casus.\n\nStap 1: <b>open</b> het gesprek.",
        "themes": [theme_map["jongeren-en-wapens"].pk],
        "dimension": "bewustwording",
        "licence": "cc-by-sa",
        "rights": "on",
    }
    data.update(overrides)
    return data


def pdf(name="mentorles.pdf", content=PDF):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def share(client, theme_map, *, file=None, **overrides):
    data = form_data(theme_map, **overrides)
    if file is not None:
        data["file"] = file
    return client.post(reverse("library:share"), data)


def test_a_member_shares_a_lesson_and_it_waits_as_a_draft_in_the_workflow(client, tree, themes, teacher, school):
    client.force_login(teacher)
    assert client.get(reverse("library:share")).status_code == 200
    response = share(client, themes, file=pdf())
    assert response.status_code == 302 and response["Location"] == reverse("library:shared_mine")
    submission = Submission.objects.get()
    page = submission.page
    assert not page.live and page.get_parent().pk == tree["library"].pk
    assert page.shared_by_school == school and page.shared_by == teacher and page.licence == "cc-by-sa"
    assert page.current_workflow_state is not None and page.current_workflow_state.status == "in_progress"
    # The member's text is escaped, not markup.
    assert "&lt;b&gt;open&lt;/b&gt;" in str(page.body[1].value.source)
    # The file is not served to anyone but reviewers before the item is published.
    document = page.attachments.get().document
    client.logout()
    assert client.get(document.url).status_code in (302, 403)
    # Nothing is public yet.
    assert client.get(tree["library"].url + page.slug + "/").status_code == 404
    client.force_login(teacher)
    mine = client.get(reverse("library:shared_mine")).content.decode()
    assert "Mentorles: praten over messen" in mine and "Ingediend" in mine


def test_approval_publishes_it_with_the_school_and_the_licence_and_it_counts_in_the_facets(
    client, tree, themes, teacher, moderator, django_capture_on_commit_callbacks
):
    client.force_login(teacher)
    with django_capture_on_commit_callbacks(execute=True):
        share(client, themes, file=pdf())
    run_worker()
    mail.outbox.clear()
    page = Submission.objects.get().page
    with django_capture_on_commit_callbacks(execute=True):
        page.current_workflow_task_state.approve(user=moderator)
    page = ResourcePage.objects.get(pk=page.pk)
    assert page.live
    submission = Submission.objects.get()
    assert submission.status == "published"
    run_worker()
    assert [m.to for m in mail.outbox] == [[teacher.email]]
    assert "Gepubliceerd" in mail.outbox[0].subject and page.full_url.split("/", 3)[-1] in mail.outbox[0].body
    client.logout()
    html = client.get(page.url).content.decode()
    assert "Gedeeld door" in html and "Bram Jansen, Het Dijkcollege" in html
    assert 'href="https://creativecommons.org/licenses/by-sa/4.0/deed.nl" rel="license noopener">CC BY-SA 4.0' in html
    # The file left the reviewers' collection: no view restriction stands before it now. (The test storage
    # cannot serve files, so the restriction is checked, not the download.)
    document = page.attachments.get().document
    assert document.collection.name != "Gedeeld door scholen, in beoordeling"
    assert not document.collection.get_view_restrictions().exists()
    listing = client.get(tree["library"].url + "?theme=jongeren-en-wapens").content.decode()
    assert "Mentorles: praten over messen" in listing


def test_a_rejection_tells_the_member_why(client, themes, teacher, moderator, django_capture_on_commit_callbacks):
    client.force_login(teacher)
    share(client, themes, link="https://school.example/les")
    page = Submission.objects.get().page
    with django_capture_on_commit_callbacks(execute=True):
        page.current_workflow_task_state.reject(user=moderator, comment="Er staan namen van leerlingen in de casus.")
    submission = Submission.objects.get()
    assert submission.status == "rejected" and submission.reason == "Er staan namen van leerlingen in de casus."
    run_worker()
    rejected = [m for m in mail.outbox if "Afgewezen" in m.subject]
    assert [m.to for m in rejected] == [[teacher.email]] and "namen van leerlingen" in rejected[0].body
    # The member gets our mail, not Wagtail's admin mail with a link into the admin.
    assert not any("/admin/" in m.body for m in mail.outbox if m.to == [teacher.email])
    mine = client.get(reverse("library:shared_mine")).content.decode()
    assert "Afgewezen" in mine and "Er staan namen van leerlingen in de casus." in mine


def test_an_editor_s_revision_moves_it_to_in_review(client, themes, teacher, moderator):
    client.force_login(teacher)
    share(client, themes, link="https://school.example/les")
    page = Submission.objects.get().page
    page.summary = "Een mentorles over messen, door de redactie ingekort."
    page.save_revision(user=moderator)
    assert Submission.objects.get().status == "in_review"


def test_moderators_are_told_through_the_queue_not_in_the_request(
    client, themes, teacher, moderator, django_capture_on_commit_callbacks
):
    client.force_login(teacher)
    with django_capture_on_commit_callbacks(execute=True):
        share(client, themes, link="https://school.example/les")
    assert not mail.outbox  # nothing sent inside the member's request
    run_worker()
    to_moderator = [m for m in mail.outbox if m.to == [moderator.email]]
    assert to_moderator and "Mentorles: praten over messen" in to_moderator[0].subject + to_moderator[0].body
    assert any(m.to == [teacher.email] and "Ingediend" in m.subject for m in mail.outbox)


@pytest.mark.parametrize(
    ("upload", "overrides", "message"),
    [
        (pdf("les.pdf", b"<html><script>alert(1)</script></html>"), {}, "geen echt .pdf-bestand"),
        (pdf("les.exe", b"MZ\x90\x00"), {}, "Dit soort bestand kun je niet delen"),
        (None, {"link": "javascript:alert(1)"}, "begint met http:// of https://"),
        (None, {"link": "ftp://school.example/les"}, "begint met http:// of https://"),
        (None, {"licence": "public-domain", "link": "https://school.example/les"}, "Kies een licentie uit de lijst."),
        (None, {"title": "x" * 121, "link": "https://school.example/les"}, "hoogstens 120 tekens"),
        (None, {}, "Stuur een bestand mee of geef een link"),
        (None, {"themes": [], "link": "https://school.example/les"}, "Kies minstens één thema."),
        (None, {"rights": "", "link": "https://school.example/les"}, "Bevestig dat je dit materiaal mag delen"),
    ],
)
def test_bad_input_gets_a_message_and_keeps_what_was_typed(client, themes, teacher, upload, overrides, message):
    client.force_login(teacher)
    response = share(client, themes, file=upload, **overrides)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert "Een mentorles van 50 minuten over waarom jongeren een mes dragen." in html
    assert not Submission.objects.exists() and not ResourcePage.objects.filter(live=False).exists()
    if upload is not None:
        assert "het bestand niet" in html  # the file is the one thing the form cannot keep, and it says so


def test_a_file_over_the_limit_is_refused_with_the_limit(client, themes, teacher, settings):
    settings.SHARE_MAX_FILE_MB = 1
    client.force_login(teacher)
    response = share(client, themes, file=pdf(content=PDF + b"0" * (1024 * 1024)))
    assert response.status_code == 400 and "hoogstens 1 MB" in response.content.decode()


def test_only_members_of_a_school_share_and_only_for_their_own_school(client, themes, teacher):
    outsider = UserFactory()
    client.force_login(outsider)
    response = client.get(reverse("library:share"))
    assert response.status_code == 403 and "Vraag de coördinator" in response.content.decode()
    coach = UserFactory()
    MembershipFactory(user=coach, school=SchoolFactory(), role=Membership.Role.COACH)
    client.force_login(coach)
    assert client.get(reverse("library:share")).status_code == 403
    other_school = SchoolFactory()
    client.force_login(teacher)
    response = share(client, themes, school=other_school.pk, link="https://school.example/les")
    assert response.status_code == 400 and "Kies een van je eigen scholen." in response.content.decode()
    client.logout()
    assert client.get(reverse("library:share")).status_code == 302


def test_a_deleted_account_leaves_the_lesson_as_shared_by_a_former_member(client, themes, teacher, moderator):
    from community.services import account_delete

    client.force_login(teacher)
    share(client, themes, link="https://school.example/les")
    page = Submission.objects.get().page
    page.current_workflow_task_state.approve(user=moderator)
    account_delete(user=teacher, remove_content=False, by_member=True)
    client.logout()
    page = ResourcePage.objects.get(pk=page.pk)
    html = client.get(page.url).content.decode()
    assert "een voormalig lid, Het Dijkcollege" in html and "Bram" not in html
    # Publishing an older version does not bring the account back.
    page.get_latest_revision().publish()
    assert ResourcePage.objects.get(pk=page.pk).shared_by_id is None


def test_removing_content_with_the_account_removes_the_shared_material(client, themes, teacher):
    from community.services import account_delete

    client.force_login(teacher)
    share(client, themes, link="https://school.example/les")
    account_delete(user=teacher, remove_content=True, by_member=True)
    assert not Submission.objects.exists() and not ResourcePage.objects.filter(title__startswith="Mentorles").exists()


def test_an_approval_for_a_later_date_publishes_nothing_yet(client, themes, teacher, moderator):
    from datetime import timedelta

    from django.utils import timezone

    client.force_login(teacher)
    share(client, themes, file=pdf())
    page = Submission.objects.get().page
    page.go_live_at = timezone.now() + timedelta(days=3)
    page.save_revision(user=moderator)
    page.current_workflow_task_state.approve(user=moderator)
    page = ResourcePage.objects.get(pk=page.pk)
    assert not page.live
    assert Submission.objects.get().status != "published"
    assert page.attachments.get().document.collection.name == "Gedeeld door scholen, in beoordeling"


def test_a_rejected_item_sent_for_review_again_is_in_review_without_the_old_reason(client, themes, teacher, moderator):
    client.force_login(teacher)
    share(client, themes, link="https://school.example/les")
    page = Submission.objects.get().page
    page.current_workflow_task_state.reject(user=moderator, comment="Graag zonder namen.")
    assert Submission.objects.get().status == "rejected"
    page = ResourcePage.objects.get(pk=page.pk)
    page.save_revision(user=moderator)
    page.current_workflow_state.resume(user=moderator)
    submission = Submission.objects.get()
    assert submission.status == "in_review" and submission.reason == ""


def test_a_long_link_is_kept_and_a_title_with_an_ampersand_reads_right_in_the_mail(
    client, themes, teacher, django_capture_on_commit_callbacks
):
    client.force_login(teacher)
    link = "https://school.example/" + "les/" * 100
    with django_capture_on_commit_callbacks(execute=True):
        response = share(client, themes, link=link[:480], title="Messen & mentor's les")
    assert response.status_code == 302
    assert Submission.objects.get().page.material_url == link[:480]
    run_worker()
    subject = next(m.subject for m in mail.outbox if m.to == [teacher.email])
    assert "Messen & mentor's les" in subject


def test_removing_content_also_removes_the_file_and_the_translations(client, themes, teacher, moderator, locales, tree):
    from wagtail.documents import get_document_model

    from community.services import account_delete
    from demo import builders

    client.force_login(teacher)
    share(client, themes, file=pdf())
    page = Submission.objects.get().page
    page.current_workflow_task_state.approve(user=moderator)
    builders.translate_page(tree["home"], locale=locales[1], strings={})
    builders.translate_page(tree["library"], locale=locales[1], strings={"Bibliotheek": "Library"}, slug="library")
    english = builders.translate_page(page, locale=locales[1], strings={})
    assert english.live and get_document_model().objects.count() == 1
    account_delete(user=teacher, remove_content=True, by_member=True)
    assert not ResourcePage.objects.filter(translation_key=page.translation_key).exists()
    assert not get_document_model().objects.exists()


def test_the_shared_material_page_shows_only_ones_own_with_fixed_queries(client, themes, teacher, school):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    colleague = UserFactory(email="collega@dijkcollege.example")
    MembershipFactory(user=colleague, school=school, role=Membership.Role.MEMBER)
    client.force_login(colleague)
    share(client, themes, link="https://school.example/van-een-collega", title="Les van een collega")

    def count() -> int:
        with CaptureQueriesContext(connection) as seen:
            response = client.get(reverse("library:shared_mine"))
        assert response.status_code == 200
        return len(seen.captured_queries)

    client.force_login(teacher)
    share(client, themes, link="https://school.example/les", title="Eerste les")
    one = count()
    for n in range(4):
        share(client, themes, link=f"https://school.example/les-{n}", title=f"Les {n}")
    assert count() == one
    html = client.get(reverse("library:shared_mine")).content.decode()
    assert "Les 3" in html and "Les van een collega" not in html
