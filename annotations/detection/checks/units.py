"""Unit conversion check ("5 miles (8 km)") with pint's unit definitions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pint

from ..quantities import pint_expression
from ..types import Claim, Kind
from ..units import registry
from .result import CheckResult, Status
from .tolerance import Verdict, compare, is_range, stated_qualifier
from .wording import number, percent_gap, quoted, subject

CHECK = "unit_conversion"
_MEASURES = frozenset({Kind.QUANTITY, Kind.DURATION})


def check_conversions(claims: list[Claim]) -> list[CheckResult]:
    """One result per conversion claim between two measured quantities.

    >>> from annotations.detection.types import Claim, Kind
    >>> miles = Claim(Kind.QUANTITY, 0, 7, "5 miles", value=5.0, unit="mile")
    >>> km = Claim(Kind.QUANTITY, 9, 13, "8 km", value=8.0, unit="kilometer")
    >>> pair = Claim(Kind.CONVERSION, 0, 14, "5 miles (8 km)", parts=(miles, km))
    >>> check_conversions([pair])[0].status
    <Status.CONSISTENT: 'consistent'>
    """
    return [
        check_conversion(claim)
        for claim in claims
        if claim.kind is Kind.CONVERSION
        and len(claim.parts) == 2
        and all(part.kind in _MEASURES for part in claim.parts)
    ]


def check_conversion(claim: Claim) -> CheckResult:
    """Convert the first part into the second part's unit and judge the second.

    The stated figure's rounding sets the tolerance ("8 km" covers 7.5-8.5 km);
    temperatures convert with their offsets and their margins are in degrees.
    """
    source, stated = claim.parts
    try:
        convert = _converter(source.unit, stated.unit)
        degrees = _is_temperature(stated.unit)
    except (pint.errors.PintError, TypeError, ValueError) as error:
        return _cannot(
            claim, f"pint cannot convert {source.unit} to {stated.unit}", error
        )
    qualifier = stated_qualifier(claim, stated)
    verdict = compare(source, stated, convert, qualifier=qualifier, degrees=degrees)
    if verdict is None:
        return _cannot(claim, "the conversion lacks a figure on one side", None)
    return CheckResult(
        check=CHECK,
        claims=((claim.start, claim.end), *((p.start, p.end) for p in claim.parts)),
        status=verdict.status,
        expected=round(verdict.expected, 4),
        stated=verdict.stated,
        deviation_percent=verdict.deviation_percent,
        explanation=_explain(verdict, claim, convert, degrees),
        evidence=_evidence(source, stated, degrees),
    )


def pint_unit(name: str | None) -> Any:
    """The pint unit for a claim's unit name, pint's own ("degree_Celsius") or the
    detectors' readable form ("degree Celsius", "square kilometer").

    >>> str(pint_unit("degree Fahrenheit"))
    'degree_Fahrenheit'
    """
    if not name:
        raise ValueError("a part has no unit")
    return registry().Unit(pint_expression(name))


def _converter(source: str | None, target: str | None) -> Callable[[float], float]:
    ureg = registry()
    source_unit, target_unit = pint_unit(source), pint_unit(target)
    # Raises DimensionalityError now rather than for each bound.
    ureg.Quantity(1.0, source_unit).to(target_unit)

    def convert(value: float) -> float:
        return float(ureg.Quantity(value, source_unit).to(target_unit).magnitude)

    return convert


def _is_temperature(unit: str | None) -> bool:
    return bool(pint_unit(unit).dimensionality == {"[temperature]": 1})


def symbol(unit: str | None) -> str:
    """Short symbol of a unit name ("kilometer" -> "km")."""
    try:
        return format(pint_unit(unit), "~P")
    except (pint.errors.PintError, ValueError):
        return unit or ""


def _figure(value: float, unit: str | None) -> str:
    return f"{number(value)} {symbol(unit)}"


def _explain(
    verdict: Verdict,
    claim: Claim,
    convert: Callable[[float], float],
    degrees: bool,
) -> str:
    source, stated = claim.parts
    given = f"{source.text.strip()} is {_converted(source, stated, verdict, convert)}"
    if verdict.status is Status.CONSISTENT:
        return f"{given}, in line with {quoted(stated)}."
    difference = verdict.stated - verdict.expected
    if degrees or verdict.deviation_percent is None:
        direction = "above" if difference > 0 else "below"
        gap = f"{abs(difference):.1f} {symbol(stated.unit)} {direction}"
    else:
        gap = percent_gap(verdict.deviation_percent)
    closeness = (
        ", close but outside its rounding"
        if verdict.status is Status.APPROXIMATELY
        else ""
    )
    return f"{given}, so {subject(stated, verdict)} is {gap} it{closeness}."


def _converted(
    source: Claim, stated: Claim, verdict: Verdict, convert: Callable[[float], float]
) -> str:
    """The source in the stated unit: both bounds of a range, or the middle."""
    if is_range(source) and source.low is not None and source.high is not None:
        if is_range(stated):
            low, high = convert(source.low), convert(source.high)
            return f"{number(low)}-{_figure(high, stated.unit)}"
        return f"{_figure(verdict.expected, stated.unit)} in the middle"
    return _figure(verdict.expected, stated.unit)


def _evidence(source: Claim, stated: Claim, degrees: bool) -> str:
    ureg = registry()
    if degrees:
        origin = ureg.Quantity(0.0, pint_unit(source.unit))
        zero = origin.to(pint_unit(stated.unit)).magnitude
        return f"pint unit definitions: 0 {symbol(source.unit)} = {zero:.4g} " + (
            f"{symbol(stated.unit)} (offset scales)"
        )
    one = ureg.Quantity(1.0, pint_unit(source.unit))
    factor = one.to(pint_unit(stated.unit)).magnitude
    return f"pint unit definitions: 1 {symbol(source.unit)} = {factor:.6g} " + (
        symbol(stated.unit)
    )


def _cannot(claim: Claim, reason: str, error: Exception | None) -> CheckResult:
    detail = f" ({error})" if error else ""
    return CheckResult(
        check=CHECK,
        claims=((claim.start, claim.end), *((p.start, p.end) for p in claim.parts)),
        status=Status.CANNOT_CHECK,
        expected=None,
        stated=None,
        deviation_percent=None,
        explanation=f"This conversion cannot be checked: {reason}.",
        evidence=f"pint unit definitions{detail}",
    )
