"""The scan and the forum meet at a knelpunt: the results link each top knelpunt to the threads of schools that
faced it, and to the question form with the knelpunt filled in (through hooks; neither app imports the other)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from forum.models import Thread, TrustLevel
from scan import services
from tests.forum import factories
from tests.scan.conftest import item_key
from tests.scan.test_flows import CIJFERS, HANDELEN, SIGNALEN, answer_round, open_round

pytestmark = pytest.mark.django_db


@pytest.fixture
def answered_round(scan_page, school, coordinator):
    round_ = open_round(school, scan_page, coordinator)
    answer_round(
        round_, [{SIGNALEN: "1", CIJFERS: "2", HANDELEN: "4"}, {SIGNALEN: "2", CIJFERS: "1", HANDELEN: "3"}] * 2
    )
    return services.round_close(round_=round_, user=coordinator)


def test_results_show_threads_on_a_knelpunt_and_a_way_to_ask(client, answered_round, scan_page, coordinator, settings):
    settings.FORUM_RATE_LIMITS = False
    category = factories.category(name="Wapens", slug="wapens")
    author = factories.member(trust_level=TrustLevel.MEMBER)
    factories.thread(
        category=category,
        author=author,
        title="Signalen van wapenbezit: hoe bespraken jullie ze?",
        scan_page=scan_page,
        knelpunt_key=SIGNALEN,
        knelpunt_label="Signalen",
    )
    client.force_login(coordinator)
    page = client.get(reverse("scan:results", kwargs={"round_id": answered_round.pk})).content.decode()
    assert "Zo pakten andere scholen het aan" in page
    assert "Signalen van wapenbezit: hoe bespraken jullie ze?" in page
    ask = f"{reverse('forum:thread_new')}?knelpunt={scan_page.pk}:{SIGNALEN}"
    assert ask in page

    # The link fills in the knelpunt; the thread is stored with it.
    form = client.get(ask).content.decode()
    assert f'value="{scan_page.pk}:{SIGNALEN}" selected' in form
    client.post(
        reverse("forum:thread_new"),
        {
            "category": category.pk,
            "title": "Hoe herken je signalen van wapenbezit?",
            "body": "We scoorden laag op dit knelpunt. Wat deden jullie?",
            "knelpunt": f"{scan_page.pk}:{SIGNALEN}",
        },
    )
    thread = Thread.objects.get(title="Hoe herken je signalen van wapenbezit?")
    assert thread.knelpunt_key == SIGNALEN and thread.scan_page_id == scan_page.pk and thread.knelpunt_label


def test_an_unknown_knelpunt_in_the_form_is_refused_and_the_text_kept(client, scan_page, coordinator):
    category = factories.category(name="Wapens", slug="wapens")
    client.force_login(coordinator)
    response = client.post(
        reverse("forum:thread_new"),
        {"category": category.pk, "title": "Een vraag over iets", "body": "Mijn tekst blijft", "knelpunt": "1:nope"},
    )
    html = response.content.decode()
    assert response.status_code == 200 and "Mijn tekst blijft" in html
    assert not Thread.objects.exists()
    assert item_key  # the scan's item keys are block ids, the same in every translation
