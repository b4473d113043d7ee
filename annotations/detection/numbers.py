"""The shared number reader: a regex for numeric expressions and their values.

``number_pattern(lang)`` matches one numeric expression in a language (its
bundle's ``numbers``): digits with the locale's thousands separators and
decimals ("1,200.5"), digits with scale words ("1.2 billion", "70bn"), number
words ("twenty-five", "one hundred and twenty", "a million"), groups ("a
dozen") and fractions ("two thirds", "one and a half", "half a million"; "a
third" and bare "half" only before "of"). It has no capturing groups, so
callers can embed it (several times) in their own patterns.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

from .lang import Language
from .lang.schema import Numbers
from .text.regexes import trie

__all__ = ["number_pattern", "number_words", "parse_number"]


def alternation(options: Iterable[str]) -> str:
    """Words as a case-folded trie (see ``regexes.trie``)."""
    return trie(options, fold=True)


#: Vulgar fraction characters ("2½"), read with ``unicodedata.numeric``.
VULGAR = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"

#: The exponent of scientific notation, as matched by ``digits_pattern``.
EXPONENT = re.compile(r"(?:[eE]|\s?[x×]\s?10\^)([-+]?\d{1,3})$")

#: Digits only: read without the word machinery.
PLAIN = re.compile(r"\d{1,15}")


def digits_pattern(lang: Numbers) -> str:
    """Digits with the locale's grouping and decimal symbols, bounded in length."""
    group, decimal = re.escape(lang.group_symbol), re.escape(lang.decimal_symbol)
    fraction = rf"(?:{decimal}\d{{1,12}})?"
    # Scientific notation: "1.3e6", "6.23x10^-4".
    exponent = r"(?:[eE][-+]?\d{1,3}|\s?[x×]\s?10\^[-+]?\d{1,3})(?![\w.])"
    return (
        rf"(?<![\d{decimal}])"
        rf"(?:\d{{1,3}}(?:{group}\d{{3}}){{1,6}}(?!\d){fraction}"
        rf"|\d{{1,15}}{fraction}|{decimal}\d{{1,12}})(?:{exponent})?"
    )


def word_number_pattern(lang: Numbers) -> str:
    """Spelled-out numbers as a bounded run of number words: "ninety-one",
    "two million, three hundred thousand and six", "half a million", "three
    dozen", "five eighths". A singular fraction ("third") needs "a"/"an"/"one"
    right before it, so ordinals stay out; "a third" alone needs "of" or
    punctuation after it ("a third of").
    """
    article = alternation(lang.articles)
    conj = alternation(lang.conjunctions)
    plain = alternation([*lang.units, *lang.tens])
    big = alternation([*lang.hundred, *lang.scales, *lang.groups])
    plural = alternation(w for w in lang.fractions if w in lang.plural_fractions)
    singular = alternation(w for w in lang.fractions if w not in lang.plural_fractions)
    after_one = "|".join(
        rf"(?<=\b{re.escape(w)}{gap})"
        for w in [*lang.ones, *lang.articles]
        for gap in (" ", "-", " - ")
    )
    half = alternation(w for w, v in lang.fractions.items() if v == 0.5)
    word = rf"(?:{plain}|{big}|{plural}|(?:{after_one}){singular})"
    point = alternation(lang.decimal_words)
    sep = (
        rf"(?:[ \t]{{0,3}}-[ \t]{{0,3}}|\s{{1,3}}{point}\s{{1,3}}"
        rf"|,?\s{{1,3}}(?:{conj}\s{{1,3}})?(?:{article}\s{{1,3}})?)"
    )
    scale = alternation(lang.scales)
    # A plural group ("dozens") only multiplies a number before it.
    lead = alternation(
        [
            *lang.hundred,
            *lang.scales,
            *(g for g in lang.groups if g not in lang.plural_groups),
        ]
    )
    head = (
        rf"(?:{article}\s{{1,3}}(?={lead}|{half}|{singular}\s{{1,3}}{scale})"
        rf"|(?=(?:{plain}|{lead})\b))"
    )
    of = re.escape(lang.of)
    lone = rf"{article}\s{{1,3}}{singular}(?=\s+{of}\b|\s*[^\w\s-]|\s*$)"
    lone_half = rf"{half}(?=\s{{1,3}}{of}\b)"
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
def number_starters(bundle: Language) -> tuple[str, ...]:
    """The words a spelled-out number can begin with ("minus", "a", "three")."""
    lang = bundle.numbers
    return (
        *lang.negative_words,
        *lang.articles,
        *lang.units,
        *lang.tens,
        *lang.hundred,
        *lang.scales,
        *lang.groups,
        *lang.fractions,
    )


@functools.cache
def number_words(bundle: Language) -> frozenset[str]:
    """Lower-case words that can end a spelled amount ("three", "dozen", "half")."""
    lang = bundle.numbers
    tables = (lang.units, lang.tens, lang.hundred, lang.scales)
    more = (lang.scale_abbreviations, lang.groups, lang.fractions)
    return frozenset(w for table in (*tables, *more) for w in table) | set(
        lang.articles
    )


