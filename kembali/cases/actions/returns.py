"""The return of a case: the removal decision, travel documents, transit legs, fitness to
travel and reception: one transaction each, audited."""

import datetime as dt
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from kembali.accounts.models import User
from kembali.audit.actions import record_event, save_and_record
from kembali.audit.models import Action
from kembali.cases.actions.checks import check_country
from kembali.cases.models import (
    Case,
    Document,
    FitnessToTravel,
    Reception,
    RemovalDecision,
    Track,
    TransitLeg,
)
from kembali.errors import DomainError, validate


@transaction.atomic
def record_removal_decision(
    case: Case,
    *,
    actor: User,
    decided_on: dt.date,
    authority: str,
    reference: str,
    final: bool,
    appeal: str,
) -> RemovalDecision:
    if case.track != Track.ENFORCED:
        raise DomainError(_("A removal decision belongs to an enforced return."), field="track")
    decision = RemovalDecision(
        case=case,
        decided_on=decided_on,
        authority=authority.strip(),
        reference=reference.strip(),
        final=final,
        appeal=appeal,
        recorded_by=actor,
    )
    validate(decision)
    decision.save()
    record_event(
        actor=actor,
        action=Action.CREATE,
        obj=decision,
        case_id=case.id,
        fields=["decided_on", "authority", "reference", "final", "appeal"],
        detail={"final": final, "appeal": appeal},
    )
    return decision


@transaction.atomic
def record_document(case: Case, *, actor: User, **fields: Any) -> Document:
    """A document of the case's person (passport, ETD, national ID …)."""
    if fields.get("issuer"):
        check_country(fields["issuer"], "issuer")
    document = Document(person=case.person, recorded_by=actor, **fields)
    return save_and_record(document, actor=actor, case_id=case.id, fields=fields)


@transaction.atomic
def record_transit_leg(
    case: Case, *, actor: User, transit_country: str, planned_on: dt.date
) -> TransitLeg:
    check_country(transit_country, "transit_country")
    if transit_country in (case.origin_country, case.host_country):
        raise DomainError(
            _("A transit country is neither the host country nor the country of origin."),
            field="transit_country",
        )
    leg = TransitLeg(
        case=case, transit_country=transit_country, planned_on=planned_on, recorded_by=actor
    )
    return save_and_record(
        leg, actor=actor, case_id=case.id, fields=["transit_country", "planned_on"]
    )


@transaction.atomic
def acknowledge_transit(
    case: Case,
    *,
    actor: User,
    leg: TransitLeg,
    acknowledged_on: dt.date,
    acknowledgement_reference: str,
) -> TransitLeg:
    if leg.case_id != case.id:
        raise DomainError(_("This leg belongs to another case."), field="leg")
    leg.acknowledged_on = acknowledged_on
    leg.acknowledgement_reference = acknowledgement_reference.strip()
    validate(leg)
    leg.save(update_fields=["acknowledged_on", "acknowledgement_reference"])
    record_event(
        actor=actor, action=Action.UPDATE, obj=leg, case_id=case.id, fields=["acknowledged_on"]
    )
    return leg


@transaction.atomic
def record_fitness_to_travel(case: Case, *, actor: User, **fields: Any) -> FitnessToTravel:
    record = FitnessToTravel(case=case, recorded_by=actor, **fields)
    return save_and_record(record, actor=actor, case_id=case.id, fields=fields)


@transaction.atomic
def record_reception(case: Case, *, actor: User, **fields: Any) -> Reception:
    record = Reception(case=case, recorded_by=actor, **fields)
    return save_and_record(record, actor=actor, case_id=case.id, fields=fields)
