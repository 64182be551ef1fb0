"""One error type for domain rule violations, shown to users as-is (already translated)."""


class DomainError(Exception):
    def __init__(self, message: str, *, field: str | None = None, code: str = "invalid") -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.code = code
