"""Money: amounts with scale words, ISO 4217 currencies, ranges and qualifiers.

"around $1.2 billion" -> value 1.2e9, unit "USD", qualifier approximately.
Ranges ("$5-7 million", "between 3 and 4 billion euros") carry ``low`` and
``high`` with ``value`` None. Currency names and plurals come from babel's
CLDR data; news aliases ("bn", "roubles", "greenbacks") from ``lang/en_money``.
"""

from __future__ import annotations

import functools
import importlib
import json
import re
from pathlib import Path
from types import ModuleType
from typing import Any

from babel import Locale
from babel.numbers import list_currencies

from .context import Context
from .figures import Figure, Shape, figures
from .numbers import number_pattern, parse_number
from .text.lookback import Lookback
from .text.regexes import trie
from .types import Claim, Kind

__all__ = ["currency_names", "currency_symbols", "find"]


@functools.cache
def money_words(language: str) -> ModuleType:
    return importlib.import_module(f"{__package__}.lang.{language}_money")


@functools.cache
def currency_names(language: str = "en") -> dict[str, str]:
    """Lower-case currency name or plural -> ISO code, from CLDR plus aliases.

    >>> currency_names()["finnish markkas"], currency_names()["roubles"]
    ('FIM', 'RUB')
    """
    locale = Locale.parse(language)
    names: dict[str, str] = {}
    plurals = locale._data["currency_names_plural"]
    for code in list_currencies():
        forms = [locale.currencies.get(code, ""), *plurals.get(code, {}).values()]
        for form in forms:
            if form and "(" not in form:
                names.setdefault(" ".join(form.lower().split()), code)
    names.update(unique_last_words(names))
    names.update(money_words(language).NAME_ALIASES)
    return names


def unique_last_words(names: dict[str, str]) -> dict[str, str]:
    """Bare nouns naming one currency only: "pesetas" (ESP), "markka" (FIM)."""
    codes: dict[str, set[str]] = {}
    for name, code in names.items():
        codes.setdefault(name.split()[-1], set()).add(code)
    return {word: next(iter(c)) for word, c in codes.items() if len(c) == 1}


SYMBOLS_FILE = Path(__file__).resolve().parent / "lang" / "currency_symbols.json"


@functools.cache
def _cldr_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SYMBOLS_FILE.read_text(encoding="utf-8"))
    return data


@functools.cache
def comma_decimal() -> frozenset[str]:
    """Currencies whose home locales write "1.500" for fifteen hundred."""
    return frozenset(_cldr_data()["comma_decimal"])


#: "31.500" and "1.250.000": dots that group thousands in comma-decimal prices.
DOT_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")


@functools.cache
def currency_symbols(language: str = "en") -> dict[str, str]:
    """Symbol -> ISO code: local CLDR symbols (``currency_symbols.json``, built
    by ``scripts/build_currency_symbols.py``), then ``language``'s own CLDR
    symbols, then news aliases."""
    lang = money_words(language)
    symbols: dict[str, str] = dict(_cldr_data()["symbols"])
    for code, symbol in Locale.parse(language).currency_symbols.items():
        if symbol != code and code != "XXX":
            symbols[symbol] = code
    symbols.update(lang.SYMBOL_ALIASES)
    return {s: c for s, c in symbols.items() if s not in lang.NOT_SYMBOLS}


@functools.cache
def dollar_symbols(language: str = "en") -> dict[str, str]:
    """Lower-cased "$" symbols without spaces ("c$", "hk$"): read in any case."""
    return {
        symbol.lower(): code
        for symbol, code in currency_symbols(language).items()
        if symbol.endswith("$")
    }


def alternation(options: list[str], fold: bool = False) -> str:
    return trie(options, fold=fold)


def before_options(language: str) -> list[str]:
    """Every way to write a currency before an amount: "$", "US$", "c $", "EUR"."""
    lang = money_words(language)
    codes = [c for c in list_currencies() if c not in lang.CODE_WORDS]
    codes += [c.lower() for c in lang.ANY_CASE_CODES]
    prefixes = [s[:-1] for s in dollar_symbols(language) if len(s) > 1] + codes
    # "c $ 1.34" is Canadian, but "a $5 fee" is no Australian money: a space
    # may split only prefixes of two letters or more.
    dollars = [f"{p}{g}$" for p in prefixes for g in ("", " ") if not g or len(p) > 1]
    dollars += [d.upper() for d in dollars]
    return [*currency_symbols(language), *dollars, *codes, *millions(language)]


