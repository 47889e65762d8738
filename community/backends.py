"""Permissions in one query.

Django's ModelBackend reads a person's own permissions and their groups' permissions in two queries, the first
time a request asks (the Wagtail user bar on every page, the forum's moderator check). This backend reads both
in one query (a UNION) and leaves the results where Django's backends look for them (``_perm_cache``,
``_user_perm_cache``, ``_group_perm_cache`` on the user), so the other ModelBackend subclasses in
AUTHENTICATION_BACKENDS (Axes', Django's, allauth's) answer from the same cache and ask nothing themselves.

It checks no password: it stands first in the list only to answer permission questions first; logging in
stays with the backends after it, Axes' lockout check first among them, so the backend path a session stores
does not change. It does load the user of a session that names it (what Django's test client's force_login
stores, as it takes the first backend in the list).
"""

from __future__ import annotations

from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Permission
from django.db.models import CharField, Value


class PermissionBackend(ModelBackend):
    def authenticate(self, request, **credentials):
        return None

    def _fill(self, user_obj) -> None:
        found: dict[str, set[str]] = {"user": set(), "group": set()}
        if user_obj.is_superuser:  # every permission, as Django gives a superuser, from both sources
            every = {f"{a}.{c}" for a, c in Permission.objects.values_list("content_type__app_label", "codename")}
            found = {"user": every, "group": every}
        else:
            columns = ("content_type__app_label", "codename", "source")
            own = Permission.objects.filter(user=user_obj).annotate(source=Value("user", CharField()))
            grouped = Permission.objects.filter(group__user=user_obj).annotate(source=Value("group", CharField()))
            rows = own.values_list(*columns).order_by().union(grouped.values_list(*columns).order_by(), all=True)
            for app_label, codename, source in rows:
                found[source].add(f"{app_label}.{codename}")
        user_obj._user_perm_cache = found["user"]
        user_obj._group_perm_cache = found["group"]
        user_obj._perm_cache = found["user"] | found["group"]

    def _cached(self, user_obj, obj, name: str) -> set[str]:
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        if not hasattr(user_obj, name):
            self._fill(user_obj)
        return getattr(user_obj, name)

    def get_all_permissions(self, user_obj, obj=None):
        return self._cached(user_obj, obj, "_perm_cache")

    def get_user_permissions(self, user_obj, obj=None):
        return self._cached(user_obj, obj, "_user_perm_cache")

    def get_group_permissions(self, user_obj, obj=None):
        return self._cached(user_obj, obj, "_group_perm_cache")
