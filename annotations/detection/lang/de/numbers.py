"""German number words, scale words and fractions for the number reader.

German writes a number below a million as one word ("zweihundertfünfundzwanzig"):
the reader splits such a word into the words below (``compound_words``).
"""

from __future__ import annotations

from .. import cldr
from ..schema import Numbers

UNITS: dict[str, int] = {
    "null": 0,
    "eins": 1,
    "zwei": 2,
    "zwo": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
    "dreizehn": 13,
    "vierzehn": 14,
    "fünfzehn": 15,
    "sechzehn": 16,
    "siebzehn": 17,
    "achtzehn": 18,
    "neunzehn": 19,
}

TENS: dict[str, int] = {
    "zwanzig": 20,
    "dreißig": 30,
    "dreissig": 30,
    "vierzig": 40,
    "fünfzig": 50,
    "sechzig": 60,
    "siebzig": 70,
    "achtzig": 80,
    "neunzig": 90,
}

SCALES: dict[str, float] = {
    "tausend": 1e3,
    "million": 1e6,
    "millionen": 1e6,
    "milliarde": 1e9,
    "milliarden": 1e9,
    "billion": 1e12,
    "billionen": 1e12,
}
PLURAL_SCALES: frozenset[str] = frozenset({"millionen", "milliarden", "billionen"})

SCALE_ABBREVIATIONS: dict[str, float] = {
    "mio": 1e6,
    "mio.": 1e6,
    "mrd": 1e9,
    "mrd.": 1e9,
    "md.": 1e9,
    "tsd": 1e3,
    "tsd.": 1e3,
    "bio.": 1e12,
}

#: The fractions are the same in the singular and the plural ("zwei Drittel").
FRACTIONS: dict[str, float] = {
    "halb": 1 / 2,
    "halbe": 1 / 2,
    "halben": 1 / 2,
    "halber": 1 / 2,
    "hälfte": 1 / 2,
    "drittel": 1 / 3,
    "viertel": 1 / 4,
    "fünftel": 1 / 5,
    "sechstel": 1 / 6,
    "achtel": 1 / 8,
    "zehntel": 1 / 10,
    "hundertstel": 1e-2,
    "tausendstel": 1e-3,
}

VAGUE_PLURALS: dict[str, float] = {
    "dutzende": 24,
    "hunderte": 200,
    "tausende": 2e3,
    "zehntausende": 2e4,
    "hunderttausende": 2e5,
    "millionen": 2e6,
    "milliarden": 2e9,
}

GROUP_SYMBOL, DECIMAL_SYMBOL = cldr.number_symbols("de")

NUMBERS = Numbers(
    units=UNITS,
    tens=TENS,
    hundred={"hundert": 100},
    scales=SCALES,
    scale_abbreviations=SCALE_ABBREVIATIONS,
    groups={"dutzend": 12, "dutzende": 12},
    plural_groups=frozenset({"dutzende"}),
    fractions=FRACTIONS,
    plural_fractions=frozenset(
        word for word in FRACTIONS if not word.startswith(("halb", "hälfte"))
    ),
    ones=("ein", "eine", "einen", "einem", "einer", "eins"),
    of="der",
    negative_words=("minus",),
    articles=("ein", "eine", "einen", "einem", "einer"),
    conjunctions=("und",),
    decimal_words=("komma",),
    vague_plurals=VAGUE_PLURALS,
    pronoun_numbers=frozenset(),
    determiners=frozenset(),
    ratio_words=("von",),
    group_symbol=GROUP_SYMBOL,
    decimal_symbol=DECIMAL_SYMBOL,
    foreign_digits=True,
    # Spaces in "12 500", and the Swiss apostrophe in "12’500".
    group_alternatives=(" ", "\u00a0", "\u202f", "’", "'"),
    compound_words=True,
    units_before_tens=True,
    # "dreieinhalb" 3.5, "anderthalb" 1.5.
    added_fractions={"einhalb": 0.5, "eineinhalb": 1.5, "anderthalb": 1.5},
    plural_scales=PLURAL_SCALES,
    # "ein" inside a compound is "eins": "einundzwanzig", "einhundert".
    compound_forms={"ein": "eins"},
)
