"""Reads of change notices: a member's latest notices for Mijn WIJschool, and the item's title and address in a
reader's language (the translation where there is one), without a query per notice."""

from __future__ import annotations

from datetime import timedelta

from django.db.models import BooleanField, ExpressionWrapper, OuterRef, Q, Subquery
from django.utils import timezone
from wagtail.models import Page

from alerts.models import ChangeNotice

# Read notices stay on Mijn WIJschool for a month; unread ones until they are read.
READ_KEPT = timedelta(days=30)
SHOWN = 8


def _translated(field: str, language: str):
    return Subquery(
        Page.objects.filter(
            translation_key=OuterRef("translation_key"), locale__language_code=language, live=True
        ).values(field)[:1]
    )


def notices_for(user, *, language: str, limit: int = SHOWN) -> tuple[list[ChangeNotice], int]:
    """The member's unread notices (newest first) and then those read in the last month, at most ``limit``, each
    with ``title`` in the reader's language; and how many are unread. Two queries."""
    since = timezone.now() - READ_KEPT
    mine = ChangeNotice.objects.filter(user=user)
    shown = list(
        mine.filter(Q(read_at__isnull=True) | Q(read_at__gte=since))
        .select_related("change__page__locale")
        .annotate(
            translated_title=_translated("title", language),
            unread=ExpressionWrapper(Q(read_at__isnull=True), output_field=BooleanField()),
        )
        .order_by("-unread", "-created_at", "-pk")[:limit]
    )
    for notice in shown:
        notice.title = notice.translated_title or notice.change.page.title
    unread = mine.filter(read_at__isnull=True).count()
    return shown, unread


def item_url(notice: ChangeNotice, *, language: str) -> str:
    """Where a notice leads: the item's live translation in the reader's language, else the item itself."""
    page = (
        Page.objects.live().filter(translation_key=notice.translation_key, locale__language_code=language).first()
        or notice.change.page
    )
    return page.url or "/"
