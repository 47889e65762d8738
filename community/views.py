"""Views for school teams: "Mijn scholen", inviting colleagues, accepting an invitation, managing the team.

Views are thin: they find what the signed-in person may see (``selectors``), hand writes to
``services`` and turn a refusal into a message. A school someone does not coordinate answers 404 on
every management URL, so the URLs do not reveal which schools exist.
"""

from __future__ import annotations

import logging
from smtplib import SMTPException

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from community import selectors, services
from community.adapters import INVITED_EMAIL_SESSION_KEY
from community.forms import InvitationForm, RoleForm
from community.models import Invitation, Membership

logger = logging.getLogger(__name__)


def _school_url(school_id: int) -> str:
    return f"{reverse('community:my_schools')}#school-{school_id}"


def _invite_form(school_id: int, data=None) -> InvitationForm:
    # One form per coordinated school on "Mijn scholen": ids must differ per school.
    return InvitationForm(data, auto_id=f"invite-{school_id}-%s")


@login_required
def my_schools(request: HttpRequest) -> HttpResponse:
    """The schools the signed-in person belongs to; for coordinators also the team and open invitations."""
    memberships = list(selectors.membership_list_for_user(user=request.user))
    teams = {school.pk: school for school in selectors.coordinated_schools_with_team(user=request.user)}
    entries = [
        {
            "membership": membership,
            "school": membership.school,
            "team": teams.get(membership.school_id),
            "invite_form": _invite_form(membership.school_id) if membership.school_id in teams else None,
        }
        for membership in memberships
    ]
    return render(request, "community/my_schools.html", {"entries": entries})


