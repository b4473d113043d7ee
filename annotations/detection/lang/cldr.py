"""CLDR data for a bundle, read through babel: names and symbols a language
shares with every other user of CLDR, so that bundles do not write them by hand.

Bundles call these when they are built (``lang/<code>/*.py``); the detectors
never do, so a language without a CLDR locale (or a test's toy language)
simply writes its names itself.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any, Literal

from babel import Locale
from babel.dates import get_day_names, get_month_names
from babel.numbers import get_decimal_symbol, get_group_symbol, list_currencies

__all__ = [
    "currency_names",
    "currency_symbols",
    "month_names",
    "number_symbols",
    "weekday_names",
]

#: Local CLDR symbols of every currency, built by ``scripts/build_currency_symbols.py``.
SYMBOLS_FILE = Path(__file__).resolve().parent / "currency_symbols.json"


def number_symbols(locale: str) -> tuple[str, str]:
    """The locale's (thousands separator, decimal mark).

    >>> number_symbols("en"), number_symbols("de")
    ((',', '.'), ('.', ','))
    """
    return get_group_symbol(locale), get_decimal_symbol(locale)


Width = Literal["abbreviated", "wide"]


def month_names(locale: str, width: Width = "wide") -> dict[str, int]:
    """Lower-case month names (``width`` "wide" or "abbreviated", without a
    final full stop) -> 1-12."""
    return {
        name.lower().rstrip("."): int(number)
        for number, name in get_month_names(width, locale=locale).items()
    }


def weekday_names(locale: str, width: Width = "wide") -> dict[str, int]:
    """Lower-case weekday names -> 0 (Monday) to 6."""
    return {
        name.lower().rstrip("."): int(number)
        for number, name in get_day_names(width, locale=locale).items()
    }


def currency_names(locale: str) -> dict[str, str]:
    """Lower-case currency names and plurals of ``locale`` -> ISO code, plus
    the bare last words that name one currency only ("pesetas", "markka").

    >>> currency_names("en")["finnish markkas"]
    'FIM'
    """
    data = Locale.parse(locale)
    names: dict[str, str] = {}
    plurals = data._data["currency_names_plural"]
    for code in list_currencies():
        forms = [data.currencies.get(code, ""), *plurals.get(code, {}).values()]
        for form in forms:
            if form and "(" not in form:
                names.setdefault(" ".join(form.lower().split()), code)
    names.update(_unique_last_words(names))
    return names


def _unique_last_words(names: dict[str, str]) -> dict[str, str]:
    codes: dict[str, set[str]] = {}
    for name, code in names.items():
        codes.setdefault(name.split()[-1], set()).add(code)
    return {word: next(iter(c)) for word, c in codes.items() if len(c) == 1}


@cache
def _local_symbols() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SYMBOLS_FILE.read_text(encoding="utf-8"))
    return data


def currency_symbols(locale: str) -> dict[str, str]:
    """Symbol -> ISO code: each currency's symbol in its home locales, then the
    symbols ``locale`` itself writes."""
    symbols: dict[str, str] = dict(_local_symbols()["symbols"])
    for code, symbol in Locale.parse(locale).currency_symbols.items():
        if symbol != code and code != "XXX":
            symbols[symbol] = code
    return symbols


@cache
def comma_decimal_currencies() -> frozenset[str]:
    """Currencies whose home locales write "1.500" for fifteen hundred."""
    return frozenset(_local_symbols()["comma_decimal"])
