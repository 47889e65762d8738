"""Every anonymity rule of the self-scan, in one place. Standard library only: no Django, no database.

The results, the scoring, the selectors, the services and the views all ask this module, so a threshold is
changed (and tested, in ``tests/scan/test_anonymity.py``) here and nowhere else. The reasoning is in
docs/decisions/0006-scan-scoring-and-anonymity.md (role groups) and 0007 (team results, thin items, results
waiting for the close, reopening, the previous round).

- **Team results** appear from ``MIN_TEAM`` (3) respondents, and only once the round is closed: with two, each
  could subtract the other; while a round is open, comparing the page before and after one colleague answered
  would show that colleague's answers (``results_visible``).
- **Thin items**: an item fewer than ``MIN_ITEM_ANSWERS`` (3) colleagues gave a level on is left out of every
  number and marked "te weinig antwoorden" (``item_floor``, ``item_is_thin``, ``thin_items``). The quick
  individual scan is one person seeing their own answers: there the floor is 1, so no item is thin. How many
  colleagues answered a thin item (gave a level, said "weet ik niet") is still said: counts of the whole team,
  never of a role, and no level (decision 0006, "Hidden is not zero").
- **Distributions**: how many colleagues chose each level of an item is shown only from ``MIN_DISTRIBUTION`` (5)
  levels given on it; below that, the mean and the spread in words (``distribution_visible``). In a team of
  three, "1× niveau 1, 1× niveau 2, 1× niveau 4" lets colleagues guess each other's answers.
- **Role groups**: a role's mean on an item is shown only for at least ``MIN_GROUP`` (5) colleagues of that role,
  and only when the colleagues outside the shown roles are nobody or at least ``MIN_GROUP`` too; otherwise the
  smallest shown role is withheld as well (``role_groups``). A role is named only where at least one of its
  cells is shown (``named_roles``).
- **The previous round** a change is measured from is the newest earlier closed round with at least
  ``MIN_TEAM`` respondents: a smaller one never showed results, so its means would reveal answers
  (``may_compare_with``, ``comparable_previous_round``).
- **Reopening**: a closed round may open again only while it has fewer than ``MIN_TEAM`` respondents, i.e. never
  showed results (``may_reopen``).

A *respondent* here is a colleague who gave at least one answer ("weet ik niet" included).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Generic, NamedTuple, TypeVar

__all__ = [
    "MIN_TEAM",
    "MIN_ITEM_ANSWERS",
    "MIN_GROUP",
    "INDIVIDUAL_ITEM_ANSWERS",
    "MIN_DISTRIBUTION",
    "RoleGroups",
    "EarlierRound",
    "results_visible",
    "item_floor",
    "item_is_thin",
    "thin_items",
    "distribution_visible",
    "role_groups",
    "named_roles",
    "may_compare_with",
    "comparable_previous_round",
    "may_reopen",
]

MIN_TEAM = 3
"""Team results are shown from three respondents: with two, each could subtract the other."""

MIN_ITEM_ANSWERS = MIN_TEAM
"""An item's numbers are shown from three colleagues who gave a level on it (the team's own threshold)."""

MIN_GROUP = 5
"""The smallest group of respondents whose numbers may be shown apart from the whole team (a role)."""

INDIVIDUAL_ITEM_ANSWERS = 1
"""The quick individual scan: one person sees their own answers, so any answered item counts."""

MIN_DISTRIBUTION = 5
"""An item's counts per level (and its spread as a number) are shown from five levels given on it, the same
group size as a role's; below that, only the mean and the spread in words."""

K = TypeVar("K")


def results_visible(*, n_respondents: int, waiting: bool, individual: bool = False, min_team: int = MIN_TEAM) -> bool:
    """Whether the team's results may be shown: the round is closed and ``min_team`` colleagues answered.

    The individual scan is always shown (one person, their own answers, nothing stored).
    """
    if individual:
        return True
    return not waiting and n_respondents >= min_team


def item_floor(*, individual: bool, min_answers: int = MIN_ITEM_ANSWERS) -> int:
    """How many levels an item needs before its numbers count: ``min_answers`` for a team, 1 for one person."""
    return INDIVIDUAL_ITEM_ANSWERS if individual else min_answers


def item_is_thin(n_answered: int, *, floor: int = MIN_ITEM_ANSWERS) -> bool:
    """Whether an item someone gave a level on has too few levels to show: ``0 < n_answered < floor``.

    An item nobody gave a level on is not thin: it has no numbers to withhold.
    """
    return 0 < n_answered < floor


