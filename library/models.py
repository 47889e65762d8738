"""The library: one page type for every kind of resource, and the index page that lists and filters them.

One model with a ``resource_type`` (rather than seven page types) keeps the listing, its facet counts and
search a single query each; film-only fields are checked in ``clean()``.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from common.indexing import SearchStemsMixin
from community.models import School
from core.blocks import BaseStreamBlock
from core.models import BaseIndexPage, Dimension
from library import film


class ResourceType(models.TextChoices):
    ELEARNING = "elearning", _("E-learning")
    FILM = "film", _("Film")
    LESSON = "lesson", _("Les")
    KNOWLEDGE = "knowledge", _("Kennisdocument")
    EXERCISE = "exercise", _("Oefening")
    TRAINING = "training", _("Training")
    INTERVENTION = "intervention", _("Interventie")


class ResourceFormat(models.TextChoices):
    ONLINE = "online", _("Online")
    CLASSROOM = "klassikaal", _("Klassikaal")
    TEAM = "teamsessie", _("Teamsessie")
    INDIVIDUAL = "individueel", _("Individueel")
    BLENDED = "blended", _("Blended")


class Obligation(models.TextChoices):
    """Whether an item helps a school carry out something the law requires of it, or is good practice."""

    LEGAL_DUTY = "legal_duty", _("Wettelijke plicht")
    GOOD_PRACTICE = "good_practice", _("Goede praktijk")


class EvidenceLevel(models.TextChoices):
    EFFECTIVE = "effective", _("Bewezen effectief")
    PROMISING = "promising", _("Veelbelovend")
    PRACTICE = "practice", _("Goed onderbouwd (praktijk)")
    UNKNOWN = "unknown", _("Nog niet onderzocht")


class TranslatableChildMixin(TranslatableMixin):
    """A translatable inline row takes the locale of the page it belongs to."""

    class Meta(TranslatableMixin.Meta):
        abstract = True

    def save(self, *args, **kwargs):
        if not self.locale_id and self.page_id:
            self.locale_id = Page.objects.filter(pk=self.page_id).values_list("locale_id", flat=True).first()
        super().save(*args, **kwargs)


class Licence(models.TextChoices):
    """The licences a school can share its material under (decision 0021)."""

    CC_BY = "cc-by", _("CC BY 4.0: anderen mogen het gebruiken en aanpassen, met naamsvermelding")
    CC_BY_SA = (
        "cc-by-sa",
        _("CC BY-SA 4.0: gebruiken en aanpassen met naamsvermelding, en onder dezelfde licentie delen"),
    )
    CC_BY_NC_SA = (
        "cc-by-nc-sa",
        _("CC BY-NC-SA 4.0: gebruiken en aanpassen met naamsvermelding, niet commercieel, onder dezelfde licentie"),
    )
    ALL_RIGHTS_RESERVED = "all-rights", _("Alle rechten voorbehouden: alleen bekijken en in de eigen klas gebruiken")


LICENCE_SHORT = {
    Licence.CC_BY: "CC BY 4.0",
    Licence.CC_BY_SA: "CC BY-SA 4.0",
    Licence.CC_BY_NC_SA: "CC BY-NC-SA 4.0",
}
LICENCE_URLS = {
    Licence.CC_BY: "https://creativecommons.org/licenses/by/4.0/deed.{lang}",
    Licence.CC_BY_SA: "https://creativecommons.org/licenses/by-sa/4.0/deed.{lang}",
    Licence.CC_BY_NC_SA: "https://creativecommons.org/licenses/by-nc-sa/4.0/deed.{lang}",
}


class ResourceTheme(TranslatableChildMixin, Orderable):
    """Links a resource to a theme. Translatable, so a translated resource points at the translated theme."""

    page = ParentalKey("library.ResourcePage", on_delete=models.CASCADE, related_name="theme_links")
    theme = models.ForeignKey(
        "core.Theme", on_delete=models.CASCADE, related_name="resource_links", verbose_name=_("thema")
    )

    panels = [FieldPanel("theme")]

    class Meta(TranslatableChildMixin.Meta):
        verbose_name = _("thema")
        verbose_name_plural = _("thema's")
        # Filtering and counting by theme read (theme, page) pairs only.
        indexes = [models.Index(fields=["theme", "page"], name="library_theme_page")]


class ResourceAudience(TranslatableChildMixin, Orderable):
    """Links a resource to an audience (sector or role)."""

    page = ParentalKey("library.ResourcePage", on_delete=models.CASCADE, related_name="audience_links")
    audience = models.ForeignKey(
        "core.Audience", on_delete=models.CASCADE, related_name="resource_links", verbose_name=_("doelgroep")
    )

    panels = [FieldPanel("audience")]

    class Meta(TranslatableChildMixin.Meta):
        verbose_name = _("doelgroep")
        verbose_name_plural = _("doelgroepen")
        indexes = [models.Index(fields=["audience", "page"], name="library_audience_page")]


class ResourceAttachment(Orderable):
    """A file that belongs to a resource (worksheet, slides, handout)."""

    page = ParentalKey("library.ResourcePage", on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey(
        "wagtaildocs.Document", on_delete=models.CASCADE, related_name="+", verbose_name=_("bestand")
    )

    panels = [FieldPanel("document")]


class ResourcePageTag(TaggedItemBase):
    """Free keywords (django-taggit). Not translated: they are search aids, not the taxonomy."""

    content_object = ParentalKey("library.ResourcePage", on_delete=models.CASCADE, related_name="tagged_items")


class ResourcePage(SearchStemsMixin, Page):
    """One resource in the library: something a teacher or team can use, with what it is for and for whom."""

    resource_type = models.CharField(_("soort"), max_length=20, choices=ResourceType.choices, db_index=True)
    summary = models.TextField(
        _("samenvatting"),
        max_length=400,
        help_text=_("Eén of twee zinnen: wat levert dit op in de klas of in het team?"),
    )
    body = StreamField(BaseStreamBlock(), blank=True, use_json_field=True, verbose_name=_("inhoud"))
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("afbeelding"),
    )
    image_alt = models.CharField(
        _("alt-tekst van de afbeelding"),
        max_length=250,
        blank=True,
        help_text=_(
            "Wat de afbeelding laat zien, voor wie haar niet ziet. Wordt met de pagina vertaald. Leeg: de "
            "beschrijving van de afbeelding in de beeldbank."
        ),
    )
    dimension = models.CharField(_("dimensie"), max_length=20, choices=Dimension.choices, db_index=True)
    duration_minutes = models.PositiveIntegerField(_("duur in minuten"), null=True, blank=True)
    format = models.CharField(_("vorm"), max_length=20, choices=ResourceFormat.choices, blank=True)
    provider = models.CharField(_("aanbieder"), max_length=200, blank=True)
    evidence = models.CharField(
        _("onderbouwing"), max_length=20, choices=EvidenceLevel.choices, default=EvidenceLevel.UNKNOWN
    )
    obligation = models.CharField(
        _("plicht of praktijk"),
        max_length=20,
        choices=Obligation.choices,
        blank=True,
        help_text=_(
            "Wettelijke plicht: het item helpt de school iets te doen wat de wet vraagt (bijvoorbeeld het "
            "schoolveiligheidsplan of de meldcode). Goede praktijk: niet verplicht, wel aan te raden."
        ),
    )
    legal_basis = models.CharField(
        _("welke plicht"),
        max_length=300,
        blank=True,
        help_text=_(
            "Bij een wettelijke plicht: welke, in één zin. Bijvoorbeeld: 'Wet veiligheid op school: de school "
            "monitort de sociale veiligheid van leerlingen.'"
        ),
    )
    solves = models.TextField(
        _("lost op"), blank=True, help_text=_("Voor trainingen en interventies: welke knelpunten dit aanpakt.")
    )
    embed_url = models.URLField(
        _("film-URL"),
        blank=True,
        help_text=_(
            "Adres van de film bij YouTube of Vimeo. De speler van de aanbieder laadt pas als de bezoeker daarvoor "
            "kiest; tot dan maakt de pagina geen contact met de aanbieder."
        ),
    )
    video = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("videobestand"),
        help_text=_("Een mp4- of webm-bestand, als de film niet online staat."),
    )
    captions = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Nederlandse ondertitels (WebVTT)"),
        help_text=_("Een .vtt-bestand met de Nederlandse ondertitels bij het videobestand."),
    )
    captions_en = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Engelse ondertitels (WebVTT)"),
        help_text=_("Een .vtt-bestand met de Engelse ondertitels bij het videobestand."),
    )
    poster = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("posterbeeld"),
        help_text=_("Het beeld dat je ziet voordat de film start. Zonder poster tonen we de afbeelding van de bron."),
    )
    transcript = models.TextField(_("transcript"), blank=True, help_text=_("Verplicht voor films: de gesproken tekst."))
    tags = ClusterTaggableManager(through=ResourcePageTag, blank=True, verbose_name=_("trefwoorden"))
    material_url = models.URLField(
        _("link naar het materiaal"),
        max_length=500,
        blank=True,
        help_text=_("Waar het materiaal zelf staat, als het niet als bijlage bij dit item hoort."),
    )
    licence = models.CharField(_("licentie"), max_length=20, choices=Licence.choices, blank=True)
    shared_by_school = models.ForeignKey(
        School,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("gedeeld door school"),
        help_text=_("Bij materiaal dat een school deelde: die school staat als bron bij het item."),
    )
    shared_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("gedeeld door"),
        editable=False,
    )
    change_note = models.TextField(
        _("wat is er veranderd"),
        max_length=500,
        blank=True,
        help_text=_(
            "Voor wie dit item bewaart of in het plan van aanpak van de school heeft: zeg in een of twee zinnen wat "
            "er anders is. Bij het publiceren krijgen zij één bericht. Laat het veld leeg of ongewijzigd bij een "
            "kleine correctie: een bericht dat al verstuurd is, gaat niet nog een keer."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("resource_type"),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldRowPanel([FieldPanel("image"), FieldPanel("image_alt")]),
        MultiFieldPanel(
            [
                InlinePanel("theme_links", label=_("Thema's"), min_num=1),
                InlinePanel("audience_links", label=_("Doelgroepen")),
                FieldPanel("dimension"),
                FieldPanel("tags"),
            ],
            heading=_("Ordening"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("duration_minutes"), FieldPanel("format")]),
                FieldRowPanel([FieldPanel("provider"), FieldPanel("evidence")]),
                FieldRowPanel([FieldPanel("obligation"), FieldPanel("legal_basis")]),
                FieldPanel("solves"),
            ],
            heading=_("Kenmerken"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("video"),
                FieldRowPanel([FieldPanel("captions"), FieldPanel("captions_en")]),
                FieldPanel("poster"),
                FieldPanel("embed_url"),
                FieldPanel("transcript"),
            ],
            heading=_("Film"),
            classname="collapsed",
        ),
        InlinePanel("attachments", label=_("Bijlagen")),
        MultiFieldPanel(
            [FieldPanel("material_url"), FieldRowPanel([FieldPanel("licence"), FieldPanel("shared_by_school")])],
            heading=_("Bron en licentie"),
        ),
        MultiFieldPanel([FieldPanel("change_note")], heading=_("Wat is er veranderd")),
    ]

    search_fields = (
        Page.search_fields
        + SearchStemsMixin.search_stem_fields
        + [
            index.SearchField("summary"),
            index.SearchField("body"),
            index.SearchField("transcript"),
            index.SearchField("solves"),
            index.SearchField("provider"),
            index.AutocompleteField("summary"),
            index.FilterField("resource_type"),
            index.FilterField("dimension"),
            index.RelatedFields("tags", [index.SearchField("name"), index.FilterField("slug")]),
            index.RelatedFields(
                "theme_links",
                [index.RelatedFields("theme", [index.SearchField("name"), index.FilterField("slug")])],
            ),
        ]
    )

    parent_page_types = ["library.LibraryIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("bron")
        verbose_name_plural = _("bronnen")

    def clean(self):
        super().clean()
        errors = {}
        if self.resource_type == ResourceType.FILM:
            if not self.embed_url and not self.video_id:
                errors["embed_url"] = _("Een film heeft een film-URL of een videobestand nodig.")
            if not self.transcript.strip():
                errors["transcript"] = _("Een film heeft een transcript nodig, zodat iedereen hem kan volgen.")
        if self.video_id:
            if self.video.file_extension.lower() not in film.VIDEO_TYPES:
                errors["video"] = _("Kies een mp4- of webm-bestand.")
            if not self.captions_id:
                errors["captions"] = _("Een videobestand heeft Nederlandse ondertitels nodig (een .vtt-bestand).")
        for name in ("captions", "captions_en"):
            document = getattr(self, name)
            if document is not None and document.file_extension.lower() != "vtt":
                errors[name] = _("Kies een WebVTT-bestand (.vtt).")
        if self.legal_basis.strip() and self.obligation != Obligation.LEGAL_DUTY:
            errors["legal_basis"] = _("Noem een plicht alleen bij een item dat over een wettelijke plicht gaat.")
        if self.image is not None and not self.image_alt_text:
            errors["image_alt"] = _(
                "Beschrijf wat de afbeelding laat zien, voor wie haar niet ziet (of geef de afbeelding in de "
                "beeldbank een beschrijving)."
            )
        if errors:
            raise ValidationError(errors)

    def with_content_json(self, content):
        """A version of the item keeps who shared it as it is now: an account deleted since is not brought back
        by publishing an older version."""
        obj = super().with_content_json(content)
        obj.shared_by_id = self.shared_by_id
        return obj

    @property
    def shared_by_former_member(self) -> bool:
        """Shared from the site by a member whose account has since been deleted."""
        if not self.shared_by_school_id or self.shared_by_id:
            return False
        return Submission.objects.filter(page__translation_key=self.translation_key).exists()

    @property
    def licence_short(self) -> str:
        return LICENCE_SHORT.get(self.licence, str(self.get_licence_display()) if self.licence else "")

    @property
    def licence_url(self) -> str:
        url = LICENCE_URLS.get(self.licence, "")
        language = self.locale.language_code if self.locale_id else "nl"
        return url.format(lang="nl" if language == "nl" else "en") if url else ""

    @property
    def image_alt_text(self) -> str:
        """The image's alt text: this page's own (translated with it), else the image's description."""
        if self.image is None:
            return ""
        return (self.image_alt or self.image.description or "").strip()

    # --- the film ---------------------------------------------------------------------------------------

    @property
    def film_player_shown(self) -> bool:
        """Whether the page shows a film player (with the poster or image in it)."""
        return self.resource_type == ResourceType.FILM and bool(self.video_id or self.film_embed_src)

    @property
    def video_content_type(self) -> str:
        return film.VIDEO_TYPES.get(self.video.file_extension.lower(), "video/mp4") if self.video_id else ""

    @property
    def film_provider(self) -> str:
        return film.provider_name(self.embed_url)

    @property
    def film_poster(self):
        """The still shown before the film plays: the poster, or else the resource's image."""
        return self.poster or self.image

    def caption_tracks(self) -> list[dict]:
        """The video's caption tracks, Dutch first; the page's own language is the default track."""
        language = self.locale.language_code if self.locale_id else "nl"
        tracks = []
        for code, label, document in (("nl", "Nederlands", self.captions), ("en", "English", self.captions_en)):
            if document is not None:
                tracks.append({"srclang": code, "label": label, "url": document.url, "default": code == language})
        if tracks and not any(t["default"] for t in tracks):
            tracks[0]["default"] = True
        return tracks

    @property
    def film_embed_src(self) -> str | None:
        """The privacy-friendly player address of ``embed_url`` (YouTube without cookies, Vimeo without
        tracking), or None for addresses we cannot play in the page."""
        return film.embed_src(self.embed_url)

    def search_text_parts(self) -> list[str]:
        """Also found by its themes, audiences, keywords and type."""
        parts = super().search_text_parts()
        parts += [link.theme.name for link in self.theme_links.all()]
        parts += [link.audience.name for link in self.audience_links.all()]
        parts += [tag.name for tag in self.tags.all()]
        parts.append(str(self.get_resource_type_display()))
        return parts

    @property
    def themes(self):
        return [link.theme for link in self.theme_links.all()]

    @property
    def audiences(self):
        return [link.audience for link in self.audience_links.all()]

    def related_resources(self, limit: int = 4, *, request=None):
        """Other live resources in the same language that share the most themes with this one. Which ones is
        cached for the current content generation (core.caching), as grouping over every item of a popular
        theme grows with the library."""
        theme_ids = sorted(link.theme_id for link in self.theme_links.all())
        if not theme_ids:
            return ResourcePage.objects.none()

        def related_ids():
            return list(
                ResourcePage.objects.live()
                .public()
                .filter(locale_id=self.locale_id, theme_links__theme_id__in=theme_ids)
                .exclude(pk=self.pk)
                .annotate(shared=models.Count("theme_links", distinct=True))
                .order_by("-shared", "-first_published_at", "pk")
                .values_list("pk", flat=True)[:limit]
            )

        from core.caching import cached

        ids = cached(f"library-related:{self.pk}:{limit}:{','.join(map(str, theme_ids))}", related_ids, request=request)
        return cards_in_order(ids)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related"] = list(self.related_resources(request=request))
        from library import usage
        from library.forms import ClassroomUseForm

        context["usage"] = found = usage.usage_for(self, user=getattr(request, "user", None))
        if found.mine is not None:
            context["usage_form"] = ClassroomUseForm(
                initial={
                    "comment": found.mine.comment,
                    "sector": found.mine.sector,
                    "year_group": found.mine.year_group,
                }
            )
        else:
            context["usage_form"] = ClassroomUseForm()
        from wagtail import hooks

        # Other features add what they have on this item (the forum: threads that link it or share its themes).
        context["feature_sections"] = [
            section
            for fn in hooks.get_hooks("resource_page_sections")
            if (section := fn(resource_page=self, request=request))
        ]
        return context


