"""Saving and loading the whole test database, for the tests that must commit for real (transactional tests
flush the database after each one, which would leave a reused test database without what the migrations made:
the root page, locales, groups)."""

import json


def serialize(connection) -> str:
    """The whole database as JSON, content types first.

    Deserializing Wagtail's workflow tasks looks up their content type (``Task.__init__``); when the content
    types are not loaded yet, that creates a row which then clashes with the serialized one.
    """
    objects = json.loads(connection.creation.serialize_db_to_string())
    objects.sort(key=lambda obj: obj["model"] != "contenttypes.contenttype")
    return json.dumps(objects)


def load(state: str) -> None:
    """Empty the database (without recreating content types and permissions) and load ``state``."""
    from django.contrib.contenttypes.models import ContentType
    from django.core.cache import caches
    from django.core.management import call_command
    from django.db import connection

    call_command("flush", verbosity=0, interactive=False, reset_sequences=False, inhibit_post_migrate=True)
    connection.creation.deserialize_db_from_string(state)
    ContentType.objects.clear_cache()
    for cache in caches.all(initialized_only=True):
        cache.clear()  # Wagtail caches the site root paths
