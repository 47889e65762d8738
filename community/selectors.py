"""Reads for school teams: who belongs where, and what a person may see or manage.

Every lookup that gates a page is scoped to the signed-in person, so a school someone does not
belong to (or does not coordinate) is simply not found: the views answer 404, not 403, and do not
reveal that the school exists.
"""

from __future__ import annotations

import re

from django.db.models import Count, Prefetch, QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone

from community.models import Invitation, Membership, School, User

_TOKEN_RE = re.compile(r"[A-Za-z0-9_-]{1,64}")


def membership_list_for_user(*, user: User) -> QuerySet[Membership]:
    """The person's memberships with their schools and member counts, alphabetical by school."""
    return (
        Membership.objects.filter(user=user)
        .select_related("school")
        .annotate(member_count=Count("school__memberships", distinct=True))
        .order_by("school__name", "school__pk")
    )


def membership_get_for_user(*, user: User, school_id: int) -> Membership:
    """The person's own membership of a school; 404 when they are not in it."""
    return get_object_or_404(Membership.objects.select_related("school"), user=user, school_id=school_id)


def school_get_for_coordinator(*, user: User, school_id: int) -> School:
    """A school that this person coordinates; 404 for anyone else, members included."""
    return get_object_or_404(
        School,
        pk=school_id,
        memberships__user=user,
        memberships__role=Membership.Role.COORDINATOR,
    )


def school_members(*, school: School) -> QuerySet[Membership]:
    """The team of a school: coordinators first, then by name and e-mail."""
    return (
        Membership.objects.filter(school=school)
        .select_related("user")
        .order_by("role", "user__first_name", "user__last_name", "user__email")
    )


def invitation_pending_qs() -> QuerySet[Invitation]:
    """Invitations that can still be used: not accepted, not revoked, not expired."""
    return Invitation.objects.filter(accepted_at__isnull=True, revoked_at__isnull=True, expires_at__gt=timezone.now())


def invitation_list_pending(*, school: School) -> QuerySet[Invitation]:
    """The open invitations of a school, newest first."""
    return invitation_pending_qs().filter(school=school).select_related("invited_by").order_by("-created_at")


def invitation_get_pending(*, school: School, invitation_id: int) -> Invitation:
    """An open invitation of this school; 404 otherwise."""
    return get_object_or_404(invitation_list_pending(school=school), pk=invitation_id)


def invitation_get_by_token(*, token: str) -> Invitation | None:
    """The invitation a link points at, in any state; None when the token is unknown."""
    # Tokens are URL-safe base64; anything else (a NUL byte breaks a PostgreSQL query) is simply unknown.
    if not _TOKEN_RE.fullmatch(token or ""):
        return None
    return Invitation.objects.select_related("school", "invited_by").filter(token=token).first()


def coordinator_count(*, school: School) -> int:
    return Membership.objects.filter(school=school, role=Membership.Role.COORDINATOR).count()


def user_has_email(*, user: User, email: str) -> bool:
    """Whether this address belongs to the person: their login address or another address they verified."""
    from allauth.account.models import EmailAddress

    email = email.strip().lower()
    if (user.email or "").lower() == email:
        return True
    return EmailAddress.objects.filter(user=user, email__iexact=email, verified=True).exists()


def coordinated_schools_with_team(*, user: User) -> list[School]:
    """The schools this person coordinates, each with its team and open invitations prefetched.

    One query per relation, however many schools and members there are.
    """
    return list(
        School.objects.filter(memberships__user=user, memberships__role=Membership.Role.COORDINATOR)
        .prefetch_related(
            Prefetch(
                "memberships",
                queryset=Membership.objects.select_related("user").order_by(
                    "role", "user__first_name", "user__last_name", "user__email"
                ),
                to_attr="team",
            ),
            Prefetch(
                "invitations",
                queryset=invitation_pending_qs().select_related("invited_by").order_by("-created_at"),
                to_attr="open_invitations",
            ),
        )
        .order_by("name", "pk")
    )