# The image on a resource card (components/resource_card.html, library/search_card.html): one rendition, made
# once and then read with the cards (``for_cards``), never looked up per card.
CARD_IMAGE = "fill-480x270|format-webp"


def _card_renditions():
    from wagtail.images import get_image_model

    return models.Prefetch(
        "image__renditions",
        queryset=get_image_model().get_rendition_model().objects.filter(filter_spec=CARD_IMAGE),
    )


def for_cards(queryset):
    """``queryset`` with what a resource card shows: its themes and its image's card rendition, in a fixed
    number of queries however many cards (none for the images when no card has one)."""
    return queryset.select_related("image").prefetch_related(
        models.Prefetch("theme_links", queryset=ResourceTheme.objects.select_related("theme").order_by("sort_order")),
        _card_renditions(),
    )


def cards_in_order(ids) -> list[ResourcePage]:
    """The resources with these ids, in this order, ready for their cards (``for_cards``); missing ids are left
    out. A fixed number of queries, whatever the number of ids."""
    by_id = {page.pk: page for page in for_cards(ResourcePage.objects.filter(pk__in=ids))}
    return [by_id[pk] for pk in ids if pk in by_id]


def prepare_cards(pages) -> None:
    """For pages already fetched (search hits): their images and card renditions, two queries for all."""
    from django.db.models import prefetch_related_objects

    resources = [p for p in pages if isinstance(p, ResourcePage) and p.image_id]
    if resources:
        prefetch_related_objects(resources, "image", _card_renditions())


