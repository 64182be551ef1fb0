"""What a return rests on and moves through: the removal decision, the processing standards
an origin country keeps, travel documents, transit legs, fitness to travel and reception."""

import uuid

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from kembali.accounts.models import User
from kembali.cases.models.people_and_cases import Case, Person, Stage


class AppealStatus(models.TextChoices):
    NONE = "none", _("no appeal")
    SUSPENSIVE_PENDING = "suspensive_pending", _("appeal with suspensive effect pending")
    NON_SUSPENSIVE_PENDING = "non_suspensive_pending", _("appeal without suspensive effect pending")
    DISMISSED = "dismissed", _("appeal dismissed")


class RemovalDecision(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="removal_decisions")
    decided_on = models.DateField(_("decided on"))
    authority = models.CharField(_("authority"), max_length=200)
    reference = models.CharField(_("reference"), max_length=100)
    final = models.BooleanField(_("final"), default=False)
    appeal = models.CharField(
        _("appeal"), max_length=30, choices=AppealStatus.choices, default=AppealStatus.NONE
    )
    recorded_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["decided_on", "id"]
        verbose_name = _("removal decision")

    def __str__(self) -> str:
        return self.reference


class ProcessingStandard(models.Model):
    """The regional standard for how long a case may stay in a stage (workshop ¶9)."""

    stage = models.CharField(_("stage"), max_length=25, choices=Stage.choices, unique=True)
    days = models.PositiveSmallIntegerField(_("days"))

    class Meta:
        ordering = ["stage"]
        verbose_name = _("processing standard")

    def __str__(self) -> str:
        return f"{self.get_stage_display()}: {self.days}"


class CountryProcessingStandard(models.Model):
    """A host country's own time frame for a stage, in place of the regional one."""

    country = models.CharField(_("host country"), max_length=3)
    stage = models.CharField(_("stage"), max_length=25, choices=Stage.choices)
    days = models.PositiveSmallIntegerField(_("days"))

    class Meta:
        verbose_name = _("country processing standard")
        constraints = [
            models.UniqueConstraint(fields=["country", "stage"], name="country_standard_unique")
        ]

    def __str__(self) -> str:
        return f"{self.country} {self.get_stage_display()}: {self.days}"


class DocumentKind(models.TextChoices):
    PASSPORT = "passport", _("passport")
    ETD = "etd", _("emergency travel document")
    NATIONAL_ID = "national_id", _("national identity card")
    BIRTH_CERTIFICATE = "birth_certificate", _("birth certificate")
    TAZKIRA = "tazkira", _("tazkira")
    NRC = "nrc", _("national registration card (NRC)")
    OTHER = "other", _("other")


TRAVEL_DOCUMENT_KINDS = frozenset({DocumentKind.PASSPORT, DocumentKind.ETD})


class Document(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="documents")
    kind = models.CharField(_("kind"), max_length=20, choices=DocumentKind.choices)
    number = models.CharField(_("number"), max_length=50)
    issuer = models.CharField(_("issuing country"), max_length=3)
    issued_on = models.DateField(_("issued on"), null=True, blank=True)
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    recorded_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-valid_until"]
        verbose_name = _("document")
        constraints = [
            models.CheckConstraint(
                condition=Q(valid_until__isnull=True)
                | Q(issued_on__isnull=True)
                | Q(valid_until__gte=models.F("issued_on")),
                name="document_valid_after_issue",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.number}"


class TransitLeg(models.Model):
    """A leg of the return journey through a transit country, which must acknowledge it."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="transit_legs")
    transit_country = models.CharField(_("transit country"), max_length=3)
    planned_on = models.DateField(_("planned on"))
    acknowledged_on = models.DateField(_("acknowledged on"), null=True, blank=True)
    acknowledgement_reference = models.CharField(
        _("acknowledgement reference"), max_length=100, blank=True
    )
    recorded_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["planned_on", "id"]
        verbose_name = _("transit leg")

    def __str__(self) -> str:
        return f"{self.transit_country} {self.planned_on}"


class FitnessToTravel(models.Model):
    """A medical certificate that the person may travel (IOM pre-departure health check)."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="fitness_certificates")
    certified_on = models.DateField(_("certified on"))
    certified_by = models.CharField(_("certified by"), max_length=200)
    conditions = models.CharField(
        _("conditions (escort, medication …)"), max_length=300, blank=True
    )
    recorded_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["certified_on", "id"]
        verbose_name = _("fitness-to-travel certificate")

    def __str__(self) -> str:
        return f"{self.certified_on} {self.certified_by}"


class Reception(models.Model):
    """Who receives the person on arrival, confirmed before departure for vulnerable people."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="receptions")
    organisation = models.CharField(_("received by"), max_length=200)
    confirmed_on = models.DateField(_("confirmed on"))
    arrangements = models.TextField(_("arrangements"), blank=True)
    recorded_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["confirmed_on", "id"]
        verbose_name = _("reception arrangement")

    def __str__(self) -> str:
        return f"{self.organisation} ({self.confirmed_on})"
