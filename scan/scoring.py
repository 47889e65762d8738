"""Self-scan scoring: where a school team stands, where colleagues differ, what to do next. No Django imports.

Plain data in, plain data out, so the results page, the PDF, the quick individual scan and the
municipality's aggregate view all count the same way, and the rules are tested without a database.

Conventions (see docs/decisions/0006-scan-scoring-and-anonymity.md):

- An answer is ``(respondent_key, item_key, value)``. ``value`` is a level on the item's scale, ``1..points``
  (editors choose four or five points), where 1 means the knelpunt is fully present and ``points`` means it is
  well in hand: higher is better, always. ``None`` is "weet ik niet": counted, but never part of a mean.
- One answer per respondent per item; a value outside the scale is refused (``ValueError``). The form
  rejects tampered input with a message; scoring refuses rather than quietly changing a team's result.
- Spread is the population standard deviation; *disagreement* is that divided by the largest standard
  deviation the scale allows (half the team at each end), so it runs from 0 (everyone the same) to 1
  (two camps at the extremes) on four- and five-point scales alike.
- A group of respondents smaller than ``min_group`` is never shown, neither directly nor by subtraction
  from what is shown. The thresholds and that rule live in ``scan.anonymity``; this module applies them.
- Means are computed exactly (fractions) and only then turned into floats, so rankings do not depend on
  the order of the input. Display rounding is the page's job.
- In words (``mean_band``, ``agreement_band``): a mean is "low", "middle" or "high" by the third of the scale it
  lies in; disagreement is "agree" below 0.34, "differ" below 0.67, else "split". The page says them in a
  sentence ("gemiddeld 1,7 van 4, dat is laag"; "de meningen lopen uiteen").
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Literal, NamedTuple

from scan import anonymity

__all__ = [
    "Answer",
    "ItemStats",
    "DimensionStats",
    "RoleCell",
    "Link",
    "Reason",
    "Recommendation",
    "ItemChange",
    "DimensionChange",
    "ScanChange",
    "item_stats",
    "dimension_stats",
    "conversation_starters",
    "role_comparison",
    "top_knelpunten",
    "recommend",
    "change_since",
    "max_sd",
    "mean_band",
    "agreement_band",
]

MIN_GROUP = anonymity.MIN_GROUP
"""The smallest group of respondents whose numbers may be shown apart from the whole team (``scan.anonymity``)."""


class Answer(NamedTuple):
    """One respondent's answer to one item; ``value`` None is "weet ik niet". A plain 3-tuple works too."""

    respondent_key: str
    item_key: str
    value: int | None


@dataclass(frozen=True)
class ItemStats:
    """How a team answered one item.

    ``distribution[i]`` is the number of answers at level ``i + 1``. ``mean``, ``sd``, ``median`` and
    ``disagreement`` are None when nobody gave a level (no answers, or only "weet ik niet").
    ``respondent_keys`` (everyone who answered, "weet ik niet" included) lets dimensions count people, not
    answers; they are anonymous tokens, and no page shows them.
    """

    item_key: str
    scale: int
    n_answered: int
    n_unknown: int
    distribution: tuple[int, ...]
    mean: float | None
    sd: float | None
    median: float | None
    disagreement: float | None
    respondent_keys: frozenset[str] = field(default=frozenset(), repr=False)

    @property
    def n_respondents(self) -> int:
        """Everyone who answered this item, "weet ik niet" included."""
        return self.n_answered + self.n_unknown

    @property
    def unknown_share(self) -> float | None:
        """The share of "weet ik niet": itself a signal about awareness (bewustwording)."""
        return self.n_unknown / self.n_respondents if self.n_respondents else None

    @property
    def counts_by_level(self) -> dict[int, int]:
        return {level: count for level, count in enumerate(self.distribution, start=1)}


