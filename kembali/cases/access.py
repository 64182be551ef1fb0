"""The one way a request reaches a case, person, household or consent.

Another organisation's object, a missing one and a malformed id get the same answer: 404.
"""

from collections.abc import Iterable
from uuid import UUID

from django.core.exceptions import ValidationError
from django.http import Http404

from kembali.accounts.access import AnyUser, case_write_organisation_ids
from kembali.cases.models import Case, CaseShare, Consent, Household, Person, ShareAccess


def get_case_for_user(user: AnyUser, case_id: UUID | str, *, write: bool = False) -> Case:
    cases = Case.objects.writable_by(user) if write else Case.objects.visible_to(user)
    try:
        return cases.select_related("person", "holder", "assigned_to", "household").get(pk=case_id)
    except (Case.DoesNotExist, ValueError, ValidationError) as error:
        raise Http404("No such case.") from error


def may_write(user: AnyUser, case: Case, active_shares: Iterable[CaseShare]) -> bool:
    """What `Case.objects.writable_by` decides, for a case whose active shares are in hand."""
    org_ids = case_write_organisation_ids(user)
    return case.holder_id in org_ids or any(
        share.organisation_id in org_ids and share.access == ShareAccess.WRITE
        for share in active_shares
    )


def get_person_for_user(user: AnyUser, person_id: UUID | str, *, write: bool = False) -> Person:
    persons = Person.objects.writable_by(user) if write else Person.objects.visible_to(user)
    try:
        return persons.with_names().get(pk=person_id)
    except (Person.DoesNotExist, ValueError, ValidationError) as error:
        raise Http404("No such person.") from error


def get_household_for_user(
    user: AnyUser, household_id: UUID | str, *, write: bool = False
) -> Household:
    households = (
        Household.objects.writable_by(user) if write else Household.objects.visible_to(user)
    )
    try:
        return households.prefetch_related("members__person__names").get(pk=household_id)
    except (Household.DoesNotExist, ValueError, ValidationError) as error:
        raise Http404("No such household.") from error


def get_consent_for_user(user: AnyUser, consent_id: UUID | str, *, write: bool = False) -> Consent:
    cases = Case.objects.writable_by(user) if write else Case.objects.visible_to(user)
    try:
        return Consent.objects.select_related("case").get(pk=consent_id, case__in=cases)
    except (Consent.DoesNotExist, ValueError, ValidationError) as error:
        raise Http404("No such consent.") from error
