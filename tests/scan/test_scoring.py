"""Self-scan scoring and ranking: pure functions over plain data, no database."""

import random
import statistics

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scan.scoring import (
    Answer,
    Link,
    agreement_band,
    change_since,
    conversation_starters,
    dimension_stats,
    item_stats,
    max_sd,
    mean_band,
    recommend,
    role_comparison,
    top_knelpunten,
)

# The 'Weerbare school' scan from seed 004, as keys: three dimensions and their knelpunten.
DIMENSIONS = {
    "bewustwording": ["zicht-op-criminaliteit", "thema-leeft"],
    "bereidheid": ["bespreekbaar", "verantwoordelijkheden"],
    "bekwaamheid": ["handelen-bij-signalen", "interculturele-sensitiviteit", "ketensamenwerking"],
}
ITEMS = [item for items in DIMENSIONS.values() for item in items]

# What each of the three trainings solves (seed 004), plus two interventions, as editors would link them.
LINKS = [
    Link("zicht-op-criminaliteit", "training", "basistraining", below=3),
    Link("thema-leeft", "training", "basistraining", below=3),
    Link("bespreekbaar", "training", "basistraining", below=3),
    Link("verantwoordelijkheden", "training", "vervoltraining", below=3),
    Link("handelen-bij-signalen", "training", "vervoltraining", below=3),
    Link("ketensamenwerking", "training", "vervoltraining", below=3),
    Link("ketensamenwerking", "training", "regie-op-schoolveiligheid", below=2.5),
    Link("ketensamenwerking", "intervention", "netwerkkaart", below=3),
    Link("interculturele-sensitiviteit", "intervention", "training-culturele-inclusie", below=3),
    Link("ketensamenwerking", "partner_type", "jongerenwerk", below=3.5),
]


def answers_for(levels_by_item):
    """Answers from {item: [level or None per respondent]}; respondent i is 'r{i}' on every item."""
    return [Answer(f"r{i}", item, level) for item, levels in levels_by_item.items() for i, level in enumerate(levels)]


def stats_for(levels_by_item, scale=4):
    return item_stats(answers=answers_for(levels_by_item), scale=scale)


# --- item_stats ------------------------------------------------------------------------------------------


def test_item_stats_counts_weet_ik_niet_apart_from_the_mean():
    stats = stats_for({"bespreekbaar": [1, 2, 2, 4, None, None]})["bespreekbaar"]
    assert stats.n_answered == 4
    assert stats.n_unknown == 2
    assert stats.n_respondents == 6
    assert stats.unknown_share == pytest.approx(1 / 3)
    assert stats.distribution == (1, 2, 0, 1)
    assert stats.counts_by_level == {1: 1, 2: 2, 3: 0, 4: 1}
    assert stats.mean == 2.25
    assert stats.median == 2
    assert stats.sd == pytest.approx(statistics.pstdev([1, 2, 2, 4]))
    assert stats.disagreement == pytest.approx(statistics.pstdev([1, 2, 2, 4]) / 1.5)


def test_plain_tuples_are_answers_too():
    assert item_stats(answers=[("r1", "a", 3), ("r2", "a", None)], scale=4)["a"].mean == 3


def test_item_stats_of_nothing_is_nothing():
    assert item_stats(answers=[], scale=4) == {}


def test_item_stats_lists_every_scan_item_in_scan_order_and_ignores_unknown_items():
    stats = item_stats(answers=[("r1", "thema-leeft", 2), ("r1", "not-in-this-scan", 1)], scale=4, item_keys=ITEMS)
    assert list(stats) == ITEMS
    assert stats["thema-leeft"].mean == 2
    unanswered = stats["bespreekbaar"]
    assert (unanswered.n_answered, unanswered.n_unknown, unanswered.mean, unanswered.sd) == (0, 0, None, None)
    assert unanswered.distribution == (0, 0, 0, 0)
    assert unanswered.unknown_share is None


def test_all_weet_ik_niet_gives_no_mean_and_no_disagreement():
    stats = stats_for({"thema-leeft": [None, None, None]})["thema-leeft"]
    assert (stats.n_answered, stats.n_unknown) == (0, 3)
    assert stats.mean is stats.sd is stats.median is stats.disagreement is None
    assert stats.unknown_share == 1


def test_a_single_respondent_has_no_spread():
    stats = stats_for({"thema-leeft": [3]})["thema-leeft"]
    assert (stats.mean, stats.sd, stats.disagreement) == (3, 0, 0)


