"""Demo cases at every stage and side state, each safeguard blocking somewhere — played
through the same actions a caseworker, supervisor or protection officer uses, so the history,
audit trail and stage changes are real."""

import datetime as dt
from collections.abc import Callable
from uuid import UUID

from django.db.models import QuerySet
from django.utils import timezone

from kembali.accounts.models import Organisation, User
from kembali.cases.actions import (
    record_consent,
    record_document,
    record_removal_decision,
    share_case,
)
from kembali.cases.demo.region import Region
from kembali.cases.models import Case, Track
from kembali.cases.transitions import change_stage
from kembali.protection import actions as protection

FORWARD_VOLUNTARY = [
    "screening",
    "counselling",
    "identity_verification",
    "travel_documents",
    "travel_planning",
    "departed",
    "arrived",
    "reintegration",
    "monitoring",
]
FORWARD_ENFORCED = ["screening", "return_decision", *FORWARD_VOLUNTARY[2:]]


class Players:
    def __init__(self, region: Region) -> None:
        self.caseworker = region.users["caseworker.mys"]
        self.officer = region.users["officer.mys"]
        self.supervisor = region.users["supervisor.mys"]
        self.protection = region.users["protection.mys"]
        self.unhcr = region.organisations["UNHCR Malaysia (demo)"]
        self.today = timezone.localdate()

    def actor(self, case: Case) -> User:
        return self.caseworker if case.track == Track.VOLUNTARY else self.officer

    def walk(self, case: Case, until: str) -> None:
        stages = FORWARD_VOLUNTARY if case.track == Track.VOLUNTARY else FORWARD_ENFORCED
        for stage in stages[: stages.index(until) + 1]:
            change_stage(case, actor=self.actor(case), to=stage)

    def consent(self, case: Case) -> None:
        if not case.consents.filter(purpose="voluntary_return", withdrawn_at__isnull=True).exists():
            record_consent(
                case,
                actor=self.caseworker,
                purpose="voluntary_return",
                version="2026.1",
                language="bn",
            )

    def papers(self, case: Case) -> None:
        if case.track == Track.VOLUNTARY:
            self.consent(case)
        else:
            record_removal_decision(
                case,
                actor=self.officer,
                decided_on=self.today - dt.timedelta(days=60),
                authority="Immigration Department",
                reference=f"RD-{case.reference}",
                final=True,
                appeal="dismissed",
            )
        record_document(
            case,
            actor=self.actor(case),
            kind="etd",
            number=f"ETD-{case.reference[-6:]}",
            issuer=case.origin_country,
            issued_on=self.today - dt.timedelta(days=5),
            valid_until=self.today + dt.timedelta(days=90),
        )

    def claim(self, case: Case, status: str, *, days_ago: int) -> None:
        protection.record_asylum_status(
            case,
            actor=self.protection,
            status=status,
            on=self.today - dt.timedelta(days=days_ago),
            authority="UNHCR Malaysia",
        )

    def share_with_protection(self, case: Case) -> None:
        share_case(
            case,
            actor=self.actor(case),
            organisation=self.unhcr,
            access="read",
            reason="Protection screening",
        )


def _at(stage: str) -> Callable[[Players, Case], None]:
    def play(p: Players, case: Case) -> None:
        p.papers(case)
        p.walk(case, stage)

    return play


def _asylum_pending(p: Players, case: Case) -> None:
    p.share_with_protection(case)
    p.consent(case)
    p.walk(case, "counselling")
    p.claim(case, "lodged", days_ago=20)


def _recognised(p: Players, case: Case) -> None:
    p.share_with_protection(case)
    p.walk(case, "screening")
    p.claim(case, "lodged", days_ago=200)
    p.claim(case, "refugee_recognised", days_ago=10)
    change_stage(case, actor=p.actor(case), to="protection_exit")


def _recognised_still_open(p: Players, case: Case) -> None:
    p.share_with_protection(case)
    p.consent(case)
    p.walk(case, "counselling")
    p.claim(case, "complementary_protection", days_ago=2)


def _expired_document(p: Players, case: Case) -> None:
    from kembali.cases.actions import update_person

    p.consent(case)
    update_person(case.person, actor=p.caseworker, nationality_confirmed=case.origin_country)
    record_document(
        case,
        actor=p.caseworker,
        kind="passport",
        number=f"P-{case.reference[-6:]}",
        issuer=case.origin_country,
        issued_on=p.today - dt.timedelta(days=3650),
        valid_until=p.today - dt.timedelta(days=30),
    )
    p.walk(case, "travel_planning")


def _transit(p: Players, case: Case) -> None:
    from kembali.cases.actions import record_transit_leg

    p.papers(case)
    p.walk(case, "travel_planning")
    record_transit_leg(
        case, actor=p.caseworker, transit_country="THA", planned_on=p.today + dt.timedelta(days=7)
    )


def _household_apart(p: Players, case: Case) -> None:
    p.papers(case)
    p.walk(case, "travel_planning")


def _risk(p: Players, case: Case) -> None:
    p.share_with_protection(case)
    p.consent(case)
    p.walk(case, "counselling")
    protection.record_risk_assessment(
        case,
        actor=p.protection,
        assessed_on=p.today,
        real_risk=True,
        summary="Targeted by armed group",
    )


