"""One error type for domain rule violations, shown to users as-is (already translated)."""

from django.core.exceptions import ValidationError
from django.db import models


class DomainError(Exception):
    def __init__(self, message: str, *, field: str | None = None, code: str = "invalid") -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.code = code


def validate(record: models.Model) -> None:
    """Model and database rules, as a message for the user rather than a crash."""
    try:
        record.full_clean()
    except ValidationError as error:
        field, messages = next(iter(error.message_dict.items()))
        raise DomainError(
            " ".join(messages), field=None if field == "__all__" else field
        ) from error
