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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .lang import Language
from .lang.schema import Numbers
from .text.regexes import folded, trie

__all__ = [
    "NumberWords",
    "number_pattern",
    "number_words",
    "parse_number",
    "split_compound",
]


def alternation(options: Iterable[str]) -> str:
    """Words as a case-folded trie (see ``regexes.trie``)."""
    return trie(options, fold=True)


@dataclass(frozen=True, slots=True)
class _Tables:
    """What the pattern and the reader derive from a bundle's number words."""

    #: Every single word of the unit and tens keys ("soixante", "vingts"),
    #: but conjunctions and articles.
    plain: frozenset[str]
    #: Whether a key ends with a conjunction and an article ("treinta y un").
    article_tail: bool
    #: Keys of several words, as their words -> the key ("quatre vingts").
    phrases: dict[tuple[str, ...], str]
    longest_phrase: int
    #: The words a compound is made of, longest first ("zwanzig", "und").
    morphemes: tuple[str, ...]


@functools.cache
def _tables(lang: Numbers) -> _Tables:
    keyed = (
        lang.units,
        lang.tens,
        lang.hundred,
        lang.scales,
        lang.groups,
        lang.fractions,
        lang.added_fractions,
    )
    phrases = {
        tuple(key.split()): key for table in keyed for key in table if " " in key
    }
    glue = {*lang.conjunctions, *lang.articles}
    plain = frozenset(
        w for table in (lang.units, lang.tens) for k in table for w in k.split()
    )
    tail = any(len(w) > 2 and w[-2] in glue and w[-1] in glue for w in phrases)
    morphemes: set[str] = set(lang.conjunctions)
    if lang.compound_words:
        morphemes |= {key for table in keyed for key in table if " " not in key}
        morphemes |= set(lang.compound_forms)
    return _Tables(
        plain=plain - glue,
        article_tail=tail,
        phrases=phrases,
        longest_phrase=max((len(words) for words in phrases), default=1),
        morphemes=tuple(sorted(morphemes, key=lambda word: (-len(word), word))),
    )


@functools.lru_cache(maxsize=4096)
def split_compound(word: str, lang: Numbers) -> tuple[str, ...] | None:
    """A word written as number words run together, as those words: None
    when it is no such word or the language writes none.

    >>> import dataclasses
    >>> from annotations.detection.lang import load
    >>> joined = dataclasses.replace(load("en").numbers, compound_words=True)
    >>> split_compound("twohundredandfive", joined)
    ('two', 'hundred', 'and', 'five')
    >>> split_compound("twofold", joined) is None
    True
    """
    if not lang.compound_words:
        return None
    tables = _tables(lang)
    conjunctions = set(lang.conjunctions)

    def walk(at: int) -> tuple[str, ...] | None:
        if at == len(word):
            return ()
        for piece in tables.morphemes:  # longest first: "zwanzig" before "zwei"
            if word.startswith(piece, at):
                rest = walk(at + len(piece))
                if rest is not None:
                    return (piece, *rest)
        return None

    pieces = walk(0)
    if not pieces or len(pieces) < 2 or pieces[0] in conjunctions:
        return None
    if pieces[-1] in conjunctions:
        return None
    return tuple(lang.compound_forms.get(piece, piece) for piece in pieces)


class NumberWords:
    """A set of words that also holds every compound number word
    ("fünfundzwanzig") of languages that write them (``split_compound``)."""

    __slots__ = ("numbers", "words")

    def __init__(self, words: Iterable[str], numbers: Numbers) -> None:
        self.words = frozenset(words)
        self.numbers = numbers

    def __contains__(self, word: object) -> bool:
        if word in self.words:
            return True
        return isinstance(word, str) and split_compound(word, self.numbers) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self.words)

    def __len__(self) -> int:
        return len(self.words)

    def __or__(self, other: Iterable[str]) -> NumberWords:
        return NumberWords(self.words | set(other), self.numbers)


#: Vulgar fraction characters ("2½"), read with ``unicodedata.numeric``.
VULGAR = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"

#: The exponent of scientific notation, as matched by ``digits_pattern``.
EXPONENT = re.compile(r"(?:[eE]|\s?[x×]\s?10\^)([-+]?\d{1,3})$")

