"""The API's exception handler: every error is JSON with a message and field errors."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import exceptions
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler


def _from_django(exc: DjangoValidationError) -> exceptions.ValidationError:
    """Services raise Django's ValidationError; show it as DRF's (400)."""
    if hasattr(exc, "error_dict"):
        detail: Any = exc.message_dict
        detail = {
            ("non_field_errors" if key == "__all__" else key): value
            for key, value in detail.items()
        }
    else:
        detail = {"non_field_errors": exc.messages}
    return exceptions.ValidationError(detail)


def _first_message(errors: Any) -> str:
    if isinstance(errors, dict):
        for value in errors.values():
            return _first_message(value)
    if isinstance(errors, list) and errors:
        return _first_message(errors[0])
    return str(errors)


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """DRF's handler, plus Django ValidationError -> 400 and a uniform body.

    Validation errors read ``{"detail": "<first message>", "errors": {field:
    [messages]}}``; every other error keeps DRF's ``{"detail": "..."}``.
    """
    if isinstance(exc, DjangoValidationError):
        exc = _from_django(exc)
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        errors = response.data
        if not isinstance(errors, dict):
            errors = {"non_field_errors": errors}
        response.data = {"detail": _first_message(errors), "errors": errors}
    return response
