"""Writes for the self-scan: versions, rounds, anonymous answers and the plan van aanpak.

Each service checks its own rules (who may, in which state), so no view or command can get round them.
Refusals raise ``ValidationError`` with a message for the person and a ``code`` for the caller; acting outside
one's school raises ``PermissionDenied`` (the membership checks are ``community.selectors``'). The anonymity
rules (reopening a round) are ``scan.anonymity``'.
"""

from __future__ import annotations

import secrets

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from community.models import School
from community.selectors import require_coordinator, require_team_member
from scan import anonymity
from scan import definition as definition_module
from scan.models import Action, Answer, Respondent, Round, ScanPage, ScanVersion, hash_key
from scan.selectors import respondent_get, round_answering_count

_PLAN_TEAM_ONLY = "Only the school's team may change its plan."
"""Members and coordinators change the plan; a coach only looks."""


def version_for_scan(*, scan: ScanPage) -> ScanVersion:
    """The frozen version of the scan as it is live now: the latest one if nothing changed, else a new one.

    Two coordinators opening a round of a just-edited scan at the same moment may both try to make the next
    version; the unique (scan, number) constraint stops the second, which then takes the first one's version.
    """
    data = definition_module.snapshot(scan)
    digest = definition_module.fingerprint(data)
    key = scan.translation_key
    source = ScanPage.objects.filter(translation_key=key, locale__language_code=data["source_locale"]).first()
    for _attempt in range(3):
        latest = ScanVersion.objects.filter(scan_key=key).order_by("-number").first()
        if latest is not None and latest.fingerprint == digest:
            return latest
        try:
            with transaction.atomic():
                return ScanVersion.objects.create(
                    scan=source or scan,
                    scan_key=key,
                    number=(latest.number + 1) if latest else 1,
                    fingerprint=digest,
                    definition=data,
                )
        except IntegrityError:
            continue
    raise ValidationError(_("De scan werd net gewijzigd. Probeer het nog eens."), code="busy")


@transaction.atomic
def round_open(
    *, school: School, scan: ScanPage, parts: list[str], opened_by, label: str = "", closes_on=None
) -> Round:
    """A coordinator opens a round of ``scan`` for the school, for the chosen parts (all when none are chosen)."""
    require_coordinator(school=school, user=opened_by)
    if not scan.live:
        raise ValidationError(_("Deze scan is niet gepubliceerd."), code="not_live")
    version = version_for_scan(scan=scan)
    known = version.definition["parts"]
    unknown = [key for key in parts if key not in known]
    if unknown:
        raise ValidationError(_("Kies delen uit deze scan."), code="unknown_part")
    if closes_on is not None and closes_on < timezone.localdate():
        raise ValidationError(_("De sluitdatum ligt in het verleden. Kies vandaag of later."), code="past")
    ordered = [key for key in known if key in parts] or list(known)
    for _attempt in range(5):  # a code clash is rare (32^8 codes); try again rather than fail
        try:
            with transaction.atomic():
                return Round.objects.create(
                    school=school,
                    version=version,
                    scan_key=version.scan_key,
                    parts=ordered,
                    label=label.strip(),
                    closes_on=closes_on,
                    opened_by=opened_by,
                )
        except IntegrityError:
            continue
    raise ValidationError(_("Er ging iets mis bij het maken van de code. Probeer het nog eens."), code="code")


def round_close(*, round_: Round, user) -> Round:
    require_coordinator(school=round_.school, user=user)
    if round_.closed_at is None:
        round_.closed_at = timezone.now()
        round_.save(update_fields=["closed_at"])
    return round_


def round_reopen(*, round_: Round, user) -> Round:
    """Undo a close that came too early, while the round has no results yet; a passed closing date is cleared.

    A round that had results cannot reopen: results before and after one late colleague would show that
    colleague's answers. The team opens a new round instead.
    """
    require_coordinator(school=round_.school, user=user)
    if not anonymity.may_reopen(n_respondents=round_answering_count(round_=round_)):
        raise ValidationError(
            _(
                "Deze ronde heeft al resultaten en kan niet opnieuw open; zo blijven late antwoorden anoniem. Open een nieuwe ronde."
            ),
            code="has_results",
        )
    round_.closed_at = None
    if round_.closes_on is not None and round_.closes_on < timezone.localdate():
        round_.closes_on = None
    round_.save(update_fields=["closed_at", "closes_on"])
    return round_


@transaction.atomic
def round_delete(*, round_: Round, user) -> None:
    """A coordinator deletes a round and every answer in it. The plan's actions stay, without the link."""
    require_coordinator(school=round_.school, user=user)
    round_.delete()


