"""Unit conversion check ("5 miles (8 km)") with pint's unit definitions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pint

from ..context import Context
from ..quantities import pint_expression
from ..types import Claim, Kind
from ..units import registry
from .result import CheckResult, Status
from .tolerance import Verdict, compare, is_range, stated_qualifier
from .wording import Wording, wording

CHECK = "unit_conversion"
_MEASURES = frozenset({Kind.QUANTITY, Kind.DURATION})


def check_conversions(claims: list[Claim], ctx: Context) -> list[CheckResult]:
    """One result per conversion claim between two measured quantities.

    >>> from annotations.detection.types import Claim, Kind
    >>> miles = Claim(Kind.QUANTITY, 0, 7, "5 miles", value=5.0, unit="mile")
    >>> km = Claim(Kind.QUANTITY, 9, 13, "8 km", value=8.0, unit="kilometer")
    >>> pair = Claim(Kind.CONVERSION, 0, 14, "5 miles (8 km)", parts=(miles, km))
    >>> ctx = Context.create("", published=None, language="en")
    >>> check_conversions([pair], ctx)[0].status
    <Status.CONSISTENT: 'consistent'>
    """
    return [
        check_conversion(claim, ctx)
        for claim in claims
        if claim.kind is Kind.CONVERSION
        and len(claim.parts) == 2
        and all(part.kind in _MEASURES for part in claim.parts)
    ]


def check_conversion(claim: Claim, ctx: Context) -> CheckResult:
    """Convert the first part into the second part's unit and judge the second.

    The stated figure's rounding sets the tolerance ("8 km" covers 7.5-8.5 km);
    temperatures convert with their offsets and their margins are in degrees.
    """
    source, stated = claim.parts
    w = wording(ctx.lang)
    try:
        convert = _converter(source.unit, stated.unit, w)
        degrees = _is_temperature(stated.unit, w)
    except (pint.errors.PintError, TypeError, ValueError) as error:
        reason = w.say("cannot_convert_units", source=source.unit, target=stated.unit)
        return _cannot(claim, reason, error, w)
    qualifier = stated_qualifier(claim, stated)
    verdict = compare(source, stated, convert, qualifier=qualifier, degrees=degrees)
    if verdict is None:
        return _cannot(claim, w.say("missing_figure"), None, w)
    return CheckResult(
        check=CHECK,
        claims=((claim.start, claim.end), *((p.start, p.end) for p in claim.parts)),
        status=verdict.status,
        expected=round(verdict.expected, 4),
        stated=verdict.stated,
        deviation_percent=verdict.deviation_percent,
        explanation=_explain(verdict, claim, convert, degrees, w),
        evidence=_evidence(source, stated, degrees, w),
    )


class NoUnit(ValueError):
    """A conversion part without a unit."""


def pint_unit(name: str | None) -> Any:
    """The pint unit for a claim's unit name, pint's own ("degree_Celsius") or the
    detectors' readable form ("degree Celsius", "square kilometer").

    >>> str(pint_unit("degree Fahrenheit"))
    'degree_Fahrenheit'
    """
    if not name:
        raise NoUnit
    return registry().Unit(pint_expression(name))


def _unit(name: str | None, w: Wording) -> Any:
    """``pint_unit``, with the bundle's words for a part without a unit."""
    try:
        return pint_unit(name)
    except NoUnit:
        raise ValueError(w.say("no_unit")) from None


def _converter(
    source: str | None, target: str | None, w: Wording
) -> Callable[[float], float]:
    ureg = registry()
    source_unit, target_unit = _unit(source, w), _unit(target, w)
    # Raises DimensionalityError now rather than for each bound.
    ureg.Quantity(1.0, source_unit).to(target_unit)

    def convert(value: float) -> float:
        return float(ureg.Quantity(value, source_unit).to(target_unit).magnitude)

    return convert


def _is_temperature(unit: str | None, w: Wording) -> bool:
    return bool(_unit(unit, w).dimensionality == {"[temperature]": 1})


def symbol(unit: str | None) -> str:
    """Short symbol of a unit name ("kilometer" -> "km")."""
    try:
        return format(pint_unit(unit), "~P")
    except (pint.errors.PintError, ValueError):
        return unit or ""


def _figure(value: float, unit: str | None, w: Wording) -> str:
    return w.say("figure", number=w.plain(value), unit=symbol(unit))


def _explain(
    verdict: Verdict,
    claim: Claim,
    convert: Callable[[float], float],
    degrees: bool,
    w: Wording,
) -> str:
    source, stated = claim.parts
    converted = _converted(source, stated, verdict, convert, w)
    given = w.say("units_given", source=source.text.strip(), converted=converted)
    if verdict.status is Status.CONSISTENT:
        return w.say("units_consistent", given=given, stated=w.quoted(stated))
    difference = verdict.stated - verdict.expected
    if degrees or verdict.deviation_percent is None:
        direction = w.say("above" if difference > 0 else "below")
        size = w.say(
            "figure", number=w.number(abs(difference), ".1f"), unit=symbol(stated.unit)
        )
        gap = w.say("gap", size=size, direction=direction)
    else:
        gap = w.percent_gap(verdict.deviation_percent)
    closeness = (
        w.say("close_but_outside") if verdict.status is Status.APPROXIMATELY else ""
    )
    return w.say(
        "units_inconsistent",
        given=given,
        subject=w.subject(stated, verdict),
        gap=gap,
        closeness=closeness,
    )


def _converted(
    source: Claim,
    stated: Claim,
    verdict: Verdict,
    convert: Callable[[float], float],
    w: Wording,
) -> str:
    """The source in the stated unit: both bounds of a range, or the middle."""
    if is_range(source) and source.low is not None and source.high is not None:
        if is_range(stated):
            low, high = convert(source.low), convert(source.high)
            return w.say(
                "units_range", low=w.plain(low), high=_figure(high, stated.unit, w)
            )
        return w.say("in_the_middle", figure=_figure(verdict.expected, stated.unit, w))
    return _figure(verdict.expected, stated.unit, w)


def _evidence(source: Claim, stated: Claim, degrees: bool, w: Wording) -> str:
    ureg = registry()
    if degrees:
        origin = ureg.Quantity(0.0, pint_unit(source.unit))
        zero = origin.to(pint_unit(stated.unit)).magnitude
        return w.say(
            "units_offset",
            source=symbol(source.unit),
            zero=w.number(zero, ".4g"),
            target=symbol(stated.unit),
        )
    one = ureg.Quantity(1.0, pint_unit(source.unit))
    factor = one.to(pint_unit(stated.unit)).magnitude
    return w.say(
        "units_factor",
        source=symbol(source.unit),
        factor=w.number(factor, ".6g"),
        target=symbol(stated.unit),
    )


def _cannot(
    claim: Claim, reason: str, error: Exception | None, w: Wording
) -> CheckResult:
    evidence = w.say("units_source_error", error=error) if error else None
    return CheckResult(
        check=CHECK,
        claims=((claim.start, claim.end), *((p.start, p.end) for p in claim.parts)),
        status=Status.CANNOT_CHECK,
        expected=None,
        stated=None,
        deviation_percent=None,
        explanation=w.say("cannot_check_conversion", reason=reason),
        evidence=evidence or w.say("units_source"),
    )
