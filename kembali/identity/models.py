import uuid

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kembali.accounts.models import Organisation, User
from kembali.cases.models import Case, Person


class PersonKey(models.Model):
    """A blocking key of a person's names (a 64-bit hash, stored signed), so the node's own
    people can be searched for duplicates by the same keys as an origin registry."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="identity_keys")
    key = models.BigIntegerField()

    class Meta:
        indexes = [models.Index(fields=["key"], name="identity_key_idx")]
        constraints = [
            models.UniqueConstraint(fields=["person", "key"], name="identity_key_once_per_person")
        ]

    def __str__(self) -> str:
        return f"{self.key}"


class CandidateKind(models.TextChoices):
    REGISTRY = "registry", _("origin registry record")
    DUPLICATE = "duplicate", _("possible duplicate")


class Verdict(models.TextChoices):
    CONFIRMED = "confirmed", _("confirmed: the same person")
    REJECTED = "rejected", _("rejected: another person")


class IdentityDecision(models.Model):
    """A person's judgement on a candidate. Kept whole (score and explanation as shown) so the
    engine can be evaluated against what caseworkers decided; a later decision supersedes."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="identity_decisions")
    kind = models.CharField(_("kind"), max_length=10, choices=CandidateKind.choices)
    registry = models.CharField(_("registry"), max_length=3, blank=True)
    candidate = models.CharField(_("candidate"), max_length=100)
    verdict = models.CharField(_("decision"), max_length=10, choices=Verdict.choices)
    score = models.FloatField(_("score"))
    engine_decision = models.CharField(_("engine's decision"), max_length=10)
    explanation = models.JSONField(default=list, blank=True)
    note = models.TextField(_("note"), blank=True)
    decided_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    decided_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-decided_at"]
        indexes = [models.Index(fields=["case", "kind", "candidate"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(score__gte=0) & Q(score__lte=1), name="identity_decision_score_range"
            ),
            models.CheckConstraint(
                condition=~Q(kind="registry") | ~Q(registry=""),
                name="identity_registry_decision_names_registry",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.candidate}: {self.verdict}"


class ShareRequest(models.Model):
    """An organisation asking the holder of a possible duplicate to share it. Until shared,
    the asker knows only that the case exists and who holds it."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="share_requests")
    for_case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="+")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    requested_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    reason = models.TextField(_("reason"))
    requested_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-requested_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["case", "organisation"], name="identity_one_share_request_per_org"
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation_id} asks for {self.case_id}"
