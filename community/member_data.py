"""What community keeps about a member, for their data download (core.member_data)."""

from __future__ import annotations

from django.utils.translation import gettext as _

from core.member_data import DataSection


def sections(user) -> list[DataSection]:
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator

    from community.models import Invitation, Membership

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
    return [account, memberships, invitations]


def erase(user, *, remove_content: bool) -> dict[str, int]:
    """Memberships go with the account (the rows cascade). The invitations sent to the member hold their
    address: they go too. Invitations they sent stay with the school, without the sender."""
    from allauth.account.models import EmailAddress
    from django.db.models import Q

    from community.models import Invitation, Membership

    addresses = {user.email.lower()} | {
        address.lower() for address in EmailAddress.objects.filter(user=user).values_list("email", flat=True)
    }
    to_member = Q(accepted_by=user)
    for address in addresses:
        to_member |= Q(email__iexact=address)
    removed, _detail = Invitation.objects.filter(to_member).delete()
    return {"memberships": Membership.objects.filter(user=user).count(), "invitations_removed": removed}
