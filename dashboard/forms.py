"""The member's own forms: their name, and the deletion of their account."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _


class ProfileForm(forms.Form):
    first_name = forms.CharField(label=_("Voornaam"), max_length=150, required=False)
    last_name = forms.CharField(label=_("Achternaam"), max_length=150, required=False)
    display_name = forms.CharField(
        label=_("Naam op het forum"),
        max_length=80,
        min_length=2,
        help_text=_("Zo zien andere leden je bij je berichten. Je e-mailadres laat de site nooit zien."),
        error_messages={
            "required": _("Kies een naam voor het forum, van minstens twee tekens."),
            "min_length": _("Kies een naam van minstens twee tekens."),
            "max_length": _("Een naam op het forum is hoogstens 80 tekens."),
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("first_name", "last_name"):
            self.fields[name].error_messages["max_length"] = _("Dit veld is hoogstens 150 tekens.")
            self.fields[name].widget.attrs["autocomplete"] = {"first_name": "given-name", "last_name": "family-name"}[
                name
            ]
        self.fields["display_name"].widget.attrs["autocomplete"] = "nickname"

    def clean(self):
        data = super().clean()
        for name in ("first_name", "last_name", "display_name"):
            if isinstance(data.get(name), str):
                data[name] = " ".join(data[name].split())
        return data


class DeleteAccountForm(forms.Form):
    KEEP, REMOVE = "keep", "remove"

    posts = forms.ChoiceField(
        label=_("Je berichten op het forum"),
        choices=[
            (KEEP, _("Laat ze staan, zonder mijn naam: erboven staat dan „Voormalig lid”")),
            (REMOVE, _("Haal ook de tekst van al mijn berichten weg")),
        ],
        initial=KEEP,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Kies wat er met je berichten gebeurt."),
            "invalid_choice": _("Kies een van de twee mogelijkheden."),
        },
    )
    confirm = forms.BooleanField(
        label=_("Ik begrijp dat mijn account meteen en voorgoed verwijderd wordt."),
        error_messages={"required": _("Vink aan dat je begrijpt dat dit niet terug te draaien is.")},
    )
