"""The shared number reader: a regex for numeric expressions and their values.

``NUMBER_PATTERN`` matches one numeric expression in English text: digits with
thousands separators and decimals ("1,200.5"), digits with scale words ("1.2
billion", "70bn"), number words ("twenty-five", "one hundred and twenty", "a
million"), groups ("a dozen") and fractions ("two thirds", "one and a half",
"half a million"; "a third" and bare "half" only before "of"). It has no
capturing groups, so callers can embed it (several times) in their own
patterns. ``number_pattern(language)`` gives the same for another language.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Iterable
from types import ModuleType

from babel.numbers import get_decimal_symbol, get_group_symbol

from .context import Context
from .types import Claim, Kind

__all__ = ["NUMBER_PATTERN", "find_numbers", "number_pattern", "parse_number"]


@functools.cache
def words(language: str) -> ModuleType:
    """The word-list module ``lang/<language>_numbers.py``."""
    return importlib.import_module(f"{__package__}.lang.{language}_numbers")


def alternation(options: Iterable[str]) -> str:
    """A non-capturing alternation trying longer options first."""
    ordered = sorted(set(options), key=lambda word: (-len(word), word))
    return "(?:" + "|".join(re.escape(word) for word in ordered) + ")"


def digits_pattern(language: str) -> str:
    """Digits with the locale's grouping and decimal symbols, bounded in length."""
    group = re.escape(get_group_symbol(language))
    decimal = re.escape(get_decimal_symbol(language))
    fraction = rf"(?:{decimal}\d{{1,12}})?"
    return (
        rf"(?<![\d{group}{decimal}])"
        rf"(?:\d{{1,3}}(?:{group}\d{{3}}){{1,6}}(?!\d){fraction}"
        rf"|\d{{1,15}}{fraction}|{decimal}\d{{1,12}})"
    )


def word_number_pattern(lang: ModuleType) -> str:
    """Spelled-out whole numbers: "seven", "ninety-one", "two million and six"."""
    one_to_nine = alternation(w for w, v in lang.UNITS.items() if 1 <= v <= 9)
    tens = alternation(lang.TENS)
    small = rf"(?:{tens}(?:[- ]{one_to_nine}\b)?|{alternation(lang.UNITS)})"
    article = alternation(lang.ARTICLES)
    conj = rf"(?:{alternation(lang.CONJUNCTIONS)}\s+)?"
    hundred = alternation(lang.HUNDRED)
    hundreds = rf"(?:(?:{small}|{article})\s+{hundred}(?:\s+{conj}{small}\b)?)"
    group = rf"(?:{hundreds}|{small})"
    scale = alternation(lang.SCALES)
    scaled = (
        rf"(?:{group}|{article})\s+{scale}"
        rf"(?:,?\s+{conj}{group}\s+{scale}\b){{0,3}}(?:,?\s+{conj}{group}\b)?"
    )
    return rf"(?:{scaled}|{group})\b"


def fraction_pattern(lang: ModuleType, digits: str) -> str:
    """Fractions and groups: "two thirds", "a third of", "one and a half", "a dozen"."""
    small = alternation(w for w, v in lang.UNITS.items() if 1 <= v <= 19)
    article = alternation(lang.ARTICLES)
    conj = alternation(lang.CONJUNCTIONS)
    scale = alternation([*lang.SCALES, *lang.SCALE_ABBREVIATIONS])
    plural = alternation(w for w in lang.FRACTIONS if w.endswith("s"))
    singular = alternation(w for w in lang.FRACTIONS if not w.endswith("s"))
    half = alternation(w for w, v in lang.FRACTIONS.items() if v == 0.5)
    groups = alternation(lang.GROUPS)
    return (
        rf"(?:(?:{small}|{digits})\s+{conj}\s+{article}\s+{half}(?:\s+{scale})?\b"
        rf"|{half}\s+{article}\s+(?:{scale}|{groups})\b"
        rf"|(?:{small}|{article}|{half}\s+{article})\s+{groups}\b"
        rf"|{small}\s+{plural}\b"
        rf"|(?:{article}\s+|one\s+)?{singular}\b(?=\s+of\b))"
    )


@functools.cache
def number_pattern(language: str = "en") -> str:
    """The regex source matching one numeric expression in ``language``."""
    lang = words(language)
    digits = digits_pattern(language)
    scale = alternation([*lang.SCALES, *lang.SCALE_ABBREVIATIONS])
    digit_number = rf"{digits}(?:\s?{scale}\b)?"
    fractions = fraction_pattern(lang, digits)
    word_number = word_number_pattern(lang)
    return rf"(?i:{fractions}|{digit_number}|\b{word_number})"


