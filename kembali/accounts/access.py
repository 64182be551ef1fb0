"""Which organisations a user acts for, by what their roles allow.

Every permission decision about people and cases starts from these sets, computed once
per request from the user's memberships.
"""

from uuid import UUID

from django.contrib.auth.models import AnonymousUser

from kembali.accounts.models import CASE_WRITE_ROLES, PERSON_DATA_ROLES, Role, User

AnyUser = User | AnonymousUser


def _memberships(user: AnyUser) -> list[tuple[UUID, str]]:
    if not user.is_authenticated or not user.is_active:
        return []
    cached: list[tuple[UUID, str]] | None = getattr(user, "_kembali_memberships", None)
    if cached is None:
        cached = list(user.memberships.values_list("organisation_id", "role"))
        user.__dict__["_kembali_memberships"] = cached
    return cached


def organisation_ids_with_roles(user: AnyUser, roles: frozenset[str]) -> set[UUID]:
    return {org_id for org_id, role in _memberships(user) if role in roles}


def person_data_organisation_ids(user: AnyUser) -> set[UUID]:
    """Organisations on whose behalf the user may see personal data."""
    return organisation_ids_with_roles(user, PERSON_DATA_ROLES)


def case_write_organisation_ids(user: AnyUser) -> set[UUID]:
    return organisation_ids_with_roles(user, CASE_WRITE_ROLES)


def has_role(user: AnyUser, *roles: str) -> bool:
    return any(role in roles for _org, role in _memberships(user))


def is_administrator(user: AnyUser) -> bool:
    return bool(user.is_authenticated and (user.is_superuser or has_role(user, Role.ADMINISTRATOR)))
