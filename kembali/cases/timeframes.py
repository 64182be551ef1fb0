"""Processing time frames: the standard for a case's stage in its host country, and which
cases have been in their stage longer than it allows."""

import datetime as dt
from dataclasses import dataclass

from django.db.models import Q
from django.utils import timezone

from kembali.cases.models import Case, CountryProcessingStandard, ProcessingStandard


@dataclass(frozen=True)
class Standards:
    regional: dict[str, int]
    by_country: dict[tuple[str, str], int]

    def days_for(self, stage: str, country: str) -> int | None:
        return self.by_country.get((country, stage), self.regional.get(stage))

    def overdue(self, now: dt.datetime) -> Q:
        """Cases in a stage longer than their host country's (or the regional) standard."""
        condition = Q(pk__in=[])
        overridden: dict[str, list[str]] = {}
        for (country, stage), days in self.by_country.items():
            overridden.setdefault(stage, []).append(country)
            condition |= Q(
                stage=stage,
                host_country=country,
                stage_changed_at__lt=now - dt.timedelta(days=days),
            )
        for stage, days in self.regional.items():
            condition |= Q(
                Q(stage=stage, stage_changed_at__lt=now - dt.timedelta(days=days))
                & ~Q(host_country__in=overridden.get(stage, []))
            )
        return condition


def load_standards() -> Standards:
    return Standards(
        dict(ProcessingStandard.objects.values_list("stage", "days")),
        {
            (country, stage): days
            for country, stage, days in CountryProcessingStandard.objects.values_list(
                "country", "stage", "days"
            )
        },
    )


@dataclass(frozen=True)
class Clock:
    days_in_stage: int
    standard: int | None

    @property
    def overdue(self) -> bool:
        return self.standard is not None and self.days_in_stage > self.standard


def clock(case: Case, standards: Standards | None = None) -> Clock:
    standards = standards or load_standards()
    days = (timezone.now() - case.stage_changed_at).days
    return Clock(days, standards.days_for(case.stage, case.host_country))