@dataclass(frozen=True)
class DimensionStats:
    """A dimension (for example bewustwording) over its items.

    ``mean`` is the mean of the item means weighted by their answers (the mean of all levels given in the
    dimension): an item that many colleagues could not judge counts for less. ``spread`` is the
    answer-weighted mean of the item standard deviations: how differently colleagues see the *same*
    items, not how different the items are. ``disagreement`` is ``spread`` on the 0..1 scale.
    """

    dimension_key: str
    item_keys: tuple[str, ...]
    n_items_answered: int
    n_respondents: int
    n_answered: int
    n_unknown: int
    distribution: tuple[int, ...]
    mean: float | None
    spread: float | None
    disagreement: float | None


@dataclass(frozen=True)
class RoleCell:
    """One role's result on one item, or the fact that it is withheld.

    A suppressed cell carries no numbers at all. ``reason`` is "too_few" (fewer than ``min_group`` answers)
    or "complement" (showing it would let the team subtract its way to a smaller group); the page shows one
    neutral sentence for both.
    """

    role: str
    item_key: str
    suppressed: bool
    n_answered: int | None = None
    mean: float | None = None
    reason: Literal["too_few", "complement"] | None = None


@dataclass(frozen=True)
class Link:
    """An editor's link: ``kind``/``key`` (an intervention, training, resource or partner type) helps with
    ``item_key`` and is recommended while the item's mean is strictly below ``below`` (a level)."""

    item_key: str
    kind: str
    key: str
    below: float


@dataclass(frozen=True)
class Reason:
    """Why a recommendation is made: this item's mean lies ``gap`` below the link's threshold."""

    item_key: str
    mean: float
    threshold: float
    n_answered: int
    gap: float


@dataclass(frozen=True)
class Recommendation:
    """A ranked suggestion with the weak items it helps, weakest first, so the page can say why."""

    kind: str
    key: str
    reasons: tuple[Reason, ...]

    @property
    def item_keys(self) -> tuple[str, ...]:
        return tuple(reason.item_key for reason in self.reasons)

    @property
    def total_gap(self) -> float:
        """How far, in levels, the items lie below their thresholds together (for display)."""
        return sum(reason.gap for reason in self.reasons)


ChangeStatus = Literal["compared", "changed", "new", "removed", "insufficient"]


@dataclass(frozen=True)
class ItemChange:
    """One item between two rounds.

    ``status``: "compared" (``delta`` = current − previous, positive is progress); "changed" (the item's
    definition or scale changed between scan versions: "gewijzigd sinds je vorige scan", no delta); "new"
    or "removed" (only in one round); "insufficient" (too few answers in one of the rounds).
    """

    item_key: str
    status: ChangeStatus
    previous_mean: float | None
    current_mean: float | None
    delta: float | None


@dataclass(frozen=True)
class DimensionChange:
    """A dimension between two rounds, over only the items compared in both (same definition, enough
    answers), so a rewritten or added item cannot pass for progress."""

    dimension_key: str
    previous_mean: float | None
    current_mean: float | None
    delta: float | None
    n_items_compared: int
    n_items_not_compared: int


@dataclass(frozen=True)
class ScanChange:
    items: dict[str, ItemChange]
    dimensions: dict[str, DimensionChange]


# --- helpers ---------------------------------------------------------------------------------------------


def max_sd(scale: int) -> float:
    """The largest population standard deviation possible on a ``1..scale`` scale: half at each end."""
    return (scale - 1) / 2


MeanBand = Literal["low", "middle", "high"]
AgreementBand = Literal["agree", "differ", "split"]


def mean_band(mean: float, scale: int) -> MeanBand:
    """The third of the ``1..scale`` axis a mean lies in: "low" (the knelpunt plays), "middle" or "high" (in hand).

    On four points: under 2 is low, from 3 high; on five points: under 2⅓ low, from 3⅔ high.
    """
    _check_scale(scale)
    # Compared with thirds of (scale - 1) exactly: a mean is a fraction of the answers, back from its float.
    position = 3 * (Fraction(mean).limit_denominator(10_000) - 1)
    if position < scale - 1:
        return "low"
    if position < 2 * (scale - 1):
        return "middle"
    return "high"


