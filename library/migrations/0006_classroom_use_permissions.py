"""Editors and Moderators look after "Gebruikt in de klas": they read every item's feedback and hide, restore or
delete comments (change and delete; members add on the site). Created here on a fresh database, with the names
Django would give them, as in forum 0002; groups that do not exist are skipped."""

from django.db import migrations

GRANTS = {
    "Editors": ["view", "change", "delete"],
    "Moderators": ["view", "change", "delete"],
}


def _permissions(apps, actions):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="library", model="classroomuse")
    return [
        Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_classroomuse",
            defaults={"name": f"Can {action} gebruikt in de klas"},
        )[0]
        for action in actions
    ]


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name, actions in GRANTS.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.add(*_permissions(apps, actions))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name, actions in GRANTS.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.remove(*_permissions(apps, actions))


class Migration(migrations.Migration):
    dependencies = [
        ("library", "0005_classroom_use"),
        ("community", "0004_alter_invitation_role_alter_membership_role"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
