"""Permissions are read in one query (a person's own and their groups' together), with the answers Django's own
backend gives: a moderator's forum right, a person's own right, and nothing for the inactive."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend as DjangoModelBackend
from django.contrib.auth.models import Group, Permission

from community.backends import PermissionBackend

from .factories import UserFactory

pytestmark = pytest.mark.django_db


def _fresh(user):
    return get_user_model().objects.get(pk=user.pk)  # no permission cache yet


@pytest.fixture
def person():
    user = UserFactory()
    group = Group.objects.create(name="Kern-team")
    group.permissions.add(Permission.objects.get(codename="change_post", content_type__app_label="forum"))
    user.groups.add(group)
    user.user_permissions.add(Permission.objects.get(codename="add_flag", content_type__app_label="forum"))
    return user


def test_one_query_for_a_persons_and_their_groups_permissions(person, django_assert_num_queries):
    user = _fresh(person)
    with django_assert_num_queries(1):
        assert user.has_perm("forum.change_post")  # from the group
        assert user.has_perm("forum.add_flag")  # their own
        assert not user.has_perm("forum.delete_post")
        assert not user.has_perm("wagtailadmin.access_admin")


def test_same_answers_as_djangos_backend(person):
    ours = PermissionBackend().get_all_permissions(_fresh(person))
    django = DjangoModelBackend().get_all_permissions(_fresh(person))
    assert ours == django == {"forum.change_post", "forum.add_flag"}
    user = _fresh(person)
    assert PermissionBackend().get_user_permissions(user) == {"forum.add_flag"}
    assert PermissionBackend().get_group_permissions(user) == {"forum.change_post"}


def test_inactive_person_has_no_rights(person):
    person.is_active = False
    person.save(update_fields=["is_active"])
    assert not _fresh(person).has_perm("forum.change_post")


def test_a_superuser_has_every_right():
    boss = _fresh(UserFactory(is_superuser=True))
    assert boss.has_perm("forum.delete_post")
    assert PermissionBackend().get_all_permissions(boss) == DjangoModelBackend().get_all_permissions(_fresh(boss))


def test_it_never_logs_anyone_in(person, rf):
    from .factories import PASSWORD

    assert PermissionBackend().authenticate(rf.get("/"), username=person.email, password=PASSWORD) is None
