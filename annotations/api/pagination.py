"""Page-number pagination whose ``page`` parameter is exactly what the schema says.

DRF reads ``?page=`` (empty) as page 1 and "last" as the last page; here the
parameter is a whole number from 1 (400 otherwise), and a page past the end
is a 404, as before.
"""

from __future__ import annotations

from typing import Any

from rest_framework.exceptions import ValidationError
from rest_framework.pagination import PageNumberPagination
from rest_framework.request import Request

MAX_PAGE = 2**31 - 1


class PageNumbers(PageNumberPagination):
    last_page_strings = ()

    def get_page_number(self, request: Request, paginator: Any) -> Any:
        raw = request.query_params.get(self.page_query_param)
        if raw is None:
            return 1
        digits = raw.isascii() and raw.isdigit() and len(raw) <= len(str(MAX_PAGE))
        if not digits or not 1 <= int(raw) <= MAX_PAGE:
            raise ValidationError(
                {self.page_query_param: f"Give a page number from 1 to {MAX_PAGE}."}
            )
        return int(raw)

    def get_schema_operation_parameters(self, view: Any) -> list[dict[str, Any]]:
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] == self.page_query_param:
                parameter["schema"] = {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": MAX_PAGE,
                }
        return parameters
