"""Duration claims ("within three days", "18 months", "two to three weeks") in seconds and ISO 8601.

The detector finds a time unit first (pint's names, plurals and symbols for
``PINT_UNITS`` plus the lang aliases) and then reads the amount just before it,
so the costly number pattern only runs next to a unit. Conventions:

- ``value`` and ``unit`` are as written (``3.0``, ``"day"``); a compound
  ("2 hours and 30 minutes") is given in seconds with ``unit="second"``.
- ``seconds``: pint converts clock units; a month is 30 days and a year 365
  (the convention fact-checkers and the peer suites use; pint's Julian year is
  six hours longer).
- ``normalized`` is the ISO 8601 duration as written: ``P3D``, ``PT2H``,
  ``P18M``, ``P2.5Y``, ``P1Y1M21D``; ranges and vague amounts have none.
- Ranges ("two to three weeks") set ``low``/``high``; vague amounts ("several
  weeks") set ``low`` (and ``high`` when the word implies one, "a few" is 2-5)
  from ``VAGUE_AMOUNTS``, with ``seconds`` for ``low``.
- Qualifier words ("within", "more than", "nearly") are part of the span and
  set ``qualifier`` ("within" is at most).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from . import units
from .context import Context
from .dates.words import (
    alternation,
    last_word,
    matches_before,
    padded_fold,
    trie,
)
from .lang import Language
from .lang.schema import Durations
from .numbers import number_pattern, number_words, parse_number
from .qualifiers import phrases as phrases_of
from .qualifiers import qualifier_for, qualifier_pattern
from .types import Claim, Kind, Qualifier

#: Days in a calendar unit, by the news convention above.
CALENDAR_DAYS: dict[str, float] = {
    "month": 30.0,
    "year": 365.0,
    "century": 36500.0,
    "millennium": 365000.0,
}

#: ISO 8601 designators, largest first; time units follow a "T".
DESIGNATORS: tuple[tuple[str, str, float], ...] = (
    ("year", "Y", 1.0),
    ("century", "Y", 100.0),
    ("millennium", "Y", 1000.0),
    ("month", "M", 1.0),
    ("week", "W", 1.0),
    ("fortnight", "W", 2.0),
    ("day", "D", 1.0),
    ("hour", "H", 1.0),
    ("minute", "M", 1.0),
    ("second", "S", 1.0),
)
TIME_UNITS = frozenset({"hour", "minute", "second"})
WINDOW = 48


@functools.cache
def amount_words(bundle: Language) -> frozenset[str]:
    """Words an amount before a unit can end with: numbers, "few", "couple", "full"."""
    lang = bundle.durations
    phrases = [*lang.vague_amounts, *lang.word_amounts]
    return number_words(bundle) | {phrase.split()[-1] for phrase in phrases}


@functools.cache
def amount_vocabulary(bundle: Language) -> frozenset[str]:
    """Every word an amount with its qualifier may hold ("no", "more", "than", "two")."""
    lang = bundle.durations
    phrases = [
        *lang.vague_amounts,
        *lang.word_amounts,
        *lang.range_joiners,
        *lang.between,
        *phrases_of(bundle),
    ]
    spelled = {word for phrase in phrases for word in re.findall(r"\w+", phrase)}
    return number_words(bundle) | spelled | set(bundle.numbers.conjunctions)


@functools.cache
def unit_words(bundle: Language) -> dict[str, tuple[str, float]]:
    """Lower-case unit word -> (pint unit, multiplier): pint's names for the
    bundle's units (when it reads them), its short symbols and its aliases."""
    lang = bundle.durations
    registry = units.registry()
    table: dict[str, tuple[str, float]] = {}
    for name in lang.pint_units if lang.pint_names else ():
        definition = registry._units[name]
        for word in (name, definition.symbol, *definition.aliases):
            if len(word) > 1 and word.isalpha():
                table[word.lower()] = (name, 1.0)
                table[f"{word.lower()}{lang.pint_plural}"] = (name, 1.0)
    for symbol in lang.short_symbols:
        table[symbol] = (str(registry.parse_unit_name(symbol)[0][1]), 1.0)
    table.update(lang.aliases)
    return table


