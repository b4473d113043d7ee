"""Money: amounts with scale words, ISO 4217 currencies, ranges and qualifiers.

"around $1.2 billion" -> value 1.2e9, unit "USD", qualifier approximately.
Ranges ("$5-7 million", "between 3 and 4 billion euros") carry ``low`` and
``high`` with ``value`` None. Currency names and plurals come from babel's
CLDR data and the news forms ("roubles", "greenbacks") of the language bundle
(``ctx.lang.money``).
"""

from __future__ import annotations

import functools
import re

from babel.numbers import list_currencies

from .context import Context
from .figures import Figure, Shape, figures
from .lang import Language
from .lang.cldr import comma_decimal_currencies
from .numbers import number_pattern, parse_number
from .text.lookback import Lookback
from .text.regexes import trie
from .types import Claim, Kind

__all__ = ["dollar_symbols", "find"]


#: "31.500" and "1.250.000": dots that group thousands in comma-decimal prices.
DOT_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")


@functools.cache
def dollar_symbols(lang: Language) -> dict[str, str]:
    """Lower-cased "$" symbols without spaces ("c$", "hk$"): read in any case."""
    return {
        symbol.lower(): code
        for symbol, code in lang.money.symbols.items()
        if symbol.endswith("$")
    }


def alternation(options: list[str], fold: bool = False) -> str:
    return trie(options, fold=fold)


def before_options(lang: Language) -> list[str]:
    """Every way to write a currency before an amount: "$", "US$", "c $", "EUR"."""
    words = lang.money
    codes = [c for c in list_currencies() if c not in words.code_words]
    codes += [c.lower() for c in words.any_case_codes]
    prefixes = [s[:-1] for s in dollar_symbols(lang) if len(s) > 1] + codes
    # "c $ 1.34" is Canadian, but "a $5 fee" is no Australian money: a space
    # may split only prefixes of two letters or more.
    dollars = [f"{p}{g}$" for p in prefixes for g in ("", " ") if not g or len(p) > 1]
    dollars += [d.upper() for d in dollars]
    return [*words.symbols, *dollars, *codes, *millions(lang)]


def after_pattern(lang: Language) -> str:
    """Regex source for a currency after an amount: "rubles", "€", "USD"."""
    words = lang.money
    codes = alternation([c for c in list_currencies() if c not in words.code_words])
    lower_codes = alternation([c.lower() for c in words.any_case_codes])
    code = rf"(?:{codes}|{lower_codes})"
    symbols = words.symbols
    dollars = [s[:-1] for s in dollar_symbols(lang) if len(s) > 1]
    dollars += [d.upper() for d in dollars]
    dollar = rf"(?<![^\W\d_]){alternation(dollars, fold=True)}\s?\$"
    plain = alternation([s for s in symbols if not s.endswith("$")])
    names = alternation([*words.names, *words.minor_units, *millions(lang)], fold=True)
    return (
        rf"(?:{names}(?![^\W\d_])|(?:{code}|{dollar}|\$|{plain})"
        rf"(?![^\W\d_])(?!\s?\d))"
    )


@functools.cache
def shape(lang: Language) -> Shape:
    """Currency before ("$", "US$", "EUR ") or after ("rubles", "€") the amount."""
    after = after_pattern(lang)
    scales = lang.money.suffix_scales
    suffix = alternation([*scales, *(s.upper() for s in scales)])
    return Shape(
        before=Lookback(before_options(lang), spaces=1),
        after=re.compile(
            rf"(?:(?P<scale>{suffix})(?![^\W\d_]))?(?:[ \u00a0-]?(?P<unit>{after}))?"
        ),
        scales=tuple(scales.items()),
        glued=True,
    )


def currency_of(figure: Figure, lang: Language) -> tuple[str, float] | None:
    """(ISO code, factor to the major unit) from the symbol, code or name."""
    words = lang.money
    before = figure.before.text if figure.before else None
    for raw in (before, figure.after.group("unit")):
        if not raw:
            continue
        key = " ".join(raw.split())
        minor = words.minor_units.get(key.lower()) or millions(lang).get(key.upper())
        if minor is not None:
            return str(minor[0]), float(minor[1])
        code = (
            words.symbols.get(key)
            or words.names.get(key.lower())
            or dollar_symbols(lang).get("".join(key.split()).lower())
        )
        return code or key.rstrip("$ ").upper(), 1.0
    return None


@functools.cache
def millions(lang: Language) -> dict[str, tuple[str, float]]:
    """Finance shorthand for millions: "MUSD", "MEUR" -> (code, 1e6)."""
    return {f"M{code}": (code, 1e6) for code in lang.money.any_case_codes}


@functools.cache
def _cents_regex(lang: Language) -> re.Pattern[str]:
    minor = alternation(list(lang.money.minor_units), fold=True)
    conj = trie(lang.numbers.conjunctions, spaces=False)
    return re.compile(
        rf"(?:,?\s{{1,3}}{conj})?\s{{1,3}}(?P<n>{number_pattern(lang)})"
        rf"(?:\s{{1,3}}(?P<minor>{minor})(?![^\W\d_])|(?=\s*(?:[.,;:!?)]|$)))"
    )


def with_cents(figure: Figure, ctx: Context, code: str) -> tuple[float, int] | None:
    """ "13 dollars and 45 cents": (0.45, end) to add to a whole amount."""
    if figure.value is None or figure.before or not figure.after.group("unit"):
        return None
    lang = ctx.lang
    match = _cents_regex(lang).match(ctx.text, figure.end)
    value = parse_number(match.group("n"), lang) if match else None
    if match is None or value is None or not 0 < value < 100:
        return None
    if match.group("minor"):
        unit = lang.money.minor_units[match.group("minor").lower()]
        if unit[0] != code:
            return None
    return value / 100, match.end()


def is_ambiguous(figure: Figure, lang: Language) -> bool:
    """A bare "pounds" after a small number is more likely weight than money."""
    name = figure.after.group("unit")
    if figure.before or not name:
        return False
    if " ".join(name.lower().split()) not in lang.money.ambiguous_names:
        return False
    return max(figure.value or 0.0, figure.high or 0.0) < 1e5


def claim_from(figure: Figure, ctx: Context) -> Claim | None:
    currency = currency_of(figure, ctx.lang)
    if currency is None or is_ambiguous(figure, ctx.lang):
        return None
    code, factor = currency
    text = ctx.text

    def scaled(value: float | None) -> float | None:
        return None if value is None else value * factor

    value, end = scaled(figure.value), figure.end
    if code in comma_decimal_currencies() and DOT_GROUPED.fullmatch(figure.first.text):
        value = scaled(float(figure.first.text.replace(".", "")))
    cents = with_cents(figure, ctx, code) if factor == 1 else None
    if cents is not None and value is not None:
        value, end = value + cents[0], cents[1]
    return Claim(
        Kind.MONEY,
        figure.start,
        end,
        text[figure.start : end],
        value=value,
        unit=code,
        low=scaled(figure.low),
        high=scaled(figure.high),
        qualifier=figure.qualifier,
    )


def find(ctx: Context) -> list[Claim]:
    """Money claims in the text.

    >>> ctx = Context.create("It cost 70 billion rubles.", published=None, language="en")
    >>> [(c.value, c.unit) for c in find(ctx)]
    [(70000000000.0, 'RUB')]
    """
    claims = []
    for figure in figures(ctx, shape(ctx.lang)):
        claim = claim_from(figure, ctx)
        if claim is not None:
            claims.append(claim)
    return claims
