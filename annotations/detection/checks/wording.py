"""Shared wording for check explanations: quoting the article, numbers, gaps."""

from __future__ import annotations

from ..types import Claim
from .tolerance import Verdict, is_range


def quoted(claim: Claim) -> str:
    """The claim's own words in quotation marks: “around $1.2 billion”."""
    return f"“{claim.text.strip()}”"


def subject(stated: Claim, verdict: Verdict) -> str:
    """What a deviation is about: the stated figure, or the bound of its range.

    >>> from annotations.detection.types import Claim, Kind
    >>> from annotations.detection.checks.result import Status
    >>> km = Claim(Kind.QUANTITY, 0, 8, "16-22 km", low=16.0, high=22.0)
    >>> subject(km, Verdict(Status.INCONSISTENT, 19.3, 22.0, 13.9))
    'the upper bound of “16-22 km”'
    """
    if not is_range(stated):
        return quoted(stated)
    side = "upper" if verdict.stated == stated.high else "lower"
    return f"the {side} bound of {quoted(stated)}"


def percent_gap(deviation: float | None) -> str:
    """A signed deviation as words: "11.5 % below", "less than 0.1 % above".

    >>> percent_gap(-11.5)
    '11.5 % below'
    """
    if deviation is None:
        return "different from"
    direction = "below" if deviation < 0 else "above"
    size = f"{abs(deviation):.1f} %" if abs(deviation) >= 0.1 else "less than 0.1 %"
    return f"{size} {direction}"


def number(value: float) -> str:
    """A plain number: four significant digits, thousands grouped, no exponent.

    >>> number(68343.0), number(8.04672)
    ('68,343', '8.047')
    """
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    return f"{value:,.4g}"
