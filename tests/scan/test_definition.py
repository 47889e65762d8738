"""Scans through the admin and through translation: the risky parts of decision 0007, proved first."""

import pytest
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, streamfield

from demo import builders
from scan import services
from scan.definition import Definition, snapshot
from scan.models import ScanIndexPage, ScanPage
from tests.scan.conftest import SCAN, item_key


def _list(values):
    data = {"count": len(values)}
    for n, value in enumerate(values):
        data[str(n)] = {"value": value, "deleted": "", "order": str(n), "id": ""}
    return data


def _item(statement, levels, links=()):
    return {
        "statement": statement,
        "question": "",
        "levels": _list(levels),
        "allow_unknown": "on",
        "legal_note": "",
        "short_term": "",
        "long_term": "",
        "links": _list(list(links)),
    }


class ScanAdminTest(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        builders.locales()
        cls.tree = builders.site_tree()
        cls.index = builders.scan_index(parent=cls.tree["home"])

    def setUp(self):
        from django.contrib.auth import get_user_model

        self.user = get_user_model().objects.create_superuser(email="redactie@example.org", password="x" * 12)
        self.client.force_login(self.user, backend="django.contrib.auth.backends.ModelBackend")

    def _data(self, levels):
        return nested_form_data(
            {
                "title": "Scan sociale veiligheid",
                "slug": "scan-sociale-veiligheid",
                "intro": "Waar staat het team?",
                "theme": "",
                "scale": "4",
                "parts": streamfield(
                    [
                        (
                            "part",
                            {
                                "title": "Bewustwording",
                                "dimension": "bewustwording",
                                "description": "",
                                "items": _list([_item("Wij zien signalen.", levels)]),
                            },
                        )
                    ]
                ),
            }
        )

    def test_hierarchy(self):
        self.assertCanCreateAt(ScanIndexPage, ScanPage)
        self.assertCanNotCreateAt(ScanPage, ScanPage)

    def test_an_editor_creates_a_scan_and_it_renders_and_previews(self):
        self.assertCanCreate(self.index, ScanPage, self._data(["Nooit", "Soms", "Vaak", "Altijd"]))
        page = ScanPage.objects.get(slug="scan-sociale-veiligheid")
        assert page.item_count == 1
        self.assertPageIsRenderable(page)
        self.assertPageIsPreviewable(page, post_data=self._data(["Nooit", "Soms", "Vaak", "Altijd"]))
        self.assertPageIsRenderable(self.index)

    def test_an_item_with_the_wrong_number_of_levels_is_refused(self):
        url = f"/admin/pages/add/scan/scanpage/{self.index.pk}/"
        response = self.client.post(url, self._data(["Nooit", "Soms", "Altijd"]))
        assert response.status_code == 200
        assert "heeft 3 niveaus; de schaal van de scan heeft er 4" in response.content.decode()
        assert not ScanPage.objects.exists()


@pytest.fixture
def english_scan(scan_page, tree, locales):
    en = locales[1]
    builders.translate_page(tree["home"], locale=en, strings={})
    builders.translate_page(scan_page.get_parent(), locale=en, strings={"Zelfscan": "Self-scan"}, slug="self-scan")
    return builders.translate_page(scan_page, locale=en, strings=builders.scan_strings(SCAN), slug="test-scan")


def test_a_translated_scan_keeps_its_item_keys(scan_page, english_scan):
    dutch = [item.id for part in scan_page.parts for item in part.value["items"].bound_blocks]
    english = [item.id for part in english_scan.parts for item in part.value["items"].bound_blocks]
    assert dutch == english == [item_key("signalen"), item_key("cijfers"), item_key("handelen")]
    assert english_scan.parts[0].value["items"][0]["statement"] == "We recognise signs of recruitment."
    assert english_scan.scale == scan_page.scale
    # the link to a translatable partner type points at the English row; the page link keeps its target
    link = english_scan.parts[0].value["items"][0]["links"][1]
    assert link["partner_type"].locale.language_code == "en"


def test_a_version_holds_both_languages_and_reads_in_either(scan_page, english_scan, db):
    data = snapshot(english_scan)  # from either translation, the structure comes from the Dutch source
    assert data["source_locale"] == "nl" and set(data["locales"]) == {"nl", "en"}
    nl, en = Definition(data, "nl"), Definition(data, "en")
    assert [i.statement for i in en.items.values()][0] == "We recognise signs of recruitment."
    assert [i.statement for i in nl.items.values()][0] == "Wij herkennen signalen van ronselen."
    assert en.fingerprints == nl.fingerprints
    assert Definition(data, "de").title == "Testscan"  # an unknown language falls back to the source


def test_a_round_opened_from_the_english_page_is_the_same_scan(scan_page, english_scan, school, coordinator):
    from_dutch = services.round_open(school=school, scan=scan_page, parts=[], opened_by=coordinator)
    from_english = services.round_open(school=school, scan=english_scan, parts=[], opened_by=coordinator)
    assert from_dutch.version_id == from_english.version_id
    assert from_dutch.scan_key == from_english.scan_key == scan_page.translation_key
