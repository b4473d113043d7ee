"""Physical quantities read through pint: "5 km", "1,200 square kilometres", "40C".

``unit`` is pint's canonical name for the unit as written, written as an
English phrase of pint's unit names (``readable``): "kilometer", "square
kilometer", "barrel per day", "degree Celsius", "metric ton". Durations ("3 days") are left to
``durations.py``; dimensionless words ("5 points") are not quantities.
"""

from __future__ import annotations

import functools
import re

from .context import Context
from .figures import Figure, Shape, figures
from .lang import Language
from .lang.schema import Quantities
from .numbers import number_pattern, parse_number
from .text.regexes import trie
from .types import Claim, Kind
from .units import registry

__all__ = ["find", "unit_name"]

UNIT_WORD = (
    r"(?:[°º]\s?[CFK](?![^\W\d_])|[°º]"
    r"|[A-Za-zµμ][A-Za-z]{0,19}(?:/[A-Za-z]{1,6})?[²³23]?(?!\w))"
)
POWER_MARK = re.compile(r"(?<=[A-Za-z])[²³23]$")


@functools.cache
def shape(bundle: Language) -> Shape:
    lang = bundle.quantities
    powers = trie(lang.powers, fold=True)
    not_units = trie(lang.not_units)
    rate = trie(lang.rate_words, fold=True)
    temps = trie(lang.temperature_scales, fold=True)
    multi = trie(lang.multiword_units, fold=True)
    tail = rf"(?:{rate})\s[A-Za-z]{{1,12}}|(?:{temps})"
    unit = (
        rf"(?:(?P<power>{powers})\s)?(?!{not_units}(?![^\W\d_]))"
        rf"(?P<base>{multi}(?![^\W\d_])|{UNIT_WORD})"
        rf"(?:\s(?P<tail>{tail})(?![^\W\d_]))?"
    )
    return Shape(after=re.compile(rf"(?:(?:[ \u00a0]|-)?(?P<unit>{unit}))?"))


@functools.lru_cache(maxsize=4096)
def unit_name(
    bundle: Language, base: str, power: str | None = None, tail: str | None = None
) -> str | None:
    """Pint's name for a written unit, or None when it is no physical unit.

    >>> from annotations.detection.lang import load
    >>> en = load("en")
    >>> unit_name(en, "kilometres", "square"), unit_name(en, "degrees", tail="Celsius")
    ('square kilometer', 'degree Celsius')
    """
    lang = bundle.quantities
    if base in lang.not_units:
        return None
    if len(base) == 1 and base not in lang.single_letter_units and not tail:
        return None
    expression = _expression(base, power, tail, lang)
    if expression is None:
        return None
    unit = _parse(expression)
    if unit is None or not _physical(unit, lang):
        return None
    return readable(unit)


def readable(unit: object) -> str:
    """Pint's canonical names as an English phrase: "square kilometer",
    "barrel per day", "degree Celsius" (pint reads these back, see
    ``pint_expression``)."""
    above: list[str] = []
    below: list[str] = []
    for name, exponent in getattr(unit, "_units", {}).items():
        words = str(name).replace("_", " ")
        power = {2: "square ", 3: "cubic "}.get(abs(int(exponent)), "")
        (above if exponent > 0 else below).append(power + words)
    return " per ".join([" ".join(above) or "1", *below])


def pint_expression(name: str) -> str:
    """Back from ``readable`` to a pint expression: "square kilometer per day"
    -> "(kilometer)**2 / (day)"."""
    parts = []
    for part in name.split(" per "):
        words = part.split()
        power = {"square": 2, "cubic": 3}.get(words[0], 1) if words else 1
        base = "_".join(words[1:] if power > 1 else words)
        parts.append(f"({base})**{power}")
    return " / ".join(parts)


