"""Builders for the site tree, the taxonomy and library items: used by ``load_demo`` and by the tests.

Each builder is idempotent (get-or-create by a stable key), so running the demo loader twice changes nothing.
Translations go through wagtail-localize, as an editor's would: a translation record is created and the
English strings are imported as a PO file, so the translation editor shows them as translated.
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterable
from pathlib import Path

import polib
from django.db import transaction
from django.utils.text import slugify
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator

from core.models import Audience, HomePage, StandardPage, Theme, ThemeIndexPage, ThemePage
from demo.content.media import FILMS_DIR
from library.models import LibraryIndexPage, ResourceAudience, ResourcePage, ResourceTheme


def locales() -> tuple[Locale, Locale]:
    """The Dutch and English locales (Dutch exists from the first migration)."""
    nl, _ = Locale.objects.get_or_create(language_code="nl")
    en, _ = Locale.objects.get_or_create(language_code="en")
    return nl, en


def _child(parent: Page, model, slug: str, **fields):
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing:
        return existing
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return model.objects.get(pk=page.pk)


@transaction.atomic
def site_tree(*, home_title="WIJschool Community", home_intro="") -> dict[str, Page]:
    """The Dutch home page as the site root, with the library, the theme index and an about page below it."""
    nl, _en = locales()
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(locale=nl).first()
    if home is None:
        home = HomePage(title=home_title, slug="home-nl", intro=home_intro, locale=nl)
        root.add_child(instance=home)
        home.save_revision().publish()
        # Retire Wagtail's welcome page, if it is still there.
        for page in Page.objects.child_of(root).exclude(pk=home.pk).filter(locale=nl, content_type__model="page"):
            for site in Site.objects.filter(root_page=page):
                site.root_page = home
                site.save()  # save(), not update(): it clears Wagtail's cached site root paths
            page.delete()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="WIJschool")
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = "WIJschool"
        site.save()
    home = HomePage.objects.get(pk=home.pk)
    library = _child(
        home,
        LibraryIndexPage,
        "bibliotheek",
        title="Bibliotheek",
        show_in_menus=True,
        intro="Lessen, films, e-learnings, oefeningen, kennisdocumenten, trainingen en interventies. Filter op thema, "
        "soort, doelgroep en dimensie.",
    )
    themes = _child(
        home,
        ThemeIndexPage,
        "themas",
        title="Thema's",
        show_in_menus=True,
        intro="Elk thema bundelt wat de community erover heeft: materiaal voor de klas, voor het team en voor de gemeente.",
    )
    return {"home": home, "library": library, "themes": themes}


def theme(*, slug: str, name: str, intro: str = "", icon: str = "shield", sort_order: int = 0, locale=None) -> Theme:
    """A Dutch theme (get-or-create by slug)."""
    locale = locale or locales()[0]
    obj, created = Theme.objects.get_or_create(
        slug=slug, locale=locale, defaults={"name": name, "intro": intro, "icon": icon, "sort_order": sort_order}
    )
    return obj


def audience(*, slug: str, name: str, kind: str = "sector", sort_order: int = 0) -> Audience:
    nl = locales()[0]
    obj, _ = Audience.objects.get_or_create(
        slug=slug, locale=nl, defaults={"name": name, "kind": kind, "sort_order": sort_order}
    )
    return obj


def translate_snippet(obj, *, locale: Locale, **fields):
    """The translation of a snippet in ``locale``, with ``fields`` (name → English text) imported as translated strings.

    Goes through wagtail-localize like the translation editor: editing the English row directly would be
    overwritten the next time a page that links to it is translated (the related snippet is synced again).
    """
    strings = {getattr(obj, key): value for key, value in fields.items() if value}
    _translate_and_import(obj, locale=locale, strings=strings)
    return obj.get_translation(locale)


def theme_page(*, theme: Theme, parent: ThemeIndexPage, intro: str = "") -> ThemePage:
    existing = ThemePage.objects.filter(theme=theme).first()
    if existing:
        return existing
    page = ThemePage(title=theme.name, slug=theme.slug, theme=theme, intro=intro or theme.intro, show_in_menus=False)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return ThemePage.objects.get(pk=page.pk)


def paragraphs_to_body(paragraphs: Iterable[str]) -> list[tuple[str, str]]:
    """StreamField data: one rich-text paragraph block per paragraph."""
    from django.utils.html import escape

    return [("paragraph", f"<p>{escape(p)}</p>") for p in paragraphs if p]


def resource(
    *,
    parent: LibraryIndexPage,
    slug: str,
    title: str,
    resource_type: str,
    summary: str,
    themes: Iterable[Theme],
    dimension: str,
    audiences: Iterable[Audience] = (),
    body: Iterable[str] = (),
    tags: Iterable[str] = (),
    live: bool = True,
    **fields,
) -> ResourcePage:
    """A library item (get-or-create by slug under ``parent``), published unless ``live=False``."""
    existing = ResourcePage.objects.child_of(parent).filter(slug=slug).first()
    if existing:
        return existing
    page = ResourcePage(
        title=title,
        slug=slug,
        resource_type=resource_type,
        summary=summary,
        dimension=dimension,
        body=paragraphs_to_body(body),
        **fields,
    )
    for order, t in enumerate(themes):
        page.theme_links.add(ResourceTheme(theme=t, sort_order=order, locale_id=parent.locale_id))
    for order, a in enumerate(audiences):
        page.audience_links.add(ResourceAudience(audience=a, sort_order=order, locale_id=parent.locale_id))
    page.tags.add(*tags)
    parent.add_child(instance=page)
    revision = page.save_revision()
    if live:
        revision.publish()
    else:
        ResourcePage.objects.filter(pk=page.pk).update(live=False)
    return ResourcePage.objects.get(pk=page.pk)


def translate_page(page: Page, *, locale: Locale, strings: dict[str, str], slug: str | None = None) -> Page:
    """Translate ``page`` into ``locale`` through wagtail-localize and import ``strings`` (Dutch → English).

    Strings not in the mapping stay as in the source, exactly as in the translation editor. The parent must be
    translated first; translatable theme links are relinked to the translated themes by wagtail-localize itself.
    """
    page = Page.objects.get(pk=page.pk).specific
    if page.get_translation_or_none(locale) is None:
        parent = page.get_parent()
        if parent.depth > 1 and parent.get_translation_or_none(locale) is None:
            raise ValueError(f"Translate the parent page {parent} first")
    _translate_and_import(page, locale=locale, strings=strings, slug=slug)
    return page.get_translation(locale).specific


def _translate_and_import(instance, *, locale: Locale, strings: dict[str, str], slug: str | None = None) -> None:
    """What the translation editor does, in one save: translation record, imported strings, saved target.

    Related snippets (themes, audiences) without a translation are translated first, as wagtail-localize's
    own "Translate" action does, so the target's links point at the target-language rows.
    """
    source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created:
        source.update_from_db()
    for segment in source.relatedobjectsegment_set.all():
        related = segment.object.get_instance(instance.locale)
        if related.get_translation_or_none(locale) is None:
            TranslationCreator(user=None, target_locales=[locale]).create_translations(
                related, include_related_objects=False
            )
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale, defaults={"enabled": True})
    po = translation.export_po()
    changed = False
    for entry in po:
        if entry.msgctxt == "slug" and slug:
            wanted = slug
        else:
            # wagtail-localize stores line breaks in text fields as <br/>; match and answer in that form.
            wanted = strings.get(entry.msgid) or strings.get(entry.msgid.replace("<br/>", "\n"))
            if wanted and "<br/>" in entry.msgid:
                wanted = wanted.replace("\n", "<br/>")
        if wanted and entry.msgstr != wanted:
            entry.msgstr = wanted
            changed = True
    if changed:
        translation.import_po(polib.pofile(str(po)))
    translation.save_target(publish=getattr(instance, "live", True))
    # wagtail-localize publishes a page translation in transaction.on_commit; inside an outer transaction
    # (a test, or a caller's atomic block) that has not happened yet, so publish it here.
    if isinstance(instance, Page) and instance.live:
        target = instance.get_translation(locale)
        if not target.live and target.get_latest_revision():
            target.get_latest_revision().publish()


def english_slug(title: str) -> str:
    return slugify(title)[:80] or "page"


def standard_page(
    *, parent: Page, slug: str, title: str, intro: str, body: Iterable[str], show_in_menus=True
) -> StandardPage:
    existing = StandardPage.objects.child_of(parent).filter(slug=slug).first()
    if existing:
        return existing
    page = StandardPage(title=title, slug=slug, intro=intro, body=paragraphs_to_body(body), show_in_menus=show_in_menus)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return StandardPage.objects.get(pk=page.pk)


# --- media: documents and images the demo makes itself ------------------------------------------------------


def document(*, path: Path, title: str):
    """A Wagtail document with this file's content (get-or-create by title)."""
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    Document = get_document_model()
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    doc = Document(title=title)
    doc.file.save(path.name, ContentFile(path.read_bytes()), save=False)
    doc.file_size = path.stat().st_size
    doc.save()
    return doc


