"""Films in the page: an uploaded film plays with Dutch and English captions and a poster next to its
transcript; a film at YouTube loads nothing from YouTube until the visitor asks for it, and without JavaScript
it is a plain link. axe-core in Dutch and English, on a phone and a wide screen; screenshots to look at.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from demo import builders
from demo.content.loader import load
from tests.browser.conftest import NARROW, WIDE, _is_local, axe_check, screenshot

pytestmark = pytest.mark.browser

# The demo film's own transcript (demo/data/resources/film-gemist-worden.*.md): as long as a real one.
_DEMO_FILM = next(r for r in load().resources if r.slug == "film-gemist-worden")
TRANSCRIPT_NL = _DEMO_FILM.nl.transcript
TRANSCRIPT_EN = _DEMO_FILM.en.transcript
YOUTUBE = "https://www.youtube.com/watch?v=Xa1B2c3D4e5"


@pytest.fixture
def films(site_data, settings, tmp_path):
    """Two films besides the site's own: one with the demo's clip (on disk, so the live server serves the
    poster from MEDIA_ROOT and the documents through Wagtail's view), in Dutch and English; one at YouTube."""
    settings.MEDIA_ROOT = str(tmp_path)
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": str(tmp_path)}},
    }
    nl, en = builders.locales()
    tree = builders.site_tree()
    theme = builders.theme(slug="welbevinden", name="Welbevinden")
    common = {"parent": tree["library"], "themes": [theme], "dimension": "bereidheid", "duration_minutes": 6}
    clip = builders.resource(
        slug="gemist-worden",
        title="Gemist worden",
        resource_type="film",
        summary="Een leerling die al weken thuis zit, krijgt post van zijn klas.",
        body=["De film volgt een brugklasser die niet meer naar school gaat."],
        transcript=TRANSCRIPT_NL,
        image=builders.theme_illustration(slug="welbevinden", icon="heart", name="Welbevinden"),
        image_alt=builders.illustration_alt("Welbevinden"),
        **builders.film_clip("gemist-worden"),
        **common,
    )
    clip_en = builders.translate_page(
        clip,
        locale=en,
        slug="being-missed",
        strings={
            "Gemist worden": "Being missed",
            "Een leerling die al weken thuis zit, krijgt post van zijn klas.": "A pupil at home for weeks gets post.",
            "De film volgt een brugklasser die niet meer naar school gaat.": "The film follows a first-year pupil.",
            TRANSCRIPT_NL: TRANSCRIPT_EN,
            builders.illustration_alt("Welbevinden"): builders.illustration_alt("Wellbeing", "en"),
        },
    )
    youtube = builders.resource(
        slug="film-bij-youtube",
        title="Check-in bij de deur",
        resource_type="film",
        summary="Vijf minuten meekijken bij een juf die elke ochtend bij de deur peilt hoe het gaat.",
        body=["Elke ochtend staat de juf bij de deur met een kaart in vier kleuren."],
        transcript="JUF: Goedemorgen, Sem. Welke kleur is het vandaag?\nSEM: Blauw.",
        embed_url=YOUTUBE,
        **common,
    )
    youtube_en = builders.translate_page(
        youtube,
        locale=en,
        slug="check-in-at-the-door",
        strings={"Check-in bij de deur": "Check-in at the door"},
    )
    base = site_data.url
    return {
        "clip-nl": base + clip.url,
        "clip-en": base + clip_en.url,
        "youtube-nl": base + youtube.url,
        "youtube-en": base + youtube_en.url,
    }


def _cues_after_showing(page, index: int) -> int:
    """Show track ``index`` and wait until its cues have loaded; their number."""
    page.evaluate(f"document.querySelector('video').textTracks[{index}].mode = 'showing'")
    page.wait_for_function(
        f"() => {{ const t = document.querySelector('video').textTracks[{index}]; return t.cues && t.cues.length > 0; }}"
    )
    return page.evaluate(f"document.querySelector('video').textTracks[{index}].cues.length")


