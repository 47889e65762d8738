"""Reactions to account events: a password reset unlocks the login."""

from __future__ import annotations

from allauth.account.signals import password_reset
from axes.utils import reset as axes_reset
from django.dispatch import receiver


@receiver(password_reset, dispatch_uid="community.password_reset_unlocks_login")
def password_reset_unlocks_login(sender, request, user, **kwargs) -> None:
    """Whoever can read the account's mail may log in again at once, from any address: the owner is never
    stuck behind the wait that someone else's (or their own) wrong passwords caused."""
    axes_reset(username=user.email.strip().lower())
