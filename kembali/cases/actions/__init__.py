"""Writes of the cases app: `verb_noun(subject, *, actor, ...)`, one transaction each,
audited. By sub-domain: people and cases, consent and sharing, the return."""

from kembali.cases.actions.consent import (
    record_consent,
    record_view,
    revoke_share,
    share_case,
    withdraw_consent,
)
from kembali.cases.actions.people import (
    NameInput,
    add_household_member,
    create_household,
    open_case,
    register_person,
    register_person_and_case,
    update_case,
    update_person,
)
from kembali.cases.actions.returns import (
    acknowledge_transit,
    record_document,
    record_fitness_to_travel,
    record_reception,
    record_removal_decision,
    record_transit_leg,
)

__all__ = [
    "NameInput",
    "acknowledge_transit",
    "add_household_member",
    "create_household",
    "open_case",
    "record_consent",
    "record_document",
    "record_fitness_to_travel",
    "record_reception",
    "record_removal_decision",
    "record_transit_leg",
    "record_view",
    "register_person",
    "register_person_and_case",
    "revoke_share",
    "share_case",
    "update_case",
    "update_person",
    "withdraw_consent",
]
