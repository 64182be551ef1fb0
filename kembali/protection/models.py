"""Protection records: screening for vulnerability, asylum status, risk and best-interests
assessments, trafficking. Recorded by protection officers only; caseworkers see the outcome
that matters to the case (what blocks a step), never the content of a claim."""

import datetime as dt

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from kembali.accounts.models import User
from kembali.cases.models import Case
from kembali.cases.workflow import Asylum


class AsylumStatus(models.TextChoices):
    LODGED = Asylum.LODGED.value, _("claim lodged")
    PENDING = Asylum.PENDING.value, _("pending")
    REJECTED_FIRST_INSTANCE = Asylum.REJECTED_FIRST_INSTANCE.value, _("rejected at first instance")
    APPEAL_PENDING = Asylum.APPEAL_PENDING.value, _("appeal pending")
    JUDICIAL_REVIEW_PENDING = Asylum.JUDICIAL_REVIEW_PENDING.value, _("judicial review pending")
    FINALLY_REJECTED = Asylum.FINALLY_REJECTED.value, _("finally rejected")
    REFUGEE_RECOGNISED = Asylum.REFUGEE_RECOGNISED.value, _("refugee status recognised")
    COMPLEMENTARY_PROTECTION = Asylum.COMPLEMENTARY_PROTECTION.value, _("complementary protection")


class AsylumStatusChange(models.Model):
    """One step of a claim's history; the latest (by date, then entry) is the current status."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="asylum_history")
    status = models.CharField(_("status"), max_length=30, choices=AsylumStatus.choices)
    on = models.DateField(_("date"))
    authority = models.CharField(_("authority"), max_length=200)
    recorded_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["on", "id"]
        verbose_name = _("asylum status")

    def __str__(self) -> str:
        return f"{self.get_status_display()} ({self.on})"


class VulnerabilityKind(models.TextChoices):
    TRAFFICKING = "trafficking", _("presumed victim of trafficking")
    UNACCOMPANIED_CHILD = "unaccompanied_child", _("unaccompanied or separated child")
    PREGNANT_OR_NURSING = "pregnant_or_nursing", _("pregnant or nursing")
    SINGLE_PARENT = "single_parent", _("single parent")
    OLDER_PERSON = "older_person", _("older person")
    DISABILITY = "disability", _("disability")
    SERIOUS_MEDICAL = "serious_medical", _("serious medical condition")
    MENTAL_HEALTH = "mental_health", _("mental-health need")
    SURVIVOR_OF_VIOLENCE = "survivor_of_violence", _("survivor of violence or torture")
    SOGI_RISK = "sogi_risk", _("sexual-orientation or gender-identity risk")
    OTHER = "other", _("other")


class TraffickingIndicator(models.TextChoices):
    """Common indicators (IOM/ILO operational indicators of trafficking in human beings)."""

    DECEIVED = "deceived", _("deceived about the work or conditions")
    DEBT_BONDAGE = "debt_bondage", _("debt bondage")
    DOCUMENTS_WITHHELD = "documents_withheld", _("identity documents withheld")
    MOVEMENT_RESTRICTED = "movement_restricted", _("movement restricted or confined")
    VIOLENCE_OR_THREATS = "violence_or_threats", _("violence or threats")
    WAGES_WITHHELD = "wages_withheld", _("wages withheld")
    EXCESSIVE_HOURS = "excessive_hours", _("excessive working hours")
    RECRUITED_AS_CHILD = "recruited_as_child", _("recruited as a child")


# Needs that call for a fitness-to-travel certificate before departure.
MEDICAL_KINDS = frozenset(
    {VulnerabilityKind.SERIOUS_MEDICAL, VulnerabilityKind.PREGNANT_OR_NURSING}
)


class Vulnerability(models.Model):
    """A finding of a screening, informed by IOM's Determinants of Migrant Vulnerability."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="vulnerabilities")
    kind = models.CharField(_("kind"), max_length=30, choices=VulnerabilityKind.choices)
    indicators = models.JSONField(_("indicators"), default=list, blank=True)
    notes = models.TextField(_("notes"), blank=True)
    follow_up = models.CharField(_("follow-up"), max_length=300, blank=True)
    recorded_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField(auto_now_add=True)
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("vulnerability")

    def __str__(self) -> str:
        return self.get_kind_display()


class RiskAssessment(models.Model):
    """Non-refoulement: is there a real risk of torture or serious harm on return?"""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="risk_assessments")
    assessed_on = models.DateField(_("assessed on"))
    real_risk = models.BooleanField(_("real risk of serious harm found"))
    summary = models.TextField(_("summary"), blank=True)
    recorded_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["assessed_on", "id"]
        verbose_name = _("risk assessment")

    def __str__(self) -> str:
        return f"{self.assessed_on}: {'risk' if self.real_risk else 'no risk'}"


class BidRecommendation(models.TextChoices):
    RETURN = "return", _("return to the country of origin")
    REMAIN = "remain", _("remain in the host country")
    RESETTLEMENT = "resettlement", _("resettlement in a third country")