@pytest.mark.parametrize("scale", [4, 5])
def test_disagreement_is_one_when_the_team_splits_into_two_camps_at_the_extremes(scale):
    stats = stats_for({"bespreekbaar": [1, 1, scale, scale]}, scale=scale)["bespreekbaar"]
    assert stats.sd == max_sd(scale)
    assert stats.disagreement == 1


def test_disagreement_compares_four_and_five_point_scales():
    four = stats_for({"a": [1, 4]}, scale=4)["a"]
    five = stats_for({"a": [1, 3]}, scale=5)["a"]
    assert four.disagreement == 1
    assert five.disagreement == 0.5


@pytest.mark.parametrize(
    "answers",
    [
        [("r1", "a", 0)],
        [("r1", "a", 5)],
        [("r1", "a", True)],
        [("r1", "a", 2.5)],
        [("r1", "a", "3")],
    ],
)
def test_a_level_off_the_scale_is_refused(answers):
    with pytest.raises(ValueError, match="not a level"):
        item_stats(answers=answers, scale=4)


def test_a_second_answer_to_the_same_item_is_refused_not_counted_twice():
    with pytest.raises(ValueError, match="more than once"):
        item_stats(answers=[("r1", "a", 2), ("r1", "a", 2)], scale=4)


@pytest.mark.parametrize("scale", [0, 1, True, 4.0])
def test_a_scale_needs_two_levels(scale):
    with pytest.raises(ValueError, match="scale"):
        item_stats(answers=[], scale=scale)


# --- dimension_stats -------------------------------------------------------------------------------------


def test_dimension_mean_is_weighted_by_answers_and_counts_people_once():
    stats = stats_for({"zicht-op-criminaliteit": [1, 1, 2, 2], "thema-leeft": [4, None, None, None]})
    dimension = dimension_stats(items_by_dimension=DIMENSIONS, item_stats=stats)["bewustwording"]
    assert dimension.mean == pytest.approx(statistics.fmean([1, 1, 2, 2, 4]))  # not (1.5 + 4) / 2
    assert dimension.n_answered == 5
    assert dimension.n_unknown == 3
    assert dimension.n_respondents == 4
    assert dimension.n_items_answered == 2
    assert dimension.distribution == (2, 2, 0, 1)


def test_dimension_spread_is_how_colleagues_differ_not_how_items_differ():
    stats = stats_for({"zicht-op-criminaliteit": [1, 1, 1], "thema-leeft": [4, 4, 4]})
    dimension = dimension_stats(items_by_dimension=DIMENSIONS, item_stats=stats)["bewustwording"]
    assert dimension.mean == 2.5
    assert dimension.spread == 0
    assert dimension.disagreement == 0


def test_dimension_spread_weights_item_spread_by_answers():
    stats = stats_for({"bespreekbaar": [1, 4], "verantwoordelijkheden": [2, 2, 2, 2, 2, 2]})
    dimension = dimension_stats(items_by_dimension=DIMENSIONS, item_stats=stats)["bereidheid"]
    assert dimension.spread == pytest.approx((1.5 * 2 + 0 * 6) / 8)
    assert dimension.disagreement == pytest.approx(dimension.spread / 1.5)


def test_dimensions_without_answers_or_items_are_empty_not_errors():
    stats = stats_for({"bespreekbaar": [None, None]})
    result = dimension_stats(
        items_by_dimension={**DIMENSIONS, "leeg": []},
        item_stats=stats,
    )
    assert list(result) == ["bewustwording", "bereidheid", "bekwaamheid", "leeg"]
    assert result["bewustwording"].mean is None
    assert result["bewustwording"].n_respondents == 0
    assert result["bereidheid"].mean is None
    assert result["bereidheid"].n_respondents == 2
    assert result["bereidheid"].n_unknown == 2
    assert result["leeg"].item_keys == ()
    assert dimension_stats(items_by_dimension={}, item_stats=stats) == {}


def test_a_dimension_cannot_mix_scales():
    stats = {**stats_for({"a": [1]}, scale=4), **stats_for({"b": [1]}, scale=5)}
    with pytest.raises(ValueError, match="mixes scales"):
        dimension_stats(items_by_dimension={"d": ["a", "b"]}, item_stats=stats)


# --- conversation_starters -------------------------------------------------------------------------------


