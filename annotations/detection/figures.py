"""Shared figure reading: numbers scanned once per text, then each detector's
prefix and suffix, ranges ("5-7", "5 km to 7 km", "between 3 and 4") and the
qualifier in front ("around $1.2 billion").

A detector describes its figures with a ``Shape`` (what may stand before the
number, what must or may follow it) and gets back ``Figure`` records with spans
and values; it only decides what they mean.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from . import anchors
from .context import Context
from .lang import Language
from .lang.schema import Numbers as NumberWords
from .numbers import (
    VULGAR,
    alternation,
    number_pattern,
    number_starters,
    parse_number,
    scale_of,
)
from .qualifiers import phrases, qualifier_for, suffix_pattern
from .text.lookback import Found, Lookback
from .text.memo import per_call
from .text.regexes import WordStarts, trie
from .types import Claim, Kind, Qualifier

__all__ = ["Figure", "Number", "Shape", "figures", "find_numbers", "scan"]

#: Continental price formats: "1.234.567", "1.234,50", "12,99", "12 590,00"
#: (plain English numbers never take these shapes).
CONTINENTAL = (
    r"(?=\d)(?<![\d.,])(?:\d{1,3}(?:\.\d{3}){2,6}(?:,\d{1,2})?"
    r"|\d{1,3}\.\d{3},\d{1,2}|\d{1,9},\d{1,2}"
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3}){1,4}(?:[.,]\d{1,2})?)(?![\d,])"
)
CONTINENTAL_FULL = re.compile(CONTINENTAL)


class Number(NamedTuple):
    """One number of the text (a named tuple: a megabyte holds thousands)."""

    start: int
    end: int
    value: float
    text: str
    #: Letters right before the digits ("F-16", "EUR29"): a name, unless a
    #: currency code is what touches it.
    glued: bool = False


@dataclass(frozen=True, slots=True)
class Shape:
    """What surrounds a detector's numbers.

    ``before`` finds a phrase (a currency symbol) ending where the number
    starts; ``after`` is matched right after the number and may define a
    ``unit`` group and a ``scale`` (a suffix such as "m" in "$5m") whose value ``scales`` gives.
    """

    after: re.Pattern[str]
    before: Lookback | None = None
    scales: tuple[tuple[str, float], ...] = ()
    #: Whether numbers glued to letters ("EUR29") may be read.
    glued: bool = False


@dataclass(frozen=True, slots=True)
class Figure:
    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    qualifier: Qualifier
    before: Found | None
    after: re.Match[str]
    first: Number


@functools.cache
def _scan_regex(lang: Language) -> re.Pattern[str]:
    if lang.numbers.continental_prices:
        return re.compile(rf"{CONTINENTAL}|{number_pattern(lang)}")
    return re.compile(number_pattern(lang))


#: Web addresses and e-mail: digits inside them are no figures ("%20").
ADDRESS = re.compile(
    r"(?:https?://|www\.)[^\s<>\"]{1,2000}|[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{2,64}"
)


def _addresses(text: str) -> list[tuple[int, int]]:
    return (
        [m.span() for m in ADDRESS.finditer(text)]
        if "@" in text or "ww" in text or "://" in text
        else []
    )


def _continental(raw: str) -> float:
    """ "1.234,50" or "12 590,00" (or "3 250 000") as a float."""
    digits = "".join(raw.split()).replace("\u202f", "")
    spaced = " " in raw or "\u00a0" in raw or "\u202f" in raw
    if spaced and "," not in digits and digits.count(".") == 1:
        return float(digits)
    return float(digits.replace(".", "").replace(",", "."))


def _identifier(text: str, start: int) -> bool:
    """Digits glued to letters ("F-16", "COVID-19", "scp173") name things."""
    if start == 0 or not text[start].isdigit():
        return False
    before = text[start - 1]
    if before == "-" and start > 1:
        before = text[start - 2]
    return before.isalpha()


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    i = bisect.bisect_right(spans, (pos, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


#: A long stretch with no letters (digits, symbols, punctuation, spaces) is a
#: table dump or hostile input, not prose: its numbers are not read, which
#: keeps detection linear and fast on a megabyte of "$1$1$1...".
NOT_PROSE = re.compile(r"(?<![^\W\d_])[\W\d_]{256,}")
#: A letter: prose has one in every block of 128 characters.
LETTER = re.compile(r"[^\W\d_]")
BLOCK = 128


def _letter_in_every_block(text: str) -> bool:
    """Whether every aligned block of 128 characters holds a letter.

    If so, no stretch of 256 characters lacks one (it would cover a whole
    block): a few thousand short searches per megabyte rule out ``NOT_PROSE``
    faster than the regex itself, which tries its run at every space.
    """
    search = LETTER.search
    return all(
        search(text, start, start + BLOCK) is not None
        for start in range(0, len(text) - BLOCK + 1, BLOCK)
    )


def _prose_ranges(text: str) -> list[tuple[int, int]]:
    if _letter_in_every_block(text):
        return [(0, len(text))]
    ranges: list[tuple[int, int]] = []
    pos = 0
    for stretch in NOT_PROSE.finditer(text):
        ranges.append((pos, stretch.start()))
        pos = stretch.end()
    ranges.append((pos, len(text)))
    return ranges


@per_call
def scan(ctx: Context) -> tuple[Number, ...]:
    """Every number in ``ctx.text`` outside web addresses, read once per call."""
    text = ctx.text
    addresses = _addresses(text)
    return tuple(
        number
        for start, end in _prose_ranges(text)
        for number in _scan_range(ctx, start, end, addresses)
    )


@functools.cache
def _starts(lang: Language) -> tuple[re.Pattern[str], WordStarts]:
    """Where a number can start: a digit or fraction character, and a word
    that opens a spelled-out number ("three", "a dozen", "minus").

    Every match of the number regex starts at one of these (or at the sign
    or point right before a digit), and each is cheap to find: a character
    class is skipped to in C, where the full regex would be tried at every
    position of the text.
    """
    digit = re.compile(rf"[\d{VULGAR}]")
    word = WordStarts(rf"{trie(number_starters(lang), fold=True)}\b")
    return digit, word


def _candidates(ctx: Context, start: int, end: int) -> list[int]:
    """Sorted positions where the number regex may match, in ``[start, end)``."""
    text = ctx.text
    digit, word = _starts(ctx.lang)
    found = [m.start() for m in digit.finditer(text, start, end)]
    if (start, end) == (0, len(text)):
        words = anchors.starts(ctx, "number")  # the shared word search
    else:
        words = [m.start() for m in word.finditer(text, start, end)]
    return sorted(found + words) if words else found


def _matches(ctx: Context, start: int, end: int) -> Iterator[re.Match[str]]:
    """The same matches as ``finditer`` of the number regex over ``[start, end)``,
    tried only where a number can start."""
    text = ctx.text
    regex = _scan_regex(ctx.lang)
    last = start
    for pos in _candidates(ctx, start, end):
        if pos < last:
            continue
        tries = [pos]
        if text[pos] not in "-−." and pos - 1 >= last and text[pos - 1] in "-−.":
            # A sign or decimal point opens the number: "-5", ".5", "-.5".
            tries.insert(0, pos - 1)
            if pos - 2 >= last and text[pos - 1] == "." and text[pos - 2] in "-−":
                tries.insert(0, pos - 2)
        for at in tries:
            match = regex.match(text, at, end)
            if match:
                yield match
                last = match.end()
                break


def _scan_range(
    ctx: Context, start: int, end: int, addresses: list[tuple[int, int]]
) -> list[Number]:
    text, lang = ctx.text, ctx.lang
    continental = lang.numbers.continental_prices
    out = []
    for match in _matches(ctx, start, end):
        if addresses and _inside(addresses, match.start()):
            continue
        raw = match.group()
        if continental and CONTINENTAL_FULL.fullmatch(raw):
            value: float | None = _continental(raw)
        else:
            value = parse_number(raw, lang)
        if value is not None:
            glued = _identifier(text, match.start())
            out.append(Number(match.start(), match.end(), value, raw, glued))
    return out


def glued(text: str, start: int, end: int) -> bool:
    """True when letters touch the span: "180ml", "4th", "F16" are no plain numbers."""
    return (end < len(text) and text[end].isalpha()) or (
        start > 0 and text[start - 1].isalpha()
    )


def find_numbers(ctx: Context) -> list[Claim]:
    """Every numeric expression as a ``count`` claim with no unit: the bare
    numbers the arithmetic checks read, and the peer evaluation's numbers.

    >>> ctx = Context.create("He ate two dozen eggs", published=None, language="en")
    >>> [c.value for c in find_numbers(ctx)]
    [24.0]
    """
    text, lang = ctx.text, ctx.lang.numbers
    numbers = [
        n
        for n in scan(ctx)
        if not glued(text, n.start, n.end)
        and not is_pronoun(text, n.start, n.text, lang)
    ]
    claims, skip = [], -1
    for index, number in enumerate(numbers):
        if number.start < skip:
            continue
        ratio = read_ratio(ctx, numbers, index)
        if ratio is not None:
            claims.append(ratio)
            skip = ratio.end
            continue
        claims.append(
            Claim(Kind.COUNT, number.start, number.end, number.text, number.value)
        )
    return claims


@functools.cache
def _ratio_join(lang: Language) -> re.Pattern[str]:
    return re.compile(rf"\s{{1,3}}{alternation(lang.numbers.ratio_words)}\s{{1,3}}")


def read_ratio(ctx: Context, numbers: Sequence[Any], index: int) -> Claim | None:
    """ "one in five", "3 out of 10": a share (0.2, 0.3) when the first is the
    smaller whole number and the second is no year."""
    if index + 1 >= len(numbers):
        return None
    text = ctx.text
    first, second = numbers[index], numbers[index + 1]
    join = _ratio_join(ctx.lang).match(text, first.end)
    if join is None or join.end() != second.start or not 0 < first.value < second.value:
        return None
    if first.value != int(first.value) or re.fullmatch(r"1\d{3}|20\d{2}", second.text):
        return None
    span = text[first.start : second.end]
    return Claim(Kind.COUNT, first.start, second.end, span, first.value / second.value)


def is_pronoun(text: str, start: int, written: str, lang: NumberWords) -> bool:
    """ "the one you mentioned", "which one": "one" standing for a thing."""
    if written.lower() not in lang.pronoun_numbers:
        return False
    before = text[max(0, start - 12) : start].split()
    return bool(before) and before[-1].lower() in lang.determiners


@functools.cache
def _edges(lang: Language) -> tuple[Lookback, Lookback, Lookback, re.Pattern[str]]:
    ranges = lang.ranges
    qualifiers = Lookback(phrases(lang))
    between = Lookback(ranges.between)
    after_from = Lookback(ranges.change_from)
    joiners = trie(ranges.joiners, spaces=False)
    join = re.compile(rf"\s?[-–—]\s?|\s{{1,3}}{joiners}\s{{1,3}}")
    return qualifiers, between, after_from, join


@functools.cache
def _suffix_regex(lang: Language) -> re.Pattern[str]:
    return re.compile(suffix_pattern(lang))


@per_call
def _suffixes(ctx: Context) -> tuple[re.Match[str] | None, ...]:
    """The qualifier written right after each scanned number ("20 or more"),
    shared by every shape."""
    match, text = _suffix_regex(ctx.lang).match, ctx.text
    return tuple(match(text, number.end) for number in scan(ctx))


@per_call
def _joined(ctx: Context) -> tuple[bool, ...]:
    """Whether a range joint ("-", " to ", " and ") follows each scanned number."""
    join, text = _edges(ctx.lang)[3].match, ctx.text
    return tuple(join(text, number.end) is not None for number in scan(ctx))


def figures(ctx: Context, shape: Shape) -> Iterator[Figure]:
    """Figures of ``shape`` in ``ctx.text``, ranges joined, qualifiers read.

    A figure needs a ``before`` phrase or the ``unit`` group of ``after``
    (its own or its range partner's): a bare number is no figure of any shape.
    """
    text, lang = ctx.text, ctx.lang
    numbers = scan(ctx)
    suffixes = _suffixes(ctx)
    joined = _joined(ctx)
    qualifiers, betweens, froms, join_re = _edges(lang)
    lone_joiners = [f" {word}" for word in lang.ranges.between_joiners]
    after_match = shape.after.match
    before_of = shape.before.before if shape.before else None
    skip_to = -1
    for index, number in enumerate(numbers):
        if number.start < skip_to or (number.glued and not shape.glued):
            continue
        before = before_of(ctx, number.start) if before_of else None
        # "20 or more people": the qualifier may sit between number and unit.
        suffix = suffixes[index]
        after = after_match(text, suffix.end() if suffix else number.end)
        if after is None:
            continue
        end = after.end()
        if end == number.end and before is None and not joined[index]:
            continue  # a bare number, and no range partner to lend it a unit
        second = _second(ctx, numbers, index, end, shape, join_re)
        if second is None and before is None and not _has_unit(after):
            continue
        start = before.start if before else number.start
        value: float | None = _scaled(number, after, shape)
        low = high = None
        if second is not None:
            between = betweens.before(ctx, start)
            # "5 and 7 km" is a range only after "between"; "from 5% to 7%" is a change.
            gap = text[end : second[0].start]
            lone_and = between is None and any(word in gap for word in lone_joiners)
            if lone_and or _is_change(froms.before(ctx, start), after, second[1]):
                second = None
        if second is not None:
            other, other_after = second
            low, high = _range(number, after, other, other_after, shape, lang)
            value, end, skip_to = None, other_after.end(), other_after.end()
            after = other_after if _has_unit(other_after) else after
            if between:
                start = between.start
        if suffix is None and second is None:
            suffix = _suffix_regex(lang).match(text, end)
            end = suffix.end() if suffix else end
        qualifier = qualifier_for(suffix.group().strip() if suffix else None, lang)
        found = qualifiers.before(ctx, start)
        if found:
            qualifier, start = qualifier_for(found.text, lang), found.start
        yield Figure(start, end, value, low, high, qualifier, before, after, number)


def _range(
    first: Number,
    first_after: re.Match[str],
    second: Number,
    second_after: re.Match[str],
    shape: Shape,
    lang: Language,
) -> tuple[float, float]:
    """Low and high; the second's scale carries to a bare first ("5-7 million")."""
    words = lang.numbers
    low, high = _scaled(first, first_after, shape), _scaled(second, second_after, shape)
    scale = scale_of(second.text, words) * _suffix(second_after, shape)
    bare = scale_of(first.text, words) * _suffix(first_after, shape) == 1
    if bare and scale > 1 and low * scale <= high:
        low *= scale
    return min(low, high), max(low, high)


def _suffix(after: re.Match[str], shape: Shape) -> float:
    if "scale" in after.re.groupindex and after.group("scale"):
        return dict(shape.scales).get(after.group("scale").lower(), 1.0)
    return 1.0


def _is_change(
    after_from: Found | None, first: re.Match[str], second: re.Match[str]
) -> bool:
    """ "from 5% to 7%", "3 points to 61%" or "6% to 309 yen" are two figures."""
    if after_from is not None:
        return True
    if _has_unit(first) and not _has_unit(second):
        return True
    if _has_unit(first) and _has_unit(second):
        return " ".join(first.group("unit").lower().split()) != " ".join(
            second.group("unit").lower().split()
        )
    return False


def _has_unit(match: re.Match[str]) -> bool:
    return "unit" in match.re.groupindex and match.group("unit") is not None


def _scaled(number: Number, after: re.Match[str], shape: Shape) -> float:
    return number.value * _suffix(after, shape)


def _second(
    ctx: Context,
    numbers: tuple[Number, ...],
    index: int,
    pos: int,
    shape: Shape,
    join_re: re.Pattern[str],
) -> tuple[Number, re.Match[str]] | None:
    """The second half of a range starting at ``pos``, if there is one."""
    if index + 1 >= len(numbers):
        return None
    text = ctx.text
    join = join_re.match(text, pos)
    if join is None:
        return None
    other = numbers[index + 1]
    gap_start = join.end()
    if other.start != gap_start:
        before = shape.before.before(ctx, other.start) if shape.before else None
        if before is None or before.start != gap_start:
            return None
    other_after = shape.after.match(text, other.end)
    return None if other_after is None else (other, other_after)
