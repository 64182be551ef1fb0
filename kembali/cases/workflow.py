"""The return lifecycle: every stage change Kembali allows, and the safeguards on each.

Pure and free of Django: a case is described by `Facts`; `safeguards_blocking(facts, to)`
says why a step may not be taken. `kembali.cases.transitions` reads the facts from the
database and is the only code that changes a case's stage.

Messages are English source strings, marked for translation and translated where shown.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum


def gettext_noop(message: str) -> str:
    """Marks a message for the translation catalogue; it is translated where it is shown."""
    return message


class Stage(StrEnum):
    REGISTERED = "registered"
    SCREENING = "screening"
    COUNSELLING = "counselling"
    RETURN_DECISION = "return_decision"
    IDENTITY_VERIFICATION = "identity_verification"
    TRAVEL_DOCUMENTS = "travel_documents"
    TRAVEL_PLANNING = "travel_planning"
    DEPARTED = "departed"
    ARRIVED = "arrived"
    REINTEGRATION = "reintegration"
    MONITORING = "monitoring"
    CLOSED = "closed"
    ON_HOLD = "on_hold"
    WITHDRAWN = "withdrawn"
    ABSCONDED = "absconded"
    PROTECTION_EXIT = "protection_exit"


VOLUNTARY, ENFORCED = "voluntary", "enforced"


class Asylum(StrEnum):
    NONE = "none"
    LODGED = "lodged"
    PENDING = "pending"
    REJECTED_FIRST_INSTANCE = "rejected_first_instance"
    APPEAL_PENDING = "appeal_pending"
    JUDICIAL_REVIEW_PENDING = "judicial_review_pending"
    FINALLY_REJECTED = "finally_rejected"
    REFUGEE_RECOGNISED = "refugee_recognised"
    COMPLEMENTARY_PROTECTION = "complementary_protection"


# A first-instance rejection still leaves time to appeal: the claim is not final until it is
# finally rejected, so it counts as pending.
ASYLUM_PENDING = frozenset(
    {
        Asylum.LODGED,
        Asylum.PENDING,
        Asylum.REJECTED_FIRST_INSTANCE,
        Asylum.APPEAL_PENDING,
        Asylum.JUDICIAL_REVIEW_PENDING,
    }
)
PROTECTION_RECOGNISED = frozenset({Asylum.REFUGEE_RECOGNISED, Asylum.COMPLEMENTARY_PROTECTION})


@dataclass(frozen=True)
class Facts:
    """What the safeguards need to know about a case, at one moment."""

    track: str
    stage: str
    today: dt.date
    asylum: str = Asylum.NONE
    real_risk_of_harm: bool = False
    unaccompanied_child: bool = False
    bid_recommends_return: bool = False
    care_arrangement_confirmed: bool = False
    presumed_trafficking_victim: bool = False
    trafficking_referral_made: bool = False
    trafficking_return_risk_assessed: bool = False
    reflection_period_ended_or_waived: bool = False
    consent_current: bool = False
    removal_decision_final: bool = False
    suspensive_appeal_pending: bool = False
    identity_confirmed: bool = False
    travel_document_valid_until: dt.date | None = None
    departure_date: dt.date | None = None
    medical_need: bool = False
    fit_to_travel_certified_on: dt.date | None = None
    fit_to_travel_window_days: int = 14
    household_apart: bool = False
    transit_legs: int = 0
    transit_legs_acknowledged: int = 0
    vulnerable: bool = False
    reception_confirmed: bool = False
    # The stage a case on hold returns to when it resumes.
    held_from: str = ""


@dataclass(frozen=True)
class Reason:
    rule: str
    text: str
    legal: str
    overridable: bool


@dataclass(frozen=True)
class Safeguard:
    id: str
    legal: str
    overridable: bool
    guards: frozenset[Stage]
    # Returns the plain-language reason the safeguard fails, or None when it passes.
    check: Callable[[Facts], str | None] = field(repr=False)

    def reason(self, facts: Facts) -> Reason | None:
        text = self.check(facts)
        return Reason(self.id, text, self.legal, self.overridable) if text else None


S = Stage
# Steps that move a person toward return, and the journey itself.
TOWARD_RETURN = frozenset(
    {
        S.COUNSELLING,
        S.RETURN_DECISION,
        S.IDENTITY_VERIFICATION,
        S.TRAVEL_DOCUMENTS,
        S.TRAVEL_PLANNING,
        S.DEPARTED,
        S.ARRIVED,
    }
)
# From contact with the origin country on: identity verification and what follows it.
FROM_ORIGIN_CONTACT = frozenset(
    {S.IDENTITY_VERIFICATION, S.TRAVEL_DOCUMENTS, S.TRAVEL_PLANNING, S.DEPARTED, S.ARRIVED}
)
TRAVEL = frozenset({S.TRAVEL_PLANNING, S.DEPARTED, S.ARRIVED})
DEPARTURE = frozenset({S.DEPARTED})
_ = gettext_noop


def _asylum_pending(f: Facts) -> str | None:
    if f.asylum in ASYLUM_PENDING:
        return _(
            "An asylum claim, appeal or judicial review is pending. No step toward return and "
            "no contact with the country of origin until it is finally decided."
        )
    return None


def _protection_recognised(f: Facts) -> str | None:
    if f.asylum in PROTECTION_RECOGNISED:
        return _(
            "The person is recognised as a refugee or has complementary protection and may "
            "not be returned to the country of origin."
        )
    return None


def _non_refoulement(f: Facts) -> str | None:
    if f.real_risk_of_harm:
        return _("A risk assessment found a real risk of torture or other serious harm on return.")
    return None


def _uasc(f: Facts) -> str | None:
    if not f.unaccompanied_child:
        return None
    if not f.bid_recommends_return:
        return _(
            "An unaccompanied or separated child: a best-interests determination recommending "
            "return is needed."
        )
    if not f.care_arrangement_confirmed:
        return _(
            "An unaccompanied or separated child: family or care arrangements at origin must "
            "be confirmed."
        )
    return None


def _trafficking(f: Facts) -> str | None:
    if not f.presumed_trafficking_victim:
        return None
    if not f.trafficking_referral_made:
        return _("A presumed victim of trafficking must first be referred to assistance.")
    if not f.reflection_period_ended_or_waived:
        return _(
            "The recovery and reflection period has not ended, and the person has not waived "
            "it by informed choice."
        )
    if not f.trafficking_return_risk_assessed:
        return _("A return risk assessment for the presumed victim of trafficking is needed.")
    return None


def _avrr_consent(f: Facts) -> str | None:
    if f.track == VOLUNTARY and not f.consent_current:
        return _(
            "Assisted voluntary return needs the person's current informed consent, recorded "
            "in a language they understand."
        )
    return None


def _removal_decision(f: Facts) -> str | None:
    if f.track != ENFORCED:
        return None
    if not f.removal_decision_final:
        return _("An enforced return needs a final removal decision.")
    if f.suspensive_appeal_pending:
        return _("An appeal with suspensive effect against the removal decision is pending.")
    return None


def _identity(f: Facts) -> str | None:
    if f.identity_confirmed or _document_valid(f):
        return None
    return _(
        "Identity and nationality are not confirmed by the country of origin and there is no "
        "valid travel document."
    )


def _document_valid(f: Facts) -> bool:
    on = f.departure_date or f.today
    return f.travel_document_valid_until is not None and f.travel_document_valid_until >= on


def _travel_document(f: Facts) -> str | None:
    if _document_valid(f):
        return None
    return _("There is no travel document valid on the departure date.")


def _fit_to_travel(f: Facts) -> str | None:
    if not f.medical_need:
        return None
    certified = f.fit_to_travel_certified_on
    on = f.departure_date or f.today
    if certified is None or (on - certified).days > f.fit_to_travel_window_days or certified > on:
        return _(
            "A medical need is recorded: a fitness-to-travel certificate dated within the "
            "configured number of days before departure is needed."
        )
    return None


def _family_unity(f: Facts) -> str | None:
    if f.household_apart:
        return _(
            "Members of the household would not travel together, or a child would be "
            "separated from a parent."
        )
    return None


def _transit(f: Facts) -> str | None:
    if f.transit_legs_acknowledged < f.transit_legs:
        return _("Not every transit country has acknowledged the planned transit.")
    return None


def _reception(f: Facts) -> str | None:
    if f.vulnerable and not f.reception_confirmed:
        return _(
            "For a vulnerable person, reception on arrival must be confirmed before departure."
        )
    return None


SAFEGUARDS: tuple[Safeguard, ...] = (
    Safeguard(
        "asylum-pending",
        "1951 Refugee Convention art. 33; UNHCR EXCOM Conclusion No. 8",
        False,
        TOWARD_RETURN,
        _asylum_pending,
    ),
    Safeguard(
        "protection-recognised",
        "1951 Refugee Convention art. 33(1); principle of non-refoulement",
        False,
        TOWARD_RETURN,
        _protection_recognised,
    ),
    Safeguard(
        "non-refoulement-risk",
        "Convention against Torture art. 3; ICCPR arts. 6 and 7",
        False,
        TOWARD_RETURN,
        _non_refoulement,
    ),
    Safeguard(
        "uasc-best-interests",
        "Convention on the Rights of the Child art. 3; UNHCR Guidelines on the BID (2021)",
        False,
        FROM_ORIGIN_CONTACT,
        _uasc,
    ),
    Safeguard(
        "trafficking-victim",
        "Trafficking Protocol arts. 6 and 8; Bali Process Policy Guide on Identifying Victims",
        False,
        FROM_ORIGIN_CONTACT,
        _trafficking,
    ),
    Safeguard(
        "avrr-consent",
        "IOM AVRR framework (2018), principle 2: voluntariness and informed consent",
        False,
        FROM_ORIGIN_CONTACT,
        _avrr_consent,
    ),
    Safeguard(
        "removal-decision",
        "Host-country immigration law; ICCPR art. 13 (decision reached by law, review)",
        False,
        FROM_ORIGIN_CONTACT,
        _removal_decision,
    ),
    Safeguard(
        "identity-established",
        "Bali Process Regional Cooperation Framework; Chicago Convention Annex 9",
        True,
        frozenset({S.TRAVEL_PLANNING, S.DEPARTED}),
        _identity,
    ),
    Safeguard(
        "travel-document-valid",
        "ICAO Doc 9303; Chicago Convention Annex 9, ch. 3",
        False,
        DEPARTURE,
        _travel_document,
    ),
    Safeguard(
        "fit-to-travel",
        "IOM Health Assessment Programme: pre-departure fitness to travel",
        True,
        DEPARTURE,
        _fit_to_travel,
    ),
    Safeguard(
        "family-unity",
        "Convention on the Rights of the Child arts. 9 and 10; ICCPR art. 23",
        True,
        DEPARTURE,
        _family_unity,
    ),
    Safeguard(
        "transit-acknowledged",
        "Bali Process Regional Cooperation Framework: transit arrangements",
        True,
        DEPARTURE,
        _transit,
    ),
    Safeguard(
        "reception-arranged",
        "IOM AVRR framework (2018): reception and reintegration of vulnerable migrants",
        True,
        DEPARTURE,
        _reception,
    ),
)
SAFEGUARDS_BY_ID = {safeguard.id: safeguard for safeguard in SAFEGUARDS}


@dataclass(frozen=True)
class Transition:
    source: frozenset[Stage]
    target: Stage
    tracks: frozenset[str] = frozenset({VOLUNTARY, ENFORCED})
    # Closing always needs a reason from CLOSE_REASONS; other steps may carry free text.
    needs_reason: bool = False


PRE_DEPARTURE = frozenset(
    {
        S.REGISTERED,
        S.SCREENING,
        S.COUNSELLING,
        S.RETURN_DECISION,
        S.IDENTITY_VERIFICATION,
        S.TRAVEL_DOCUMENTS,
        S.TRAVEL_PLANNING,
    }
)
BOTH = frozenset({VOLUNTARY, ENFORCED})

# The one table of allowed stage changes (DESIGN §4).
TRANSITIONS: tuple[Transition, ...] = (
    Transition(frozenset({S.REGISTERED}), S.SCREENING),
    Transition(frozenset({S.SCREENING}), S.COUNSELLING, frozenset({VOLUNTARY})),
    Transition(frozenset({S.SCREENING}), S.RETURN_DECISION, frozenset({ENFORCED})),
    Transition(frozenset({S.COUNSELLING}), S.IDENTITY_VERIFICATION, frozenset({VOLUNTARY})),
    Transition(frozenset({S.RETURN_DECISION}), S.IDENTITY_VERIFICATION, frozenset({ENFORCED})),
    Transition(frozenset({S.IDENTITY_VERIFICATION}), S.TRAVEL_DOCUMENTS),
    Transition(frozenset({S.TRAVEL_DOCUMENTS}), S.TRAVEL_PLANNING),
    Transition(frozenset({S.TRAVEL_PLANNING}), S.DEPARTED),
    Transition(frozenset({S.DEPARTED}), S.ARRIVED),
    Transition(frozenset({S.ARRIVED}), S.REINTEGRATION),
    Transition(frozenset({S.REINTEGRATION}), S.MONITORING),
    Transition(PRE_DEPARTURE, S.ON_HOLD),
    # Resuming returns to the stage the case was held at (Facts.held_from), and only there.
    *(Transition(frozenset({S.ON_HOLD}), stage) for stage in sorted(PRE_DEPARTURE)),
    Transition(PRE_DEPARTURE | {S.ON_HOLD}, S.WITHDRAWN, frozenset({VOLUNTARY})),
    Transition(PRE_DEPARTURE | {S.ON_HOLD}, S.ABSCONDED),
    Transition(frozenset({S.ABSCONDED}), S.REGISTERED),  # found again: start over
    Transition(PRE_DEPARTURE | {S.ON_HOLD}, S.PROTECTION_EXIT),
    Transition(
        PRE_DEPARTURE
        | {S.ON_HOLD, S.WITHDRAWN, S.ABSCONDED, S.PROTECTION_EXIT}
        | {S.ARRIVED, S.REINTEGRATION, S.MONITORING},
        S.CLOSED,
        needs_reason=True,
    ),
)

CLOSE_REASONS = (
    "returned_and_reintegrated",
    "protection_granted",
    "regularised_in_host_country",
    "moved_on",
    "absconded",
    "died",
    "withdrew",
    "other",
)


def transitions_from(facts: Facts) -> list[Transition]:
    """The steps the table allows from the case's stage and track, safeguards aside."""
    return [
        t
        for t in TRANSITIONS
        if facts.stage in t.source
        and facts.track in t.tracks
        and (facts.stage != S.ON_HOLD or t.target in (facts.held_from, *SIDE_EXITS))
    ]


