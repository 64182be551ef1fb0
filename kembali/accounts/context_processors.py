from typing import Any

from django.http import HttpRequest

from kembali.accounts.access import has_role, is_administrator, person_data_organisation_ids
from kembali.accounts.models import Role


def memberships(request: HttpRequest) -> dict[str, Any]:
    user = request.user
    if not user.is_authenticated:
        return {}
    return {
        "can_see_cases": bool(person_data_organisation_ids(user)),
        "is_administrator": is_administrator(user),
        "is_supervisor": has_role(user, Role.SUPERVISOR),
    }