class LibraryIndexPage(BaseIndexPage):
    """The library listing: filters by theme, type, audience, dimension and keyword, with counts from the data."""

    subpage_types = ["library.ResourcePage"]

    class Meta:
        verbose_name = _("bibliotheek")

    def get_context(self, request, *args, **kwargs):
        from library.filters import LibraryFilter

        context = super().get_context(request, *args, **kwargs)
        listing = LibraryFilter(request.GET, index_page=self, request=request)
        context["listing"] = listing
        context["page_obj"] = listing.page_obj
        return context


# --- "Gebruikt in de klas" (issue 10, part 3) ----------------------------------------------------------------


class ClassroomUse(models.Model):
    """A member's "Gebruikt in de klas" on a library item: once per item (in whichever language they read it),
    with an optional short comment and the sector and year group. Comments are moderated as forum posts are:
    members flag, enough flags from different members hide it, editors hide and restore in the admin."""

    COMMENT_LENGTH = 500
    YEAR_GROUP_LENGTH = 40
    FLAGS_TO_HIDE = 3

    class State(models.TextChoices):
        VISIBLE = "visible", _("Zichtbaar")
        HIDDEN = "hidden", _("Verborgen")

    translation_key = models.UUIDField(db_index=True, help_text="The item in every language.")
    page = models.ForeignKey(
        "library.ResourcePage", on_delete=models.CASCADE, related_name="classroom_uses", verbose_name=_("item")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="classroom_uses", verbose_name=_("lid")
    )
    comment = models.CharField(_("opmerking"), max_length=COMMENT_LENGTH, blank=True)
    sector = models.CharField(_("sector"), max_length=10, blank=True, choices=School.Sector.choices)
    year_group = models.CharField(_("leerjaar of groep"), max_length=YEAR_GROUP_LENGTH, blank=True)
    state = models.CharField(_("zichtbaarheid"), max_length=10, choices=State.choices, default=State.VISIBLE)
    hidden_by_flags = models.BooleanField(default=False)
    flag_count = models.PositiveSmallIntegerField(_("meldingen"), default=0)
    created_at = models.DateTimeField(_("op"), default=timezone.now)

    class Meta:
        verbose_name = _("gebruikt in de klas")
        verbose_name_plural = _("gebruikt in de klas")
        ordering = ["-created_at", "-pk"]
        constraints = [models.UniqueConstraint(fields=["user", "translation_key"], name="classroom_use_once")]
        indexes = [models.Index(fields=["translation_key", "state", "-created_at"], name="classroom_use_item")]

    def __str__(self) -> str:
        return f"{self.page_id}: {self.comment[:40]}"