def _expression(
    base: str, power: str | None, tail: str | None, lang: Quantities
) -> str | None:
    scale = lang.temperature_scales.get((tail or "").lower())
    if scale and base.lower() in lang.degree_words:
        return str(scale)
    if base[0] in "°º" and len(base) > 1:
        found: str | None = lang.temperature_scales.get(base[1:].strip().lower())
        return found
    if tail and not scale:
        rest = _expression(tail.split()[-1], None, None, lang)
        head = _expression(base, power, None, lang)
        return f"({head}) / ({rest})" if head and rest else None
    exponent = lang.powers.get((power or "").lower(), 1)
    mark = POWER_MARK.search(base)
    if mark:
        exponent, base = (2 if mark.group() in "2²" else 3), base[: mark.start()]
    key = " ".join(base.lower().split())
    name = (
        lang.unit_aliases.get(base)
        or lang.multiword_units.get(key)
        or lang.unit_aliases.get(key, base)
    )
    return f"({name}) ** {exponent}" if exponent > 1 else name


def _parse(expression: str) -> object | None:
    ureg = registry()
    for attempt in (expression, expression.lower()):
        try:
            return ureg.parse_units(attempt)
        except Exception:  # noqa: S112 - pint raises many kinds
            continue
    return None


def _physical(unit: object, lang: Quantities) -> bool:
    dimensionality = getattr(unit, "dimensionality", None)
    if dimensionality is None:
        return False
    if not dimensionality:
        return str(unit) in lang.dimensionless_units
    return str(dimensionality) != "[time]"


def claim_from(figure: Figure, ctx: Context) -> Claim | None:
    after, text, lang = figure.after, ctx.text, ctx.lang
    if not after.group("unit"):
        return None
    end = figure.end
    name = unit_name(
        lang, after.group("base"), after.group("power"), after.group("tail")
    )
    if name is None and after.group("tail"):
        # "5 km a day" may not parse as a rate; keep "5 km".
        name = unit_name(lang, after.group("base"), after.group("power"))
        end -= after.end() - after.end("base")
    if name is None or _glued_letter(after, text):
        return None
    value = figure.value
    companion = _companion(ctx, end, name) if value is not None else None
    if companion is not None and value is not None:
        value, end = value + companion[0], companion[1]
    return Claim(
        Kind.QUANTITY,
        figure.start,
        end,
        text[figure.start : end],
        value=value,
        unit=name,
        low=figure.low,
        high=figure.high,
        qualifier=figure.qualifier,
    )


@functools.cache
def _companion_regex(lang: Language) -> re.Pattern[str]:
    conj = trie(lang.numbers.conjunctions, spaces=False)
    return re.compile(
        rf"(?:,?\s{{1,3}}{conj})?\s{{1,3}}(?P<n>{number_pattern(lang)})"
        rf"[ \u00a0]?(?P<base>{UNIT_WORD})"
    )


def _companion(ctx: Context, end: int, name: str) -> tuple[float, int] | None:
    """ "5 feet 2 inches": the smaller unit's share of the larger, and its end."""
    lang = ctx.lang
    smaller = lang.quantities.compounds.get(name)
    match = _companion_regex(lang).match(ctx.text, end) if smaller else None
    if match is None or unit_name(lang, match.group("base")) != smaller:
        return None
    amount = parse_number(match.group("n"), lang)
    if amount is None:
        return None
    ureg = registry()
    share = ureg.Quantity(amount, smaller).to(name).magnitude
    return float(share), match.end()


def _glued_letter(after: re.Match[str], text: str) -> bool:
    # "F-Series", "14.7C/" and "13F" are names, not temperatures.
    base = after.group("base")
    following = text[after.end("base") : after.end("base") + 1]
    return len(base) == 1 and following != "" and following in "-/"


def find(ctx: Context) -> list[Claim]:
    """Quantity claims in the text.

    >>> ctx = Context.create("The pipeline runs 1,200 km.", published=None, language="en")
    >>> [(c.value, c.unit) for c in find(ctx)]
    [(1200.0, 'kilometer')]
    """
    claims = []
    for figure in figures(ctx, shape(ctx.lang)):
        claim = claim_from(figure, ctx)
        if claim is not None:
            claims.append(claim)
    return claims
