"""Every page type is created through the admin, renders, previews; translation through wagtail-localize's views."""

import pytest
from django.test import TestCase
from wagtail.models import Locale, Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from core.models import HomePage, StandardPage, ThemeIndexPage, ThemePage
from demo import builders
from library.models import LibraryIndexPage, ResourcePage


class AdminPageTypesTest(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.nl, cls.en = builders.locales()
        cls.tree = builders.site_tree()
        cls.theme = builders.theme(slug="polarisatie", name="Polarisatie")
        cls.audience = builders.audience(slug="vo", name="Voortgezet onderwijs (vo)")

    def setUp(self):
        from django.contrib.auth import get_user_model

        self.user = get_user_model().objects.create_superuser(email="redacteur@example.org", password="x" * 12)
        self.client.force_login(self.user, backend="django.contrib.auth.backends.ModelBackend")

    def test_page_hierarchy(self):
        self.assertCanCreateAt(HomePage, LibraryIndexPage)
        self.assertCanCreateAt(HomePage, ThemeIndexPage)
        self.assertCanCreateAt(LibraryIndexPage, ResourcePage)
        self.assertCanCreateAt(ThemeIndexPage, ThemePage)
        self.assertCanNotCreateAt(HomePage, ResourcePage)
        self.assertCanNotCreateAt(ResourcePage, ResourcePage)

    def test_create_resource_through_the_admin(self):
        data = nested_form_data(
            {
                "title": "Gesprek over wij en zij",
                "slug": "gesprek-wij-zij",
                "resource_type": "lesson",
                "summary": "Een les van 50 minuten.",
                "body": streamfield([("paragraph", rich_text("<p>Start met een stelling.</p>"))]),
                "dimension": "bereidheid",
                "duration_minutes": "50",
                "format": "klassikaal",
                "provider": "Alliantie WIJschool",
                "evidence": "practice",
                "solves": "",
                "embed_url": "",
                "transcript": "",
                "tags": "polarisatie, gesprek",
                "theme_links": inline_formset([{"theme": self.theme.pk}]),
                "audience_links": inline_formset([{"audience": self.audience.pk}]),
                "attachments": inline_formset([]),
            }
        )
        self.assertCanCreate(self.tree["library"], ResourcePage, data)
        page = ResourcePage.objects.get(slug="gesprek-wij-zij")
        assert [t.slug for t in page.themes] == ["polarisatie"]
        assert sorted(page.tags.names()) == ["gesprek", "polarisatie"]
        self.assertPageIsRenderable(page)
        self.assertPageIsPreviewable(page, post_data=data)

    def test_a_film_without_transcript_is_refused_with_a_message(self):
        data = nested_form_data(
            {
                "title": "Film zonder tekst",
                "slug": "film-zonder-tekst",
                "resource_type": "film",
                "summary": "Korte film.",
                "body": streamfield([]),
                "dimension": "bewustwording",
                "evidence": "unknown",
                "embed_url": "https://video.example/film",
                "transcript": "",
                "theme_links": inline_formset([{"theme": self.theme.pk}]),
                "audience_links": inline_formset([]),
                "attachments": inline_formset([]),
            }
        )
        url = f"/admin/pages/add/library/resourcepage/{self.tree['library'].pk}/"
        response = self.client.post(url, data)
        assert response.status_code == 200
        assert "transcript" in response.content.decode()
        assert not ResourcePage.objects.filter(slug="film-zonder-tekst").exists()
        # What was typed is still in the form.
        assert "Film zonder tekst" in response.content.decode()

    def test_theme_and_standard_pages(self):
        theme_data = nested_form_data(
            {
                "title": "Polarisatie",
                "slug": "polarisatie",
                "theme": self.theme.pk,
                "intro": "Wij en zij.",
                "body": streamfield([("paragraph", rich_text("<p>Uitleg.</p>"))]),
            }
        )
        self.assertCanCreate(self.tree["themes"], ThemePage, theme_data)
        theme_page = ThemePage.objects.get(slug="polarisatie")
        self.assertPageIsRenderable(theme_page)
        standard_data = nested_form_data(
            {"title": "Over ons", "slug": "over-ons", "intro": "", "body": streamfield([])}
        )
        self.assertCanCreate(self.tree["home"], StandardPage, standard_data)
        self.assertPageIsPreviewable(theme_page, post_data=theme_data)
        self.assertPageIsPreviewable(StandardPage.objects.get(slug="over-ons"), post_data=standard_data)
        home_data = nested_form_data({"title": "Start", "slug": "home-nl", "intro": "Welkom", "body": streamfield([])})
        self.assertPageIsPreviewable(self.tree["home"], post_data=home_data)
        for page in (
            self.tree["home"],
            self.tree["library"],
            self.tree["themes"],
            StandardPage.objects.get(slug="over-ons"),
        ):
            self.assertPageIsRenderable(page)
        self.assertPageIsPreviewable(
            self.tree["library"], post_data={"title": "Bibliotheek", "slug": "bibliotheek", "intro": ""}
        )

    def test_translate_through_wagtail_localize_admin(self):
        resource = builders.resource(
            parent=self.tree["library"],
            slug="les-a",
            title="Les A",
            resource_type="lesson",
            summary="Samenvatting.",
            themes=[self.theme],
            dimension="bewustwording",
        )
        # Translate the library first (a child can only be translated after its parent), then the resource.
        for page in (self.tree["home"], self.tree["library"], resource):
            with self.captureOnCommitCallbacks(execute=True):
                response = self.client.post(f"/admin/localize/submit/page/{page.pk}/", {"locales": [self.en.pk]})
            assert response.status_code == 302, response.content[:500]
        english = Page.objects.get(translation_key=resource.translation_key, locale=self.en).specific
        assert [link.theme.locale_id for link in english.theme_links.all()] == [self.en.pk]
        # The translation editor opens for the English page.
        response = self.client.get(f"/admin/pages/{english.pk}/edit/")
        assert response.status_code == 200


class DocumentUploadTest(TestCase):
    def setUp(self):
        from django.contrib.auth import get_user_model

        user = get_user_model().objects.create_superuser(email="redactie@example.org", password="x" * 12)
        self.client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")

    def _upload(self, name, content):
        from django.core.files.uploadedfile import SimpleUploadedFile

        return self.client.post(
            "/admin/documents/add/",
            {"title": "Werkblad over drill", "file": SimpleUploadedFile(name, content), "collection": 1},
        )

    def test_html_named_pdf_is_refused_and_the_title_kept(self):
        from wagtail.documents.models import Document

        response = self._upload("werkblad.pdf", b"<!DOCTYPE html><html><script>alert(1)</script></html>")
        assert response.status_code == 200
        html = response.content.decode()
        assert "past niet bij de naam" in html
        assert "Werkblad over drill" in html
        assert not Document.objects.exists()

    def test_real_pdf_is_accepted(self):
        from wagtail.documents.models import Document

        response = self._upload("werkblad.pdf", b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF")
        assert response.status_code == 302
        assert Document.objects.count() == 1


@pytest.mark.django_db
def test_locale_list_has_dutch_first():
    nl, en = builders.locales()
    assert Locale.get_default().language_code == "nl"
