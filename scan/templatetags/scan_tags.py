"""Server-rendered SVG charts for scan results. Every chart is a picture of a table that stands beside it.

The SVG carries role="img" and a text alternative; the numbers a person needs are in the table, so the chart
adds nothing a screen reader user misses. No JavaScript, no external files: it prints and goes into the PDF.
"""

from dataclasses import dataclass

from django import template
from django.utils.formats import number_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from scan import scoring

register = template.Library()

# Level colours from weak (knelpunt present) to strong, each 3:1 or more against white (WCAG 1.4.11).
LEVEL_COLOURS = {
    4: ["#b3261e", "#a4471a", "#2e6e7a", "#0b5563"],
    5: ["#b3261e", "#a4471a", "#6b5d1d", "#2e6e7a", "#0b5563"],
}
UNKNOWN_COLOUR = "#6b7a7f"


def _n(value, digits=1) -> str:
    return number_format(round(value, digits), decimal_pos=digits, use_l10n=True)


def _percent(level, scale) -> float:
    return (level - 1) / (scale - 1) * 100


@register.simple_tag
def part_chart(results):
    """Horizontal bars: each part's mean on the 1..scale axis, with the previous round's mean as a tick.

    No viewBox: positions along the axis are percentages of the chart's width and the text keeps its own size, so
    the labels stay as large on a phone as on a wide screen (a scaled viewBox put them at 6 px at 375 px wide).
    A value near the end of the axis goes inside its bar.
    """
    rows = list(results.parts)
    scale = results.scale
    row_h, top = 54, 26
    height = top + row_h * len(rows) + 4

    def anchor(level):
        return "start" if level == 1 else "end" if level == scale else "middle"

    grid = format_html_join(
        "",
        '<line x1="{0}%" x2="{0}%" y1="{1}" y2="{2}" class="chart__grid" stroke="#d5dcdc"/>'
        '<text x="{0}%" y="16" class="chart__axis" text-anchor="{3}" font-size="15" fill="#1f2a2e">{4}</text>',
        (
            (f"{min(max(_percent(level, scale), 0.2), 99.8):.1f}", top - 4, height - 2, anchor(level), level)
            for level in range(1, scale + 1)
        ),
    )
    bars = []
    summary = []
    for index, row in enumerate(rows):
        y = top + index * row_h
        mean = row.stats.mean
        bars.append(
            format_html(
                '<text x="0" y="{}" class="chart__label" font-size="15" font-weight="600" fill="#1f2a2e">{}</text>',
                y + 16,
                row.part.title,
            )
        )
        if mean is None:
            bars.append(
                format_html(
                    '<text x="4" y="{}" class="chart__value" font-size="15" fill="#1f2a2e">–</text>',
                    y + 38,
                )
            )
            summary.append(f"{row.part.title}: –")
            continue
        share = _percent(mean, scale)
        inside = share > 80
        bars.append(
            format_html(
                '<rect x="0" y="{}" width="{}%" height="22" rx="3" class="chart__bar" fill="#0b5563"/>'
                '<text x="{}%" dx="{}" y="{}" class="chart__value{}" text-anchor="{}" font-size="15" fill="{}">{}</text>',
                y + 22,
                f"{max(share, 0.6):.1f}",
                f"{share:.1f}",
                -6 if inside else 6,
                y + 38,
                " chart__value--inside" if inside else "",
                "end" if inside else "start",
                "#ffffff" if inside else "#1f2a2e",
                _n(mean),
            )
        )
        text = f"{row.part.title}: {_n(mean)}"
        if row.change is not None and row.change.previous_mean is not None:
            bars.append(
                format_html(
                    '<line x1="{0}%" x2="{0}%" y1="{1}" y2="{2}" class="chart__previous" stroke="#a4471a" stroke-width="3"/>',
                    f"{max(_percent(row.change.previous_mean, scale), 0.3):.1f}",
                    y + 18,
                    y + 48,
                )
            )
            text += " (" + _("vorige ronde %(mean)s") % {"mean": _n(row.change.previous_mean)} + ")"
        summary.append(text)
    label = _("Gemiddelde per deel op een schaal van 1 tot %(scale)s. ") % {"scale": scale} + "; ".join(summary)
    return format_html(
        '<svg class="chart" width="100%" height="{}" role="img" aria-label="{}">{}{}</svg>',
        height,
        label,
        grid,
        mark_safe("".join(bars)),  # noqa: S308 - every part was built with format_html
    )