@functools.cache
def patterns(bundle: Language) -> dict[str, re.Pattern[str]]:
    """The compiled duration regexes of the bundle's language, built once."""
    lang = bundle.durations
    table = unit_words(bundle)
    long_words = trie(w for w in table if len(w) > 1)
    short = alternation(lang.short_symbols)
    number = number_pattern(bundle)
    joiners = alternation(lang.range_joiners)
    between, between_and = lang.between
    # A single number goes first: "two and a half" is not a range.
    amount = (
        rf"(?P<num>{number})(?=[\s-]*$)"
        rf"|(?:(?P<between>{between})\s+)?(?P<low>{number})\s*"
        rf"(?:{joiners}|{between_and})\s*(?P<high>{number})"
        rf"|\b(?P<vague>{alternation(lang.vague_amounts)})"
        rf"|\b(?P<word>{alternation(lang.word_amounts)})"
    )
    return {
        # Run over the folded text behind one space (see ``find``): the
        # separator before a unit is consumed, not looked behind at, so the
        # engine skips ahead to the characters of the set "[^a-z]" fast.
        "unit": re.compile(
            rf"[^a-z](?:(?P<long>{long_words})(?![a-z])|(?<=\d)(?P<short>\s?{short})\b)"
        ),
        "amount": re.compile(
            rf"(?:(?P<qual>{qualifier_pattern(bundle)})\s+)?(?:{amount})[\s-]*$",
            re.IGNORECASE,
        ),
        "fraction": re.compile(
            r"\s+"
            + lang.and_a_fraction_pattern.format(
                fraction=alternation(lang.and_a_fraction)
            )
            + r"\b",
            re.IGNORECASE,
        ),
        "word_after": re.compile(r"\s+[^\W\d]", re.IGNORECASE),
        "rate": re.compile(
            rf"(?:\d|%|\b{alternation(lang.rate_words)})\s+$", re.IGNORECASE
        ),
        "old": re.compile(rf"[\s-]{alternation(lang.age_words)}\b", re.IGNORECASE),
        "quantity_before": re.compile(
            rf"(?:\d\s*|\b{alternation(number_words(bundle))}\s+)[^\W\d_]+\.?\s+$",
            re.IGNORECASE,
        ),
        # The joint of a compound: "1 year 1 month", "2 hours and 30 minutes".
        "compound": re.compile(
            rf"\s+(?:{alternation(bundle.numbers.conjunctions)}\s+)?"
        ),
    }


@dataclass(frozen=True, slots=True)
class Amount:
    """How many units: a value, or bounds for ranges and vague words."""

    value: float | None
    low: float | None = None
    high: float | None = None


def find(ctx: Context) -> list[Claim]:
    """Duration claims in ``ctx.text``.

    >>> ctx = Context.create("It ended within three days.", published=None, language="en")
    >>> [(c.text, c.normalized) for c in find(ctx)]
    [('within three days', 'P3D')]
    """
    regexes = patterns(ctx.lang)
    table = unit_words(ctx.lang)
    old, amounts = regexes["old"], amount_words(ctx.lang)
    claims: list[Claim] = []
    for match in regexes["unit"].finditer(padded_fold(ctx)):
        group = "long" if match.group("long") is not None else "short"
        # One space was put in front of the text: offsets move back by one.
        start, end = match.start(group) - 1, match.end() - 1
        before = last_word(ctx.text, start)
        if not before or not (before[-1].isdigit() or before in amounts):
            continue  # "in recent years": no amount, no need to read one
        if old.match(ctx.text, end):
            continue  # "an 18-month-old boy" is an age
        claim = read_duration(ctx, regexes, table, (start, end))
        if claim is not None:
            claims.append(claim)
    return merge_compounds(ctx, claims)


