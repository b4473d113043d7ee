"""Tolerance rules shared by the checks: a stated figure's rounding and the verdict.

A stated figure stands for an interval: the value give or take half a unit of
its last significant digit ("8 km" is 7.5-8.5 km, "$1.2 billion" is
1.15-1.25 billion). The qualifier widens or opens that interval, and a small
margin beyond it separates "approximately" from "inconsistent".
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from ..types import Claim, Kind, Qualifier
from .result import SEVERITY, Status

#: "about", "around", "nearly": the stated figure may be off by this share of
#: itself (or by its rounding, if that is wider) and still be consistent.
APPROXIMATE_SHARE = 0.05
#: Beyond the consistent interval, a gap up to this share of the expected value
#: is reported as "approximately" rather than "inconsistent".
MARGIN_SHARE = 0.02
#: The rounding allowance never exceeds this share of the stated figure.
MAX_ROUNDING_SHARE = 0.10
#: For temperatures shares of a zero-point scale mean nothing: degrees instead.
APPROXIMATE_DEGREES = 1.0
MARGIN_DEGREES = 1.0

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+")
_LOWER_BOUNDS = frozenset({Qualifier.AT_LEAST, Qualifier.MORE_THAN})
_UPPER_BOUNDS = frozenset({Qualifier.AT_MOST, Qualifier.LESS_THAN})


@dataclass(frozen=True, slots=True)
class Verdict:
    """How a stated figure compares with the value it should have."""

    status: Status
    expected: float
    stated: float
    deviation_percent: float | None


def half_step(text: str | None, value: float) -> float:
    """Half a unit of the last significant digit of ``value`` as written in ``text``.

    An integer keeps at least two significant digits, so a trailing zero is
    rounding only beyond them ("620" means 615-625, "100" means 95-105, "70"
    means 69.5-70.5); decimals count every written digit.

    >>> half_step("$1.2 billion", 1.2e9)
    50000000.0
    >>> half_step("8 km", 8.0)
    0.5
    """
    for token in _NUMBER.findall(text or ""):
        number = float(token.replace(",", ""))
        if number and _is_power_of_ten(value / number):
            return _token_half_step(token) * (value / number)
    return _token_half_step(format(Decimal(repr(abs(value))).normalize(), "f"))


def _is_power_of_ten(scale: float) -> bool:
    if scale <= 0:
        return False
    exponent = math.log10(scale)
    return abs(exponent - round(exponent)) < 1e-9


def _token_half_step(token: str) -> float:
    token = token.replace(",", "")
    if "." in token:
        return 0.5 * 10.0 ** -len(token.split(".", 1)[1])
    digits = token.lstrip("0") or "0"
    trailing_zeros = len(digits) - len(digits.rstrip("0"))
    place = max(0, min(trailing_zeros, len(digits) - 2))
    return 0.5 * 10.0**place


def bounds(claim: Claim) -> tuple[float, float] | None:
    """(low, high) of a figure: its range, or its value twice."""
    if claim.low is not None and claim.high is not None:
        return claim.low, claim.high
    if claim.value is not None:
        return claim.value, claim.value
    return None


def is_range(claim: Claim) -> bool:
    return claim.low is not None and claim.high is not None and claim.value is None


def judge(
    stated: tuple[float, float],
    expected: float,
    *,
    text: str | None,
    qualifier: Qualifier,
    degrees: bool = False,
) -> Verdict:
    """Compare ``expected`` with the stated (low, high) interval.

    Consistent when ``expected`` lies in the stated interval widened by its
    rounding (at most 10 % of the figure, except for temperatures) or, for
    "about", by 5 % of the stated value (1 degree) if that is wider. "More
    than"/"at least" and "less than"/"at most" make the figure a bound, with
    no rounding, and leave the other side open.
    Approximately when it lies within a further 2 % of ``expected`` (or 1
    degree); inconsistent beyond that.

    >>> judge((8.0, 8.0), 8.05, text="8 km", qualifier=Qualifier.EXACT).status
    <Status.CONSISTENT: 'consistent'>
    """
    low, high = _interval(stated, text=text, qualifier=qualifier, degrees=degrees)
    gap = max(low - expected, expected - high, 0.0)
    margin = MARGIN_DEGREES if degrees else MARGIN_SHARE * abs(expected)
    slack = 1e-9 * max(1.0, abs(expected))
    if gap <= slack:
        status = Status.CONSISTENT
    elif gap <= margin + slack:
        status = Status.APPROXIMATELY
    else:
        status = Status.INCONSISTENT
    point = _nearest_stated(stated, expected, qualifier)
    return Verdict(status, expected, point, _deviation(point, expected, degrees))


def _interval(
    stated: tuple[float, float],
    *,
    text: str | None,
    qualifier: Qualifier,
    degrees: bool,
) -> tuple[float, float]:
    low, high = stated
    if qualifier in _LOWER_BOUNDS:  # "more than 1 billion": from the bound up
        return low, math.inf
    if qualifier in _UPPER_BOUNDS:
        return -math.inf, high
    low_half = _rounding(text, low, degrees)
    high_half = _rounding(text, high, degrees)
    if qualifier is Qualifier.APPROXIMATELY:
        low_half = max(low_half, _approximate_allowance(low, degrees))
        high_half = max(high_half, _approximate_allowance(high, degrees))
    return low - low_half, high + high_half


def _rounding(text: str | None, value: float, degrees: bool) -> float:
    # One-digit figures would otherwise stand for +/-50 % ("$1 billion").
    half = half_step(text, value)
    return half if degrees else min(half, MAX_ROUNDING_SHARE * abs(value))


def _approximate_allowance(value: float, degrees: bool) -> float:
    return APPROXIMATE_DEGREES if degrees else APPROXIMATE_SHARE * abs(value)


def _nearest_stated(
    stated: tuple[float, float], expected: float, qualifier: Qualifier
) -> float:
    """The stated value closest to ``expected``, open sides included."""
    low = -math.inf if qualifier in _UPPER_BOUNDS else stated[0]
    high = math.inf if qualifier in _LOWER_BOUNDS else stated[1]
    return min(max(expected, low), high)


def _deviation(stated: float, expected: float, degrees: bool) -> float | None:
    if degrees or expected == 0:
        return None
    return round((stated - expected) / abs(expected) * 100, 1)


def compare(
    source: Claim,
    stated: Claim,
    convert: Callable[[float], float],
    *,
    qualifier: Qualifier,
    degrees: bool = False,
) -> Verdict | None:
    """Judge ``stated`` against ``source`` run through ``convert``.

    Two ranges are compared bound by bound (the worse verdict wins); a source
    range against a single figure uses the range's midpoint; a single source
    figure against a stated range must fall inside it.
    """
    source_bounds, stated_bounds = bounds(source), bounds(stated)
    if source_bounds is None or stated_bounds is None:
        return None
    if is_range(source) and is_range(stated):
        pairs = [
            (source_bounds[0], stated_bounds[0]),
            (source_bounds[1], stated_bounds[1]),
        ]
        verdicts = [
            judge(
                (s, s),
                convert(v),
                text=stated.text,
                qualifier=qualifier,
                degrees=degrees,
            )
            for v, s in pairs
        ]
        return max(verdicts, key=_badness)
    source_value = sum(source_bounds) / 2
    return judge(
        stated_bounds,
        convert(source_value),
        text=stated.text,
        qualifier=qualifier,
        degrees=degrees,
    )


def _badness(verdict: Verdict) -> tuple[int, float]:
    return SEVERITY.index(verdict.status), abs(verdict.deviation_percent or 0.0)


def stated_qualifier(conversion: Claim, stated: Claim) -> Qualifier:
    """The stated figure's own qualifier, else the conversion's."""
    if stated.qualifier is not Qualifier.EXACT:
        return stated.qualifier
    return conversion.qualifier


#: Counts below this are read as exact ("120 delegates", "40 members"); larger
#: round counts ("12,000 troops") keep the usual rounding.
EXACT_COUNT_LIMIT = 1000


def figure_half_step(claim: Claim, value: float) -> float:
    """``half_step`` for a figure, treating small unqualified counts as exact."""
    if (
        claim.kind is Kind.COUNT
        and claim.qualifier is Qualifier.EXACT
        and abs(value) < EXACT_COUNT_LIMIT
        and value == int(value)
    ):
        return 0.0
    return half_step(claim.text, value)