def agreement_band(disagreement: float) -> AgreementBand:
    """Disagreement (0..1) in three steps: "agree" (under 0.34), "differ" (under 0.67), "split"."""
    if disagreement < 0.34:
        return "agree"
    if disagreement < 0.67:
        return "differ"
    return "split"


def _check_scale(scale: int) -> None:
    if isinstance(scale, bool) or not isinstance(scale, int) or scale < 2:
        raise ValueError(f"A scale needs at least two levels, got {scale!r}.")


def _check_limit(limit: int | None) -> None:
    if limit is not None and limit < 0:
        raise ValueError(f"limit must be zero or more, got {limit!r}.")


def _exact(distribution: Sequence[int]) -> tuple[int, Fraction | None, Fraction | None]:
    """(n, exact mean, exact population variance) of a level distribution."""
    n = sum(distribution)
    if not n:
        return 0, None, None
    total = sum(level * count for level, count in enumerate(distribution, start=1))
    squares = sum(level * level * count for level, count in enumerate(distribution, start=1))
    mean = Fraction(total, n)
    return n, mean, Fraction(squares, n) - mean * mean


def _exact_mean(stats: ItemStats) -> Fraction | None:
    return _exact(stats.distribution)[1]


def _exact_disagreement_squared(stats: ItemStats) -> Fraction | None:
    """Disagreement squared, exactly: orders items as disagreement does, without float noise."""
    _, _, variance = _exact(stats.distribution)
    if variance is None:
        return None
    half_range = Fraction(stats.scale - 1, 2)
    return variance / (half_range * half_range)


def _stats_from_distribution(
    *, item_key: str, scale: int, distribution: tuple[int, ...], n_unknown: int, respondent_keys: frozenset[str]
) -> ItemStats:
    n, mean, variance = _exact(distribution)
    if not n:
        return ItemStats(item_key, scale, 0, n_unknown, distribution, None, None, None, None, respondent_keys)
    sd = math.sqrt(variance)
    levels = [level for level, count in enumerate(distribution, start=1) for _ in range(count)]
    return ItemStats(
        item_key=item_key,
        scale=scale,
        n_answered=n,
        n_unknown=n_unknown,
        distribution=distribution,
        mean=float(mean),
        sd=sd,
        median=float(statistics.median(levels)),
        disagreement=min(1.0, sd / max_sd(scale)),
        respondent_keys=respondent_keys,
    )


def _collect(answers: Iterable[tuple[str, str, int | None]], *, scale: int | None) -> dict[tuple[str, str], int | None]:
    """Answers keyed by (respondent, item), checked: one per pair, every level on the scale (1 or more)."""
    seen: dict[tuple[str, str], int | None] = {}
    for respondent_key, item_key, value in answers:
        if value is not None and (
            isinstance(value, bool) or not isinstance(value, int) or value < 1 or (scale is not None and value > scale)
        ):
            raise ValueError(f"Answer {value!r} to item {item_key!r} is not a level on the scale (1..{scale or 'N'}).")
        pair = (respondent_key, item_key)
        if pair in seen:
            raise ValueError(f"Respondent {respondent_key!r} answered item {item_key!r} more than once.")
        seen[pair] = value
    return seen


def _usable(stats: ItemStats | None, min_answers: int) -> bool:
    return stats is not None and stats.n_answered > 0 and stats.n_answered >= min_answers


def _take(ranked: list, limit: int | None) -> list:
    return ranked if limit is None else ranked[:limit]


# --- the functions ---------------------------------------------------------------------------------------


