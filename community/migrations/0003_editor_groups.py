"""The three admin groups the alliance works with.

Wagtail's own initial data creates "Editors" and "Moderators"; a site that was set up differently (or
where someone deleted one) gets them back here, each able to reach the Wagtail admin. "Coaches" is ours:
the WIJcoaches who support school teams. It starts with admin access only; what coaches may edit is
granted in the admin (Instellingen → Groepen) as their role takes shape.

Group names stay in English because Wagtail's own migrations and documentation refer to them by these names.
"""

from django.db import migrations

ADMIN_GROUPS = ["Editors", "Moderators", "Coaches"]


def _admin_access_permission(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename="access_admin", defaults={"name": "Can access Wagtail admin"}
    )
    return permission


def create_groups(apps, schema_editor):
    """Make sure every admin group exists and can open the admin. Safe to run more than once."""
    Group = apps.get_model("auth", "Group")
    permission = _admin_access_permission(apps)
    for name in ADMIN_GROUPS:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(permission)


def remove_coaches(apps, schema_editor):
    """Only "Coaches" is ours to remove; Editors and Moderators belong to Wagtail's own data."""
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name="Coaches").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("community", "0002_invitation_revoked_at"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        # Wagtail creates Editors and Moderators here and gives them admin access here.
        ("wagtailcore", "0002_initial_data"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_groups, remove_coaches)]
