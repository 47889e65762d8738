"""The forum walked through in a browser (issue 9): a teacher asks, a colleague replies, the teacher marks the
reply that helped; three members flag a post until it is hidden, a moderator restores one and removes another
from the queue in the Wagtail admin, and the log says who did what and why; the follower gets a mail (from the
real worker) and unsubscribes without logging in; a new member's first post waits for approval. axe-core checks
every public forum page in Dutch and English, wide and narrow.
"""

from __future__ import annotations

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from tests.browser.conftest import NARROW, WIDE, axe_violations, format_violations, screenshot
from tests.community.factories import PASSWORD

pytestmark = pytest.mark.browser


@pytest.fixture
def forum(site_data, settings):
    from django.contrib.auth.models import Group
    from wagtail.models import Locale

    from demo import builders
    from forum.models import TrustLevel
    from tests.forum import factories

    settings.FORUM_RATE_LIMITS = False
    category = factories.category(
        name="Verzuim", slug="verzuim", description="Over leerlingen die vaak of lang wegblijven."
    )
    builders.translate_snippet(
        category,
        locale=Locale.objects.get(language_code="en"),
        name="Absenteeism",
        description="About pupils who are often or long away.",
    )
    people = {
        "asker": factories.member(display_name="Sanne Bakker", email="sanne@dijkcollege.example", handle="sanne"),
        "helper": factories.member(display_name="Karim Aydin", email="karim@lindeschool.example", handle="karim"),
        "newcomer": factories.member(
            trust_level=TrustLevel.NEW, display_name="Nieuw Lid", email="nieuw@school.example", handle="nieuw"
        ),
        "moderator": factories.member(
            trust_level=TrustLevel.TRUSTED, display_name="Mo de Moderator", email="moderatie@wijschool.example"
        ),
    }
    for n in range(3):
        people[f"flagger{n}"] = factories.member(display_name=f"Lid {n}", email=f"lid{n}@school.example")
    people["moderator"].groups.add(Group.objects.get(name="Moderators"))
    people["moderator"].is_staff = True
    people["moderator"].save()
    return {"category": category, **people}


def _no_violations(page, where: str) -> None:
    violations = axe_violations(page)
    assert not violations, format_violations(violations, where)


def _log_in(browser_page, base: str, user, next_url: str = "/forum/") -> None:
    browser_page.goto(f"{base}/account/login/?next={next_url}")
    form = browser_page.locator("main form")
    form.locator("input[name=login]").fill(user.email)
    form.locator("input[name=password]").fill(PASSWORD)
    form.get_by_role("button", name="Inloggen").click()
    expect(browser_page).to_have_url(re.compile(re.escape(next_url.split("?")[0])))


def _run_worker() -> None:
    from tests.forum.worker import run_worker

    run_worker()