def read_duration(
    ctx: Context,
    regexes: dict[str, re.Pattern[str]],
    table: dict[str, tuple[str, float]],
    span: tuple[int, int],
) -> Claim | None:
    """The amount (and qualifier) read backwards from the unit word at ``span``."""
    lang = ctx.lang.durations
    start, end = span
    word = ctx.text[start:end].strip().lower()
    unit, multiplier = table[word]
    read = first_amount(
        ctx, regexes, start, plural=word.endswith("s") and len(word) > 2
    )
    if read is None:
        return None
    found, amount = read
    if found.group("word") and is_rate(ctx, regexes, found.start()):
        return None  # "twice a week", "$5 million a year", "24 hours a day"
    if (
        found.group("word")
        and unit in lang.ordinal_units
        and regexes["word_after"].match(ctx.text, end)
    ):
        return None  # "a second wave"
    fraction = regexes["fraction"].match(ctx.text, end)
    if fraction and amount.value is not None:
        amount = Amount(amount.value + lang.and_a_fraction[fraction.group(1).lower()])
        end = fraction.end()
    qualifier = qualifier_for(found.group("qual"), ctx.lang)
    return build(ctx, found.start(), end, unit, scaled(amount, multiplier), qualifier)


def first_amount(
    ctx: Context, regexes: dict[str, re.Pattern[str]], end: int, *, plural: bool
) -> tuple[re.Match[str], Amount] | None:
    """The leftmost reading before ``end`` that is an amount ("twenty and four")."""
    lang = ctx.lang.durations
    vocabulary = amount_vocabulary(ctx.lang)
    for found in matches_before(regexes["amount"], ctx.text, end, WINDOW, vocabulary):
        amount = read_amount(ctx, lang, found, plural=plural)
        if amount is not None:
            return found, amount
    return None


def is_rate(ctx: Context, regexes: dict[str, re.Pattern[str]], start: int) -> bool:
    """Whether an article amount ("a week") follows a count or a unit, as a rate."""
    window = max(0, start - 32)
    if regexes["rate"].search(ctx.text, window, start):
        return True
    # "100 km an hour", "five people a day": a counted thing, then the article.
    return regexes["quantity_before"].search(ctx.text, window, start) is not None


def read_amount(
    ctx: Context, lang: Durations, found: re.Match[str], *, plural: bool
) -> Amount | None:
    if found.group("low"):
        low = parse_number(found.group("low"), ctx.lang)
        high = parse_number(found.group("high"), ctx.lang)
        if low is None or high is None or low >= high:
            return None
        return Amount(None, low, high)
    if found.group("num"):
        value = parse_number(found.group("num"), ctx.lang)
        return None if value is None else Amount(value)
    if found.group("vague"):
        low, high = lang.vague_amounts[" ".join(found.group("vague").lower().split())]
        return Amount(None, low, high)
    key = " ".join(found.group("word").lower().split())
    value = lang.word_amounts[key]
    if plural and value <= 1:
        return None  # "a years" is no amount
    return Amount(value)


def scaled(amount: Amount, factor: float) -> Amount:
    def times(x: float | None) -> float | None:
        return None if x is None else x * factor

    return Amount(times(amount.value), times(amount.low), times(amount.high))


@functools.cache
def unit_seconds(unit: str) -> float:
    """Seconds in one ``unit``: pint for clock units, the calendar convention above."""
    registry = units.registry()
    if unit in CALENDAR_DAYS:
        day = registry.Quantity(1, "day").to("second").magnitude
        return float(CALENDAR_DAYS[unit] * day)
    return float(registry.Quantity(1, unit).to("second").magnitude)


def build(
    ctx: Context,
    start: int,
    end: int,
    unit: str,
    amount: Amount,
    qualifier: Qualifier = Qualifier.EXACT,
) -> Claim:
    size = unit_seconds(unit)
    extra: tuple[tuple[str, Any], ...] = ()
    if amount.value is not None:
        seconds: float | None = amount.value * size
        normalized: str | None = single_duration(unit, amount.value)
    else:
        seconds = None if amount.low is None else amount.low * size
        normalized = None
        if amount.high is not None:
            extra = (("high_seconds", amount.high * size),)
    return Claim(
        Kind.DURATION,
        start,
        end,
        ctx.text[start:end],
        value=amount.value,
        unit=unit,
        low=amount.low,
        high=amount.high,
        qualifier=qualifier,
        normalized=normalized,
        seconds=seconds,
        extra=extra,
    )


