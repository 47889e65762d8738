"""Views of the self-scan: the team's rounds, anonymous answering, results, the plan van aanpak and its exports.

Team pages need a membership of the round's school (404 otherwise, for every URL of a round). Answering
needs no account: a round is joined by its link or code, and each colleague gets a personal, unguessable key
(kept in a signed cookie for this browser and shown as a resume link; no other URL carries it). Nothing about a
respondent is stored but an HMAC of that key, an optional role and the answers.
"""

from __future__ import annotations

import logging
from types import SimpleNamespace

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST
from wagtail.models import Page

from core.models import PartnerType
from scan import anonymity, exports, invitation, selectors, services
from scan.definition import Definition, snapshot
from scan.forms import ActionForm, AnswerForm, CodeForm, QuickScanForm, RoleForm, RoundOpenForm
from scan.models import Action, Respondent, Round, ScanPage

logger = logging.getLogger(__name__)

COOKIE_AGE = 60 * 60 * 24 * 90
COOKIE_SALT = "scan.respondent"


def _cookie_name(round_id: int) -> str:
    return f"wijscan_{round_id}"


def _remember(request, response, round_: Round, key: str):
    """This browser remembers the colleague's personal key for the round: a signed, HttpOnly, SameSite=Lax
    cookie, Secure wherever the session cookie is (production). The raw key is never stored on the server."""
    response.set_signed_cookie(
        _cookie_name(round_.pk),
        key,
        salt=COOKIE_SALT,
        max_age=COOKIE_AGE,
        httponly=True,
        samesite="Lax",
        secure=settings.SESSION_COOKIE_SECURE or request.is_secure(),
    )
    return response


def _remembered_key(request, round_id: int) -> str:
    """The personal key this browser holds for the round ('' when none, or when the cookie was tampered with)."""
    return request.get_signed_cookie(_cookie_name(round_id), default="", salt=COOKIE_SALT, max_age=COOKIE_AGE)


def _message(request, text, *, status=200, title=None):
    return render(request, "scan/message.html", {"title": title or text, "text": text}, status=status)


def _definition(round_: Round) -> Definition:
    return Definition(round_.version.definition, get_language())


# --- the team ---------------------------------------------------------------------------------------------


