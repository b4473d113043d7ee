"""Plain-text descriptions of claim values and check results for the web pages."""

from __future__ import annotations

from typing import Any

QUALIFIERS = {
    "approximately": "about",
    "at_most": "at most",
    "at_least": "at least",
    "less_than": "less than",
    "more_than": "more than",
}
CHECK_STATUSES = {
    "consistent": "Consistent",
    "approximately": "Approximately right",
    "inconsistent": "Inconsistent",
    "cannot_check": "Cannot check",
}


def number(value: Any) -> str:
    """A figure with thousands separators and no needless decimals.

    >>> number(45000000.0), number(0.25), number(None)
    ('45,000,000', '0.25', '')
    """
    if value is None or isinstance(value, bool):
        return ""
    if not isinstance(value, int | float):
        return str(value)
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.4f}".rstrip("0").rstrip(".")


def describe_value(kind: str, value: dict[str, Any] | None) -> str:
    """One line saying what detection understood, e.g. "EUR 45,000,000".

    >>> describe_value("money", {"value": 45e6, "unit": "EUR"})
    'EUR 45,000,000'
    >>> describe_value("percent", {"low": 10, "high": 12, "unit": "percent"})
    '10–12 %'
    """
    if not isinstance(value, dict):
        return ""
    if kind == "quote":
        return f"Speaker: {value['speaker']}" if value.get("speaker") else ""
    if kind == "conversion":
        parts = [
            describe_value(str(p.get("kind", "")), p)
            for p in value.get("parts") or []
            if isinstance(p, dict)
        ]
        text = " ≈ ".join(p for p in parts if p)
        if value.get("rate"):
            text += f" (rate {number(value['rate'])})"
        return text
    if kind == "date" or (kind == "duration" and value.get("normalized")):
        return str(value.get("normalized") or "")
    if value.get("value") is not None:
        amount = number(value["value"])
    elif value.get("low") is not None or value.get("high") is not None:
        amount = f"{number(value.get('low'))}–{number(value.get('high'))}"
    else:
        return ""
    unit = str(value.get("unit") or "")
    if kind == "money":
        return f"{unit} {amount}".strip()
    if unit == "percent":
        return f"{amount} %"
    if unit == "percentage_point":
        return f"{amount} percentage points"
    return f"{amount} {unit}".strip()


def qualifier_label(value: dict[str, Any] | None) -> str:
    """ "at least", "about"...; empty for exact figures."""
    if not isinstance(value, dict):
        return ""
    return QUALIFIERS.get(str(value.get("qualifier") or ""), "")


def check_status_label(status: str) -> str:
    return CHECK_STATUSES.get(status, status.replace("_", " ").capitalize())


def worst_check(checks: list[dict[str, Any]] | None) -> str:
    """The most serious status among a claim's check results ("" when none)."""
    order = ["inconsistent", "approximately", "consistent", "cannot_check"]
    if not isinstance(checks, list):
        return ""
    statuses = {c.get("status") for c in checks if isinstance(c, dict)}
    return next((s for s in order if s in statuses), "")