def test_ask_reply_accept_flag_moderate_notify(live_server, forum, new_page):
    from forum.models import ForumProfile, ModerationLogEntry, Post, Thread, Visibility

    base = live_server.url
    mail.outbox.clear()

    # A teacher asks a question.
    asker = new_page()
    _log_in(asker, base, forum["asker"])
    asker.get_by_role("link", name="Stel een vraag").first.click()
    _no_violations(asker, "new thread: ")
    asker.get_by_label("Categorie").select_option(label="Verzuim")
    asker.get_by_label("Titel van je vraag").fill("Een leerling is elke vrijdag afwezig: wat doen jullie?")
    asker.get_by_label("Je vraag of verhaal").fill(
        "Sinds een paar weken mist een leerling uit de bovenbouw elke vrijdag. Wanneer schakelen jullie leerplicht in?"
    )
    asker.get_by_role("button", name="Plaats je vraag").click()
    expect(asker.get_by_role("heading", level=1)).to_have_text("Een leerling is elke vrijdag afwezig: wat doen jullie?")
    thread = Thread.objects.get()
    screenshot(asker, "forum-thread-new-nl-wide")

    # A colleague replies; first a pupil's phone number makes the form warn, and nothing typed is lost.
    helper = new_page()
    _log_in(helper, base, forum["helper"], next_url=thread.get_absolute_url())
    box = helper.get_by_label("Je reactie")
    box.fill("Bel de moeder op 06-12345678 en meld het daarna bij leerplicht.")
    helper.get_by_role("button", name="Plaats je reactie").click()
    expect(helper.get_by_role("alert").first).to_contain_text("gegevens van een leerling")
    expect(helper.get_by_label("Je reactie")).to_have_value(
        "Bel de moeder op 06-12345678 en meld het daarna bij leerplicht."
    )
    _no_violations(helper, "pupil-data warning: ")
    screenshot(helper, "forum-pupil-warning-nl-wide")
    helper.get_by_label("Je reactie").fill(
        "Bij ons belt de mentor eerst thuis. Na drie keer melden we het bij leerplicht: dat is ook de plicht."
    )
    helper.get_by_role("button", name="Plaats je reactie").click()
    expect(helper.locator("#bericht-2")).to_contain_text("Na drie keer melden we het bij leerplicht")

    # The asker follows the thread (automatically, as its starter) and gets the reply by mail from the worker.
    _run_worker()
    to_asker = [m for m in mail.outbox if forum["asker"].email in m.to]
    assert to_asker, [m.to for m in mail.outbox]
    message = to_asker[-1]
    assert "List-Unsubscribe" in message.extra_headers
    assert message.extra_headers.get("List-Unsubscribe-Post") == "List-Unsubscribe=One-Click"
    unsubscribe_url = message.extra_headers["List-Unsubscribe"].strip("<>").split(">")[0]

    # The asker marks the reply that helped: it shows right under the question, and the listing says solved.
    asker.goto(f"{base}{thread.get_absolute_url()}")
    asker.get_by_role("button", name="Dit hielp").click()
    solution = asker.locator("section.solution")
    expect(solution).to_contain_text("Na drie keer melden we het bij leerplicht")
    _no_violations(asker, "thread with answer: ")
    screenshot(asker, "forum-thread-solved-nl-wide")
    asker.goto(f"{base}/forum/")
    expect(asker.locator(".thread-row").first).to_contain_text("Opgelost")

    # Unsubscribing from the mail works without logging in: a confirm button, then no more mail.
    stranger = new_page()
    stranger.goto(unsubscribe_url.replace("http://127.0.0.1:8000", base))
    _no_violations(stranger, "unsubscribe: ")
    stranger.get_by_role("button", name="Zet e-mail over het forum uit").click()
    expect(stranger.locator(".messages, main").first).to_contain_text(re.compile("e-mail", re.I))
    assert ForumProfile.objects.get(user=forum["asker"]).email_mode == ForumProfile.EmailMode.NONE

    # Three members flag the helper's reply as unkind: after the third it is hidden from everyone else.
    reply = Post.objects.get(thread=thread, number=2)
    for n in range(3):
        flagger = new_page()
        _log_in(flagger, base, forum[f"flagger{n}"], next_url=thread.get_absolute_url())
        flagger.locator("#bericht-2").get_by_role("link", name=re.compile("^Meld")).click()
        if n == 0:
            _no_violations(flagger, "flag page: ")
            screenshot(flagger, "forum-flag-nl-wide")
        flagger.get_by_label("Onvriendelijk of kwetsend").check()
        flagger.get_by_role("button", name="Verstuur melding").click()
        expect(flagger.locator(".messages")).to_contain_text("Dank je voor je melding")
        flagger.close()
    reply.refresh_from_db()
    assert reply.state == Visibility.HIDDEN and reply.hidden_by_flags
    visitor = new_page()
    visitor.goto(f"{base}{thread.get_absolute_url()}")
    expect(visitor.locator("main")).not_to_contain_text("Na drie keer melden we het bij leerplicht")

    # A new member's first reply waits for a moderator.
    newcomer = new_page()
    _log_in(newcomer, base, forum["newcomer"], next_url=thread.get_absolute_url())
    newcomer.get_by_label("Je reactie").fill("Wij doen een huisbezoek met de jeugdarts.")
    newcomer.get_by_role("button", name="Plaats je reactie").click()
    expect(newcomer.locator(".messages")).to_contain_text("moderator")
    waiting = Post.objects.get(thread=thread, author=forum["newcomer"])
    assert waiting.state == Visibility.PENDING
    visitor.reload()
    expect(visitor.locator("main")).not_to_contain_text("huisbezoek met de jeugdarts")

    # The moderator restores the flagged reply and approves the waiting one, from the queue, with a reason.
    moderator = new_page()
    _log_in(moderator, base, forum["moderator"], next_url="/admin/forum/wachtrij/")
    expect(moderator.locator("body")).to_contain_text("Na drie keer melden")
    screenshot(moderator, "forum-admin-queue-wide")
    hidden_card = moderator.locator("article, .forum-post, li, section").filter(has_text="Na drie keer melden").last
    hidden_card.get_by_label("Reden").fill("Niet onvriendelijk: een gewone werkwijze.")
    hidden_card.get_by_role("button", name="Terugzetten").click()
    expect(moderator.locator("body")).to_contain_text(re.compile("teruggezet", re.I))
    pending_card = (
        moderator.locator("article, .forum-post, li, section").filter(has_text="huisbezoek met de jeugdarts").last
    )
    pending_card.get_by_role("button", name="Goedkeuren").click()
    expect(moderator.locator("body")).to_contain_text("Goedgekeurd")
    reply.refresh_from_db()
    waiting.refresh_from_db()
    assert reply.state == Visibility.VISIBLE and waiting.state == Visibility.VISIBLE
    moderator.goto(f"{base}/admin/forum/logboek/")
    expect(moderator.locator("main")).to_contain_text("Niet onvriendelijk: een gewone werkwijze.")
    assert ModerationLogEntry.objects.filter(moderator=forum["moderator"], post=reply, action="restore").exists()
    visitor.reload()
    expect(visitor.locator("main")).to_contain_text("huisbezoek met de jeugdarts")


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("viewport", ["wide", "narrow"])
def test_forum_pages_are_accessible(live_server, forum, new_page, language, viewport):
    from forum import services
    from tests.forum import factories

    thread = services.thread_create(
        author=forum["asker"],
        category=forum["category"],
        title="Hoe praten we met de klas na een steekincident?",
        body="Vorige week was er een steekincident bij het station. **Hoe** begonnen jullie het gesprek?",
    )
    answer = services.post_create(
        author=forum["helper"],
        thread=thread,
        body="> Hoe begonnen jullie?\n\nMet een kringgesprek:\n\n- vragen\n- rust",
    )
    services.answer_accept(thread=thread, post=answer, user=forum["asker"])
    factories.thread(category=forum["category"], author=forum["helper"], title="Nog zonder reactie")
    page = new_page(viewport=WIDE if viewport == "wide" else NARROW)
    _log_in(page, live_server.url, forum["asker"])
    prefix = "" if language == "nl" else "/en"
    for name, path in [
        ("index", "/forum/"),
        ("category", "/forum/c/verzuim/"),
        ("thread", thread.get_absolute_url()),
        ("new", "/forum/nieuw/"),
        ("notifications", "/forum/meldingen/"),
        ("preferences", "/forum/instellingen/"),
        ("flag", f"/forum/p/{answer.pk}/melden/"),
    ]:
        page.goto(f"{live_server.url}{prefix}{path}")
        expect(page.locator("html")).to_have_attribute("lang", language)
        assert page.locator("h1").count() == 1, name
        _no_violations(page, f"{name} ({language}, {viewport}): ")
        screenshot(page, f"forum-{name}-{language}-{viewport}")
