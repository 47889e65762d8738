"""Editors read the changes they and their colleagues announced, with how many members heard of each (view only:
a change is written by publishing an item with a note). Groups that do not exist are skipped."""

from django.db import migrations


def _permission(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="alerts", model="changenote")
    return Permission.objects.get_or_create(
        content_type=content_type, codename="view_changenote", defaults={"name": "Can view wijziging"}
    )[0]


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name__in=["Editors", "Moderators"]):
        group.permissions.add(_permission(apps))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name__in=["Editors", "Moderators"]):
        group.permissions.remove(_permission(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("alerts", "0001_initial"),
        ("community", "0004_alter_invitation_role_alter_membership_role"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
