"""What a team (or one person) sees after a scan: ``scan.scoring`` applied to a frozen definition, for a page.

``build`` takes plain answers and roles (the selector reads them in two queries, however many respondents
and items) and returns everything the results page, the PDF and the quick individual scan show. The only
database reads here are the targets of recommendations: two queries, in the active language where the
target is translated.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from scan import scoring
from scan.definition import Definition, Item, Part

MIN_TEAM = 3
"""Team results are shown from three respondents: with two, each could subtract the other (decision 0006)."""

TOP = 5


@dataclass
class ItemRow:
    item: Item
    stats: scoring.ItemStats
    change: scoring.ItemChange | None = None
    is_starter: bool = False
    too_few: bool = False  # fewer than MIN_TEAM colleagues answered it: its numbers are withheld
    roles: dict[str, scoring.RoleCell] = field(default_factory=dict)


@dataclass
class PartRow:
    part: Part
    stats: scoring.DimensionStats
    items: list[ItemRow]
    change: scoring.DimensionChange | None = None


@dataclass
class Suggestion:
    kind: str  # "resource" or "partner"
    key: str
    target: object | None  # the page or partner type, in the active language where translated
    reasons: list[tuple[Item, scoring.Reason]]


@dataclass
class Results:
    definition: Definition
    scale: int
    n_respondents: int
    parts: list[PartRow]
    knelpunten: list[ItemRow]
    starters: list[ItemRow]
    suggestions: list[Suggestion]
    roles: list[str]
    has_previous: bool = False
    enough: bool = True
    waiting: bool = False  # the round is still open: results appear when it closes

    @property
    def items(self) -> list[ItemRow]:
        return [row for part in self.parts for row in part.items]


def without_thin_items(answers, *, scale: int, item_keys, floor: int):
    """Answers without the items fewer than ``floor`` colleagues gave a level on, their stats, and those items.

    An item only one or two colleagues could rate (the rest said "weet ik niet" or skipped it) would show the
    team their own levels: it is left out of every number (item, part, roles, ranking, change) and marked.
    """
    stats = scoring.item_stats(answers=answers, scale=scale, item_keys=item_keys)
    thin = {key for key, s in stats.items() if 0 < s.n_answered < floor}
    if thin:
        answers = [answer for answer in answers if answer[1] not in thin]
        stats = scoring.item_stats(answers=answers, scale=scale, item_keys=item_keys)
    return answers, stats, thin


def build(
    *,
    definition: Definition,
    answers: list[tuple[str, str, int | None]],
    roles_by_respondent: dict[str, str | None] | None = None,
    part_keys=None,
    previous: tuple[Definition, list[tuple[str, str, int | None]]] | None = None,
    language: str | None = None,
    min_team: int = MIN_TEAM,
    individual: bool = False,
    waiting: bool = False,
) -> Results:
    """The results of ``answers`` to ``definition`` (only the parts in ``part_keys``), compared with ``previous``.

    ``waiting``: the round is still open, so nothing is shown yet (decision 0007, "results wait for the close").
    """
    parts = definition.parts_for(part_keys)
    item_keys = [item.key for part in parts for item in part.items]
    n_respondents = len({key for key, _item, _value in answers if key})
    floor = 1 if individual else min_team
    answers, stats, thin = without_thin_items(answers, scale=definition.scale, item_keys=item_keys, floor=floor)
    by_part = {part.key: [item.key for item in part.items] for part in parts}
    dimensions = scoring.dimension_stats(items_by_dimension=by_part, item_stats=stats)

    change = None
    if previous is not None:
        previous_definition, previous_answers = previous
        _answers, previous_stats, _thin = without_thin_items(
            previous_answers,
            scale=previous_definition.scale,
            item_keys=[key for key in previous_definition.items if key in stats],
            floor=floor,
        )
        change = scoring.change_since(
            previous=previous_stats,
            current=stats,
            items_by_dimension=by_part,
            previous_versions={key: item.fingerprint for key, item in previous_definition.items.items()},
            current_versions=definition.fingerprints,
            min_answers=floor,
        )

    starter_stats = [] if individual else scoring.conversation_starters(item_stats=stats, limit=3, min_answers=3)
    starter_keys = {s.item_key for s in starter_stats}
    role_cells = {}
    roles: list[str] = []
    if not individual and roles_by_respondent:
        role_cells = scoring.role_comparison(
            answers=answers, roles_by_respondent=roles_by_respondent, scale=definition.scale
        )
        # A role appears only where at least one of its cells is shown: a column of withheld cells would still
        # tell the team that, say, its one director took part.
        roles = sorted(
            {role for cells in role_cells.values() for role, cell in cells.items() if role and not cell.suppressed}
        )

    rows: dict[str, ItemRow] = {}
    part_rows = []
    for part in parts:
        items = []
        for item in part.items:
            row = ItemRow(
                item=item,
                stats=stats[item.key],
                change=change.items.get(item.key) if change else None,
                is_starter=item.key in starter_keys,
                too_few=item.key in thin,
                roles=role_cells.get(item.key, {}),
            )
            rows[item.key] = row
            items.append(row)
        part_rows.append(
            PartRow(
                part=part,
                stats=dimensions[part.key],
                items=items,
                change=change.dimensions.get(part.key) if change else None,
            )
        )

    knelpunten = [
        rows[s.item_key]
        for s in scoring.top_knelpunten(item_stats=stats, limit=TOP, min_answers=floor, below=definition.scale)
    ]
    starters = [rows[s.item_key] for s in starter_stats]
    links = [
        scoring.Link(item_key=link["item"], kind=link["kind"], key=link["key"], below=link["below"])
        for link in definition.links
        if link["item"] in stats
    ]
    recommendations = scoring.recommend(item_stats=stats, links=links, limit=8, min_answers=1)
    targets = resolve_targets(recommendations, language=language, source_language=definition.data["source_locale"])
    suggestions = [
        Suggestion(
            kind=rec.kind,
            key=rec.key,
            target=targets.get((rec.kind, rec.key)),
            reasons=[(definition.items[reason.item_key], reason) for reason in rec.reasons],
        )
        for rec in recommendations
    ]
    suggestions = [s for s in suggestions if s.target is not None]
    return Results(
        definition=definition,
        scale=definition.scale,
        n_respondents=n_respondents,
        parts=part_rows,
        knelpunten=knelpunten,
        starters=starters,
        suggestions=suggestions,
        roles=roles,
        has_previous=change is not None,
        enough=individual or (not waiting and n_respondents >= min_team),
        waiting=waiting,
    )


def localized(queryset, *, keys, language: str | None, source_language: str) -> dict[str, object]:
    """By translation key: the row in ``language`` where it exists, else the one in the scan's source language.

    One query (two for pages, whose specific types are fetched); ``queryset`` is pages or translatable snippets.
    """
    if not keys:
        return {}
    languages = [code for code in (language, source_language) if code]
    rows = queryset.filter(translation_key__in=keys, locale__language_code__in=languages).select_related("locale")
    found: dict[str, object] = {}
    for obj in rows:
        key = str(obj.translation_key)
        if key not in found or obj.locale.language_code == language:
            found[key] = obj
    return found


def resolve_targets(recommendations, *, language: str | None, source_language: str) -> dict[tuple[str, str], object]:
    """The live pages and partner types recommendations point at, by kind and translation key."""
    from wagtail.models import Page

    from core.models import PartnerType

    wanted = {"resource": set(), "partner": set()}
    for rec in recommendations:
        wanted.setdefault(rec.kind, set()).add(rec.key)
    pages = localized(
        Page.objects.live().specific(defer=False),
        keys=wanted["resource"],
        language=language,
        source_language=source_language,
    )
    partners = localized(
        PartnerType.objects.all(), keys=wanted["partner"], language=language, source_language=source_language
    )
    return {("resource", key): page for key, page in pages.items()} | {
        ("partner", key): partner for key, partner in partners.items()
    }