def number_text(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:.6g}"


#: How a fraction of a unit carries into the next smaller one ("P1.5Y" is
#: written "P1Y6M"), by the same calendar convention as ``seconds``.
CARRY: dict[str, tuple[str, float]] = {
    "year": ("month", 12.0),
    "month": ("day", 30.0),
    "week": ("day", 7.0),
    "day": ("hour", 24.0),
    "hour": ("minute", 60.0),
    "minute": ("second", 60.0),
}


def whole_parts(unit: str, value: float) -> list[tuple[str, float]]:
    """Split a fractional value into whole smaller units when it divides evenly."""
    whole = float(int(value))
    if value == whole or unit not in CARRY:
        return [(unit, value)]
    smaller, factor = CARRY[unit]
    rest = round((value - whole) * factor, 6)
    if rest != int(rest):
        return [(unit, value)]
    head = [(unit, whole)] if whole else []
    return [*head, (smaller, rest)]


def iso_duration(parts: list[tuple[str, float]]) -> str:
    """ISO 8601 for (unit, value) parts, largest first: [("hour", 2)] -> "PT2H".

    >>> iso_duration([("year", 1.5)]), iso_duration([("hour", 0.5)])
    ('P1Y6M', 'PT30M')
    """
    date_part, time_part = "", ""
    for unit, value in (piece for part in parts for piece in whole_parts(*part)):
        designator, factor = next((d, f) for u, d, f in DESIGNATORS if u == unit)
        text = f"{number_text(value * factor)}{designator}"
        if unit in TIME_UNITS:
            time_part += text
        else:
            date_part += text
    return "P" + date_part + (f"T{time_part}" if time_part else "")


@functools.lru_cache(maxsize=1024)
def single_duration(unit: str, value: float) -> str:
    """``iso_duration`` of one part, built once per unit and value: "P3D"."""
    return iso_duration([(unit, value)])


def merge_compounds(ctx: Context, claims: list[Claim]) -> list[Claim]:
    """Join "1 year 1 month 21 days" and "2 hours and 30 minutes" into one claim."""
    merged: list[Claim] = []
    for claim in claims:
        last = merged[-1] if merged else None
        if last is not None and joinable(ctx, last, claim):
            merged[-1] = join(ctx, last, claim)
        else:
            merged.append(claim)
    return merged


def joinable(ctx: Context, first: Claim, second: Claim) -> bool:
    if first.value is None or second.value is None or first.end > second.start:
        return False
    if first.value != int(first.value):
        return False
    if (
        second.qualifier != second.qualifier.EXACT
        or first.unit is None
        or second.unit is None
    ):
        return False
    last_unit = dict(first.extra).get("last_unit", first.unit)
    # Each part must be smaller than one of the unit before it: "1 year 6
    # months" is one duration, "18 months and six weeks" two.
    if second.seconds is None or second.seconds >= unit_seconds(last_unit):
        return False
    gap = patterns(ctx.lang)["compound"]
    return gap.fullmatch(ctx.text, first.end, second.start) is not None


def join(ctx: Context, first: Claim, second: Claim) -> Claim:
    extra = dict(first.extra)
    parts = list(extra.get("components", ((first.unit, first.value),)))
    parts.append((second.unit, second.value))
    seconds = (first.seconds or 0.0) + (second.seconds or 0.0)
    return first.replace(
        end=second.end,
        text=ctx.text[first.start : second.end],
        value=seconds,
        unit="second",
        seconds=seconds,
        normalized=iso_duration(parts),
        extra=(("components", tuple(parts)), ("last_unit", second.unit)),
    )
