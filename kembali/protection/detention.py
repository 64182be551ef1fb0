"""Where a person stands in detention: days held, the review clock, and the alerts that
must reach a supervisor (DESIGN §3.6: children and asylum seekers in detention)."""

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from uuid import UUID

from django.utils import timezone
from django.utils.translation import gettext as _

from kembali.cases import workflow
from kembali.cases.models import Case
from kembali.protection.models import DetentionEpisode, DetentionReviewInterval, VulnerabilityKind


@dataclass
class DetentionStatus:
    days: int = 0
    detained: bool = False
    review_due: dt.date | None = None
    alerts: list[str] = field(default_factory=list)


def _is_child(case: Case, today: dt.date) -> bool:
    born = case.person.birth_date
    if born is not None and (today - born).days < 18 * 365.25:
        return True
    return any(
        v.kind == VulnerabilityKind.UNACCOMPANIED_CHILD and v.resolved_at is None
        for v in case.vulnerabilities.all()
    )


def detention_status(case: Case, today: dt.date | None = None) -> DetentionStatus:
    today = today or timezone.localdate()
    episodes = list(case.detention_episodes.all())
    status = DetentionStatus(days=sum(e.days(today) for e in episodes))
    ongoing = [e for e in episodes if e.ends_on is None or e.ends_on >= today]
    if not ongoing:
        return status
    status.detained = True
    interval = DetentionReviewInterval.for_country(case.host_country)
    status.review_due = min(e.review_due(interval) for e in ongoing)
    if status.review_due < today:
        status.alerts.append(_("The detention review is overdue."))
    if _is_child(case, today):
        status.alerts.append(_("A child is in detention: consider alternatives at once."))
    claim = max(case.asylum_history.all(), key=lambda a: (a.on, a.id), default=None)
    if claim is not None and claim.status in workflow.ASYLUM_PENDING:
        status.alerts.append(_("An asylum seeker is in detention."))
    return status


def detention_days(case_ids: Iterable[UUID], today: dt.date | None = None) -> dict[UUID, int]:
    """Days in detention for a page of cases, in one query."""
    today = today or timezone.localdate()
    days: dict[UUID, int] = {}
    episodes = DetentionEpisode.objects.filter(case_id__in=list(case_ids)).only(
        "case_id", "starts_on", "ends_on"
    )
    for episode in episodes:
        days[episode.case_id] = days.get(episode.case_id, 0) + episode.days(today)
    return days
