"""Dutch-aware word forms for search, the same on every backend. No Django imports.

SQLite's full-text search has no stemming at all, and the Snowball stemmers (also PostgreSQL's ``dutch``
configuration) get common Dutch pairs wrong: PostgreSQL stems "wapens" to ``wapen`` but "wapen" to ``wap``.
So every word is reduced to a small set of *forms*: accents folded, then stemmed with both the current
Snowball Dutch stemmer (which handles "scholen" → ``school``) and the classic one, also after dropping a
plural -s. Two words match when their form sets overlap. Pages store their forms in an indexed field
(``search_stems``); a query asks for any of a word's forms, and for all of its words.
See docs/decisions/0004-dutch-search-forms.md.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

WORD = re.compile(r"[^\W_]+", re.UNICODE)
MAX_WORD_LENGTH = 40
MAX_QUERY_WORDS = 12

STEMMERS = {
    "nl": (snowballstemmer.stemmer("dutch"), snowballstemmer.stemmer("dutch_porter")),
    "en": (snowballstemmer.stemmer("english"), snowballstemmer.stemmer("porter")),
}

# Words too common to carry meaning in a search (kept short on purpose: "niet" and "geen" can matter).
STOPWORDS = {
    "nl": {
        "de",
        "het",
        "een",
        "en",
        "van",
        "in",
        "op",
        "te",
        "dat",
        "die",
        "voor",
        "met",
        "is",
        "zijn",
        "aan",
        "er",
        "om",
        "of",
        "bij",
        "als",
        "ook",
        "naar",
        "dan",
        "wat",
        "hoe",
    },
    "en": {
        "the",
        "a",
        "an",
        "and",
        "of",
        "in",
        "on",
        "to",
        "for",
        "with",
        "is",
        "are",
        "at",
        "or",
        "as",
        "by",
        "what",
        "how",
    },
}


def fold(text: str) -> str:
    """Lower case, accents removed: "Financiële" → "financiele"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """The words of ``text``, folded; punctuation, quotes, operators and control characters are dropped."""
    return [w[:MAX_WORD_LENGTH] for w in WORD.findall(fold(text or ""))]


@lru_cache(maxsize=50_000)
def forms(word: str, language: str = "nl") -> frozenset[str]:
    """All forms of one folded word. Digits and very short words stand for themselves."""
    stemmers = STEMMERS.get(language[:2], STEMMERS["nl"])
    if len(word) < 3 or word.isdigit():
        return frozenset({word})
    result = {word}
    candidates = [word]
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        candidates.append(word[:-1])  # plural -s: "wapens" also as "wapen"
    for candidate in candidates:
        for stemmer in stemmers:
            result.add(stemmer.stemWord(candidate))
    return frozenset(result)


def index_text(*parts: str, language: str = "nl") -> str:
    """What a page stores in its ``search_stems`` field: every form of every word, once."""
    seen: dict[str, None] = {}
    for part in parts:
        for word in words(part):
            for form in sorted(forms(word, language)):
                seen.setdefault(form, None)
    return " ".join(seen)


def query_groups(query: str, language: str = "nl") -> list[frozenset[str]]:
    """The query as groups of alternative forms: a match needs one form of every group.

    Stop words are dropped unless the query has nothing else; at most ``MAX_QUERY_WORDS`` words count.
    """
    all_words = words(query)
    meaningful = [w for w in all_words if w not in STOPWORDS.get(language[:2], set())] or all_words
    groups: list[frozenset[str]] = []
    for word in meaningful[:MAX_QUERY_WORDS]:
        group = forms(word, language)
        if group not in groups:
            groups.append(group)
    return groups


def matches(word: str, groups: list[frozenset[str]], language: str = "nl") -> bool:
    """Whether one word of a text matches any group of the query (for highlighting)."""
    word_forms = forms(fold(word), language)
    return any(word_forms & group for group in groups)