def test_conversation_starters_are_the_items_colleagues_see_most_differently():
    stats = stats_for(
        {
            "bespreekbaar": [1, 4, 1, 4],  # two camps
            "thema-leeft": [2, 3, 2, 3],  # mild difference
            "handelen-bij-signalen": [3, 3, 3, 3],  # everyone agrees: never a starter
            "ketensamenwerking": [1, 4, None, None],  # split, but only two answers
        }
    )
    starters = conversation_starters(item_stats=stats, limit=5, min_answers=3)
    assert [s.item_key for s in starters] == ["bespreekbaar", "thema-leeft"]
    assert [s.item_key for s in conversation_starters(item_stats=stats, limit=5, min_answers=2)] == [
        "bespreekbaar",  # as split as ketensamenwerking, and more colleagues answered it
        "ketensamenwerking",
        "thema-leeft",
    ]
    assert [s.item_key for s in conversation_starters(item_stats=stats, limit=1, min_answers=3)] == ["bespreekbaar"]
    assert conversation_starters(item_stats=stats, min_answers=3, min_disagreement=0.5)[0].item_key == "bespreekbaar"
    assert len(conversation_starters(item_stats=stats, min_answers=3, min_disagreement=0.5)) == 1


def test_equal_disagreement_goes_to_the_item_more_colleagues_answered_then_the_key():
    stats = stats_for({"b": [1, 4, 1, 4], "a": [1, 4, None, None], "c": [1, 4, 1, 4]})
    assert [s.item_key for s in conversation_starters(item_stats=stats, min_answers=1)] == ["b", "c", "a"]


def test_no_conversation_starters_from_nothing():
    assert conversation_starters(item_stats={}) == []
    assert conversation_starters(item_stats=stats_for({"a": [None, None, None]})) == []
    assert conversation_starters(item_stats=stats_for({"a": [1, 4, 1]}), limit=0) == []
    with pytest.raises(ValueError, match="limit"):
        conversation_starters(item_stats={}, limit=-1)


# --- top_knelpunten --------------------------------------------------------------------------------------


def test_top_knelpunten_lowest_mean_first_ties_to_agreement_then_answers():
    stats = stats_for(
        {
            "bespreekbaar": [1, 3, 1, 3],  # mean 2, split
            "thema-leeft": [2, 2, 2, 2],  # mean 2, agreed: the firmer knelpunt
            "handelen-bij-signalen": [2, 2, None, None],  # mean 2, agreed, fewer answers
            "ketensamenwerking": [1, 1, 2, 2],  # mean 1.5
            "verantwoordelijkheden": [4, 4, 4, 3],
            "interculturele-sensitiviteit": [None, None, None, None],
        }
    )
    assert [s.item_key for s in top_knelpunten(item_stats=stats, limit=None)] == [
        "ketensamenwerking",
        "thema-leeft",
        "handelen-bij-signalen",
        "bespreekbaar",
        "verantwoordelijkheden",
    ]
    assert [s.item_key for s in top_knelpunten(item_stats=stats, limit=2)] == ["ketensamenwerking", "thema-leeft"]
    assert "handelen-bij-signalen" not in [s.item_key for s in top_knelpunten(item_stats=stats, min_answers=3)]
    assert [s.item_key for s in top_knelpunten(item_stats=stats, below=2, limit=None)] == ["ketensamenwerking"]


def test_top_knelpunten_of_nothing_is_nothing():
    assert top_knelpunten(item_stats={}) == []
    assert top_knelpunten(item_stats=stats_for({"a": [None]})) == []


# --- recommend -------------------------------------------------------------------------------------------


WEAK_TEAM = {
    "zicht-op-criminaliteit": [1, 2, 2, 1, None],
    "thema-leeft": [2, 2, 3, 2, 2],
    "bespreekbaar": [2, 3, 2, 3, 2],
    "verantwoordelijkheden": [3, 4, 3, 3, 4],
    "handelen-bij-signalen": [2, 3, 3, 3, 3],
    "interculturele-sensitiviteit": [3, 3, 3, 3, 3],
    "ketensamenwerking": [1, 2, 2, 3, 2],
}


