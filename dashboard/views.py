"""Mijn WIJschool: a member's start page, built from the features' own selectors, with a fixed number of queries
however many schools, rounds, actions, threads and saved items they have (tests/dashboard)."""

from __future__ import annotations

import json

from allauth.account.decorators import reauthentication_required
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from alerts import selectors as alerts
from community import selectors as community
from community import services as community_services
from core import member_data
from dashboard.forms import DeleteAccountForm, ProfileForm
from folders import selectors as folders
from forum import selectors as forum
from forum import services as forum_services
from forum.models import ForumProfile
from library import sharing
from scan import selectors as scan
from scan.definition import Definition

RECENT_SAVED = 5


@login_required
def home(request: HttpRequest) -> HttpResponse:
    user = request.user
    memberships = list(community.membership_list_for_user(user=user))
    school_ids = [m.school_id for m in memberships]
    language = get_language()
    rounds = scan.rounds_for_member(school_ids=school_ids) if school_ids else []
    for round_ in rounds:
        round_.definition = Definition(round_.version.definition, language)
    by_school = {m.school_id: {"membership": m, "open": [], "recent": []} for m in memberships}
    for round_ in rounds:
        entry = by_school[round_.school_id]
        if round_.is_open:
            entry["open"].append(round_)
        elif len(entry["recent"]) < 2:
            entry["recent"].append(round_)
    today = timezone.localdate()
    actions = scan.actions_due(user=user, school_ids=school_ids) if school_ids else []
    for action in actions:
        action.overdue = action.due_date < today
    saved, saved_total = folders.recent_items(user=user, limit=RECENT_SAVED)
    notices, notices_unread = alerts.notices_for(user, language=language)
    can_share = any(m.role in sharing.SHARING_ROLES for m in memberships)
    shared, shared_total = sharing.submissions_for(user) if can_share else ([], 0)
    return render(
        request,
        "dashboard/home.html",
        {
            "schools": list(by_school.values()),
            "actions": actions,
            "threads": forum.followed_threads(user),
            "saved": folders.cards_for(saved, user=user, request=request),
            "saved_total": saved_total,
            "notices": notices,
            "notices_unread": notices_unread,
            "shared": shared,
            "shared_total": shared_total,
            "can_share": can_share,
        },
    )


# --- My data (AVG) -----------------------------------------------------------------------------------------


@login_required
@never_cache
def my_data(request: HttpRequest) -> HttpResponse:
    """The member's profile (name, name on the forum), their teams and mail settings, what the site keeps about
    them (section by section, with counts), the two downloads and the way to delete the account."""
    user = request.user
    profile = ForumProfile.objects.filter(user=user).first()  # made on first use of the forum, not by a visit here
    form = ProfileForm(
        initial={
            "first_name": user.first_name,
            "last_name": user.last_name,
            "display_name": profile.display_name if profile else user.get_full_name(),
        }
    )
    if request.method == "POST":
        form = ProfileForm(request.POST)
        if form.is_valid():
            try:
                with transaction.atomic():
                    forum_services.profile_rename(user=user, display_name=form.cleaned_data["display_name"])
                    user.first_name = form.cleaned_data["first_name"]
                    user.last_name = form.cleaned_data["last_name"]
                    user.save(update_fields=["first_name", "last_name"])
            except forum_services.ForumError as error:
                form.add_error("display_name", error.message)
            else:
                messages.success(request, _("Je gegevens zijn opgeslagen."))
                return redirect("dashboard:data")
    sections = member_data.collect(user)
    return render(
        request,
        "dashboard/data.html",
        {
            "form": form,
            "email_mode": (
                profile.get_email_mode_display()
                if profile
                else ForumProfile.EmailMode(ForumProfile._meta.get_field("email_mode").default).label
            ),
            "memberships": list(community.membership_list_for_user(user=user)),
            "sections": sections,
        },
        status=400 if form.is_bound and form.errors else 200,
    )


@login_required
@require_GET
def data_download(request: HttpRequest, fmt: str) -> HttpResponse:
    """Everything the site keeps about the member, as JSON (for a machine) or as one HTML file that opens in any
    browser (for a person); both from the same sections. Only ever the signed-in member's own data: there is no
    id in the address to change."""
    if fmt not in ("json", "html"):
        raise Http404
    user = request.user
    now = timezone.now()
    sections = [section.with_full_addresses(request.build_absolute_uri) for section in member_data.collect(user)]
    if fmt == "json":
        payload = {
            "site": "WIJschool Community",
            "exported_at": now.isoformat(),
            "language": get_language(),
            "sections": {
                section.key: {"title": section.title, "note": section.note, "rows": section.as_json()}
                for section in sections
            },
        }
        body = json.dumps(payload, ensure_ascii=False, indent=2)
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
    else:
        body = render_to_string(
            "dashboard/data_export.html", {"sections": sections, "exported_at": now, "member": user}, request=request
        )
        response = HttpResponse(body, content_type="text/html; charset=utf-8")
    filename = f"wijschool-mijn-gegevens-{timezone.localdate():%Y-%m-%d}.{fmt}"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store, private"
    response["X-Content-Type-Options"] = "nosniff"
    return response


def _deletion_confirmed(request: HttpRequest) -> bool:
    # The password is asked only for a form that would delete: a missing tick gets its message first.
    return request.method == "POST" and DeleteAccountForm(request.POST).is_valid()


@login_required
@never_cache
@reauthentication_required(allow_get=True, enabled=_deletion_confirmed)
def delete_account(request: HttpRequest) -> HttpResponse:
    """What deleting the account means, in plain words, and the form that does it. A complete form asks for the
    password again (allauth keeps the form's answers while it asks and sends them on); the account goes at once."""
    user = request.user
    refusals = community_services.account_delete_refusals(user=user)
    form = DeleteAccountForm()
    if request.method == "POST" and not refusals:
        form = DeleteAccountForm(request.POST)
        if form.is_valid():
            try:
                community_services.account_delete(
                    user=user, remove_content=form.cleaned_data["posts"] == DeleteAccountForm.REMOVE
                )
            except ValidationError as error:
                refusals = error.messages
            else:
                logout(request)
                request.session["account_deleted"] = True
                return redirect("dashboard:deleted")
    counts = {section.key: len(section.rows) for section in member_data.collect(user)}
    return render(
        request,
        "dashboard/delete.html",
        {"form": form, "refusals": refusals, "counts": counts, "backup_days": settings.BACKUP_RETENTION_DAYS},
        status=400 if (form.is_bound and form.errors) else 200,
    )


@never_cache
def account_deleted(request: HttpRequest) -> HttpResponse:
    """The page after the deletion. Only right after one: a visitor who types the address goes home."""
    if not request.session.pop("account_deleted", False):
        return redirect("/")
    return render(request, "dashboard/deleted.html")
