"""The demo forum (demo/data/forum.yaml, demo/content/forum.py): the data file is valid and its checks bite, and
load_demo builds categories in both languages, members at the demo schools, experts, the named threads with
their accepted answers, a post waiting for a moderator and a flagged one, idempotently."""

import shutil
from pathlib import Path

import pytest
from django.core.management import call_command

from demo.content import forum as forum_demo
from demo.content.loader import DATA_DIR

# The situations issue 9 names, each with an answer that helped.
NAMED = {
    "steekincident": "Hoe praten we met de klas na een steekincident vlak bij school?",
    "vrijdag": "Leerling is elke vrijdag afwezig. Wanneer schakel ik leerplicht in?",
    "wereldnieuws": "Klasgesprek over het wereldnieuws liep uit de hand. Hoe houd ik het veilig?",
}


# --- the data file (no database) ----------------------------------------------------------------------------


def test_the_forum_data_file_is_valid_and_covers_every_theme():
    assert forum_demo.validate() == []
    data = forum_demo.load()
    from demo.content.loader import load

    content = load()
    assert {c.theme for c in data.categories if c.theme} == {t.slug for t in content.themes}
    assert {"vraag-het-de-expert", "samenwerken-met-ketenpartners"} <= {c.slug for c in data.categories}
    titles = {t.title for t in data.threads}
    assert set(NAMED.values()) <= titles
    assert any(t.language == "en" for t in data.threads)
    assert any(t.knelpunt for t in data.threads)
    assert any(not t.replies for t in data.threads), "some threads wait for an answer"
    assert sum(m.expert is not None for m in data.members) >= 3


def test_the_forum_values_are_the_models_choices():
    from forum.models import Flag, TrustLevel

    assert forum_demo.FLAG_REASONS == set(Flag.Reason.values)
    assert forum_demo.TRUST == {"new": TrustLevel.NEW, "member": TrustLevel.MEMBER, "trusted": TrustLevel.TRUSTED}


@pytest.fixture
def data(tmp_path) -> Path:
    return Path(shutil.copytree(DATA_DIR, tmp_path / "data"))


BREAKAGES = {
    "unknown category": ("category: polarisatie\n", "category: polarizatie\n", "unknown category 'polarizatie'"),
    "unknown member": ("author: lotte\n", "author: lotta\n", "unknown member 'lotta'"),
    "a mention of nobody": ("@petra, punt 4", "@pietra, punt 4", "@pietra is not a demo member"),
    "a link to no library item": (
        "/bibliotheek/les-waarom-een-mes-niet-beschermt/",
        "/bibliotheek/les-bestaat-niet/",
        "links the unknown library item 'les-bestaat-niet'",
    ),
    "contact details": (
        "Goede vraag om nu te stellen",
        "Bel 06-12345678. Goede vraag om nu te stellen",
        "a phone number in the text ('06-12345678')",
    ),
    "a real address": (
        "email: wijcoach@example.org",
        "email: wijcoach@wijschool.nl",
        "example.org addresses only",
    ),
    "a theme without a category": ("  theme: burgerschap\n", "", "no category for the theme 'burgerschap'"),
    "an unknown knelpunt": (
        "knelpunt: weerbare-school/signalen-herkennen",
        "knelpunt: weerbare-school/signalen",
        "unknown knelpunt 'weerbare-school/signalen'",
    ),
    "a typo in a key": ("    accepted: true\n", "    acepted: true\n", "unknown key 'acepted'"),
    "an unknown flag reason": ("reason: pupil_data", "reason: rude", "unknown flag reason 'rude'"),
}


@pytest.mark.parametrize("case", list(BREAKAGES))
def test_the_forum_checks_bite(data, case):
    old, new, expected = BREAKAGES[case]
    path = data / "forum.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    problems = forum_demo.validate(data)
    assert any(expected in p for p in problems), problems


# --- load_demo ----------------------------------------------------------------------------------------------


def _counts():
    from community.models import Membership, User
    from forum.models import Category, Flag, ForumProfile, ModerationLogEntry, Post, Thread

    return {
        model.__name__: model.objects.count()
        for model in (Category, ForumProfile, Thread, Post, Flag, ModerationLogEntry, User, Membership)
    }