def test_a_training_that_helps_several_weak_items_ranks_first_and_says_why():
    recommendations = recommend(item_stats=stats_for(WEAK_TEAM), links=LINKS, limit=None)
    assert [(r.kind, r.key) for r in recommendations] == [
        ("training", "basistraining"),  # three weak items
        ("training", "vervoltraining"),  # two weak items (verantwoordelijkheden is fine)
        ("partner_type", "jongerenwerk"),  # one item, 1.5 below its threshold of 3.5
        ("intervention", "netwerkkaart"),  # one item, 1.0 below
        ("training", "regie-op-schoolveiligheid"),  # one item, 0.5 below its threshold of 2.5
    ]
    basistraining = recommendations[0]
    assert basistraining.item_keys == ("zicht-op-criminaliteit", "thema-leeft", "bespreekbaar")
    first = basistraining.reasons[0]
    assert (first.item_key, first.mean, first.threshold, first.n_answered, first.gap) == (
        "zicht-op-criminaliteit",
        1.5,
        3,
        4,
        1.5,
    )
    assert basistraining.total_gap == pytest.approx(1.5 + 0.8 + 0.6)
    assert recommendations[1].item_keys == ("ketensamenwerking", "handelen-bij-signalen")


def test_equal_recommendations_are_ordered_by_kind_then_key():
    stats = stats_for({"ketensamenwerking": [2, 2]})
    links = [
        Link("ketensamenwerking", "training", "b", below=3),
        Link("ketensamenwerking", "partner_type", "z", below=3),
        Link("ketensamenwerking", "training", "a", below=3),
    ]
    expected = [("partner_type", "z"), ("training", "a"), ("training", "b")]
    assert [(r.kind, r.key) for r in recommend(item_stats=stats, links=links)] == expected
    assert [(r.kind, r.key) for r in recommend(item_stats=stats, links=links[::-1])] == expected


def test_a_mean_at_the_threshold_is_not_below_it():
    stats = stats_for({"interculturele-sensitiviteit": [3, 3]})
    assert recommend(item_stats=stats, links=LINKS) == []


def test_recommend_ignores_unknown_items_thin_items_and_keeps_the_highest_threshold_of_a_repeated_link():
    stats = stats_for({"bespreekbaar": [2, 2, 2], "thema-leeft": [1, None, None]})
    links = [
        Link("bespreekbaar", "intervention", "teamoverleg", below=2.5),
        Link("bespreekbaar", "intervention", "teamoverleg", below=3),
        Link("no-such-item", "intervention", "teamoverleg", below=4),
        Link("thema-leeft", "intervention", "teamoverleg", below=4),
    ]
    [only] = recommend(item_stats=stats, links=links, min_answers=2)
    assert only.item_keys == ("bespreekbaar",)
    assert only.reasons[0].threshold == 3
    assert recommend(item_stats=stats, links=links, min_answers=1)[0].item_keys == ("thema-leeft", "bespreekbaar")


def test_recommend_from_nothing_is_nothing():
    assert recommend(item_stats={}, links=LINKS) == []
    assert recommend(item_stats=stats_for(WEAK_TEAM), links=[]) == []
    assert recommend(item_stats=stats_for({"bespreekbaar": [None, None]}), links=LINKS) == []
    assert recommend(item_stats=stats_for(WEAK_TEAM), links=LINKS, limit=0) == []


# --- role_comparison -------------------------------------------------------------------------------------


def team(**sizes):
    """Respondent keys and roles for a team with so many colleagues per role (role 'none': no role given)."""
    roles = {}
    for role, size in sizes.items():
        for i in range(size):
            roles[f"{role}-{i}"] = None if role == "none" else role
    return roles


def everyone_answers(roles, item="bespreekbaar", level=lambda key: 2):
    return [Answer(key, item, level(key)) for key in roles]


def test_a_role_below_the_minimum_group_is_never_shown():
    roles = team(docent=6, mentor=5, leiding=2, none=3)
    result = role_comparison(answers=everyone_answers(roles), roles_by_respondent=roles)["bespreekbaar"]
    assert list(result) == ["docent", "leiding", "mentor"]
    assert (result["docent"].suppressed, result["docent"].n_answered, result["docent"].mean) == (False, 6, 2)
    assert result["mentor"].n_answered == 5
    leiding = result["leiding"]
    assert leiding.suppressed
    assert (leiding.n_answered, leiding.mean, leiding.reason) == (None, None, "too_few")


