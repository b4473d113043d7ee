"""OpenAPI additions: the error bodies every operation can answer with, and the
text rules DRF enforces that drf-spectacular does not write down.

A drf-spectacular postprocessing hook, so the schema served at /api/v1/schema/
is exactly what the views accept and return (schemathesis checks both ways).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

#: DRF's CharField refuses NUL in every string, and the views refuse it in
#: every query parameter (PostgreSQL cannot store it).
NO_NUL = "^[^\\u0000]*$"
#: A required string that is trimmed must hold something besides whitespace.
NOT_BLANK_NO_NUL = "^[^\\u0000]*[^\\u0000\\s][^\\u0000]*$"

ERROR = {
    "type": "object",
    "description": "Every API error: a sentence for people and a code for programs.",
    "properties": {
        "detail": {"type": "string"},
        "code": {"type": "string"},
    },
    "required": ["detail", "code"],
}
VALIDATION_ERROR = {
    "type": "object",
    "description": "detail is the first message; errors maps each invalid field "
    "(or non_field_errors) to its messages.",
    "properties": {
        "detail": {"type": "string"},
        "code": {"type": "string"},
        "errors": {"type": "object", "additionalProperties": True},
    },
    "required": ["detail", "code"],
}
EVERY_OPERATION = {
    "400": ("ValidationError", "The request does not match this schema."),
    "401": ("Error", "No credentials, or a bad token."),
    "403": ("Error", "Your role may not do this (or a missing CSRF token)."),
    "404": ("Error", "No such object, no such page, or no role on the desk."),
    "406": ("Error", "The Accept header allows no media type this answers with."),
    "429": ("Error", "Too many requests; Retry-After says when to try again."),
    "500": ("Error", "The server failed; the error was logged."),
}
WITH_BODY = {
    "409": (
        "Error",
        "The request conflicts with what is stored (a stale version, "
        "a review step the claim is not ready for, a duplicate).",
    ),
    "413": ("Error", "The body is larger than the configured limit."),
    "415": ("Error", "The body is not application/json."),
    "422": (
        "ValidationError",
        "The body matches this schema but breaks a rule it cannot express "
        "(see the operation's description).",
    ),
}


#: Rules between fields of a request body, as the serializers' validate() has them.
CROSS_FIELD = {
    "ArticleInput": {"oneOf": [{"required": ["body"]}, {"required": ["html"]}]},
    "ClaimInput": {"anyOf": [{"required": ["start", "end"]}, {"required": ["exact"]}]},
}


def _response(name: str, description: str) -> dict[str, Any]:
    schema = {"$ref": f"#/components/schemas/{name}"}
    return {
        "description": description,
        "content": {"application/json": {"schema": schema}},
    }


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield ref.rsplit("/", 1)[-1]
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _request_components(result: dict[str, Any]) -> set[str]:
    """Names of the component schemas request bodies use, transitively."""
    schemas = result.get("components", {}).get("schemas", {})
    pending = [
        name
        for item in result.get("paths", {}).values()
        for operation in item.values()
        for name in _refs(operation.get("requestBody", {}))
    ]
    seen: set[str] = set()
    while pending:
        name = pending.pop()
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        pending.extend(_refs(schemas[name]))
    return seen


def text_rule(schema: dict[str, Any], *, allow_blank: bool = False) -> None:
    """Write DRF's NUL and blank rules into a plain string schema."""
    if schema.get("type") != "string" or "format" in schema or "enum" in schema:
        return
    if "pattern" in schema:
        return  # a field with its own pattern states its rules itself
    blank_refused = not allow_blank and schema.get("minLength", 0) >= 1
    schema["pattern"] = NOT_BLANK_NO_NUL if blank_refused else NO_NUL


def _text_rules(result: dict[str, Any]) -> None:
    schemas = result.get("components", {}).get("schemas", {})
    for name in _request_components(result):
        # The input serializers refuse unknown fields.
        schemas[name]["additionalProperties"] = False
        for prop in schemas[name].get("properties", {}).values():
            text_rule(prop)
            if prop.get("type") == "array":
                text_rule(prop.get("items", {}))
    for item in result.get("paths", {}).values():
        for operation in item.values():
            for parameter in operation.get("parameters", []):
                schema = parameter.get("schema", {})
                text_rule(schema, allow_blank=True)
                if schema.get("type") == "array":
                    text_rule(schema.get("items", {}), allow_blank=True)


def postprocess(
    result: dict[str, Any], generator: Any, request: Any, public: bool
) -> dict[str, Any]:
    """Document the error responses and the text rules (a postprocessing hook)."""
    schemas = result.setdefault("components", {}).setdefault("schemas", {})
    schemas["Error"] = ERROR
    schemas["ValidationError"] = VALIDATION_ERROR
    _text_rules(result)
    for name, rules in CROSS_FIELD.items():
        if name in schemas:
            schemas[name].update(rules)
    for item in result.get("paths", {}).values():
        for operation in item.values():
            responses = operation.setdefault("responses", {})
            statuses = dict(EVERY_OPERATION)
            if "requestBody" in operation:
                statuses.update(WITH_BODY)
            for status, (name, description) in statuses.items():
                responses.setdefault(status, _response(name, description))
    return result