#: Digits only: read without the word machinery.
PLAIN = re.compile(r"\d{1,15}")


#: Continental price formats: "1.234.567", "1.234,50", "12,99", "12 590,00"
#: (plain English numbers never take these shapes).
CONTINENTAL = (
    r"(?=\d)(?<![\d.,])(?:\d{1,3}(?:\.\d{3}){2,6}(?:,\d{1,2})?"
    r"|\d{1,3}\.\d{3},\d{1,2}|\d{1,9},\d{1,2}"
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3}){1,4}(?:[.,]\d{1,2})?)(?![\d,])"
)

#: The same the other way round, in a language whose own digits are
#: continental: "1,234.50", "1,234,567", "5.00", "3.5", "0.683" (its own
#: "1.234" stays a thousand and more).
ANGLO = (
    r"(?=\d)(?<![\d.,])(?:\d{1,3}(?:,\d{3}){1,6}\.\d{1,12}|\d{1,3}(?:,\d{3}){2,6}"
    r"|\d{1,15}\.(?:\d{1,2}|\d{4,12})|0\.\d{3})(?![\d,]|\.\d)"
)


def foreign_pattern(lang: Numbers) -> str | None:
    """The other convention's digits a language reads (``foreign_digits``)."""
    if not lang.foreign_digits:
        return None
    return CONTINENTAL if lang.decimal_symbol == "." else ANGLO


def _foreign_value(raw: str, lang: Numbers) -> float:
    if lang.decimal_symbol != ".":
        return float(raw.replace(",", ""))
    # "1.234,50" or "12 590,00" (or "3 250 000").
    digits = "".join(raw.split()).replace("\u202f", "")
    spaced = " " in raw or "\u00a0" in raw or "\u202f" in raw
    if spaced and "," not in digits and digits.count(".") == 1:
        return float(digits)
    return float(digits.replace(".", "").replace(",", "."))


@functools.cache
def _foreign_start(lang: Numbers) -> re.Pattern[str] | None:
    pattern = foreign_pattern(lang)
    return None if pattern is None else re.compile(pattern)


def localised(text: str, lang: Numbers) -> str:
    """``text`` with a number written the other way round at its start
    rewritten the language's way ("3.5 millones" -> "3,5 millones")."""
    foreign = _foreign_start(lang)
    found = foreign.match(text) if foreign is not None else None
    if found is None:
        return text
    value = _foreign_value(found.group(), lang)
    plain = f"{value:.12f}".rstrip("0").rstrip(".")
    return plain.replace(".", lang.decimal_symbol) + text[found.end() :]