def after_pattern(language: str) -> str:
    """Regex source for a currency after an amount: "rubles", "€", "USD"."""
    lang = money_words(language)
    codes = alternation([c for c in list_currencies() if c not in lang.CODE_WORDS])
    lower_codes = alternation([c.lower() for c in lang.ANY_CASE_CODES])
    code = rf"(?:{codes}|{lower_codes})"
    symbols = currency_symbols(language)
    dollars = [s[:-1] for s in dollar_symbols(language) if len(s) > 1]
    dollars += [d.upper() for d in dollars]
    dollar = rf"(?<![^\W\d_]){alternation(dollars, fold=True)}\s?\$"
    plain = alternation([s for s in symbols if not s.endswith("$")])
    names = alternation(
        [*currency_names(language), *lang.MINOR_UNITS, *millions(language)], fold=True
    )
    return (
        rf"(?:{names}(?![^\W\d_])|(?:{code}|{dollar}|\$|{plain})"
        rf"(?![^\W\d_])(?!\s?\d))"
    )


@functools.cache
def shape(language: str) -> Shape:
    """Currency before ("$", "US$", "EUR ") or after ("rubles", "€") the amount."""
    after = after_pattern(language)
    scales = money_words(language).SUFFIX_SCALES
    suffix = alternation([*scales, *(s.upper() for s in scales)])
    return Shape(
        before=Lookback(before_options(language), spaces=1),
        after=re.compile(
            rf"(?:(?P<scale>{suffix})(?![^\W\d_]))?(?:[ \u00a0-]?(?P<unit>{after}))?"
        ),
        scales=tuple(scales.items()),
        glued=True,
    )


def currency_of(figure: Figure, language: str) -> tuple[str, float] | None:
    """(ISO code, factor to the major unit) from the symbol, code or name."""
    lang = money_words(language)
    before = figure.before.text if figure.before else None
    for raw in (before, figure.after.group("unit")):
        if not raw:
            continue
        key = " ".join(raw.split())
        minor = lang.MINOR_UNITS.get(key.lower()) or millions(language).get(key.upper())
        if minor is not None:
            return str(minor[0]), float(minor[1])
        code = (
            currency_symbols(language).get(key)
            or currency_names(language).get(key.lower())
            or dollar_symbols(language).get("".join(key.split()).lower())
        )
        return code or key.rstrip("$ ").upper(), 1.0
    return None


@functools.cache
def millions(language: str) -> dict[str, tuple[str, float]]:
    """Finance shorthand for millions: "MUSD", "MEUR" -> (code, 1e6)."""
    return {f"M{code}": (code, 1e6) for code in money_words(language).ANY_CASE_CODES}


@functools.cache
def _cents_regex(language: str) -> re.Pattern[str]:
    lang = money_words(language)
    minor = alternation(list(lang.MINOR_UNITS), fold=True)
    return re.compile(
        rf"(?:,?\s{{1,3}}and)?\s{{1,3}}(?P<n>{number_pattern(language)})"
        rf"(?:\s{{1,3}}(?P<minor>{minor})(?![^\W\d_])|(?=\s*(?:[.,;:!?)]|$)))"
    )


def with_cents(
    figure: Figure, text: str, code: str, language: str
) -> tuple[float, int] | None:
    """ "13 dollars and 45 cents": (0.45, end) to add to a whole amount."""
    if figure.value is None or figure.before or not figure.after.group("unit"):
        return None
    match = _cents_regex(language).match(text, figure.end)
    value = parse_number(match.group("n"), language) if match else None
    if match is None or value is None or not 0 < value < 100:
        return None
    if match.group("minor"):
        unit = money_words(language).MINOR_UNITS[match.group("minor").lower()]
        if unit[0] != code:
            return None
    return value / 100, match.end()


def is_ambiguous(figure: Figure, language: str) -> bool:
    """A bare "pounds" after a small number is more likely weight than money."""
    name = figure.after.group("unit")
    if figure.before or not name:
        return False
    if " ".join(name.lower().split()) not in money_words(language).AMBIGUOUS_NAMES:
        return False
    return max(figure.value or 0.0, figure.high or 0.0) < 1e5


def claim_from(figure: Figure, text: str, language: str) -> Claim | None:
    currency = currency_of(figure, language)
    if currency is None or is_ambiguous(figure, language):
        return None
    code, factor = currency

    def scaled(value: float | None) -> float | None:
        return None if value is None else value * factor

    value, end = scaled(figure.value), figure.end
    if code in comma_decimal() and DOT_GROUPED.fullmatch(figure.first.text):
        value = scaled(float(figure.first.text.replace(".", "")))
    cents = with_cents(figure, text, code, language) if factor == 1 else None
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

    >>> ctx = Context("It cost 70 billion rubles.", None, "en")
    >>> [(c.value, c.unit) for c in find(ctx)]
    [(70000000000.0, 'RUB')]
    """
    claims = []
    for figure in figures(ctx.text, shape(ctx.language), ctx.language):
        claim = claim_from(figure, ctx.text, ctx.language)
        if claim is not None:
            claims.append(claim)
    return claims