# Not a transactional test (see test_load_demo.py). The first 20 library items include every item a demo post
# links, so the library cards are there; the English translations are made.
@pytest.mark.django_db
def test_load_demo_builds_the_forum_in_both_languages_idempotently(client):
    from community.models import Membership
    from demo import builders
    from forum.models import Category, Flag, ForumProfile, Post, Thread, TrustLevel, Visibility
    from library.models import ResourcePage

    call_command("load_demo", "--limit", "20", verbosity=0)
    before = _counts()
    call_command("load_demo", "--limit", "20", verbosity=0)
    assert _counts() == before, "load_demo made the forum twice"

    data = forum_demo.load()
    # Categories: one per theme and the general ones, each translated (name and description) into English.
    dutch = Category.objects.filter(locale__language_code="nl")
    assert dutch.count() == len(data.categories)
    assert dutch.filter(theme__isnull=False).count() == 11
    for category in dutch:
        english = category.get_translation_or_none(builders.locales()[1])
        assert english is not None, category.slug
        assert english.slug == category.slug
        assert english.description != category.description, category.slug
    assert dutch.get(slug="vraag-het-de-expert").get_translation(builders.locales()[1]).name == "Ask the expert"
    assert [c.slug for c in dutch.order_by("sort_order")][0] == "vraag-het-de-expert"

    # Experts with their organisation and categories; members at the demo schools.
    experts = ForumProfile.objects.filter(is_expert=True).exclude(expert_organisation="")
    assert {p.expert_organisation for p in experts} >= {
        "WIJcoach, Alliantie WIJschool",
        "Jeugdagent, politie",
        "Leerplichtambtenaar, gemeente",
    }
    assert all(p.expert_categories.exists() for p in experts)
    at_schools = ForumProfile.objects.filter(user__memberships__school__brin__in=["91XK", "93QT", "95MB"]).distinct()
    assert at_schools.count() >= 10
    assert ForumProfile.objects.filter(trust_level=TrustLevel.TRUSTED).exists()

    # The named threads, each answered by an expert, the answer accepted by the asker.
    for title in NAMED.values():
        thread = Thread.objects.get(title=title)
        assert thread.is_visible and thread.reply_count >= 3
        assert thread.solution is not None and thread.solution.is_visible
        assert thread.solution.author.forum_profile.is_expert
        assert thread.author.memberships.exists(), "the asker works at a demo school"
    threads = Thread.objects.all()
    assert threads.count() == len(data.threads)
    assert threads.filter(reply_count=0).count() >= 2, "unanswered threads for the unanswered view"
    assert threads.filter(language="en").exists()

    # Spread over the past weeks, and the posts of a thread in order.
    first, last = threads.order_by("created_at").first(), threads.order_by("created_at").last()
    assert (last.created_at - first.created_at).days >= 14
    for thread in threads:
        times = list(thread.posts.order_by("number").values_list("created_at", flat=True))
        assert times == sorted(times) and times[0] == thread.created_at

    # A thread on a scan knelpunt, as the thread form stores it.
    knelpunt = threads.get(knelpunt_key=builders.stable_id("weerbare-school", "signalen-herkennen"))
    assert knelpunt.scan_page.slug == "weerbare-school"
    assert knelpunt.knelpunt_label.startswith("Collega's herkennen signalen")

    # A post linking a library item by its address becomes a card.
    film = ResourcePage.objects.get(slug="film-check-in-bij-de-deur", locale__language_code="nl")
    assert any(film.pk in p.linked_pages for p in Post.objects.filter(library_pages=film))

    # Something for the moderation queue: a new member's reply waiting, and a flagged reply.
    pending = Post.objects.get(state=Visibility.PENDING)
    assert pending.author.forum_profile.trust_level == TrustLevel.NEW
    assert Membership.objects.filter(user=pending.author).exists()
    flag = Flag.objects.get()
    assert flag.post.is_visible and flag.resolved_at is None and flag.reason == "pupil_data"

    # The forum shows it all, in Dutch and in English.
    for url in ("/forum/", "/en/forum/", "/forum/?view=unanswered", "/forum/c/jongeren-en-wapens/"):
        assert client.get(url).status_code == 200, url
    english_index = client.get("/en/forum/").content.decode()
    assert "Ask the expert" in english_index
    page = client.get(Thread.objects.get(title=NAMED["steekincident"]).get_absolute_url()).content.decode()
    assert "Jeugdagent, politie" in page and "Waarom een mes je niet beschermt" in page
    assert pending.body[:40] not in client.get(pending.thread.get_absolute_url()).content.decode()