def _child(p: Players, case: Case) -> None:
    p.consent(case)
    p.walk(case, "counselling")
    protection.record_vulnerability(
        case, actor=p.caseworker, kind="unaccompanied_child", notes="Travelling alone"
    )


def _trafficking(p: Players, case: Case) -> None:
    p.share_with_protection(case)
    p.consent(case)
    p.walk(case, "counselling")
    protection.record_trafficking(
        case,
        actor=p.protection,
        status="presumed",
        referred_on=p.today - dt.timedelta(days=3),
        referred_to="Shelter",
        reflection_starts=p.today - dt.timedelta(days=3),
        reflection_ends=p.today + dt.timedelta(days=27),
    )


def _no_consent(p: Players, case: Case) -> None:
    p.walk(case, "counselling")


def _withdrawn(p: Players, case: Case) -> None:
    p.consent(case)
    p.walk(case, "counselling")
    from kembali.cases.actions import withdraw_consent

    for consent in case.consents.filter(purpose="voluntary_return", withdrawn_at__isnull=True):
        withdraw_consent(consent, actor=p.caseworker)


def _absconded(p: Players, case: Case) -> None:
    p.walk(case, "screening")
    change_stage(case, actor=p.actor(case), to="absconded")


def _closed(p: Players, case: Case) -> None:
    _at("monitoring")(p, case)
    change_stage(case, actor=p.actor(case), to="closed", reason="returned_and_reintegrated")


def _no_decision(p: Players, case: Case) -> None:
    p.walk(case, "return_decision")


def _medical(p: Players, case: Case) -> None:
    p.papers(case)
    p.walk(case, "travel_planning")
    protection.record_vulnerability(
        case, actor=p.actor(case), kind="serious_medical", notes="Insulin-dependent"
    )


def _no_document(p: Players, case: Case) -> None:
    p.consent(case)
    p.walk(case, "travel_documents")


def _detained(p: Players, case: Case) -> None:
    p.walk(case, "screening")
    protection.record_detention(
        case,
        actor=p.officer,
        facility="Semenyih immigration depot",
        starts_on=p.today - dt.timedelta(days=45),
        legal_basis="Immigration Act 1959/63, s. 34",
        authority="Immigration Department",
        alternatives_considered="Reporting: no fixed address",
        alternative_applied="none",
    )


# (scenario, track, how many cases)
SCENARIOS: list[tuple[Callable[[Players, Case], None], str, int]] = [
    (_at("screening"), Track.VOLUNTARY, 3),
    (_at("counselling"), Track.VOLUNTARY, 3),
    (_at("identity_verification"), Track.VOLUNTARY, 3),
    (_at("travel_documents"), Track.VOLUNTARY, 2),
    (_at("travel_planning"), Track.VOLUNTARY, 2),
    (_at("departed"), Track.VOLUNTARY, 2),
    (_at("arrived"), Track.VOLUNTARY, 2),
    (_at("reintegration"), Track.VOLUNTARY, 2),
    (_at("monitoring"), Track.VOLUNTARY, 2),
    (_closed, Track.VOLUNTARY, 2),
    (_asylum_pending, Track.VOLUNTARY, 3),
    (_recognised, Track.VOLUNTARY, 2),
    (_risk, Track.VOLUNTARY, 2),
    (_child, Track.VOLUNTARY, 2),
    (_trafficking, Track.VOLUNTARY, 2),
    (_no_consent, Track.VOLUNTARY, 2),
    (_recognised_still_open, Track.VOLUNTARY, 1),
    (_expired_document, Track.VOLUNTARY, 1),
    (_household_apart, Track.VOLUNTARY, 1),
    (_transit, Track.VOLUNTARY, 1),
    (_withdrawn, Track.VOLUNTARY, 2),
    (_absconded, Track.VOLUNTARY, 2),
    (_medical, Track.VOLUNTARY, 2),
    (_no_document, Track.VOLUNTARY, 2),
    (_at("return_decision"), Track.ENFORCED, 2),
    (_at("travel_planning"), Track.ENFORCED, 2),
    (_no_decision, Track.ENFORCED, 2),
    (_detained, Track.ENFORCED, 3),
]


def play_scenarios(region: Region) -> int:
    players = Players(region)
    holders: dict[str, Organisation] = {
        Track.VOLUNTARY: region.organisations["IOM Mission Malaysia (demo)"],
        Track.ENFORCED: region.organisations["Immigration Department of Malaysia (demo)"],
    }
    pools: dict[str, QuerySet[Case]] = {
        track: Case.objects.filter(holder=holder, household__isnull=True, stage="registered")
        .exclude(person__birth_date__gt=players.today - dt.timedelta(days=18 * 366))
        .order_by("reference")
        for track, holder in holders.items()
    }
    played = 0
    taken: set[UUID] = set()
    for scenario, track, count in SCENARIOS:
        pool = pools[track]
        if scenario is _no_consent:
            pool = pool.filter(consents__isnull=True)
        if scenario is _household_apart:  # one member moves on, the others have not
            pool = Case.objects.filter(
                holder=holders[track], household__isnull=False, stage="registered", track=track
            ).order_by("reference")
        for case in pool.exclude(pk__in=taken)[:count]:
            taken.add(case.pk)
            scenario(players, case)
            played += 1
    # Some have waited in their stage longer than the time frames allow.
    Case.objects.filter(pk__in=list(taken)[::4]).update(
        stage_changed_at=timezone.now() - dt.timedelta(days=40)
    )
    return played
