"""Editors and Moderators tune search: synonyms, promoted results, and the content-gap report.

Django creates model permissions only after all migrations have run (post_migrate), so on a fresh database
they are created here first, with the names Django would give them. Groups that do not exist are skipped;
reversing removes only these permissions from the two groups.
"""

from django.db import migrations

GROUPS = ["Editors", "Moderators"]
PERMISSIONS = [
    # (app_label, model, codename, name)
    ("search", "synonym", "add_synonym", "Can add synoniem"),
    ("search", "synonym", "change_synonym", "Can change synoniem"),
    ("search", "synonym", "delete_synonym", "Can delete synoniem"),
    ("search", "synonym", "view_synonym", "Can view synoniem"),
    ("search", "searchquerylog", "view_searchquerylog", "Can view zoekopdracht"),
    ("wagtailsearchpromotions", "searchpromotion", "add_searchpromotion", "Can add search promotion"),
    ("wagtailsearchpromotions", "searchpromotion", "change_searchpromotion", "Can change search promotion"),
    ("wagtailsearchpromotions", "searchpromotion", "delete_searchpromotion", "Can delete search promotion"),
]


def _permissions(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    result = []
    for app_label, model, codename, name in PERMISSIONS:
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )
        result.append(permission)
    return result


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    permissions = _permissions(apps)
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    permissions = _permissions(apps)
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_search_models"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        # Wagtail creates the Editors and Moderators groups here.
        ("wagtailcore", "0002_initial_data"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