def image(*, title: str, content: bytes, filename: str, description: str):
    """A Wagtail image from these bytes (get-or-create by title), with its description (the default alt text)."""
    from django.core.files.images import ImageFile
    from wagtail.images import get_image_model

    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    img = Image(title=title, description=description)
    img.file.save(filename, ImageFile(io.BytesIO(content), name=filename), save=False)
    img.save()
    return img


def film_clip(name: str, *, folder: Path = FILMS_DIR) -> dict:
    """The ResourcePage fields for one of the demo's clips (demo/media/films): the video, the Dutch and English
    captions and the poster."""
    poster = folder / f"{name}.poster.png"
    return {
        "video": document(path=folder / f"{name}.webm", title=f"Demofilm: {name}"),
        "captions": document(path=folder / f"{name}.nl.vtt", title=f"Demofilm: {name} (ondertitels nl)"),
        "captions_en": document(path=folder / f"{name}.en.vtt", title=f"Demofilm: {name} (subtitles en)"),
        "poster": image(
            title=f"Demofilm: {name} (poster)",
            content=poster.read_bytes(),
            filename=poster.name,
            description="Titelkaart van de demofilm",
        ),
    }


def theme_illustration(*, slug: str, icon: str, name: str):
    """The demo illustration of a theme (demo/media/illustrations.py), drawn the first time it is asked for."""
    from demo.media.illustrations import theme_png

    return image(
        title=f"Illustratie: {name}",
        content=theme_png(slug, icon),
        filename=f"thema-{slug}.png",
        description=illustration_alt(name),
    )


