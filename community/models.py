"""People and schools: the custom user (e-mail login), schools with members and coordinators, invitations."""

import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class UserManager(BaseUserManager):
    """Users are identified by e-mail address; there is no username."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required")
        email = self.normalize_email(email).lower()
        user = self.model(email=email, **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """A person with an account: a teacher, coordinator, editor, coach or municipal officer. Never a pupil."""

    username = None
    email = models.EmailField(_("e-mailadres"), unique=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = UserManager()

    class Meta:
        verbose_name = _("gebruiker")
        verbose_name_plural = _("gebruikers")
        ordering = ["email"]

    def __str__(self) -> str:
        return self.get_full_name() or self.email


brin_validator = RegexValidator(
    r"^[0-9]{2}[A-Z]{2}$",
    _("Een BRIN-nummer bestaat uit twee cijfers en twee hoofdletters, bijvoorbeeld 12AB."),
)


class School(models.Model):
    """A school (location) whose team uses the community together."""

    class Sector(models.TextChoices):
        PO = "po", _("Primair onderwijs (po)")
        SO = "so", _("Speciaal onderwijs (so)")
        VO = "vo", _("Voortgezet onderwijs (vo)")
        MBO = "mbo", _("Middelbaar beroepsonderwijs (mbo)")

    name = models.CharField(_("naam"), max_length=200)
    brin = models.CharField(_("BRIN-nummer"), max_length=4, unique=True, validators=[brin_validator])
    gemeente = models.CharField(_("gemeente"), max_length=120)
    sector = models.CharField(_("sector"), max_length=3, choices=Sector.choices)
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="Membership", related_name="schools", verbose_name=_("leden")
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("school")
        verbose_name_plural = _("scholen")
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.brin})"


class Membership(models.Model):
    """A person's place in a school team; coordinators invite colleagues and open scan rounds."""

    class Role(models.TextChoices):
        MEMBER = "member", _("Teamlid")
        COORDINATOR = "coordinator", _("Coördinator")
        COACH = "coach", _("Coach (kijkt mee)")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    school = models.ForeignKey(School, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(_("rol"), max_length=12, choices=Role.choices, default=Role.MEMBER)
    joined_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("lidmaatschap")
        verbose_name_plural = _("lidmaatschappen")
        constraints = [models.UniqueConstraint(fields=["user", "school"], name="unique_membership")]

    def __str__(self) -> str:
        return f"{self.user} @ {self.school} ({self.get_role_display()})"

    @property
    def is_coordinator(self) -> bool:
        return self.role == self.Role.COORDINATOR

    @property
    def is_coach(self) -> bool:
        """A coach the school invited: sees the team's scans and plans, changes nothing."""
        return self.role == self.Role.COACH


def _new_token() -> str:
    return secrets.token_urlsafe(32)


def _default_expiry():
    return timezone.now() + timedelta(days=14)


class Invitation(models.Model):
    """An invitation by e-mail link from a coordinator to a colleague to join a school team."""

    school = models.ForeignKey(School, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField(_("e-mailadres"))
    role = models.CharField(_("rol"), max_length=12, choices=Membership.Role.choices, default=Membership.Role.MEMBER)
    token = models.CharField(max_length=64, unique=True, default=_new_token, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="invitations_sent"
    )
    created_at = models.DateTimeField(_("verstuurd op"), auto_now_add=True)
    expires_at = models.DateTimeField(_("geldig tot"), default=_default_expiry)
    accepted_at = models.DateTimeField(_("geaccepteerd op"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    revoked_at = models.DateTimeField(_("ingetrokken op"), null=True, blank=True)

    class Status(models.TextChoices):
        PENDING = "pending", _("Openstaand")
        ACCEPTED = "accepted", _("Geaccepteerd")
        REVOKED = "revoked", _("Ingetrokken")
        EXPIRED = "expired", _("Verlopen")

    class Meta:
        verbose_name = _("uitnodiging")
        verbose_name_plural = _("uitnodigingen")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["school", "email"], name="invitation_school_email")]

    def __str__(self) -> str:
        return f"{self.email} → {self.school}"

    @property
    def status(self) -> "Invitation.Status":
        """Where the invitation stands; an accepted or revoked one stays so after its expiry date."""
        if self.accepted_at is not None:
            return self.Status.ACCEPTED
        if self.revoked_at is not None:
            return self.Status.REVOKED
        if self.expires_at <= timezone.now():
            return self.Status.EXPIRED
        return self.Status.PENDING

    def get_status_display(self) -> str:
        return self.status.label

    @property
    def is_usable(self) -> bool:
        return self.status == self.Status.PENDING


class AccountDeletion(models.Model):
    """One line in the log of deleted accounts (issue 10, AVG): when, whether the member asked for their text to
    go too, and counts of what went and what stayed. No name, address or account id: the log says that an
    account was deleted, never whose."""

    deleted_at = models.DateTimeField(_("verwijderd op"), default=timezone.now)
    by_member = models.BooleanField(_("door het lid zelf"), default=True)
    content_removed = models.BooleanField(_("berichten ook verwijderd"), default=False)
    counts = models.JSONField(_("aantallen"), default=dict, blank=True)

    class Meta:
        verbose_name = _("verwijderd account")
        verbose_name_plural = _("verwijderde accounts")
        ordering = ["-deleted_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.deleted_at:%Y-%m-%d %H:%M}"