def test_two_roles_one_small_the_large_one_is_withheld_too_or_the_team_mean_would_reveal_the_small_one():
    roles = team(docent=8, leiding=2)
    result = role_comparison(answers=everyone_answers(roles), roles_by_respondent=roles)["bespreekbaar"]
    assert result["leiding"].suppressed and result["leiding"].reason == "too_few"
    assert result["docent"].suppressed and result["docent"].reason == "complement"
    assert result["docent"].mean is result["docent"].n_answered is None


def test_colleagues_without_a_role_count_in_the_remainder():
    roles = team(docent=8, leiding=2, none=3)  # team minus docenten = 5 people: safe to show docenten
    result = role_comparison(answers=everyone_answers(roles), roles_by_respondent=roles)["bespreekbaar"]
    assert not result["docent"].suppressed
    assert result["leiding"].suppressed
    only_small_remainder = team(docent=8, none=2)
    result = role_comparison(answers=everyone_answers(only_small_remainder), roles_by_respondent=only_small_remainder)[
        "bespreekbaar"
    ]
    assert result["docent"].reason == "complement"
    assert list(result) == ["docent"]  # no role is not a group of its own


def test_the_smallest_shown_role_is_withheld_to_protect_the_remainder():
    roles = team(docent=10, mentor=6, ondersteuning=3)
    result = role_comparison(answers=everyone_answers(roles), roles_by_respondent=roles)["bespreekbaar"]
    assert not result["docent"].suppressed
    assert result["mentor"].reason == "complement"
    assert result["ondersteuning"].reason == "too_few"


def test_every_role_shown_when_every_role_is_large_enough():
    roles = team(docent=5, mentor=5)
    result = role_comparison(answers=everyone_answers(roles), roles_by_respondent=roles)["bespreekbaar"]
    assert not result["docent"].suppressed and not result["mentor"].suppressed


def test_suppression_is_per_item_because_weet_ik_niet_shrinks_the_group():
    roles = team(docent=5, mentor=5)
    answers = everyone_answers(roles, item="thema-leeft") + everyone_answers(
        roles, item="bespreekbaar", level=lambda key: None if key == "mentor-0" else 3
    )
    result = role_comparison(answers=answers, roles_by_respondent=roles)
    assert not result["thema-leeft"]["mentor"].suppressed
    assert result["bespreekbaar"]["mentor"].reason == "too_few"  # four levels given
    assert result["bespreekbaar"]["docent"].reason == "complement"  # else docent vs team gives the four


def test_role_comparison_of_nothing_is_nothing():
    assert role_comparison(answers=[], roles_by_respondent={}) == {}
    roles = team(docent=6)
    result = role_comparison(answers=[Answer(k, "a", None) for k in roles], roles_by_respondent=roles)
    assert result["a"]["docent"].suppressed
    assert role_comparison(answers=[Answer("unknown", "a", 3)], roles_by_respondent=roles)["a"]["docent"].suppressed
    with pytest.raises(ValueError, match="min_group"):
        role_comparison(answers=[], roles_by_respondent={}, min_group=0)
    with pytest.raises(ValueError, match="not a level"):
        role_comparison(answers=[Answer("docent-0", "a", 5)], roles_by_respondent=roles, scale=4)


# --- change_since ----------------------------------------------------------------------------------------


def test_change_since_the_previous_round_per_item_and_dimension():
    before = stats_for({"zicht-op-criminaliteit": [1, 2], "thema-leeft": [2, 2], "bespreekbaar": [None, None]})
    after = stats_for({"zicht-op-criminaliteit": [3, 3], "thema-leeft": [2, 3], "bespreekbaar": [2, 2]})
    change = change_since(previous=before, current=after, items_by_dimension=DIMENSIONS)
    assert change.items["zicht-op-criminaliteit"].status == "compared"
    assert change.items["zicht-op-criminaliteit"].delta == 1.5
    assert change.items["thema-leeft"].delta == 0.5
    assert change.items["bespreekbaar"].status == "insufficient"
    assert change.items["bespreekbaar"].delta is None
    bewustwording = change.dimensions["bewustwording"]
    assert (bewustwording.previous_mean, bewustwording.current_mean, bewustwording.delta) == (1.75, 2.75, 1)
    assert (bewustwording.n_items_compared, bewustwording.n_items_not_compared) == (2, 0)
    bereidheid = change.dimensions["bereidheid"]
    assert bereidheid.delta is None and bereidheid.n_items_compared == 0 and bereidheid.n_items_not_compared == 2


