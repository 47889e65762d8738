"""Marks the words of a text that match the query, safely: everything else is escaped. No Django models."""

from __future__ import annotations

import html
import re
from functools import lru_cache

from django.utils.safestring import SafeString, mark_safe

from common.stemming import fold, forms

TOKEN = re.compile(r"([^\W_]+)", re.UNICODE)


@lru_cache(maxsize=50_000)
def _word_forms(word: str, language: str) -> frozenset[str]:
    """The forms of a word as it appears in a text (case and accents as typed): folding is the slow part."""
    return forms(fold(word), language)


def highlight(text: str, groups, language: str = "nl", max_words: int | None = None) -> SafeString:
    """``text`` as HTML with matching words in <mark>; cut to about ``max_words`` words around the first match."""
    text = text or ""
    parts = TOKEN.split(text)
    # parts alternates: separator, word, separator, word, ...
    word_positions = [i for i in range(1, len(parts), 2)]
    hits = [i for i in word_positions if any(_word_forms(parts[i], language) & g for g in groups)]
    start, end, prefix, suffix = 0, len(parts), "", ""
    if max_words and len(word_positions) > max_words:
        first = hits[0] if hits else word_positions[0]
        index = word_positions.index(first)
        lo = max(0, index - max_words // 4)
        hi = min(len(word_positions), lo + max_words)
        start = word_positions[lo]
        end = word_positions[hi - 1] + 1
        prefix = "… " if lo > 0 else ""
        suffix = " …" if hi < len(word_positions) else ""
    # Escaped in runs between the marked words (the standard library's escape, as Django's own does, without
    # the lazy-string wrapper: this runs for every title and snippet of a results page).
    out = []
    run_start = start
    for i in hits:
        if start <= i < end:
            out.append(html.escape("".join(parts[run_start:i])))
            out.append(f"<mark>{html.escape(parts[i])}</mark>")
            run_start = i + 1
    out.append(html.escape("".join(parts[run_start:end])))
    return mark_safe(prefix + "".join(out).strip() + suffix)  # noqa: S308 - every piece is escaped above
