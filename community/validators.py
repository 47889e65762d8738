"""Password and e-mail address rules with messages in the site's own words.

Django's Dutch catalogue lacks the newer wording of the minimum-length message, so Dutch visitors saw
it in English. This subclass keeps Django's rule and gives it Dutch source strings (translated to
English through our own catalogue).
"""

import re

from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext


class MinimumLengthValidator(password_validation.MinimumLengthValidator):
    """At least ``min_length`` characters: long passphrases beat clever symbols."""

    def get_error_message(self) -> str:
        return ngettext(
            "Dit wachtwoord is te kort. Gebruik minstens %(min_length)d teken.",
            "Dit wachtwoord is te kort. Gebruik minstens %(min_length)d tekens.",
            self.min_length,
        ) % {"min_length": self.min_length}

    def get_help_text(self) -> str:
        return ngettext(
            "Je wachtwoord moet minstens %(min_length)d teken lang zijn.",
            "Je wachtwoord moet minstens %(min_length)d tekens lang zijn.",
            self.min_length,
        ) % {"min_length": self.min_length}


class UserAttributeSimilarityValidator(password_validation.UserAttributeSimilarityValidator):
    """Not too close to the e-mail address or the name, in the site's voice ("je", decision 0010)."""

    def get_error_message(self) -> str:
        return _("Dit wachtwoord lijkt te veel op je %(verbose_name)s.")

    def get_help_text(self) -> str:
        return _("Je wachtwoord mag niet te veel lijken op je naam of je e-mailadres.")


class CommonPasswordValidator(password_validation.CommonPasswordValidator):
    def get_error_message(self) -> str:
        return _("Dit wachtwoord wordt te vaak gebruikt. Kies een ander, bijvoorbeeld een zin van een paar woorden.")

    def get_help_text(self) -> str:
        return _("Je wachtwoord mag geen veelgebruikt wachtwoord zijn.")


class NumericPasswordValidator(password_validation.NumericPasswordValidator):
    def get_error_message(self) -> str:
        return _("Dit wachtwoord bestaat alleen uit cijfers. Gebruik ook letters.")

    def get_help_text(self) -> str:
        return _("Je wachtwoord mag niet alleen uit cijfers bestaan.")


# RFC 5322 "dot-atom": letters, digits and a few symbols, in parts separated by single dots. No quoted local
# parts, no spaces, no angle brackets, no comments: nothing a mail client or a page could take for markup.
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_DOT_ATOM = re.compile(rf"\A{_ATEXT}(?:\.{_ATEXT})*\Z")


@deconstructible
class MailboxValidator(EmailValidator):
    """An ordinary mailbox address such as ``naam@school.nl``, for every address the site sends mail to.

    Django's ``EmailValidator`` follows the standard and so accepts quoted local parts (``"<b>x</b>"@example.org``,
    ``"jan jansen"@school.nl``): valid, but never what a colleague types, and a way to put markup in our mail.
    Here the part before the ``@`` must be a dot-atom of at most 64 characters; the domain is checked as Django
    does.
    """

    message = _("Dit is geen geldig e-mailadres. Controleer het, bijvoorbeeld: naam@school.nl.")

    def __call__(self, value) -> None:
        value = str(value or "")
        local, at, _domain = value.rpartition("@")
        if not at or len(local) > 64 or not _DOT_ATOM.match(local) or any(ch.isspace() for ch in value):
            raise ValidationError(self.message, code=self.code, params={"value": value})
        super().__call__(value)


validate_mailbox = MailboxValidator()
