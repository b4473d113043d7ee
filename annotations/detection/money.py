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

from babel import Locale
from babel.numbers import list_currencies

from .context import Context
from .numbers import RANGE_DASH, number_pattern, parse_number, range_values
from .qualifiers import qualifier_for, qualifier_pattern
from .types import Claim, Kind

__all__ = ["currency_names", "find", "parse_amount"]

#: Continental price formats: "1.234.567", "1.234,50", "12,99".
CONTINENTAL = (
    r"(?:\d{1,3}(?:\.\d{3}){2,6}(?:,\d{1,2})?|\d{1,3}\.\d{3},\d{1,2}|\d{1,9},\d{1,2})"
)
CONTINENTAL_FULL = re.compile(CONTINENTAL + r"$")


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
def currency_symbols(language: str = "en") -> dict[str, str]:
    """Symbol -> ISO code: local CLDR symbols (``currency_symbols.json``, built
    by ``scripts/build_currency_symbols.py``), then ``language``'s own CLDR
    symbols, then news aliases."""
    lang = money_words(language)
    symbols: dict[str, str] = json.loads(SYMBOLS_FILE.read_text(encoding="utf-8"))
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


def alternation(options: list[str], flags: str = "") -> str:
    ordered = sorted(set(options), key=lambda o: (-len(o), o))
    body = "|".join(r"\s+".join(re.escape(w) for w in o.split()) for o in ordered)
    return f"(?{flags}:{body})" if flags else f"(?:{body})"


def currency_pattern(language: str) -> tuple[str, str]:
    """Regex sources for a currency before and after an amount."""
    lang = money_words(language)
    codes = alternation([c for c in list_currencies() if c not in lang.CODE_WORDS])
    any_case = alternation(list(lang.ANY_CASE_CODES), "i")
    code = rf"(?:{codes}|{any_case})"
    symbols = currency_symbols(language)
    dollars = [s[:-1] for s in dollar_symbols(language) if len(s) > 1]
    dollar = rf"(?<![^\W\d_])(?i:{alternation(dollars)[3:-1]})\s?\$"
    plain = alternation([s for s in symbols if not s.endswith("$")])
    names = alternation([*currency_names(language), *lang.MINOR_UNITS], "i")
    before = rf"(?:{code}\s?\$|{dollar}|\$|{plain}|{code}(?![^\W\d_]))"
    after = (
        rf"(?:{names}(?![^\W\d_])|(?:{code}|{dollar}|\$|{plain})"
        rf"(?![^\W\d_])(?!\s?\d))"
    )
    return before, after


def amount_pattern(language: str) -> str:
    suffixes = alternation(list(money_words(language).SUFFIX_SCALES), "i")
    continental = rf"(?<![\d.,]){CONTINENTAL}(?!\d)"
    return rf"(?:{continental}|{number_pattern(language)})(?:{suffixes}\b)?"


@functools.cache
def money_regex(language: str) -> re.Pattern[str]:
    before, after = currency_pattern(language)
    amount = amount_pattern(language)
    between = money_words(language).BETWEEN
    return re.compile(
        rf"(?:(?P<qual>{qualifier_pattern(language)})\s+)?"
        rf"(?P<between>(?i:{between})\s+)?"
        rf"(?:(?P<pre>{before})[ \u00a0]?)?(?P<a>{amount})"
        rf"(?:{RANGE_DASH}(?:(?P<pre2>{before})[ \u00a0]?)?(?P<b>{amount}))?"
        rf"(?:[ \u00a0]?(?P<post>{after}))?"
    )


def parse_amount(text: str, language: str = "en") -> float | None:
    """An amount's value, reading "$5m" suffixes and continental "1.234,50".

    >>> parse_amount("5m"), parse_amount("1.234,50")
    (5000000.0, 1234.5)
    """
    if CONTINENTAL_FULL.match(text):
        return float(text.replace(".", "").replace(",", "."))
    value = parse_number(text, language)
    if value is not None:
        return value
    suffixes = money_words(language).SUFFIX_SCALES
    head = text.rstrip("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
    scale = suffixes.get(text[len(head) :].lower())
    value = parse_number(head, language) if scale and head else None
    return None if value is None else value * scale if scale else None


def currency_of(match: re.Match[str], language: str) -> tuple[str, float] | None:
    """(ISO code, factor) from the symbol, code or name around the amount."""
    lang = money_words(language)
    for group in ("pre", "pre2", "post"):
        raw = match.group(group)
        if not raw:
            continue
        key = " ".join(raw.split())
        minor: tuple[str, float] | None = lang.MINOR_UNITS.get(key.lower())
        if minor is not None:
            return minor
        code = (
            currency_symbols(language).get(key)
            or currency_names(language).get(key.lower())
            or dollar_symbols(language).get("".join(key.split()).lower())
        )
        return code or key.rstrip("$ ").upper(), 1.0
    return None


def is_ambiguous(match: re.Match[str], language: str) -> bool:
    """A bare "pounds" after a small number is more likely weight than money."""
    post = match.group("post")
    if match.group("pre") or match.group("pre2") or not post:
        return False
    if " ".join(post.lower().split()) not in money_words(language).AMBIGUOUS_NAMES:
        return False
    value = parse_amount(match.group("b") or match.group("a"), language)
    return value is None or value < 1e5


def claim_from(match: re.Match[str], language: str) -> Claim | None:
    currency = currency_of(match, language)
    if currency is None or is_ambiguous(match, language):
        return None
    code, factor = currency
    first = parse_amount(match.group("a"), language)
    if first is None:
        return None
    value: float | None = first * factor
    low = high = None
    if match.group("b"):
        second = parse_amount(match.group("b"), language)
        if second is None:
            return None
        low, high = range_values(first, match.group("a"), second, match.group("b"))
        low, high, value = low * factor, high * factor, None
    return Claim(
        Kind.MONEY,
        match.start(),
        match.end(),
        match.group(),
        value=value,
        unit=code,
        low=low,
        high=high,
        qualifier=qualifier_for(match.group("qual"), language),
    )


def find(ctx: Context) -> list[Claim]:
    """Money claims in the text.

    >>> ctx = Context("It cost 70 billion rubles.", None, "en")
    >>> [(c.value, c.unit) for c in find(ctx)]
    [(70000000000.0, 'RUB')]
    """
    claims = []
    for match in money_regex(ctx.language).finditer(ctx.text):
        claim = claim_from(match, ctx.language)
        if claim is not None:
            claims.append(claim)
    return claims