def digits_pattern(lang: Numbers) -> str:
    """Digits with the locale's grouping and decimal symbols, bounded in
    length, and the other convention's where the language reads them."""
    decimal = re.escape(lang.decimal_symbol)
    fraction = rf"(?:{decimal}\d{{1,12}})?"
    # Scientific notation: "1.3e6", "6.23x10^-4".
    exponent = r"(?:[eE][-+]?\d{1,3}|\s?[x×]\s?10\^[-+]?\d{1,3})(?![\w.])"
    # One separator throughout a number: "1.234.567" or "1 234 567".
    grouped = "|".join(
        rf"\d{{1,3}}(?:{re.escape(group)}\d{{3}}){{1,6}}(?!\d){fraction}"
        for group in dict.fromkeys((lang.group_symbol, *lang.group_alternatives))
    )
    foreign = foreign_pattern(lang)
    first = f"{foreign}|" if foreign else ""
    return (
        rf"(?:{first}(?<![\d{decimal}])"
        rf"(?:{grouped}|\d{{1,15}}{fraction}|{decimal}\d{{1,12}})(?:{exponent})?)"
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
    tables = _tables(lang)
    plain = alternation(tables.plain)
    big = alternation([*lang.hundred, *lang.scales, *lang.groups])
    plural = alternation(w for w in lang.fractions if w in lang.plural_fractions)
    singular = alternation(w for w in lang.fractions if w not in lang.plural_fractions)
    after_one = "|".join(
        rf"(?<=\b{re.escape(w)}{gap})"
        for w in [*lang.ones, *lang.articles]
        for gap in (" ", "-", " - ")
    )
    half = alternation(w for w, v in lang.fractions.items() if v == 0.5)
    added = alternation(lang.added_fractions)
    whole = rf"(?:{plain}|{big}|{added})"
    if lang.compound_words:
        # "fünfundzwanzig": number words run together, not a conjunction alone.
        whole = rf"(?!{conj}\b)(?:{alternation(tables.morphemes)})+"
    word = rf"(?:{whole}|{plural}|(?:{after_one}){singular})"
    point = alternation(lang.decimal_words)
    sep = (
        rf"(?:[ \t]{{0,3}}-[ \t]{{0,3}}|\s{{1,3}}{point}\s{{1,3}}"
        rf"|,?\s{{1,3}}(?:{conj}\s{{1,3}})?(?:{article}\s{{1,3}})?)"
    )
    scale = alternation(lang.scales)
    # A plural group or scale ("dozens", "millones") only multiplies a
    # number before it.
    lead = alternation(
        [
            *lang.hundred,
            *(s for s in lang.scales if s not in lang.plural_scales),
            *(g for g in lang.groups if g not in lang.plural_groups),
        ]
    )
    head = (
        rf"(?:{article}\s{{1,3}}(?={lead}|{half}|{singular}\s{{1,3}}{scale})"
        rf"|(?=(?:{plain}|{lead}|{added})\b)"
        + (rf"|(?={whole}\b))" if lang.compound_words else ")")
    )
    of = re.escape(lang.of)
    lone = rf"{article}\s{{1,3}}(?:{singular}|{plural})(?=\s+{of}\b|\s*[^\w\s-]|\s*$)"
    lone_half = rf"{half}(?=\s{{1,3}}{of}\b)"
    half_head = rf"{half}(?=\s{{1,3}}{article}\s)"
    fraction_head = rf"(?:{singular}|{half})(?=\s{{1,3}}{scale})"
    first = rf"(?:{half_head}|{fraction_head}|{head}{word})"
    # "treinta y un años": a key may end with a conjunction and an article.
    tail = rf"(?:\s{{1,3}}{conj}\s{{1,3}}{article})?" if tables.article_tail else ""
    return rf"(?:{lone}|{lone_half}|{first}(?:{sep}{word}){{0,12}}{tail})\b"


def slash_fraction_pattern() -> str:
    """Small written fractions: "3/4", "2 1/2" (numerator below denominator)."""
    return (
        r"(?<![\d/])(?:\d{1,3}\s{1,2})?"
        r"(?:1/(?:[2-9]|10)|2/[3-9]|3/[4-9]|4/[5-9]|5/[6-9]|6/[7-9]|7/[89]|8/9)"
        r"(?![\d/])"
    )


@functools.cache
def number_starters(bundle: Language) -> tuple[str, ...]:
    """The words a spelled-out number can begin with ("minus", "a", "three").

    In a language of compound number words these open a word rather than
    fill it ("fünf" opens "fünfundzwanzig"): see ``starts_whole_words``.
    """
    lang = bundle.numbers
    words = (
        *lang.negative_words,
        *lang.articles,
        *lang.units,
        *lang.tens,
        *lang.hundred,
        *(s for s in lang.scales if s not in lang.plural_scales),
        *lang.groups,
        *lang.fractions,
        *lang.added_fractions,
    )
    return tuple(dict.fromkeys(word.split()[0] for word in words))


def starts_whole_words(bundle: Language) -> bool:
    """Whether every spelled number starts with a whole word of
    ``number_starters`` (not so where number words run together)."""
    return not bundle.numbers.compound_words


@functools.cache
def number_words(bundle: Language) -> NumberWords:
    """Lower-case words that can end a spelled amount ("three", "dozen", "half"),
    compound number words included ("fünfundzwanzig")."""
    lang = bundle.numbers
    tables = (lang.units, lang.tens, lang.hundred, lang.scales)
    more = (lang.scale_abbreviations, lang.groups, lang.fractions)
    words = {w.split()[-1] for table in (*tables, *more) for w in table}
    return NumberWords(words | set(lang.added_fractions) | set(lang.articles), lang)


@functools.cache
def number_pattern(bundle: Language) -> str:
    """The regex source matching one numeric expression in the bundle's language.

    Each branch starts with a cheap test (a digit, or a word boundary before a
    letter) so that scanning skips ordinary text quickly.
    """
    lang = bundle.numbers
    digits = digits_pattern(lang)
    # "34 cents" after digits is money, not 3,400: a minor currency unit
    # scales no digits.
    minor = bundle.money.minor_units
    scale = alternation(
        w
        for w in [*lang.hundred, *lang.scales, *lang.scale_abbreviations]
        if w not in minor
    )
    groups = alternation(lang.groups)
    fractions = alternation(lang.fractions)
    conj = alternation(lang.conjunctions)
    # "3 million and a half": the fraction is of the scale.
    and_a_fraction = rf"(?:\s{{1,3}}{conj}\s{{1,3}}\w{{1,5}}\s{{1,3}}{fractions}\b)?"
    # "4 thousand 3 hundred and 21": digit groups under falling scale words.
    # A lookbehind has a fixed width: one per form of each hundred word.
    hundred = "|".join(rf"(?<={re.escape(w)})" for w in folded(lang.hundred)) or "(?!)"
    more = rf"(?:\s{{1,3}}\d{{1,3}}\s?{scale}\b){{0,3}}"
    odd = rf"(?:(?:{hundred})\s{{1,3}}{conj}\s{{1,3}}[1-9]\d?(?![\d.,%]))?"
    # "1,17 mil millones": a scale word may scale the one before it.
    # "Mio." keeps its full stop.
    scales = rf"{scale}(?:\b|(?<=\.))(?:\s{{1,3}}{scale}\b){{0,2}}"
    digit_number = (
        rf"{digits}(?:[\s-]?{scales}{more}{odd}{and_a_fraction}"
        rf"|\s{{1,3}}{groups}\b)?"
    )
    vulgar = rf"(?:\d{{1,3}}\s?)?[{VULGAR}](?!\d)"
    digit_forms = rf"(?:{vulgar}|{slash_fraction_pattern()}|{digit_number})"
    sign = r"(?:(?<![\w.,%-])[-−])?"
    negative = alternation(lang.negative_words)
    word_forms = rf"(?:{negative}\s+)?(?:{digit_forms}|{word_number_pattern(lang)})"
    whole = r"\b" if starts_whole_words(bundle) else ""
    gate = rf"(?={alternation(number_starters(bundle))}{whole})"
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
    if lang.foreign_digits and text[:1].isdigit():
        text = localised(text, lang)
    if lang.group_alternatives:
        text = _spaced_groups(lang).sub("", text)
    reader = _Reader(lang)
    tokens = words_of(TOKEN.findall(text.lower()), lang)
    if tokens is None:
        return None
    sign = 1.0
    if NEGATIVE.match(text) or (tokens and tokens[0] in lang.negative_words):
        sign = -1.0
        tokens = tokens[1:] if tokens and tokens[0] in lang.negative_words else tokens
    for token in tokens:
        if not reader.feed(token):
            return None
    value = reader.result()
    return None if value is None else sign * value


@functools.cache
def _spaced_groups(lang: Numbers) -> re.Pattern[str]:
    """The other group separators between digits ("70 000"), to drop."""
    marks = re.escape("".join(lang.group_alternatives))
    return re.compile(rf"(?<=\d)[{marks}](?=\d{{3}}(?!\d))")


def words_of(tokens: list[str], lang: Numbers) -> list[str] | None:
    """Tokens as the reader's words: compounds split ("fünfundzwanzig"),
    phrases joined ("quatre vingts"); None when a word is no number word."""
    tables = _tables(lang)
    if lang.compound_words:
        split: list[str] = []
        for token in tokens:
            pieces = split_compound(token, lang) if token[0].isalpha() else None
            split.extend(pieces or (token,))
        tokens = split
    if not tables.phrases:
        return tokens
    out, at = [], 0
    while at < len(tokens):
        for size in range(min(tables.longest_phrase, len(tokens) - at), 1, -1):
            key = tables.phrases.get(tuple(tokens[at : at + size]))
            if key is not None:
                out.append(key)
                at += size
                break
        else:
            out.append(tokens[at])
            at += 1
    return out


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
        #: The groups closed by scale words so far, largest scale first:
        #: (value, scale), as "3 billones 455 mil 228 millones" builds them.
        self.groups: list[tuple[float, float]] = []
        self.current: float | None = None
        self.before_and: float | None = None
        self.last_word: float | None = None
        #: The plain word before a conjunction ("treinta" in "treinta y cinco").
        self.word_before_and: float | None = None
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
            self.word_before_and, self.last_word = self.last_word, None
            return True
        if token in lang.added_fractions:
            # "dreieinhalb": the fraction adds to the number before it.
            self.last_word = None
            return self.add(lang.added_fractions[token])
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
            joined = self.joined_over_and(value)
            if joined is not None:
                self.plain_and, self.before_and = False, None
                self.add(value)
                self.last_word = joined
                return True
            # "two and three rotations" lists two numbers; only a fraction may
            # follow such an "and" ("twenty and three fifths").
            self.dangling = True
        # A word may only fill the trailing zeros of the one before: "ninety
        # one", "doscientos cincuenta", but not "nineteen ninety" (a year) or
        # "one two".
        last = self.last_word
        if last is not None and not fills(last, value):
            return False
        self.add(value)
        self.last_word = value
        return True

    def joined_over_and(self, value: float) -> float | None:
        """What a word joined to the one before a conjunction makes of it,
        as the last word: "treinta y cinco" (5), "fünfundzwanzig" (25)."""
        before, lang = self.word_before_and, self.lang
        if before is None:
            return None
        if lang.tens_conjunction and fills(before, value):
            return value
        tens = value % 10 == 0 and 20 <= value < 100
        if lang.units_before_tens and 1 <= before < 10 and tens:
            return before + value  # nothing may fill it further
        return None

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
        elif token in lang.scales or _abbreviated(token, lang) is not None:
            scale = lang.scales.get(token) or _abbreviated(token, lang) or 1.0
            self.close_group(scale)
            self.current = None
            self.before_and = None
        elif token in lang.groups or token in lang.fractions:
            factor = lang.groups.get(token) or lang.fractions[token]
            self.apply_to_addend(factor)
        else:
            return False
        self.seen = True
        return True

    def close_group(self, scale: float) -> None:
        """A scale word closes the number before it, and every group of a
        smaller scale before that: "tres mil millones" is 3000 millions, "dos
        mil quinientos millones" 2500 millions, "two thousand million" 2e9."""
        # Nothing before the scale: "a million" is one, "mil millones" scales
        # the group before.
        empty = 0.0 if self.groups else 1.0
        base = self.current if self.current is not None else empty
        while self.groups and self.groups[-1][1] < scale:
            base += self.groups.pop()[0]
        self.groups.append((base * scale, scale))
        self.last_scale = scale

    def apply_to_addend(self, factor: float) -> None:
        self.dangling = self.plain_and = False
        if self.scale_and and factor < 1:
            # "three million and a half": the fraction is of the million.
            value = ((self.current or 0.0) or 1.0) * factor * self.last_scale
            self.groups.append((value, self.last_scale))
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
        whole = sum(value for value, _ in self.groups) + (self.current or 0.0)
        if self.decimals:
            return whole + float("0." + self.decimals)
        return whole


def _abbreviated(token: str, lang: Numbers) -> float | None:
    """The scale of an abbreviation, written with its full stop or not ("mio.")."""
    found = lang.scale_abbreviations.get(token)
    return found if found is not None else lang.scale_abbreviations.get(token + ".")


def fills(last: float, value: float) -> bool:
    """Whether ``value`` fills the trailing zeros of the number word ``last``
    ("twenty" 20 and "one", "doscientos" 200 and "cincuenta" 50)."""
    if last < 20 or last != int(last):
        return False
    place, rest = 1, int(last)
    while rest % 10 == 0:
        place, rest = place * 10, rest // 10
    return value < place


def scale_of(text: str, lang: Numbers) -> float:
    """The scale word ending ``text`` ("7 million" -> 1e6), 1.0 when none."""
    tokens = TOKEN.findall(text.lower())
    last = tokens[-1] if tokens else ""
    return float(lang.scales.get(last) or _abbreviated(last, lang) or 1.0)
