"""Typography for long Dutch words: soft hyphens where the language's hyphenation rules allow a break.

Dutch compounds ("schoolveiligheidsplan", "ketenpartnersamenwerking") are longer than a card is wide on a phone.
CSS ``hyphens: auto`` depends on the browser having a dictionary for the language, and many do not (Chromium on
Linux has none), so the word then breaks anywhere, without a hyphen. This filter puts soft hyphens (U+00AD) at
the places pyphen's dictionaries (the LibreOffice ones, also used by WeasyPrint) allow; the browser shows a
hyphen only where it breaks. Only long words are touched; the text is escaped first, so it is safe on user input.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pyphen
from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

register = template.Library()

SOFT_HYPHEN = "\u00ad"
MIN_WORD = 12  # shorter words fit on any line
DICTIONARIES = {"nl": "nl_NL", "en": "en_GB"}


@lru_cache(maxsize=4)
def _dictionary(language: str) -> pyphen.Pyphen | None:
    code = DICTIONARIES.get((language or "").split("-")[0])
    return pyphen.Pyphen(lang=code, left=3, right=3) if code else None


@lru_cache(maxsize=4096)
def _hyphenate_word(word: str, language: str) -> str:
    dictionary = _dictionary(language)
    return dictionary.inserted(word, hyphen=SOFT_HYPHEN) if dictionary else word


_LONG_WORD = re.compile(rf"[^\W\d_]{{{MIN_WORD},}}")


def hyphenate_text(text: str, language: str | None = None) -> str:
    """``text`` with soft hyphens in its long words (no escaping: for plain text)."""
    language = language or get_language() or "nl"
    return _LONG_WORD.sub(lambda match: _hyphenate_word(match.group(0), language), text)


@register.filter(is_safe=True)
def hyphenate(value, language: str | None = None):
    """``{{ page.title|hyphenate }}``: escape, then add soft hyphens in words of 12 letters or more, by the
    active language's rules (or ``|hyphenate:"nl"`` for text in another language than the page's)."""
    return mark_safe(hyphenate_text(str(conditional_escape(value)), language))