def thin_items(n_answered_by_item: Mapping[str, int], *, floor: int = MIN_ITEM_ANSWERS) -> set[str]:
    """The items (by key) whose numbers are withheld, from the number of levels given on each."""
    return {key for key, n_answered in n_answered_by_item.items() if item_is_thin(n_answered, floor=floor)}


def distribution_visible(n_answered: int, *, min_answers: int = MIN_DISTRIBUTION) -> bool:
    """Whether an item's counts per level (and its spread as a number) may be shown: ``min_answers`` levels given.

    With fewer, the counts next to the mean and the number of answers would let colleagues work out who chose
    what ("1× niveau 1, 1× niveau 2, 1× niveau 4" in a team of three); the page gives the spread in words.
    """
    return n_answered >= min_answers


@dataclass(frozen=True)
class RoleGroups:
    """Which roles' cells on one item are shown, and why the others are not.

    ``too_few``: fewer than ``min_group`` levels of that role. ``complement``: the role had enough, but showing it
    would let the team mean minus the shown roles reveal a smaller remainder.
    """

    shown: frozenset[str]
    too_few: frozenset[str]
    complement: frozenset[str]

    def reason(self, role: str) -> str | None:
        """None for a shown role, else "complement" or "too_few" (for tests and logs; the page says neither)."""
        if role in self.shown:
            return None
        return "complement" if role in self.complement else "too_few"


def role_groups(
    levels_by_role: Mapping[str | None, int], *, roles: Iterable[str] | None = None, min_group: int = MIN_GROUP
) -> RoleGroups:
    """The minimum group with complementary suppression, for one item.

    ``levels_by_role``: how many colleagues of each role gave a level on the item (None or "" for those who gave
    no role; "weet ik niet" is not a level). ``roles``: every role to decide on (default: the named roles in
    ``levels_by_role``); a role absent from the counts has none and is "too_few".

    A role is shown when at least ``min_group`` colleagues of it gave a level, and the colleagues *not* in a shown
    role (smaller roles and those without a role) are nobody or at least ``min_group``; when that remainder is too
    small, the smallest shown role (ties by name) is withheld too. One is always enough: it adds at least
    ``min_group`` to the remainder. Respondents without a role are never a group of their own.
    """
    if min_group < 1:
        raise ValueError(f"min_group must be at least 1, got {min_group!r}.")
    counts = {role: n for role, n in levels_by_role.items() if role}
    candidates = set(counts) if roles is None else {role for role in roles if role}
    total = sum(levels_by_role.values())
    shown = {role for role in candidates if counts.get(role, 0) >= min_group}
    remainder = total - sum(counts[role] for role in shown)
    complement: set[str] = set()
    if 0 < remainder < min_group and shown:
        smallest = min(shown, key=lambda role: (counts[role], role))
        complement.add(smallest)
        shown.discard(smallest)
    return RoleGroups(
        shown=frozenset(shown), too_few=frozenset(candidates - shown - complement), complement=frozenset(complement)
    )


def named_roles(cells: Iterable[tuple[str | None, bool]]) -> list[str]:
    """The roles a page may name, sorted: those with at least one shown cell, from ``(role, shown)`` pairs.

    A column of withheld cells would still tell the team that, say, its one director took part.
    """
    return sorted({role for role, shown in cells if role and shown})


def may_compare_with(*, n_respondents: int, closed: bool, min_team: int = MIN_TEAM) -> bool:
    """Whether an earlier round may be the starting point of a change: it is closed and showed results."""
    return closed and n_respondents >= min_team


class EarlierRound(NamedTuple, Generic[K]):
    """What the rule needs to know of an earlier round of the same scan at the same school."""

    key: K
    n_respondents: int
    closed: bool


def comparable_previous_round(
    earlier: Iterable[EarlierRound[K]], *, min_team: int = MIN_TEAM
) -> EarlierRound[K] | None:
    """The round to compare with: the first of ``earlier`` (newest first) that ``may_compare_with`` allows.

    Smaller or still open rounds in between are skipped, not a reason to compare with nothing.
    """
    return next(
        (
            round_
            for round_ in earlier
            if may_compare_with(n_respondents=round_.n_respondents, closed=round_.closed, min_team=min_team)
        ),
        None,
    )


def may_reopen(*, n_respondents: int, min_team: int = MIN_TEAM) -> bool:
    """Whether a closed round may open again: only while it never had results to show.

    Results before and after one late colleague would show that colleague's answers; the team opens a new round.
    """
    return n_respondents < min_team
