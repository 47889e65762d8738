"""The blocks editors build a scan from: dimensions, each with items (knelpunten) and what helps with them.

An item's key is its block id: Wagtail keeps it through every edit, and wagtail-localize keeps it in every
translation (it writes the translated strings into a copy of the source blocks), so answers, results and the
plan always refer to the same item whatever language a colleague answered in. Choices, numbers and
checkboxes are copied to translations as they are; only the texts are offered for translation.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from core.models import Dimension


class LinkBlock(blocks.StructBlock):
    """Something that helps with an item: a library item (training, intervention, lesson, ...) or a partner type."""

    resource = blocks.PageChooserBlock(
        label=_("Bibliotheekitem"),
        required=False,
        page_type="library.ResourcePage",
        help_text=_("Een training, interventie, les of ander item uit de bibliotheek."),
    )
    partner_type = SnippetChooserBlock(
        "core.PartnerType",
        label=_("Of: soort ketenpartner"),
        required=False,
    )
    below = blocks.DecimalBlock(
        label=_("Aanraden onder niveau"),
        min_value=1,
        max_value=5,
        decimal_places=1,
        default=3,
        help_text=_("Aanbevolen zolang het gemiddelde van het team op dit punt lager is dan dit niveau."),
    )

    class Meta:
        icon = "link"
        label = _("Wat helpt")

    def clean(self, value):
        from django.core.exceptions import ValidationError
        from wagtail.blocks.struct_block import StructBlockValidationError

        value = super().clean(value)
        if bool(value.get("resource")) == bool(value.get("partner_type")):
            raise StructBlockValidationError(
                block_errors={
                    "resource": ValidationError(
                        _("Kies een bibliotheekitem of een soort ketenpartner (één van beide).")
                    )
                }
            )
        return value


class ItemBlock(blocks.StructBlock):
    """One knelpunt, phrased as a statement about the team, with a descriptor for every level of the scale."""

    statement = blocks.CharBlock(
        label=_("Stelling"),
        max_length=300,
        help_text=_("Het knelpunt als uitspraak over het team, bijvoorbeeld: 'Wij herkennen signalen van ronselen.'"),
    )
    question = blocks.TextBlock(
        label=_("Vraag om jezelf te stellen"),
        required=False,
        help_text=_("Optioneel: een vraag die het team helpt het punt te bespreken."),
    )
    levels = blocks.ListBlock(
        blocks.CharBlock(label=_("Niveau"), max_length=300),
        label=_("Niveaus"),
        help_text=_(
            "Eén omschrijving per niveau, van 1 (het knelpunt speelt volledig) tot het hoogste niveau (goed geregeld). "
            "Evenveel niveaus als de schaal van de scan."
        ),
    )
    allow_unknown = blocks.BooleanBlock(label=_("'Weet ik niet' toestaan"), required=False, default=True)
    legal_duty = blocks.BooleanBlock(
        label=_("Wettelijke plicht"), required=False, help_text=_("Vink aan als dit punt een wettelijke plicht is.")
    )
    legal_note = blocks.CharBlock(
        label=_("Welke plicht"),
        required=False,
        max_length=300,
        help_text=_("Bijvoorbeeld: 'Wet Vrij en Veilig Onderwijs: de school heeft een schoolveiligheidsplan.'"),
    )
    short_term = blocks.TextBlock(label=_("Suggestie voor de korte termijn"), required=False)
    long_term = blocks.TextBlock(label=_("Suggestie voor de lange termijn"), required=False)
    links = blocks.ListBlock(LinkBlock(), label=_("Wat helpt"), required=False, default=[])

    class Meta:
        icon = "help"
        label = _("Knelpunt")
        label_format = "{statement}"


class DimensionBlock(blocks.StructBlock):
    """A part of the scan that a team can take on its own (for the weerbare school: a dimension)."""

    title = blocks.CharBlock(label=_("Titel"), max_length=120)
    dimension = blocks.ChoiceBlock(
        label=_("Dimensie"),
        choices=[("", "—"), *Dimension.choices],
        required=False,
        help_text=_("Bewustwording, bereidheid of bekwaamheid, als dit deel daarover gaat."),
    )
    description = blocks.TextBlock(label=_("Omschrijving"), required=False)
    items = blocks.ListBlock(ItemBlock(), label=_("Knelpunten"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Deel")
        label_format = "{title}"


class ScanStreamBlock(blocks.StreamBlock):
    part = DimensionBlock()

    class Meta:
        min_num = 1
