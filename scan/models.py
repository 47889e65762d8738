"""The self-scan: scans editors define, their frozen versions, a school's rounds, anonymous answers and the plan.

- ``ScanIndexPage`` / ``ScanPage``: Wagtail pages, so scans get revisions, preview, moderation and translation
  (wagtail-localize) like every other piece of content.
- ``ScanVersion``: what a round was answered against, frozen when a round opens (texts in every language,
  item fingerprints, the links to what helps). Editing the page later never changes what an answer meant;
  an item whose meaning changed is shown as "gewijzigd sinds je vorige scan".
- ``Round``: a school team's turn at a scan; ``Respondent`` and ``Answer``: anonymous (no user, no e-mail,
  no IP address; the respondent's key is stored only as an HMAC).
- ``Action``: a line of the school's plan van aanpak for a scan; it outlives rounds.

See docs/decisions/0006-scan-scoring-and-anonymity.md and 0007-scan-versions-rounds-and-anonymous-answers.md;
the anonymity rules are ``scan/anonymity.py``.
"""

from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from common.indexing import SearchStemsMixin
from core.models import BaseIndexPage
from scan.blocks import ScanStreamBlock

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud in a team meeting
CODE_LENGTH = 8


def _token() -> str:
    return secrets.token_urlsafe(24)


def _code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


KEY_SALT = "scan.respondent-key"


def _key_secrets() -> list[str]:
    """The server-side secrets a stored key hash may have been made with, the current one first.

    ``SCAN_KEY_SECRET`` when set, else ``SECRET_KEY``; then ``SECRET_KEY`` and its ``SECRET_KEY_FALLBACKS``, so
    rotating the secret the Django way keeps every personal link working (the row is upgraded on its next use).
    """
    dedicated = getattr(settings, "SCAN_KEY_SECRET", "") or ""
    candidates = [dedicated or settings.SECRET_KEY, settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]
    return list(dict.fromkeys(secret for secret in candidates if secret))


def hash_key(raw: str) -> str:
    """What is stored of a respondent's personal key: an HMAC-SHA256 with a server-side secret.

    A stolen database gives no working resume links, and without the secret a key seen elsewhere (a log line,
    a screenshot) cannot be matched to its row and answers. The same on every device: a resume link works
    anywhere.
    """
    return salted_hmac(KEY_SALT, raw, secret=_key_secrets()[0], algorithm="sha256").hexdigest()


def key_hashes(raw: str) -> list[str]:
    """Every stored form a key may have, the current one first: the HMAC with each secret of ``_key_secrets``,
    then the bare SHA-256 that rows made before the HMAC have (decision 0007)."""
    hashes = [salted_hmac(KEY_SALT, raw, secret=secret, algorithm="sha256").hexdigest() for secret in _key_secrets()]
    return list(dict.fromkeys([*hashes, hashlib.sha256(raw.encode()).hexdigest()]))


class ScanIndexPage(BaseIndexPage):
    """Lists the scans and explains the two ways to take one: alone, at once, or as a team round."""

    subpage_types = ["scan.ScanPage"]

    class Meta:
        verbose_name = _("zelfscanoverzicht")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["scans"] = ScanPage.objects.live().child_of(self).select_related("theme").order_by("path")
        return context


SECONDS_PER_ITEM = 40


