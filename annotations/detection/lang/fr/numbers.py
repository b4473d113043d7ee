"""French number words, scale words and fractions for the number reader."""

from __future__ import annotations

from .. import cldr
from ..schema import Numbers

#: Words for 0-16, and 17-19 as they are written ("dix-sept").
UNITS: dict[str, int] = {
    "zéro": 0,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
    "dix sept": 17,
    "dix huit": 18,
    "dix neuf": 19,
}

#: 11-19 after "soixante" and "quatre-vingt" ("soixante-douze" is 72).
TEENS: dict[str, int] = {
    word: value for word, value in UNITS.items() if 10 <= value <= 19
}

TENS: dict[str, int] = {
    "vingt": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    "soixante dix": 70,
    "quatre vingt": 80,
    "quatre vingts": 80,
    "quatre vingt dix": 90,
    # Belgian and Swiss French.
    "septante": 70,
    "huitante": 80,
    "octante": 80,
    "nonante": 90,
}


def _compounds() -> dict[str, int]:
    """The numbers French writes from a tens word and a teen or "et un"."""
    out = {
        f"{tens} {teen}": base + value
        for tens, base in (("soixante", 60), ("quatre vingt", 80))
        for teen, value in TEENS.items()
        if value > 10
    }
    out["soixante et onze"] = 71
    for tens, base in TENS.items():
        if base % 10 == 0 and base not in (80,) and " " not in tens:
            out[f"{tens} et un"] = base + 1
            out[f"{tens} et une"] = base + 1
    return out


#: The long scale: "billion" is a million millions.
SCALES: dict[str, float] = {
    "mille": 1e3,
    "mil": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "milliard": 1e9,
    "milliards": 1e9,
    "billion": 1e12,
    "billions": 1e12,
}
PLURAL_SCALES: frozenset[str] = frozenset({"millions", "milliards", "billions"})

#: Finance abbreviations: "5 Md€", "1,2 Mds d'euros", "3 M€".
SCALE_ABBREVIATIONS: dict[str, float] = {
    "md": 1e9,
    "mds": 1e9,
    "mrd": 1e9,
    "mrds": 1e9,
    "mio": 1e6,
    "mln": 1e6,
}

GROUPS: dict[str, float] = {
    "douzaine": 12,
    "douzaines": 12,
    "dizaine": 10,
    "dizaines": 10,
    "centaine": 100,
    "centaines": 100,
    "millier": 1000,
    "milliers": 1000,
}

FRACTIONS: dict[str, float] = {
    "demi": 1 / 2,
    "demie": 1 / 2,
    "moitié": 1 / 2,
    "tiers": 1 / 3,
    "quart": 1 / 4,
    "quarts": 1 / 4,
    "cinquième": 1 / 5,
    "cinquièmes": 1 / 5,
    "sixième": 1 / 6,
    "sixièmes": 1 / 6,
    "huitième": 1 / 8,
    "huitièmes": 1 / 8,
    "dixième": 1 / 10,
    "dixièmes": 1 / 10,
    "centième": 1e-2,
    "centièmes": 1e-2,
    "millième": 1e-3,
    "millièmes": 1e-3,
}

VAGUE_PLURALS: dict[str, float] = {
    "dizaines": 20,
    "douzaines": 24,
    "centaines": 200,
    "milliers": 2e3,
    "dizaines de milliers": 2e4,
    "centaines de milliers": 2e5,
    "millions": 2e6,
    "dizaines de millions": 2e7,
    "centaines de millions": 2e8,
    "milliards": 2e9,
}

GROUP_SYMBOL, DECIMAL_SYMBOL = cldr.number_symbols("fr")

NUMBERS = Numbers(
    units={**UNITS, **_compounds()},
    tens=TENS,
    hundred={"cent": 100, "cents": 100},
    scales=SCALES,
    scale_abbreviations=SCALE_ABBREVIATIONS,
    groups=GROUPS,
    plural_groups=frozenset(word for word in GROUPS if word.endswith("s")),
    fractions=FRACTIONS,
    # "deux tiers", "trois quarts": the plural follows a number freely.
    plural_fractions=frozenset(
        word for word in FRACTIONS if word.endswith("s") and word != "cents"
    ),
    ones=("un", "une"),
    of="de",
    negative_words=("moins",),
    articles=("un", "une"),
    conjunctions=("et",),
    decimal_words=("virgule",),
    vague_plurals=VAGUE_PLURALS,
    pronoun_numbers=frozenset(),
    determiners=frozenset(),
    ratio_words=("sur",),
    group_symbol=GROUP_SYMBOL,
    decimal_symbol=DECIMAL_SYMBOL,
    foreign_digits=True,
    # CLDR groups with a narrow no-break space; copy writes any space, or a dot.
    group_alternatives=(" ", "\u00a0", "."),
    scale_joiners=("de", "d'", "d’"),
    plural_scales=PLURAL_SCALES,
)
