"""English words for counts: plural nouns without an "s", modifiers, non-nouns."""

from __future__ import annotations

from ..schema import Counts

#: Counted nouns whose plural does not end in "s".
IRREGULAR_PLURALS: frozenset[str] = frozenset(
    {
        "people",
        "children",
        "men",
        "women",
        "police",
        "staff",
        "personnel",
        "cattle",
        "sheep",
        "fish",
        "deer",
        "aircraft",
        "livestock",
        "feet",
        "teeth",
        "mice",
        "geese",
        "refugees",
        "crew",
        "youth",
        "militia",
        "infantry",
        "offspring",
        "spacecraft",
        "data",
    }
)

#: Words that may stand between the number and the counted noun.
MODIFIERS: tuple[str, ...] = (
    "more",
    "other",
    "new",
    "additional",
    "former",
    "young",
    "foreign",
    "armed",
    "injured",
    "wounded",
    "dead",
    "senior",
    "local",
    "civilian",
    "elderly",
    "innocent",
    "unarmed",
    "separate",
    "different",
    "million",
    "billion",
)

#: Words ending in "s" that never name what is counted, and function words that
#: may follow a number ("5 to 7 people" stays a range).
NOT_COUNTED: frozenset[str] = frozenset(
    {
        "a",
        "an",
        "and",
        "as",
        "at",
        "by",
        "for",
        "from",
        "has",
        "his",
        "in",
        "is",
        "its",
        "of",
        "on",
        "or",
        "per",
        "plus",
        "less",
        "unless",
        "than",
        "that",
        "the",
        "this",
        "those",
        "these",
        "thus",
        "times",
        "to",
        "us",
        "was",
        "yes",
        "across",
        "whereas",
        "always",
        "perhaps",
        "besides",
        "percent",
        "percentage",
        "degrees",
        "hours",
        "seconds",
        "minutes",
        "days",
        "weeks",
        "months",
        "years",
        "decades",
        "centuries",
        "dollars",
        "euros",
        "pounds",
        "cents",
        "points",
        "bps",
        "ones",
        "others",
        "were",
        "says",
        "said",
        "does",
        "goes",
        "becomes",
    }
)

#: The word between a number and the noun: "six of the countries".
OF = ("of", "of the")

#: Scale letters written straight after a count ("5k runners").
SUFFIX_SCALES: tuple[tuple[str, float], ...] = (("k", 1e3), ("m", 1e6), ("bn", 1e9))

#: A counted noun is a plural: it ends in "s" but not as in "glass", "bonus",
#: "thesis" or a possessive, and has more than three letters.
PLURAL_ENDINGS: tuple[str, ...] = ("s",)
NOT_PLURAL_ENDINGS: tuple[str, ...] = ("ss", "us", "is", "'s", "’s")
MIN_PLURAL_LENGTH = 4

COUNTS = Counts(
    irregular_plurals=IRREGULAR_PLURALS,
    modifiers=MODIFIERS,
    not_counted=NOT_COUNTED,
    of=OF,
    suffix_scales=SUFFIX_SCALES,
    plural_endings=PLURAL_ENDINGS,
    not_plural_endings=NOT_PLURAL_ENDINGS,
    min_plural_length=MIN_PLURAL_LENGTH,
)