SIDE_EXITS = (S.WITHDRAWN, S.ABSCONDED, S.PROTECTION_EXIT, S.CLOSED)


def safeguards_blocking(facts: Facts, target: str) -> list[Reason]:
    """Every reason a step to `target` may not be taken now, overridable or not."""
    reasons = []
    for safeguard in SAFEGUARDS:
        if target in safeguard.guards and (reason := safeguard.reason(facts)):
            reasons.append(reason)
    return reasons


class Refusal(Exception):
    """A step that may not be taken; `blocked_by` lists why (DESIGN §6: HTTP 409)."""

    def __init__(self, message: str, blocked_by: list[Reason] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.blocked_by = blocked_by or []


@dataclass(frozen=True)
class Decision:
    transition: Transition
    overridden: list[Reason]


def decide(
    facts: Facts,
    target: str,
    *,
    may_override: bool,
    overrides: dict[str, str],
    reason: str = "",
) -> Decision:
    """Whether the step to `target` may be taken now, with which overrides.

    Raises ValueError for a request that is wrong in itself (unknown stage, a step the table
    does not allow, an override without justification or of a rule that is not overridable),
    and Refusal when safeguards block it.
    """
    if target not in {stage.value for stage in Stage}:
        raise ValueError(gettext_noop("Unknown stage."))
    transition = next((t for t in transitions_from(facts) if t.target == target), None)
    if transition is None:
        raise ValueError(gettext_noop("This step is not possible from the case's stage."))
    if transition.needs_reason and reason not in CLOSE_REASONS:
        raise ValueError(gettext_noop("Closing a case needs a reason from the list."))
    for rule, justification in overrides.items():
        safeguard = SAFEGUARDS_BY_ID.get(rule)
        if safeguard is None:
            raise ValueError(gettext_noop("An override names an unknown safeguard."))
        if not safeguard.overridable:
            raise ValueError(gettext_noop("This safeguard can never be overridden."))
        if not justification.strip():
            raise ValueError(gettext_noop("An override needs a written justification."))
        if not may_override:
            raise PermissionError(gettext_noop("Only a supervisor may override a safeguard."))
    blocking = safeguards_blocking(facts, target)
    remaining = [r for r in blocking if r.rule not in overrides]
    if remaining:
        raise Refusal(gettext_noop("Safeguards block this step."), remaining)
    return Decision(transition, [r for r in blocking if r.rule in overrides])


def origin_contact_blocked(facts: Facts) -> Reason | None:
    """Contact with the country of origin about the person (sharing, verification requests).

    Never while a claim is pending, and never once protection is recognised: nothing about a
    person goes to the country they sought protection from (DESIGN §7)."""
    for rule in ("asylum-pending", "protection-recognised"):
        if reason := SAFEGUARDS_BY_ID[rule].reason(facts):
            return reason
    return None
