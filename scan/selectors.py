"""Reads for the self-scan. Every lookup that gates a team page is scoped to the signed-in person's schools.

A round of a school someone does not belong to is simply not found (404, not 403), so its existence is not
revealed; the membership checks are ``community.selectors``'. Respondent lookups go by unguessable tokens;
malformed ones are unknown, never an error. The results are ``scan.results`` (pure) over what is read here:
answers, roles, the comparable previous round (``scan.anonymity``) and the live pages and partner types to suggest.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import timedelta

from django.db.models import Case, Count, IntegerField, Q, QuerySet, Value, When
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import get_language
from wagtail.models import Page

from community import selectors as community
from community.models import Membership, School
from core.models import PartnerType
from scan import anonymity
from scan import results as results_module
from scan.definition import Definition
from scan.models import CODE_ALPHABET, CODE_LENGTH, Action, Answer, Respondent, Round, ScanPage, key_hashes

_TOKEN_RE = re.compile(r"[A-Za-z0-9_-]{16,64}")


def schools_coordinated_by(*, user) -> list[School]:
    return community.schools_coordinated_by(user=user)


def membership_get(*, user, school_id: int) -> Membership:
    """The person's membership of a school (any role, coach included); 404 otherwise."""
    return community.membership_get_for_user(user=user, school_id=school_id)


def round_get_for_member(*, user, round_id: int) -> tuple[Round, Membership]:
    """A round and the person's membership of its school; 404 for anyone outside that school."""
    if not user.is_authenticated:
        raise Http404
    round_ = get_object_or_404(
        Round.objects.select_related("school", "version"),
        pk=round_id,
        school__memberships__user=user,
    )
    membership = community.membership_of(user=user, school=round_.school)
    if membership is None:  # left the school between the two reads
        raise Http404
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


def respondent_get(*, raw_key: str, round_id: int | None = None) -> Respondent | None:
    """The respondent behind a personal key (from a resume link or this browser's signed cookie), in the round
    ``round_id`` when given. Rows hashed the older way (another secret, bare SHA-256) are found too; the caller
    upgrades them (``services.respondent_resolve``)."""
    if not _TOKEN_RE.fullmatch(raw_key or ""):
        return None
    respondents = Respondent.objects.select_related("round__school", "round__version")
    if round_id is not None:
        respondents = respondents.filter(round_id=round_id)
    return respondents.filter(key_hash__in=key_hashes(raw_key)).first()


def respondent_answers(*, respondent: Respondent) -> dict[str, int | None]:
    return dict(Answer.objects.filter(respondent=respondent).values_list("item_key", "value"))


def round_answering_count(*, round_: Round) -> int:
    """How many colleagues gave at least one answer in the round."""
    return Respondent.objects.filter(round=round_, answers__isnull=False).distinct().count()


def _answers(*, round_id: int) -> list[tuple[str, str, int | None]]:
    return [
        (str(respondent_id), item_key, value)
        for respondent_id, item_key, value in Answer.objects.filter(respondent__round_id=round_id).values_list(
            "respondent_id", "item_key", "value"
        )
    ]


def round_answers(*, round_: Round) -> tuple[list[tuple[str, str, int | None]], dict[str, str | None]]:
    """Every answer of a round as plain tuples, and every respondent's role: two queries, whatever the size."""
    answers = _answers(round_id=round_.pk)
    roles = {str(pk): (role or None) for pk, role in Respondent.objects.filter(round=round_).values_list("pk", "role")}
    return answers, roles


def previous_round(*, round_: Round) -> Round | None:
    """The round a change is measured from: ``anonymity.comparable_previous_round`` of the school's earlier rounds
    of the same scan (the newest closed one with three respondents or more), or None. Two queries when found.

    A smaller earlier round is skipped: its means, shown as the starting point of a change, would reveal answers.
    """
    earlier = (
        Round.objects.filter(school_id=round_.school_id, scan_key=round_.scan_key, opened_at__lt=round_.opened_at)
        .annotate(n_answering=Count("respondents", filter=Q(respondents__answers__isnull=False), distinct=True))
        .only("pk", "opened_at", "closed_at", "closes_on")
        .order_by("-opened_at", "-pk")
    )
    chosen = anonymity.comparable_previous_round(
        anonymity.EarlierRound(key=candidate.pk, n_respondents=candidate.n_answering, closed=not candidate.is_open)
        for candidate in earlier
    )
    if chosen is None:
        return None
    return Round.objects.select_related("version").get(pk=chosen.key)


def localized(queryset, *, keys, language: str | None, source_language: str) -> dict[str, object]:
    """By translation key: the row in ``language`` where it exists, else the one in the scan's source language.

    One query (two for pages, whose specific types are fetched); ``queryset`` is pages or translatable snippets.
    """
    if not keys:
        return {}
    languages = [code for code in (language, source_language) if code]
    rows = queryset.filter(translation_key__in=keys, locale__language_code__in=languages).select_related("locale")
    found: dict[str, object] = {}
    for obj in rows:
        key = str(obj.translation_key)
        if key not in found or obj.locale.language_code == language:
            found[key] = obj
    return found


