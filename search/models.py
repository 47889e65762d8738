"""What editors tune and read: synonyms, and the log of what people searched for (no person is stored)."""

from django.db import models
from django.db.models import F
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
    def record(cls, *, query: str, language: str, result_count: int) -> None:
        """Count one search (normalised: folded, spaces collapsed)."""
        normalised = " ".join(fold(query).split())[:200]
        if not normalised:
            return
        row, _created = cls.objects.get_or_create(query=normalised, language=language, date=timezone.localdate())
        cls.objects.filter(pk=row.pk).update(
            searches=F("searches") + 1,
            zero_results=F("zero_results") + (1 if result_count == 0 else 0),
            last_result_count=result_count,
        )
