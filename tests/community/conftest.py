"""Fixtures for school teams: a school with a coordinator and a member, and a second school next door."""

import pytest

from community.models import Membership

from .factories import MembershipFactory, SchoolFactory, UserFactory


@pytest.fixture
def school(db):
    return SchoolFactory(name="Het Dijkcollege", brin="93QT", gemeente="Haarlem")


@pytest.fixture
def coordinator(school):
    user = UserFactory(email="coordinator@dijkcollege.example", first_name="Sanne", last_name="de Vries")
    MembershipFactory(user=user, school=school, role=Membership.Role.COORDINATOR)
    return user


@pytest.fixture
def member(school):
    user = UserFactory(email="mentor@dijkcollege.example", first_name="Bram", last_name="Jansen")
    MembershipFactory(user=user, school=school, role=Membership.Role.MEMBER)
    return user


@pytest.fixture
def other_school(db):
    return SchoolFactory(name="Basisschool De Vlieger", brin="91XK", gemeente="Zaanstad", sector="po")


@pytest.fixture
def other_coordinator(other_school):
    user = UserFactory(email="ib@devlieger.example")
    MembershipFactory(user=user, school=other_school, role=Membership.Role.COORDINATOR)
    return user


@pytest.fixture
def coordinator_client(client, coordinator):
    client.force_login(coordinator)
    return client
