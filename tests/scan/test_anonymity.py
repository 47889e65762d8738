"""The self-scan's anonymity rules (scan/anonymity.py): plain data, no database, each threshold at its edge."""

import ast
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scan import anonymity
from scan.anonymity import (
    MIN_GROUP,
    MIN_ITEM_ANSWERS,
    MIN_TEAM,
    EarlierRound,
    comparable_previous_round,
    item_floor,
    item_is_thin,
    may_compare_with,
    may_reopen,
    named_roles,
    results_visible,
    role_groups,
    thin_items,
)


def test_the_thresholds_are_those_of_decisions_0006_and_0007():
    assert (MIN_TEAM, MIN_ITEM_ANSWERS, MIN_GROUP) == (3, 3, 5)


def test_the_module_uses_the_standard_library_only():
    tree = ast.parse(Path(anonymity.__file__).read_text())
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    imported |= {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.level == 0}
    top = {name.split(".")[0] for name in imported}
    assert top <= set(sys.stdlib_module_names) | {"__future__"}, top


# --- team results ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("n", "shown"), [(0, False), (1, False), (2, False), (3, True), (4, True), (40, True)])
def test_team_results_appear_from_three_respondents_once_closed(n, shown):
    assert results_visible(n_respondents=n, waiting=False) is shown
    assert results_visible(n_respondents=n, waiting=True) is False


def test_the_individual_scan_is_always_shown():
    assert results_visible(n_respondents=1, waiting=False, individual=True)
    assert results_visible(n_respondents=0, waiting=True, individual=True)


def test_another_team_minimum_can_be_passed():
    assert not results_visible(n_respondents=4, waiting=False, min_team=5)
    assert results_visible(n_respondents=5, waiting=False, min_team=5)


# --- thin items --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("n", "thin"), [(0, False), (1, True), (2, True), (3, False), (10, False)])
def test_an_item_with_one_or_two_levels_is_thin_but_an_unanswered_one_is_not(n, thin):
    assert item_is_thin(n) is thin
    assert item_is_thin(n, floor=item_floor(individual=False)) is thin


def test_in_the_individual_scan_no_item_is_thin():
    floor = item_floor(individual=True)
    assert floor == 1
    assert not any(item_is_thin(n, floor=floor) for n in range(5))


def test_the_team_floor_follows_the_minimum_passed():
    assert item_floor(individual=False) == MIN_ITEM_ANSWERS
    assert item_floor(individual=False, min_answers=4) == 4
    assert item_floor(individual=True, min_answers=4) == 1


def test_thin_items_picks_them_by_key():
    assert thin_items({"a": 0, "b": 1, "c": 2, "d": 3}) == {"b", "c"}
    assert thin_items({"a": 0, "b": 1, "c": 2, "d": 3}, floor=1) == set()
    assert thin_items({}) == set()


# --- role groups -------------------------------------------------------------------------------------------


def test_a_role_needs_five_levels():
    groups = role_groups({"docent": 5, "mentor": 5})
    assert groups.shown == {"docent", "mentor"} and not groups.too_few and not groups.complement
    groups = role_groups({"docent": 5, "mentor": 4, "leiding": 1})
    assert groups.shown == {"docent"} and groups.too_few == {"mentor", "leiding"}  # the five others together: fine
    groups = role_groups({"docent": 4, "mentor": 4})
    assert groups.shown == set() and groups.too_few == {"docent", "mentor"}


def test_the_remainder_must_be_nobody_or_at_least_five():
    # docent 8 and leiding 2: showing the docenten would reveal the two leidinggevenden
    groups = role_groups({"docent": 8, "leiding": 2})
    assert groups.shown == set() and groups.complement == {"docent"} and groups.too_few == {"leiding"}
    assert groups.reason("docent") == "complement" and groups.reason("leiding") == "too_few"
    # nobody outside the shown roles: fine
    assert role_groups({"docent": 8}).shown == {"docent"}
    # exactly five outside: fine
    assert role_groups({"docent": 8, "leiding": 2, None: 3}).shown == {"docent"}
    # four outside (no role counts, but is never a group of its own)
    groups = role_groups({"docent": 8, None: 4})
    assert groups.shown == set() and groups.complement == {"docent"}


def test_only_the_smallest_shown_role_is_withheld_ties_by_name():
    groups = role_groups({"docent": 9, "mentor": 6, "leiding": 1})
    assert groups.shown == {"docent"} and groups.complement == {"mentor"} and groups.too_few == {"leiding"}
    groups = role_groups({"mentor": 6, "docent": 6, "leiding": 1})
    assert groups.shown == {"mentor"} and groups.complement == {"docent"}
    assert groups.reason("mentor") is None


def test_roles_absent_on_an_item_are_too_few_and_no_role_is_never_shown():
    groups = role_groups({None: 7, "docent": 5}, roles=["docent", "mentor"])
    assert groups.shown == {"docent"} and groups.too_few == {"mentor"}
    assert role_groups({None: 7, "": 3}).shown == set()


def test_the_minimum_group_can_be_passed_but_not_below_one():
    assert role_groups({"docent": 3}, min_group=3).shown == {"docent"}
    with pytest.raises(ValueError, match="min_group"):
        role_groups({}, min_group=0)


@given(
    st.dictionaries(
        st.sampled_from([None, "docent", "mentor", "ondersteuning", "leiding"]), st.integers(0, 12), max_size=5
    ),
    st.integers(1, 6),
)
def test_what_is_shown_never_reveals_a_group_under_the_minimum(counts, min_group):
    groups = role_groups(counts, min_group=min_group)
    assert all(counts[role] >= min_group for role in groups.shown)
    remainder = sum(counts.values()) - sum(counts[role] for role in groups.shown)
    assert remainder == 0 or remainder >= min_group or not groups.shown
    assert groups.shown.isdisjoint(groups.too_few | groups.complement) and len(groups.complement) <= 1


def test_a_role_is_named_only_where_one_of_its_cells_is_shown():
    cells = [("docent", True), ("leiding", False), ("docent", False), ("mentor", False), ("mentor", True), (None, True)]
    assert named_roles(cells) == ["docent", "mentor"]
    assert named_roles([]) == []


# --- the previous round and reopening ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "closed", "allowed"), [(2, True, False), (3, True, True), (3, False, False), (10, False, False)]
)
def test_a_previous_round_is_compared_only_when_closed_with_results(n, closed, allowed):
    assert may_compare_with(n_respondents=n, closed=closed) is allowed


def test_the_newest_comparable_earlier_round_is_chosen():
    earlier = [
        EarlierRound("open", 9, False),
        EarlierRound("small", 2, True),
        EarlierRound("good", 3, True),
        EarlierRound("older", 20, True),
    ]
    assert comparable_previous_round(earlier).key == "good"
    assert comparable_previous_round(iter(earlier)).key == "good"  # any iterable, read lazily
    assert comparable_previous_round(earlier[:2]) is None
    assert comparable_previous_round([]) is None
    assert comparable_previous_round(earlier, min_team=4).key == "older"


@pytest.mark.parametrize(("n", "allowed"), [(0, True), (1, True), (2, True), (3, False), (12, False)])
def test_a_round_reopens_only_while_it_never_had_results(n, allowed):
    assert may_reopen(n_respondents=n) is allowed
    # the two rules meet: a round that may reopen never showed results, one that showed them may not
    assert may_reopen(n_respondents=n) is not results_visible(n_respondents=n, waiting=False)
