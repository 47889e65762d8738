"""Admin permission policies shared by the apps."""

from __future__ import annotations

from wagtail.permission_policies import ModelPermissionPolicy


class RefusedActionsPolicy(ModelPermissionPolicy):
    """Django's model permissions, except for ``refused`` actions, which nobody may do in the admin (not even a
    superuser): rows that are made on the site (invitations, with their e-mail; members' marks) or that nobody
    may edit (the deletion log)."""

    def __init__(self, model, *, refused, **kwargs):
        super().__init__(model, **kwargs)
        self.refused = frozenset(refused)

    def user_has_permission(self, user, action):
        if action in self.refused:
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)