def illustration_alt(theme_name: str, language: str = "nl") -> str:
    """The alt text of a theme illustration, in Dutch or English."""
    if language == "en":
        return f"A calm drawing of hills under a pale sky, in the colour of the theme {theme_name}"
    return f"Een rustige tekening van heuvels onder een lichte lucht, in de kleur van het thema {theme_name}"


# --- the self-scan -------------------------------------------------------------------------------------------

SCAN_NAMESPACE = uuid.UUID("6f0b7f5e-6a52-4d6f-9d0e-2f6f3b1d7a10")


def stable_id(*parts: str) -> str:
    """A block id that is the same on every run, so demo items keep their keys (and answers their meaning)."""
    return str(uuid.uuid5(SCAN_NAMESPACE, "/".join(parts)))


def partner_type(*, slug: str, name: str, role: str = "", when_to_involve: str = "", sort_order: int = 0):
    from core.models import PartnerType

    nl = locales()[0]
    obj, _ = PartnerType.objects.get_or_create(
        slug=slug,
        locale=nl,
        defaults={"name": name, "role": role, "when_to_involve": when_to_involve, "sort_order": sort_order},
    )
    return obj


def scan_index(*, parent: Page, title: str = "Zelfscan", intro: str = ""):
    from scan.models import ScanIndexPage

    return _child(parent, ScanIndexPage, "zelfscan", title=title, intro=intro, show_in_menus=True)