@login_required
def team(request: HttpRequest, school_id: int) -> HttpResponse:
    """A school's scans: its rounds (open and closed) and, for coordinators, the scans to open a round of."""
    membership = selectors.membership_get(user=request.user, school_id=school_id)
    rounds = list(selectors.rounds_for_school(school=membership.school))
    language = get_language()
    for round_ in rounds:
        round_.definition = Definition(round_.version.definition, language)
    return render(
        request,
        "scan/team.html",
        {
            "school": membership.school,
            "membership": membership,
            "rounds": rounds,
            "scans": list(selectors.scans_live()) if membership.is_coordinator else [],
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def round_new(request: HttpRequest, school_id: int, scan_id: int) -> HttpResponse:
    """A coordinator opens a round of a scan for the school."""
    membership = selectors.membership_get(user=request.user, school_id=school_id)
    if not membership.is_coordinator:
        raise Http404
    scan = get_object_or_404(ScanPage.objects.live(), pk=scan_id)
    definition = Definition(snapshot(scan), get_language())
    form = RoundOpenForm(request.POST if request.method == "POST" else None, definition=definition)
    if request.method == "POST" and form.is_valid():
        try:
            round_ = services.round_open(
                school=membership.school,
                scan=scan,
                parts=form.cleaned_data["parts"],
                label=form.cleaned_data["label"],
                closes_on=form.cleaned_data["closes_on"],
                opened_by=request.user,
            )
        except ValidationError as error:
            form.add_error("closes_on" if error.code == "past" else None, error.messages[0])
        else:
            messages.success(request, _("De ronde is geopend. Deel de link of de code met je collega's."))
            return redirect("scan:round", round_id=round_.pk)
    return render(
        request,
        "scan/round_new.html",
        {"school": membership.school, "scan": scan, "definition": definition, "form": form},
    )


@login_required
def round_detail(request: HttpRequest, round_id: int) -> HttpResponse:
    round_, membership = selectors.round_get_for_member(user=request.user, round_id=round_id)
    counts = (
        selectors.rounds_for_school(school=round_.school)
        .filter(pk=round_.pk)
        .values("n_started", "n_completed", "n_answering")
    )
    round_counts = counts.first() or {"n_started": 0, "n_completed": 0, "n_answering": 0}
    return render(
        request,
        "scan/round.html",
        {
            "round": round_,
            "school": round_.school,
            "membership": membership,
            "definition": _definition(round_),
            "counts": round_counts,
            "may_reopen": anonymity.may_reopen(n_respondents=round_counts["n_answering"]),
            "min_team": anonymity.MIN_TEAM,
            **_invitation_context(request, round_),
        },
    )


def _invitation_context(request, round_: Round) -> dict:
    """The round's link, the code page's address and the link as a QR code, for the round page and the poster."""
    join_url = request.build_absolute_uri(reverse("scan:join", kwargs={"token": round_.token}))
    return {
        "join_url": join_url,
        "code_url": request.build_absolute_uri(reverse("scan:code")),
        "qr_code": invitation.qr_svg(join_url, label=_("QR-code met de link naar de scan")),
    }


@login_required
def round_invitation(request: HttpRequest, round_id: int) -> HttpResponse:
    """A printable A4 invitation for the staff room: what the scan is, the QR code, the link and the code."""
    round_, _membership = selectors.round_get_for_member(user=request.user, round_id=round_id)
    if not round_.is_open:
        return redirect("scan:round", round_id=round_.pk)
    return render(
        request,
        "scan/invitation.html",
        {
            "round": round_,
            "school": round_.school,
            "definition": _definition(round_),
            "min_team": anonymity.MIN_TEAM,
            **_invitation_context(request, round_),
        },
    )


def _coordinator_round(request, round_id) -> Round:
    round_, membership = selectors.round_get_for_member(user=request.user, round_id=round_id)
    if not membership.is_coordinator:
        raise Http404
    return round_


@login_required
@require_POST
def round_close(request: HttpRequest, round_id: int) -> HttpResponse:
    round_ = _coordinator_round(request, round_id)
    services.round_close(round_=round_, user=request.user)
    messages.success(request, _("De ronde is gesloten. De resultaten staan vast."))
    return redirect("scan:round", round_id=round_.pk)


@login_required
@require_POST
def round_reopen(request: HttpRequest, round_id: int) -> HttpResponse:
    round_ = _coordinator_round(request, round_id)
    try:
        services.round_reopen(round_=round_, user=request.user)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, _("De ronde is weer open. Collega's kunnen antwoorden en hun antwoorden wijzigen."))
    return redirect("scan:round", round_id=round_.pk)


@login_required
@require_http_methods(["GET", "POST"])
def round_delete(request: HttpRequest, round_id: int) -> HttpResponse:
    round_ = _coordinator_round(request, round_id)
    if request.method == "POST":
        school_id = round_.school_id
        services.round_delete(round_=round_, user=request.user)
        messages.success(request, _("De ronde en alle antwoorden zijn verwijderd."))
        return redirect("scan:team", school_id=school_id)
    return render(
        request,
        "scan/round_delete.html",
        {"round": round_, "school": round_.school, "definition": _definition(round_)},
    )


@login_required
def round_results(request: HttpRequest, round_id: int) -> HttpResponse:
    round_, membership = selectors.round_get_for_member(user=request.user, round_id=round_id)
    results = selectors.round_results(round_=round_)
    return render(
        request,
        "scan/results.html",
        {
            "round": round_,
            "school": round_.school,
            "membership": membership,
            "results": results,
            "knelpunt_threads": _knelpunt_threads(round_, results, request),
            "min_team": anonymity.MIN_TEAM,
            "min_group": anonymity.MIN_GROUP,
        },
    )


def _knelpunt_threads(round_: Round, results, request) -> dict:
    """Per knelpunt shown, what other features have on it (the forum: how other schools handled it, and a way
    to ask), through the ``knelpunt_threads`` hook."""
    from wagtail import hooks

    keys = [row.item.key for row in results.knelpunten]
    scan = round_.version.scan
    scan_page_id = None
    if scan is not None:
        localized = scan.localized
        scan_page_id = localized.pk if localized.live else scan.pk
    found: dict = {}
    for fn in hooks.get_hooks("knelpunt_threads"):
        found.update(fn(knelpunt_keys=keys, scan_page_id=scan_page_id, request=request) or {})
    return found


# --- the plan van aanpak ------------------------------------------------------------------------------------


def _plan_choices(round_: Round, results):
    """What an action can link to: every resource the scan links to (recommended ones first), in this language."""
    language = get_language()
    pages = selectors.resources_linked(definition=results.definition, language=language)
    recommended = [s.key for s in results.suggestions if s.kind == "resource"]
    ordered = dict.fromkeys(recommended + sorted(pages, key=lambda key: pages[key].title))
    resources = [pages[key] for key in ordered if key in pages]
    partner_types = PartnerType.objects.filter(locale__language_code=language).order_by("sort_order", "name")
    return resources, partner_types


def _action_form(round_, results, data=None, initial=None, action: Action | None = None):
    """The action form; editing keeps what the action already links to, also when this round does not offer it
    (another language, another round's parts), so saving never drops it silently."""
    resources, partner_types = _plan_choices(round_, results)
    items = [row.item for row in results.items]
    if action is not None:
        if action.resource is not None and action.resource_id not in {page.pk for page in resources}:
            resources = [*resources, action.resource]
        if action.partner_type_id:
            partner_types = PartnerType.objects.filter(
                Q(pk__in=partner_types.values("pk")) | Q(pk=action.partner_type_id)
            ).order_by("sort_order", "name")
        known = {item.key for item in items}
        earlier = Definition(action.round.version.definition, get_language()).items if action.round else {}
        for key in action.item_keys:
            if key not in known:
                items.append(
                    earlier.get(key)
                    or SimpleNamespace(key=key, number="–", statement=_("Knelpunt uit een eerdere scan"))
                )
    return ActionForm(data, initial=initial, items=items, resources=resources, partner_types=partner_types)


def _suggestion_initial(results, wanted: str) -> dict:
    """Form values for an action made from a recommendation ('resource:<key>' or 'partner:<key>')."""
    kind, _sep, key = (wanted or "").partition(":")
    for suggestion in results.suggestions:
        if suggestion.kind == kind and suggestion.key == key:
            initial = {"item_keys": [item.key for item, _reason in suggestion.reasons], "title": str(suggestion.target)}
            if kind == "resource":
                initial["resource"] = suggestion.target.pk
            else:
                initial["partner_type"] = suggestion.target.pk
            return initial
    return {}


def _action_fields(form) -> dict:
    data = dict(form.cleaned_data)
    resource_id = data.pop("resource", None)
    data["resource"] = Page.objects.filter(pk=resource_id).first() if resource_id else None
    return data


@login_required
@require_http_methods(["GET", "POST"])
def plan(request: HttpRequest, round_id: int) -> HttpResponse:
    """The school's plan van aanpak for this scan, and a form to add an action (from a recommendation or not)."""
    round_, membership = selectors.round_get_for_member(user=request.user, round_id=round_id)
    results = selectors.round_results(round_=round_)
    can_edit = not membership.is_coach
    form = None
    if can_edit:
        initial = _suggestion_initial(results, request.GET.get("suggestion", ""))
        form = _action_form(round_, results, request.POST if request.method == "POST" else None, initial=initial)
        if request.method == "POST" and form.is_valid():
            try:
                services.action_create(round_=round_, user=request.user, **_action_fields(form))
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("De actie staat in het plan."))
                return redirect(reverse("scan:plan", kwargs={"round_id": round_.pk}) + "#plan")
    elif request.method == "POST":
        raise PermissionDenied
    return render(
        request,
        "scan/plan.html",
        {
            "round": round_,
            "school": round_.school,
            "membership": membership,
            "results": results,
            "actions": _actions(round_, results),
            "form": form,
            "can_edit": can_edit,
        },
    )


