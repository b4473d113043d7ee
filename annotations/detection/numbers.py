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
import unicodedata
from collections.abc import Iterable
from types import ModuleType

from babel.numbers import get_decimal_symbol, get_group_symbol

from .text.regexes import trie

__all__ = ["NUMBER_PATTERN", "number_pattern", "parse_number"]


@functools.cache
def words(language: str) -> ModuleType:
    """The word-list module ``lang/<language>_numbers.py``."""
    return importlib.import_module(f"{__package__}.lang.{language}_numbers")


def alternation(options: Iterable[str]) -> str:
    """Words as a case-folded trie (see ``regexes.trie``)."""
    return trie(options, fold=True)


@functools.cache
def symbols(language: str) -> tuple[str, str]:
    """The locale's (group, decimal) symbols, from CLDR."""
    return get_group_symbol(language), get_decimal_symbol(language)


#: Vulgar fraction characters ("2½"), read with ``unicodedata.numeric``.
VULGAR = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"

#: The exponent of scientific notation, as matched by ``digits_pattern``.
EXPONENT = re.compile(r"(?:[eE]|\s?[x×]\s?10\^)([-+]?\d{1,3})$")

#: Digits only: read without the word machinery.
PLAIN = re.compile(r"\d{1,15}")


def digits_pattern(language: str) -> str:
    """Digits with the locale's grouping and decimal symbols, bounded in length."""
    group, decimal = (re.escape(symbol) for symbol in symbols(language))
    fraction = rf"(?:{decimal}\d{{1,12}})?"
    # Scientific notation: "1.3e6", "6.23x10^-4".
    exponent = r"(?:[eE][-+]?\d{1,3}|\s?[x×]\s?10\^[-+]?\d{1,3})(?![\w.])"
    return (
        rf"(?<![\d{decimal}])"
        rf"(?:\d{{1,3}}(?:{group}\d{{3}}){{1,6}}(?!\d){fraction}"
        rf"|\d{{1,15}}{fraction}|{decimal}\d{{1,12}})(?:{exponent})?"
    )


def word_number_pattern(lang: ModuleType) -> str:
    """Spelled-out numbers as a bounded run of number words: "ninety-one",
    "two million, three hundred thousand and six", "half a million", "three
    dozen", "five eighths". A singular fraction ("third") needs "a"/"an"/"one"
    right before it, so ordinals stay out; "a third" alone needs "of" or
    punctuation after it ("a third of").
    """
    article = alternation(lang.ARTICLES)
    conj = alternation(lang.CONJUNCTIONS)
    plain = alternation([*lang.UNITS, *lang.TENS])
    big = alternation([*lang.HUNDRED, *lang.SCALES, *lang.GROUPS])
    plural = alternation(w for w in lang.FRACTIONS if w.endswith("s"))
    singular = alternation(w for w in lang.FRACTIONS if not w.endswith("s"))
    after_one = "|".join(
        rf"(?<=\b{re.escape(w)}{gap})"
        for w in ["one", *lang.ARTICLES]
        for gap in (" ", "-", " - ")
    )
    half = alternation(w for w, v in lang.FRACTIONS.items() if v == 0.5)
    word = rf"(?:{plain}|{big}|{plural}|(?:{after_one}){singular})"
    point = alternation(lang.DECIMAL_WORDS)
    sep = (
        rf"(?:[ \t]{{0,3}}-[ \t]{{0,3}}|\s{{1,3}}{point}\s{{1,3}}"
        rf"|,?\s{{1,3}}(?:{conj}\s{{1,3}})?(?:{article}\s{{1,3}})?)"
    )
    scale = alternation(lang.SCALES)
    # A plural group ("dozens") only multiplies a number before it.
    lead = alternation(
        [*lang.HUNDRED, *lang.SCALES, *(g for g in lang.GROUPS if g[-1] != "s")]
    )
    head = (
        rf"(?:{article}\s{{1,3}}(?={lead}|{half}|{singular}\s{{1,3}}{scale})"
        rf"|(?=(?:{plain}|{lead})\b))"
    )
    lone = rf"{article}\s{{1,3}}{singular}(?=\s+of\b|\s*[^\w\s-]|\s*$)"
    lone_half = rf"{half}(?=\s{{1,3}}of\b)"
    half_head = rf"{half}(?=\s{{1,3}}{article}\s)"
    fraction_head = rf"(?:{singular}|{half})(?=\s{{1,3}}{scale})"
    first = rf"(?:{half_head}|{fraction_head}|{head}{word})"
    return rf"(?:{lone}|{lone_half}|{first}(?:{sep}{word}){{0,12}})\b"


