"""Decisions on identity candidates and requests to share a duplicate held elsewhere."""

from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from kembali.accounts.access import case_write_organisation_ids
from kembali.accounts.models import Organisation, User
from kembali.audit.actions import record_event
from kembali.audit.models import Action
from kembali.cases.models import Case
from kembali.errors import DomainError, validate
from kembali.identity.matching.compare import Comparison
from kembali.identity.models import CandidateKind, IdentityDecision, ShareRequest, Verdict


def evidence_json(comparison: Comparison) -> list[dict[str, Any]]:
    return [
        {"field": e.field, "how": e.how, "query": e.query, "record": e.record, "bits": e.bits}
        for e in comparison.evidence
    ]


@transaction.atomic
def decide_candidate(
    case: Case,
    *,
    actor: User,
    kind: str,
    candidate: str,
    verdict: str,
    comparison: Comparison,
    registry: str = "",
    note: str = "",
) -> IdentityDecision:
    """Record a user's confirm or reject of a candidate the engine proposed for this case.

    `comparison` is the engine's view of the candidate now, looked up by the caller — never
    taken from the request, so what is kept for evaluation is what the engine said."""
    if kind not in CandidateKind.values:
        raise DomainError(_("Unknown kind of candidate."), field="kind")
    if verdict not in Verdict.values:
        raise DomainError(_("Choose confirm or reject."), field="verdict")
    if (
        case.holder_id not in case_write_organisation_ids(actor)
        and not (
            case.shares.active().filter(organisation_id__in=case_write_organisation_ids(actor))
        ).exists()
    ):
        raise DomainError(_("You may not change this case."), code="forbidden")
    decision = IdentityDecision(
        case=case,
        kind=kind,
        registry=registry,
        candidate=candidate,
        verdict=verdict,
        score=min(max(comparison.score, 0.0), 1.0),
        engine_decision=comparison.decision,
        explanation=evidence_json(comparison),
        note=note.strip(),
        decided_by=actor,
    )
    validate(decision)
    decision.save()
    record_event(
        actor=actor,
        action=Action.CREATE,
        obj=decision,
        case_id=case.id,
        fields=["verdict"],
        detail={"kind": kind, "registry": registry, "verdict": verdict},
    )
    return decision


@transaction.atomic
def request_share(
    case: Case, *, actor: User, for_case: Case, organisation: Organisation, reason: str
) -> ShareRequest:
    """Ask the holder of `case` (a possible duplicate of `for_case`) to share it."""
    if organisation.pk not in case_write_organisation_ids(actor):
        raise DomainError(_("You do not work for this organisation."), field="organisation")
    if case.holder_id == organisation.pk:
        raise DomainError(_("Your organisation already holds this case."), code="conflict")
    if not reason.strip():
        raise DomainError(_("Say why you need the case."), field="reason")
    if ShareRequest.objects.filter(case=case, organisation=organisation).exists():
        raise DomainError(_("Your organisation has already asked for this case."), code="conflict")
    share_request = ShareRequest.objects.create(
        case=case,
        for_case=for_case,
        organisation=organisation,
        requested_by=actor,
        reason=reason.strip(),
    )
    # In the asker's history, and in the holder's: both need to know it happened.
    for subject in (for_case, case):
        record_event(
            actor=actor,
            action=Action.CREATE,
            obj=share_request,
            case_id=subject.id,
            detail={"organisation": organisation.name},
        )
    return share_request
