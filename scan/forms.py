"""Forms of the self-scan. Errors are in the person's language; a bound form keeps everything that was typed."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from core.models import PartnerType
from scan.definition import Definition, Part
from scan.models import Action, Respondent

UNKNOWN = "unknown"


class RoundOpenForm(forms.Form):
    """A coordinator opens a round: which parts now, an optional name and closing date."""

    parts = forms.MultipleChoiceField(
        label=_("Welke delen doet het team nu?"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Kies er één of meer; niets gekozen is alle delen. Een volgend deel kan in een latere ronde."),
    )
    label = forms.CharField(
        label=_("Naam van de ronde"),
        required=False,
        max_length=80,
        help_text=_("Bijvoorbeeld 'Najaar 2026'."),
    )
    closes_on = forms.DateField(
        label=_("Sluit op"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("Na deze dag kan niemand meer antwoorden. Leeg laten: je sluit de ronde zelf."),
        error_messages={"invalid": _("Vul een datum in, bijvoorbeeld 31-12-2026.")},
    )

    def __init__(self, *args, definition: Definition, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["parts"].choices = [(part.key, f"{part.title} ({len(part.items)})") for part in definition.parts]


class RoleForm(forms.Form):
    role = forms.ChoiceField(
        label=_("Jouw rol in het team"),
        required=False,
        choices=[("", _("Zeg ik liever niet"))] + list(Respondent.Role.choices),
        widget=forms.RadioSelect,
        help_text=_(
            "Rollen worden alleen vergeleken als er minstens vijf collega's met die rol hebben geantwoord; "
            "kleinere groepen ziet niemand."
        ),
        error_messages={"invalid_choice": _("Kies een rol uit de lijst, of 'Zeg ik liever niet'.")},
    )


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code van de scanronde"),
        max_length=20,
        help_text=_("Acht tekens, bijvoorbeeld K7PQ-3XMA. Je krijgt de code van de coördinator van je school."),
        error_messages={"required": _("Vul de code in die je van je coördinator kreeg.")},
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false", "autocapitalize": "characters"}),
    )


class AnswerForm(forms.Form):
    """One part of the scan: a choice per item, a level or "weet ik niet". Nothing is required (stop and resume)."""

    skip_offered = False

    def __init__(self, *args, part: Part, **kwargs):
        super().__init__(*args, **kwargs)
        self.part = part
        for item in part.items:
            choices = [(str(level.value), level.text) for level in item.levels]
            if item.allow_unknown:
                choices.append((UNKNOWN, _("Weet ik niet")))
            self.fields[item.key] = forms.ChoiceField(
                label=item.statement,
                choices=choices,
                required=False,
                widget=forms.RadioSelect,
                help_text=item.question,
                error_messages={"invalid_choice": _("Kies een van de niveaus hieronder.")},
            )
            self.fields[item.key].item = item

    def values(self) -> dict[str, int | None]:
        """The valid answers given (also when other fields have errors): item key → level, None for weet ik niet."""
        data = getattr(self, "cleaned_data", {})
        result = {}
        for key, raw in data.items():
            if raw in ("", None):
                continue
            result[key] = None if raw == UNKNOWN else int(raw)
        return result

    def missing(self) -> list[str]:
        given = self.values()
        return [item.key for item in self.part.items if item.key not in given]

    @staticmethod
    def initial_from(answers: dict[str, int | None]) -> dict[str, str]:
        return {key: (UNKNOWN if value is None else str(value)) for key, value in answers.items()}


class QuickScanForm(forms.Form):
    """The quick individual scan: every item of the chosen parts on one page; nothing is stored."""

    def __init__(self, *args, definition: Definition, **kwargs):
        super().__init__(*args, **kwargs)
        self.definition = definition
        self.groups = []
        for part in definition.parts:
            sub = AnswerForm(*args, part=part, **kwargs)
            for key, field in sub.fields.items():
                self.fields[key] = field
            self.groups.append((part, [key for key in sub.fields]))

    def values(self) -> dict[str, int | None]:
        return AnswerForm.values(self)

    def grouped(self):
        return [(part, [self[key] for key in keys]) for part, keys in self.groups]


class ActionForm(forms.Form):
    """A line of the plan van aanpak."""

    title = forms.CharField(
        label=_("Actie"),
        max_length=200,
        help_text=_("Wat gaat het team doen? Bijvoorbeeld: 'Alle mentoren volgen de basistraining'."),
        error_messages={"required": _("Beschrijf de actie in een paar woorden.")},
    )
    item_keys = forms.MultipleChoiceField(
        label=_("Voor welke knelpunten"), required=False, widget=forms.CheckboxSelectMultiple
    )
    resource = forms.TypedChoiceField(
        label=_("Training, interventie of materiaal"), required=False, coerce=int, empty_value=None
    )
    partner_type = forms.ModelChoiceField(
        label=_("Soort ketenpartner"),
        required=False,
        queryset=PartnerType.objects.none(),
        empty_label=_("Geen"),
    )
    partner = forms.CharField(
        label=_("Partner"),
        required=False,
        max_length=200,
        help_text=_("De organisatie waarmee je samenwerkt, bijvoorbeeld 'Jongerenwerk Noord'. Geen persoonsgegevens."),
    )
    owner = forms.CharField(
        label=_("Eigenaar"),
        max_length=120,
        help_text=_("Wie trekt dit? Een rol of naam, bijvoorbeeld 'zorgcoördinator'."),
        error_messages={"required": _("Vul in wie deze actie trekt.")},
    )
    start_date = forms.DateField(
        label=_("Start"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Vul een datum in, bijvoorbeeld 01-02-2027.")},
    )
    due_date = forms.DateField(
        label=_("Klaar op"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Vul een datum in, bijvoorbeeld 01-06-2027.")},
    )
    success_criterion = forms.CharField(
        label=_("Succescriterium"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Waaraan zie je dat het gelukt is? Bijvoorbeeld: 'In de volgende scan scoort dit punt 3 of hoger'."
        ),
    )
    status = forms.ChoiceField(label=_("Status"), choices=Action.Status.choices, initial=Action.Status.PLANNED)

    def __init__(self, *args, items, resources, partner_types, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["item_keys"].choices = [(item.key, f"{item.number}. {item.statement}") for item in items]
        self.fields["resource"].choices = [("", _("Geen"))] + [(page.pk, page.title) for page in resources]
        self.fields["partner_type"].queryset = partner_types

    def clean(self):
        data = super().clean()
        start, due = data.get("start_date"), data.get("due_date")
        if start and due and due < start:
            self.add_error("due_date", _("De einddatum ligt voor de startdatum."))
        return data