def _actions(round_, results):
    actions = list(selectors.plan_actions(school=round_.school, scan_key=round_.scan_key))
    items = results.definition.items
    for action in actions:
        action.items = [items[key] for key in action.item_keys if key in items]
        # An action carries out a legal duty when one of its knelpunten is one (the scan's editors mark them);
        # otherwise it is good practice. The plan, its PDF and its spreadsheet say which.
        action.legal_notes = [item.legal_note for item in action.items if item.legal_duty and item.legal_note]
        action.legal_duty = any(item.legal_duty for item in action.items)
    return actions


@login_required
@require_http_methods(["GET", "POST"])
def action_edit(request: HttpRequest, round_id: int, action_id: int) -> HttpResponse:
    round_, membership = selectors.round_get_for_member(user=request.user, round_id=round_id)
    if membership.is_coach:
        raise Http404
    action = get_object_or_404(Action, pk=action_id, school=round_.school, scan_key=round_.scan_key)
    results = selectors.round_results(round_=round_)
    initial = {
        "title": action.title,
        "item_keys": action.item_keys,
        "resource": action.resource_id,
        "partner_type": action.partner_type_id,
        "partner": action.partner,
        "owner": action.owner,
        "start_date": action.start_date,
        "due_date": action.due_date,
        "success_criterion": action.success_criterion,
        "status": action.status,
    }
    form = _action_form(
        round_, results, request.POST if request.method == "POST" else None, initial=initial, action=action
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.action_update(action=action, user=request.user, **_action_fields(form))
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("De actie is bijgewerkt."))
            return redirect(reverse("scan:plan", kwargs={"round_id": round_.pk}) + "#plan")
    return render(
        request,
        "scan/action_edit.html",
        {"round": round_, "school": round_.school, "action": action, "form": form, "results": results},
    )


