"""Server-rendered SVG charts for scan results. Every chart is a picture of a table that stands beside it.

The SVG carries role="img" and a text alternative; the numbers a person needs are in the table, so the chart
adds nothing a screen reader user misses. No JavaScript, no external files: it prints and goes into the PDF.
"""

from django import template
from django.utils.formats import number_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

register = template.Library()

# Level colours from weak (knelpunt present) to strong, each 3:1 or more against white (WCAG 1.4.11).
LEVEL_COLOURS = {
    4: ["#b3261e", "#a4471a", "#2e6e7a", "#0b5563"],
    5: ["#b3261e", "#a4471a", "#6b5d1d", "#2e6e7a", "#0b5563"],
}
UNKNOWN_COLOUR = "#6b7a7f"


def _n(value, digits=1) -> str:
    return number_format(round(value, digits), decimal_pos=digits, use_l10n=True)


@register.simple_tag
def part_chart(results):
    """Horizontal bars: each part's mean on the 1..scale axis, with the previous round's mean as a tick."""
    rows = [row for row in results.parts]
    scale = results.scale
    label_w, bar_w, row_h, top = 8, 520, 48, 24
    width = label_w + bar_w + 60
    height = top + row_h * len(rows) + 8

    def x(level):
        return label_w + (level - 1) / (scale - 1) * bar_w

    grid = format_html_join(
        "",
        '<line x1="{0}" x2="{0}" y1="{1}" y2="{2}" class="chart__grid" stroke="#d5dcdc"/><text x="{0}" y="14" class="chart__axis" text-anchor="middle" font-size="13" fill="#1f2a2e">{3}</text>',
        ((f"{x(level):.1f}", top - 4, height - 4, level) for level in range(1, scale + 1)),
    )
    bars = []
    summary = []
    for index, row in enumerate(rows):
        y = top + index * row_h
        mean = row.stats.mean
        bars.append(
            format_html(
                '<text x="{}" y="{}" class="chart__label" font-size="13" font-weight="600" fill="#1f2a2e">{}</text>',
                label_w,
                y + 14,
                row.part.title,
            )
        )
        if mean is None:
            bars.append(
                format_html(
                    '<text x="{}" y="{}" class="chart__value" font-size="13" fill="#1f2a2e">–</text>',
                    label_w + 4,
                    y + 34,
                )
            )
            summary.append(f"{row.part.title}: –")
            continue
        bars.append(
            format_html(
                '<rect x="{}" y="{}" width="{}" height="18" rx="3" class="chart__bar" fill="#0b5563"/>'
                '<text x="{}" y="{}" class="chart__value" font-size="13" fill="#1f2a2e">{}</text>',
                label_w,
                y + 20,
                f"{max(x(mean) - label_w, 2):.1f}",
                f"{x(mean) + 6:.1f}",
                y + 34,
                _n(mean),
            )
        )
        text = f"{row.part.title}: {_n(mean)}"
        if row.change is not None and row.change.previous_mean is not None:
            bars.append(
                format_html(
                    '<line x1="{0}" x2="{0}" y1="{1}" y2="{2}" class="chart__previous" stroke="#a4471a" stroke-width="3"/>',
                    f"{x(row.change.previous_mean):.1f}",
                    y + 16,
                    y + 42,
                )
            )
            text += " (" + _("vorige ronde %(mean)s") % {"mean": _n(row.change.previous_mean)} + ")"
        summary.append(text)
    label = _("Gemiddelde per deel op een schaal van 1 tot %(scale)s. ") % {"scale": scale} + "; ".join(summary)
    return format_html(
        '<svg class="chart" viewBox="0 0 {} {}" role="img" aria-label="{}" preserveAspectRatio="xMinYMin meet">{}{}</svg>',
        width,
        height,
        label,
        grid,
        mark_safe("".join(bars)),  # noqa: S308 - every part was built with format_html
    )


@register.simple_tag
def distribution_bar(stats):
    """A small stacked bar of how many colleagues chose each level (and "weet ik niet")."""
    total = stats.n_respondents
    if not total:
        return ""
    colours = LEVEL_COLOURS.get(stats.scale) or LEVEL_COLOURS[4]
    parts, described, offset = [], [], 0.0
    segments = [(count, colours[min(i, len(colours) - 1)], str(i + 1)) for i, count in enumerate(stats.distribution)]
    segments.append((stats.n_unknown, UNKNOWN_COLOUR, _("weet ik niet")))
    for count, colour, name in segments:
        if not count:
            continue
        share = count / total * 200
        parts.append(
            format_html(
                '<rect x="{}" y="0" width="{}" height="14" fill="{}"/>', f"{offset:.2f}", f"{share:.2f}", colour
            )
        )
        described.append(f"{name}: {count}")
        offset += share
    return format_html(
        '<svg class="distribution" viewBox="0 0 200 14" width="200" height="14" role="img" aria-label="{}">{}</svg>',
        _("Verdeling: ") + ", ".join(described),
        mark_safe("".join(parts)),  # noqa: S308 - built with format_html
    )


@register.filter
def agreement(disagreement):
    """Spread in words, for people who do not read standard deviations."""
    if disagreement is None:
        return ""
    if disagreement < 0.34:
        return _("eensgezind")
    if disagreement < 0.67:
        return _("verschillend")
    return _("sterk verschillend")


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