@login_required
@require_http_methods(["GET", "POST"])
def invite(request: HttpRequest, school_id: int) -> HttpResponse:
    """A coordinator invites a colleague; the e-mail goes out in the coordinator's language."""
    school = selectors.school_get_for_coordinator(user=request.user, school_id=school_id)
    form = _invite_form(school.pk, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                invitation = services.invitation_create(
                    school=school,
                    email=form.cleaned_data["email"],
                    role=form.cleaned_data["role"],
                    invited_by=request.user,
                )
                accept_url = request.build_absolute_uri(reverse("community:invitation_accept", args=[invitation.token]))
                services.invitation_send(invitation=invitation, accept_url=accept_url, language=get_language())
        except ValidationError as error:
            # A limit is about the coordinator or the school, not the address: said above the form, which
            # keeps what was typed.
            form.add_error(None if error.code in services.INVITATION_LIMIT_CODES else "email", error)
        except (SMTPException, OSError):
            logger.exception("Could not send the invitation e-mail for school %s", school.pk)
            form.add_error(
                None, _("De uitnodiging kon niet worden verstuurd. Probeer het over een paar minuten opnieuw.")
            )
        else:
            messages.success(
                request,
                _("De uitnodiging is verstuurd naar %(email)s. De link is 14 dagen geldig.")
                % {"email": invitation.email},
            )
            return redirect(_school_url(school.pk))
    return render(request, "community/invite.html", {"school": school, "form": form})


@login_required
@require_http_methods(["GET", "POST"])
def member_remove(request: HttpRequest, school_id: int, membership_id: int) -> HttpResponse:
    """A coordinator takes a colleague off the team (after confirming)."""
    school = selectors.school_get_for_coordinator(user=request.user, school_id=school_id)
    membership = get_object_or_404(Membership.objects.select_related("user", "school"), pk=membership_id, school=school)
    if request.method == "POST":
        try:
            services.membership_remove(membership=membership, removed_by=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                _("%(person)s is geen lid meer van %(school)s.") % {"person": membership.user, "school": school.name},
            )
        return redirect(_school_url(school.pk))
    return render(
        request,
        "community/confirm.html",
        {
            "title": _("Teamlid verwijderen"),
            "question": _("Wil je %(person)s verwijderen uit het team van %(school)s?")
            % {"person": membership.user, "school": school.name},
            "explanation": _(
                "Je collega kan daarna niet meer bij de gegevens van het team. Je kunt later opnieuw uitnodigen."
            ),
            "button": _("Verwijderen uit het team"),
            "cancel_url": _school_url(school.pk),
        },
    )


@login_required
def member_role(request: HttpRequest, school_id: int, membership_id: int) -> HttpResponse:
    """A coordinator makes a colleague coordinator, or a coordinator team member again (POST only).

    The school is checked before the method, so that anyone else gets the same 404 as elsewhere.
    """
    school = selectors.school_get_for_coordinator(user=request.user, school_id=school_id)
    membership = get_object_or_404(Membership.objects.select_related("user", "school"), pk=membership_id, school=school)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = RoleForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Kies een geldige rol."))
        return redirect(_school_url(school.pk))
    try:
        services.membership_set_role(membership=membership, role=form.cleaned_data["role"], changed_by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("%(person)s is nu %(role)s.")
            % {"person": membership.user, "role": membership.get_role_display().lower()},
        )
    return redirect(_school_url(school.pk))


@login_required
@require_http_methods(["GET", "POST"])
def invitation_revoke(request: HttpRequest, school_id: int, invitation_id: int) -> HttpResponse:
    """A coordinator withdraws an open invitation (after confirming)."""
    school = selectors.school_get_for_coordinator(user=request.user, school_id=school_id)
    invitation = selectors.invitation_get_pending(school=school, invitation_id=invitation_id)
    if request.method == "POST":
        try:
            services.invitation_revoke(invitation=invitation, revoked_by=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("De uitnodiging voor %(email)s is ingetrokken.") % {"email": invitation.email})
        return redirect(_school_url(school.pk))
    return render(
        request,
        "community/confirm.html",
        {
            "title": _("Uitnodiging intrekken"),
            "question": _("Wil je de uitnodiging voor %(email)s intrekken?") % {"email": invitation.email},
            "explanation": _("De link in de e-mail werkt daarna niet meer."),
            "button": _("Uitnodiging intrekken"),
            "cancel_url": _school_url(school.pk),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def leave(request: HttpRequest, school_id: int) -> HttpResponse:
    """A person leaves a school team (after confirming)."""
    membership = selectors.membership_get_for_user(user=request.user, school_id=school_id)
    school = membership.school
    if request.method == "POST":
        try:
            services.membership_leave(membership=membership)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect(_school_url(school.pk))
        messages.success(request, _("Je bent geen lid meer van %(school)s.") % {"school": school.name})
        return redirect("community:my_schools")
    return render(
        request,
        "community/confirm.html",
        {
            "title": _("Team verlaten"),
            "question": _("Wil je het team van %(school)s verlaten?") % {"school": school.name},
            "explanation": _(
                "Je kunt daarna niet meer bij de gegevens van het team. "
                "Wil je terug, dan heb je een nieuwe uitnodiging nodig."
            ),
            "button": _("Team verlaten"),
            "cancel_url": _school_url(school.pk),
        },
    )


def _invitation_unusable(request: HttpRequest, invitation: Invitation | None) -> HttpResponse:
    """A calm page for a link that does not (or no longer) work: 404 when unknown, 200 otherwise."""
    status = invitation.status if invitation is not None else "unknown"
    return render(
        request,
        "community/invitation_invalid.html",
        {"invitation": invitation, "status": status},
        status=404 if invitation is None else 200,
    )


@require_http_methods(["GET", "POST"])
def invitation_accept(request: HttpRequest, token: str) -> HttpResponse:
    """The link in an invitation e-mail.

    Not signed in: the page says who invites you to which school, and sends you to log in or sign up,
    coming back here afterwards. Signed in: one button to join. The invitation must be addressed to one
    of your own addresses.
    """
    invitation = selectors.invitation_get_by_token(token=token)
    if invitation is None:
        return _invitation_unusable(request, None)
    if not invitation.is_usable:
        if request.user.is_authenticated and invitation.accepted_by_id == request.user.pk:
            messages.info(request, _("Je bent al lid van %(school)s.") % {"school": invitation.school.name})
            return redirect(_school_url(invitation.school_id))
        return _invitation_unusable(request, invitation)

    if not request.user.is_authenticated:
        # Opening the link proves the address: signing up with it needs no separate confirmation mail.
        request.session[INVITED_EMAIL_SESSION_KEY] = invitation.email
        login_query = urlencode({"next": request.path})
        signup_query = urlencode({"next": request.path, "email": invitation.email})
        return render(
            request,
            "community/invitation_accept.html",
            {
                "invitation": invitation,
                "login_url": f"{reverse('account_login')}?{login_query}",
                "signup_url": f"{reverse('account_signup')}?{signup_query}",
            },
        )

    email_matches = selectors.user_has_email(user=request.user, email=invitation.email)
    if request.method == "POST" and email_matches:
        try:
            services.invitation_accept(invitation=invitation, user=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect(request.path)
        request.session.pop(INVITED_EMAIL_SESSION_KEY, None)
        messages.success(request, _("Welkom in het team van %(school)s.") % {"school": invitation.school.name})
        return redirect(_school_url(invitation.school_id))
    already_member = selectors.is_member(user=request.user, school=invitation.school)
    return render(
        request,
        "community/invitation_accept.html",
        {
            "invitation": invitation,
            "email_matches": email_matches,
            "already_member": already_member,
            "logout_next": request.path,
        },
        status=403 if request.method == "POST" else 200,
    )
