"""The data migration that provides the admin groups Editors, Moderators and Coaches."""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission

migration = importlib.import_module("community.migrations.0003_editor_groups")


def _access_admin():
    return Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["Editors", "Moderators", "Coaches"])
def test_groups_exist_and_can_open_the_admin(name):
    group = Group.objects.get(name=name)
    assert _access_admin() in group.permissions.all()


@pytest.mark.django_db
def test_coaches_start_with_admin_access_only():
    """Admin access (and the choosers Wagtail grants with it); no right to add, change or delete anything."""
    codenames = set(Group.objects.get(name="Coaches").permissions.values_list("codename", flat=True))
    assert "access_admin" in codenames
    assert codenames <= {"access_admin", "choose_document", "choose_image"}


@pytest.mark.django_db
def test_migration_restores_missing_groups_and_is_idempotent():
    Group.objects.filter(name__in=["Editors", "Coaches"]).delete()
    moderators = Group.objects.get(name="Moderators")
    moderator_permissions = set(moderators.permissions.all())

    migration.create_groups(apps, None)
    migration.create_groups(apps, None)

    assert Group.objects.filter(name="Editors").count() == 1
    assert Group.objects.filter(name="Coaches").count() == 1
    assert _access_admin() in Group.objects.get(name="Editors").permissions.all()
    # Existing groups keep what they had.
    assert set(moderators.permissions.all()) == moderator_permissions


@pytest.mark.django_db
def test_reverse_removes_only_coaches():
    migration.remove_coaches(apps, None)
    assert not Group.objects.filter(name="Coaches").exists()
    assert Group.objects.filter(name__in=["Editors", "Moderators"]).count() == 2


@pytest.mark.django_db
def test_a_coach_can_log_in_to_the_admin(client):
    from .factories import UserFactory

    coach = UserFactory()
    coach.groups.add(Group.objects.get(name="Coaches"))
    client.force_login(coach)
    assert client.get("/admin/").status_code == 200
