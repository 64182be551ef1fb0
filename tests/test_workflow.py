"""The lifecycle's pure core: the table, every safeguard, and random walks through it."""

import dataclasses
import datetime as dt
import random
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kembali.cases import workflow as wf
from kembali.cases.workflow import Asylum, Decision, Facts, Refusal, Stage, decide

TODAY = dt.date(2026, 11, 28)


def clear(track: str = "voluntary", stage: str = Stage.TRAVEL_PLANNING, **changes: object) -> Facts:
    """A case every safeguard lets through, then `changes`."""
    base = Facts(
        track=track,
        stage=stage,
        today=TODAY,
        consent_current=True,
        removal_decision_final=True,
        identity_confirmed=True,
        travel_document_valid_until=TODAY + dt.timedelta(days=200),
        departure_date=TODAY + dt.timedelta(days=3),
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


# One failing situation per safeguard.
FAILING = {
    "asylum-pending": {"asylum": Asylum.APPEAL_PENDING},
    "protection-recognised": {"asylum": Asylum.REFUGEE_RECOGNISED},
    "non-refoulement-risk": {"real_risk_of_harm": True},
    "uasc-best-interests": {"unaccompanied_child": True, "bid_recommends_return": True},
    "trafficking-victim": {"presumed_trafficking_victim": True, "trafficking_referral_made": True},
    "avrr-consent": {"consent_current": False},
    "removal-decision": {"track": "enforced", "suspensive_appeal_pending": True},
    "identity-established": {"identity_confirmed": False, "travel_document_valid_until": None},
    "travel-document-valid": {"travel_document_valid_until": TODAY + dt.timedelta(days=1)},
    "fit-to-travel": {
        "medical_need": True,
        "fit_to_travel_certified_on": TODAY - dt.timedelta(days=40),
    },
    "family-unity": {"household_apart": True},
    "transit-acknowledged": {"transit_legs": 2, "transit_legs_acknowledged": 1},
    "reception-arranged": {"vulnerable": True},
}


def test_every_safeguard_of_the_design_is_declared_with_its_source() -> None:
    assert set(FAILING) == set(wf.SAFEGUARDS_BY_ID)
    for safeguard in wf.SAFEGUARDS:
        assert safeguard.legal and safeguard.guards
    overridable = {s.id for s in wf.SAFEGUARDS if s.overridable}
    assert overridable == {
        "identity-established",
        "fit-to-travel",
        "family-unity",
        "transit-acknowledged",
        "reception-arranged",
    }


@pytest.mark.parametrize("rule", sorted(FAILING))
def test_each_safeguard_blocks_the_steps_it_guards(rule: str) -> None:
    safeguard = wf.SAFEGUARDS_BY_ID[rule]
    for target in sorted(safeguard.guards):
        facts = clear(**FAILING[rule])
        rules = {r.rule for r in wf.safeguards_blocking(facts, target)}
        assert rule in rules, (rule, target)
        assert rules == {rule} or rule in rules
    assert rule not in {r.rule for r in wf.safeguards_blocking(clear(), Stage.DEPARTED)}


@pytest.mark.parametrize("rule", sorted(FAILING))
def test_overrides_are_for_supervisors_and_overridable_rules_only(rule: str) -> None:
    safeguard = wf.SAFEGUARDS_BY_ID[rule]
    facts = clear(**FAILING[rule])
    target = next(
        t
        for t in sorted(safeguard.guards)
        if {r.rule for r in wf.safeguards_blocking(facts, t)} == {rule}
    )
    facts = dataclasses.replace(facts, stage=_stage_before(target, facts.track))
    with pytest.raises(Refusal) as refused:
        decide(facts, target, may_override=True, overrides={})
    assert rule in {r.rule for r in refused.value.blocked_by}
    justification = {rule: "Seen by the medical officer; accompanied by a nurse."}
    if safeguard.overridable:
        with pytest.raises(PermissionError):
            decide(facts, target, may_override=False, overrides=justification)
        with pytest.raises(ValueError, match="justification"):
            decide(facts, target, may_override=True, overrides={rule: "  "})
        decision = decide(facts, target, may_override=True, overrides=justification)
        assert [r.rule for r in decision.overridden] == [rule]
    else:
        with pytest.raises(ValueError, match="never be overridden"):
            decide(facts, target, may_override=True, overrides=justification)


def _stage_before(target: str, track: str) -> str:
    for transition in wf.TRANSITIONS:
        if transition.target == target and track in transition.tracks:
            return sorted(transition.source)[0]
    raise AssertionError(target)


def test_bad_requests_are_told_apart_from_refusals() -> None:
    facts = clear(stage=Stage.REGISTERED)
    with pytest.raises(ValueError, match="Unknown stage"):
        decide(facts, "moon", may_override=False, overrides={})
    with pytest.raises(ValueError, match="not possible"):
        decide(facts, Stage.DEPARTED, may_override=False, overrides={})
    with pytest.raises(ValueError, match="reason"):
        decide(facts, Stage.CLOSED, may_override=False, overrides={})
    assert decide(facts, Stage.CLOSED, may_override=False, overrides={}, reason="moved_on")


def test_on_hold_resumes_only_where_it_was_held() -> None:
    facts = clear(stage=Stage.ON_HOLD, held_from=Stage.COUNSELLING)
    targets = {t.target for t in wf.transitions_from(facts)}
    assert Stage.COUNSELLING in targets
    assert Stage.TRAVEL_PLANNING not in targets and Stage.REGISTERED not in targets


def test_tracks_have_their_own_steps() -> None:
    voluntary = {t.target for t in wf.transitions_from(clear(stage=Stage.SCREENING))}
    enforced = {t.target for t in wf.transitions_from(clear("enforced", Stage.SCREENING))}
    assert Stage.COUNSELLING in voluntary and Stage.RETURN_DECISION not in voluntary
    assert Stage.RETURN_DECISION in enforced and Stage.COUNSELLING not in enforced
    assert Stage.WITHDRAWN not in {
        t.target for t in wf.transitions_from(clear("enforced", Stage.SCREENING))
    }


# --- random walks -------------------------------------------------------------------------

FLAGS = [
    "real_risk_of_harm",
    "unaccompanied_child",
    "bid_recommends_return",
    "care_arrangement_confirmed",
    "presumed_trafficking_victim",
    "trafficking_referral_made",
    "trafficking_return_risk_assessed",
    "reflection_period_ended_or_waived",
    "consent_current",
    "removal_decision_final",
    "suspensive_appeal_pending",
    "identity_confirmed",
    "medical_need",
    "household_apart",
    "vulnerable",
    "reception_confirmed",
]


def independent_oracle(f: Facts, target: str) -> list[str]:
    """The non-overridable rules, written out again from DESIGN §4 without the module."""
    broken = []
    if target in (Stage.TRAVEL_PLANNING, Stage.DEPARTED, Stage.ARRIVED):
        if f.asylum in (
            "lodged",
            "pending",
            "rejected_first_instance",
            "appeal_pending",
            "judicial_review_pending",
        ):
            broken.append("asylum-pending")
        if f.asylum in ("refugee_recognised", "complementary_protection"):
            broken.append("protection-recognised")
        if f.real_risk_of_harm:
            broken.append("non-refoulement-risk")
        if f.unaccompanied_child and not (f.bid_recommends_return and f.care_arrangement_confirmed):
            broken.append("uasc-best-interests")
        if f.presumed_trafficking_victim and not (
            f.trafficking_referral_made
            and f.trafficking_return_risk_assessed
            and f.reflection_period_ended_or_waived
        ):
            broken.append("trafficking-victim")
        if f.track == "voluntary" and not f.consent_current:
            broken.append("avrr-consent")
        if f.track == "enforced" and (not f.removal_decision_final or f.suspensive_appeal_pending):
            broken.append("removal-decision")
    if target == Stage.DEPARTED:
        on = f.departure_date or f.today
        if f.travel_document_valid_until is None or f.travel_document_valid_until < on:
            broken.append("travel-document-valid")
    return broken


REACHED: dict[str, int] = {}
ASYLUM_STATES = list(Asylum)
SAFEGUARD_IDS = sorted(wf.SAFEGUARDS_BY_ID)
# Steps are drawn more often than facts change, so that histories move along.
KINDS = ["step"] * 10 + ["flag"] * 2 + ["asylum", "document", "certificate", "transit", "contact"]


def random_history(track: str, rng: random.Random) -> Iterator[tuple[Facts, str, Decision | None]]:
    """Yields each attempted step with the facts before it and the decision (None: refused)."""
    facts = Facts(
        track=track,
        stage=Stage.REGISTERED,
        today=TODAY,
        departure_date=TODAY + dt.timedelta(days=5),
    )
    if rng.random() < 0.7:  # most histories start with their papers in order
        facts = clear(track, Stage.REGISTERED)
    for _ in range(rng.randint(0, 80)):
        kind = rng.choice(KINDS)
        if kind == "asylum":
            facts = dataclasses.replace(facts, asylum=rng.choice(ASYLUM_STATES))
            # Lodging a claim puts the case on hold at once.
            if facts.asylum in wf.ASYLUM_PENDING and facts.stage in wf.PRE_DEPARTURE:
                facts = dataclasses.replace(facts, held_from=facts.stage, stage=Stage.ON_HOLD)
        elif kind == "flag":
            facts = dataclasses.replace(facts, **{rng.choice(FLAGS): rng.random() < 0.5})
        elif kind == "document":
            days = rng.randint(-30, 400)
            facts = dataclasses.replace(
                facts, travel_document_valid_until=TODAY + dt.timedelta(days=days)
            )
        elif kind == "certificate":
            days = rng.randint(0, 60)
            facts = dataclasses.replace(
                facts, fit_to_travel_certified_on=TODAY - dt.timedelta(days=days)
            )
        elif kind == "transit":
            facts = dataclasses.replace(
                facts, transit_legs=rng.randint(0, 3), transit_legs_acknowledged=rng.randint(0, 3)
            )
        elif kind == "contact":
            yield facts, "contact", None
        else:
            offered = [t.target for t in wf.transitions_from(facts)]
            forward = [t for t in offered if t not in (*wf.SIDE_EXITS, Stage.ON_HOLD)]
            roll = rng.random()
            if forward and roll < 0.93:
                target = rng.choice(forward)
            elif offered and roll < 0.98:
                target = rng.choice(offered)
            else:
                target = rng.choice(list(Stage))
            overrides = {
                rule: "Justified in writing."
                for rule in rng.sample(SAFEGUARD_IDS, rng.randint(0, 3))
            }
            try:
                decision = decide(
                    facts,
                    target,
                    may_override=rng.random() < 0.5,
                    overrides=overrides,
                    reason="moved_on",
                )
            except (ValueError, PermissionError, Refusal):
                yield facts, target, None
                continue
            yield facts, target, decision
            held = facts.stage if target == Stage.ON_HOLD else facts.held_from
            facts = dataclasses.replace(facts, stage=target, held_from=held)


@settings(max_examples=10_000, deadline=None)
@given(track=st.sampled_from(["voluntary", "enforced"]), seed=st.integers(0, 2**32 - 1))
def test_no_random_history_reaches_travel_past_a_non_overridable_safeguard(
    track: str, seed: int
) -> None:
    """10,000 random histories: protection events in any order, steps by caseworkers and
    supervisors with any overrides, drawn mostly from those the table offers so that
    histories get far along the lifecycle."""
    for facts, target, decision in random_history(track, random.Random(seed)):
        if target == "contact":
            if wf.origin_contact_blocked(facts) is None:
                assert facts.asylum not in wf.ASYLUM_PENDING | wf.PROTECTION_RECOGNISED
            continue
        if decision is None:
            continue
        assert independent_oracle(facts, target) == [], (facts, target)
        assert all(r.overridable for r in decision.overridden)
        if target == Stage.IDENTITY_VERIFICATION:  # the first contact with the origin
            assert facts.asylum not in wf.ASYLUM_PENDING | wf.PROTECTION_RECOGNISED
        REACHED[target] = REACHED.get(target, 0) + 1


def test_the_random_histories_went_all_the_way() -> None:
    """Runs after the walk above: the travel stages were actually reached, many times."""
    for stage in (Stage.TRAVEL_PLANNING, Stage.DEPARTED, Stage.ARRIVED):
        assert REACHED.get(stage, 0) >= 50, {str(k): v for k, v in REACHED.items()}


def test_the_stage_field_and_the_workflow_know_the_same_stages() -> None:
    from kembali.cases.models import Stage as StageField

    assert set(StageField.values) == {stage.value for stage in Stage}
