"""Films and pictures: uploads checked by content, documents served so the player can use them, a film that
plays in the page with Dutch and English captions and a poster, an embed that waits for the visitor, images
on cards and detail pages (alt text required, renditions fetched with the cards), the demo's own media, and a
sitemap at the site's real address."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from common.filecheck import content_matches_extension
from demo import builders
from demo.media.illustrations import theme_png
from library import film

FILMS = Path(builders.FILMS_DIR)
TINY_MP4 = Path(__file__).parent / "files" / "tiny.mp4"


@pytest.fixture
def media_on_disk(settings, tmp_path):
    """Uploads in a temporary folder on disk, as in production: the test settings keep files in memory, where
    Wagtail's document view (which serves files from their path) cannot find them."""
    settings.MEDIA_ROOT = str(tmp_path)
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": str(tmp_path)}},
    }
    return tmp_path


# --- uploads: the content has to match the name -------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "extension"),
    [
        (FILMS / "gemist-worden.webm", "webm"),
        (FILMS / "gemist-worden.nl.vtt", "vtt"),
        (FILMS / "check-in-bij-de-deur.en.vtt", "vtt"),
        (TINY_MP4, "mp4"),
    ],
)
def test_real_videos_and_captions_pass_the_content_check(path, extension):
    with path.open("rb") as f:
        assert content_matches_extension(f, extension)


@pytest.mark.parametrize(
    ("content", "extension"),
    [
        (b"<!DOCTYPE html><script>alert(1)</script>", "vtt"),  # a web page named .vtt
        (b"WEBVTTX\n", "vtt"),  # not the signature followed by a space or line break
        (b"1\n00:00:01,000 --> 00:00:02,000\nHallo\n", "vtt"),  # SubRip, not WebVTT
        (b"WEBVTT\n\n00:00.500 --> 00:03.000\nHallo\n", "webm"),  # captions named as a video
        (TINY_MP4.read_bytes(), "webm"),  # an mp4 named .webm
        (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x88matroska", "webm"),  # a Matroska (.mkv) file
    ],
)
def test_files_whose_content_does_not_fit_their_name_are_refused(content, extension):
    assert not content_matches_extension(io.BytesIO(content), extension)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content", "accepted"),
    [
        ("ondertitels.vtt", (FILMS / "gemist-worden.nl.vtt").read_bytes(), True),
        ("film.webm", (FILMS / "gemist-worden.webm").read_bytes(), True),
        ("film.mp4", TINY_MP4.read_bytes(), True),
        ("ondertitels.vtt", b"<html><body>Geen ondertitels</body></html>", False),
    ],
)
def test_the_admin_document_upload_checks_captions_and_videos_by_content(client, name, content, accepted):
    from django.contrib.auth import get_user_model
    from django.core.files.uploadedfile import SimpleUploadedFile
    from wagtail.documents.models import Document

    user = get_user_model().objects.create_superuser(email="redactie@example.org", password="x" * 12)
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    response = client.post(
        "/admin/documents/add/", {"title": "Film", "file": SimpleUploadedFile(name, content), "collection": 1}
    )
    assert Document.objects.exists() is accepted
    assert response.status_code == (302 if accepted else 200)


# --- documents are served so that <video> and <track> can use them ------------------------------------------


@pytest.mark.django_db
def test_captions_and_video_are_served_same_origin_as_text_vtt_and_video_webm(client, media_on_disk):
    clip = builders.film_clip("gemist-worden")
    captions = client.get(clip["captions"].url)
    assert clip["captions"].url.startswith("/documents/")  # our own origin, also with S3 storage
    assert captions.status_code == 200
    assert captions["Content-Type"] == "text/vtt"
    assert not captions.get("Content-Disposition", "").startswith("attachment")
    assert b"".join(captions.streaming_content).startswith(b"WEBVTT")
    video = client.get(clip["video"].url)
    assert video.status_code == 200
    assert video["Content-Type"] == "video/webm"
    assert video["X-Content-Type-Options"] == "nosniff"