@register.simple_tag
def distribution_bar(stats):
    """A small stacked bar of how many colleagues chose each level (and "weet ik niet").

    A picture of the counts written beside it (``level_counts``), so it is hidden from screen readers. Only for an
    item whose distribution may be shown (``ItemRow.distribution_shown``).
    """
    total = stats.n_respondents
    if not total:
        return ""
    colours = LEVEL_COLOURS.get(stats.scale) or LEVEL_COLOURS[4]
    parts, offset = [], 0.0
    segments = [(count, colours[min(i, len(colours) - 1)]) for i, count in enumerate(stats.distribution)]
    segments.append((stats.n_unknown, UNKNOWN_COLOUR))
    for count, colour in segments:
        if not count:
            continue
        share = count / total * 200
        parts.append(
            format_html(
                '<rect x="{}" y="0" width="{}" height="14" fill="{}"/>', f"{offset:.2f}", f"{share:.2f}", colour
            )
        )
        offset += share
    return format_html(
        '<svg class="distribution" viewBox="0 0 200 14" width="200" height="14" preserveAspectRatio="none" aria-hidden="true" focusable="false">'
        "{}</svg>",
        mark_safe("".join(parts)),  # noqa: S308 - built with format_html
    )


@register.filter
def agreement(disagreement):
    """Spread in one word, beside the number, for people who do not read standard deviations."""
    if disagreement is None:
        return ""
    return {"agree": _("eensgezind"), "differ": _("verschillend"), "split": _("sterk verschillend")}[
        scoring.agreement_band(disagreement)
    ]


# --- in words: what a coordinator can read aloud in a team meeting ------------------------------------------


@register.filter
def spread_words(disagreement) -> str:
    """The spread as a clause ("de meningen lopen uiteen"): what an item with too few levels for counts shows."""
    if disagreement is None:
        return ""
    return {
        "agree": _("het team is het grotendeels eens"),
        "differ": _("de meningen lopen uiteen"),
        "split": _("de meningen lopen sterk uiteen"),
    }[scoring.agreement_band(disagreement)]


@register.filter
def mean_words(mean, scale) -> str:
    """A mean in one word by the third of the scale it lies in: "laag", "middelmatig" or "hoog"."""
    if mean is None:
        return ""
    return {"low": _("laag"), "middle": _("middelmatig"), "high": _("hoog")}[scoring.mean_band(mean, int(scale))]


def _level(value) -> str:
    """A level or threshold as people write it: "3", "2,5"."""
    value = float(value)
    return _n(value, 0) if value == int(value) else _n(value)


def quoted(statement: str) -> str:
    """A statement to quote inside a sentence, without its own closing full stop ("…vermoeden.": no ".:")."""
    return statement.strip().rstrip(".;:,!").rstrip()


@register.simple_tag
def score_phrase(mean, scale, individual=False) -> str:
    """ "gemiddeld 1,7 van 4, laag" for a team; "je koos niveau 2 van 4, middelmatig" for one person."""
    if mean is None:
        return ""
    values = {"mean": _level(mean) if individual else _n(mean), "scale": scale, "band": mean_words(mean, scale)}
    if individual:
        return _("je koos niveau %(mean)s van %(scale)s, %(band)s") % values
    return _("gemiddeld %(mean)s van %(scale)s, %(band)s") % values


RESOURCE_SUBJECTS = {
    "training": gettext_lazy("deze training"),
    "intervention": gettext_lazy("deze interventie"),
    "elearning": gettext_lazy("deze e-learning"),
    "film": gettext_lazy("deze film"),
    "lesson": gettext_lazy("deze les"),
    "knowledge": gettext_lazy("dit kennisdocument"),
    "exercise": gettext_lazy("deze oefening"),
}


