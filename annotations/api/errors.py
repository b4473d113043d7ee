"""The API's errors: one JSON shape for every error, and the status each cause gets.

Every error body is ``{"detail": "<sentence>", "code": "<machine code>"}``,
plus ``"errors": {field: [messages]}`` for invalid input. The statuses:

- 400: the request does not match the OpenAPI schema (types, lengths, required
  fields); DRF's serializers and filters say so.
- 409: the request is well formed but conflicts with the current state: a
  stale version, a review step the claim is not ready for, a duplicate.
- 413: the body is larger than ``DATA_UPLOAD_MAX_MEMORY_SIZE``.
- 422: the request matches the schema but breaks a rule the schema cannot
  express (a publication date too far ahead, offsets past the end of the
  article, HTML without text); the services raise these.

DRF views use ``exception_handler``; ``annotations.api.middleware`` gives the
same shape to what never reaches a DRF view (unknown paths, 500s).
"""

from __future__ import annotations

import http
from typing import Any

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from annotations.services import Conflict, InvalidTransition


def error_body(detail: str, code: str, errors: Any = None) -> dict[str, Any]:
    """The body of every API error."""
    body: dict[str, Any] = {"detail": detail, "code": code}
    if errors is not None:
        body["errors"] = errors
    return body


def code_for(status_code: int) -> str:
    """A machine code from the status when nothing more precise is known."""
    try:
        return http.HTTPStatus(status_code).phrase.lower().replace(" ", "_")
    except ValueError:
        return "error"


def too_large_message() -> str:
    limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    return f"The request body is larger than the limit of {limit:,} bytes."


class Unprocessable(exceptions.APIException):
    status_code = status.HTTP_422_UNPROCESSABLE_ENTITY
    default_code = "unprocessable"


class StateConflict(exceptions.APIException):
    """409; ``extra`` adds keys to the body (e.g. the existing object)."""

    status_code = status.HTTP_409_CONFLICT
    default_code = "conflict"

    def __init__(
        self, detail: str, code: str = "conflict", extra: dict[str, Any] | None = None
    ) -> None:
        super().__init__(detail, code)
        self.extra = extra or {}


class TooLarge(exceptions.APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_code = "too_large"


def _field_errors(exc: DjangoValidationError) -> dict[str, Any]:
    if hasattr(exc, "error_dict"):
        return {
            ("non_field_errors" if key == "__all__" else key): value
            for key, value in exc.message_dict.items()
        }
    return {"non_field_errors": exc.messages}


def _first_message(errors: Any) -> str:
    if isinstance(errors, dict):
        for value in errors.values():
            return _first_message(value)
    if isinstance(errors, list) and errors:
        return _first_message(errors[0])
    return str(errors)


def _translate(exc: Exception) -> Exception:
    """Django and service exceptions as the DRF exception with their status."""
    if isinstance(exc, InvalidTransition):
        return StateConflict(" ".join(exc.messages), code="invalid_transition")
    if isinstance(exc, Conflict):
        extra = {"errors": _field_errors(exc)} if hasattr(exc, "error_dict") else {}
        return StateConflict(" ".join(exc.messages), extra=extra)
    if isinstance(exc, DjangoValidationError):
        return Unprocessable(_field_errors(exc))
    if isinstance(exc, RequestDataTooBig):
        return TooLarge(too_large_message())
    return exc


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """DRF's handler with the statuses above and the one error shape."""
    exc = _translate(exc)
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    data = response.data
    codes = exc.get_codes() if isinstance(exc, exceptions.APIException) else None
    if isinstance(exc, exceptions.ValidationError | Unprocessable):
        errors = data if isinstance(data, dict) else {"non_field_errors": data}
        default = (
            "invalid"
            if isinstance(exc, exceptions.ValidationError)
            else "unprocessable"
        )
        response.data = error_body(_first_message(errors), default, errors)
    else:
        detail = data.get("detail", "") if isinstance(data, dict) else data
        code = codes if isinstance(codes, str) else code_for(response.status_code)
        response.data = error_body(str(detail), code)
        response.data.update(getattr(exc, "extra", {}))
    return response
