"""A category saved or deleted (an editor, in the admin): what is cached from the categories (the listings'
names, the search filter's options) is out of date, as after any published change (core.caching)."""

from django.db import transaction

from core import caching


def category_changed(sender, instance, **kwargs):
    transaction.on_commit(caching.bump)
