"""JSON errors for everything under /api/v1/ that DRF's handler never sees.

Django answers an unknown path, an oversize body, a bad Host header or an
unexpected exception with an HTML page; API clients get the API's error shape
(``annotations.api.errors.error_body``) with the same status instead. A path
without its trailing slash gets a 404 naming the right one, rather than the
redirect that would drop a POST's body.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.core.exceptions import (
    PermissionDenied,
    RequestDataTooBig,
    SuspiciousOperation,
)
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.urls import Resolver404, resolve

from .errors import code_for, error_body, too_large_message

API_PREFIX = "/api/v1/"
logger = logging.getLogger("django.request")

MESSAGES = {
    400: "The request is malformed.",
    403: "You may not do this.",
    404: "There is no such endpoint or object.",
    405: "This method is not allowed here.",
    413: "",  # filled in with the configured limit
    429: "Too many requests; try again later.",
    500: "The server failed to answer; the error was logged.",
}


def json_error(status: int, detail: str = "", code: str = "") -> JsonResponse:
    message = detail or MESSAGES.get(status) or "The request failed."
    if status == 413 and not detail:
        message = too_large_message()
    return JsonResponse(error_body(message, code or code_for(status)), status=status)


def _is_json(response: HttpResponse) -> bool:
    return "json" in response.get("Content-Type", "")


class ApiJsonErrorsMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.path.startswith(API_PREFIX):
            return self.get_response(request)
        missing = self._missing_slash(request)
        if missing is not None:
            return missing
        response = self.get_response(request)
        if response.status_code < 400 or _is_json(response):
            return response
        replacement = json_error(response.status_code)
        for header in ("Allow", "Retry-After", "WWW-Authenticate"):
            if header in response:
                replacement[header] = response[header]
        return replacement

    def process_exception(
        self, request: HttpRequest, exception: Exception
    ) -> HttpResponse | None:
        if not request.path.startswith(API_PREFIX):
            return None
        if isinstance(exception, RequestDataTooBig):
            return json_error(413)
        if isinstance(exception, Http404 | PermissionDenied | SuspiciousOperation):
            return None  # Django's own 4xx, made JSON on the way out
        logger.error(
            "Internal Server Error: %s",
            request.path,
            exc_info=exception,
            extra={"status_code": 500, "request": request},
        )
        return json_error(500)

    @staticmethod
    def _missing_slash(request: HttpRequest) -> HttpResponse | None:
        path = request.path_info
        if path.endswith("/"):
            return None
        try:
            resolve(path)
        except Resolver404:
            pass
        else:
            return None
        try:
            resolve(path + "/")
        except Resolver404:
            return json_error(404)
        return json_error(404, f"There is no endpoint {path}; did you mean {path}/ ?")