def _subject(target) -> str:
    """How a sentence names the recommended item: "deze training", "dit kennisdocument", "dit materiaal"."""
    return str(RESOURCE_SUBJECTS.get(getattr(target, "resource_type", ""), _("dit materiaal")))


def reason_text(*, kind: str, target, statement: str, mean: float, threshold: float, scale: int, individual: bool):
    """Why a suggestion is made, as one sentence: how the team (or you) scored the knelpunt, and for whom it is.

    "Jullie team gaf “Collega's herkennen signalen …” gemiddeld 1,7 van 4, dat is laag; deze training is bedoeld
    voor teams onder niveau 3."
    """
    values = {
        "statement": quoted(statement),
        "mean": _level(mean) if individual else _n(mean),
        "scale": scale,
        "band": mean_words(mean, scale),
        "threshold": _level(threshold),
    }
    if kind == "partner":
        if individual:
            text = _(
                "Je gaf “%(statement)s” niveau %(mean)s van %(scale)s, dat is %(band)s; deze partner erbij halen "
                "is aan te raden onder niveau %(threshold)s."
            )
        else:
            text = _(
                "Jullie team gaf “%(statement)s” gemiddeld %(mean)s van %(scale)s, dat is %(band)s; deze partner "
                "erbij halen is aan te raden voor teams onder niveau %(threshold)s."
            )
        return text % values
    values["subject"] = _subject(target)
    if individual:
        text = _(
            "Je gaf “%(statement)s” niveau %(mean)s van %(scale)s, dat is %(band)s; %(subject)s is bedoeld voor "
            "wie onder niveau %(threshold)s scoort."
        )
    else:
        text = _(
            "Jullie team gaf “%(statement)s” gemiddeld %(mean)s van %(scale)s, dat is %(band)s; %(subject)s is "
            "bedoeld voor teams onder niveau %(threshold)s."
        )
    return text % values


@dataclass(frozen=True)
class ReasonGroup:
    """The reasons of a suggestion that share a threshold: one ``sentence``, or an ``intro`` and ``lines``."""

    sentence: str = ""
    intro: str = ""
    lines: tuple[str, ...] = ()


def _group_intro(*, kind: str, target, threshold: float, n: int, individual: bool) -> str:
    values = {"threshold": _level(threshold), "n": n}
    if kind == "partner":
        if individual:
            text = ngettext(
                "Deze partner erbij halen is aan te raden onder niveau %(threshold)s. Jij scoorde daaronder op "
                "%(n)s knelpunt:",
                "Deze partner erbij halen is aan te raden onder niveau %(threshold)s. Jij scoorde daaronder op "
                "%(n)s knelpunten:",
                n,
            )
        else:
            text = ngettext(
                "Deze partner erbij halen is aan te raden voor teams onder niveau %(threshold)s. Jullie team "
                "scoorde daaronder op %(n)s knelpunt:",
                "Deze partner erbij halen is aan te raden voor teams onder niveau %(threshold)s. Jullie team "
                "scoorde daaronder op %(n)s knelpunten:",
                n,
            )
        return text % values
    values["subject"] = _subject(target)
    if individual:
        text = ngettext(
            "%(subject)s is bedoeld voor wie onder niveau %(threshold)s scoort. Jij scoorde daaronder op %(n)s "
            "knelpunt:",
            "%(subject)s is bedoeld voor wie onder niveau %(threshold)s scoort. Jij scoorde daaronder op %(n)s "
            "knelpunten:",
            n,
        )
    else:
        text = ngettext(
            "%(subject)s is bedoeld voor teams onder niveau %(threshold)s. Jullie team scoorde daaronder op %(n)s "
            "knelpunt:",
            "%(subject)s is bedoeld voor teams onder niveau %(threshold)s. Jullie team scoorde daaronder op %(n)s "
            "knelpunten:",
            n,
        )
    return capfirst(text % values)


