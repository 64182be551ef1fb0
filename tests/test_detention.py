"""Detention: days held, the review clock per country, and alerts for children and asylum
seekers."""

import datetime as dt

from django.utils import timezone

from kembali.protection.actions import (
    record_asylum_status,
    record_detention,
    record_detention_review,
)
from kembali.protection.detention import detention_status
from kembali.protection.models import DetentionReviewInterval
from tests.conftest import client_for
from tests.personas import World, make_case


def test_days_reviews_and_alerts(world: World) -> None:
    today = timezone.localdate()
    child = make_case(world.alice, world.iom_mys, native="রহিমা", latin="Rahima", birth="2015")
    episode = record_detention(
        child,
        actor=world.alice,
        facility="Semenyih depot",
        starts_on=today - dt.timedelta(days=40),
        legal_basis="Immigration Act s.34",
        authority="JIM",
        alternatives_considered="Shelter placement: none available",
        alternative_applied="none",
    )
    status = detention_status(child)
    assert status.detained and status.days == 41
    assert any("review is overdue" in alert for alert in status.alerts)
    assert any("child" in alert for alert in status.alerts)
    record_detention_review(
        child,
        actor=world.alice,
        episode=episode,
        reviewed_on=today - dt.timedelta(days=2),
        outcome="continue",
    )
    assert not any("overdue" in alert for alert in detention_status(child).alerts)
    DetentionReviewInterval.objects.create(country="MYS", days=1)
    assert any("overdue" in alert for alert in detention_status(child).alerts)

    alice = client_for(world.alice)
    page = alice.get(f"/cases/{child.id}/").content.decode()
    assert "41 days in detention in all" in page and "Semenyih depot" in page
    listing = alice.get("/cases/", {"q": "rahima"}).content.decode()
    assert "41 days" in listing


def test_an_asylum_seeker_in_detention_is_flagged(world: World) -> None:
    case = make_case(world.alice, world.iom_mys)
    record_detention(
        case,
        actor=world.alice,
        facility="Depot",
        starts_on=timezone.localdate(),
        legal_basis="x",
        authority="y",
    )
    record_asylum_status(
        case, actor=world.priya, status="lodged", on=timezone.localdate(), authority="UNHCR"
    )
    assert any("asylum seeker" in alert for alert in detention_status(case).alerts)


def test_detention_is_recorded_from_the_page_and_ended(world: World) -> None:
    case = make_case(world.alice, world.iom_mys)
    alice = client_for(world.alice)
    response = alice.post(
        f"/cases/{case.id}/record/detention/",
        {
            "facility": "Depot",
            "starts_on": "2026-11-01",
            "legal_basis": "s.34",
            "authority": "JIM",
            "alternative_applied": "none",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    episode = case.detention_episodes.get()
    bad = alice.post(
        f"/cases/{case.id}/record/detention-end/", {"episode": episode.id, "ends_on": "2026-10-01"}
    )
    assert bad.status_code == 400
    assert (
        alice.post(
            f"/cases/{case.id}/record/detention-end/",
            {"episode": episode.id, "ends_on": "2026-11-10"},
        ).status_code
        == 302
    )
    episode.refresh_from_db()
    assert episode.ends_on == dt.date(2026, 11, 10)
    assert client_for(world.bob).get(f"/cases/{case.id}/record/detention/").status_code == 404