# --- the film on its page -----------------------------------------------------------------------------------


@pytest.fixture
def uploaded_film(make_resource):
    return make_resource(
        title="Gemist worden",
        resource_type="film",
        transcript="MILAN: Het begon met buikpijn.\nVERTELLER: In de klas vraagt de mentor wat ze kunnen doen.",
        **builders.film_clip("gemist-worden"),
    )


def test_an_uploaded_film_plays_in_the_page_with_both_caption_tracks_a_poster_and_the_transcript(client, uploaded_film):
    html = client.get(uploaded_film.url).content.decode()
    assert '<video controls preload="metadata"' in html
    assert f'<source src="{uploaded_film.video.url}" type="video/webm">' in html
    assert f'src="{uploaded_film.captions.url}" srclang="nl" label="Nederlands" default>' in html
    assert f'src="{uploaded_film.captions_en.url}" srclang="en" label="English">' in html
    assert 'poster="/media/images/' in html
    assert "MILAN: Het begon met buikpijn." in html
    assert "<iframe" not in html


def test_on_the_english_page_the_english_captions_are_the_default(client, uploaded_film, locales):
    _nl, en = locales
    builders.translate_page(uploaded_film.get_parent().get_parent(), locale=en, strings={})
    builders.translate_page(uploaded_film.get_parent(), locale=en, strings={}, slug="library")
    english = builders.translate_page(uploaded_film, locale=en, strings={}, slug="being-missed")
    html = client.get(english.url).content.decode()
    assert 'srclang="en" label="English" default>' in html
    assert 'srclang="nl" label="Nederlands">' in html


def test_a_film_from_youtube_waits_for_the_visitor_and_never_loads_the_player_by_itself(client, make_resource):
    page = make_resource(
        title="Film bij YouTube",
        resource_type="film",
        embed_url="https://www.youtube.com/watch?v=Xa1B2c3D4e5",
        transcript="VERTELLER: de tekst.",
    )
    html = client.get(page.url).content.decode()
    assert "<iframe" not in html  # nothing that the browser would load from the provider
    assert 'data-embed-src="https://www.youtube-nocookie.com/embed/Xa1B2c3D4e5"' in html
    assert "Film laden van YouTube" in html  # the button (shown by film-consent.js)
    assert 'href="https://www.youtube.com/watch?v=Xa1B2c3D4e5"' in html  # the way without JavaScript
    assert "js/film-consent.js" in html
    assert "VERTELLER: de tekst." in html


@pytest.mark.parametrize(
    ("url", "src"),
    [
        ("https://www.youtube.com/watch?v=Xa1B2c3D4e5&t=10", "https://www.youtube-nocookie.com/embed/Xa1B2c3D4e5"),
        ("https://youtu.be/Xa1B2c3D4e5", "https://www.youtube-nocookie.com/embed/Xa1B2c3D4e5"),
        ("https://www.youtube.com/embed/Xa1B2c3D4e5", "https://www.youtube-nocookie.com/embed/Xa1B2c3D4e5"),
        ("https://vimeo.com/123456789", "https://player.vimeo.com/video/123456789?dnt=1"),
        ("https://player.vimeo.com/video/123456789", "https://player.vimeo.com/video/123456789?dnt=1"),
        ("https://video.wijschool.example/film-mes-in-de-tas", None),
        ("https://www.youtube.com/watch?v=<script>", None),
        ("javascript:alert(1)", None),
        ("", None),
    ],
)
def test_only_youtube_and_vimeo_addresses_become_players_and_always_privacy_friendly_ones(url, src):
    assert film.embed_src(url) == src


def test_a_film_elsewhere_is_a_plain_link(client, make_resource):
    page = make_resource(
        title="Film elders", resource_type="film", embed_url="https://video.example/1", transcript="Tekst."
    )
    html = client.get(page.url).content.decode()
    assert 'href="https://video.example/1"' in html
    assert "data-film-consent" not in html and "film-consent.js" not in html