def respondent_start(*, round_: Round, role: str = "") -> tuple[Respondent, str]:
    """A colleague starts answering: a new anonymous respondent and the personal key (returned once, never stored)."""
    if not round_.is_open:
        raise ValidationError(_("Deze scanronde is gesloten."), code="closed")
    if role and role not in Respondent.Role.values:
        raise ValidationError(_("Kies een rol uit de lijst, of laat het leeg."), code="invalid_role")
    raw = secrets.token_urlsafe(24)
    respondent = Respondent.objects.create(round=round_, key_hash=hash_key(raw), role=role)
    return respondent, raw


def respondent_resolve(*, raw_key: str, round_id: int | None = None) -> Respondent | None:
    """The respondent behind a personal key; a row stored with an older hash (bare SHA-256, a rotated secret)
    is rewritten to the current HMAC on the way, so it keeps resolving after the old form is dropped."""
    respondent = respondent_get(raw_key=raw_key, round_id=round_id)
    if respondent is not None:
        current = hash_key(raw_key)
        if respondent.key_hash != current:
            Respondent.objects.filter(pk=respondent.pk, key_hash=respondent.key_hash).update(key_hash=current)
            respondent.key_hash = current
    return respondent


def respondent_set_role(*, respondent: Respondent, role: str) -> None:
    if not respondent.round.is_open:
        raise ValidationError(_("Deze scanronde is gesloten."), code="closed")
    if role and role not in Respondent.Role.values:
        raise ValidationError(_("Kies een rol uit de lijst, of laat het leeg."), code="invalid_role")
    respondent.role = role
    respondent.save(update_fields=["role", "updated_at"])


@transaction.atomic
def answers_save(*, respondent: Respondent, values: dict[str, int | None]) -> int:
    """Store (or change) answers; one per item, whatever is submitted twice. Returns how many were written.

    ``values`` must already be validated against the round's version (the form does that); an item outside the
    round's parts or a level off the scale is refused here as well, so a tampered request changes nothing.
    """
    round_ = Round.objects.select_for_update().select_related("version").get(pk=respondent.round_id)
    if not round_.is_open:
        raise ValidationError(
            _("Deze scanronde is gesloten. Je antwoorden kunnen niet meer worden gewijzigd."), code="closed"
        )
    definition = round_.version.definition
    allowed = {key for key, meta in definition["items"].items() if not round_.parts or meta["part"] in round_.parts}
    scale = definition["scale"]
    for key, value in values.items():
        if key not in allowed:
            raise ValidationError(_("Deze vraag hoort niet bij deze scan."), code="unknown_item")
        if value is None and not definition["items"][key]["allow_unknown"]:
            raise ValidationError(_("Bij deze vraag kan 'weet ik niet' niet."), code="unknown_not_allowed")
        if value is not None and not (1 <= value <= scale):
            raise ValidationError(_("Kies een niveau van de schaal."), code="off_scale")
    for key, value in values.items():
        Answer.objects.update_or_create(respondent=respondent, item_key=key, defaults={"value": value})
    respondent.save(update_fields=["updated_at"])
    return len(values)


def respondent_finish(*, respondent: Respondent) -> None:
    """The colleague went through every part (questions left open included): counted as finished."""
    if respondent.completed_at is None:
        respondent.completed_at = timezone.now()
        respondent.save(update_fields=["completed_at", "updated_at"])


ACTION_FIELDS = (
    "title",
    "item_keys",
    "resource",
    "partner_type",
    "partner",
    "owner",
    "start_date",
    "due_date",
    "success_criterion",
    "status",
)


def _check_dates(start, due) -> None:
    if start and due and due < start:
        raise ValidationError({"due_date": _("De einddatum ligt voor de startdatum.")}, code="dates")


@transaction.atomic
def action_create(*, round_: Round, user, **fields) -> Action:
    """Add an action to the school's plan for this scan (it stays when the school scans again)."""
    require_team_member(school=round_.school, user=user, message=_PLAN_TEAM_ONLY)
    _check_dates(fields.get("start_date"), fields.get("due_date"))
    data = {key: value for key, value in fields.items() if key in ACTION_FIELDS}
    return Action.objects.create(school=round_.school, scan_key=round_.scan_key, round=round_, created_by=user, **data)


@transaction.atomic
def action_update(*, action: Action, user, **fields) -> Action:
    require_team_member(school=action.school, user=user, message=_PLAN_TEAM_ONLY)
    _check_dates(fields.get("start_date", action.start_date), fields.get("due_date", action.due_date))
    for key, value in fields.items():
        if key in ACTION_FIELDS:
            setattr(action, key, value)
    action.save()
    return action


def action_delete(*, action: Action, user) -> None:
    require_team_member(school=action.school, user=user, message=_PLAN_TEAM_ONLY)
    action.delete()