def scan_parts(*, slug: str, parts: list[dict], resources: dict[str, Page], partners: dict, language: str = "nl"):
    """StreamField data for a scan from demo data (see demo/data/scans/), with stable block ids."""
    stream = []
    for part in parts:
        items = []
        for item in part["items"]:
            links = []
            for link in item.get("links", []):
                resource = resources.get(link.get("resource") or "")
                partner = partners.get(link.get("partner") or "")
                if resource is None and partner is None:
                    continue
                links.append(
                    {
                        "type": "item",
                        "id": stable_id(slug, item["key"], link.get("resource") or link.get("partner")),
                        "value": {
                            "resource": resource.pk if resource else None,
                            "partner_type": partner.pk if partner else None,
                            "below": str(link.get("below", 3)),
                        },
                    }
                )
            items.append(
                {
                    "type": "item",
                    "id": stable_id(slug, item["key"]),
                    "value": {
                        "statement": item[f"statement_{language}"],
                        "question": item.get(f"question_{language}") or "",
                        "levels": [
                            {"type": "item", "id": stable_id(slug, item["key"], "level", str(n)), "value": text}
                            for n, text in enumerate(item[f"levels_{language}"], start=1)
                        ],
                        "allow_unknown": item.get("allow_unknown", True),
                        "legal_duty": item.get("legal_duty", False),
                        "legal_note": item.get(f"legal_note_{language}") or "",
                        "short_term": item.get(f"short_term_{language}") or "",
                        "long_term": item.get(f"long_term_{language}") or "",
                        "links": links,
                    },
                }
            )
        stream.append(
            {
                "type": "part",
                "id": stable_id(slug, part["key"]),
                "value": {
                    "title": part[f"title_{language}"],
                    "dimension": part.get("core_dimension") or "",
                    "description": part.get(f"description_{language}") or "",
                    "items": items,
                },
            }
        )
    return stream


def scan_page(*, parent: Page, data: dict, resources: dict[str, Page], partners: dict, theme=None):
    """A published scan (get-or-create by slug under ``parent``)."""
    from scan.models import ScanPage

    existing = ScanPage.objects.child_of(parent).filter(slug=data["slug"]).first()
    if existing:
        return existing
    page = ScanPage(
        title=data["title_nl"],
        slug=data["slug"],
        intro=data["intro_nl"],
        scale=data["scale"],
        theme=theme,
        parts=scan_parts(slug=data["slug"], parts=data["dimensions"], resources=resources, partners=partners),
    )
    parent.add_child(instance=page)
    page.save_revision().publish()
    return ScanPage.objects.get(pk=page.pk)


def scan_strings(data: dict) -> dict[str, str]:
    """Dutch → English for every text of a demo scan, for ``translate_page``."""
    strings = {data["title_nl"]: data["title_en"], data["intro_nl"]: data["intro_en"]}
    for part in data["dimensions"]:
        for field in ("title", "description"):
            if part.get(f"{field}_nl"):
                strings[part[f"{field}_nl"]] = part[f"{field}_en"]
        for item in part["items"]:
            for field in ("statement", "question", "legal_note", "short_term", "long_term"):
                if item.get(f"{field}_nl") and item.get(f"{field}_en"):
                    strings[item[f"{field}_nl"]] = item[f"{field}_en"]
            strings.update(zip(item["levels_nl"], item["levels_en"], strict=True))
    return strings