def test_an_uploaded_film_plays_in_the_page_with_dutch_captions_next_to_its_transcript(films, new_page):
    page = new_page()
    page.goto(films["clip-nl"])
    video = page.locator("video.film__video")
    expect(video).to_be_visible()
    assert video.get_attribute("poster").startswith("/media/images/")
    tracks = page.evaluate(
        "[...document.querySelector('video').textTracks].map(t => [t.language, t.kind, t.label, t.mode])"
    )
    assert tracks[0][:3] == ["nl", "captions", "Nederlands"]
    assert tracks[1][:3] == ["en", "captions", "English"]
    assert tracks[0][3] == "showing"  # the Dutch page shows Dutch captions by default
    assert _cues_after_showing(page, 0) == 3
    first_cue = page.evaluate("document.querySelector('video').textTracks[0].cues[0].text")
    assert first_cue.startswith("MILAN: Het begon met buikpijn.")

    # It plays: the browser has frames and time moves on.
    page.evaluate("() => { const v = document.querySelector('video'); v.muted = true; return v.play(); }")
    page.wait_for_function("() => document.querySelector('video').currentTime > 0.5")
    assert page.evaluate("document.querySelector('video').readyState") >= 2
    assert page.evaluate("document.querySelector('video').error") is None

    transcript = page.locator("details.transcript")
    expect(transcript).to_have_attribute("open", "")
    expect(transcript).to_contain_text(TRANSCRIPT_NL.splitlines()[-1])
    page.evaluate("document.querySelector('video').pause()")


def test_on_the_english_page_the_english_captions_show_and_the_transcript_is_english(films, new_page):
    page = new_page()
    page.goto(films["clip-en"])
    expect(page.locator("html")).to_have_attribute("lang", "en")
    modes = page.evaluate("[...document.querySelector('video').textTracks].map(t => [t.language, t.mode])")
    assert dict(modes)["en"] == "showing"
    assert _cues_after_showing(page, 1) == 3
    assert page.evaluate("document.querySelector('video').textTracks[1].cues[1].text").startswith(
        "MILAN: After a while"
    )
    expect(page.locator("details.transcript")).to_contain_text(TRANSCRIPT_EN.splitlines()[-1])


def test_a_youtube_film_loads_nothing_from_youtube_until_the_visitor_chooses_to(films, new_page):
    page = new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(films["youtube-nl"])
    page.wait_for_load_state("networkidle")
    assert [url for url in requested if not _is_local(url)] == []
    expect(page.locator("iframe")).to_have_count(0)
    expect(page.locator(".film__consent")).to_contain_text("YouTube ziet dan je bezoek")
    expect(page.locator("details.transcript")).to_contain_text("JUF: Goedemorgen, Sem.")

    page.get_by_role("button", name="Film laden van YouTube").click()
    frame = page.locator(".film__embed iframe")
    expect(frame).to_have_attribute("src", "https://www.youtube-nocookie.com/embed/Xa1B2c3D4e5?autoplay=1")
    expect(frame).to_have_attribute("title", "Check-in bij de deur")
    page.wait_for_function("() => true")
    page.wait_for_timeout(300)
    assert any(url.startswith("https://www.youtube-nocookie.com/embed/") for url in requested)
    assert all(_is_local(url) or url.startswith("https://www.youtube-nocookie.com/") for url in requested)


def test_without_javascript_a_youtube_film_is_a_plain_link(films, new_page):
    page = new_page(java_script_enabled=False)
    page.goto(films["youtube-nl"])
    expect(page.get_by_role("button", name="Film laden van YouTube")).to_be_hidden()
    expect(page.get_by_role("link", name="Bekijk de film bij YouTube")).to_have_attribute("href", YOUTUBE)


@pytest.mark.parametrize("viewport", [NARROW, WIDE], ids=["375", "1280"])
@pytest.mark.parametrize("name", ["clip-nl", "clip-en", "youtube-nl", "youtube-en"])
def test_film_pages_pass_axe_on_a_phone_and_a_wide_screen(films, new_page, name, viewport):
    page = new_page(viewport=viewport)
    page.goto(films[name])
    page.wait_for_load_state("networkidle")
    axe_check(page)
    screenshot(page, f"film-{name}-{viewport['width']}")


@pytest.mark.parametrize("viewport", [NARROW, WIDE], ids=["375", "1280"])
@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_library_with_pictures_on_its_cards_passes_axe(films, site_data, new_page, language, viewport):
    page = new_page(viewport=viewport)
    page.goto(site_data[f"library-{language}"])
    picture = page.locator(".card__image img").first
    picture.scroll_into_view_if_needed()  # the card images load lazily
    expect(picture).to_be_visible()
    page.wait_for_function("() => { const i = document.querySelector('.card__image img'); return i.complete; }")
    assert page.evaluate("document.querySelector('.card__image img').naturalWidth") == 480
    page.evaluate("window.scrollTo(0, 0)")
    axe_check(page)
    screenshot(page, f"library-cards-{language}-{viewport['width']}")
