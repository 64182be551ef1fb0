"""What every API endpoint shares: one error shape and count-free pagination.

Errors: {"error": {"code": "...", "message": "...", "fields": {"field": ["reason"]}}}.
"""

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext as _
from rest_framework import exceptions, status
from rest_framework.pagination import BasePagination
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from kembali.errors import DomainError

_DOMAIN_STATUS = {
    "conflict": status.HTTP_409_CONFLICT,
    "blocked_by_safeguard": status.HTTP_409_CONFLICT,
    "forbidden": status.HTTP_403_FORBIDDEN,
}


def error_response(
    status_code: int, code: str, message: str, fields: dict[str, list[str]] | None = None
) -> Response:
    body: dict[str, Any] = {"code": code, "message": message}
    if fields:
        body["fields"] = fields
    return Response({"error": body}, status=status_code)


def _flatten(detail: Any) -> list[str]:
    if isinstance(detail, dict):
        return [f"{key}: {msg}" for key, value in detail.items() for msg in _flatten(value)]
    if isinstance(detail, list):
        return [msg for item in detail for msg in _flatten(item)]
    return [str(detail)]


def blocked_response(reasons: Any) -> Response:
    """DESIGN §6: a refused transition is HTTP 409 with every safeguard that blocks it."""
    return Response(
        {
            "blocked_by": [
                {
                    "rule": r.rule,
                    "reason": _(r.text),
                    "overridable": r.overridable,
                    "legal": r.legal,
                }
                for r in reasons
            ]
        },
        status=status.HTTP_409_CONFLICT,
    )


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    blocked_by = getattr(exc, "blocked_by", None)
    if isinstance(exc, DomainError) and blocked_by is not None:
        return blocked_response(blocked_by)
    if isinstance(exc, DomainError):
        fields = {exc.field: [exc.message]} if exc.field else None
        return error_response(
            _DOMAIN_STATUS.get(exc.code, status.HTTP_400_BAD_REQUEST), exc.code, exc.message, fields
        )
    if isinstance(exc, exceptions.ValidationError):
        detail = exc.detail
        if isinstance(detail, dict):
            fields = {key: _flatten(value) for key, value in detail.items()}
            first = next(iter(fields.items()))
            message = f"{first[0]}: {first[1][0]}"
        else:
            fields = None
            message = "; ".join(_flatten(detail))
        return error_response(status.HTTP_400_BAD_REQUEST, "invalid", message, fields)
    if isinstance(exc, Http404):
        exc = exceptions.NotFound(_("Not found."))
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied()
    response = drf_exception_handler(exc, context)
    if response is not None and isinstance(exc, exceptions.APIException):
        response.data = {"error": {"code": exc.get_codes(), "message": str(exc.detail)}}
    return response


class Pagination(BasePagination):
    """Offset pages without a total count: counting a million rows on every page costs more
    than it is worth, and a caseworker on a slow line only needs "next"."""

    page_size = 25
    max_page_size = 100

    def paginate_queryset(self, queryset: Any, request: Request, view: Any = None) -> list[Any]:
        self.request = request
        self.page = _positive_int(request.query_params.get("page"), 1)
        self.size = min(
            _positive_int(request.query_params.get("page_size"), self.page_size),
            self.max_page_size,
        )
        start = (self.page - 1) * self.size
        rows = list(queryset[start : start + self.size + 1])
        self.has_next = len(rows) > self.size
        return rows[: self.size]

    def _link(self, page: int) -> str:
        from rest_framework.utils.urls import replace_query_param

        return replace_query_param(self.request.build_absolute_uri(), "page", page)

    def get_paginated_response(self, data: Any) -> Response:
        return Response(
            {
                "page": self.page,
                "next": self._link(self.page + 1) if self.has_next else None,
                "previous": self._link(self.page - 1) if self.page > 1 else None,
                "results": data,
            }
        )

    def get_paginated_response_schema(self, schema: dict[str, Any]) -> dict[str, Any]:
        return {
            "type": "object",
            "required": ["page", "results"],
            "properties": {
                "page": {"type": "integer"},
                "next": {"type": "string", "nullable": True, "format": "uri"},
                "previous": {"type": "string", "nullable": True, "format": "uri"},
                "results": schema,
            },
        }

    def get_schema_operation_parameters(self, view: Any) -> list[dict[str, Any]]:
        return [
            {"name": "page", "in": "query", "required": False, "schema": {"type": "integer"}},
            {"name": "page_size", "in": "query", "required": False, "schema": {"type": "integer"}},
        ]


def _positive_int(raw: str | None, default: int) -> int:
    try:
        value = int(raw) if raw is not None else default
    except ValueError as error:
        raise exceptions.ValidationError({"page": [_("Must be a whole number.")]}) from error
    if value < 1:
        raise exceptions.ValidationError({"page": [_("Must be 1 or more.")]})
    return value
