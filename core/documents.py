"""The document form editors and members upload through: it refuses files whose content does not match their name."""

import os

from django import forms
from django.utils.translation import gettext as _
from wagtail.documents.forms import BaseDocumentForm

from common.filecheck import content_matches_extension


def check_content(uploaded) -> None:
    """Refuse an uploaded file whose content does not match its name, with the message every upload form shows."""
    extension = os.path.splitext(uploaded.name)[1].lstrip(".").lower()
    if not content_matches_extension(uploaded, extension):
        raise forms.ValidationError(
            _("Dit bestand is geen echt .%(ext)s-bestand: de inhoud past niet bij de naam. Kies een ander bestand.")
            % {"ext": extension}
        )


class ContentCheckedDocumentForm(BaseDocumentForm):
    """Wagtail's document form plus a content check (see common.filecheck)."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and hasattr(uploaded, "read") and getattr(uploaded, "_committed", False) is False:
            check_content(uploaded)
        return uploaded
