"""English words for durations beyond pint's unit names ("decade", "night", "a few")."""

from __future__ import annotations

from ..schema import Durations

#: pint units that measure a duration; their names, plurals, symbols and
#: aliases come from pint's registry.
PINT_UNITS: tuple[str, ...] = (
    "second",
    "minute",
    "hour",
    "day",
    "week",
    "fortnight",
    "month",
    "year",
    "century",
    "millennium",
)

#: Single-letter symbols read only right after a number ("3h", "3 h"); other
#: single letters ("s" in "1990s", "a", "d") are too ambiguous in prose.
SHORT_SYMBOLS: tuple[str, ...] = ("h",)

#: Words pint lacks or reads otherwise (pint's "decade" is logarithmic):
#: word -> (pint unit, how many of it).
ALIASES: dict[str, tuple[str, float]] = {
    "decade": ("year", 10.0),
    "decades": ("year", 10.0),
    "night": ("day", 1.0),
    "nights": ("day", 1.0),
}

#: Vague amounts: phrase -> (low, high); value stays None. "a couple of" is two.
VAGUE_AMOUNTS: dict[str, tuple[float, float | None]] = {
    "several": (3.0, None),
    "a few": (2.0, 5.0),
    "few": (2.0, 5.0),
    "some": (2.0, None),
    "many": (3.0, None),
}

#: Exact amounts written as words before a unit: "a couple of days" is two.
WORD_AMOUNTS: dict[str, float] = {
    "a couple of": 2.0,
    "couple of": 2.0,
    "a couple": 2.0,
    "a": 1.0,
    "an": 1.0,
    "one": 1.0,
    "another": 1.0,
    "all": 1.0,
    "a full": 1.0,
    "full": 1.0,
    "a whole": 1.0,
    "whole": 1.0,
    "an entire": 1.0,
    "entire": 1.0,
    "half an": 0.5,
    "half a": 0.5,
    "half": 0.5,
}

#: Words that join the two ends of a range ("two to three weeks").
RANGE_JOINERS: tuple[str, ...] = ("to", "or", "-", "–")

#: "between two and three weeks".
BETWEEN: tuple[str, str] = ("between", "and")

#: After the unit: "an hour and a half" adds a half, "a year and a quarter" a
#: quarter.
AND_A_FRACTION: dict[str, float] = {"half": 0.5, "quarter": 0.25}
AND_A_FRACTION_PATTERN: str = r"and\s+(?:a\s+)?({fraction})"

#: Units that are also ordinals ("a second wave"): after an article they count
#: only when no word follows.
ORDINAL_UNITS: tuple[str, ...] = ("second",)

#: Words before an article amount that make it a rate, not a duration:
#: "twice a week", "$5 million a year", "per day".
RATE_WORDS: tuple[str, ...] = (
    "once",
    "twice",
    "thrice",
    "times",
    "per",
    "million",
    "billion",
    "thousand",
    "percent",
    "cent",
)

#: A word after a duration that makes it an age ("an 18-month-old boy").
AGE_WORDS: tuple[str, ...] = ("old",)

DURATIONS = Durations(
    pint_units=PINT_UNITS,
    pint_names=True,
    pint_plural="s",
    short_symbols=SHORT_SYMBOLS,
    aliases=ALIASES,
    vague_amounts=VAGUE_AMOUNTS,
    word_amounts=WORD_AMOUNTS,
    range_joiners=RANGE_JOINERS,
    between=BETWEEN,
    and_a_fraction=AND_A_FRACTION,
    and_a_fraction_pattern=AND_A_FRACTION_PATTERN,
    ordinal_units=ORDINAL_UNITS,
    rate_words=RATE_WORDS,
    age_words=AGE_WORDS,
)
