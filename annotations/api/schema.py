"""OpenAPI additions: the JSON error bodies every API operation can answer with."""

from __future__ import annotations

from typing import Any

ERROR = {
    "type": "object",
    "properties": {"detail": {"type": "string"}},
    "required": ["detail"],
}
VALIDATION_ERROR = {
    "type": "object",
    "description": "detail is the first message; errors (for invalid fields) "
    "maps each field to its messages.",
    "properties": {
        "detail": {"type": "string"},
        "errors": {"type": "object", "additionalProperties": True},
    },
    "required": ["detail"],
}
STATUSES = {
    "400": ("ValidationError", "Invalid input: field errors."),
    "401": ("Error", "No credentials, or a bad token."),
    "403": ("Error", "Your role may not do this (or a missing CSRF token)."),
    "404": ("Error", "No such object, no such page, or no role on the desk."),
}


def _response(name: str, description: str) -> dict[str, Any]:
    schema = {"$ref": f"#/components/schemas/{name}"}
    return {
        "description": description,
        "content": {"application/json": {"schema": schema}},
    }


def add_error_responses(
    result: dict[str, Any], generator: Any, request: Any, public: bool
) -> dict[str, Any]:
    """A drf-spectacular postprocessing hook documenting 400/401/403/404 bodies."""
    schemas = result.setdefault("components", {}).setdefault("schemas", {})
    schemas["Error"] = ERROR
    schemas["ValidationError"] = VALIDATION_ERROR
    for item in result.get("paths", {}).values():
        for operation in item.values():
            responses = operation.setdefault("responses", {})
            for status, (name, description) in STATUSES.items():
                responses.setdefault(status, _response(name, description))
    return result
