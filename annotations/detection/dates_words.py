"""Date vocabulary per language: CLDR month and weekday names plus the lang word lists."""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from types import ModuleType

from babel.dates import get_day_names, get_month_names


def alternation(options: Iterable[str]) -> str:
    """A non-capturing alternation trying longer options first."""
    ordered = sorted(set(options), key=lambda word: (-len(word), word))
    return "(?:" + "|".join(re.escape(word) for word in ordered) + ")"


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Lower-case word -> number tables and the regex fragments built from them."""

    lang: ModuleType
    months: dict[str, int]
    full_months: dict[str, int]
    weekdays: dict[str, int]
    full_weekdays: dict[str, int]
    days: dict[str, int]

    def month_number(self, word: str) -> int:
        return self.months[word.lower().rstrip(".")]

    def weekday_number(self, word: str) -> int:
        return self.weekdays[word.lower().rstrip(".")]

    def day_number(self, word: str) -> int | None:
        """The day of month of "9", "9th", "ninth", "twenty-first", "twenty nine"."""
        key = " ".join(word.lower().replace("-", " ").split())
        digits = key.rstrip("stndrh")
        if digits.isdigit():
            return int(digits)
        return self.days.get(key)


def _day_words(lang: ModuleType, numbers: ModuleType) -> dict[str, int]:
    # Plain cardinals ("March one") are left out: "In March one man died".
    units = {w: v for w, v in numbers.UNITS.items() if 1 <= v <= 9}
    words = dict(lang.ORDINALS)
    for tens, base in lang.DAY_TENS.items():
        for unit_word, unit in [*units.items(), *lang.ORDINALS.items()]:
            if unit <= 9 and base + unit <= 31:
                words[f"{tens} {unit_word}"] = base + unit
    return words


@functools.cache
def vocabulary(language: str) -> Vocabulary:
    """The date words of ``language`` (CLDR names from babel, the rest from lang/)."""
    lang = importlib.import_module(f"{__package__}.lang.{language}_dates")
    numbers = importlib.import_module(f"{__package__}.lang.{language}_numbers")
    full_months = {
        name.lower(): int(number)
        for number, name in get_month_names("wide", locale=lang.LOCALE).items()
    }
    months = dict(full_months)
    for number, name in get_month_names("abbreviated", locale=lang.LOCALE).items():
        months[name.lower().rstrip(".")] = int(number)
    months.update(lang.MONTH_ALIASES)
    full = {
        name.lower(): int(number)
        for number, name in get_day_names("wide", locale=lang.LOCALE).items()
    }
    weekdays = dict(full)
    for number, name in get_day_names("abbreviated", locale=lang.LOCALE).items():
        weekdays[name.lower().rstrip(".")] = int(number)
    weekdays.update(lang.WEEKDAY_ALIASES)
    days = _day_words(lang, numbers)
    return Vocabulary(lang, months, full_months, weekdays, full, days)


def day_pattern(vocab: Vocabulary) -> str:
    """A day of month: "9", "09th", "ninth", "twenty-first", "twenty nine"."""
    suffix = alternation(vocab.lang.ORDINAL_SUFFIXES)
    spelled = [r"[\s-]".join(map(re.escape, w.split())) for w in vocab.days]
    spelled.sort(key=len, reverse=True)
    words = "(?:" + "|".join(spelled) + r")\b(?!-)"
    return rf"(?:(?:[12]\d|3[01]|0?[1-9])(?:{suffix})?(?![\d:]|[.,]\d)|{words})"


def month_pattern(vocab: Vocabulary) -> str:
    """A month name, full or abbreviated (with its optional full stop)."""
    return _names(vocab.months, set(vocab.full_months))


def weekday_pattern(vocab: Vocabulary, *, full_only: bool = False) -> str:
    names = vocab.full_weekdays if full_only else vocab.weekdays
    return _names(names, set(vocab.full_weekdays))


def _names(names: Iterable[str], full: set[str]) -> str:
    """Full names, or abbreviations with an optional full stop, as whole words."""
    short = alternation(n for n in names if n not in full)
    return rf"\b(?:{alternation(full)}|{short}\.?)(?![^\W\d])"
