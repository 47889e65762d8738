"""The forum's pages as people use them: reading, asking, replying, bad input, other language."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import translation

from demo import builders
from forum import selectors
from forum.models import Post, Thread, TrustLevel, Visibility
from tests.forum import factories

pytestmark = pytest.mark.django_db

XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.fixture(autouse=True)
def _no_rate_limits(settings):
    settings.FORUM_RATE_LIMITS = False


@pytest.fixture
def category(locales):
    nl_category = factories.category(name="Verzuim", slug="verzuim", description="Over leerlingen die wegblijven.")
    builders.translate_snippet(
        nl_category, locale=locales[1], name="Absenteeism", description="About pupils who stay away."
    )
    return nl_category


@pytest.fixture
def member(db):
    return factories.member(trust_level=TrustLevel.MEMBER, display_name="Sanne Bakker")


def _login(client, user):
    client.force_login(user)


def test_the_overview_lists_categories_and_threads(client, category, member):
    factories.thread(category=category, author=member, title="Leerling elke vrijdag afwezig")
    response = client.get(reverse("forum:index"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Verzuim" in html and "Leerling elke vrijdag afwezig" in html


def test_english_interface_names_the_category_in_english(client, category, member):
    factories.thread(category=category, author=member, title="Leerling elke vrijdag afwezig")
    with translation.override("en"):
        url = reverse("forum:index")
    html = client.get(url).content.decode()
    assert url.startswith("/en/")
    assert "Absenteeism" in html
    assert 'lang="nl"' in html  # the Dutch thread title is marked as Dutch


def test_a_threads_themes_are_named_in_the_interface_language(client, category, member, locales):
    polarisatie = builders.theme(slug="polarisatie", name="Polarisatie", sort_order=2)
    wapens = builders.theme(slug="jongeren-en-wapens", name="Jongeren en wapens", sort_order=1)
    builders.translate_snippet(polarisatie, locale=locales[1], name="Polarisation")
    thread = factories.thread(category=category, author=member, title="Spanning in de klas na het nieuws")
    thread.themes.set([polarisatie, wapens])

    dutch = client.get(thread.get_absolute_url()).content.decode()
    assert dutch.index("Jongeren en wapens") < dutch.index("Polarisatie")  # the themes' own order
    with translation.override("en"):
        url = thread.get_absolute_url()
    english = client.get(url).content.decode()
    assert "Polarisation" in english and "Polarisatie" not in english
    assert "Jongeren en wapens" in english  # not translated yet: the Dutch name rather than nothing
    assert "?theme=polarisatie" in english


def test_unknown_category_and_thread_are_calm_404s(client, category):
    assert client.get(reverse("forum:category", args=["bestaat-niet"])).status_code == 404
    assert client.get(reverse("forum:thread", args=[999999, "x"])).status_code == 404
    assert client.get(reverse("forum:post", args=[999999])).status_code == 404


def test_a_thread_page_shows_question_replies_and_a_wrong_slug_redirects(client, category, member):
    thread = factories.thread(category=category, author=member, title="Vrijdagverzuim", replies=2)
    response = client.get(reverse("forum:thread", args=[thread.pk, "oud"]))
    assert response.status_code == 301 and response["Location"] == thread.get_absolute_url()
    html = client.get(thread.get_absolute_url()).content.decode()
    assert "Reactie 1" in html and "Reactie 2" in html and "Sanne Bakker" in html


def test_hidden_and_pending_threads_are_not_shown_to_others(client, category, member):
    pending = factories.thread(category=category, author=member, title="Wacht nog even", state=Visibility.PENDING)
    hidden = factories.thread(category=category, author=member, title="Verborgen draad", state=Visibility.HIDDEN)
    assert client.get(pending.get_absolute_url()).status_code == 404
    assert client.get(hidden.get_absolute_url()).status_code == 404
    assert "Wacht nog even" not in client.get(reverse("forum:index")).content.decode()
    _login(client, member)
    assert client.get(pending.get_absolute_url()).status_code == 200


def test_asking_a_question(client, category, member):
    _login(client, member)
    response = client.get(reverse("forum:thread_new") + "?category=verzuim")
    assert response.status_code == 200
    response = client.post(
        reverse("forum:thread_new"),
        {
            "category": category.pk,
            "title": "Hoe pakken jullie vrijdagverzuim aan?",
            "body": "Een leerling is elke vrijdag afwezig. Wanneer bellen jullie leerplicht?",
            "client_token": "t1",
        },
    )
    thread = Thread.objects.get()
    assert response.status_code == 302 and response["Location"] == thread.get_absolute_url()
    assert thread.author == member and thread.posts.get().number == 1
    # Sent again (a double click): nothing stored twice.
    client.post(
        reverse("forum:thread_new"),
        {
            "category": category.pk,
            "title": "Hoe pakken jullie vrijdagverzuim aan?",
            "body": "Een leerling is elke vrijdag afwezig. Wanneer bellen jullie leerplicht?",
            "client_token": "t1",
        },
    )
    assert Thread.objects.count() == 1 and Post.objects.count() == 1


def test_bad_input_keeps_what_was_typed(client, category, member):
    _login(client, member)
    response = client.post(
        reverse("forum:thread_new"), {"category": "999999", "title": "Kort", "body": "Mijn lange verhaal"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Mijn lange verhaal" in html
    assert "Die categorie bestaat niet" in html
    assert Thread.objects.count() == 0


def test_an_unknown_category_in_the_link_gives_a_message(client, category, member):
    _login(client, member)
    response = client.get(reverse("forum:thread_new") + "?category=weg", follow=True)
    assert "Die categorie bestaat niet" in response.content.decode()


def test_replying_and_a_reply_error_keeps_the_text(client, category, member):
    thread = factories.thread(category=category, author=member)
    other = factories.member()
    _login(client, other)
    response = client.post(reverse("forum:reply", args=[thread.pk]), {"body": "a" * 20_001})
    assert response.status_code == 400
    assert "te lang" in response.content.decode()
    response = client.post(reverse("forum:reply", args=[thread.pk]), {"body": "Bij ons werkte een huisbezoek."})
    post = Post.objects.get(thread=thread, number=2)
    assert response.status_code == 302 and response["Location"] == reverse("forum:post", args=[post.pk])
    located = client.get(response["Location"])
    assert located.status_code == 302 and located["Location"].endswith("#bericht-2")


def test_replying_needs_an_account(client, category, member):
    thread = factories.thread(category=category, author=member)
    response = client.post(reverse("forum:reply", args=[thread.pk]), {"body": "Anoniem"})
    assert response.status_code == 302 and "/account/login/" in response["Location"]
    assert "Log in" in client.get(thread.get_absolute_url()).content.decode()


def test_the_honeypot_stores_nothing(client, category, member):
    thread = factories.thread(category=category, author=member)
    _login(client, factories.member())
    response = client.post(reverse("forum:reply", args=[thread.pk]), {"body": "Koop nu!", "website": "spam.example"})
    assert response.status_code == 302
    assert thread.posts.count() == 1


def test_a_locked_thread_says_so_and_keeps_the_text(client, category, member):
    thread = factories.thread(category=category, author=member, is_locked=True)
    _login(client, factories.member())
    response = client.post(reverse("forum:reply", args=[thread.pk]), {"body": "Nog een gedachte"})
    html = response.content.decode()
    assert response.status_code == 400
    assert "gesloten" in html
    assert thread.posts.count() == 1


def test_pupil_data_warning_then_post_anyway(client, category, member):
    thread = factories.thread(category=category, author=member)
    _login(client, factories.member())
    body = "Bel de moeder op 06-12345678 als hij weer afwezig is."
    response = client.post(reverse("forum:reply", args=[thread.pk]), {"body": body, "client_token": "p1"})
    html = response.content.decode()
    assert "gegevens van een leerling" in html and body in html
    assert thread.posts.count() == 1
    client.post(
        reverse("forum:reply", args=[thread.pk]), {"body": body, "client_token": "p1", "confirm_pupil_data": "on"}
    )
    assert thread.posts.count() == 2


def test_user_text_is_escaped_everywhere(client, category):
    author = factories.member(display_name=XSS)
    thread = factories.thread(category=category, author=author, title=XSS)
    for url in (reverse("forum:index"), category.get_absolute_url(), thread.get_absolute_url()):
        html = client.get(url).content.decode()
        assert "<script>alert" not in html and "onerror=alert" not in html.replace("onerror=alert(1)&gt;", "")
        assert "&lt;script&gt;" in html


def test_quoting_fills_the_reply_box(client, category, member):
    thread = factories.thread(category=category, author=member, body="Wij belden eerst de ouders.")
    _login(client, factories.member())
    post = thread.posts.get()
    html = client.get(thread.get_absolute_url() + f"?quote={post.pk}").content.decode()
    assert "&gt; Wij belden eerst de ouders." in html


def test_the_starter_marks_the_answer_and_it_shows_under_the_question(client, category, member):
    thread = factories.thread(category=category, author=member)
    helper = factories.member(display_name="Expert Ellen")
    answer = factories.reply(thread=thread, author=helper, body="Begin met een gesprek met de ouders.")
    _login(client, member)
    client.post(reverse("forum:accept", args=[answer.pk]))
    thread.refresh_from_db()
    assert thread.solution_id == answer.pk
    html = client.get(thread.get_absolute_url()).content.decode()
    assert html.index("Dit hielp") < html.index('id="bericht-2"')
    listing = client.get(reverse("forum:index") + "?view=solved").content.decode()
    assert thread.title in listing and "Opgelost" in listing


def test_unanswered_view(client, category, member):
    quiet = factories.thread(category=category, author=member, title="Nog niemand reageerde")
    busy = factories.thread(category=category, author=member, title="Hier is gepraat", replies=1)
    html = client.get(reverse("forum:index") + "?view=unanswered").content.decode()
    assert quiet.title in html and busy.title not in html


def test_theme_filter(client, category, member, themes):
    theme = next(iter(themes.values())) if isinstance(themes, dict) else themes[0]
    on_theme = factories.thread(category=category, author=member, title="Over het thema")
    on_theme.themes.add(theme)
    factories.thread(category=category, author=member, title="Iets anders")
    html = client.get(reverse("forum:index") + f"?theme={theme.slug}").content.decode()
    assert "Over het thema" in html and "Iets anders" not in html
    response = client.get(reverse("forum:index") + "?theme=onbekend")
    assert response.status_code == 200


def test_thread_page_costs_the_same_for_few_and_many_replies(client, category, member):
    """Page 1 (the question and the first replies in one query) and a later page each cost the same however
    long the thread is."""
    small = factories.thread(category=category, author=member, replies=3)
    two_pages = factories.thread(category=category, author=member, replies=25)
    big = factories.thread(category=category, author=member, replies=120)
    _login(client, member)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries(url):
        client.get(url)  # warm: profile and read state made
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200
        return len(captured)

    assert queries(small.get_absolute_url()) == queries(big.get_absolute_url())
    assert queries(two_pages.get_absolute_url() + "?page=2") == queries(big.get_absolute_url() + "?page=5")


def test_listing_costs_the_same_for_few_and_many_threads(client, category, member):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(3):
        factories.thread(category=category, author=member)
    _login(client, member)
    client.get(reverse("forum:index"))
    with CaptureQueriesContext(connection) as few:
        client.get(reverse("forum:index"))
    for _ in range(40):
        factories.thread(category=category, author=factories.member())
    with CaptureQueriesContext(connection) as many:
        client.get(reverse("forum:index") + "?page=2")
    assert len(many) == len(few)


def test_unread_marker_goes_after_reading(category, member):
    thread = factories.thread(category=category, author=member)
    reader = factories.member()
    listing = selectors.thread_listing(user=reader)
    assert listing.rows[0].unread
    from forum import services

    services.mark_read(user=reader, thread=thread, number=1)
    listing = selectors.thread_listing(user=reader)
    assert not listing.rows[0].unread


def test_flagging_a_post_and_a_refusal_keeps_the_note(client, category, member):
    thread = factories.thread(category=category, author=member)
    post = thread.posts.get()
    flagger = factories.member()
    _login(client, flagger)
    assert client.get(reverse("forum:flag", args=[post.pk])).status_code == 200
    response = client.post(reverse("forum:flag", args=[post.pk]), {"note": "Mijn toelichting"})
    assert response.status_code == 400 and "Mijn toelichting" in response.content.decode()
    response = client.post(reverse("forum:flag", args=[post.pk]), {"reason": "unkind", "note": "Mijn toelichting"})
    assert response.status_code == 302
    again = client.post(reverse("forum:flag", args=[post.pk]), {"reason": "spam", "note": "Nog eens"})
    assert again.status_code == 400 and "Nog eens" in again.content.decode()
    assert post.flags.count() == 1
    _login(client, member)
    own = client.post(reverse("forum:flag", args=[post.pk]), {"reason": "spam"})
    assert own.status_code == 400
