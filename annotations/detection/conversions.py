"""Conversions: a figure followed by its equivalent, with the implied rate.

"70 billion rubles (around $1.2 billion)" -> a ``conversion`` claim spanning
both money claims, ``parts`` = (rubles, dollars), ``rate`` = 58.33 and
``unit`` = "RUB/USD" (units of the first per one of the second). Quantities
of one dimension link the same way ("5 miles (8 km)": 0.625 "mile/kilometer");
for them ``extra`` carries ``unit_factor``, pint's exact factor, when the
units have no offset (temperatures have one). Only money in two currencies
and quantities in two units are linked.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence

from .context import Context
from .lang import Language
from .quantities import pint_expression
from .text.regexes import trie
from .types import Claim, Kind
from .units import registry

__all__ = ["find"]

#: Most characters allowed between the two figures.
MAX_GAP = 30


@functools.cache
def gap_regex(lang: Language) -> re.Pattern[str]:
    connectors = trie(lang.conversions.connectors, fold=True)
    return re.compile(
        rf"\s{{0,3}}(?:(?P<open>[(\[])\s{{0,2}}(?:{connectors}\s{{1,3}})?"
        rf"|[,;]?\s{{0,3}}(?:{connectors})\s{{1,3}}|\s{{0,2}}[/–—]\s{{0,2}})"
    )


def midpoint(claim: Claim) -> float | None:
    if claim.value is not None:
        return claim.value
    if claim.low is not None and claim.high is not None:
        return (claim.low + claim.high) / 2
    return None


def pair_unit(first: Claim, second: Claim) -> tuple[str, float | None] | None:
    """("RUB/USD", None) or ("mile/kilometer", factor) when the pair converts."""
    if first.kind != second.kind or not first.unit or not second.unit:
        return None
    if first.unit == second.unit:
        return None
    if first.kind == Kind.MONEY:
        return f"{first.unit}/{second.unit}", None
    if first.kind != Kind.QUANTITY:
        return None
    return _quantity_pair(first.unit, second.unit)


@functools.lru_cache(maxsize=1024)
def _quantity_pair(first: str, second: str) -> tuple[str, float | None] | None:
    ureg = registry()
    try:
        a, b = ureg.Unit(pint_expression(first)), ureg.Unit(pint_expression(second))
    except Exception:  # pint raises many kinds
        return None
    if a.dimensionality != b.dimensionality:
        return None
    one = float(ureg.Quantity(1.0, b).to(a).magnitude)
    two = float(ureg.Quantity(2.0, b).to(a).magnitude)
    # Temperatures have an offset: no single factor converts them.
    factor = one if abs(two - 2 * one) <= 1e-9 * abs(two) else None
    return f"{first}/{second}", factor


def link(ctx: Context, first: Claim, second: Claim) -> Claim | None:
    if second.start - first.end > MAX_GAP:
        return None
    text = ctx.text
    gap = gap_regex(ctx.lang).fullmatch(text, first.end, second.start)
    paired = pair_unit(first, second)
    if gap is None or paired is None:
        return None
    a, b = midpoint(first), midpoint(second)
    if a is None or not b:
        return None
    end = second.end
    if gap.group("open"):
        close = re.compile(r"\s{0,2}[)\]]").match(text, end)
        end = close.end() if close else end
    unit, factor = paired
    extra = (("unit_factor", factor),) if factor is not None else ()
    return Claim(
        Kind.CONVERSION,
        first.start,
        end,
        text[first.start : end],
        unit=unit,
        parts=(first, second),
        rate=a / b,
        qualifier=second.qualifier,
        extra=extra,
    )


def find(ctx: Context, figures: Sequence[Claim]) -> list[Claim]:
    """Conversion claims linking neighbouring figures.

    >>> from annotations.detection import detect
    >>> text = "Russia pledged 70 billion rubles (around $1.2 billion)."
    >>> [(c.unit, round(c.rate, 2)) for c in detect(text) if c.kind == "conversion"]
    [('RUB/USD', 58.33)]
    """
    ordered = sorted(figures, key=lambda c: c.start)
    claims = []
    for first, second in itertools.pairwise(ordered):
        claim = link(ctx, first, second)
        if claim is not None:
            claims.append(claim)
    return claims
