"""The "Gebruikt in de klas" form on a library item."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from community.models import School
from library.models import ClassroomUse


class ClassroomUseForm(forms.Form):
    comment = forms.CharField(
        label=_("Hoe ging het?"),
        required=False,
        max_length=ClassroomUse.COMMENT_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kort, voor collega's van andere scholen. Schrijf geen namen of andere gegevens van leerlingen."),
        error_messages={"max_length": _("Een opmerking is hoogstens %(limit_value)d tekens (nu %(show_value)d).")},
    )
    sector = forms.ChoiceField(
        label=_("Sector"),
        required=False,
        choices=[("", _("Kies een sector"))] + list(School.Sector.choices),
        error_messages={"invalid_choice": _("Kies een sector uit de lijst.")},
    )
    year_group = forms.CharField(
        label=_("Leerjaar of groep"),
        required=False,
        max_length=ClassroomUse.YEAR_GROUP_LENGTH,
        help_text=_("Bijvoorbeeld groep 7 of klas 2 havo."),
        error_messages={"max_length": _("Leerjaar of groep is hoogstens %(limit_value)d tekens.")},
    )
