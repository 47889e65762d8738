"""The shared taxonomy (themes, audiences, dimensions) and the pages every feature hangs from.

Feature apps import from here, never the other way round. Themes and audiences are translatable
snippets; pages link to them through small translatable link models so that wagtail-localize points
a translated page at the translated theme (see docs/decisions/0002-themes-translate-through-link-models.md).
"""

from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from common.indexing import SearchStemsMixin
from core.blocks import BaseStreamBlock


class Dimension(models.TextChoices):
    """The three layers of a team's resilience (seed 004), shared by the library and the self-scan."""

    BEWUSTWORDING = "bewustwording", _("Bewustwording")
    BEREIDHEID = "bereidheid", _("Bereidheid")
    BEKWAAMHEID = "bekwaamheid", _("Bekwaamheid")


class Theme(TranslatableMixin, models.Model):
    """A theme of the WIJschool (for example 'jongeren en wapens').

    The one controlled vocabulary shared by library, scan, forum and partner guidance. The slug stays the
    same in every language, so filters, links and scans keep working across translations.
    """

    ICONS = [
        ("shield", "shield"),
        ("knife", "knife"),
        ("link", "link"),
        ("home", "home"),
        ("megaphone", "megaphone"),
        ("split", "split"),
        ("people", "people"),
        ("heart", "heart"),
        ("scale", "scale"),
        ("calendar", "calendar"),
        ("lock", "lock"),
    ]

    name = models.CharField(_("naam"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        help_text=_("Vaste naam in de adresbalk, gelijk in alle talen (bijvoorbeeld 'jongeren-en-wapens')."),
    )
    intro = models.TextField(_("inleiding"), blank=True, help_text=_("Twee of drie zinnen: waar gaat dit thema over?"))
    icon = models.CharField(_("icoon"), max_length=20, choices=ICONS, default="shield")
    sort_order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("intro"), FieldPanel("icon"), FieldPanel("sort_order")]
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("thema")
        verbose_name_plural = _("thema's")
        ordering = ["sort_order", "name"]
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="unique_theme_slug_per_locale")]

    def __str__(self) -> str:
        return self.name

    @cached_property
    def page(self):
        """The live theme page for this theme in its own locale, if there is one."""
        return ThemePage.objects.live().filter(theme=self).first()


class Audience(TranslatableMixin, models.Model):
    """Who a resource is for: a sector (po, so, vo, mbo) or a role (docent, mentor, gemeente, ...)."""

    class Kind(models.TextChoices):
        SECTOR = "sector", _("Onderwijssector")
        ROLE = "role", _("Rol")

    name = models.CharField(_("naam"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=60)
    kind = models.CharField(_("soort"), max_length=10, choices=Kind.choices, default=Kind.SECTOR)
    sort_order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("kind"), FieldPanel("sort_order")]
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("doelgroep")
        verbose_name_plural = _("doelgroepen")
        ordering = ["kind", "sort_order", "name"]
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="unique_audience_slug_per_locale")]

    def __str__(self) -> str:
        return self.name


class PartnerType(TranslatableMixin, models.Model):
    """A kind of ketenpartner around a school (jongerenwerk, wijkagent, leerplicht, GGD, Veilig Thuis, ...).

    Shared taxonomy: the self-scan recommends partner types, a plan van aanpak names one, and the guidance for
    municipalities describes them. The slug stays the same in every language.
    """

    name = models.CharField(_("naam"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=60, help_text=_("Vaste naam, gelijk in alle talen."))
    role = models.TextField(_("wat zij doen"), blank=True, help_text=_("Eén of twee zinnen: hun rol voor een school."))
    when_to_involve = models.TextField(
        _("wanneer betrekken"), blank=True, help_text=_("Eén of twee zinnen: wanneer een school hen inschakelt.")
    )
    sort_order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("role"),
        FieldPanel("when_to_involve"),
        FieldPanel("sort_order"),
    ]
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("soort ketenpartner")
        verbose_name_plural = _("soorten ketenpartners")
        ordering = ["sort_order", "name"]
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="unique_partnertype_slug_per_locale")]

    def __str__(self) -> str:
        return self.name


class HomePage(SearchStemsMixin, Page):
    """The front door: what the community offers and the themes to start from."""

    intro = models.TextField(_("inleiding"), blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, use_json_field=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + SearchStemsMixin.search_stem_fields + [index.SearchField("intro")]
    max_count_per_parent = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("startpagina")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from wagtail import hooks

        context["themes"] = (
            ThemePage.objects.live().filter(locale=self.locale).select_related("theme").order_by("theme__sort_order")
        )
        # Feature apps add sections (the newest library items, resource types) without core importing them.
        context["home_sections"] = [
            section for fn in hooks.get_hooks("home_page_sections") if (section := fn(home_page=self, request=request))
        ]
        return context


class BaseIndexPage(SearchStemsMixin, Page):
    """What every index page shares (the themes, the library, the scans): an introduction, searchable by its
    Dutch word forms, and one of it per parent. Each index lists its own children in ``get_context``."""

    intro = models.TextField(_("inleiding"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + SearchStemsMixin.search_stem_fields + [index.SearchField("intro")]
    max_count_per_parent = 1

    class Meta:
        abstract = True


class ThemeIndexPage(BaseIndexPage):
    """Lists every theme page."""

    subpage_types = ["core.ThemePage"]

    class Meta:
        verbose_name = _("themaoverzicht")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["themes"] = self.get_children().live().specific().order_by("themepage__theme__sort_order")
        return context


class ThemePage(SearchStemsMixin, Page):
    """Gathers everything on one theme: an introduction and, through a hook, what each feature app has on it."""

    theme = models.ForeignKey(Theme, verbose_name=_("thema"), on_delete=models.PROTECT, related_name="pages")
    intro = models.TextField(_("inleiding"), blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, use_json_field=True)

    content_panels = Page.content_panels + [FieldPanel("theme"), FieldPanel("intro"), FieldPanel("body")]
    search_fields = (
        Page.search_fields
        + SearchStemsMixin.search_stem_fields
        + [index.SearchField("intro"), index.SearchField("body")]
    )
    parent_page_types = ["core.ThemeIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("themapagina")

    def search_text_parts(self) -> list[str]:
        return [*super().search_text_parts(), self.theme.name, self.theme.intro]

    def get_context(self, request, *args, **kwargs):
        from wagtail import hooks

        context = super().get_context(request, *args, **kwargs)
        # Feature apps contribute sections (library items, later forum threads) without core importing them.
        context["theme_sections"] = [
            section
            for fn in hooks.get_hooks("theme_page_sections")
            if (section := fn(theme_page=self, request=request)) is not None
        ]
        return context


class StandardPage(SearchStemsMixin, Page):
    """A plain content page for guidance, about and help texts."""

    intro = models.TextField(_("inleiding"), blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, use_json_field=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = (
        Page.search_fields
        + SearchStemsMixin.search_stem_fields
        + [index.SearchField("intro"), index.SearchField("body")]
    )

    class Meta:
        verbose_name = _("standaardpagina")


class ContentGeneration(models.Model):
    """How often published content has changed: bumped in the same transaction as every publish, unpublish,
    move, deletion and view-restriction change (core.signals). Cached counts and lists carry the generation in
    their key (core.caching), so every app process sees a change at once, whether its cache is shared (Redis)
    or its own memory."""

    name = models.CharField(max_length=50, primary_key=True)
    value = models.PositiveBigIntegerField(default=0)

    class Meta:
        verbose_name = _("inhoudsgeneratie")

    def __str__(self) -> str:
        return f"{self.name}: {self.value}"
