"""Moderators moderate the forum; Editors manage its categories and mark experts.

Moderators get what the queue, the threads, the log and the members' page need, so that they can work without
being superusers: ``forum.change_post`` is also what ``forum.state.is_moderator`` looks for. Editors get the
category snippet and the forum profiles (names and expert badges; blocking stays with moderators).

Django creates model permissions only after all migrations have run (post_migrate), so on a fresh database
they are created here first, with the names Django would give them. Groups that do not exist are skipped;
reversing removes only these permissions from the two groups.
"""

from django.db import migrations

# (model, verbose name for the permission's name)
MODELS = {
    "category": "forumcategorie",
    "forumprofile": "forumprofiel",
    "thread": "draad",
    "post": "bericht",
    "postrevision": "post revision",
    "flag": "melding",
    "moderationlogentry": "moderatielog",
}
ACTIONS = {"add": "add", "change": "change", "delete": "delete", "view": "view"}

GRANTS = {
    "Moderators": [
        ("post", "view"),
        ("post", "change"),
        ("thread", "view"),
        ("thread", "change"),
        ("flag", "view"),
        ("flag", "change"),
        ("postrevision", "view"),
        ("moderationlogentry", "view"),
        ("forumprofile", "view"),
        ("forumprofile", "change"),
        ("category", "view"),
    ],
    "Editors": [
        ("category", "add"),
        ("category", "change"),
        ("category", "delete"),
        ("category", "view"),
        ("forumprofile", "view"),
        ("forumprofile", "change"),
    ],
}


def _permission(apps, model, action):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="forum", model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=f"{action}_{model}",
        defaults={"name": f"Can {ACTIONS[action]} {MODELS[model]}"},
    )
    return permission


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name, grants in GRANTS.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.add(*[_permission(apps, model, action) for model, action in grants])


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name, grants in GRANTS.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.remove(*[_permission(apps, model, action) for model, action in grants])


class Migration(migrations.Migration):
    dependencies = [
        ("forum", "0001_initial"),
        # The groups Editors and Moderators are made (or made again) there.
        ("community", "0004_alter_invitation_role_alter_membership_role"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
