"""Reads for school teams: who belongs where, and what a person may see or manage.

Every lookup that gates a page is scoped to the signed-in person, so a school someone does not
belong to (or does not coordinate) is simply not found: the views answer 404, not 403, and do not
reveal that the school exists.

The membership checks here are public: the scan, the forum and the municipality features ask them rather
than query ``Membership`` themselves. Reads for pages (``membership_of``, ``membership_get_for_user``,
``school_get_for_coordinator``) find nothing, or 404, for anyone outside the school; the ``require_*`` checks
for services raise ``PermissionDenied``.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Prefetch, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone

from community.models import Invitation, Membership, School, User

_TOKEN_RE = re.compile(r"[A-Za-z0-9_-]{1,64}")

TEAM_ROLES: tuple[str, ...] = (Membership.Role.MEMBER, Membership.Role.COORDINATOR)
"""The school's own team: everyone but a coach, who looks and changes nothing."""


def _signed_in(user: User | AnonymousUser | None) -> bool:
    return user is not None and user.is_authenticated


def membership_of(*, user: User | AnonymousUser | None, school: School) -> Membership | None:
    """The person's membership of the school (any role, coach included); None for anyone else, signed out too."""
    if not _signed_in(user):
        return None
    membership = Membership.objects.filter(user=user, school=school).first()
    if membership is not None:
        membership.school = school  # the caller has it already: no second query when it is read
    return membership


def is_member(*, user: User | AnonymousUser | None, school: School, roles: Collection[str] | None = None) -> bool:
    """Whether the person belongs to the school, in one of ``roles`` when given (any role, coach included, if not)."""
    if not _signed_in(user):
        return False
    memberships = Membership.objects.filter(user=user, school=school)
    if roles is not None:
        memberships = memberships.filter(role__in=list(roles))
    return memberships.exists()


def is_coordinator(*, user: User | AnonymousUser | None, school: School) -> bool:
    return is_member(user=user, school=school, roles=[Membership.Role.COORDINATOR])


def require_member(
    *,
    user: User | AnonymousUser | None,
    school: School,
    roles: Collection[str] | None = None,
    message: str = "Only a member of this school may do this.",
) -> None:
    """For services: ``PermissionDenied`` unless the person belongs to the school (in one of ``roles``)."""
    if not is_member(user=user, school=school, roles=roles):
        raise PermissionDenied(message)


def require_coordinator(*, user: User | AnonymousUser | None, school: School) -> None:
    """For services: ``PermissionDenied`` unless the person coordinates the school."""
    require_member(
        user=user,
        school=school,
        roles=[Membership.Role.COORDINATOR],
        message="Only a coordinator of this school may do this.",
    )


def require_team_member(
    *, user: User | AnonymousUser | None, school: School, message: str = "Only the school's team may do this."
) -> None:
    """For services: ``PermissionDenied`` unless the person is on the school's own team (``TEAM_ROLES``)."""
    require_member(user=user, school=school, roles=TEAM_ROLES, message=message)


def schools_coordinated_by(*, user: User | AnonymousUser | None) -> list[School]:
    """The schools this person coordinates, by name (nothing for someone signed out)."""
    if not _signed_in(user):
        return []
    return list(
        School.objects.filter(memberships__user=user, memberships__role=Membership.Role.COORDINATOR).order_by("name")
    )


def membership_list_for_user(*, user: User) -> QuerySet[Membership]:
    """The person's memberships with their schools and member counts, alphabetical by school."""
    return (
        Membership.objects.filter(user=user)
        .select_related("school")
        .annotate(member_count=Count("school__memberships", distinct=True))
        .order_by("school__name", "school__pk")
    )


def membership_get_for_user(*, user: User | AnonymousUser | None, school_id: int) -> Membership:
    """The person's own membership of a school (any role, coach included); 404 when they are not in it."""
    if not _signed_in(user):
        raise Http404
    return get_object_or_404(Membership.objects.select_related("school"), user=user, school_id=school_id)


def school_get_for_coordinator(*, user: User | AnonymousUser | None, school_id: int) -> School:
    """A school that this person coordinates; 404 for anyone else, members included."""
    if not _signed_in(user):
        raise Http404
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