def link_targets(
    *, wanted: Mapping[str, set[str]], language: str | None, source_language: str
) -> dict[tuple[str, str], object]:
    """The live pages and partner types to suggest, by ``(kind, translation key)``, in ``language`` where translated.

    ``wanted`` is ``Results.wanted_targets``: only what is recommended is read, and nothing for a kind without keys.
    """
    pages = localized(
        Page.objects.live().specific(defer=False),
        keys=wanted.get("resource", set()),
        language=language,
        source_language=source_language,
    )
    partners = localized(
        PartnerType.objects.all(), keys=wanted.get("partner", set()), language=language, source_language=source_language
    )
    return {("resource", key): page for key, page in pages.items()} | {
        ("partner", key): partner for key, partner in partners.items()
    }


def resources_linked(*, definition: Definition, language: str | None = None) -> dict[str, Page]:
    """Every live page the scan links to, by translation key, in ``language`` where translated (the plan's choices)."""
    return localized(
        Page.objects.live(),
        keys={link["key"] for link in definition.links if link["kind"] == "resource"},
        language=language or get_language(),
        source_language=definition.data["source_locale"],
    )


def _with_suggestions(results: results_module.Results, *, language: str | None) -> results_module.Results:
    targets = link_targets(
        wanted=results.wanted_targets, language=language, source_language=results.definition.data["source_locale"]
    )
    return results_module.with_suggestions(results, targets=targets)


def round_results(*, round_: Round, language: str | None = None) -> results_module.Results:
    """The team's results for a round, compared with the previous round of the same scan where there is one."""
    language = language or get_language()
    definition = Definition(round_.version.definition, language)
    answers, roles = round_answers(round_=round_)
    previous = None
    earlier = previous_round(round_=round_)
    if earlier is not None:
        # Roles are compared within a round only (decision 0006), so the earlier round's answers are enough.
        previous = (Definition(earlier.version.definition, language), _answers(round_id=earlier.pk))
    results = results_module.build(
        definition=definition,
        answers=answers,
        roles_by_respondent=roles,
        part_keys=round_.parts,
        previous=previous,
        # While colleagues are still answering, every new answer would change the numbers: comparing the page
        # before and after one colleague answered would show that colleague's answers. Results wait for the close.
        waiting=round_.is_open,
    )
    return _with_suggestions(results, language=language)


def individual_results(
    *, definition: Definition, values: Mapping[str, int | None], language: str | None = None
) -> results_module.Results:
    """The quick individual scan: one person's answers (nothing stored), as the same kind of results."""
    results = results_module.build(
        definition=definition,
        answers=[("me", item_key, value) for item_key, value in values.items()],
        individual=True,
    )
    return _with_suggestions(results, language=language or get_language())


def plan_actions(*, school: School, scan_key) -> QuerySet[Action]:
    return (
        Action.objects.filter(school=school, scan_key=scan_key)
        .select_related("resource", "partner_type")
        .order_by("status", "due_date", "created_at", "pk")
    )


def rounds_for_member(*, school_ids, recent_days: int = 365) -> list[Round]:
    """For a member's start page: the rounds of their schools that are open, and those opened in the last
    ``recent_days``, newest first, with how many colleagues started and finished (one query, any number of
    schools)."""
    since = timezone.now() - timedelta(days=recent_days)
    return list(
        Round.objects.filter(school_id__in=list(school_ids))
        .filter(Q(closed_at__isnull=True) | Q(opened_at__gte=since))
        .select_related("version", "school")
        .annotate(
            n_started=Count("respondents", distinct=True),
            n_completed=Count("respondents", filter=Q(respondents__completed_at__isnull=False), distinct=True),
        )
        .order_by("-opened_at", "-pk")[:50]
    )


def actions_due(*, user, school_ids, within_days: int = 14, limit: int = 10) -> list[Action]:
    """Plan actions of the member's schools not done or stopped, overdue or due within ``within_days``, by due
    date after the member's own: ``mine`` is 2 where the owner field names them (full name or address), 1 where
    they wrote the action for someone else, 0 otherwise (one query)."""
    today = timezone.localdate()
    names = [value for value in ((user.get_full_name() or "").strip(), user.email) if value]
    owner_is_me = Q(pk__in=[])
    for value in names:
        owner_is_me |= Q(owner__iexact=value)
    return list(
        Action.objects.filter(school_id__in=list(school_ids), due_date__isnull=False)
        .filter(due_date__lte=today + timedelta(days=within_days))
        .exclude(status__in=[Action.Status.DONE, Action.Status.STOPPED])
        .select_related("school")
        .annotate(
            mine=Case(
                When(owner_is_me, then=Value(2)),
                When(created_by=user, then=Value(1)),
                default=Value(0),
                output_field=IntegerField(),
            )
        )
        .order_by("-mine", "due_date", "pk")[:limit]
    )
