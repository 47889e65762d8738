"""What the forum caches from other models, dropped when they change.

A category saved or deleted (an editor, in the admin): what is cached from the categories (the listings'
names, the search filter's options) is out of date, as after any published change (core.caching).

A membership added or ended, or a school renamed: the schools shown beside an author's posts
(forum.selectors.school_names) are read again, once the change is committed (so no request in between caches
the old names again).
"""

from django.core.cache import cache
from django.db import transaction

from core import caching
from forum.selectors import school_names_key


def category_changed(sender, instance, **kwargs):
    transaction.on_commit(caching.bump)


def membership_changed(sender, instance, **kwargs):
    key = school_names_key(instance.user_id)
    transaction.on_commit(lambda: cache.delete(key))


def school_changed(sender, instance, **kwargs):
    from community.models import Membership

    keys = [school_names_key(pk) for pk in Membership.objects.filter(school=instance).values_list("user_id", flat=True)]
    if keys:
        transaction.on_commit(lambda: cache.delete_many(keys))


def memberships_changed(sender, instance, action, reverse, pk_set, **kwargs):
    """The same through ``school.members`` or ``user.schools`` (add, remove, clear), which send no save."""
    from community.models import Membership, School

    if isinstance(instance, School):
        if action == "pre_clear":  # who is in it now, before they are gone
            user_ids = list(Membership.objects.filter(school=instance).values_list("user_id", flat=True))
        elif action in ("post_add", "post_remove"):
            user_ids = list(pk_set or ())
        else:
            return
    elif action in ("post_add", "post_remove", "post_clear"):  # user.schools: one person
        user_ids = [instance.pk]
    else:
        return
    keys = [school_names_key(pk) for pk in user_ids]
    if keys:
        transaction.on_commit(lambda: cache.delete_many(keys))
