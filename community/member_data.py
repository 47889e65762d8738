"""What community keeps about a member, for their data download (core.member_data)."""

from __future__ import annotations

from django.utils.translation import gettext as _

from core.member_data import DataSection


def sections(user) -> list[DataSection]:
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator
    from axes.models import AccessLog

    from community.models import Invitation, Membership

    addresses = _addresses(user)
    account = DataSection(
        key="account",
        title=_("Account"),
        fields=[
            ("email", _("E-mailadres")),
            ("first_name", _("Voornaam")),
            ("last_name", _("Achternaam")),
            ("date_joined", _("Account gemaakt op")),
            ("last_login", _("Laatst ingelogd")),
            ("email_verified", _("E-mailadres bevestigd")),
            ("second_factor", _("Tweede stap bij inloggen")),
        ],
        rows=[
            {
                "email": user.email,
                "first_name": user.first_name,
                "last_name": user.last_name,
                "date_joined": user.date_joined,
                "last_login": user.last_login,
                "email_verified": EmailAddress.objects.filter(user=user, verified=True).exists(),
                "second_factor": sorted(
                    Authenticator.objects.filter(user=user).values_list("type", flat=True)
                ),  # the kinds only: keys and codes stay secret, also from this file
            }
        ],
    )
    memberships = DataSection(
        key="memberships",
        title=_("Lidmaatschappen van schoolteams"),
        fields=[("school", _("School")), ("brin", _("BRIN")), ("role", _("Rol")), ("joined_at", _("Lid sinds"))],
        rows=[
            {"school": m.school.name, "brin": m.school.brin, "role": m.get_role_display(), "joined_at": m.joined_at}
            for m in Membership.objects.filter(user=user).select_related("school").order_by("joined_at", "pk")
        ],
    )
    invitations = DataSection(
        key="invitations_sent",
        title=_("Uitnodigingen die je verstuurde"),
        fields=[
            ("school", _("School")),
            ("role", _("Rol")),
            ("created_at", _("Verstuurd op")),
            ("accepted_at", _("Geaccepteerd op")),
            ("revoked_at", _("Ingetrokken op")),
        ],
        rows=[
            {
                "school": i.school.name,
                "role": i.get_role_display(),
                "created_at": i.created_at,
                "accepted_at": i.accepted_at,
                "revoked_at": i.revoked_at,
            }
            for i in Invitation.objects.filter(invited_by=user).select_related("school").order_by("created_at", "pk")
        ],
        note=_("Zonder het adres van je collega: dat zijn haar of zijn gegevens, niet de jouwe."),
    )
    received = DataSection(
        key="invitations_received",
        title=_("Uitnodigingen aan jou"),
        fields=[
            ("school", _("School")),
            ("role", _("Rol")),
            ("created_at", _("Verstuurd op")),
            ("status", _("Status")),
        ],
        rows=[
            {
                "school": i.school.name,
                "role": i.get_role_display(),
                "created_at": i.created_at,
                "status": str(i.get_status_display()),
            }
            for i in Invitation.objects.filter(_to_member(user, addresses))
            .select_related("school")
            .order_by("created_at", "pk")
        ],
        note=_("Zonder wie je uitnodigde: dat zijn de gegevens van je collega."),
    )
    logins = DataSection(
        key="sign_ins",
        title=_("Inloggen op je account"),
        fields=[
            ("at", _("Ingelogd op")),
            ("logout_at", _("Uitgelogd op")),
            ("ip_address", _("IP-adres")),
            ("browser", _("Browser")),
        ],
        rows=[
            {
                "at": log.attempt_time,
                "logout_at": log.logout_time,
                "ip_address": log.ip_address,
                "browser": log.user_agent,
            }
            for log in AccessLog.objects.filter(username__in=addresses).order_by("attempt_time", "pk")
        ],
        note=_("De site houdt dit bij om inbraak op accounts te zien en tegen te houden."),
    )
    return [account, memberships, invitations, received, logins]


def _to_member(user, addresses: set[str]):
    from django.db.models import Q

    to_member = Q(accepted_by=user)
    for address in addresses:
        to_member |= Q(email__iexact=address)
    return to_member


def _addresses(user) -> set[str]:
    """The account's login address and its other verified ones, lower-cased as the login records keep them
    (community.axes). Not an unverified address: anyone can add one, and it may be someone else's."""
    from allauth.account.models import EmailAddress

    return {user.email.lower()} | {
        address.lower()
        for address in EmailAddress.objects.filter(user=user, verified=True).values_list("email", flat=True)
    }


def erase(user, *, remove_content: bool) -> dict[str, int]:
    """Memberships go with the account (the rows cascade). The invitations sent to the member hold their
    address: they go too, as do the records of their logins and failed attempts (address, IP, browser).
    Invitations they sent stay with the school, without the sender."""
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import ModelLogEntry

    from community.models import Invitation, Membership, User

    addresses = _addresses(user)
    invitations = Invitation.objects.filter(_to_member(user, addresses))
    # Wagtail's history of admin edits names the account, its memberships and those invitations in each line.
    admin_history = [(User, [user.pk])]
    admin_history.append((Membership, list(Membership.objects.filter(user=user).values_list("pk", flat=True))))
    admin_history.append((Invitation, list(invitations.values_list("pk", flat=True))))
    for model, pks in admin_history:
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(model), object_id__in=[str(pk) for pk in pks]
        ).delete()
    removed, _detail = invitations.delete()
    sign_ins = 0
    for model in (AccessLog, AccessAttempt, AccessFailureLog):
        sign_ins += model.objects.filter(username__in=addresses).delete()[0]
    return {
        "memberships": Membership.objects.filter(user=user).count(),
        "invitations_removed": removed,
        "sign_in_records_removed": sign_ins,
    }
