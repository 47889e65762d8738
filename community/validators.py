"""Password rules with messages in the site's own words.

Django's Dutch catalogue lacks the newer wording of the minimum-length message, so Dutch visitors saw
it in English. This subclass keeps Django's rule and gives it Dutch source strings (translated to
English through our own catalogue).
"""

from django.contrib.auth import password_validation
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
            "Uw wachtwoord moet minstens %(min_length)d teken lang zijn.",
            "Uw wachtwoord moet minstens %(min_length)d tekens lang zijn.",
            self.min_length,
        ) % {"min_length": self.min_length}
