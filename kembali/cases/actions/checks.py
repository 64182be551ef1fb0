"""What every write checks first: codes of countries, languages and choices, and that
the actor may write for the organisation or holds the case."""

from typing import Any

from django.utils.translation import gettext as _

from kembali.accounts.access import case_write_organisation_ids
from kembali.accounts.models import Organisation, User
from kembali.cases.models import (
    Case,
)
from kembali.countries import is_country, is_language
from kembali.errors import DomainError


def check_country(code: str, field: str) -> None:
    if not is_country(code):
        raise DomainError(
            _("“%(code)s” is not an ISO 3166-1 alpha-3 country code.") % {"code": code},
            field=field,
        )


def check_language(code: str, field: str) -> None:
    if code and not is_language(code):
        raise DomainError(
            _("“%(code)s” is not an ISO 639 language code.") % {"code": code}, field=field
        )


def check_choice(value: str, choices: Any, field: str) -> None:
    if value not in choices.values:
        raise DomainError(_("“%(value)s” is not a valid choice.") % {"value": value}, field=field)


def check_may_write_for(actor: User, organisation: Organisation) -> None:
    if organisation.pk not in case_write_organisation_ids(actor):
        raise DomainError(
            _("You cannot register cases for %(org)s.") % {"org": organisation.name},
            field="holder",
            code="forbidden",
        )


def check_holds(actor: User, case: Case) -> None:
    """Only the holding organisation decides who else sees its case."""
    if case.holder_id not in case_write_organisation_ids(actor):
        raise DomainError(
            _("Only the organisation holding the case can share it or end a share."),
            code="forbidden",
        )
