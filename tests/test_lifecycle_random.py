"""Random sequences through the real actions and the database (the pure core gets 10,000 in
test_workflow.py; these check that the actions keep the same promises end to end)."""

import datetime as dt
import random
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kembali.audit.actions import verify_audit_trail
from kembali.cases.actions import record_consent, record_document, share_case, withdraw_consent
from kembali.cases.models import Case, StageChange
from kembali.cases.transitions import change_stage, facts_for
from kembali.cases.workflow import (
    ASYLUM_PENDING,
    PROTECTION_RECOGNISED,
    SAFEGUARDS,
    SIDE_EXITS,
    Stage,
    transitions_from,
)
from kembali.errors import DomainError
from kembali.protection.actions import (
    record_asylum_status,
    record_risk_assessment,
    record_vulnerability,
)
from tests.personas import World, make_case

REACHED: dict[str, int] = {}
TRAVEL = {Stage.TRAVEL_PLANNING, Stage.DEPARTED, Stage.ARRIVED}
STAGES = [s.value for s in Stage]


def _event(world: World, case: Case, rng: random.Random) -> None:
    today = dt.date.today()
    kind = rng.choice(
        ["step"] * 8
        + ["consent", "document"] * 2
        + ["asylum", "risk", "withdraw", "screen", "share"]
    )
    actor: Any = rng.choice([world.alice, world.sam])
    if kind == "step":
        offered = [t.target for t in transitions_from(facts_for(case))]
        forward = [t for t in offered if t not in SIDE_EXITS and t != Stage.ON_HOLD]
        target = rng.choice(forward if forward and rng.random() < 0.85 else offered or STAGES)
        overrides = {rng.choice(SAFEGUARDS).id: "Justified."} if rng.random() < 0.2 else {}
        before = facts_for(case)
        try:
            change_stage(case, actor=actor, to=target, overrides=overrides, reason="moved_on")
        except DomainError:
            return
        REACHED[target] = REACHED.get(target, 0) + 1
        if target in TRAVEL:
            # Entering travel: no non-overridable safeguard of this stage failed just before.
            for safeguard in SAFEGUARDS:
                if not safeguard.overridable and target in safeguard.guards:
                    assert safeguard.reason(before) is None, (safeguard.id, before)
    elif kind == "asylum":
        status = rng.choice(["lodged", "appeal_pending", "finally_rejected", "refugee_recognised"])
        record_asylum_status(case, actor=world.priya, status=status, on=today, authority="UNHCR")
        case.refresh_from_db()
        if status in ("lodged", "appeal_pending"):
            assert case.stage not in (
                Stage.COUNSELLING,
                Stage.IDENTITY_VERIFICATION,
                Stage.TRAVEL_DOCUMENTS,
                Stage.TRAVEL_PLANNING,
            )
    elif kind == "risk":
        record_risk_assessment(
            case, actor=world.priya, assessed_on=today, real_risk=rng.random() < 0.3
        )
    elif kind == "consent":
        record_consent(
            case, actor=world.alice, purpose="voluntary_return", version="1", language="bn"
        )
    elif kind == "withdraw":
        for consent in case.consents.filter(withdrawn_at__isnull=True):
            withdraw_consent(consent, actor=world.alice)
    elif kind == "document":
        record_document(
            case,
            actor=world.alice,
            kind="etd",
            number="E1",
            issuer="BGD",
            valid_until=today + dt.timedelta(days=rng.randint(-10, 200)),
        )
    elif kind == "screen":
        record_vulnerability(
            case,
            actor=world.alice,
            kind=rng.choice(["serious_medical", "older_person", "disability"]),
        )
    else:
        try:
            share_case(
                case,
                actor=world.alice,
                organisation=world.bgd_consulate,
                access="read",
                reason="ID",
            )
        except DomainError:
            return
        # Origin contact happened: no claim pending, no protection recognised.
        assert facts_for(case).asylum not in ASYLUM_PENDING | PROTECTION_RECOGNISED
        case.shares.update(revoked_at=dt.datetime.now(dt.UTC))


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(seed=st.integers(0, 2**32 - 1))
def test_random_sequences_through_the_actions_keep_the_promises(world: World, seed: int) -> None:
    rng = random.Random(seed)
    case = make_case(world.alice, world.iom_mys)
    if rng.random() < 0.7:  # most start with their papers in order
        record_consent(
            case, actor=world.alice, purpose="voluntary_return", version="1", language="bn"
        )
        record_document(
            case,
            actor=world.alice,
            kind="passport",
            number="P1",
            issuer="BGD",
            valid_until=dt.date.today() + dt.timedelta(days=365),
        )
    case.refresh_from_db()
    for _ in range(rng.randint(5, 40)):
        _event(world, case, rng)
        case.refresh_from_db()
    changes = list(StageChange.objects.filter(case=case).order_by("id"))
    # The stage history is a chain ending at the case's stage.
    stage = "registered"
    for change in changes:
        assert change.from_stage == stage
        stage = change.to_stage
    assert case.stage == stage
    assert verify_audit_trail() == []


def test_the_random_sequences_reached_travel() -> None:
    """Runs after the sequences above: some of them really got to travel planning."""
    assert REACHED.get(Stage.TRAVEL_PLANNING, 0) >= 3, REACHED
