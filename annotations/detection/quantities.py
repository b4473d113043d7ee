"""Physical quantities read through pint: "5 km", "1,200 square kilometres", "40C".

``unit`` is pint's canonical name for the unit as written, written as an
English phrase of pint's unit names (``readable``): "kilometer", "square
kilometer", "barrel per day", "degree Celsius", "metric ton". Durations ("3 days") are left to
``durations.py``; dimensionless words ("5 points") are not quantities.
"""

from __future__ import annotations

import functools
import importlib
import re
from types import ModuleType

from .context import Context
from .figures import Figure, Shape, figures
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
def unit_words(language: str) -> ModuleType:
    return importlib.import_module(f"{__package__}.lang.{language}_quantities")


@functools.cache
def shape(language: str) -> Shape:
    lang = unit_words(language)
    powers = trie(lang.POWERS, fold=True)
    not_units = trie(lang.NOT_UNITS)
    rate = trie(lang.RATE_WORDS, fold=True)
    temps = trie(lang.TEMPERATURE_SCALES, fold=True)
    multi = trie(lang.MULTIWORD_UNITS, fold=True)
    tail = rf"(?:{rate})\s[A-Za-z]{{1,12}}|(?:{temps})"
    unit = (
        rf"(?:(?P<power>{powers})\s)?(?!{not_units}(?![^\W\d_]))"
        rf"(?P<base>{multi}(?![^\W\d_])|{UNIT_WORD})"
        rf"(?:\s(?P<tail>{tail})(?![^\W\d_]))?"
    )
    return Shape(after=re.compile(rf"(?:(?:[ \u00a0]|-)?(?P<unit>{unit}))?"))


@functools.lru_cache(maxsize=4096)
def unit_name(
    base: str, power: str | None = None, tail: str | None = None, language: str = "en"
) -> str | None:
    """Pint's name for a written unit, or None when it is no physical unit.

    >>> unit_name("kilometres", "square"), unit_name("degrees", tail="Celsius")
    ('square kilometer', 'degree Celsius')
    """
    lang = unit_words(language)
    if base in lang.NOT_UNITS:
        return None
    if len(base) == 1 and base not in lang.SINGLE_LETTER_UNITS and not tail:
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
    base: str, power: str | None, tail: str | None, lang: ModuleType
) -> str | None:
    scale = lang.TEMPERATURE_SCALES.get((tail or "").lower())
    if scale and base.lower() in lang.DEGREE_WORDS:
        return str(scale)
    if base[0] in "°º" and len(base) > 1:
        found: str | None = lang.TEMPERATURE_SCALES.get(base[1:].strip().lower())
        return found
    if tail and not scale:
        rest = _expression(tail.split()[-1], None, None, lang)
        head = _expression(base, power, None, lang)
        return f"({head}) / ({rest})" if head and rest else None
    exponent = lang.POWERS.get((power or "").lower(), 1)
    mark = POWER_MARK.search(base)
    if mark:
        exponent, base = (2 if mark.group() in "2²" else 3), base[: mark.start()]
    key = " ".join(base.lower().split())
    name = (
        lang.UNIT_ALIASES.get(base)
        or lang.MULTIWORD_UNITS.get(key)
        or lang.UNIT_ALIASES.get(key, base)
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


def _physical(unit: object, lang: ModuleType) -> bool:
    dimensionality = getattr(unit, "dimensionality", None)
    if dimensionality is None:
        return False
    if not dimensionality:
        return str(unit) in lang.DIMENSIONLESS_UNITS
    return str(dimensionality) != "[time]"


def claim_from(figure: Figure, text: str, language: str) -> Claim | None:
    after = figure.after
    if not after.group("unit"):
        return None
    end = figure.end
    name = unit_name(after.group("base"), after.group("power"), after.group("tail"))
    if name is None and after.group("tail"):
        # "5 km a day" may not parse as a rate; keep "5 km".
        name = unit_name(after.group("base"), after.group("power"))
        end -= after.end() - after.end("base")
    if name is None or _glued_letter(after, text):
        return None
    value = figure.value
    companion = _companion(text, end, name, language) if value is not None else None
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
def _companion_regex(language: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?:,?\s{{1,3}}and)?\s{{1,3}}(?P<n>{number_pattern(language)})"
        rf"[ \u00a0]?(?P<base>{UNIT_WORD})"
    )


def _companion(
    text: str, end: int, name: str, language: str
) -> tuple[float, int] | None:
    """ "5 feet 2 inches": the smaller unit's share of the larger, and its end."""
    smaller = unit_words(language).COMPOUNDS.get(name)
    match = _companion_regex(language).match(text, end) if smaller else None
    if match is None or unit_name(match.group("base"), language=language) != smaller:
        return None
    amount = parse_number(match.group("n"), language)
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

    >>> ctx = Context("The pipeline runs 1,200 km.", None, "en")
    >>> [(c.value, c.unit) for c in find(ctx)]
    [(1200.0, 'kilometer')]
    """
    claims = []
    for figure in figures(ctx.text, shape(ctx.language), ctx.language):
        claim = claim_from(figure, ctx.text, ctx.language)
        if claim is not None:
            claims.append(claim)
    return claims