class ClassroomUseFlag(models.Model):
    use = models.ForeignKey(ClassroomUse, on_delete=models.CASCADE, related_name="flags")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["use", "user"], name="classroom_use_flag_once")]

    def __str__(self) -> str:
        return f"{self.use_id} by {self.user_id}"


# --- Shared by schools (issue 10, part 1) ---------------------------------------------------------------------


class Submission(models.Model):
    """A member's shared material: the draft ``ResourcePage`` it became, who shared it for which school, and where
    it stands in the editors' review. The status follows the Wagtail workflow (library.sharing)."""

    class Status(models.TextChoices):
        SUBMITTED = "submitted", _("Ingediend")
        IN_REVIEW = "in_review", _("In beoordeling")
        PUBLISHED = "published", _("Gepubliceerd")
        REJECTED = "rejected", _("Afgewezen")

    page = models.OneToOneField(
        ResourcePage, on_delete=models.CASCADE, related_name="submission", verbose_name=_("item")
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submissions",
        verbose_name=_("gedeeld door"),
    )
    school = models.ForeignKey(
        School, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("school")
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.SUBMITTED)
    reason = models.TextField(_("reden"), blank=True)
    language = models.CharField(max_length=5, default="nl")
    created_at = models.DateTimeField(_("ingediend op"), default=timezone.now)
    updated_at = models.DateTimeField(_("bijgewerkt op"), default=timezone.now)

    class Meta:
        verbose_name = _("gedeeld materiaal")
        verbose_name_plural = _("gedeeld materiaal")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.page_id}: {self.status}"
