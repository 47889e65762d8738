"""The forum: categories (translatable snippets editors manage), threads and posts in the language they were
written in, flags, the moderation log, follows, notifications and each member's forum profile.

Writes go through ``forum.services`` (posting, editing, accepting, flagging, following) and
``forum.moderation`` (what moderators do); reads through ``forum.selectors``. The models hold no rules beyond
their constraints. Threads and posts are not Wagtail pages: a school's question is not editorial content, and a
tree of 100,000 posts would make every move and publish in the page tree slower.
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField

LANGUAGES = [("nl", _("Nederlands")), ("en", _("Engels"))]


class Category(TranslatableMixin, models.Model):
    """A part of the forum: one per theme of the shared taxonomy, plus general ones ("Vraag het de expert").

    Translatable like the themes: the slug stays the same in every language, so a thread (which points at the
    category of the default language) is listed under the translated category in the other language.
    """

    name = models.CharField(_("naam"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, help_text=_("Vaste naam in de adresbalk, gelijk in alle talen."))
    description = models.TextField(_("omschrijving"), help_text=_("Een of twee zinnen: waarover gaat het hier?"))
    theme = models.ForeignKey(
        "core.Theme",
        verbose_name=_("thema"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Het thema waar deze categorie bij hoort; leeg voor een algemene categorie."),
    )
    sort_order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("theme"),
        FieldPanel("sort_order"),
    ]
    override_translatable_fields = [
        SynchronizedField("slug", overridable=False),
        SynchronizedField("theme", overridable=False),
        SynchronizedField("sort_order", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("forumcategorie")
        verbose_name_plural = _("forumcategorieën")
        ordering = ["sort_order", "name"]
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="unique_forum_category_slug_per_locale")]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("forum:category", args=[self.slug])


class TrustLevel(models.IntegerChoices):
    """How far the forum trusts a member (after Discourse's trust levels)."""

    NEW = 0, _("Nieuw")  # first posts wait for approval; no links
    MEMBER = 1, _("Lid")  # posts appear at once; links allowed
    TRUSTED = 2, _("Vertrouwd")  # many approved posts: higher rate limits


class ForumProfile(models.Model):
    """A member as the forum shows and reaches them: the name shown, the @handle, trust, expert badge and
    how they want to be notified. Created on first use (``forum.services.profile_for``)."""

    class EmailMode(models.TextChoices):
        IMMEDIATE = "immediate", _("Direct een e-mail per bericht")
        DIGEST = "digest", _("Eén samenvatting per dag")
        NONE = "none", _("Geen e-mail, alleen op de site")

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_profile")
    display_name = models.CharField(_("naam op het forum"), max_length=80)
    handle = models.SlugField(_("gebruikersnaam"), max_length=40, unique=True, help_text=_("Voor @vermeldingen."))
    trust_level = models.PositiveSmallIntegerField(_("vertrouwen"), choices=TrustLevel.choices, default=TrustLevel.NEW)
    approved_posts = models.PositiveIntegerField(_("goedgekeurde berichten"), default=0)
    is_expert = models.BooleanField(_("expert"), default=False)
    expert_organisation = models.CharField(
        _("organisatie van de expert"), max_length=120, blank=True, help_text=_("Bijvoorbeeld: WIJcoach, GGD, politie.")
    )
    expert_categories = models.ManyToManyField(
        Category, blank=True, related_name="experts", verbose_name=_("expert in categorieën")
    )
    blocked_at = models.DateTimeField(_("geblokkeerd op"), null=True, blank=True)
    blocked_reason = models.CharField(_("reden van blokkeren"), max_length=300, blank=True)
    language = models.CharField(
        _("taal van e-mails"),
        max_length=5,
        choices=LANGUAGES,
        default="nl",
        help_text=_("De taal waarin het forum je e-mails stuurt."),
    )
    email_mode = models.CharField(
        _("e-mail over het forum"), max_length=10, choices=EmailMode.choices, default=EmailMode.IMMEDIATE
    )
    unsubscribe_token = models.CharField(max_length=43, unique=True, default=secrets.token_urlsafe, editable=False)
    last_digest_at = models.DateTimeField(null=True, blank=True)
    last_seen_at = models.DateTimeField(null=True, blank=True, help_text="The start of the member's current visit.")
    previous_visit_at = models.DateTimeField(
        null=True, blank=True, help_text="The start of the visit before: 'new since your last visit' counts from here."
    )

    class Meta:
        verbose_name = _("forumprofiel")
        verbose_name_plural = _("forumprofielen")

    def __str__(self) -> str:
        return self.display_name

    @property
    def is_blocked(self) -> bool:
        return self.blocked_at is not None


class Visibility(models.TextChoices):
    VISIBLE = "visible", _("Zichtbaar")
    PENDING = "pending", _("Wacht op goedkeuring")
    HIDDEN = "hidden", _("Verborgen")
    DELETED = "deleted", _("Verwijderd")


class ThreadQuerySet(models.QuerySet):
    def visible(self):
        return self.filter(state=Visibility.VISIBLE, merged_into__isnull=True)


class Thread(models.Model):
    """A question or story and its replies. Its first post (number 1) is the question."""

    category = models.ForeignKey(
        Category, on_delete=models.PROTECT, related_name="threads", verbose_name=_("categorie")
    )
    title = models.CharField(_("titel"), max_length=150)
    language = models.CharField(_("taal"), max_length=5, choices=LANGUAGES, default="nl")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="forum_threads"
    )
    themes = models.ManyToManyField("core.Theme", blank=True, related_name="+", verbose_name=_("thema's"))
    # A knelpunt of a self-scan: the scan page (any language; its items keep their key in every translation)
    # and the item's key (the block id), with the statement as it read when the thread was linked.
    scan_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    knelpunt_key = models.CharField(_("knelpunt"), max_length=64, blank=True, db_index=True)
    knelpunt_label = models.CharField(max_length=300, blank=True)
    state = models.CharField(max_length=10, choices=Visibility.choices, default=Visibility.VISIBLE)
    is_locked = models.BooleanField(_("gesloten"), default=False)
    solution = models.ForeignKey(
        "Post", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("antwoord")
    )
    merged_into = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    # Kept by forum.services whenever a post becomes visible or goes away: the listings read no posts.
    reply_count = models.PositiveIntegerField(default=0)
    last_number = models.PositiveIntegerField(default=0, help_text="The highest post number handed out.")
    last_activity_at = models.DateTimeField(default=timezone.now)
    last_poster = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")

    objects = ThreadQuerySet.as_manager()

    class Meta:
        verbose_name = _("draad")
        verbose_name_plural = _("draden")
        ordering = ["-last_activity_at", "-pk"]
        indexes = [
            models.Index(fields=["state", "-last_activity_at", "-id"], name="forum_thread_latest"),
            models.Index(fields=["category", "state", "-last_activity_at", "-id"], name="forum_thread_category"),
            models.Index(fields=["state", "reply_count", "-last_activity_at"], name="forum_thread_unanswered"),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def slug(self) -> str:
        return slugify(self.title)[:60] or "draad"

    def get_absolute_url(self) -> str:
        return reverse("forum:thread", args=[self.pk, self.slug])

    @property
    def is_solved(self) -> bool:
        return self.solution_id is not None

    @property
    def is_visible(self) -> bool:
        return self.state == Visibility.VISIBLE and self.merged_into_id is None


class PostQuerySet(models.QuerySet):
    def visible(self):
        return self.filter(state=Visibility.VISIBLE)


class Post(models.Model):
    """One message in a thread, in Markdown (raw HTML off), stored with its sanitised HTML."""

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="posts")
    number = models.PositiveIntegerField(help_text="1 is the question; numbers are never reused.")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="forum_posts"
    )
    body = models.TextField(_("bericht"))
    html = models.TextField(help_text="The body rendered by forum.markdown (sanitised); shown as is.")
    reply_to = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    linked_pages = models.JSONField(default=list, blank=True, help_text="Ids of site pages the body links to.")
    # The same pages as rows, so a library item can list the threads that link it (JSON lookups are not
    # portable to SQLite).
    library_pages = models.ManyToManyField("wagtailcore.Page", blank=True, related_name="+")
    state = models.CharField(max_length=10, choices=Visibility.choices, default=Visibility.VISIBLE)
    hidden_by_flags = models.BooleanField(default=False, help_text="Hidden because enough members flagged it.")
    flag_count = models.PositiveSmallIntegerField(default=0)
    pupil_data = models.JSONField(
        default=list, blank=True, help_text="What the pupil-data check saw when the author posted anyway."
    )
    client_token = models.CharField(max_length=40, blank=True, help_text="The form's one-time token: no double posts.")
    created_at = models.DateTimeField(default=timezone.now)
    edited_at = models.DateTimeField(null=True, blank=True)

    objects = PostQuerySet.as_manager()

    class Meta:
        verbose_name = _("bericht")
        verbose_name_plural = _("berichten")
        ordering = ["thread", "number"]
        constraints = [
            models.UniqueConstraint(fields=["thread", "number"], name="unique_post_number"),
            models.UniqueConstraint(
                fields=["author", "client_token"],
                condition=~models.Q(client_token=""),
                name="unique_post_client_token",
            ),
        ]
        indexes = [
            models.Index(fields=["thread", "state", "number"], name="forum_post_thread"),
            models.Index(fields=["state", "created_at"], name="forum_post_state"),
            models.Index(fields=["author", "created_at"], name="forum_post_author"),
        ]

    def __str__(self) -> str:
        return f"{self.thread} #{self.number}"

    @property
    def is_question(self) -> bool:
        return self.number == 1

    @property
    def is_visible(self) -> bool:
        return self.state == Visibility.VISIBLE

    def get_absolute_url(self) -> str:
        return f"{reverse('forum:post', args=[self.pk])}"

    @cached_property
    def was_edited(self) -> bool:
        return self.edited_at is not None


