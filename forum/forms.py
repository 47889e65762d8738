"""The forum's forms: a new thread, a reply, an edit, a flag, a notification level.

Every posting form carries a one-time token (a second submit of the same form stores nothing twice), a
honeypot field people never see, and, after the pupil-data check warned, a box to post anyway.
"""

from __future__ import annotations

import uuid

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core.models import Theme
from forum.models import Category, Flag, NotificationLevel
from forum.selectors import current_language
from forum.services import MAX_BODY, MAX_TITLE

HONEYPOT = "website"


class _PostingForm(forms.Form):
    client_token = forms.CharField(widget=forms.HiddenInput, required=False, max_length=40)
    # People never see this field (hidden by CSS and from assistive technology); programs that fill in every
    # field do. A filled one stores nothing.
    website = forms.CharField(
        label=_("Laat dit veld leeg"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    confirm_pupil_data = forms.BooleanField(
        label=_(
            "Ik heb het gecontroleerd: er staan geen gegevens in waarmee een leerling te herkennen is. Toch plaatsen."
        ),
        required=False,
    )

    def __init__(self, *args, pupil_warning: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound and not self.initial.get("client_token"):
            self.initial["client_token"] = uuid.uuid4().hex
        self.pupil_warning = pupil_warning
        if not pupil_warning:
            self.fields["confirm_pupil_data"].widget = forms.HiddenInput()

    @property
    def is_spam(self) -> bool:
        return bool(self.cleaned_data.get(HONEYPOT))


def _body_field(label) -> forms.CharField:
    return forms.CharField(
        label=label,
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=MAX_BODY,
        error_messages={
            "required": _("Je bericht is leeg. Schrijf eerst wat je wilt delen."),
            "max_length": _("Je bericht is te lang: hoogstens %(limit_value)s tekens (nu %(show_value)s)."),
        },
        help_text=_(
            "Je kunt Markdown gebruiken: **vet**, *schuin*, een lijst met - en > om te citeren. "
            "Plak het adres van een item uit de bibliotheek om het als kaart te tonen. "
            "Noem nooit namen of andere gegevens van leerlingen."
        ),
    )


def knelpunt_choices() -> list:
    """The scan knelpunten a thread can hang on, grouped by scan, from the ``forum_knelpunt_choices`` hook
    (the scan app answers it): [(scan title, [("<page id>:<key>", statement), ...]), ...]."""
    groups = []
    for fn in hooks.get_hooks("forum_knelpunt_choices"):
        groups.extend(fn(language=current_language()) or [])
    return groups


def knelpunt_label(value: str) -> tuple[int, str, str] | None:
    """(scan page id, key, statement) for a choice value, or None when no scan offers it."""
    for _title, options in knelpunt_choices():
        for option_value, label in options:
            if option_value == value:
                page_id, _sep, key = value.partition(":")
                return int(page_id), key, label
    return None


class ThreadForm(_PostingForm):
    category = forms.ModelChoiceField(
        label=_("Categorie"),
        queryset=Category.objects.none(),
        empty_label=_("Kies een categorie"),
        error_messages={
            "required": _("Kies de categorie waar je vraag bij hoort."),
            "invalid_choice": _("Die categorie bestaat niet (meer). Kies er een uit de lijst."),
        },
    )
    title = forms.CharField(
        label=_("Titel van je vraag"),
        max_length=MAX_TITLE,
        help_text=_("Vat je vraag samen in één zin, bijvoorbeeld: Hoe praten we met de klas na een steekincident?"),
        error_messages={"required": _("Geef je vraag een titel.")},
    )
    body = _body_field(_("Je vraag of verhaal"))
    themes = forms.ModelMultipleChoiceField(
        label=_("Thema's"),
        queryset=Theme.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Zo vinden collega's je vraag ook bij het thema en in de bibliotheek."),
    )
    knelpunt = forms.ChoiceField(
        label=_("Knelpunt uit de zelfscan"),
        required=False,
        help_text=_(
            "Koppel je vraag aan een knelpunt: teams die daar laag op scoren, zien je draad bij hun resultaten."
        ),
    )

    field_order = ["category", "title", "body", "themes", "knelpunt"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        language = current_language()
        categories = Category.objects.filter(locale__language_code=language)
        if not categories.exists():
            categories = Category.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        self.fields["category"].queryset = categories.order_by("sort_order", "name")
        self.fields["themes"].queryset = Theme.objects.filter(locale__language_code=language).order_by(
            "sort_order", "name"
        )
        groups = knelpunt_choices()
        self.fields["knelpunt"].choices = [("", _("Geen knelpunt"))] + [(title, options) for title, options in groups]
        if not groups:
            del self.fields["knelpunt"]


class ReplyForm(_PostingForm):
    body = _body_field(_("Je reactie"))
    reply_to = forms.IntegerField(widget=forms.HiddenInput, required=False)


class EditForm(_PostingForm):
    body = _body_field(_("Je bericht"))
    reason = forms.CharField(
        label=_("Wat heb je veranderd?"),
        required=False,
        max_length=300,
        help_text=_("Bijvoorbeeld: een tikfout verbeterd. Moderatoren zien de eerdere versie."),
    )


class FlagForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Waarom meld je dit bericht?"),
        choices=Flag.Reason.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies waarom je dit bericht meldt.")},
    )
    note = forms.CharField(
        label=_("Toelichting voor de moderatie"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class LevelForm(forms.Form):
    level = forms.ChoiceField(
        label=_("Meldingen"),
        choices=NotificationLevel.choices,
        help_text=_(
            "Volgen: een melding bij elk nieuw bericht. Bijhouden: alleen als iemand op jou reageert of je noemt. "
            "Negeren: geen meldingen."
        ),
    )
