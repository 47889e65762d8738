"""Forms for school teams. Labels, help and errors are in the site's words; the views keep what was typed."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from community.models import Membership


class InvitationForm(forms.Form):
    """A coordinator invites a colleague by e-mail address."""

    email = forms.EmailField(
        label=_("E-mailadres van uw collega"),
        help_text=_("Uw collega krijgt een e-mail met een link om lid te worden. De link is 14 dagen geldig."),
        max_length=254,
        error_messages={
            "required": _("Vul het e-mailadres van uw collega in."),
            "invalid": _("Dit is geen geldig e-mailadres. Controleer het, bijvoorbeeld: naam@school.nl."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )
    role = forms.ChoiceField(
        label=_("Rol in het team"),
        choices=Membership.Role.choices,
        initial=Membership.Role.MEMBER,
        help_text=_(
            "Coördinatoren kunnen collega's uitnodigen en het team beheren. Een coach kijkt mee met de zelfscans en "
            "het plan van aanpak, maar wijzigt niets."
        ),
        error_messages={
            "required": _("Kies een rol."),
            "invalid_choice": _("Kies een van de rollen uit de lijst."),
        },
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "invite_%s")
        super().__init__(*args, **kwargs)

    def clean_email(self) -> str:
        return self.cleaned_data["email"].strip().lower()


class RoleForm(forms.Form):
    """A coordinator changes a colleague's role."""

    role = forms.ChoiceField(choices=Membership.Role.choices)