def item_stats(
    *,
    answers: Iterable[tuple[str, str, int | None]],
    scale: int,
    item_keys: Sequence[str] | None = None,
) -> dict[str, ItemStats]:
    """Per item: answers, "weet ik niet", mean, spread, distribution and disagreement.

    With ``item_keys`` (the scan's items, in scan order) every item appears, answered or not, and answers
    to other items are ignored; without it, the items answered appear in key order. The result does not
    depend on the order of ``answers``.
    """
    _check_scale(scale)
    collected = _collect(answers, scale=scale)
    keys = list(dict.fromkeys(item_keys)) if item_keys is not None else sorted({item for _, item in collected})
    wanted = set(keys)
    counts = {key: [0] * scale for key in keys}
    unknown = dict.fromkeys(keys, 0)
    people: dict[str, set[str]] = {key: set() for key in keys}
    for (respondent_key, item_key), value in collected.items():
        if item_key not in wanted:
            continue
        people[item_key].add(respondent_key)
        if value is None:
            unknown[item_key] += 1
        else:
            counts[item_key][value - 1] += 1
    return {
        key: _stats_from_distribution(
            item_key=key,
            scale=scale,
            distribution=tuple(counts[key]),
            n_unknown=unknown[key],
            respondent_keys=frozenset(people[key]),
        )
        for key in keys
    }


def dimension_stats(
    *,
    items_by_dimension: Mapping[str, Sequence[str]],
    item_stats: Mapping[str, ItemStats],
) -> dict[str, DimensionStats]:
    """Per dimension (bewustwording, bereidheid, bekwaamheid): the answer-weighted mean, people, spread.

    Items named in ``items_by_dimension`` but missing from ``item_stats`` count as unanswered. Dimensions
    come out in the order given.
    """
    result = {}
    for dimension_key, keys in items_by_dimension.items():
        keys = tuple(dict.fromkeys(keys))
        present = [item_stats[key] for key in keys if key in item_stats]
        scales = {stats.scale for stats in present}
        if len(scales) > 1:
            raise ValueError(f"Dimension {dimension_key!r} mixes scales {sorted(scales)}; it has no single mean.")
        scale = scales.pop() if scales else None
        answered = [stats for stats in present if stats.n_answered]
        n_answered = sum(stats.n_answered for stats in answered)
        people = frozenset().union(*(stats.respondent_keys for stats in present))
        if scale is None:
            distribution: tuple[int, ...] = ()
        else:
            distribution = tuple(sum(column) for column in zip(*(s.distribution for s in present), strict=True))
        mean = spread = disagreement = None
        if n_answered:
            mean = float(_exact(distribution)[1])
            spread = sum(stats.sd * stats.n_answered for stats in answered) / n_answered
            disagreement = min(1.0, spread / max_sd(scale))
        result[dimension_key] = DimensionStats(
            dimension_key=dimension_key,
            item_keys=keys,
            n_items_answered=len(answered),
            n_respondents=len(people),
            n_answered=n_answered,
            n_unknown=sum(stats.n_unknown for stats in present),
            distribution=distribution,
            mean=mean,
            spread=spread,
            disagreement=disagreement,
        )
    return result


def conversation_starters(
    *,
    item_stats: Mapping[str, ItemStats],
    limit: int | None = 3,
    min_answers: int = 3,
    min_disagreement: float = 0.0,
) -> list[ItemStats]:
    """The items where colleagues see it most differently: the team's conversation starters.

    Only items with at least ``min_answers`` levels given, and disagreement strictly above
    ``min_disagreement`` (so an item everyone answered the same is never a starter). Most disagreement
    first; ties go to the item more colleagues answered, then to the item key.
    """
    _check_limit(limit)
    candidates = [
        stats for stats in item_stats.values() if _usable(stats, min_answers) and stats.disagreement > min_disagreement
    ]
    candidates.sort(key=lambda s: (-_exact_disagreement_squared(s), -s.n_answered, s.item_key))
    return _take(candidates, limit)