def test_the_csp_allows_exactly_the_players_we_make(settings):
    frames = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["frame-src"]
    assert set(film.PLAYER_ORIGINS) <= set(frames)


def test_a_video_needs_dutch_captions_and_captions_must_be_webvtt(uploaded_film):
    uploaded_film.captions = None
    with pytest.raises(ValidationError) as excinfo:
        uploaded_film.full_clean()
    assert "captions" in excinfo.value.message_dict
    uploaded_film.captions = uploaded_film.video  # a .webm as captions
    uploaded_film.captions_en = uploaded_film.video
    with pytest.raises(ValidationError) as excinfo:
        uploaded_film.full_clean()
    assert {"captions", "captions_en"} <= set(excinfo.value.message_dict)


# --- pictures: alt text, cards, detail pages ----------------------------------------------------------------


def _picture(title="Illustratie", description="Heuvels onder een lichte lucht"):
    return builders.image(
        title=title, content=theme_png(title, "heart"), filename="illustratie.png", description=description
    )


def test_an_image_without_alt_text_is_refused(make_resource):
    page = make_resource(title="Les met beeld")
    page.image = _picture(description="")
    with pytest.raises(ValidationError) as excinfo:
        page.full_clean()
    assert "image_alt" in excinfo.value.message_dict
    page.image_alt = "Een klas in een kring"
    page.full_clean()  # the page's own alt text is enough


def test_the_detail_page_shows_the_image_with_its_alt_text_and_size(client, make_resource):
    page = make_resource(title="Les met beeld", image=_picture(), image_alt="Een klas die in een kring zit")
    html = client.get(page.url).content.decode()
    assert 'alt="Een klas die in een kring zit"' in html
    assert 'alt="Een klas die in een kring zit" height="506" src="/media/images/' in html
    assert 'width="900">' in html


def test_without_its_own_alt_text_the_image_description_is_used(client, make_resource):
    page = make_resource(title="Les met beeld", image=_picture(description="Heuvels in de ochtend"))
    assert 'alt="Heuvels in de ochtend"' in client.get(page.url).content.decode()


def test_cards_in_the_library_show_the_image_without_a_query_per_card(client, make_resource, tree):
    picture = _picture()
    make_resource(title="Met beeld 0", image=picture)
    library_url = tree["library"].url
    client.get(library_url)  # makes the rendition once
    with CaptureQueriesContext(connection) as few:
        html = client.get(library_url).content.decode()
    assert html.count('class="card__image"') == 1
    assert '<img alt="" height="270" loading="lazy" src="/media/images/' in html
    assert '.fill-480x270.format-webp.webp" width="480">' in html
    for i in range(1, 8):
        make_resource(title=f"Met beeld {i}", image=_picture(title=f"Illustratie {i}"))
    client.get(library_url)
    with CaptureQueriesContext(connection) as many:
        html = client.get(library_url).content.decode()
    assert html.count('class="card__image"') == 8
    assert len(many.captured_queries) == len(few.captured_queries)