NUMBER_PATTERN: str = number_pattern("en")

TOKEN = re.compile(r"\d[\d,.]*|\.\d+|[^\W\d_]+", re.UNICODE)


@functools.cache
def _number_regex(language: str) -> re.Pattern[str]:
    return re.compile(number_pattern(language))


def parse_number(text: str, language: str = "en") -> float | None:
    """The value of a numeric expression, or None when it is not one.

    >>> parse_number("one hundred and twenty"), parse_number("1.2bn")
    (120.0, 1200000000.0)
    """
    lang = words(language)
    reader = _Reader(lang, get_group_symbol(language), get_decimal_symbol(language))
    for token in TOKEN.findall(text.lower()):
        if not reader.feed(token):
            return None
    return reader.result()


class _Reader:
    """Accumulates number tokens left to right: groups close at scale words."""

    def __init__(self, lang: ModuleType, group: str, decimal: str) -> None:
        self.lang = lang
        self.group = group
        self.decimal = decimal
        self.total = 0.0
        self.current: float | None = None
        self.joined = False
        self.seen = False

    def feed(self, token: str) -> bool:
        lang = self.lang
        if token[0].isdigit() or token[0] == self.decimal:
            return self.add(self.digits(token))
        if token in lang.UNITS:
            return self.add(float(lang.UNITS[token]))
        if token in lang.TENS:
            return self.add(float(lang.TENS[token]))
        if token in lang.ARTICLES:
            return True
        if token in lang.CONJUNCTIONS:
            self.joined = True
            return True
        return self.multiply(token)

    def digits(self, token: str) -> float | None:
        cleaned = token.replace(self.group, "").replace(self.decimal, ".")
        try:
            return float(cleaned.rstrip("."))
        except ValueError:
            return None

    def add(self, value: float | None) -> bool:
        if value is None:
            return False
        self.current = (self.current or 0.0) + value
        self.seen = True
        self.joined = False
        return True

    def multiply(self, token: str) -> bool:
        lang = self.lang
        base = 1.0 if self.current is None else self.current
        if token in lang.HUNDRED:
            self.current = base * lang.HUNDRED[token]
        elif token in lang.SCALES or token in lang.SCALE_ABBREVIATIONS:
            scale = lang.SCALES.get(token) or lang.SCALE_ABBREVIATIONS[token]
            self.total += base * scale
            self.current = None
        elif token in lang.GROUPS:
            self.current = base * lang.GROUPS[token]
        elif token in lang.FRACTIONS:
            fraction = lang.FRACTIONS[token]
            if self.joined:
                self.current = (self.current or 0.0) + fraction
            else:
                self.current = base * fraction
        else:
            return False
        self.seen = True
        self.joined = False
        return True

    def result(self) -> float | None:
        if not self.seen:
            return None
        return self.total + (self.current or 0.0)


def find_numbers(ctx: Context) -> list[Claim]:
    """Every numeric expression as a ``count`` claim with no unit (for evaluation).

    >>> [c.value for c in find_numbers(Context("He ate two dozen eggs", None, "en"))]
    [24.0]
    """
    claims = []
    for match in _number_regex(ctx.language).finditer(ctx.text):
        value = parse_number(match.group(), ctx.language)
        if value is not None:
            claims.append(
                Claim(Kind.COUNT, match.start(), match.end(), match.group(), value)
            )
    return claims


def scale_of(text: str, language: str = "en") -> float:
    """The scale word ending ``text`` ("7 million" -> 1e6), 1.0 when none."""
    lang = words(language)
    tokens = TOKEN.findall(text.lower())
    last = tokens[-1] if tokens else ""
    return float(lang.SCALES.get(last) or lang.SCALE_ABBREVIATIONS.get(last) or 1.0)


def range_values(
    first: float, first_text: str, second: float, second_text: str, language: str = "en"
) -> tuple[float, float]:
    """Low and high of "5-7 million": the second's scale carries to a bare first.

    >>> range_values(5, "5", 7e6, "7 million")
    (5000000.0, 7000000.0)
    """
    scale = scale_of(second_text, language)
    if scale > 1 and scale_of(first_text, language) == 1 and first * scale <= second:
        first *= scale
    return min(first, second), max(first, second)


#: Joiners of a two-figure range; ``(?(between)...)`` accepts "and" only after
#: "between" (the caller's pattern must define a ``between`` group).
RANGE_DASH = r"(?:\s?[-–—]\s?|\s+to\s+|(?(between)\s+and\s+|(?!)))"