def slash_fraction_pattern() -> str:
    """Small written fractions: "3/4", "2 1/2" (numerator below denominator)."""
    return (
        r"(?<![\d/])(?:\d{1,3}\s{1,2})?"
        r"(?:1/(?:[2-9]|10)|2/[3-9]|3/[4-9]|4/[5-9]|5/[6-9]|6/[7-9]|7/[89]|8/9)"
        r"(?![\d/])"
    )


@functools.cache
def number_starters(language: str) -> tuple[str, ...]:
    """The words a spelled-out number can begin with ("minus", "a", "three")."""
    lang = words(language)
    return (
        *lang.NEGATIVE_WORDS,
        *lang.ARTICLES,
        *lang.UNITS,
        *lang.TENS,
        *lang.HUNDRED,
        *lang.SCALES,
        *lang.GROUPS,
        *lang.FRACTIONS,
    )


@functools.cache
def number_pattern(language: str = "en") -> str:
    """The regex source matching one numeric expression in ``language``.

    Each branch starts with a cheap test (a digit, or a word boundary before a
    letter) so that scanning skips ordinary text quickly.
    """
    lang = words(language)
    digits = digits_pattern(language)
    scale = alternation([*lang.HUNDRED, *lang.SCALES, *lang.SCALE_ABBREVIATIONS])
    groups = alternation(lang.GROUPS)
    fractions = alternation(lang.FRACTIONS)
    conj = alternation(lang.CONJUNCTIONS)
    # "3 million and a half": the fraction is of the scale.
    and_a_fraction = rf"(?:\s{{1,3}}{conj}\s{{1,3}}\w{{1,5}}\s{{1,3}}{fractions}\b)?"
    # "4 thousand 3 hundred and 21": digit groups under falling scale words.
    hundred = alternation(lang.HUNDRED)
    more = rf"(?:\s{{1,3}}\d{{1,3}}\s?{scale}\b){{0,3}}"
    odd = rf"(?:(?<={hundred})\s{{1,3}}{conj}\s{{1,3}}[1-9]\d?(?![\d.,%]))?"
    digit_number = (
        rf"{digits}(?:[\s-]?{scale}\b{more}{odd}{and_a_fraction}"
        rf"|\s{{1,3}}{groups}\b)?"
    )
    vulgar = rf"(?:\d{{1,3}}\s?)?[{VULGAR}](?!\d)"
    digit_forms = rf"(?:{vulgar}|{slash_fraction_pattern()}|{digit_number})"
    sign = r"(?:(?<![\w.,%-])[-−])?"
    negative = alternation(lang.NEGATIVE_WORDS)
    word_forms = rf"(?:{negative}\s+)?(?:{digit_forms}|{word_number_pattern(lang)})"
    gate = rf"(?={alternation(number_starters(language))}\b)"
    return rf"(?:(?=[-−\d.{VULGAR}]){sign}{digit_forms}|\b{gate}{word_forms})"


NUMBER_PATTERN: str = number_pattern("en")

TOKEN = re.compile(r"\d[\d,.]*|\.\d+|[^\W\d_]+", re.UNICODE)
NEGATIVE = re.compile(r"\s*[-−]")
SLASH = re.compile(r"[-−]?\s*(?:(\d{1,3})\s+)?(\d{1,3})/(\d{1,3})")


@functools.lru_cache(maxsize=8192)
def parse_number(text: str, language: str = "en") -> float | None:
    """The value of a numeric expression, or None when it is not one.

    >>> parse_number("one hundred and twenty"), parse_number("1.2bn")
    (120.0, 1200000000.0)
    >>> parse_number("two and three quarters"), parse_number("-2 1/2")
    (2.75, -2.5)
    """
    if PLAIN.fullmatch(text):
        return float(text)
    special = _written_symbolically(text, language)
    if special is not None:
        return special[0]
    lang = words(language)
    reader = _Reader(lang, *symbols(language))
    tokens = TOKEN.findall(text.lower())
    sign = 1.0
    if NEGATIVE.match(text) or (tokens and tokens[0] in lang.NEGATIVE_WORDS):
        sign = -1.0
        tokens = tokens[1:] if tokens and tokens[0] in lang.NEGATIVE_WORDS else tokens
    for token in tokens:
        if not reader.feed(token):
            return None
    value = reader.result()
    return None if value is None else sign * value


