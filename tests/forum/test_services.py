"""Posting in the forum: numbering, trust, limits, duplicates, pupil data, editing, the accepted answer."""

from __future__ import annotations

from datetime import timedelta
from unittest import mock

import pytest
from django.db import transaction
from django.utils import timezone

from forum import services, state
from forum.models import ForumProfile, Post, PostRevision, Thread, TrustLevel, Visibility
from tests.forum import factories

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_rate_limits(settings):
    # Limits would let tests that post a lot pass for the wrong reason: they are tested on their own below.
    settings.FORUM_RATE_LIMITS = False


@pytest.fixture
def category(locales):
    return factories.category(name="Wapens", slug="wapens")


@pytest.fixture
def member(db):
    return factories.member(trust_level=TrustLevel.MEMBER)


def _thread(author, category, **kwargs):
    defaults = {"title": "Hoe praten we met de klas na een incident?", "body": "Wat werkte bij jullie?"}
    defaults.update(kwargs)
    return services.thread_create(author=author, category=category, **defaults)


def test_a_member_starts_a_visible_thread_with_its_question(member, category):
    thread = _thread(member, category)
    assert thread.state == Visibility.VISIBLE
    question = thread.posts.get()
    assert question.number == 1 and question.is_visible
    assert "<p>Wat werkte bij jullie?</p>" in question.html
    assert Thread.objects.visible().filter(pk=thread.pk).exists()


def test_replies_are_numbered_and_counted(member, category):
    thread = _thread(member, category)
    other = factories.member()
    first = services.post_create(author=other, thread=thread, body="Bij ons hielp een kringgesprek.")
    second = services.post_create(author=member, thread=thread, body="Dank je, dat proberen we.")
    thread.refresh_from_db()
    assert (first.number, second.number) == (2, 3)
    assert thread.reply_count == 2
    assert thread.last_poster_id == member.pk


def test_a_new_members_first_posts_wait_for_a_moderator(category):
    newcomer = factories.member(trust_level=TrustLevel.NEW)
    thread = _thread(newcomer, category)
    assert thread.state == Visibility.PENDING
    assert not Thread.objects.visible().filter(pk=thread.pk).exists()
    open_thread = _thread(factories.member(), category, title="Een andere vraag over wapens")
    reply = services.post_create(author=newcomer, thread=open_thread, body="Wij doen het zo.")
    open_thread.refresh_from_db()
    assert reply.state == Visibility.PENDING
    assert open_thread.reply_count == 0


def test_a_new_members_links_are_shown_as_text_not_links(category):
    newcomer = factories.member(trust_level=TrustLevel.NEW)
    thread = _thread(newcomer, category, body="Kijk op https://voorbeeld.example/tips voor tips.")
    html = thread.posts.get().html
    assert "<a " not in html and "voorbeeld.example/tips" in html
    trusted = _thread(
        factories.member(), category, title="Nog een vraag over messen", body="Zie https://voorbeeld.example/"
    )
    assert 'rel="nofollow ugc noopener"' in trusted.posts.get().html


def test_first_profile_gets_a_unique_handle(db):
    a = factories.UserFactory(first_name="Anna", last_name="de Vries")
    b = factories.UserFactory(first_name="Anna", last_name="de Vries")
    pa, pb = services.profile_for(a), services.profile_for(b)
    assert pa.handle != pb.handle
    assert pa.display_name == "Anna de Vries"
    assert pa.trust_level == TrustLevel.NEW


@pytest.mark.parametrize("body", ["", "   \n  "])
def test_an_empty_post_is_refused(member, category, body):
    thread = _thread(member, category)
    with pytest.raises(services.ForumError) as error:
        services.post_create(author=member, thread=thread, body=body)
    assert error.value.code == "empty"
    assert thread.posts.count() == 1


def test_an_oversized_post_is_refused_with_the_limit_in_words(member, category):
    thread = _thread(member, category)
    with pytest.raises(services.ForumError) as error:
        services.post_create(author=member, thread=thread, body="a" * 20_001)
    assert "20.000" in error.value.message
    assert thread.posts.count() == 1


def test_the_same_form_sent_twice_stores_one_post(member, category):
    thread = _thread(member, category)
    first = services.post_create(author=member, thread=thread, body="Eén keer graag.", client_token="abc")
    again = services.post_create(author=member, thread=thread, body="Eén keer graag.", client_token="abc")
    assert first.pk == again.pk
    assert thread.posts.count() == 2


def test_the_same_text_again_is_refused_as_a_duplicate(member, category):
    thread = _thread(member, category)
    services.post_create(author=member, thread=thread, body="Dit werkte bij ons.")
    with pytest.raises(services.ForumError) as error:
        services.post_create(author=member, thread=thread, body="dit werkte  bij ons. ")
    assert error.value.code == "duplicate"


def test_a_locked_or_deleted_thread_takes_no_replies(member, category):
    thread = _thread(member, category)
    Thread.objects.filter(pk=thread.pk).update(is_locked=True)
    thread.refresh_from_db()
    with pytest.raises(services.ForumError) as error:
        services.post_create(author=member, thread=thread, body="Nog één ding.")
    assert error.value.code == "locked"
    Thread.objects.filter(pk=thread.pk).update(is_locked=False, state=Visibility.DELETED)
    thread.refresh_from_db()
    with pytest.raises(services.ForumError) as error:
        services.post_create(author=member, thread=thread, body="Nog één ding.")
    assert error.value.code == "gone"


