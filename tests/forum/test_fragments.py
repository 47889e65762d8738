"""A thread page with a real cache: the shared part of each post is rendered once and reused, and yet every
reader sees their own buttons and every change at once (forum.fragments). The rest of the suite runs with the
dummy cache, which would hide a stale or a leaked fragment."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import Group

from forum import moderation, services
from forum.models import Flag, Post, TrustLevel, Visibility
from forum.state import MODERATOR_GROUP
from tests.forum import factories

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _real_cache(real_cache, settings):
    """A real cache (tests/conftest.py), so fragments are really reused."""
    settings.FORUM_RATE_LIMITS = False


@pytest.fixture
def people(db):
    return {
        "starter": factories.member(trust_level=TrustLevel.MEMBER, display_name="Sanne Bakker"),
        "replier": factories.member(trust_level=TrustLevel.MEMBER, display_name="Pim de Vries"),
        "reader": factories.member(trust_level=TrustLevel.MEMBER, display_name="Ayla Yilmaz"),
    }


@pytest.fixture
def thread(people):
    category = factories.category(name="Verzuim", slug="verzuim")
    made = factories.thread(category=category, author=people["starter"], title="Elke vrijdag afwezig")
    factories.reply(thread=made, author=people["replier"], body="Wij belden de ouders op vrijdagochtend.")
    made.refresh_from_db()
    return made


def _article(html: str, number: int) -> str:
    found = re.search(rf'<article[^>]*id="bericht-{number}".*?</article>', html, re.S)
    assert found, f"post {number} not on the page"
    return found.group(0)


def _page(client, user, thread) -> str:
    if user is None:
        client.logout()
    else:
        client.force_login(user)
    response = client.get(thread.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def test_each_reader_gets_their_own_buttons_under_the_same_cached_posts(client, people, thread):
    reply = Post.objects.get(thread=thread, number=2)
    Flag.objects.create(post=reply, user=people["reader"], reason="unkind")

    anonymous = _article(_page(client, None, thread), 2)
    reader = _article(_page(client, people["reader"], thread), 2)
    replier = _article(_page(client, people["replier"], thread), 2)
    starter = _article(_page(client, people["starter"], thread), 2)

    body = "Wij belden de ouders op vrijdagochtend."
    assert all(body in html for html in (anonymous, reader, replier, starter))
    assert "post__actions" not in anonymous  # visitors get no buttons
    assert "Je hebt dit bericht gemeld." in reader and ">Meld<" not in reader
    assert ">Meld<" in starter and "Je hebt dit bericht gemeld." not in starter
    assert "Bewerk" in replier and ">Meld<" not in replier  # own post: edit, not flag
    assert "Bewerk" not in reader and "Bewerk" not in starter
    assert "Dit hielp" in starter and "Dit hielp" not in reader  # only the one who asked picks the answer
    assert 'name="csrfmiddlewaretoken"' in starter
    assert "het bericht van Pim de Vries" in reader  # the buttons name the post for screen readers


def test_an_edit_shows_at_once_though_the_old_version_was_cached(client, people, thread):
    reply = Post.objects.get(thread=thread, number=2)
    assert "vrijdagochtend" in _page(client, people["reader"], thread)  # cached now
    services.post_edit(post=reply, editor=people["replier"], body="Wij belden de ouders al om acht uur.")
    html = _article(_page(client, people["reader"], thread), 2)
    assert "al om acht uur" in html and "vrijdagochtend" not in html
    assert "bewerkt" in html


def test_hiding_and_a_new_display_name_show_at_once(client, people, thread):
    moderator = factories.member(trust_level=TrustLevel.TRUSTED, display_name="Moderator Mo")
    moderator.groups.add(Group.objects.get(name=MODERATOR_GROUP))
    reply = Post.objects.get(thread=thread, number=2)
    _page(client, people["reader"], thread)
    _page(client, people["replier"], thread)

    profile = people["replier"].forum_profile
    profile.display_name = "Pim V."
    profile.save()
    assert "Pim V." in _article(_page(client, people["reader"], thread), 1 + 1)

    moderation.post_hide(post=reply, moderator=moderator, reason="Bevat een naam van een leerling.")
    assert 'id="bericht-2"' not in _page(client, people["reader"], thread)
    own = _article(_page(client, people["replier"], thread), 2)  # the author still sees it, marked
    assert "Verborgen door de moderatie." in own


def test_the_moderators_view_never_reaches_members(client, people, thread):
    moderator = factories.member(trust_level=TrustLevel.TRUSTED, display_name="Moderator Mo")
    moderator.groups.add(Group.objects.get(name=MODERATOR_GROUP))
    assert "Modereren" in _page(client, moderator, thread)
    assert "Modereren" not in _page(client, people["reader"], thread)
    assert "Modereren" not in _page(client, None, thread)


def test_the_accepted_answer_shows_under_the_question_and_in_its_place(client, people, thread):
    reply = Post.objects.get(thread=thread, number=2)
    _page(client, people["starter"], thread)
    services.answer_accept(thread=thread, post=reply, user=people["starter"])
    thread.refresh_from_db()
    html = _page(client, people["starter"], thread)
    copy = re.search(r'<article[^>]*id="antwoord-2".*?</article>', html, re.S).group(0)
    in_place = _article(html, 2)
    assert "post--solution" in in_place and "Niet meer als antwoord" in in_place
    assert "post__actions" not in copy  # the copy under the question has no buttons (no second form)


def test_a_visitor_counts_and_pages_replies_from_the_threads_counter(client, people, thread):
    for i in range(24):
        factories.reply(thread=thread, author=people["replier"], body=f"Nog een reactie {i}")
    factories.reply(thread=thread, author=people["reader"], body="Wacht nog", state=Visibility.PENDING)
    thread.refresh_from_db()
    html = _page(client, None, thread)
    assert "25 reacties" in html and "Wacht nog" not in html
    assert "?page=2" in html
    own = _page(client, people["reader"], thread)
    assert "26 reacties" in own  # the author counts their own waiting reply


def test_a_hidden_question_leaves_the_first_page_of_replies_whole(client, people, thread):
    for i in range(22):
        factories.reply(thread=thread, author=people["replier"], body=f"Reactie nummer {i}")
    Post.objects.filter(thread=thread, number=1).update(state=Visibility.HIDDEN)
    html = _page(client, people["reader"], thread)
    assert 'id="bericht-1"' not in html
    shown = re.findall(r'<article[^>]*id="bericht-(\d+)"', html)
    assert shown == [str(n) for n in range(2, 22)]  # 20 replies: none dropped for the missing question


def _school(name: str, brin: str):
    from community.models import School

    return School.objects.create(name=name, brin=brin, gemeente="Zwolle", sector="vo")


def test_an_authors_schools_are_cached_and_change_with_their_memberships(
    client, people, thread, django_capture_on_commit_callbacks
):
    from community.models import Membership

    replier = people["replier"]
    with django_capture_on_commit_callbacks(execute=True):
        dijk = _school("Dijkcollege", "01AA")
        Membership.objects.create(user=replier, school=dijk)
    assert "Dijkcollege" in _article(_page(client, None, thread), 2)

    with django_capture_on_commit_callbacks(execute=True):
        linde = _school("Lindeschool", "02BB")
        linde.members.add(replier)  # through the many-to-many, which sends no save
    assert "Dijkcollege, Lindeschool" in _article(_page(client, None, thread), 2)

    with django_capture_on_commit_callbacks(execute=True):
        dijk.name = "Dijkcollege Zwolle"
        dijk.save()
    assert "Dijkcollege Zwolle, Lindeschool" in _article(_page(client, None, thread), 2)

    with django_capture_on_commit_callbacks(execute=True):
        Membership.objects.filter(user=replier, school=dijk).get().delete()
        linde.members.clear()
    shown = _article(_page(client, None, thread), 2)
    assert "Dijkcollege" not in shown and "Lindeschool" not in shown


def test_schools_are_not_asked_again_while_nothing_changed(client, people, thread):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    _page(client, None, thread)
    with CaptureQueriesContext(connection) as seen:
        _page(client, None, thread)
    assert not [q for q in seen.captured_queries if "community_membership" in q["sql"]]
