"""Writes for school teams: invitations, joining, leaving and managing members.

Every service checks its own rules (who may do what, what state things must be in) so that a view,
the admin or a management command cannot get round them. A refused request raises Django's
``ValidationError`` with a clear message for the person and a ``code`` for the caller; a person acting
outside their school raises ``PermissionDenied``.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import select_template
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from community.models import AccountDeletion, Invitation, Membership, School, User
from community.selectors import coordinator_count, invitation_pending_qs, require_coordinator, user_has_email
from community.validators import validate_mailbox
from core.member_data import erase

logger = logging.getLogger(__name__)

#: The ``code`` of a refusal because too many invitations went out (not because of the address).
INVITATION_LIMIT_CODES = frozenset({"too_many_by_coordinator", "too_many_for_school"})


def _normalise_email(email: str) -> str:
    return email.strip().lower()


def _refuse_if_too_many_invitations(*, school: School, invited_by: User) -> None:
    """Invitations send mail in the site's name: at most ``INVITATIONS_PER_COORDINATOR_PER_HOUR`` per coordinator
    and ``INVITATIONS_PER_SCHOOL_PER_DAY`` per school (revoked ones count: their mail went out).

    Counted from the invitations themselves, so the limits hold across app processes; the school's row is locked
    for the rest of the transaction, so that two requests at once cannot both take the last place.
    """
    School.objects.select_for_update().filter(pk=school.pk).first()
    now = timezone.now()
    per_coordinator = settings.INVITATIONS_PER_COORDINATOR_PER_HOUR
    sent = Invitation.objects.filter(invited_by=invited_by, created_at__gte=now - timedelta(hours=1)).count()
    if sent >= per_coordinator:
        raise ValidationError(
            _(
                "Je hebt het afgelopen uur al %(limit)d uitnodigingen verstuurd; meer kan niet binnen een uur. "
                "Probeer het later opnieuw."
            )
            % {"limit": per_coordinator},
            code="too_many_by_coordinator",
        )
    per_school = settings.INVITATIONS_PER_SCHOOL_PER_DAY
    sent = Invitation.objects.filter(school=school, created_at__gte=now - timedelta(days=1)).count()
    if sent >= per_school:
        raise ValidationError(
            _(
                "Voor %(school)s zijn de afgelopen 24 uur al %(limit)d uitnodigingen verstuurd; meer kan niet "
                "binnen een dag. Probeer het morgen opnieuw."
            )
            % {"school": school.name, "limit": per_school},
            code="too_many_for_school",
        )


@transaction.atomic
def invitation_create(*, school: School, email: str, role: str, invited_by: User) -> Invitation:
    """A coordinator invites a colleague (by e-mail address) to the school team.

    Refused when the address already belongs to a member or already has an open invitation: the
    coordinator can revoke that one and invite again.
    """
    require_coordinator(school=school, user=invited_by)
    email = _normalise_email(email)
    validate_mailbox(email)
    if role not in Membership.Role.values:
        raise ValidationError(_("Kies een geldige rol."), code="invalid_role")
    _refuse_if_too_many_invitations(school=school, invited_by=invited_by)
    if Membership.objects.filter(school=school, user__email__iexact=email).exists():
        raise ValidationError(
            _("%(email)s is al lid van %(school)s.") % {"email": email, "school": school.name},
            code="already_member",
        )
    if invitation_pending_qs().filter(school=school, email__iexact=email).exists():
        raise ValidationError(
            _("Er staat al een uitnodiging open voor %(email)s. Trek die eerst in als je opnieuw wilt uitnodigen.")
            % {"email": email},
            code="already_invited",
        )
    return Invitation.objects.create(school=school, email=email, role=role, invited_by=invited_by)


def invitation_send(*, invitation: Invitation, accept_url: str, language: str | None = None) -> None:
    """E-mail the invitation link, in the given language (the inviter's), falling back to Dutch.

    Raises whatever the mail backend raises, so that the caller can roll back and say so.
    """
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    with translation.override(language):
        context = {
            "invitation": invitation,
            "school": invitation.school,
            "inviter": invitation.invited_by,
            "inviter_name": str(invitation.invited_by) if invitation.invited_by else "",
            "role": invitation.get_role_display(),
            "accept_url": accept_url,
            "expires_at": timezone.localtime(invitation.expires_at),
            "site_name": settings.WAGTAIL_SITE_NAME,
        }
        subject_template = select_template(
            [f"community/email/invitation_subject_{language}.txt", "community/email/invitation_subject_nl.txt"]
        )
        body_template = select_template(
            [f"community/email/invitation_message_{language}.txt", "community/email/invitation_message_nl.txt"]
        )
        subject = " ".join(subject_template.render(context).split())
        body = body_template.render(context)
    reply_to = [invitation.invited_by.email] if invitation.invited_by and invitation.invited_by.email else []
    EmailMessage(subject=subject, body=body, to=[invitation.email], reply_to=reply_to).send()


def invitation_accept(*, invitation: Invitation, user: User) -> Membership:
    """The invited colleague joins the school team.

    The invitation must still be open and addressed to one of the person's own (verified) addresses: the
    link is a key to the team's private work, so a forwarded link does not let someone else in. Someone
    who is already a member keeps their membership; an invitation as coordinator promotes them.
    """
    with transaction.atomic():
        invitation = Invitation.objects.select_for_update().select_related("school").get(pk=invitation.pk)
        if not invitation.is_usable:
            raise ValidationError(_("Deze uitnodiging kan niet meer worden gebruikt."), code=invitation.status)
        if not user_has_email(user=user, email=invitation.email):
            raise ValidationError(
                _("Deze uitnodiging is verstuurd naar %(email)s, niet naar het adres waarmee je bent ingelogd.")
                % {"email": invitation.email},
                code="wrong_email",
            )
        membership, created = Membership.objects.get_or_create(
            user=user, school=invitation.school, defaults={"role": invitation.role}
        )
        if not created and invitation.role == Membership.Role.COORDINATOR and not membership.is_coordinator:
            membership.role = Membership.Role.COORDINATOR
            membership.save(update_fields=["role"])
        invitation.accepted_at = timezone.now()
        invitation.accepted_by = user
        invitation.save(update_fields=["accepted_at", "accepted_by"])
    return membership


def invitation_revoke(*, invitation: Invitation, revoked_by: User) -> None:
    """A coordinator withdraws an open invitation; its link then says so."""
    require_coordinator(school=invitation.school, user=revoked_by)
    if not invitation.is_usable:
        raise ValidationError(_("Deze uitnodiging staat niet meer open."), code="not_pending")
    invitation.revoked_at = timezone.now()
    invitation.save(update_fields=["revoked_at"])


def _refuse_if_last_coordinator(membership: Membership, message: str) -> None:
    if membership.is_coordinator and coordinator_count(school=membership.school) <= 1:
        others = Membership.objects.filter(school=membership.school).exclude(pk=membership.pk).exists()
        if others:
            raise ValidationError(message, code="last_coordinator")


@transaction.atomic
def membership_remove(*, membership: Membership, removed_by: User) -> None:
    """A coordinator takes a colleague off the school team."""
    require_coordinator(school=membership.school, user=removed_by)
    if membership.user_id == removed_by.pk:
        membership_leave(membership=membership)
        return
    membership.delete()


@transaction.atomic
def membership_leave(*, membership: Membership) -> None:
    """A person leaves a school team. The last coordinator of a team with other members cannot leave:
    someone has to be able to invite and manage the team."""
    _refuse_if_last_coordinator(
        membership,
        _("Je bent de enige coördinator van %(school)s. Maak eerst een collega coördinator.")
        % {"school": membership.school.name},
    )
    membership.delete()


@transaction.atomic
def membership_set_role(*, membership: Membership, role: str, changed_by: User) -> Membership:
    """A coordinator makes a colleague coordinator, or a coordinator a team member again."""
    require_coordinator(school=membership.school, user=changed_by)
    if role not in Membership.Role.values:
        raise ValidationError(_("Kies een geldige rol."), code="invalid_role")
    if (
        role == Membership.Role.MEMBER
        and membership.is_coordinator
        and coordinator_count(school=membership.school) <= 1
    ):
        raise ValidationError(
            _("Een team heeft minstens één coördinator nodig. Maak eerst een collega coördinator."),
            code="last_coordinator",
        )
    membership.role = role
    membership.save(update_fields=["role"])
    return membership


# --- Deleting an account -----------------------------------------------------------------------------------


def account_delete_refusals(*, user: User) -> list[str]:
    """Why this account cannot be deleted by its owner now, in words for them; empty when it can.

    People who run the site (the Wagtail admin) ask an administrator, so that the site never loses its last
    editor by one click. The last coordinator of a team with colleagues hands the role on first, as when
    leaving the team."""
    reasons = []
    if user.is_superuser or user.has_perm("wagtailadmin.access_admin"):
        reasons.append(
            _(
                "Je werkt ook in het beheer van de site. Vraag een beheerder om je account te verwijderen, "
                "zodat er altijd iemand overblijft die de site kan bijhouden."
            )
        )
    for membership in Membership.objects.filter(user=user, role=Membership.Role.COORDINATOR).select_related("school"):
        try:
            _refuse_if_last_coordinator(membership, "")
        except ValidationError:
            reasons.append(
                _(
                    "Je bent de enige coördinator van %(school)s. Maak eerst een collega coördinator, "
                    "dan kan het team verder zonder jou."
                )
                % {"school": membership.school.name}
            )
    return reasons


@transaction.atomic
def account_delete(*, user: User, remove_content: bool = False, by_member: bool = True) -> AccountDeletion:
    """Delete an account and everything that is only the member's. Every app first lets go of what it keeps
    (``core.member_data.erase``: posts stay unsigned unless ``remove_content``); then the account row goes,
    and one line without personal data is written to the deletion log. Final at once: there is no undo."""
    reasons = account_delete_refusals(user=user) if by_member else []  # an administrator decides for themselves
    if reasons:
        raise ValidationError(reasons, code="refused")
    counts = erase(user, remove_content=remove_content)
    user.delete()
    logger.info("An account was deleted (content removed: %s).", remove_content)
    return AccountDeletion.objects.create(by_member=by_member, content_removed=remove_content, counts=counts)
