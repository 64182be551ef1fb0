"""Where the current request comes from, for the audit trail's "from where"."""

from contextvars import ContextVar
from dataclasses import dataclass


@dataclass(frozen=True)
class Origin:
    ip: str = ""
    channel: str = "cli"


# Origin is frozen, so sharing one default instance is safe.
current_origin: ContextVar[Origin] = ContextVar(
    "kembali_audit_origin",
    default=Origin(),  # noqa: B039
)
