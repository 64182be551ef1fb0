"""The lifecycle through the API and the actions, as caseworkers and supervisors use it."""

import datetime as dt
import threading
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from rest_framework.authtoken.models import Token

from kembali.audit.models import AuditEvent
from kembali.cases.actions import record_consent, share_case
from kembali.cases.models import Case, StageChange
from kembali.cases.transitions import change_stage
from kembali.errors import DomainError
from kembali.protection.actions import record_asylum_status, record_vulnerability
from tests.personas import World


def api(user: Any) -> Client:
    token, _created = Token.objects.get_or_create(user=user)
    return Client(HTTP_AUTHORIZATION=f"Token {token.key}")


def step(user: Any, case: Case, to: str, **body: Any) -> Any:
    return api(user).post(
        f"/api/v1/cases/{case.id}/transitions/", {"to": to, **body}, content_type="application/json"
    )


def to_counselling(world: World, case: Case) -> None:
    for stage in ("screening", "counselling"):
        assert step(world.alice, case, stage).status_code == 200


def test_a_voluntary_case_moves_on_with_consent(world: World, case: Case) -> None:
    to_counselling(world, case)
    refused = step(world.alice, case, "identity_verification")
    assert refused.status_code == 409
    assert refused.json()["blocked_by"][0]["rule"] == "avrr-consent"
    assert refused.json()["blocked_by"][0]["overridable"] is False
    assert refused.json()["blocked_by"][0]["reason"]
    record_consent(case, actor=world.alice, purpose="voluntary_return", version="1", language="bn")
    response = step(world.alice, case, "identity_verification")
    assert response.status_code == 200, response.content
    assert response.json()["stage"] == "identity_verification"
    assert [c.to_stage for c in StageChange.objects.filter(case=case)] == [
        "screening",
        "counselling",
        "identity_verification",
    ]


def test_a_pending_asylum_claim_holds_the_case_and_blocks_every_step_toward_return(
    world: World, case: Case
) -> None:
    share_case(case, actor=world.alice, organisation=world.unhcr_mys, access="read", reason="RSD")
    to_counselling(world, case)
    record_consent(case, actor=world.alice, purpose="voluntary_return", version="1", language="bn")
    record_asylum_status(
        case, actor=world.priya, status="lodged", on=dt.date(2026, 11, 1), authority="UNHCR"
    )
    case.refresh_from_db()
    assert (case.stage, case.held_from) == ("on_hold", "counselling")
    steps = api(world.alice).get(f"/api/v1/cases/{case.id}/transitions/").json()
    resume = next(s for s in steps if s["to"] == "counselling")
    assert [b["rule"] for b in resume["blocked_by"]] == ["asylum-pending"]
    assert step(world.alice, case, "counselling").status_code == 409
    # Nothing about the person goes to the origin country while the claim is open.
    with pytest.raises(DomainError):
        share_case(
            case, actor=world.alice, organisation=world.bgd_consulate, access="read", reason="ID"
        )
    record_asylum_status(
        case,
        actor=world.priya,
        status="finally_rejected",
        on=dt.date(2026, 11, 20),
        authority="UNHCR",
    )
    assert step(world.alice, case, "counselling").status_code == 200
    assert step(world.alice, case, "identity_verification").status_code == 200


def test_only_protection_officers_record_a_claim(world: World, case: Case) -> None:
    with pytest.raises(DomainError):
        record_asylum_status(
            case, actor=world.alice, status="lodged", on=dt.date(2026, 11, 1), authority="x"
        )


@pytest.mark.parametrize(
    ("body", "status", "field"),
    [
        ({"to": "moon"}, 400, "to"),
        ({"to": "screening", "from_stage": "counselling"}, 409, "from"),
        ({"to": "departed"}, 400, "to"),
        ({"to": "closed"}, 400, "reason"),
        ({"to": "closed", "reason": "other"}, 400, "note"),
        (
            {"to": "screening", "overrides": [{"rule": "asylum-pending", "justification": "x"}]},
            400,
            "reason",
        ),
        (
            {"to": "screening", "overrides": [{"rule": "family-unity", "justification": " "}]},
            400,
            "reason",
        ),
        (
            {"to": "screening", "overrides": [{"rule": "family-unity", "justification": "ok"}]},
            403,
            "overrides",
        ),
    ],
)
def test_bad_transition_requests_are_refused_and_change_nothing(
    world: World, case: Case, body: dict[str, Any], status: int, field: str
) -> None:
    response = api(world.alice).post(
        f"/api/v1/cases/{case.id}/transitions/", body, content_type="application/json"
    )
    assert response.status_code == status, response.content
    assert response.json()["error"]["message"]
    case.refresh_from_db()
    assert case.stage == "registered"
    assert not StageChange.objects.exists()


