from typing import Any

from django.core.checks import CheckMessage, Warning, register

from kembali.identity.records import unusable_registries


@register()
def registries_are_readable(app_configs: Any, **kwargs: Any) -> list[CheckMessage]:
    """An origin registry built by an older Kembali is not searched: say so where an
    administrator looks, not only in the log."""
    return [
        Warning(
            f"Origin registry {directory} is not used: {reason}",
            hint=(
                "Build it again from the registry file with `kembali identity index` "
                "(the demo's registries: `kembali demo --reset`, which reloads the demo)."
            ),
            id="kembali.W101",
        )
        for directory, reason in unusable_registries()
    ]
