"""Candidates for a case: from its origin country's registry, and among the node's people."""

from dataclasses import dataclass

from django.utils.crypto import salted_hmac

from kembali.accounts.access import AnyUser
from kembali.accounts.models import Organisation
from kembali.cases.models import Case, Person
from kembali.identity.matching.compare import Comparison
from kembali.identity.matching.index import Candidate
from kembali.identity.records import find_duplicates, person_record, registry_for

REGISTRY_TOP = 10


def registry_candidates(case: Case, top: int = REGISTRY_TOP) -> list[Candidate] | None:
    """None when the node holds no registry of the case's origin country."""
    index = registry_for(case.origin_country)
    if index is None:
        return None
    person = Person.objects.prefetch_related("names").get(pk=case.person_id)
    return index.search(person_record(person), top=top)


@dataclass(frozen=True)
class DuplicateCandidate:
    case: Case
    holder: Organisation
    visible: bool
    comparison: Comparison

    @property
    def token(self) -> str:
        """Names a candidate in a form without giving away the id of a case the user may
        not see; resolved by recomputing it for each candidate."""
        return salted_hmac("identity-duplicate", str(self.case.id), algorithm="sha256").hexdigest()[
            :24
        ]


def duplicate_candidates(case: Case, user: AnyUser) -> list[DuplicateCandidate]:
    person = Person.objects.prefetch_related("names").get(pk=case.person_id)
    found = find_duplicates(person)
    if not found:
        return []
    cases: dict[object, Case] = {}
    for other in (
        Case.objects.filter(person__in=[p for p, _ in found])
        .exclude(pk=case.pk)
        .select_related("holder")
        .order_by("created_at")
    ):
        cases.setdefault(other.person_id, other)
    visible = set(
        Case.objects.visible_to(user)
        .filter(pk__in=[c.pk for c in cases.values()])
        .values_list("pk", flat=True)
    )
    return [
        DuplicateCandidate(cases[p.pk], cases[p.pk].holder, cases[p.pk].pk in visible, comparison)
        for p, comparison in found
        if p.pk in cases
    ]


def proposed(case: Case, user: AnyUser, kind: str) -> dict[str, Comparison]:
    """What the engine proposes for the case now, by candidate id (registry record id, or the
    visible duplicate's case id): a decision is recorded only against these, with the
    engine's own score, never one a form or request claims."""
    if kind == "registry":
        return {c.record.id: c.comparison for c in registry_candidates(case) or []}
    return {str(c.case.id): c.comparison for c in duplicate_candidates(case, user) if c.visible}
