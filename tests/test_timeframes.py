"""Processing time frames: standards per stage with country overrides, and the supervisor's
overdue and blocked-by lists."""

import datetime as dt

from django.utils import timezone

from kembali.cases.models import Case, CountryProcessingStandard, ProcessingStandard
from kembali.cases.transitions import change_stage
from tests.conftest import client_for
from tests.personas import World, make_case


def _age(case: Case, days: int) -> None:
    # Time passing, not a stage change: only the clock field moves.
    Case.objects.filter(pk=case.pk).update(
        stage_changed_at=timezone.now() - dt.timedelta(days=days)
    )


def test_overdue_follows_the_regional_standard_and_country_overrides(world: World) -> None:
    ProcessingStandard.objects.update_or_create(stage="registered", defaults={"days": 7})
    late = make_case(world.alice, world.iom_mys, latin="Late One")
    fresh = make_case(world.alice, world.iom_mys, latin="Fresh One")
    _age(late, 10)
    _age(fresh, 2)
    sam = client_for(world.sam)
    page = sam.get("/cases/overdue/").content.decode()
    assert late.reference in page and fresh.reference not in page
    CountryProcessingStandard.objects.create(country="MYS", stage="registered", days=14)
    page = sam.get("/cases/overdue/").content.decode()
    assert late.reference not in page
    detail = sam.get(f"/cases/{late.id}/").content.decode()
    assert "10 of 14 days" in detail
    assert client_for(world.alice).get("/cases/overdue/").status_code == 403


def test_blocked_lists_cases_per_safeguard(world: World) -> None:
    case = make_case(world.alice, world.iom_mys)
    for stage in ("screening", "counselling"):
        change_stage(case, actor=world.alice, to=stage)
    page = client_for(world.sam).get("/cases/blocked/").content.decode()
    section = page.split('id="rule-avrr-consent"')[1]
    assert case.reference in section
    assert client_for(world.bob).get("/cases/blocked/").status_code == 403