def _written_symbolically(text: str, language: str) -> tuple[float | None] | None:
    """Slash and vulgar fractions and scientific notation, as a 1-tuple."""
    slash = SLASH.fullmatch(text.strip())
    if slash:
        whole, top, bottom = (float(part or 0) for part in slash.groups())
        value = whole + top / bottom if bottom else None
        negative = value is not None and NEGATIVE.match(text)
        return (-value if negative and value is not None else value,)
    # An exponent is at most ten characters long and ends the text: search there only.
    power = EXPONENT.search(text, max(0, len(text) - 10))
    if power:
        base, exponent = parse_number(text[: power.start()], language), power.group(1)
        if base is None or abs(int(exponent)) > 300:  # beyond a float's range
            return (None,)
        return (base * 10.0 ** int(exponent),)
    if text and text[-1] in VULGAR:
        head = text[:-1].strip()
        return ((float(head) if head else 0.0) + unicodedata.numeric(text[-1]),)
    return None


class _Reader:
    """Accumulates number tokens left to right; groups close at scale words.

    After "and", the words that follow form their own addend, so a fraction
    or a dozen applies to that addend only ("one hundred and three quarters").
    """

    def __init__(self, lang: ModuleType, group: str, decimal: str) -> None:
        self.lang = lang
        self.group = group
        self.decimal = decimal
        self.total = 0.0
        self.current: float | None = None
        self.before_and: float | None = None
        self.last_word: float | None = None
        self.last_scale = 1.0
        self.scale_and = False
        self.decimals: str | None = None
        self.plain_and = False
        self.dangling = False
        self.seen = False

    def feed(self, token: str) -> bool:
        lang = self.lang
        if token[0].isdigit() or token[0] == self.decimal:
            return self.add(self.digits(token))
        if token in lang.UNITS:
            return self.add_word(float(lang.UNITS[token]))
        if token in lang.TENS:
            return self.add_word(float(lang.TENS[token]))
        if token in lang.ARTICLES:
            return True
        if token in lang.DECIMAL_WORDS and self.decimals is None:
            self.decimals, self.last_word = "", None
            return True
        if token in lang.CONJUNCTIONS:
            self.plain_and = self.last_word is not None
            self.scale_and = self.current is None and self.last_scale > 1
            self.before_and = self.current or 0.0
            self.last_word = None
            return True
        return self.multiply(token)

    def digits(self, token: str) -> float | None:
        cleaned = token.replace(self.group, "").replace(self.decimal, ".")
        try:
            return float(cleaned.rstrip("."))
        except ValueError:
            return None

    def add_word(self, value: float) -> bool:
        if self.decimals is not None:
            return self.add_decimal(int(value))
        if self.plain_and:
            # "two and three rotations" lists two numbers; only a fraction may
            # follow such an "and" ("twenty and three fifths").
            self.dangling = True
        # Only "tens" then "units" may follow each other: "ninety one", but not
        # "nineteen ninety" (a year) or "one two".
        last = self.last_word
        if last is not None and not (last >= 20 and last % 10 == 0 and value < 10):
            return False
        self.add(value)
        self.last_word = value
        return True

    def add(self, value: float | None) -> bool:
        if value is None:
            return False
        self.current = (self.current or 0.0) + value
        self.seen = True
        return True

    def multiply(self, token: str) -> bool:
        lang = self.lang
        self.last_word = None
        base = 1.0 if self.current is None else self.current
        if token in lang.HUNDRED:
            self.current = base * lang.HUNDRED[token]
        elif token in lang.SCALES or token in lang.SCALE_ABBREVIATIONS:
            scale = lang.SCALES.get(token) or lang.SCALE_ABBREVIATIONS[token]
            self.total += base * scale
            self.last_scale = scale
            self.current = None
            self.before_and = None
        elif token in lang.GROUPS or token in lang.FRACTIONS:
            factor = lang.GROUPS.get(token) or lang.FRACTIONS[token]
            self.apply_to_addend(factor)
        else:
            return False
        self.seen = True
        return True

    def apply_to_addend(self, factor: float) -> None:
        self.dangling = self.plain_and = False
        if self.scale_and and factor < 1:
            # "three million and a half": the fraction is of the million.
            self.total += ((self.current or 0.0) or 1.0) * factor * self.last_scale
            self.current, self.before_and, self.scale_and = None, None, False
            return
        if self.before_and is None:
            self.current = (1.0 if self.current is None else self.current) * factor
            return
        addend = (self.current or 0.0) - self.before_and
        self.current = self.before_and + (addend or 1.0) * factor
        self.before_and = None

    def add_decimal(self, digit: int) -> bool:
        """Words after "point" are digits: "point seventy-one" -> ".71"."""
        decimals = self.decimals or ""
        if self.last_word is not None and self.last_word >= 20 and 0 < digit < 10:
            decimals = decimals[:-1]
        self.decimals = decimals + str(digit)
        self.last_word = float(digit)
        return True

    def result(self) -> float | None:
        if not self.seen or self.dangling:
            return None
        whole = self.total + (self.current or 0.0)
        if self.decimals:
            return whole + float("0." + self.decimals)
        return whole


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