@functools.cache
def number_pattern(bundle: Language) -> str:
    """The regex source matching one numeric expression in the bundle's language.

    Each branch starts with a cheap test (a digit, or a word boundary before a
    letter) so that scanning skips ordinary text quickly.
    """
    lang = bundle.numbers
    digits = digits_pattern(lang)
    scale = alternation([*lang.hundred, *lang.scales, *lang.scale_abbreviations])
    groups = alternation(lang.groups)
    fractions = alternation(lang.fractions)
    conj = alternation(lang.conjunctions)
    # "3 million and a half": the fraction is of the scale.
    and_a_fraction = rf"(?:\s{{1,3}}{conj}\s{{1,3}}\w{{1,5}}\s{{1,3}}{fractions}\b)?"
    # "4 thousand 3 hundred and 21": digit groups under falling scale words.
    hundred = alternation(lang.hundred)
    more = rf"(?:\s{{1,3}}\d{{1,3}}\s?{scale}\b){{0,3}}"
    odd = rf"(?:(?<={hundred})\s{{1,3}}{conj}\s{{1,3}}[1-9]\d?(?![\d.,%]))?"
    digit_number = (
        rf"{digits}(?:[\s-]?{scale}\b{more}{odd}{and_a_fraction}"
        rf"|\s{{1,3}}{groups}\b)?"
    )
    vulgar = rf"(?:\d{{1,3}}\s?)?[{VULGAR}](?!\d)"
    digit_forms = rf"(?:{vulgar}|{slash_fraction_pattern()}|{digit_number})"
    sign = r"(?:(?<![\w.,%-])[-−])?"
    negative = alternation(lang.negative_words)
    word_forms = rf"(?:{negative}\s+)?(?:{digit_forms}|{word_number_pattern(lang)})"
    gate = rf"(?={alternation(number_starters(bundle))}\b)"
    return rf"(?:(?=[-−\d.{VULGAR}]){sign}{digit_forms}|\b{gate}{word_forms})"


TOKEN = re.compile(r"\d[\d,.]*|\.\d+|[^\W\d_]+", re.UNICODE)
NEGATIVE = re.compile(r"\s*[-−]")
SLASH = re.compile(r"[-−]?\s*(?:(\d{1,3})\s+)?(\d{1,3})/(\d{1,3})")


@functools.lru_cache(maxsize=8192)
def parse_number(text: str, bundle: Language) -> float | None:
    """The value of a numeric expression, or None when it is not one.

    >>> from annotations.detection.lang import load
    >>> en = load("en")
    >>> parse_number("one hundred and twenty", en), parse_number("1.2bn", en)
    (120.0, 1200000000.0)
    >>> parse_number("two and three quarters", en), parse_number("-2 1/2", en)
    (2.75, -2.5)
    """
    if PLAIN.fullmatch(text):
        return float(text)
    special = _written_symbolically(text, bundle)
    if special is not None:
        return special[0]
    lang = bundle.numbers
    reader = _Reader(lang)
    tokens = TOKEN.findall(text.lower())
    sign = 1.0
    if NEGATIVE.match(text) or (tokens and tokens[0] in lang.negative_words):
        sign = -1.0
        tokens = tokens[1:] if tokens and tokens[0] in lang.negative_words else tokens
    for token in tokens:
        if not reader.feed(token):
            return None
    value = reader.result()
    return None if value is None else sign * value


def _written_symbolically(text: str, bundle: Language) -> tuple[float | None] | None:
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
        base, exponent = parse_number(text[: power.start()], bundle), power.group(1)
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

    def __init__(self, lang: Numbers) -> None:
        self.lang = lang
        self.group = lang.group_symbol
        self.decimal = lang.decimal_symbol
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
        if token in lang.units:
            return self.add_word(float(lang.units[token]))
        if token in lang.tens:
            return self.add_word(float(lang.tens[token]))
        if token in lang.articles:
            return True
        if token in lang.decimal_words and self.decimals is None:
            self.decimals, self.last_word = "", None
            return True
        if token in lang.conjunctions:
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
        if token in lang.hundred:
            self.current = base * lang.hundred[token]
        elif token in lang.scales or token in lang.scale_abbreviations:
            scale = lang.scales.get(token) or lang.scale_abbreviations[token]
            self.total += base * scale
            self.last_scale = scale
            self.current = None
            self.before_and = None
        elif token in lang.groups or token in lang.fractions:
            factor = lang.groups.get(token) or lang.fractions[token]
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


def scale_of(text: str, lang: Numbers) -> float:
    """The scale word ending ``text`` ("7 million" -> 1e6), 1.0 when none."""
    tokens = TOKEN.findall(text.lower())
    last = tokens[-1] if tokens else ""
    return float(lang.scales.get(last) or lang.scale_abbreviations.get(last) or 1.0)