def top_knelpunten(
    *,
    item_stats: Mapping[str, ItemStats],
    limit: int | None = 5,
    min_answers: int = 1,
    below: float | None = None,
) -> list[ItemStats]:
    """The team's weakest items: lowest mean first.

    Ties go to the item the team agrees on more (a shared low is a firmer knelpunt than a split one), then
    to the item more colleagues answered, then to the item key. Items with fewer than ``min_answers``
    levels given are left out; with ``below``, so are items whose mean is not under that level.
    """
    _check_limit(limit)
    candidates = [stats for stats in item_stats.values() if _usable(stats, min_answers)]
    if below is not None:
        candidates = [stats for stats in candidates if _exact_mean(stats) < Fraction(below)]
    candidates.sort(
        key=lambda s: (_exact_mean(s), _exact_disagreement_squared(s), -s.n_answered, s.item_key),
    )
    return _take(candidates, limit)


def recommend(
    *,
    item_stats: Mapping[str, ItemStats],
    links: Iterable[Link],
    limit: int | None = 5,
    min_answers: int = 1,
) -> list[Recommendation]:
    """Interventions, trainings, resources and partner types for the team's weak items, ranked, with reasons.

    A link counts when its item has at least ``min_answers`` levels given and a mean strictly below the
    link's threshold. Ranking: more weak items helped first; then the larger total gap (how far below
    the thresholds the items are); then kind and key, so equal suggestions always come in the same order.
    Links to unknown items are ignored; a repeated link keeps its highest threshold.
    """
    _check_limit(limit)
    thresholds: dict[tuple[str, str], dict[str, Fraction]] = {}
    for link in links:
        stats = item_stats.get(link.item_key)
        if not _usable(stats, min_answers):
            continue
        target = thresholds.setdefault((link.kind, link.key), {})
        threshold = Fraction(link.below)
        target[link.item_key] = max(threshold, target.get(link.item_key, threshold))

    ranked = []
    for (kind, key), by_item in thresholds.items():
        reasons = []
        total_gap = Fraction(0)
        for item_key, threshold in by_item.items():
            stats = item_stats[item_key]
            mean = _exact_mean(stats)
            if mean < threshold:
                gap = threshold - mean
                total_gap += gap
                reasons.append(
                    (
                        -gap,
                        mean,
                        item_key,
                        Reason(item_key, float(mean), float(threshold), stats.n_answered, float(gap)),
                    )
                )
        if reasons:
            reasons.sort(key=lambda entry: entry[:3])
            recommendation = Recommendation(kind=kind, key=key, reasons=tuple(entry[3] for entry in reasons))
            ranked.append(((-len(reasons), -total_gap, kind, key), recommendation))
    ranked.sort(key=lambda entry: entry[0])
    return _take([recommendation for _, recommendation in ranked], limit)


def role_comparison(
    *,
    answers: Iterable[tuple[str, str, int | None]],
    roles_by_respondent: Mapping[str, str | None],
    min_group: int = MIN_GROUP,
    scale: int | None = None,
) -> dict[str, dict[str, RoleCell]]:
    """Per item, per role (docent, mentor, ondersteuning, leiding): the mean, only where it is safe to show.

    The team's own mean per item is shown anyway, so per item a role's cell is shown only when (the rule is
    ``scan.anonymity.role_groups``; this function applies it)

    1. at least ``min_group`` colleagues of that role gave a level on the item ("too_few" otherwise), and
    2. the colleagues *not* in a shown role (smaller roles plus those who gave no role) are either nobody
       or at least ``min_group``: otherwise the team mean minus the shown roles would reveal them. When
       that remainder is too small, the smallest shown role is withheld as well ("complement"); one is
       always enough, because it adds at least ``min_group`` to the remainder.

    Respondents without a role are never a group of their own. Suppressed cells carry no numbers, and no
    "weet ik niet" counts are given per role. Roles come out sorted, for every item answered. With
    ``scale``, levels above it are refused as in ``item_stats``.
    """
    if scale is not None:
        _check_scale(scale)
    if min_group < 1:
        raise ValueError(f"min_group must be at least 1, got {min_group!r}.")
    collected = _collect(answers, scale=scale)
    roles = sorted({role for role in roles_by_respondent.values() if role})
    levels: dict[str, dict[str | None, list[int]]] = {}
    for (respondent_key, item_key), value in collected.items():
        by_role = levels.setdefault(item_key, {})
        if value is not None:
            by_role.setdefault(roles_by_respondent.get(respondent_key) or None, []).append(value)

    result: dict[str, dict[str, RoleCell]] = {}
    for item_key in sorted(levels):
        by_role = levels[item_key]
        groups = anonymity.role_groups(
            {role: len(values) for role, values in by_role.items()}, roles=roles, min_group=min_group
        )
        cells = {}
        for role in roles:
            if role in groups.shown:
                values = by_role[role]
                cells[role] = RoleCell(role, item_key, False, len(values), float(Fraction(sum(values), len(values))))
            else:
                cells[role] = RoleCell(role, item_key, True, reason=groups.reason(role))
        result[item_key] = cells
    return result


