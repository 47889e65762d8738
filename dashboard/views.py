"""Mijn WIJschool: a member's start page, built from the features' own selectors, with a fixed number of queries
however many schools, rounds, actions, threads and saved items they have (tests/dashboard)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language

from community import selectors as community
from folders import selectors as folders
from folders.models import SavedItem
from forum import selectors as forum
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
    saved = list(SavedItem.objects.filter(owner=user).order_by("-saved_at", "-pk")[:RECENT_SAVED])
    return render(
        request,
        "dashboard/home.html",
        {
            "schools": list(by_school.values()),
            "actions": actions,
            "threads": forum.followed_threads(user),
            "saved": folders.cards_for(saved, user=user, request=request),
            "saved_total": SavedItem.objects.filter(owner=user).count(),
        },
    )
