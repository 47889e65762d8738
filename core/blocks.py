"""StreamField blocks shared by every content page."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock


class HeadingBlock(blocks.StructBlock):
    """A section heading; editors pick the level so the outline stays correct for screen readers."""

    text = blocks.CharBlock(label=_("tekst"))
    level = blocks.ChoiceBlock(choices=[("h2", _("Kop 2")), ("h3", _("Kop 3"))], default="h2", label=_("niveau"))

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Kop")
        preview_value = {"text": "Wat kun je morgen doen?", "level": "h2"}
        description = _("Een tussenkop die de tekst in delen verdeelt.")


class QuoteBlock(blocks.StructBlock):
    """A quote from practice, with who said it (a role, never a pupil's name)."""

    text = blocks.TextBlock(label=_("citaat"))
    attribution = blocks.CharBlock(
        required=False, label=_("wie zegt dit"), help_text=_("Een rol, geen naam van een leerling.")
    )

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Citaat")
        preview_value = {"text": "Het begon met één gesprek in de mentorles.", "attribution": "mentor, vo"}
        description = _("Een uitspraak uit de praktijk.")


class CalloutBlock(blocks.StructBlock):
    """A short highlighted tip or warning."""

    title = blocks.CharBlock(label=_("titel"))
    text = blocks.RichTextBlock(features=["bold", "italic", "link", "ul"], label=_("tekst"))

    class Meta:
        icon = "warning"
        template = "blocks/callout_block.html"
        label = _("Tip of let op")
        preview_value = {"title": "Let op", "text": "<p>Bespreek signalen altijd met de zorgcoördinator.</p>"}
        description = _("Een opvallend kader voor een tip of waarschuwing.")


class DocumentBlock(blocks.StructBlock):
    """A downloadable document with a short description."""

    document = DocumentChooserBlock(label=_("document"))
    description = blocks.CharBlock(required=False, label=_("omschrijving"))

    class Meta:
        icon = "doc-full"
        template = "blocks/document_block.html"
        label = _("Document")
        description = _("Een bestand om te downloaden.")


class BaseStreamBlock(blocks.StreamBlock):
    """The building blocks editors compose a page from."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=["bold", "italic", "link", "document-link", "ol", "ul"],
        icon="pilcrow",
        template="blocks/paragraph_block.html",
        label=_("Alinea"),
        preview_value="<p>Begin het gesprek met een open vraag.</p>",
        description=_("Tekst met opmaak."),
    )
    image = ImageBlock(
        label=_("Afbeelding"), template="blocks/image_block.html", description=_("Een afbeelding met alt-tekst.")
    )
    quote = QuoteBlock()
    callout = CalloutBlock()
    document = DocumentBlock()
