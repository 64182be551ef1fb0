"""Stage changes: the facts of a case as the safeguards see them, and the one action that
moves a case (the stage field is written nowhere else)."""

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from kembali.accounts.access import has_role
from kembali.accounts.models import Role, User
from kembali.audit.actions import record_event
from kembali.audit.models import Action
from kembali.cases import workflow
from kembali.cases.models import (
    TRAVEL_DOCUMENT_KINDS,
    AppealStatus,
    Case,
    ConsentPurpose,
    Stage,
    StageChange,
)
from kembali.errors import DomainError

# What the safeguards read; a page prefetches these once and shows the same rows.
FACT_RELATIONS = (
    "asylum_history",
    "risk_assessments",
    "best_interests",
    "vulnerabilities",
    "removal_decisions",
    "consents",
    "person__documents",
    "fitness_certificates",
    "receptions",
    "transit_legs",
    "trafficking",
)


def _latest(rows: Iterable[Any], *keys: str) -> Any:
    ordered = sorted(rows, key=lambda row: tuple(getattr(row, key) for key in keys))
    return ordered[-1] if ordered else None


def facts_for(case: Case, today: dt.date | None = None) -> workflow.Facts:
    """Reads what the safeguards need from the case's records; a record that is missing
    counts against the step it would allow. Works from prefetched rows where a page has
    them (FACT_RELATIONS), querying each relation once otherwise."""
    from kembali.protection.models import MEDICAL_KINDS, VulnerabilityKind

    today = today or timezone.localdate()
    asylum = _latest(case.asylum_history.all(), "on", "id")
    risk = _latest(case.risk_assessments.all(), "assessed_on", "id")
    bid = _latest(case.best_interests.all(), "decided_on", "id")
    removal = _latest(case.removal_decisions.all(), "decided_on", "id")
    trafficking = getattr(case, "trafficking", None)
    kinds = {v.kind for v in case.vulnerabilities.all() if v.resolved_at is None}
    documents = [
        d.valid_until
        for d in case.person.documents.all()
        if d.kind in TRAVEL_DOCUMENT_KINDS and d.valid_until is not None
    ]
    certificates = [f.certified_on for f in case.fitness_certificates.all()]
    legs = list(case.transit_legs.all())
    reflection_over = bool(
        trafficking
        and (
            trafficking.reflection_waived_on
            or (trafficking.reflection_ends and trafficking.reflection_ends <= today)
        )
    )
    return workflow.Facts(
        track=case.track,
        stage=case.stage,
        today=today,
        held_from=case.held_from,
        asylum=asylum.status if asylum else workflow.Asylum.NONE,
        real_risk_of_harm=bool(risk and risk.real_risk),
        unaccompanied_child=VulnerabilityKind.UNACCOMPANIED_CHILD in kinds,
        bid_recommends_return=bool(bid and bid.recommendation == "return"),
        care_arrangement_confirmed=bool(bid and bid.care_arrangement_confirmed),
        presumed_trafficking_victim=trafficking is not None
        or VulnerabilityKind.TRAFFICKING in kinds,
        trafficking_referral_made=bool(trafficking and trafficking.referred_on),
        trafficking_return_risk_assessed=bool(trafficking and trafficking.return_risk_assessed_on),
        reflection_period_ended_or_waived=reflection_over,
        consent_current=any(
            c.purpose == ConsentPurpose.VOLUNTARY_RETURN and c.withdrawn_at is None
            for c in case.consents.all()
        ),
        removal_decision_final=bool(removal and removal.final),
        suspensive_appeal_pending=bool(
            removal and removal.appeal == AppealStatus.SUSPENSIVE_PENDING
        ),
        identity_confirmed=bool(case.person.nationality_confirmed),
        travel_document_valid_until=max(documents, default=None),
        medical_need=bool(kinds & MEDICAL_KINDS),
        fit_to_travel_certified_on=max(certificates, default=None),
        reception_confirmed=bool(case.receptions.all()),
        fit_to_travel_window_days=settings.KEMBALI_FIT_TO_TRAVEL_DAYS,
        household_apart=_household_apart(case),
        transit_legs=len(legs),
        transit_legs_acknowledged=sum(1 for leg in legs if leg.acknowledged_on is not None),
        vulnerable=bool(kinds),
    )