class PostRevision(models.Model):
    """An earlier version of a post, kept when its author or a moderator changed it (moderators see them)."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="revisions")
    body = models.TextField()
    edited_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    edited_at = models.DateTimeField(default=timezone.now)
    reason = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-edited_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.post} ({self.edited_at:%Y-%m-%d %H:%M})"


class Flag(models.Model):
    """A member's report that a post breaks the rules; enough of them from different members hide the post."""

    class Reason(models.TextChoices):
        SPAM = "spam", _("Spam of reclame")
        UNKIND = "unkind", _("Onvriendelijk of kwetsend")
        PUPIL_DATA = "pupil_data", _("Persoonsgegevens van een leerling")
        OFF_TOPIC = "off_topic", _("Hoort hier niet")

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="flags")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    reason = models.CharField(_("reden"), max_length=12, choices=Reason.choices)
    note = models.CharField(_("toelichting"), max_length=500, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("melding")
        verbose_name_plural = _("meldingen")
        constraints = [models.UniqueConstraint(fields=["post", "user"], name="one_flag_per_member")]
        indexes = [models.Index(fields=["resolved_at", "created_at"], name="forum_flag_open")]

    def __str__(self) -> str:
        return f"{self.post}: {self.get_reason_display()}"


class ModerationAction(models.TextChoices):
    APPROVE = "approve", _("Goedgekeurd")
    HIDE = "hide", _("Verborgen")
    RESTORE = "restore", _("Teruggezet")
    DELETE = "delete", _("Verwijderd")
    EDIT = "edit", _("Bewerkt")
    LOCK = "lock", _("Gesloten")
    UNLOCK = "unlock", _("Heropend")
    MOVE = "move", _("Verplaatst")
    MERGE = "merge", _("Samengevoegd")
    DISMISS_FLAGS = "dismiss", _("Meldingen afgehandeld")
    AUTO_HIDE = "auto_hide", _("Verborgen na meldingen")
    BLOCK = "block", _("Geblokkeerd")
    UNBLOCK = "unblock", _("Deblokkeerd")
    MARK_EXPERT = "expert", _("Expert gemaakt")


class ModerationLogEntry(models.Model):
    """Who did what to which post, thread or member, when and why. Never edited, never deleted by the site."""

    action = models.CharField(max_length=12, choices=ModerationAction.choices)
    moderator = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    thread = models.ForeignKey(Thread, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    post = models.ForeignKey(Post, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reason = models.CharField(_("reden"), max_length=500, blank=True)
    detail = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("moderatielog")
        verbose_name_plural = _("moderatielog")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_action_display()} ({self.created_at:%Y-%m-%d %H:%M})"


class NotificationLevel(models.TextChoices):
    """As Discourse has them: watching (every new post), tracking (unread counts, mentions and replies to
    me), muted (nothing at all)."""

    WATCHING = "watching", _("Volgen")
    TRACKING = "tracking", _("Bijhouden")
    MUTED = "muted", _("Negeren")


class Subscription(models.Model):
    """A member's level for one thread or one category (exactly one of the two)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_subscriptions")
    thread = models.ForeignKey(Thread, null=True, blank=True, on_delete=models.CASCADE, related_name="subscriptions")
    category = models.ForeignKey(
        Category, null=True, blank=True, on_delete=models.CASCADE, related_name="subscriptions"
    )
    level = models.CharField(max_length=10, choices=NotificationLevel.choices, default=NotificationLevel.WATCHING)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(thread__isnull=False, category__isnull=True)
                | models.Q(thread__isnull=True, category__isnull=False),
                name="subscription_thread_or_category",
            ),
            models.UniqueConstraint(fields=["user", "thread"], name="one_subscription_per_thread"),
            models.UniqueConstraint(fields=["user", "category"], name="one_subscription_per_category"),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} {self.level} {self.thread_id or self.category_id}"


class Notification(models.Model):
    """Something a member should know: a reply, a mention, a new post in what they watch, their question
    answered, a moderator's notice. Shown on the site; mailed at once or in the daily digest by the task queue."""

    class Kind(models.TextChoices):
        REPLY = "reply", _("Reactie op je bericht")
        MENTION = "mention", _("Je werd genoemd")
        WATCHING = "watching", _("Nieuw bericht in wat je volgt")
        NEW_THREAD = "new_thread", _("Nieuwe draad in een categorie die je volgt")
        SOLVED = "solved", _("Je antwoord hielp")
        MODERATION = "moderation", _("Bericht van de moderatie")
        APPROVED = "approved", _("Je bericht is goedgekeurd")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_notifications")
    kind = models.CharField(max_length=12, choices=Kind.choices)
    thread = models.ForeignKey(Thread, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    post = models.ForeignKey(Post, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    message = models.CharField(max_length=500, blank=True, help_text="A moderator's notice, in plain text.")
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)
    # Mail: ``mailed_at`` once sent (at once or in a digest); ``mail_failed`` when the address refused it.
    mailed_at = models.DateTimeField(null=True, blank=True)
    mail_failed = models.BooleanField(default=False)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["user", "read_at"], name="forum_notification_unread"),
            models.Index(fields=["mailed_at", "user"], name="forum_notification_mail"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "post", "kind"],
                condition=models.Q(post__isnull=False),
                name="one_notification_per_post",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.user_id})"


class ReadState(models.Model):
    """How far a member has read a thread: the highest post number they have seen."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="+")
    last_read_number = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "thread"], name="one_read_state_per_thread")]

    def __str__(self) -> str:
        return f"{self.user_id} read {self.thread_id} to {self.last_read_number}"
