"""What a team (or one person) sees after a scan: ``scan.scoring`` applied to a frozen definition, for a page.

Pure: plain data in, plain data out, no database (tested without one in ``tests/scan/test_results.py``). The
anonymity rules it applies come from ``scan.anonymity``. Two steps, because which pages and partner types to look
up depends on the answers:

1. ``build`` takes plain answers and roles (the selector reads them in two queries, however many respondents and
   items) and returns everything the results page, the PDF and the quick individual scan show, with the ranked
   ``recommendations`` but no ``suggestions`` yet;
2. the selector looks up the live targets of ``Results.wanted_targets`` (two or three queries, only for what is
   recommended) and ``with_suggestions`` pairs them with the recommendations.

``scan.selectors.round_results`` and ``scan.selectors.individual_results`` do both steps.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field

from scan import anonymity, scoring
from scan.definition import Definition, Item, Part

TOP = 5
"""Knelpunten shown."""

STARTERS = 3
"""Conversation starters shown."""

STARTER_MIN_ANSWERS = 3
"""A conversation starter needs three levels: small samples exaggerate the spread (decision 0006)."""

SUGGESTIONS = 8
"""Recommendations looked up (and shown, where their target is live)."""


@dataclass
class ItemRow:
    """One item on the page. ``stats`` is what may be shown: a thin item's are empty (no answer counts in them).

    ``n_answered`` and ``n_unknown`` are how many colleagues gave a level and said "weet ik niet" on the item, also
    for a thin item: a hidden item is not a zero (decision 0006). ``distribution_shown``: its counts per level and
    its spread as a number may be shown (``anonymity.distribution_visible``); otherwise the spread in words.
    """

    item: Item
    stats: scoring.ItemStats
    change: scoring.ItemChange | None = None
    is_starter: bool = False
    too_few: bool = False  # a thin item (``anonymity.item_is_thin``): its numbers are withheld
    roles: dict[str, scoring.RoleCell] = field(default_factory=dict)
    n_answered: int = 0
    n_unknown: int = 0
    distribution_shown: bool = False

    @property
    def n_respondents(self) -> int:
        """Everyone who answered the item, "weet ik niet" included (thin or not)."""
        return self.n_answered + self.n_unknown


@dataclass
class PartRow:
    part: Part
    stats: scoring.DimensionStats
    items: list[ItemRow]
    change: scoring.DimensionChange | None = None

    @property
    def spread_shown(self) -> bool:
        """The part's spread as a number only when every item it is made of may show its own: a part with one
        rated item of three answers would otherwise give that item's standard deviation, and with it the three
        answers (decision 0006). Otherwise the page says it in words."""
        rated = [row for row in self.items if row.stats.n_answered]
        return bool(rated) and all(row.distribution_shown for row in rated)


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
    suggestions: list[Suggestion]  # empty until ``with_suggestions``
    roles: list[str]
    has_previous: bool = False
    enough: bool = True
    waiting: bool = False  # the round is still open: results appear when it closes
    recommendations: list[scoring.Recommendation] = field(default_factory=list)
    individual: bool = False
    item_floor: int = anonymity.MIN_ITEM_ANSWERS  # levels an item needs before it has numbers
    distribution_floor: int = anonymity.MIN_DISTRIBUTION  # levels an item needs before its counts per level show

    @property
    def items(self) -> list[ItemRow]:
        return [row for part in self.parts for row in part.items]

    @property
    def n_items_answered(self) -> int:
        """The items someone answered ("weet ik niet" included, thin items too)."""
        return sum(1 for row in self.items if row.n_respondents)

    @property
    def weakest_part(self) -> PartRow | None:
        """The one part with the lowest mean; None when no part has one, or when two or more share the lowest."""
        scored = [part for part in self.parts if part.stats.mean is not None]
        if not scored:
            return None
        lowest = min(part.stats.mean for part in scored)
        weakest = [part for part in scored if part.stats.mean == lowest]
        return weakest[0] if len(weakest) == 1 else None

    @property
    def wanted_targets(self) -> dict[str, set[str]]:
        """The translation keys to look up, by kind ("resource", "partner"), for the recommendations."""
        wanted: dict[str, set[str]] = {"resource": set(), "partner": set()}
        for rec in self.recommendations:
            wanted.setdefault(rec.kind, set()).add(rec.key)
        return wanted


def without_thin_items(answers, *, scale: int, item_keys, floor: int):
    """Answers without the thin items (``anonymity.thin_items``), their stats, those items, and every item's counts.

    An item only one or two colleagues could rate (the rest said "weet ik niet" or skipped it) would show the
    team their own levels: it is left out of every number (item, part, roles, ranking, change) and marked. The
    counts (``{item: (levels given, "weet ik niet")}``, from before the thin items went) say how many answered it.
    """
    stats = scoring.item_stats(answers=answers, scale=scale, item_keys=item_keys)
    counts = {key: (s.n_answered, s.n_unknown) for key, s in stats.items()}
    thin = anonymity.thin_items({key: s.n_answered for key, s in stats.items()}, floor=floor)
    if thin:
        answers = [answer for answer in answers if answer[1] not in thin]
        stats = scoring.item_stats(answers=answers, scale=scale, item_keys=item_keys)
    return answers, stats, thin, counts


def build(
    *,
    definition: Definition,
    answers: list[tuple[str, str, int | None]],
    roles_by_respondent: dict[str, str | None] | None = None,
    part_keys=None,
    previous: tuple[Definition, list[tuple[str, str, int | None]]] | None = None,
    min_team: int = anonymity.MIN_TEAM,
    individual: bool = False,
    waiting: bool = False,
) -> Results:
    """The results of ``answers`` to ``definition`` (only the parts in ``part_keys``), compared with ``previous``.

    ``previous`` is the round ``anonymity.comparable_previous_round`` chose (the selector finds it).
    ``waiting``: the round is still open, so nothing is shown yet (decision 0007, "results wait for the close").
    ``individual``: the quick scan, one person and their own answers (no thin items, no roles, no starters).
    The result has ``recommendations`` but no ``suggestions``: see ``with_suggestions``.
    """
    parts = definition.parts_for(part_keys)
    item_keys = [item.key for part in parts for item in part.items]
    n_respondents = len({key for key, _item, _value in answers if key})
    floor = anonymity.item_floor(individual=individual, min_answers=min_team)
    answers, stats, thin, counts = without_thin_items(answers, scale=definition.scale, item_keys=item_keys, floor=floor)
    by_part = {part.key: [item.key for item in part.items] for part in parts}
    dimensions = scoring.dimension_stats(items_by_dimension=by_part, item_stats=stats)

    change = None
    if previous is not None:
        previous_definition, previous_answers = previous
        _answers, previous_stats, _thin, _counts = without_thin_items(
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

    starter_stats = (
        []
        if individual
        else scoring.conversation_starters(item_stats=stats, limit=STARTERS, min_answers=STARTER_MIN_ANSWERS)
    )
    starter_keys = {s.item_key for s in starter_stats}
    role_cells = {}
    roles: list[str] = []
    if not individual and roles_by_respondent:
        role_cells = scoring.role_comparison(
            answers=answers, roles_by_respondent=roles_by_respondent, scale=definition.scale
        )
        roles = anonymity.named_roles(
            (role, not cell.suppressed) for cells in role_cells.values() for role, cell in cells.items()
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
                n_answered=counts[item.key][0],
                n_unknown=counts[item.key][1],
                distribution_shown=item.key not in thin and anonymity.distribution_visible(counts[item.key][0]),
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
    recommendations = scoring.recommend(item_stats=stats, links=links, limit=SUGGESTIONS, min_answers=1)
    return Results(
        definition=definition,
        scale=definition.scale,
        n_respondents=n_respondents,
        parts=part_rows,
        knelpunten=knelpunten,
        starters=starters,
        suggestions=[],
        roles=roles,
        has_previous=change is not None,
        enough=anonymity.results_visible(
            n_respondents=n_respondents, waiting=waiting, individual=individual, min_team=min_team
        ),
        waiting=waiting,
        recommendations=recommendations,
        individual=individual,
        item_floor=floor,
    )


def with_suggestions(results: Results, *, targets: Mapping[tuple[str, str], object]) -> Results:
    """``results`` with a suggestion for every recommendation whose target, by ``(kind, key)``, is in ``targets``.

    ``targets`` holds the live pages and partner types (in the page's language) the selector found for
    ``results.wanted_targets``; a recommendation of a page that is not live (any more) is left out.
    """
    definition = results.definition
    suggestions = [
        Suggestion(
            kind=rec.kind,
            key=rec.key,
            target=targets.get((rec.kind, rec.key)),
            reasons=[(definition.items[reason.item_key], reason) for reason in rec.reasons],
        )
        for rec in results.recommendations
    ]
    return dataclasses.replace(results, suggestions=[s for s in suggestions if s.target is not None])