def test_an_item_whose_definition_changed_is_marked_not_compared():
    before = stats_for({"zicht-op-criminaliteit": [1, 1], "thema-leeft": [1, 1]})
    after = stats_for({"zicht-op-criminaliteit": [4, 4], "thema-leeft": [2, 2]})
    change = change_since(
        previous=before,
        current=after,
        items_by_dimension=DIMENSIONS,
        previous_versions={"zicht-op-criminaliteit": "v1", "thema-leeft": "v1"},
        current_versions={"zicht-op-criminaliteit": "v2", "thema-leeft": "v1"},
    )
    rewritten = change.items["zicht-op-criminaliteit"]
    assert (rewritten.status, rewritten.previous_mean, rewritten.current_mean, rewritten.delta) == (
        "changed",
        1,
        4,
        None,
    )
    assert change.items["thema-leeft"].delta == 1
    assert change.dimensions["bewustwording"].delta == 1  # the rewritten item does not pass for progress
    assert change.dimensions["bewustwording"].n_items_not_compared == 1


def test_a_missing_version_key_or_a_new_scale_is_a_change_too():
    before = stats_for({"a": [2], "b": [2]})
    after = {**stats_for({"a": [3]}), **stats_for({"b": [3]}, scale=5)}
    change = change_since(previous=before, current=after, previous_versions={"a": "v1"}, current_versions={})
    assert change.items["a"].status == "changed"
    assert change_since(previous=before, current=after).items["b"].status == "changed"
    assert change_since(previous=before, current=after).items["a"].status == "compared"


def test_new_and_removed_items():
    change = change_since(
        previous=stats_for({"weg": [1], "blijft": [2]}), current=stats_for({"nieuw": [3], "blijft": [3]})
    )
    assert list(change.items) == ["blijft", "nieuw", "weg"]
    assert change.items["nieuw"].status == "new" and change.items["nieuw"].current_mean == 3
    assert change.items["weg"].status == "removed" and change.items["weg"].previous_mean == 1


def test_change_since_nothing_is_nothing():
    change = change_since(previous={}, current={}, items_by_dimension=DIMENSIONS)
    assert change.items == {}
    assert all(d.delta is None for d in change.dimensions.values())


# --- properties ------------------------------------------------------------------------------------------

respondents = st.sampled_from([f"r{i}" for i in range(12)])
items = st.sampled_from(["a", "b", "c", "d"])
scales = st.sampled_from([4, 5])


@st.composite
def answer_sets(draw, scale=None):
    """A valid set of answers: at most one per respondent per item, levels on the scale or 'weet ik niet'."""
    scale = scale or draw(scales)
    pairs = draw(st.sets(st.tuples(respondents, items), max_size=40))
    levels = st.one_of(st.none(), st.integers(1, scale))
    return scale, [Answer(r, i, draw(levels)) for r, i in sorted(pairs)]


@settings(max_examples=100)
@given(answer_sets())
def test_means_lie_on_the_scale_and_disagreement_between_zero_and_one(drawn):
    scale, answers = drawn
    for stats in item_stats(answers=answers, scale=scale).values():
        assert stats.n_answered + stats.n_unknown == len(
            {a.respondent_key for a in answers if a.item_key == stats.item_key}
        )
        assert sum(stats.distribution) == stats.n_answered
        if stats.n_answered:
            assert 1 <= stats.mean <= scale
            assert 1 <= stats.median <= scale
            assert 0 <= stats.disagreement <= 1
            levels = [a.value for a in answers if a.item_key == stats.item_key and a.value is not None]
            assert stats.mean == pytest.approx(statistics.fmean(levels))
            assert stats.sd == pytest.approx(statistics.pstdev(levels))


@settings(max_examples=100)
@given(answer_sets(), st.randoms(use_true_random=False))
def test_every_result_is_independent_of_input_order(drawn, rnd):
    scale, answers = drawn
    shuffled = answers[:]
    rnd.shuffle(shuffled)
    links = LINKS + [Link(item, "resource", f"res-{item}", below=scale) for item in "abcd"]
    shuffled_links = links[:]
    rnd.shuffle(shuffled_links)
    first, second = item_stats(answers=answers, scale=scale), item_stats(answers=shuffled, scale=scale)
    assert first == second
    assert conversation_starters(item_stats=first, limit=None, min_answers=1) == conversation_starters(
        item_stats=dict(reversed(second.items())), limit=None, min_answers=1
    )
    assert top_knelpunten(item_stats=first, limit=None) == top_knelpunten(
        item_stats=dict(reversed(second.items())), limit=None
    )
    assert recommend(item_stats=first, links=links, limit=None) == recommend(
        item_stats=dict(reversed(second.items())), links=shuffled_links, limit=None
    )


