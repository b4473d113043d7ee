"""English number words, scale words and fractions for the number reader."""

from __future__ import annotations

from .. import cldr
from ..schema import Numbers

#: Words for 0-19.
UNITS: dict[str, int] = {
    "zero": 0,
    "nought": 0,
    "naught": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}

TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}

HUNDRED: dict[str, int] = {"hundred": 100}

#: Scale words that close a group ("two million, three hundred thousand").
SCALES: dict[str, float] = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    # South Asian scales, common in Indian and Pakistani news.
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
}

#: News abbreviations of scales that cannot be mistaken for a unit of measure.
SCALE_ABBREVIATIONS: dict[str, float] = {
    "bn": 1e9,
    "bln": 1e9,
    "mn": 1e6,
    "mln": 1e6,
    "tn": 1e12,
    "trn": 1e12,
}

#: Multipliers used like a number ("a dozen", "a couple of").
GROUPS: dict[str, float] = {"dozen": 12, "dozens": 12}

#: Fractions read after a number word ("a third", "two thirds", "one and a half").
FRACTIONS: dict[str, float] = {
    "half": 1 / 2,
    "halves": 1 / 2,
    "third": 1 / 3,
    "thirds": 1 / 3,
    "quarter": 1 / 4,
    "quarters": 1 / 4,
    "fourth": 1 / 4,
    "fourths": 1 / 4,
    "fifth": 1 / 5,
    "fifths": 1 / 5,
    "sixth": 1 / 6,
    "sixths": 1 / 6,
    "eighth": 1 / 8,
    "eighths": 1 / 8,
    "tenth": 1 / 10,
    "tenths": 1 / 10,
    "hundredth": 1e-2,
    "hundredths": 1e-2,
    "thousandth": 1e-3,
    "thousandths": 1e-3,
    "millionth": 1e-6,
    "millionths": 1e-6,
    "billionth": 1e-9,
    "billionths": 1e-9,
    "trillionth": 1e-12,
    "trillionths": 1e-12,
}

#: Signs written before a number ("minus five", "-3").
NEGATIVE_WORDS: tuple[str, ...] = ("minus", "negative")

#: The article that stands for "one" before a scale, group or fraction.
ARTICLES: tuple[str, ...] = ("a", "an")

#: Joining words inside a number ("one hundred and twenty").
CONJUNCTIONS: tuple[str, ...] = ("and",)

#: Vague plurals that name an order of magnitude ("dozens of", "thousands of"):
#: the smallest value the plural implies.
VAGUE_PLURALS: dict[str, float] = {
    "dozens": 24,
    "scores": 40,
    "hundreds": 200,
    "thousands": 2e3,
    "tens of thousands": 2e4,
    "hundreds of thousands": 2e5,
    "millions": 2e6,
    "tens of millions": 2e7,
    "hundreds of millions": 2e8,
    "billions": 2e9,
}

#: Number words that also work as pronouns ("the one you like").
PRONOUN_NUMBERS: frozenset[str] = frozenset({"one"})

#: Words before a pronoun "one": "which one", "that one", "the one".
DETERMINERS: frozenset[str] = frozenset(
    {"the", "which", "that", "this", "each", "every", "any", "no", "another"}
)

#: Words joining a ratio: "one in five", "three out of ten", "1 over 3".
RATIO_WORDS: tuple[str, ...] = ("in", "out of", "over")

#: The word that starts spoken decimals: "five point five".
DECIMAL_WORDS: tuple[str, ...] = ("point",)

#: One before a singular fraction, like the articles: "one third".
ONES: tuple[str, ...] = ("one",)

#: The word after a lone fraction or "half" that makes it a number: "a third of".
OF = "of"

GROUP_SYMBOL, DECIMAL_SYMBOL = cldr.number_symbols("en")

NUMBERS = Numbers(
    units=UNITS,
    tens=TENS,
    hundred=HUNDRED,
    scales=SCALES,
    scale_abbreviations=SCALE_ABBREVIATIONS,
    groups=GROUPS,
    plural_groups=frozenset(word for word in GROUPS if word.endswith("s")),
    fractions=FRACTIONS,
    plural_fractions=frozenset(word for word in FRACTIONS if word.endswith("s")),
    ones=ONES,
    of=OF,
    negative_words=NEGATIVE_WORDS,
    articles=ARTICLES,
    conjunctions=CONJUNCTIONS,
    decimal_words=DECIMAL_WORDS,
    vague_plurals=VAGUE_PLURALS,
    pronoun_numbers=PRONOUN_NUMBERS,
    determiners=DETERMINERS,
    ratio_words=RATIO_WORDS,
    group_symbol=GROUP_SYMBOL,
    decimal_symbol=DECIMAL_SYMBOL,
    # Quoted prices from abroad: "1.234,50", "12,99".
    continental_prices=True,
)