def reason_groups_for(suggestion, *, scale: int, individual: bool) -> list[ReasonGroup]:
    """Why a suggestion is made, said once per threshold: a sentence for one knelpunt, an intro and a line each for
    several ("Deze training is bedoeld voor teams onder niveau 3. Jullie team scoorde daaronder op 5 knelpunten:"
    and then "“Collega's herkennen signalen …”: gemiddeld 1,8 van 4, laag"). Weakest knelpunt first, as ranked."""
    by_threshold: dict[float, list] = {}
    for item, reason in suggestion.reasons:
        by_threshold.setdefault(reason.threshold, []).append((item, reason))
    groups = []
    for threshold, reasons in by_threshold.items():
        if len(reasons) == 1:
            item, reason = reasons[0]
            sentence = reason_text(
                kind=suggestion.kind,
                target=suggestion.target,
                statement=item.statement,
                mean=reason.mean,
                threshold=threshold,
                scale=scale,
                individual=individual,
            )
            groups.append(ReasonGroup(sentence=sentence))
            continue
        intro = _group_intro(
            kind=suggestion.kind, target=suggestion.target, threshold=threshold, n=len(reasons), individual=individual
        )
        lines = tuple(
            _("“%(statement)s”: %(score)s")
            % {"statement": quoted(item.statement), "score": score_phrase(reason.mean, scale, individual)}
            for item, reason in reasons
        )
        groups.append(ReasonGroup(intro=intro, lines=lines))
    return groups


@register.simple_tag
def reason_groups(suggestion, results) -> list[ReasonGroup]:
    return reason_groups_for(suggestion, scale=results.scale, individual=results.individual)


def answered_text(n_answered: int, n_unknown: int) -> str:
    """ "2 collega's gaven een niveau en 1 koos “weet ik niet”": how many answered an item, thin or not."""
    answered = ngettext("%(n)s collega gaf een niveau", "%(n)s collega's gaven een niveau", n_answered) % {
        "n": n_answered
    }
    if not n_unknown:
        return answered
    unknown = ngettext("%(n)s koos “weet ik niet”", "%(n)s kozen “weet ik niet”", n_unknown) % {"n": n_unknown}
    return _("%(answered)s en %(unknown)s") % {"answered": answered, "unknown": unknown}


def withheld_text(n_answered: int, n_unknown: int, *, floor: int) -> str:
    """Why a thin item has no numbers, with how many did answer it: hidden is not zero."""
    return _(
        "%(answered)s. Cijfers tonen we vanaf %(floor)s collega's met een niveau, zodat niemand te herkennen is."
    ) % {
        "answered": answered_text(n_answered, n_unknown),
        "floor": floor,
    }


def few_levels_text(*, floor: int) -> str:
    """Why an item with numbers has no counts per level."""
    return _("Verdeling per niveau vanaf %(floor)s antwoorden met een niveau; daaronder de spreiding in woorden.") % {
        "floor": floor
    }


@register.simple_tag
def withheld_sentence(row, results) -> str:
    return withheld_text(row.n_answered, row.n_unknown, floor=results.item_floor)


def level_counts_text(stats) -> str:
    """ "1× niveau 1, 3× niveau 2, 1× weet ik niet": only for an item with enough levels (``distribution_shown``)."""
    parts = [
        _("%(count)s× niveau %(level)s") % {"count": count, "level": level}
        for level, count in stats.counts_by_level.items()
        if count
    ]
    if stats.n_unknown:
        parts.append(_("%(n)s× weet ik niet") % {"n": stats.n_unknown})
    return ", ".join(parts)


@register.simple_tag
def level_counts(stats) -> str:
    return level_counts_text(stats)


@register.filter
def level_colour(level, scale):
    colours = LEVEL_COLOURS.get(scale) or LEVEL_COLOURS[4]
    return colours[min(int(level) - 1, len(colours) - 1)]


@register.filter
def signed(delta):
    if delta is None:
        return ""
    text = _n(abs(delta))
    return ("+" if delta > 0 else "−" if delta < 0 else "±") + text


@register.filter
def get_item(mapping, key):
    return mapping.get(key) if mapping else None


@register.simple_tag
def role_labels(roles):
    from scan.models import Respondent

    names = dict(Respondent.Role.choices)
    return [str(names.get(role, role)) for role in roles]