def test_a_supervisor_override_is_recorded_with_its_justification(world: World, case: Case) -> None:
    to_counselling(world, case)
    record_consent(case, actor=world.alice, purpose="voluntary_return", version="1", language="bn")
    for stage in ("identity_verification", "travel_documents"):
        assert step(world.alice, case, stage).status_code == 200
    refused = step(world.alice, case, "travel_planning")
    assert [b["rule"] for b in refused.json()["blocked_by"]] == ["identity-established"]
    assert refused.json()["blocked_by"][0]["overridable"] is True
    justification = "ETD confirmed by phone with the consulate; written copy follows."
    overrides = [{"rule": "identity-established", "justification": justification}]
    assert step(world.alice, case, "travel_planning", overrides=overrides).status_code == 403
    response = step(world.sam, case, "travel_planning", overrides=overrides)
    assert response.status_code == 200, response.content
    change = StageChange.objects.get(to_stage="travel_planning")
    assert change.overrides == [{"rule": "identity-established", "justification": justification}]
    event = AuditEvent.objects.filter(case_id=case.id, fields=["stage"]).last()
    assert event is not None and event.actor_username == "sam"
    assert event.detail["overrides"] == change.overrides
    # Departure stays impossible: no travel document is on file, and that is never overridable.
    refused = step(world.sam, case, "departed", overrides=overrides)
    assert "travel-document-valid" in [b["rule"] for b in refused.json()["blocked_by"]]


def test_a_child_alone_needs_a_best_interests_determination(world: World, case: Case) -> None:
    to_counselling(world, case)
    record_consent(case, actor=world.alice, purpose="voluntary_return", version="1", language="bn")
    record_vulnerability(case, actor=world.alice, kind="unaccompanied_child")
    refused = step(world.sam, case, "identity_verification")
    assert [b["rule"] for b in refused.json()["blocked_by"]] == ["uasc-best-interests"]


def test_other_organisations_cannot_move_or_see_the_steps(world: World, case: Case) -> None:
    assert step(world.bob, case, "screening").status_code == 404
    assert api(world.bob).get(f"/api/v1/cases/{case.id}/transitions/").status_code == 404
    assert api(world.ana).get(f"/api/v1/cases/{case.id}/transitions/").status_code == 404


