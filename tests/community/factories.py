"""Factories for people, schools, memberships and invitations (kept here so they do not clash with other apps')."""

from datetime import timedelta

import factory
from allauth.account.models import EmailAddress
from django.utils import timezone
from factory.django import DjangoModelFactory

from community.models import Invitation, Membership, School, User

PASSWORD = "lokaal-107-dinsdag"


def _brin(n: int) -> str:
    return f"{n % 100:02d}{chr(65 + (n // 100) % 26)}{chr(65 + (n // 2600) % 26)}"


class UserFactory(DjangoModelFactory):
    """A person with a verified address (allauth's mandatory verification is then satisfied)."""

    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"collega{n}@school.example")
    first_name = factory.Sequence(lambda n: f"Collega{n}")
    last_name = "Testsma"
    password = factory.django.Password(PASSWORD)

    @factory.post_generation
    def verified(obj, create, extracted, **kwargs):
        if create and extracted is not False:
            EmailAddress.objects.create(user=obj, email=obj.email, primary=True, verified=True)


class SchoolFactory(DjangoModelFactory):
    class Meta:
        model = School

    name = factory.Sequence(lambda n: f"Testschool {n}")
    brin = factory.Sequence(_brin)
    gemeente = "Utrecht"
    sector = School.Sector.VO


class MembershipFactory(DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    school = factory.SubFactory(SchoolFactory)
    role = Membership.Role.MEMBER


class InvitationFactory(DjangoModelFactory):
    class Meta:
        model = Invitation

    school = factory.SubFactory(SchoolFactory)
    email = factory.Sequence(lambda n: f"genodigde{n}@school.example")
    role = Membership.Role.MEMBER
    invited_by = None

    class Params:
        expired = factory.Trait(expires_at=factory.LazyFunction(lambda: timezone.now() - timedelta(days=1)))
        accepted = factory.Trait(accepted_at=factory.LazyFunction(timezone.now))
        revoked = factory.Trait(revoked_at=factory.LazyFunction(timezone.now))
