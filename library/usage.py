"""'Gebruikt in de klas' (issue 10, part 3): writes and reads of members' classroom use of library items.

A mark is once per member per item, in any language (the item's translation key); marking again changes the
comment. Every read an item page makes is a fixed number of queries however many marks it has: the count, the
latest comments and the member's own mark (tests/library/test_usage.py, bench/usage.py). A saved or deleted
mark bumps the content generation (library.signals), as does a report that hides a comment (an update, no
signal), so the anonymous page cache and the library's "meest gebruikt" order follow.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils.translation import gettext as _

from community.models import School
from core import caching
from library.models import ClassroomUse, ClassroomUseFlag

LATEST = 5


@dataclass
class Usage:
    count: int
    latest: list[ClassroomUse]
    mine: ClassroomUse | None = None
    flagged: set[int] = field(default_factory=set)


def _clean(comment: str, sector: str, year_group: str) -> tuple[str, str, str]:
    comment = " ".join((comment or "").split())
    year_group = " ".join((year_group or "").split())
    errors = {}
    if len(comment) > ClassroomUse.COMMENT_LENGTH:
        errors["comment"] = _("Een opmerking is hoogstens %(n)s tekens.") % {"n": ClassroomUse.COMMENT_LENGTH}
    if sector and sector not in School.Sector.values:
        errors["sector"] = _("Kies een sector uit de lijst.")
    if len(year_group) > ClassroomUse.YEAR_GROUP_LENGTH:
        errors["year_group"] = _("Leerjaar of groep is hoogstens %(n)s tekens.") % {"n": ClassroomUse.YEAR_GROUP_LENGTH}
    if errors:
        raise ValidationError(errors)
    return comment, sector or "", year_group


def mark(*, user, page, comment: str = "", sector: str = "", year_group: str = "") -> tuple[ClassroomUse, bool]:
    """The member used this item in class. Once per item: a second time changes the comment (and shows it
    again only if no moderator hid it)."""
    comment, sector, year_group = _clean(comment, sector, year_group)
    fields = {"comment": comment, "sector": sector, "year_group": year_group}
    with transaction.atomic():
        existing = (
            ClassroomUse.objects.select_for_update().filter(user=user, translation_key=page.translation_key).first()
        )
        if existing is not None:
            for name, value in fields.items():
                setattr(existing, name, value)
            existing.save(update_fields=list(fields))
            use, created = existing, False
        else:
            try:
                with transaction.atomic():
                    use = ClassroomUse.objects.create(
                        user=user, page=page, translation_key=page.translation_key, **fields
                    )
                created = True
            except IntegrityError:  # a double click's twin got there first
                use, created = ClassroomUse.objects.get(user=user, translation_key=page.translation_key), False
    return use, created


def unmark(*, user, page) -> bool:
    deleted, _detail = ClassroomUse.objects.filter(user=user, translation_key=page.translation_key).delete()
    return bool(deleted)


def flag(*, user, use_id: int) -> ClassroomUse:
    """A member reports a comment. Enough reports from different members hide it until an editor looks."""
    with transaction.atomic():
        use = ClassroomUse.objects.select_for_update().filter(pk=use_id, state=ClassroomUse.State.VISIBLE).first()
        if use is None or not use.comment:
            raise ValidationError(_("Deze opmerking is er niet (meer)."))
        if use.user_id == user.pk:
            raise PermissionDenied
        try:
            with transaction.atomic():
                ClassroomUseFlag.objects.create(use=use, user=user)
        except IntegrityError:
            return use  # already reported by this member
        ClassroomUse.objects.filter(pk=use.pk).update(flag_count=F("flag_count") + 1)
        use.refresh_from_db()
        if use.flag_count >= ClassroomUse.FLAGS_TO_HIDE:
            ClassroomUse.objects.filter(pk=use.pk).update(state=ClassroomUse.State.HIDDEN, hidden_by_flags=True)
            use.state, use.hidden_by_flags = ClassroomUse.State.HIDDEN, True
            transaction.on_commit(caching.bump)
    return use


def usage_for(page, *, user=None) -> Usage:
    """What an item page shows: how many members used it, the latest visible comments with their sector and
    year group, and the reader's own mark and reports. Three queries, four for a member, however many marks."""
    marks = ClassroomUse.objects.filter(translation_key=page.translation_key)
    latest = list(
        marks.filter(state=ClassroomUse.State.VISIBLE).exclude(comment="").order_by("-created_at", "-pk")[:LATEST]
    )
    usage = Usage(count=marks.count(), latest=latest)
    if user is not None and user.is_authenticated:
        usage.mine = marks.filter(user=user).first()
        if latest:
            usage.flagged = set(
                ClassroomUseFlag.objects.filter(user=user, use__in=[u.pk for u in latest]).values_list(
                    "use_id", flat=True
                )
            )
    return usage


def counts_by_item() -> dict:
    """How many members used each item (by translation key): the library's "meest gebruikt" order."""
    from django.db.models import Count

    return dict(
        ClassroomUse.objects.order_by()
        .values("translation_key")
        .annotate(n=Count("pk"))
        .values_list("translation_key", "n")
    )
