from typing import Any

from django.conf import settings
from django.core.checks import CheckMessage, Error, Tags, register

from kembali.accounts.models import Role


@register()
def mfa_policy_names_roles(app_configs: Any, **kwargs: Any) -> list[CheckMessage]:
    unknown = set(settings.KEMBALI_MFA_REQUIRED_ROLES) - set(Role.values)
    if unknown:
        return [
            Error(
                f"KEMBALI_MFA_REQUIRED_ROLES names unknown roles: {', '.join(sorted(unknown))}.",
                hint=f"Use roles from: {', '.join(Role.values)}.",
                id="kembali.E001",
            )
        ]
    return []


@register(Tags.security, deploy=True)
def secret_key_is_not_development_key(app_configs: Any, **kwargs: Any) -> list[CheckMessage]:
    if settings.SECRET_KEY == settings.DEV_SECRET_KEY:
        return [
            Error(
                "KEMBALI_SECRET_KEY is not set: the development key is public.",
                hint="Set KEMBALI_SECRET_KEY to a long random value.",
                id="kembali.E002",
            )
        ]
    return []