@login_required
@require_POST
def action_delete(request: HttpRequest, round_id: int, action_id: int) -> HttpResponse:
    round_, membership = selectors.round_get_for_member(user=request.user, round_id=round_id)
    if membership.is_coach:
        raise Http404
    action = get_object_or_404(Action, pk=action_id, school=round_.school, scan_key=round_.scan_key)
    services.action_delete(action=action, user=request.user)
    messages.success(request, _("De actie is uit het plan gehaald."))
    return redirect(reverse("scan:plan", kwargs={"round_id": round_.pk}) + "#plan")


def _plan_context(request, round_id):
    round_, membership = selectors.round_get_for_member(user=request.user, round_id=round_id)
    results = selectors.round_results(round_=round_)
    return {
        "round": round_,
        "school": round_.school,
        "results": results,
        "actions": _actions(round_, results),
        "printed_at": timezone.localtime(),
        "min_team": anonymity.MIN_TEAM,
        "min_group": anonymity.MIN_GROUP,
    }


def _download(export: exports.Export) -> HttpResponse:
    response = HttpResponse(export.content, content_type=export.content_type)
    response["Content-Disposition"] = export.content_disposition
    return response


@login_required
def plan_print(request: HttpRequest, round_id: int) -> HttpResponse:
    """The plan and the results it comes from, laid out for paper (also the PDF's source)."""
    return render(request, "scan/plan_print.html", _plan_context(request, round_id))


@login_required
def plan_pdf(request: HttpRequest, round_id: int) -> HttpResponse:
    context = _plan_context(request, round_id)
    return _download(exports.plan_pdf(context, request=request, base_url=request.build_absolute_uri("/")))


@login_required
def plan_xlsx(request: HttpRequest, round_id: int) -> HttpResponse:
    return _download(exports.plan_xlsx(_plan_context(request, round_id)))


# --- answering (no account) ---------------------------------------------------------------------------------


def _closed(request, round_):
    return render(request, "scan/closed.html", {"round": round_}, status=410)


