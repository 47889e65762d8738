import pytest

from community.models import Membership
from tests.community.factories import MembershipFactory, SchoolFactory, UserFactory


@pytest.fixture
def school(db):
    return SchoolFactory(name="Het Dijkcollege", brin="93QT", gemeente="Haarlem")


@pytest.fixture
def other_school(db):
    return SchoolFactory(name="De Vlieger", brin="12AB", gemeente="Zwolle")


@pytest.fixture
def member(school):
    user = UserFactory(email="mentor@dijkcollege.example", first_name="Bram", last_name="Jansen")
    MembershipFactory(user=user, school=school, role=Membership.Role.MEMBER)
    return user


@pytest.fixture
def colleague(school):
    user = UserFactory(email="zorg@dijkcollege.example", first_name="Fatima", last_name="El Idrissi")
    MembershipFactory(user=user, school=school, role=Membership.Role.MEMBER)
    return user


@pytest.fixture
def outsider(other_school):
    user = UserFactory(email="ib@devlieger.example", first_name="Iris", last_name="Bos")
    MembershipFactory(user=user, school=other_school, role=Membership.Role.COORDINATOR)
    return user


@pytest.fixture
def lesson(make_resource):
    return make_resource(slug="praten-over-messen", title="Praten over messen", summary="Een les voor de mentor.")