def _household_apart(case: Case) -> bool:
    """Other members of the household whose cases are not moving with this one."""
    if case.household_id is None:
        return False
    others = Case.objects.filter(household_id=case.household_id).exclude(pk=case.pk)
    return others.exclude(stage=case.stage).exists()


@dataclass(frozen=True)
class Step:
    target: str
    label: str
    blocked_by: list[workflow.Reason]


def next_steps(case: Case, facts: workflow.Facts | None = None) -> list[Step]:
    """Every step the table offers from here, each with what blocks it (for the case page)."""
    facts = facts or facts_for(case)
    return [
        Step(t.target, str(Stage(t.target).label), workflow.safeguards_blocking(facts, t.target))
        for t in workflow.transitions_from(facts)
    ]


class Blocked(DomainError):
    def __init__(self, blocked_by: list[workflow.Reason]) -> None:
        super().__init__(_("Safeguards block this step."), code="blocked")
        self.blocked_by = blocked_by


def may_override(user: User | None) -> bool:
    return user is not None and has_role(user, Role.SUPERVISOR)


@transaction.atomic
def change_stage(
    case: Case,
    *,
    actor: User | None,
    to: str,
    reason: str = "",
    overrides: dict[str, str] | None = None,
    note: str = "",
    expected_from: str | None = None,
) -> Case:
    """The one way a case changes stage. Locks the case row: of two concurrent steps on one
    case, the second sees the first's result and is judged against it. `expected_from` is the
    stage the user saw; if the case moved on meanwhile, the step is refused as a conflict."""
    overrides = overrides or {}
    locked = Case.objects.select_for_update().select_related("person").get(pk=case.pk)
    if expected_from and locked.stage != expected_from:
        raise DomainError(
            _("The case moved on to “%(stage)s” meanwhile; look again before the next step.")
            % {"stage": locked.get_stage_display()},
            field="from",
            code="conflict",
        )
    facts = facts_for(locked)
    try:
        decision = workflow.decide(
            facts, to, may_override=may_override(actor), overrides=overrides, reason=reason
        )
    except workflow.Refusal as refusal:
        raise Blocked(refusal.blocked_by) from refusal
    except PermissionError as error:
        raise DomainError(_(str(error)), field="overrides", code="forbidden") from error
    except ValueError as error:
        raise DomainError(
            _(str(error)), field="to" if "stage" in str(error) else "reason"
        ) from error
    if to == Stage.CLOSED and reason == "other" and not note.strip():
        raise DomainError(_("Say why the case is closed."), field="note")
    previous = locked.stage
    locked.held_from = previous if to == Stage.ON_HOLD else ""
    locked.stage = to
    locked.stage_changed_at = timezone.now()
    locked.close_reason = reason if to == Stage.CLOSED else ""
    locked.save(
        update_fields=["stage", "held_from", "stage_changed_at", "close_reason", "updated_at"]
    )
    applied = [
        {"rule": r.rule, "justification": overrides[r.rule].strip()} for r in decision.overridden
    ]
    StageChange.objects.create(
        case=locked,
        from_stage=previous,
        to_stage=to,
        actor=actor,
        reason=(note.strip() or reason) if to == Stage.CLOSED else reason,
        overrides=applied,
    )
    record_event(
        actor=actor,
        action=Action.UPDATE,
        obj=locked,
        case_id=locked.id,
        fields=["stage"],
        detail={"from": previous, "to": to, "reason": reason, "overrides": applied},
    )
    case.stage, case.held_from, case.close_reason = (
        locked.stage,
        locked.held_from,
        locked.close_reason,
    )
    return locked