class ScanPage(SearchStemsMixin, Page):
    """A self-scan: parts (dimensions) with knelpunten, their levels, and what helps with each.

    Editors publish it like any page. A team round freezes the version it is answered against, so editing
    a scan that already has answers is safe.
    """

    SCALE_CHOICES = [(4, _("Vier niveaus")), (5, _("Vijf niveaus"))]

    intro = models.TextField(
        _("inleiding"),
        help_text=_("Twee of drie zinnen: waarvoor is deze scan? Hoe lang hij duurt, rekent de site zelf uit."),
    )
    theme = models.ForeignKey(
        "core.Theme",
        verbose_name=_("thema"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="scan_pages",
    )
    scale = models.PositiveSmallIntegerField(
        _("schaal"),
        choices=SCALE_CHOICES,
        default=4,
        help_text=_("Het aantal niveaus per knelpunt; elk knelpunt heeft evenveel omschrijvingen."),
    )
    parts = StreamField(ScanStreamBlock(), use_json_field=True, verbose_name=_("delen"))

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("theme"),
        FieldPanel("scale"),
        FieldPanel("parts"),
    ]
    override_translatable_fields = [SynchronizedField("scale", overridable=False)]
    search_fields = (
        Page.search_fields
        + SearchStemsMixin.search_stem_fields
        + [index.SearchField("intro"), index.SearchField("parts")]
    )
    parent_page_types = ["scan.ScanIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("zelfscan")
        verbose_name_plural = _("zelfscans")

    def clean(self):
        super().clean()
        errors = []
        for part in self.parts or []:
            for item in part.value["items"]:
                if len(item["levels"]) != self.scale:
                    errors.append(
                        _("'%(item)s' heeft %(n)s niveaus; de schaal van de scan heeft er %(scale)s.")
                        % {"item": item["statement"], "n": len(item["levels"]), "scale": self.scale}
                    )
                for link in item["links"]:
                    if link["below"] is not None and link["below"] > self.scale:
                        errors.append(
                            _("'%(item)s': 'aanraden onder niveau' kan niet hoger zijn dan %(scale)s.")
                            % {"item": item["statement"], "scale": self.scale}
                        )
        if errors:
            raise ValidationError({"parts": errors})

    def search_text_parts(self) -> list[str]:
        parts = super().search_text_parts()
        for part in self.parts or []:
            parts += [part.value["title"], part.value["description"] or ""]
            for item in part.value["items"]:
                parts += [item["statement"], item["question"] or "", item["legal_note"] or ""]
        return parts

    @property
    def item_count(self) -> int:
        return sum(len(part.value["items"]) for part in self.parts or [])

    @property
    def minutes(self) -> int:
        """How long answering takes, the one estimate the card, the scan page and the invitation show: about
        forty seconds a knelpunt (reading the levels and choosing one), rounded up to five minutes."""
        return max(5, -(-self.item_count * SECONDS_PER_ITEM // 300) * 5)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from scan import selectors

        if request.user.is_authenticated:
            context["coordinated_schools"] = selectors.schools_coordinated_by(user=request.user)
        return context


class ScanVersion(models.Model):
    """A scan as it was when a round opened: its texts in every language, its items' fingerprints and links.

    ``definition`` holds ``{"scale", "source_locale", "locales": {code: {...texts}}, "items": {key: {"part",
    "fingerprint", "allow_unknown", "legal_duty"}}, "parts": [keys], "links": [...]}`` (built by
    ``scan.definition.snapshot``). Never edited after it is made.
    """

    scan = models.ForeignKey(
        ScanPage, null=True, on_delete=models.SET_NULL, related_name="versions", verbose_name=_("zelfscan")
    )
    scan_key = models.UUIDField(_("scan"), db_index=True, help_text="The scan's translation key.")
    number = models.PositiveIntegerField(_("versie"))
    fingerprint = models.CharField(max_length=64)
    definition = models.JSONField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("scanversie")
        verbose_name_plural = _("scanversies")
        ordering = ["scan_key", "-number"]
        constraints = [models.UniqueConstraint(fields=["scan_key", "number"], name="unique_scan_version_number")]

    def __str__(self) -> str:
        return f"{self.definition.get('locales', {}).get(self.definition.get('source_locale'), {}).get('title', '?')} v{self.number}"


class Round(models.Model):
    """A school team's turn at a scan, opened by a coordinator, answered anonymously through a link or code."""

    school = models.ForeignKey("community.School", on_delete=models.CASCADE, related_name="scan_rounds")
    version = models.ForeignKey(ScanVersion, on_delete=models.PROTECT, related_name="rounds")
    scan_key = models.UUIDField(db_index=True)
    label = models.CharField(
        _("naam van de ronde"), max_length=80, blank=True, help_text=_("Bijvoorbeeld 'Najaar 2026' (optioneel).")
    )
    parts = models.JSONField(_("delen"), default=list, help_text="The part keys answered in this round.")
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("geopend door")
    )
    opened_at = models.DateTimeField(_("geopend op"), default=timezone.now)
    closes_on = models.DateField(_("sluit op"), null=True, blank=True)
    closed_at = models.DateTimeField(_("gesloten op"), null=True, blank=True)
    token = models.CharField(max_length=64, unique=True, default=_token, editable=False)
    code = models.CharField(max_length=CODE_LENGTH, unique=True, default=_code, editable=False)

    class Meta:
        verbose_name = _("scanronde")
        verbose_name_plural = _("scanrondes")
        ordering = ["-opened_at", "-pk"]
        indexes = [models.Index(fields=["school", "scan_key", "opened_at"], name="round_school_scan")]

    def __str__(self) -> str:
        return f"{self.school} · {self.version} · {self.opened_at:%Y-%m-%d}"

    @property
    def is_open(self) -> bool:
        if self.closed_at is not None:
            return False
        return self.closes_on is None or timezone.localdate() <= self.closes_on

    @property
    def closed_on(self):
        """When answering stopped: the coordinator's close, or the end of the closing date."""
        if self.closed_at is not None:
            return timezone.localtime(self.closed_at).date()
        if self.closes_on is not None and timezone.localdate() > self.closes_on:
            return self.closes_on
        return None

    @property
    def display_code(self) -> str:
        return f"{self.code[:4]}-{self.code[4:]}"


class Respondent(models.Model):
    """An anonymous colleague answering a round. No user, no e-mail, no IP: only a hashed key and a role."""

    class Role(models.TextChoices):
        DOCENT = "docent", _("Docent")
        MENTOR = "mentor", _("Mentor")
        SUPPORT = "ondersteuning", _("Ondersteuning en zorg")
        LEADERSHIP = "leiding", _("Leiding")

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="respondents")
    key_hash = models.CharField(max_length=64, unique=True)
    role = models.CharField(_("rol"), max_length=20, choices=Role.choices, blank=True)
    started_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("respondent")
        verbose_name_plural = _("respondenten")

    def __str__(self) -> str:
        return f"#{self.pk}"


class Answer(models.Model):
    """One respondent's level on one item; ``value`` None is "weet ik niet"."""

    respondent = models.ForeignKey(Respondent, on_delete=models.CASCADE, related_name="answers")
    item_key = models.CharField(max_length=64)
    value = models.PositiveSmallIntegerField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("antwoord")
        verbose_name_plural = _("antwoorden")
        constraints = [
            models.UniqueConstraint(fields=["respondent", "item_key"], name="unique_answer_per_item"),
            models.CheckConstraint(
                condition=models.Q(value__isnull=True) | models.Q(value__gte=1, value__lte=5),
                name="answer_value_on_scale",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.item_key}: {self.value}"


class Action(models.Model):
    """A line of a school's plan van aanpak for a scan: what, who, with whom, when, and how you know it worked."""

    class Status(models.TextChoices):
        PLANNED = "planned", _("Gepland")
        ACTIVE = "active", _("Bezig")
        DONE = "done", _("Klaar")
        STOPPED = "stopped", _("Gestopt")

    school = models.ForeignKey("community.School", on_delete=models.CASCADE, related_name="scan_actions")
    scan_key = models.UUIDField(db_index=True)
    round = models.ForeignKey(Round, null=True, blank=True, on_delete=models.SET_NULL, related_name="actions")
    title = models.CharField(_("actie"), max_length=200)
    item_keys = models.JSONField(_("knelpunten"), default=list, blank=True)
    resource = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("training, interventie of materiaal"),
    )
    partner_type = models.ForeignKey(
        "core.PartnerType",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("soort ketenpartner"),
    )
    partner = models.CharField(_("partner"), max_length=200, blank=True)
    owner = models.CharField(_("eigenaar"), max_length=120)
    start_date = models.DateField(_("start"), null=True, blank=True)
    due_date = models.DateField(_("klaar op"), null=True, blank=True)
    success_criterion = models.TextField(_("succescriterium"), blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PLANNED)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("actie")
        verbose_name_plural = _("acties")
        ordering = ["due_date", "created_at", "pk"]
        indexes = [models.Index(fields=["school", "scan_key"], name="action_school_scan")]

    def __str__(self) -> str:
        return self.title
