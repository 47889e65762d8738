"""Forms for school teams. Labels, help and errors are in the site's words; the views keep what was typed."""

from __future__ import annotations

from allauth.core import context
from allauth.mfa.totp.forms import ActivateTOTPForm as AllauthActivateTOTPForm
from django import forms
from django.utils.translation import gettext_lazy as _

from community import mfa
from community.models import Membership
from community.validators import validate_mailbox


class MailboxField(forms.EmailField):
    """An e-mail address field that takes ordinary mailbox addresses only (``MailboxValidator``, which also
    applies Django's own check): Django's alone accepts '"<b>x</b>"@example.org'."""

    default_validators = [validate_mailbox]


class InvitationForm(forms.Form):
    """A coordinator invites a colleague by e-mail address."""

    email = MailboxField(
        label=_("E-mailadres van je collega"),
        help_text=_("Je collega krijgt een e-mail met een link om lid te worden. De link is 14 dagen geldig."),
        max_length=254,
        error_messages={
            "required": _("Vul het e-mailadres van je collega in."),
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


class ActivateTOTPForm(AllauthActivateTOTPForm):
    """Setting up an authenticator app (``MFA_FORMS``): allauth's form, with our label.

    Typing a valid code from the new app shows the second factor, so this session counts as verified
    (``community.mfa``): the admin opens straight after the set-up without asking for another code.
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["code"]
        field.label = _("Code uit je authenticator-app")
        field.widget.attrs.pop("placeholder", None)
        field.widget.attrs.update({"inputmode": "numeric", "spellcheck": "false"})

    def clean_code(self) -> str:
        code = super().clean_code()
        request = context.request
        if request is not None and request.user.is_authenticated:
            mfa.mark_session_verified(request)
        return code