class BestInterestsDetermination(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="best_interests")
    decided_on = models.DateField(_("decided on"))
    panel = models.CharField(_("panel"), max_length=300)
    recommendation = models.CharField(
        _("recommendation"), max_length=20, choices=BidRecommendation.choices
    )
    care_arrangement = models.TextField(_("care arrangement at origin"), blank=True)
    care_arrangement_confirmed = models.BooleanField(_("care arrangement confirmed"), default=False)
    recorded_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["decided_on", "id"]
        verbose_name = _("best-interests determination")

    def __str__(self) -> str:
        return f"{self.decided_on}: {self.get_recommendation_display()}"


class TraffickingStatus(models.TextChoices):
    PRESUMED = "presumed", _("presumed victim")
    IDENTIFIED = "identified", _("identified victim")


class TraffickingRecord(models.Model):
    case = models.OneToOneField(Case, on_delete=models.CASCADE, related_name="trafficking")
    status = models.CharField(_("status"), max_length=20, choices=TraffickingStatus.choices)
    referred_on = models.DateField(_("referred to assistance on"), null=True, blank=True)
    referred_to = models.CharField(_("referred to"), max_length=200, blank=True)
    reflection_starts = models.DateField(_("reflection period starts"), null=True, blank=True)
    reflection_ends = models.DateField(_("reflection period ends"), null=True, blank=True)
    # The period may be waived only by the person's own informed choice, on a date.
    reflection_waived_on = models.DateField(
        _("waived by informed choice on"), null=True, blank=True
    )
    return_risk_assessed_on = models.DateField(_("return risk assessed on"), null=True, blank=True)
    recorded_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("trafficking record")
        constraints = [
            models.CheckConstraint(
                condition=Q(reflection_ends__isnull=True)
                | Q(reflection_starts__isnull=True)
                | Q(reflection_ends__gte=models.F("reflection_starts")),
                name="trafficking_reflection_ends_after_start",
            )
        ]

    def __str__(self) -> str:
        return self.get_status_display()


class ReferralStatus(models.TextChoices):
    MADE = "made", _("made")
    ACCEPTED = "accepted", _("accepted")
    COMPLETED = "completed", _("completed")
    DECLINED = "declined", _("declined")


class Referral(models.Model):
    """A referral to a service: medical, psychosocial, legal, shelter, anti-trafficking …"""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="referrals")
    to = models.CharField(_("referred to"), max_length=200)
    purpose = models.CharField(_("purpose"), max_length=300)
    status = models.CharField(
        _("status"), max_length=20, choices=ReferralStatus.choices, default=ReferralStatus.MADE
    )
    made_on = models.DateField(_("made on"))
    updated_on = models.DateField(_("status since"), null=True, blank=True)
    recorded_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["made_on", "id"]
        verbose_name = _("referral")

    def __str__(self) -> str:
        return f"{self.to}: {self.get_status_display()}"


class Alternative(models.TextChoices):
    NONE = "none", _("none applied")
    REPORTING = "reporting", _("reporting requirements")
    RESIDENCE = "residence", _("designated residence")
    BOND = "bond", _("bail, bond or surety")
    COMMUNITY = "community", _("community placement or case management")
    OTHER = "other", _("other")


class DetentionEpisode(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="detention_episodes")
    facility = models.CharField(_("facility"), max_length=200)
    starts_on = models.DateField(_("from"))
    ends_on = models.DateField(_("until"), null=True, blank=True)
    legal_basis = models.CharField(_("legal basis"), max_length=300)
    authority = models.CharField(_("authority"), max_length=200)
    alternatives_considered = models.TextField(_("alternatives considered"), blank=True)
    alternative_applied = models.CharField(
        _("alternative applied"),
        max_length=20,
        choices=Alternative.choices,
        default=Alternative.NONE,
    )
    recorded_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["starts_on", "id"]
        verbose_name = _("detention episode")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True) | Q(ends_on__gte=models.F("starts_on")),
                name="detention_ends_after_start",
            )
        ]

    def __str__(self) -> str:
        return f"{self.facility} from {self.starts_on}"

    def days(self, today: dt.date) -> int:
        return ((self.ends_on or today) - self.starts_on).days + 1

    def review_due(self, interval_days: int) -> dt.date:
        reviews = [review.reviewed_on for review in self.reviews.all()]
        return max([self.starts_on, *reviews]) + dt.timedelta(days=interval_days)


class DetentionReview(models.Model):
    episode = models.ForeignKey(DetentionEpisode, on_delete=models.CASCADE, related_name="reviews")
    reviewed_on = models.DateField(_("reviewed on"))
    outcome = models.CharField(_("outcome"), max_length=300)
    recorded_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["reviewed_on", "id"]
        verbose_name = _("detention review")

    def __str__(self) -> str:
        return f"{self.reviewed_on}: {self.outcome}"


class DetentionReviewInterval(models.Model):
    """How often detention must be reviewed, per host country (default: settings)."""

    country = models.CharField(_("country"), max_length=3, unique=True)
    days = models.PositiveSmallIntegerField(_("days between reviews"))

    class Meta:
        verbose_name = _("detention review interval")

    def __str__(self) -> str:
        return f"{self.country}: {self.days}"

    @classmethod
    def for_country(cls, country: str) -> int:
        row = cls.objects.filter(country=country).first()
        return row.days if row else settings.KEMBALI_DETENTION_REVIEW_DAYS
