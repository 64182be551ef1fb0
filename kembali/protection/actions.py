"""Protection records, written by protection officers only; each write audited (by field
name: the content of a claim never enters the audit trail)."""

import datetime as dt
from typing import Any

from django.db import models, transaction
from django.utils.translation import gettext as _

from kembali.accounts.access import has_role
from kembali.accounts.models import Role, User
from kembali.audit.actions import record_event, save_and_record
from kembali.audit.models import Action
from kembali.cases import workflow
from kembali.cases.models import Case, Stage
from kembali.cases.transitions import change_stage
from kembali.errors import DomainError, validate
from kembali.protection.models import (
    AsylumStatus,
    AsylumStatusChange,
    BestInterestsDetermination,
    DetentionEpisode,
    DetentionReview,
    Referral,
    RiskAssessment,
    TraffickingRecord,
    Vulnerability,
    VulnerabilityKind,
)


def _check_protection_officer(actor: User) -> None:
    if not has_role(actor, Role.PROTECTION_OFFICER):
        raise DomainError(
            _("Only protection officers record protection information."), code="forbidden"
        )


SCREENING_ROLES = (Role.PROTECTION_OFFICER, Role.CASEWORKER, Role.SUPERVISOR)


def _create(case: Case, actor: User, model: type[models.Model], **fields: Any) -> Any:
    """One protection record and its audit event (field names only, never the content)."""
    record = model(case=case, recorded_by=actor, **fields)
    return save_and_record(record, actor=actor, case_id=case.id, fields=fields)


@transaction.atomic
def record_asylum_status(
    case: Case, *, actor: User, status: str, on: dt.date, authority: str
) -> AsylumStatusChange:
    """A step in the claim's history. Lodging (or any pending state) puts the case on hold at
    once: no step toward return while the claim is open (DESIGN §4, asylum-pending)."""
    _check_protection_officer(actor)
    if status not in AsylumStatus.values:
        raise DomainError(
            _("“%(value)s” is not a valid choice.") % {"value": status}, field="status"
        )
    if not authority.strip():
        raise DomainError(
            _("Name the authority that decided or received the claim."), field="authority"
        )
    change = AsylumStatusChange.objects.create(
        case=case, status=status, on=on, authority=authority.strip(), recorded_by=actor
    )
    record_event(
        actor=actor,
        action=Action.CREATE,
        obj=change,
        case_id=case.id,
        fields=["status", "on", "authority"],
    )
    case.refresh_from_db(fields=["stage"])
    if status in workflow.ASYLUM_PENDING and case.stage in workflow.PRE_DEPARTURE:
        change_stage(case, actor=actor, to=Stage.ON_HOLD, reason="asylum claim pending")
    return change


@transaction.atomic
def record_risk_assessment(
    case: Case, *, actor: User, assessed_on: dt.date, real_risk: bool, summary: str = ""
) -> RiskAssessment:
    _check_protection_officer(actor)
    return _create(
        case, actor, RiskAssessment, assessed_on=assessed_on, real_risk=real_risk, summary=summary
    )


@transaction.atomic
def record_vulnerability(
    case: Case, *, actor: User, kind: str, notes: str = "", follow_up: str = "", **extra: Any
) -> Vulnerability:
    """Screening findings; caseworkers screen too (they meet the person first)."""
    if not has_role(actor, Role.PROTECTION_OFFICER, Role.CASEWORKER, Role.SUPERVISOR):
        raise DomainError(_("Your role does not allow recording a screening."), code="forbidden")
    if kind not in VulnerabilityKind.values:
        raise DomainError(_("“%(value)s” is not a valid choice.") % {"value": kind}, field="kind")
    vulnerability = Vulnerability.objects.create(
        case=case, kind=kind, notes=notes, follow_up=follow_up, recorded_by=actor, **extra
    )
    record_event(
        actor=actor,
        action=Action.CREATE,
        obj=vulnerability,
        case_id=case.id,
        fields=["kind", "notes"],
    )
    return vulnerability


@transaction.atomic
def record_best_interests(case: Case, *, actor: User, **fields: Any) -> BestInterestsDetermination:
    _check_protection_officer(actor)
    return _create(case, actor, BestInterestsDetermination, **fields)


@transaction.atomic
def record_trafficking(case: Case, *, actor: User, **fields: Any) -> TraffickingRecord:
    """The case's one trafficking record, created or brought up to date."""
    _check_protection_officer(actor)
    record = TraffickingRecord.objects.filter(case=case).first() or TraffickingRecord(case=case)
    for name, value in fields.items():
        setattr(record, name, value)
    record.recorded_by = actor
    validate(record)
    action = Action.CREATE if record._state.adding else Action.UPDATE
    record.save()
    record_event(actor=actor, action=action, obj=record, case_id=case.id, fields=sorted(fields))
    return record


@transaction.atomic
def record_referral(case: Case, *, actor: User, **fields: Any) -> Referral:
    if not has_role(actor, *SCREENING_ROLES):
        raise DomainError(_("Your role does not allow recording a screening."), code="forbidden")
    return _create(case, actor, Referral, **fields)


@transaction.atomic
def record_detention(case: Case, *, actor: User, **fields: Any) -> DetentionEpisode:
    return _create(case, actor, DetentionEpisode, **fields)


@transaction.atomic
def record_detention_review(
    case: Case, *, actor: User, episode: DetentionEpisode, reviewed_on: dt.date, outcome: str
) -> DetentionReview:
    if episode.case_id != case.id:
        raise DomainError(_("This detention belongs to another case."), field="episode")
    if reviewed_on < episode.starts_on:
        raise DomainError(
            _("A review cannot come before the detention began."), field="reviewed_on"
        )
    review = DetentionReview(
        episode=episode, reviewed_on=reviewed_on, outcome=outcome, recorded_by=actor
    )
    return save_and_record(review, actor=actor, case_id=case.id, fields=["reviewed_on", "outcome"])


@transaction.atomic
def end_detention(
    case: Case, *, actor: User, episode: DetentionEpisode, ends_on: dt.date
) -> DetentionEpisode:
    if episode.case_id != case.id:
        raise DomainError(_("This detention belongs to another case."), field="episode")
    if ends_on < episode.starts_on:
        raise DomainError(_("Detention cannot end before it began."), field="ends_on")
    episode.ends_on = ends_on
    validate(episode)
    episode.save(update_fields=["ends_on"])
    record_event(
        actor=actor, action=Action.UPDATE, obj=episode, case_id=case.id, fields=["ends_on"]
    )
    return episode


@transaction.atomic
def update_referral(
    case: Case, *, actor: User, referral: Referral, status: str, updated_on: dt.date
) -> Referral:
    """A referral moves on: accepted, completed or declined by the service, on a date."""
    if not has_role(actor, *SCREENING_ROLES):
        raise DomainError(_("Your role does not allow recording a screening."), code="forbidden")
    if referral.case_id != case.id:
        raise DomainError(_("This referral belongs to another case."), field="referral")
    if updated_on < referral.made_on:
        raise DomainError(_("A referral cannot move on before it was made."), field="updated_on")
    referral.status = status
    referral.updated_on = updated_on
    validate(referral)
    referral.save(update_fields=["status", "updated_on"])
    record_event(
        actor=actor,
        action=Action.UPDATE,
        obj=referral,
        case_id=case.id,
        fields=["status", "updated_on"],
    )
    return referral
