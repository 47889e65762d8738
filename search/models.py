"""What editors tune and read: synonyms, and the log of what people searched for (no person is stored)."""

import hashlib
import hmac
import time
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from common.stemming import fold


class Synonym(models.Model):
    """Words people use for the same thing, e.g. 'ondermijning, georganiseerde criminaliteit'.

    A search for any of them also finds the others.
    """

    terms = models.TextField(
        _("woorden"),
        help_text=_("Woorden of woordgroepen met dezelfde betekenis, gescheiden door komma's."),
    )

    class Meta:
        verbose_name = _("synoniem")
        verbose_name_plural = _("synoniemen")

    def __str__(self) -> str:
        return self.terms

    def term_list(self) -> list[str]:
        return [t.strip() for t in self.terms.split(",") if t.strip()]


class SearchQueryLog(models.Model):
    """How often a query was searched per day and language, and how many results the last one had.

    Anonymous by design: no user, no address, no session. The report shows the searches that found nothing.
    """

    query = models.CharField(_("zoekopdracht"), max_length=200)
    language = models.CharField(_("taal"), max_length=10)
    date = models.DateField(_("datum"), default=timezone.localdate)
    searches = models.PositiveIntegerField(_("aantal keer gezocht"), default=0)
    zero_results = models.PositiveIntegerField(_("keer zonder resultaat"), default=0)
    last_result_count = models.PositiveIntegerField(_("resultaten (laatste keer)"), default=0)

    class Meta:
        verbose_name = _("zoekopdracht")
        verbose_name_plural = _("zoekopdrachten")
        constraints = [models.UniqueConstraint(fields=["query", "language", "date"], name="unique_query_per_day")]
        indexes = [models.Index(fields=["date", "zero_results"])]

    def __str__(self) -> str:
        return self.query

    @classmethod
    def record(cls, *, query: str, language: str, result_count: int, request: HttpRequest | None = None) -> bool:
        """Count one search (normalised: folded, spaces collapsed); whether it was counted.

        With the request, at most ``SEARCH_LOG_MAX_PER_CLIENT_PER_HOUR`` searches per client address per hour
        are counted: one client cannot fill the editors' report. The address is not stored anywhere: the cache
        counts under a keyed hash of it, for the current hour only.
        """
        normalised = " ".join(fold(query).split())[:200]
        if not normalised:
            return False
        if request is not None and not cls._client_may_record(request):
            return False
        key = {"query": normalised, "language": language, "date": timezone.localdate()}
        zero = 1 if result_count == 0 else 0
        changes = {
            "searches": F("searches") + 1,
            "zero_results": F("zero_results") + zero,
            "last_result_count": result_count,
        }
        if cls.objects.filter(**key).update(**changes):  # one statement for a query searched before today
            return True
        try:
            with transaction.atomic():
                cls.objects.create(**key, searches=1, zero_results=zero, last_result_count=result_count)
        except IntegrityError:  # the same search, counted at the same moment by another request
            cls.objects.filter(**key).update(**changes)
        return True

    @staticmethod
    def _client_may_record(request: HttpRequest) -> bool:
        """Under the per-client hourly cap (counted in the cache; without a working cache, no cap)."""
        from allauth.account.adapter import get_adapter  # the site's client address (community.client)

        limit = settings.SEARCH_LOG_MAX_PER_CLIENT_PER_HOUR
        try:
            address = get_adapter(request).get_client_ip(request)
        except PermissionDenied:
            address = ""
        hour = int(time.time()) // 3600
        digest = hmac.new(settings.SECRET_KEY.encode(), f"search-log:{address}".encode(), hashlib.sha256)
        key = f"search-log:{digest.hexdigest()[:32]}:{hour}"
        cache.add(key, 0, timeout=3600)
        try:
            count = cache.incr(key)
        except ValueError:  # the key is gone (a dummy or failing cache)
            return True
        return count is None or count <= limit

    @classmethod
    def prune(cls, *, days: int | None = None) -> int:
        """Delete the rows older than the retention period (``SEARCH_LOG_RETENTION_DAYS``); how many went."""
        days = settings.SEARCH_LOG_RETENTION_DAYS if days is None else days
        cutoff = timezone.localdate() - timedelta(days=days)
        deleted, _by_model = cls.objects.filter(date__lt=cutoff).delete()
        return deleted


class SearchDocument(models.Model):
    """One findable object of a registered kind, as the site search reads it: a live, public page, or an object of
    a kind that is not pages (a visible forum thread), with its language, kind, Dutch-aware word forms
    (common.stemming) and facet values.

    A page's document is kept up to date by the search backend (search.backends) whenever Wagtail indexes the
    page, so editing, publishing, unpublishing, deleting and ``update_index`` all reach it; a view restriction or a
    move rewrites the documents of the pages below it (search.signals). Other objects' documents are written
    when their app calls ``search.registry.update_documents`` and by ``update_index`` (decision 0013).

    Keyed by (content type, object id), with a surrogate integer id that is the full-text index's row id: the
    database's own full-text index, an FTS5 table ranked with ``bm25()`` on SQLite, stored ``tsvector`` columns
    with a GIN index on PostgreSQL (migrations 0003 to 0005; decision 0009).
    """

    id = models.BigAutoField(primary_key=True)
    content_type = models.ForeignKey("contenttypes.ContentType", on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField(help_text="The page's or other object's id.")
    # The page again for a page's document, so deleting a page deletes its document in the database too.
    page = models.OneToOneField("wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    title_words = models.TextField(help_text="The title's folded words, for suggestions by prefix.")
    title_stems = models.TextField(help_text="Every word form of the title (weighed above the rest).")
    stems = models.TextField(help_text="Every word form of the page's text.")
    lead_stems = models.TextField(
        default="", blank=True, help_text="Every word form of the page's summary or introduction (ranked second)."
    )
    facets = models.TextField(
        default="", blank=True, help_text="The facet values the page carries, one 'facet=value' per line."
    )

    class Meta:
        indexes = [models.Index(fields=["locale", "content_type"], name="search_doc_locale_kind")]
        constraints = [models.UniqueConstraint(fields=["content_type", "object_id"], name="search_doc_object")]

    def __str__(self) -> str:
        return self.title_words
