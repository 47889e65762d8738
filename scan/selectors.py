"""Reads for the self-scan. Every lookup that gates a team page is scoped to the signed-in person's schools.

A round of a school someone does not belong to is simply not found (404, not 403), so its existence is not
revealed. Respondent lookups go by unguessable tokens; malformed ones are unknown, never an error.
"""

from __future__ import annotations

import re

from django.db.models import Count, Q, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import get_language

from community.models import Membership, School
from scan import results as results_module
from scan.definition import Definition
from scan.models import CODE_ALPHABET, CODE_LENGTH, Action, Answer, Respondent, Round, ScanPage, hash_key

_TOKEN_RE = re.compile(r"[A-Za-z0-9_-]{16,64}")


def schools_coordinated_by(*, user) -> list[School]:
    return list(
        School.objects.filter(memberships__user=user, memberships__role=Membership.Role.COORDINATOR).order_by("name")
    )


def membership_get(*, user, school_id: int) -> Membership:
    """The person's membership of a school (any role, coach included); 404 otherwise."""
    if not user.is_authenticated:
        raise Http404
    return get_object_or_404(Membership.objects.select_related("school"), user=user, school_id=school_id)


def round_get_for_member(*, user, round_id: int) -> tuple[Round, Membership]:
    """A round and the person's membership of its school; 404 for anyone outside that school."""
    if not user.is_authenticated:
        raise Http404
    round_ = get_object_or_404(
        Round.objects.select_related("school", "version"),
        pk=round_id,
        school__memberships__user=user,
    )
    membership = Membership.objects.get(user=user, school_id=round_.school_id)
    return round_, membership


def rounds_for_school(*, school: School) -> QuerySet[Round]:
    """A school's rounds, newest first, with how many colleagues started and finished."""
    return (
        Round.objects.filter(school=school)
        .select_related("version")
        .annotate(
            n_started=Count("respondents", distinct=True),
            n_completed=Count("respondents", filter=Q(respondents__completed_at__isnull=False), distinct=True),
            n_answering=Count("respondents", filter=Q(respondents__answers__isnull=False), distinct=True),
        )
        .order_by("-opened_at", "-pk")
    )


def scans_live(*, language: str | None = None) -> QuerySet[ScanPage]:
    language = language or get_language()
    return ScanPage.objects.live().filter(locale__language_code=language).order_by("path")


def scan_page_for_key(*, scan_key, language: str | None = None) -> ScanPage | None:
    """The live scan page with this translation key, in the active language where it is translated."""
    language = language or get_language()
    pages = list(ScanPage.objects.live().filter(translation_key=scan_key).select_related("locale"))
    return next((p for p in pages if p.locale.language_code == language), pages[0] if pages else None)


def round_get_by_token(*, token: str) -> Round | None:
    if not _TOKEN_RE.fullmatch(token or ""):
        return None
    return Round.objects.select_related("school", "version").filter(token=token).first()


def round_get_by_code(*, code: str) -> Round | None:
    """The round a typed code belongs to; spaces, dashes and lower case are forgiven."""
    code = "".join((code or "").upper().split()).replace("-", "")
    if len(code) != CODE_LENGTH or any(ch not in CODE_ALPHABET for ch in code):
        return None
    return Round.objects.filter(code=code).first()


def respondent_get(*, raw_key: str) -> Respondent | None:
    """The respondent behind a personal key (from a resume link or this browser's cookie)."""
    if not _TOKEN_RE.fullmatch(raw_key or ""):
        return None
    return (
        Respondent.objects.select_related("round__school", "round__version").filter(key_hash=hash_key(raw_key)).first()
    )


def respondent_answers(*, respondent: Respondent) -> dict[str, int | None]:
    return dict(Answer.objects.filter(respondent=respondent).values_list("item_key", "value"))


def round_answering_count(*, round_: Round) -> int:
    """How many colleagues gave at least one answer in the round."""
    return Respondent.objects.filter(round=round_, answers__isnull=False).distinct().count()


def round_answers(*, round_: Round) -> tuple[list[tuple[str, str, int | None]], dict[str, str | None]]:
    """Every answer of a round as plain tuples, and every respondent's role: two queries, whatever the size."""
    answers = [
        (str(respondent_id), item_key, value)
        for respondent_id, item_key, value in Answer.objects.filter(respondent__round=round_).values_list(
            "respondent_id", "item_key", "value"
        )
    ]
    roles = {str(pk): (role or None) for pk, role in Respondent.objects.filter(round=round_).values_list("pk", "role")}
    return answers, roles


def previous_round(*, round_: Round) -> Round | None:
    """The school's last round of the same scan before this one with results to show (three respondents or more).

    A smaller earlier round is skipped: its means, shown as the starting point of a change, would reveal answers.
    """
    return (
        Round.objects.filter(school_id=round_.school_id, scan_key=round_.scan_key, opened_at__lt=round_.opened_at)
        .filter(Q(closed_at__isnull=False) | Q(closes_on__lt=timezone.localdate()))
        .annotate(n_answering=Count("respondents", filter=Q(respondents__answers__isnull=False), distinct=True))
        .filter(n_answering__gte=results_module.MIN_TEAM)
        .select_related("version")
        .order_by("-opened_at", "-pk")
        .first()
    )


def round_results(*, round_: Round, language: str | None = None) -> results_module.Results:
    """The team's results for a round, compared with the previous round of the same scan where there is one."""
    language = language or get_language()
    definition = Definition(round_.version.definition, language)
    answers, roles = round_answers(round_=round_)
    previous = None
    earlier = previous_round(round_=round_)
    if earlier is not None:
        previous_answers, _roles = round_answers(round_=earlier)
        previous = (Definition(earlier.version.definition, language), previous_answers)
    return results_module.build(
        definition=definition,
        answers=answers,
        roles_by_respondent=roles,
        part_keys=round_.parts,
        previous=previous,
        language=language,
        # While colleagues are still answering, every new answer would change the numbers: comparing the page
        # before and after one colleague answered would show that colleague's answers. Results wait for the close.
        waiting=round_.is_open,
    )


def plan_actions(*, school: School, scan_key) -> QuerySet[Action]:
    return (
        Action.objects.filter(school=school, scan_key=scan_key)
        .select_related("resource", "partner_type")
        .order_by("status", "due_date", "created_at", "pk")
    )