@require_http_methods(["GET", "POST"])
def join(request: HttpRequest, token: str) -> HttpResponse:
    """The round's invitation link: what the scan is, that it is anonymous, an optional role, and start."""
    round_ = selectors.round_get_by_token(token=token)
    if round_ is None:
        return _message(
            request,
            _("Deze link hoort niet bij een scanronde. Controleer de link, of vul de code in die je kreeg."),
            status=404,
            title=_("Scanronde niet gevonden"),
        )
    if not round_.is_open:
        return _closed(request, round_)
    existing = services.respondent_resolve(raw_key=_remembered_key(request, round_.pk), round_id=round_.pk)
    form = RoleForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        if existing is not None:  # a second click on "start" in the same browser: carry on, count once
            return redirect("scan:answer", round_id=round_.pk, number=1)
        try:
            _respondent, raw = services.respondent_start(round_=round_, role=form.cleaned_data["role"])
        except ValidationError:
            return _closed(request, round_)
        return _remember(request, redirect("scan:answer", round_id=round_.pk, number=1), round_, raw)
    definition = _definition(round_)
    return render(
        request,
        "scan/join.html",
        {
            "round": round_,
            "definition": definition,
            "parts": definition.parts_for(round_.parts),
            "form": form,
            "existing": existing is not None,
            "existing_role": existing.get_role_display() if existing is not None and existing.role else "",
            "min_group": anonymity.MIN_GROUP,
        },
    )


@require_http_methods(["GET"])
def code(request: HttpRequest) -> HttpResponse:
    """Join a round by typing its code (for colleagues who did not get the link)."""
    form = CodeForm(request.GET or None)
    if request.GET and form.is_valid():
        round_ = selectors.round_get_by_code(code=form.cleaned_data["code"])
        if round_ is not None:
            return redirect("scan:join", token=round_.token)
        form.add_error("code", _("Deze code kennen we niet. Controleer de acht tekens (zonder O, 0, I of 1)."))
    return render(request, "scan/code.html", {"form": form})


def _respondent_or_404(request, round_id: int) -> tuple[Respondent, str]:
    """The colleague answering the round in this browser, from its signed cookie, and their personal key.

    The answer, pause and done URLs carry only the round's id, never the key: an access log line (IP address,
    browser, time) cannot be tied to a respondent's row and answers. Without the cookie: 404."""
    key = _remembered_key(request, round_id)
    respondent = services.respondent_resolve(raw_key=key, round_id=round_id)
    if respondent is None:
        raise Http404
    return respondent, key


def _resume_url(request, key: str) -> str:
    return request.build_absolute_uri(reverse("scan:resume", kwargs={"key": key}))


def _next_step(respondent: Respondent) -> HttpResponse:
    """A redirect to the first part with open questions, or to the done page when there is none."""
    round_ = respondent.round
    saved = selectors.respondent_answers(respondent=respondent)
    parts = _definition(round_).parts_for(round_.parts)
    number = next(
        (n for n, part in enumerate(parts, start=1) if any(item.key not in saved for item in part.items)), None
    )
    if number:
        return redirect("scan:answer", round_id=round_.pk, number=number)
    return redirect("scan:done", round_id=round_.pk)


