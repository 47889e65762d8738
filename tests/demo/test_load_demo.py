"""The demo loader builds the whole demo site, idempotently, and every page it makes renders."""

import pytest
from django.core.management import call_command
from wagtail.models import Page

from core.models import Theme, ThemePage
from library.models import ResourcePage


# Not a transactional test: its flush would wipe what the migrations created (root page, groups) from a
# reused test database. The builders publish translations themselves when on-commit hooks are pending.
@pytest.mark.django_db
def test_load_demo_builds_a_complete_bilingual_site_and_every_page_renders(client):
    call_command("load_demo", verbosity=0)
    counts = (Page.objects.count(), ResourcePage.objects.count(), Theme.objects.count())
    call_command("load_demo", verbosity=0)
    assert (Page.objects.count(), ResourcePage.objects.count(), Theme.objects.count()) == counts, "not idempotent"

    dutch = ResourcePage.objects.live().filter(locale__language_code="nl")
    english = ResourcePage.objects.live().filter(locale__language_code="en")
    assert dutch.count() >= 80
    assert english.count() * 3 >= dutch.count()
    assert set(dutch.values_list("resource_type", flat=True)) == {
        "elearning",
        "film",
        "lesson",
        "knowledge",
        "exercise",
        "training",
        "intervention",
    }
    # Every theme has its page in both languages, and the three trainings of seed 004 are there.
    assert (
        ThemePage.objects.live().filter(locale__language_code="nl").count()
        == Theme.objects.filter(locale__language_code="nl").count()
    )
    assert ThemePage.objects.live().filter(locale__language_code="en").count() >= 11
    for slug in (
        "basistraining-schoolveiligheid-ondermijning",
        "vervolgtraining-visie-beleid-interventie",
        "regie-op-schoolveiligheid",
    ):
        training = dutch.get(slug=slug)
        assert training.solves

    failures = []
    for page in Page.objects.live().filter(depth__gt=1).specific():
        url = page.url
        response = client.get(url)
        if response.status_code != 200:
            failures.append((url, response.status_code))
    assert not failures
    # Every Dutch page is there in English (issue 12): the language switcher never has to say "not translated"
    # on the demo site.
    untranslated = [
        page.url
        for page in Page.objects.live().filter(depth__gt=1, locale__language_code="nl")
        if not page.get_translations().live().filter(locale__language_code="en").exists()
    ]
    assert not untranslated, untranslated
    assert english.count() == dutch.count()
    # English pages have English <html lang>.
    english_page = english.first()
    assert '<html lang="en">' in client.get(english_page.url).content.decode()

    # The self-scan: two scans in both languages with every item translated, and demo rounds with results.
    from community.models import User
    from scan.definition import Definition, snapshot
    from scan.models import Round, ScanPage

    scans = ScanPage.objects.live().filter(locale__language_code="nl")
    assert {s.slug for s in scans} == {"weerbare-school", "welbevinden-en-gelijke-kansen"}
    for scan in scans:
        data = snapshot(scan)
        nl, en = Definition(data, "nl"), Definition(data, "en")
        assert set(data["locales"]) == {"nl", "en"}
        assert all(en.items[key].statement != nl.items[key].statement for key in nl.items), scan.slug
    rounds = Round.objects.filter(school__brin="93QT")
    assert rounds.count() == 2
    client.force_login(User.objects.get(email="zorg.dijkcollege@example.org"))
    latest = rounds.order_by("-opened_at").first()
    page = client.get(f"/scan/ronde/{latest.pk}/resultaten/").content.decode()
    assert "Sinds vorige ronde" in page and "Wat kan helpen" in page
