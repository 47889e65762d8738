"""The public membership checks of community.selectors, which the scan (and later the forum and the
municipality features) use instead of querying memberships themselves."""

import inspect

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.http import Http404

from community import selectors
from community.models import Membership

from .factories import MembershipFactory

CHECKS = [
    "membership_of",
    "is_member",
    "is_coordinator",
    "require_member",
    "require_coordinator",
    "require_team_member",
    "schools_coordinated_by",
    "membership_get_for_user",
    "school_get_for_coordinator",
]


@pytest.fixture
def coach(school):
    return MembershipFactory(school=school, role=Membership.Role.COACH).user


@pytest.mark.parametrize("name", CHECKS)
def test_checks_are_keyword_only_and_typed(name):
    function = getattr(selectors, name)
    parameters = inspect.signature(function).parameters.values()
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in parameters)
    assert all(p.annotation is not inspect.Parameter.empty for p in parameters)
    assert inspect.signature(function).return_annotation is not inspect.Signature.empty


def test_membership_of_finds_every_role_and_nobody_else(
    school, coordinator, member, coach, other_coordinator, django_assert_num_queries
):
    for user, role in ((coordinator, "coordinator"), (member, "member"), (coach, "coach")):
        with django_assert_num_queries(1):
            membership = selectors.membership_of(user=user, school=school)
            assert membership.role == role and membership.school.name == school.name  # no query for the school
    assert selectors.membership_of(user=other_coordinator, school=school) is None
    with django_assert_num_queries(0):
        assert selectors.membership_of(user=AnonymousUser(), school=school) is None
        assert selectors.membership_of(user=None, school=school) is None


def test_is_member_with_and_without_roles(school, coordinator, member, coach, other_coordinator):
    assert all(selectors.is_member(user=user, school=school) for user in (coordinator, member, coach))
    assert not selectors.is_member(user=other_coordinator, school=school)
    assert not selectors.is_member(user=AnonymousUser(), school=school)
    team = [
        user
        for user in (coordinator, member, coach)
        if selectors.is_member(user=user, school=school, roles=selectors.TEAM_ROLES)
    ]
    assert team == [coordinator, member]
    assert selectors.is_coordinator(user=coordinator, school=school)
    assert not selectors.is_coordinator(user=member, school=school)
    assert not selectors.is_coordinator(user=other_coordinator, school=school)


def test_require_coordinator_refuses_everyone_else(school, coordinator, member, coach, other_coordinator):
    selectors.require_coordinator(user=coordinator, school=school)
    for user in (member, coach, other_coordinator, AnonymousUser(), None):
        with pytest.raises(PermissionDenied, match="Only a coordinator of this school may do this."):
            selectors.require_coordinator(user=user, school=school)


def test_require_team_member_lets_members_and_coordinators_but_not_a_coach(
    school, coordinator, member, coach, other_coordinator
):
    for user in (coordinator, member):
        selectors.require_team_member(user=user, school=school)
    for user in (coach, other_coordinator, AnonymousUser()):
        with pytest.raises(PermissionDenied, match="plan"):
            selectors.require_team_member(
                user=user, school=school, message="Only the school's team may change its plan."
            )


def test_require_member_takes_any_role_by_default(school, coach, other_coordinator):
    selectors.require_member(user=coach, school=school)
    with pytest.raises(PermissionDenied):
        selectors.require_member(user=other_coordinator, school=school)
    with pytest.raises(PermissionDenied):
        selectors.require_member(user=coach, school=school, roles=[Membership.Role.COORDINATOR])


def test_page_reads_answer_404_to_outsiders_and_signed_out_visitors(school, coordinator, member, other_coordinator):
    assert selectors.membership_get_for_user(user=member, school_id=school.pk).school == school
    assert selectors.school_get_for_coordinator(user=coordinator, school_id=school.pk) == school
    for user in (other_coordinator, AnonymousUser()):
        with pytest.raises(Http404):
            selectors.membership_get_for_user(user=user, school_id=school.pk)
    for user in (member, other_coordinator, AnonymousUser()):
        with pytest.raises(Http404):
            selectors.school_get_for_coordinator(user=user, school_id=school.pk)


def test_schools_coordinated_by(school, other_school, coordinator, member):
    MembershipFactory(user=coordinator, school=other_school, role=Membership.Role.MEMBER)
    assert selectors.schools_coordinated_by(user=coordinator) == [school]
    assert selectors.schools_coordinated_by(user=member) == []
    assert selectors.schools_coordinated_by(user=AnonymousUser()) == []