@settings(max_examples=100)
@given(answer_sets())
def test_dimension_mean_is_the_mean_of_every_level_given(drawn):
    scale, answers = drawn
    stats = item_stats(answers=answers, scale=scale)
    dimension = dimension_stats(items_by_dimension={"d": ["a", "b", "c"]}, item_stats=stats)["d"]
    levels = [a.value for a in answers if a.item_key in "abc" and a.value is not None]
    if levels:
        assert dimension.mean == pytest.approx(statistics.fmean(levels))
        assert 0 <= dimension.disagreement <= 1
    else:
        assert dimension.mean is None
    assert dimension.n_respondents == len({a.respondent_key for a in answers if a.item_key in "abc"})


role_names = st.sampled_from(["docent", "mentor", "ondersteuning", "leiding", None])


@settings(max_examples=300)
@given(answer_sets(scale=4), st.dictionaries(respondents, role_names), st.integers(1, 6))
def test_suppression_never_reveals_a_group_smaller_than_the_minimum(drawn, roles, min_group):
    _, answers = drawn
    result = role_comparison(answers=answers, roles_by_respondent=roles, min_group=min_group)
    for item_key, cells in result.items():
        given_levels = [a for a in answers if a.item_key == item_key and a.value is not None]
        shown = {role for role, cell in cells.items() if not cell.suppressed}
        for role, cell in cells.items():
            if cell.suppressed:
                assert cell.mean is None and cell.n_answered is None
                continue
            group = [a.value for a in given_levels if roles.get(a.respondent_key) == role]
            assert len(group) >= min_group
            assert cell.n_answered == len(group)
            assert cell.mean == pytest.approx(statistics.fmean(group))
        # What the team can work out by subtracting the shown roles from the team mean (which it sees
        # anyway): nobody, or enough colleagues together.
        if shown:
            remainder = [a for a in given_levels if roles.get(a.respondent_key) not in shown]
            assert len(remainder) == 0 or len(remainder) >= min_group


@settings(max_examples=100)
@given(answer_sets(scale=4), st.dictionaries(respondents, role_names), st.randoms(use_true_random=False))
def test_role_comparison_is_independent_of_input_order(drawn, roles, rnd):
    _, answers = drawn
    shuffled = answers[:]
    rnd.shuffle(shuffled)
    shuffled_roles = dict(sorted(roles.items(), key=lambda _: rnd.random()))
    assert role_comparison(answers=answers, roles_by_respondent=roles) == role_comparison(
        answers=shuffled, roles_by_respondent=shuffled_roles
    )


def test_a_round_of_forty_on_thirty_items_gives_stats_for_every_item_and_one_grouped_recommendation():
    """(How long this takes is measured by `make bench`, bench/scan.py, not here.)"""
    rnd = random.Random(4)
    item_keys = [f"item-{i}" for i in range(30)]
    answers = [Answer(f"r{r}", item, rnd.choice([1, 2, 3, 4, None])) for r in range(40) for item in item_keys]
    stats = item_stats(answers=answers, scale=4, item_keys=item_keys)
    assert len(stats) == 30
    assert len(recommend(item_stats=stats, links=[Link(k, "training", "t", below=4) for k in item_keys])) == 1


# --- in words ----------------------------------------------------------------------------------------------


def test_a_mean_in_words_is_the_third_of_the_scale_it_lies_in():
    assert [mean_band(mean, 4) for mean in (1, 1.75, 1.99, 2, 2.99, 3, 4)] == [
        "low",
        "low",
        "low",
        "middle",
        "middle",
        "high",
        "high",
    ]
    # on five points the thirds end at 2⅓ and 3⅔, exactly, also for a mean that arrives as a float
    assert [mean_band(mean, 5) for mean in (2.3, 7 / 3, 3.66, 11 / 3, 5)] == ["low", "middle", "middle", "high", "high"]
    with pytest.raises(ValueError):
        mean_band(2, 1)


def test_disagreement_in_words():
    assert [agreement_band(d) for d in (0, 0.33, 0.34, 0.66, 0.67, 1)] == [
        "agree",
        "agree",
        "differ",
        "differ",
        "split",
        "split",
    ]