def test_search_results_show_the_image_without_a_query_per_result(
    client, make_resource, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        make_resource(title="Weerbaarheid in de klas", summary="Weerbaarheid oefenen.", image=_picture())
    client.get("/zoeken/?q=weerbaarheid")
    with CaptureQueriesContext(connection) as few:
        html = client.get("/zoeken/?q=weerbaarheid").content.decode()
    assert html.count('class="search-card__image"') == 1
    with django_capture_on_commit_callbacks(execute=True):
        for i in range(6):
            make_resource(
                title=f"Weerbaarheid {i}", summary="Weerbaarheid oefenen.", image=_picture(title=f"Illustratie {i}")
            )
    client.get("/zoeken/?q=weerbaarheid")
    with CaptureQueriesContext(connection) as many:
        html = client.get("/zoeken/?q=weerbaarheid").content.decode()
    assert html.count('class="search-card__image"') == 7
    assert len(many.captured_queries) == len(few.captured_queries)


# --- the demo's own media -----------------------------------------------------------------------------------


def test_the_demo_media_plan_is_valid_and_covers_every_demo_film():
    from demo.content import media
    from demo.content.loader import load

    content = load()
    assert media.validate(content=content) == []
    plan = media.load(content=content)
    films = [r for r in content.resources if r.type == "film"]
    assert len(plan.films) >= 2
    assert all(plan.clip_for(r.slug, r.type) for r in films)


def test_a_media_plan_naming_a_missing_clip_or_a_non_film_is_reported(tmp_path):
    from demo.content import media
    from demo.content.loader import load

    (tmp_path / "media.yaml").write_text(
        "films:\n  film-gemist-worden: bestaat-niet\n  les-de-gevoelensthermometer: gemist-worden\n"
        "other_films: voorbeeldfragment\nillustrated_types: [film, hoorspel]\n"
    )
    problems = "\n".join(media.validate(tmp_path, content=load()))
    assert "bestaat-niet.webm is missing" in problems
    assert "'les-de-gevoelensthermometer' is a lesson, not a film" in problems
    assert "unknown type 'hoorspel'" in problems


def test_the_demo_clips_are_small_webm_with_both_caption_languages():
    for clip in ("gemist-worden", "check-in-bij-de-deur", "voorbeeldfragment"):
        video = FILMS / f"{clip}.webm"
        assert video.stat().st_size < 200_000
        assert content_matches_extension(video.open("rb"), "webm")
        for language in ("nl", "en"):
            text = (FILMS / f"{clip}.{language}.vtt").read_text(encoding="utf-8")
            assert text.startswith("WEBVTT") and text.count("-->") >= 3


@pytest.mark.django_db
def test_the_demo_loader_gives_films_their_clip_and_films_and_elearnings_an_illustration(tree):
    from demo.content.loader import load
    from demo.management.commands.load_demo import Command

    resources = {r.slug: r for r in load().resources}
    command = Command()
    own = command._media(resources["film-gemist-worden"])
    assert own["video"].title == "Demofilm: gemist-worden"
    assert own["captions"].file_extension == own["captions_en"].file_extension == "vtt"
    assert own["poster"].description
    other = command._media(resources["film-mes-in-de-tas"])
    assert other["video"].title == "Demofilm: voorbeeldfragment"
    elearning = command._media(resources["elearning-signalen-ondermijning-herkennen"])
    assert elearning["image"].width == 960 and "thema" in elearning["image_alt"]
    assert "video" not in elearning
    assert command._media(resources["les-de-gevoelensthermometer"]) == {}
    # The English alt text comes with the translation.
    strings = command._media_strings(resources["elearning-signalen-ondermijning-herkennen"])
    assert strings == {elearning["image_alt"]: next(iter(strings.values()))}
    assert next(iter(strings.values())).startswith("A calm drawing")


# --- the sitemap --------------------------------------------------------------------------------------------


def test_the_sitemap_uses_the_sites_real_address_in_both_languages(client, settings, make_resource, locales):
    settings.SITE_URL = "https://wijschool.example.nl"
    _nl, en = locales
    page = make_resource(title="Een les")
    builders.translate_page(page.get_parent().get_parent(), locale=en, strings={})
    builders.translate_page(page.get_parent(), locale=en, strings={}, slug="library")
    builders.translate_page(page, locale=en, strings={"Een les": "A lesson"}, slug="a-lesson")
    xml = client.get("/sitemap.xml").content.decode()
    assert "localhost" not in xml
    assert f"<loc>https://wijschool.example.nl{page.url}</loc>" in xml
    assert "<loc>https://wijschool.example.nl/</loc>" in xml
    assert "<loc>https://wijschool.example.nl/en/library/a-lesson/</loc>" in xml
