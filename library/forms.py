"""The "Gebruikt in de klas" form on a library item."""

from __future__ import annotations

import os

from django import forms
from django.conf import settings
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _

from community.models import School
from core.documents import check_content
from core.models import Audience, Dimension, Theme
from library.models import ClassroomUse, Licence, ResourceType

# What a school can share as a file: documents, not media or markup.
SHARE_EXTENSIONS = ["pdf", "docx", "pptx", "xlsx", "odt", "odp", "ods"]


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


# --- Sharing material (issue 10, part 1) ---------------------------------------------------------------------

SHARE_BODY_LENGTH = 6000
SHAREABLE_TYPES = [choice for choice in ResourceType.choices if choice[0] != ResourceType.FILM]


class _HttpUrlField(forms.URLField):
    default_validators = [URLValidator(schemes=["http", "https"])]
    default_error_messages = {"invalid": _("Geef een webadres dat begint met http:// of https://.")}


class ShareForm(forms.Form):
    """What a member fills in to share material. The file is checked by its content, not its name."""

    school = forms.ModelChoiceField(
        label=_("Namens welke school deel je dit?"),
        queryset=School.objects.none(),
        empty_label=None,
        error_messages={"invalid_choice": _("Kies een van je eigen scholen.")},
    )
    resource_type = forms.ChoiceField(
        label=_("Soort materiaal"),
        choices=[("", _("Kies een soort"))] + SHAREABLE_TYPES,
        error_messages={
            "required": _("Kies een soort materiaal."),
            "invalid_choice": _("Kies een soort uit de lijst."),
        },
    )
    title = forms.CharField(
        label=_("Titel"),
        max_length=120,
        error_messages={"max_length": _("Een titel is hoogstens %(limit_value)d tekens (nu %(show_value)d).")},
    )
    summary = forms.CharField(
        label=_("Samenvatting"),
        max_length=400,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Eén of twee zinnen: wat levert dit op in de klas of in het team?"),
        error_messages={"max_length": _("Een samenvatting is hoogstens %(limit_value)d tekens (nu %(show_value)d).")},
    )
    body = forms.CharField(
        label=_("Beschrijving"),
        required=False,
        max_length=SHARE_BODY_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "Hoe je het gebruikt: voorbereiding, stappen, tips. Een lege regel begint een nieuwe alinea. Schrijf "
            "geen namen of andere gegevens van leerlingen."
        ),
        error_messages={"max_length": _("De beschrijving is hoogstens %(limit_value)d tekens (nu %(show_value)d).")},
    )
    themes = forms.ModelMultipleChoiceField(
        label=_("Thema's"),
        queryset=Theme.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Kies minstens één thema."),
            "invalid_choice": _("Kies thema's uit de lijst."),
            "invalid_pk_value": _("Kies thema's uit de lijst."),
        },
    )
    audiences = forms.ModelMultipleChoiceField(
        label=_("Voor wie"),
        required=False,
        queryset=Audience.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "invalid_choice": _("Kies doelgroepen uit de lijst."),
            "invalid_pk_value": _("Kies doelgroepen uit de lijst."),
        },
    )
    dimension = forms.ChoiceField(
        label=_("Waar helpt het bij?"),
        choices=Dimension.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies waar het bij helpt."), "invalid_choice": _("Kies een van de drie.")},
    )
    file = forms.FileField(
        label=_("Bestand"),
        required=False,
        help_text=_("PDF, Word, PowerPoint, Excel of OpenDocument, hoogstens %(mb)s MB.")
        % {"mb": settings.SHARE_MAX_FILE_MB},
    )
    link = _HttpUrlField(
        label=_("Of een link"),
        required=False,
        max_length=500,
        assume_scheme="https",
        help_text=_("Waar het materiaal online staat, als je geen bestand meestuurt."),
    )
    licence = forms.ChoiceField(
        label=_("Licentie"),
        choices=Licence.choices,
        widget=forms.RadioSelect,
        help_text=_("Wat anderen met je materiaal mogen doen. Je school staat er altijd als bron bij."),
        error_messages={"required": _("Kies een licentie."), "invalid_choice": _("Kies een licentie uit de lijst.")},
    )
    rights = forms.BooleanField(
        label=_(
            "Dit materiaal is van onze school, of we mogen het delen, en er staan geen gegevens van leerlingen in."
        ),
        error_messages={
            "required": _("Bevestig dat je dit materiaal mag delen en dat er geen leerlinggegevens in staan.")
        },
    )

    def __init__(self, *args, schools, locale, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["school"].queryset = schools
        # One school: no choice to make; the page says which school it is.
        listed = list(schools)
        self.single_school = listed[0] if len(listed) == 1 else None
        if self.single_school is not None:
            self.fields["school"].required = False
            self.fields["school"].widget = forms.HiddenInput()
        self.fields["themes"].queryset = Theme.objects.filter(locale=locale).order_by("sort_order", "name")
        self.fields["audiences"].queryset = Audience.objects.filter(locale=locale).order_by("sort_order", "name")
        self.file_lost = False

    def clean_school(self):
        return self.cleaned_data.get("school") or self.single_school

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if not uploaded:
            return uploaded
        extension = os.path.splitext(uploaded.name)[1].lstrip(".").lower()
        if extension not in SHARE_EXTENSIONS:
            raise forms.ValidationError(
                _(
                    "Dit soort bestand kun je niet delen. Kies een PDF, Word-, PowerPoint-, Excel- of OpenDocument-bestand."
                )
            )
        if uploaded.size > settings.SHARE_MAX_FILE_MB * 1024 * 1024:
            raise forms.ValidationError(
                _("Dit bestand is te groot: hoogstens %(mb)s MB. Maak het kleiner of deel een link.")
                % {"mb": settings.SHARE_MAX_FILE_MB}
            )
        check_content(uploaded)
        return uploaded

    def clean(self):
        cleaned = super().clean()
        if not self.errors and not cleaned.get("file") and not cleaned.get("link"):
            self.add_error("file", _("Stuur een bestand mee of geef een link naar het materiaal."))
        # A browser does not keep a chosen file after an error: say so, and ask for it again.
        self.file_lost = bool(self.errors) and bool(self.files.get("file"))
        return cleaned