@require_http_methods(["GET", "POST"])
def answer(request: HttpRequest, round_id: int, number: int) -> HttpResponse:
    """One part of the scan for one colleague: save, go back, go on, or stop and come back later."""
    respondent, key = _respondent_or_404(request, round_id)
    round_ = respondent.round
    definition = _definition(round_)
    parts = definition.parts_for(round_.parts)
    if not 1 <= number <= len(parts):
        raise Http404
    if not round_.is_open:
        return _closed(request, round_)
    part = parts[number - 1]
    saved = selectors.respondent_answers(respondent=respondent)
    form = AnswerForm(
        request.POST if request.method == "POST" else None, part=part, initial=AnswerForm.initial_from(saved)
    )
    if request.method == "POST":
        valid = form.is_valid()
        values = form.values()
        if values:
            try:
                services.answers_save(respondent=respondent, values=values)
            except ValidationError as error:
                if error.code == "closed":
                    return _closed(request, round_)
                form.add_error(None, error.messages[0])
                valid = False
        go = request.POST.get("go", "next")
        if valid and go == "stop":
            return redirect("scan:paused", round_id=round_.pk)
        if valid and go == "prev" and number > 1:
            return redirect("scan:answer", round_id=round_.pk, number=number - 1)
        if valid and go == "next":
            missing = form.missing()
            if missing and request.POST.get("confirm_skip") != "1":
                for item_key in missing:
                    form.add_error(item_key, _("Nog niet beantwoord. Kies een niveau of 'weet ik niet'."))
                form.skip_offered = True
            elif number < len(parts):
                return redirect("scan:answer", round_id=round_.pk, number=number + 1)
            else:
                services.respondent_finish(respondent=respondent)
                return redirect("scan:done", round_id=round_.pk)
        saved = {**saved, **values}
    total = sum(len(p.items) for p in parts)
    answered = sum(1 for p in parts for item in p.items if item.key in saved)
    return render(
        request,
        "scan/answer.html",
        {
            "round": round_,
            "definition": definition,
            "part": part,
            "parts": parts,
            "number": number,
            "form": form,
            "total": total,
            "answered": answered,
            "resume_url": _resume_url(request, key),
        },
    )


@require_http_methods(["GET"])
def carry_on(request: HttpRequest, round_id: int) -> HttpResponse:
    """Go on where this browser left off (the join and pause pages link here): the first part with open questions."""
    respondent, _key = _respondent_or_404(request, round_id)
    if not respondent.round.is_open:
        return _closed(request, respondent.round)
    return _next_step(respondent)


@require_http_methods(["GET"])
def resume(request: HttpRequest, key: str) -> HttpResponse:
    """The personal resume link, on any device: check the key, remember it in this browser, and redirect at once
    to a URL without it (as Django's password reset does with its token). This one request line is the only one
    that carries the key (decision 0007)."""
    respondent = services.respondent_resolve(raw_key=key)
    if respondent is None:
        raise Http404
    round_ = respondent.round
    if not round_.is_open:
        return _closed(request, round_)
    return _remember(request, _next_step(respondent), round_, key)


def legacy_answer_link(request: HttpRequest, key: str, number: int | None = None) -> HttpResponse:
    """An answer, pause or done address from before the key left the URLs (a bookmark): as the resume link."""
    return resume(request, key)


@require_http_methods(["GET"])
def paused(request: HttpRequest, round_id: int) -> HttpResponse:
    respondent, key = _respondent_or_404(request, round_id)
    return render(
        request,
        "scan/paused.html",
        {
            "round": respondent.round,
            "definition": _definition(respondent.round),
            "resume_url": _resume_url(request, key),
        },
    )


@require_http_methods(["GET"])
def done(request: HttpRequest, round_id: int) -> HttpResponse:
    respondent, key = _respondent_or_404(request, round_id)
    round_ = respondent.round
    definition = _definition(round_)
    parts = definition.parts_for(round_.parts)
    saved = selectors.respondent_answers(respondent=respondent)
    open_parts = [(n, part) for n, part in enumerate(parts, start=1) if any(i.key not in saved for i in part.items)]
    return render(
        request,
        "scan/done.html",
        {
            "round": round_,
            "definition": definition,
            "parts": list(enumerate(parts, start=1)),
            "open_parts": open_parts,
            "resume_url": _resume_url(request, key),
        },
    )


# --- the quick individual scan ------------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def quick(request: HttpRequest, scan_id: int) -> HttpResponse:
    """One person, no account, nothing stored: answer every item and see the same kind of result at once."""
    scan = get_object_or_404(ScanPage.objects.live(), pk=scan_id)
    definition = Definition(snapshot(scan), get_language())
    form = QuickScanForm(request.POST if request.method == "POST" else None, definition=definition)
    results = None
    if request.method == "POST" and form.is_valid():
        values = form.values()
        if values:
            results = selectors.individual_results(definition=definition, values=values, language=get_language())
        else:
            form.add_error(None, _("Beantwoord minstens één vraag om een resultaat te zien."))
    return render(
        request, "scan/quick.html", {"scan": scan, "definition": definition, "form": form, "results": results}
    )