def test_a_blocked_member_cannot_post(member, category):
    thread = _thread(member, category)
    ForumProfile.objects.filter(user=member).update(blocked_at=timezone.now(), blocked_reason="spam")
    member.refresh_from_db()
    with pytest.raises(services.ForumError) as error:
        services.post_create(author=member, thread=thread, body="Hallo?")
    assert error.value.code == "blocked"


def test_rate_limit_per_member(member, category, settings):
    thread = _thread(member, category)
    settings.FORUM_RATE_LIMITS = True
    limit = services.RATE_PER_MEMBER[TrustLevel.MEMBER]
    for n in range(limit - 1):  # the question counts too
        services.post_create(author=member, thread=thread, body=f"Bericht {n}")
    with pytest.raises(services.ForumError) as error:
        services.post_create(author=member, thread=thread, body="Eén te veel")
    assert error.value.code == "rate_member"
    assert thread.posts.count() == limit


def test_rate_limit_per_address(member, category, settings, real_cache):
    thread = _thread(member, category)
    settings.FORUM_RATE_LIMITS = True
    with mock.patch.object(services, "RATE_PER_ADDRESS", 2), mock.patch.dict(services.RATE_PER_MEMBER, {1: 100}):
        others = [factories.member() for _ in range(3)]
        services.post_create(author=others[0], thread=thread, body="Een", ip="203.0.113.7")
        services.post_create(author=others[1], thread=thread, body="Twee", ip="203.0.113.7")
        with pytest.raises(services.ForumError) as error:
            services.post_create(author=others[2], thread=thread, body="Drie", ip="203.0.113.7")
        services.post_create(author=others[2], thread=thread, body="Drie", ip="198.51.100.1")
    assert error.value.code == "rate_address"


def test_pupil_data_warns_first_and_is_kept_for_moderators_when_posted_anyway(member, category):
    thread = _thread(member, category)
    body = "Leerling met BSN 111222333 is weer afwezig."
    with pytest.raises(services.PupilDataWarning) as warning:
        services.post_create(author=member, thread=thread, body=body)
    assert [f.kind for f in warning.value.findings] == ["bsn"]
    assert thread.posts.count() == 1
    post = services.post_create(author=member, thread=thread, body=body, pupil_data_confirmed=True)
    assert post.pupil_data and post.pupil_data[0]["kind"] == "bsn"


def test_authors_edit_their_own_post_within_the_window_and_the_history_is_kept(member, category):
    thread = _thread(member, category)
    post = thread.posts.get()
    services.post_edit(post=post, editor=member, body="Wat werkte bij jullie? (aangevuld)", reason="aangevuld")
    post.refresh_from_db()
    assert post.edited_at is not None and "aangevuld" in post.html
    revision = PostRevision.objects.get(post=post)
    assert revision.body == "Wat werkte bij jullie?" and revision.edited_by == member
    other = factories.member()
    with pytest.raises(services.ForumError):
        services.post_edit(post=post, editor=other, body="Overgenomen")
    Post.objects.filter(pk=post.pk).update(created_at=timezone.now() - state.EDIT_WINDOW - timedelta(minutes=1))
    post.refresh_from_db()
    with pytest.raises(services.ForumError):
        services.post_edit(post=post, editor=member, body="Te laat")


def test_the_starter_marks_the_reply_that_helped(member, category):
    thread = _thread(member, category)
    helper = factories.member()
    answer = services.post_create(author=helper, thread=thread, body="Zo deden wij het.")
    with pytest.raises(services.ForumError):
        services.answer_accept(thread=thread, post=answer, user=helper)
    services.answer_accept(thread=thread, post=answer, user=member)
    thread.refresh_from_db()
    assert thread.solution_id == answer.pk and thread.is_solved
    with pytest.raises(services.ForumError):
        services.answer_accept(thread=thread, post=thread.posts.get(number=1), user=member)
    services.answer_clear(thread=thread, user=member)
    thread.refresh_from_db()
    assert thread.solution_id is None


def test_a_pasted_library_address_becomes_a_card(member, category, make_resource):
    resource = make_resource(title="Lesbrief wapens")
    url = resource.get_full_url()
    thread = _thread(member, category, body=f"Deze les hielp ons: {url}")
    post = thread.posts.get()
    assert post.linked_pages == [resource.pk]
    assert list(post.library_pages.values_list("pk", flat=True)) == [resource.pk]


def test_a_new_visit_moves_the_previous_visit(member):
    session = {}
    profile = services.note_visit(user=member, session=session)
    first = profile.last_seen_at
    assert profile.previous_visit_at is None
    services.note_visit(user=member, session=session)  # same visit
    profile.refresh_from_db()
    assert profile.last_seen_at == first
    session["forum_last_request"] -= services.VISIT_GAP.total_seconds() + 1
    services.note_visit(user=member, session=session)
    profile.refresh_from_db()
    assert profile.previous_visit_at == first and profile.last_seen_at > first


def test_mark_read_only_moves_forward(member, category):
    from forum.models import ReadState

    thread = _thread(member, category)
    services.mark_read(user=member, thread=thread, number=5)
    services.mark_read(user=member, thread=thread, number=3)
    assert ReadState.objects.get(user=member, thread=thread).last_read_number == 5


def test_a_reply_reaches_the_search_after_commit(member, category, django_capture_on_commit_callbacks):
    thread = _thread(member, category)
    with mock.patch("forum.search.thread_changed") as changed, django_capture_on_commit_callbacks(execute=True):
        with transaction.atomic():
            services.post_create(author=factories.member(), thread=thread, body="Wij gebruikten de lesbrief.")
    changed.assert_called_with(thread.pk)
