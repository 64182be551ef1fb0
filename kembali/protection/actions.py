"""Protection records, written by protection officers only; each write audited (by field
name: the content of a claim never enters the audit trail)."""

import datetime as dt
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from kembali.accounts.access import has_role
from kembali.accounts.models import Role, User
from kembali.audit.actions import record_event
from kembali.audit.models import Action
from kembali.cases import workflow
from kembali.cases.models import Case, Stage
from kembali.cases.transitions import change_stage
from kembali.errors import DomainError
from kembali.protection.models import (
    AsylumStatus,
    AsylumStatusChange,
    RiskAssessment,
    Vulnerability,
    VulnerabilityKind,
)


def _check_protection_officer(actor: User) -> None:
    if not has_role(actor, Role.PROTECTION_OFFICER):
        raise DomainError(
            _("Only protection officers record protection information."), code="forbidden"
        )


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
    assessment = RiskAssessment.objects.create(
        case=case, assessed_on=assessed_on, real_risk=real_risk, summary=summary, recorded_by=actor
    )
    record_event(
        actor=actor,
        action=Action.CREATE,
        obj=assessment,
        case_id=case.id,
        fields=["assessed_on", "real_risk", "summary"],
    )
    return assessment


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