def test_nothing_but_change_stage_writes_the_stage() -> None:
    """Scans the code for writes to a case's stage: assignments and keyword arguments."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "kembali"
    allowed = {root / "cases" / "transitions.py"}
    offenders = []
    for path in root.rglob("*.py"):
        if "migrations" in path.parts or path in allowed:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if isinstance(target, ast.Attribute) and target.attr == "stage":
                        offenders.append(f"{path}:{node.lineno}")
            if isinstance(node, ast.Call):
                for keyword in node.keywords:
                    if keyword.arg in ("stage", "stage__set"):
                        func = ast.unparse(node.func)
                        if func.endswith(
                            ("update", "create", "Case", "update_or_create", "get_or_create")
                        ):
                            offenders.append(f"{path}:{node.lineno} {func}")
    assert offenders == []


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_two_concurrent_steps_on_one_case_one_wins() -> None:
    from tests.personas import make_case, make_world

    world = make_world()
    case = make_case(world.alice, world.iom_mys)
    outcomes: list[str] = []
    barrier = threading.Barrier(2)

    def attempt(to: str) -> None:
        try:
            barrier.wait()
            change_stage(
                Case.objects.get(pk=case.pk), actor=world.alice, to=to, expected_from="registered"
            )
            outcomes.append("ok")
        except DomainError as error:
            outcomes.append(error.code)
        finally:
            connection.close()

    threads = [threading.Thread(target=attempt, args=(to,)) for to in ("screening", "on_hold")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    case.refresh_from_db()
    assert sorted(outcomes) == ["conflict", "ok"]
    (change,) = StageChange.objects.filter(case=case)
    assert change.from_stage == "registered" and case.stage == change.to_stage
    assert AuditEvent.objects.filter(case_id=case.id, fields=["stage"]).count() == 1


def test_the_case_page_lists_next_steps_with_every_reason(world: World, case: Case) -> None:
    from tests.conftest import client_for

    alice = client_for(world.alice)
    response = alice.post(
        f"/cases/{case.id}/steps/", {"to": "screening", "from_stage": "registered"}
    )
    assert response.status_code == 302
    alice.post(f"/cases/{case.id}/steps/", {"to": "counselling", "from_stage": "screening"})
    page = alice.get(f"/cases/{case.id}/").content.decode()
    section = page.split('id="next-steps"')[1].split("</section>")[0]
    assert "identity verification" in section and 'data-rule="avrr-consent"' in section
    assert "informed consent" in section
    case.refresh_from_db()
    assert case.stage == "counselling"
    # A stale page: the step is refused as a conflict and the stage stays.
    response = alice.post(
        f"/cases/{case.id}/steps/", {"to": "on_hold", "from_stage": "screening"}, follow=True
    )
    assert "moved on" in response.content.decode()
    case.refresh_from_db()
    assert case.stage == "counselling"


def test_sharing_toward_the_origin_is_refused_while_protection_forbids_it(
    world: World, case: Case
) -> None:
    record_asylum_status(
        case, actor=world.priya, status="refugee_recognised", on=dt.date(2026, 11, 1), authority="x"
    )
    response = api(world.alice).post(
        f"/api/v1/cases/{case.id}/shares/",
        {"organisation": str(world.bgd_consulate.id), "access": "read", "reason": "Verification"},
        content_type="application/json",
    )
    assert response.status_code == 409
    assert "refugee" in response.json()["error"]["message"]
    assert not case.shares.exists()


def test_protection_content_is_for_protection_officers(world: World, case: Case) -> None:
    from tests.conftest import client_for

    share_case(case, actor=world.alice, organisation=world.unhcr_mys, access="read", reason="RSD")
    to_counselling(world, case)
    priya = client_for(world.priya)
    response = priya.post(
        f"/cases/{case.id}/record/asylum/",
        {"status": "appeal_pending", "on": "2026-11-02", "authority": "Appeals Board"},
    )
    assert response.status_code == 302
    assert "Appeals Board" in priya.get(f"/cases/{case.id}/").content.decode()
    alice_page = client_for(world.alice).get(f"/cases/{case.id}/").content.decode()
    assert "Appeals Board" not in alice_page and "appeal pending" not in alice_page
    assert "An asylum claim, appeal or judicial review is pending" in alice_page
    # A caseworker cannot record a claim, even by posting the form.
    refused = client_for(world.alice).post(
        f"/cases/{case.id}/record/asylum/",
        {"status": "finally_rejected", "on": "2026-11-03", "authority": "x"},
    )
    assert refused.status_code == 400 and "Only protection officers" in refused.content.decode()
    assert client_for(world.bob).get(f"/cases/{case.id}/record/asylum/").status_code == 404


def test_screening_findings_feed_the_safeguards(world: World, case: Case) -> None:
    from kembali.cases.transitions import facts_for
    from tests.conftest import client_for

    alice = client_for(world.alice)
    for kind in ("serious_medical", "trafficking"):
        response = alice.post(f"/cases/{case.id}/record/screening/", {"kind": kind, "notes": "n"})
        assert response.status_code == 302
    facts = facts_for(case)
    assert facts.medical_need and facts.presumed_trafficking_victim and facts.vulnerable
    response = alice.post(
        f"/cases/{case.id}/record/referral/",
        {
            "to": "Tenaganita shelter",
            "purpose": "shelter",
            "status": "made",
            "made_on": "2026-11-20",
        },
    )
    assert response.status_code == 302
    assert "Tenaganita shelter" in alice.get(f"/cases/{case.id}/").content.decode()


def test_withdrawing_consent_withdraws_the_case(world: World, case: Case) -> None:
    from kembali.cases.actions import withdraw_consent

    to_counselling(world, case)
    consent = record_consent(
        case, actor=world.alice, purpose="voluntary_return", version="1", language="bn"
    )
    withdraw_consent(consent, actor=world.alice)
    case.refresh_from_db()
    assert case.stage == "withdrawn"
    assert StageChange.objects.filter(case=case).last().reason == "consent withdrawn"  # type: ignore[union-attr]


def test_an_enforced_case_needs_a_final_decision_without_suspensive_appeal(world: World) -> None:
    from kembali.cases.actions import record_removal_decision
    from tests.personas import make_case

    case = make_case(world.alice, world.iom_mys, track="enforced")
    for stage in ("screening", "return_decision"):
        assert step(world.alice, case, stage).status_code == 200
    assert (
        step(world.alice, case, "identity_verification").json()["blocked_by"][0]["rule"]
        == "removal-decision"
    )
    record_removal_decision(
        case,
        actor=world.alice,
        decided_on=dt.date(2026, 11, 1),
        authority="JIM",
        reference="RD-1",
        final=True,
        appeal="suspensive_pending",
    )
    refused = step(world.alice, case, "identity_verification")
    assert "suspensive" in refused.json()["blocked_by"][0]["reason"]
    record_removal_decision(
        case,
        actor=world.alice,
        decided_on=dt.date(2026, 11, 15),
        authority="JIM",
        reference="RD-1",
        final=True,
        appeal="dismissed",
    )
    assert step(world.alice, case, "identity_verification").status_code == 200


def test_a_voluntary_return_all_the_way_to_closing(world: World, case: Case) -> None:
    from kembali.cases.actions import record_document

    to_counselling(world, case)
    record_consent(case, actor=world.alice, purpose="voluntary_return", version="1", language="bn")
    for stage in ("identity_verification", "travel_documents"):
        assert step(world.alice, case, stage).status_code == 200
    assert step(world.alice, case, "travel_planning").status_code == 409
    record_document(
        case,
        actor=world.alice,
        kind="etd",
        number="ETD-77",
        issuer="BGD",
        issued_on=dt.date(2026, 11, 1),
        valid_until=dt.date.today() + dt.timedelta(days=60),
    )
    for stage in ("travel_planning", "departed", "arrived", "reintegration", "monitoring"):
        assert step(world.alice, case, stage).status_code == 200, stage
    assert step(world.alice, case, "closed").status_code == 400
    response = step(world.alice, case, "closed", reason="returned_and_reintegrated")
    assert response.status_code == 200
    case.refresh_from_db()
    assert (case.stage, case.close_reason) == ("closed", "returned_and_reintegrated")
    assert api(world.alice).get(f"/api/v1/cases/{case.id}/transitions/").json() == []


def test_a_document_with_impossible_dates_is_refused(world: World, case: Case) -> None:
    from tests.conftest import client_for

    response = client_for(world.alice).post(
        f"/cases/{case.id}/record/document/",
        {
            "kind": "passport",
            "number": "A1",
            "issuer": "BGD",
            "issued_on": "2026-01-01",
            "valid_until": "2025-01-01",
        },
    )
    assert response.status_code == 400
    assert not case.person.documents.exists()


def _ready_to_depart(world: World, case: Case) -> None:
    from kembali.cases.actions import record_document

    to_counselling(world, case)
    record_consent(case, actor=world.alice, purpose="voluntary_return", version="1", language="bn")
    record_document(
        case,
        actor=world.alice,
        kind="passport",
        number="P-1",
        issuer="BGD",
        valid_until=dt.date.today() + dt.timedelta(days=300),
    )
    for stage in ("identity_verification", "travel_documents", "travel_planning"):
        assert step(world.alice, case, stage).status_code == 200, stage


def _medical(world: World, case: Case) -> None:
    record_vulnerability(case, actor=world.alice, kind="serious_medical")


def _older(world: World, case: Case) -> None:
    record_vulnerability(case, actor=world.alice, kind="older_person")


def _transit(world: World, case: Case) -> None:
    from kembali.cases.actions import record_transit_leg

    record_transit_leg(case, actor=world.alice, transit_country="THA", planned_on=dt.date.today())


def _household(world: World, case: Case) -> None:
    from kembali.cases.actions import add_household_member, create_household
    from tests.personas import make_case

    household = create_household(actor=world.alice, holder=world.iom_mys)
    add_household_member(household, actor=world.alice, person=case.person, relationship="parent")
    child = make_case(world.alice, world.iom_mys, native="রহিমা", latin="Rahima", birth="2016")
    add_household_member(household, actor=world.alice, person=child.person, relationship="child")


@pytest.mark.parametrize(
    ("rule", "make_it_fail"),
    [
        ("fit-to-travel", _medical),
        ("reception-arranged", _older),
        ("transit-acknowledged", _transit),
        ("family-unity", _household),
    ],
)
def test_each_overridable_safeguard_blocks_departure_and_its_override_is_audited(
    world: World, case: Case, rule: str, make_it_fail: Any
) -> None:
    _ready_to_depart(world, case)
    make_it_fail(world, case)
    refused = step(world.alice, case, "departed")
    assert refused.status_code == 409
    blocking = {b["rule"] for b in refused.json()["blocked_by"]}
    assert rule in blocking and all(b["overridable"] for b in refused.json()["blocked_by"])
    overrides = [
        {"rule": r, "justification": f"Supervisor accepts {r}: escorted return."}
        for r in sorted(blocking)
    ]
    assert step(world.alice, case, "departed", overrides=overrides).status_code == 403
    response = step(world.sam, case, "departed", overrides=overrides)
    assert response.status_code == 200, response.content
    event = AuditEvent.objects.filter(case_id=case.id, fields=["stage"]).last()
    assert event is not None and event.actor_username == "sam"
    recorded = {o["rule"]: o["justification"] for o in event.detail["overrides"]}
    assert recorded[rule] == f"Supervisor accepts {rule}: escorted return."


def test_an_acknowledged_transit_lets_the_journey_go(world: World, case: Case) -> None:
    from kembali.cases.actions import acknowledge_transit, record_transit_leg

    _ready_to_depart(world, case)
    leg = record_transit_leg(
        case, actor=world.alice, transit_country="THA", planned_on=dt.date.today()
    )
    assert step(world.alice, case, "departed").status_code == 409
    acknowledge_transit(
        case,
        actor=world.alice,
        leg=leg,
        acknowledged_on=dt.date.today(),
        acknowledgement_reference="TH-9",
    )
    assert step(world.alice, case, "departed").status_code == 200


def test_trafficking_indicators_are_recorded_with_the_screening(world: World, case: Case) -> None:
    from tests.conftest import client_for

    response = client_for(world.alice).post(
        f"/cases/{case.id}/record/screening/",
        {"kind": "trafficking", "indicators": ["debt_bondage", "documents_withheld"], "notes": "n"},
    )
    assert response.status_code == 302
    assert case.vulnerabilities.get().indicators == ["debt_bondage", "documents_withheld"]


def test_a_recent_certificate_and_a_confirmed_reception_open_departure(
    world: World, case: Case
) -> None:
    from kembali.cases.actions import record_fitness_to_travel, record_reception
    from tests.conftest import client_for

    _ready_to_depart(world, case)
    _medical(world, case)
    assert {b["rule"] for b in step(world.alice, case, "departed").json()["blocked_by"]} == {
        "fit-to-travel",
        "reception-arranged",
    }
    record_fitness_to_travel(
        case,
        actor=world.alice,
        certified_on=dt.date.today() - dt.timedelta(days=40),
        certified_by="Dr A",
    )
    assert "fit-to-travel" in {
        b["rule"] for b in step(world.alice, case, "departed").json()["blocked_by"]
    }
    response = client_for(world.alice).post(
        f"/cases/{case.id}/record/fitness-to-travel/",
        {"certified_on": dt.date.today().isoformat(), "certified_by": "IOM MHD Kuala Lumpur"},
    )
    assert response.status_code == 302
    record_reception(case, actor=world.alice, organisation="BRAC", confirmed_on=dt.date.today())
    assert step(world.alice, case, "departed").status_code == 200


def test_a_referral_moves_on(world: World, case: Case) -> None:
    from tests.conftest import client_for

    alice = client_for(world.alice)
    alice.post(
        f"/cases/{case.id}/record/referral/",
        {"to": "MSF clinic", "purpose": "medical", "status": "made", "made_on": "2026-11-01"},
    )
    referral = case.referrals.get()
    bad = alice.post(
        f"/cases/{case.id}/record/referral-status/",
        {"referral": referral.id, "status": "accepted", "updated_on": "2026-10-01"},
    )
    assert bad.status_code == 400
    response = alice.post(
        f"/cases/{case.id}/record/referral-status/",
        {"referral": referral.id, "status": "completed", "updated_on": "2026-11-10"},
    )
    assert response.status_code == 302
    referral.refresh_from_db()
    assert (referral.status, referral.updated_on) == ("completed", dt.date(2026, 11, 10))