def change_since(
    *,
    previous: Mapping[str, ItemStats],
    current: Mapping[str, ItemStats],
    items_by_dimension: Mapping[str, Sequence[str]] | None = None,
    previous_versions: Mapping[str, str] | None = None,
    current_versions: Mapping[str, str] | None = None,
    min_answers: int = 1,
) -> ScanChange:
    """What changed since the team's previous round, per item and per dimension.

    With version keys (one per item definition, from the scan version), an item whose key differs, or is
    missing on one side, is "changed": shown as "gewijzigd sinds je vorige scan", never given a delta. A
    changed scale counts as a changed definition too. Dimensions (current grouping) compare only the items
    compared in both rounds.
    """
    versioned = previous_versions is not None or current_versions is not None
    previous_versions = previous_versions or {}
    current_versions = current_versions or {}
    keys = list(current) + sorted(key for key in previous if key not in current)
    items: dict[str, ItemChange] = {}
    for key in keys:
        before, after = previous.get(key), current.get(key)
        before_mean = before.mean if before is not None else None
        after_mean = after.mean if after is not None else None
        if before is None:
            status: ChangeStatus = "new"
        elif after is None:
            status = "removed"
        elif before.scale != after.scale or (
            versioned
            and (
                key not in previous_versions
                or key not in current_versions
                or previous_versions[key] != current_versions[key]
            )
        ):
            status = "changed"
        elif not (_usable(before, min_answers) and _usable(after, min_answers)):
            status = "insufficient"
        else:
            status = "compared"
        delta = float(_exact_mean(after) - _exact_mean(before)) if status == "compared" else None
        items[key] = ItemChange(key, status, before_mean, after_mean, delta)

    dimensions: dict[str, DimensionChange] = {}
    for dimension_key, dimension_items in (items_by_dimension or {}).items():
        dimension_items = tuple(dict.fromkeys(dimension_items))
        compared = [key for key in dimension_items if key in items and items[key].status == "compared"]
        before_mean = after_mean = delta = None
        if compared:
            before_exact = _pooled_mean([previous[key] for key in compared])
            after_exact = _pooled_mean([current[key] for key in compared])
            before_mean, after_mean = float(before_exact), float(after_exact)
            delta = float(after_exact - before_exact)
        dimensions[dimension_key] = DimensionChange(
            dimension_key=dimension_key,
            previous_mean=before_mean,
            current_mean=after_mean,
            delta=delta,
            n_items_compared=len(compared),
            n_items_not_compared=len(dimension_items) - len(compared),
        )
    return ScanChange(items=items, dimensions=dimensions)


def _pooled_mean(stats: Collection[ItemStats]) -> Fraction:
    total = sum(_exact_mean(s) * s.n_answered for s in stats)
    return Fraction(total) / sum(s.n_answered for s in stats)
