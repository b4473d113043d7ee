"""Template filters of the review desk: thin wrappers over annotations.display."""

from __future__ import annotations

from typing import Any

from django import template

from .. import claim_list, display, languages

register = template.Library()


@register.simple_tag
def claim_items(claims: list[Any], selected: Any, base_url: str) -> str:
    return claim_list.claim_items(claims, getattr(selected, "pk", None), base_url)


@register.filter
def claim_value(claim: Any) -> str:
    return display.describe_value(claim.kind, claim.value)


@register.filter
def qualifier(claim: Any) -> str:
    return display.qualifier_label(claim.value)


@register.filter
def check_status(status: str) -> str:
    return display.check_status_label(status)


@register.filter
def worst_check(checks: list[dict[str, Any]] | None) -> str:
    return display.worst_check(checks)


@register.filter
def figure(value: Any) -> str:
    return display.number(value)


@register.filter
def text_direction(tag: str) -> str:
    return languages.text_direction(tag)


@register.filter
def statements_unavailable(tag: str) -> str:
    """The notice for a language without statement scoring, or ""."""
    if not languages.has_detection(tag) or languages.has_statement_scoring(tag):
        return ""
    return languages.statements_unavailable(tag)


@register.simple_tag
def language_options() -> list[tuple[str, str]]:
    return languages.language_options()
