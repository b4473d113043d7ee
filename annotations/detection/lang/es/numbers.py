"""Spanish number words, scale words and fractions for the number reader."""

from __future__ import annotations

from .. import cldr
from ..schema import Numbers

#: Words for 0-29 and the hundreds, each one word in Spanish ("veinticinco",
#: "doscientos"); accents are often left out in copy, so both forms are listed.
UNITS: dict[str, int] = {
    "cero": 0,
    "uno": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "nueve": 9,
    "diez": 10,
    "once": 11,
    "doce": 12,
    "trece": 13,
    "catorce": 14,
    "quince": 15,
    "dieciséis": 16,
    "dieciseis": 16,
    "diecisiete": 17,
    "dieciocho": 18,
    "diecinueve": 19,
    "veintiuno": 21,
    "veintiún": 21,
    "veintiuna": 21,
    "veintidós": 22,
    "veintidos": 22,
    "veintitrés": 23,
    "veintitres": 23,
    "veinticuatro": 24,
    "veinticinco": 25,
    "veintiséis": 26,
    "veintiseis": 26,
    "veintisiete": 27,
    "veintiocho": 28,
    "veintinueve": 29,
    **{
        f"{stem}{ending}": value
        for stem, value in {
            "dos": 200,
            "tres": 300,
            "cuatro": 400,
            "seis": 600,
            "sete": 700,
            "ocho": 800,
            "nove": 900,
        }.items()
        for ending in ("cientos", "cientas")
    },
    "quinientos": 500,
    "quinientas": 500,
}

TENS: dict[str, int] = {
    "veinte": 20,
    "treinta": 30,
    "cuarenta": 40,
    "cincuenta": 50,
    "sesenta": 60,
    "setenta": 70,
    "ochenta": 80,
    "noventa": 90,
}

#: "treinta y un años": "un" after a tens word and "y" is one.
TENS_AND_ONE: dict[str, int] = {
    f"{word} y {one}": value + 1
    for word, value in TENS.items()
    if value > 20
    for one in ("un", "una")
}

#: "ciento veinte", "cien mil".
HUNDRED: dict[str, int] = {"cien": 100, "ciento": 100}

#: The long scale: "billón" is a million millions; "mil millones" is read as
#: "mil" scaling "millones".
SCALES: dict[str, float] = {
    "mil": 1e3,
    "millón": 1e6,
    "millon": 1e6,
    "millones": 1e6,
    "millardo": 1e9,
    "millardos": 1e9,
    "billón": 1e12,
    "billon": 1e12,
    "billones": 1e12,
}
PLURAL_SCALES: frozenset[str] = frozenset({"millones", "millardos", "billones"})

#: "1,2 mill." in finance copy.
SCALE_ABBREVIATIONS: dict[str, float] = {"mill.": 1e6}

GROUPS: dict[str, float] = {
    "docena": 12,
    "docenas": 12,
    "decena": 10,
    "decenas": 10,
    "centenar": 100,
    "centenares": 100,
    "millar": 1000,
    "millares": 1000,
}

FRACTIONS: dict[str, float] = {
    "medio": 1 / 2,
    "media": 1 / 2,
    "mitad": 1 / 2,
    "tercio": 1 / 3,
    "tercios": 1 / 3,
    "cuarto": 1 / 4,
    "cuartos": 1 / 4,
    "quinto": 1 / 5,
    "quintos": 1 / 5,
    "sexto": 1 / 6,
    "sextos": 1 / 6,
    "octavo": 1 / 8,
    "octavos": 1 / 8,
    "décimo": 1 / 10,
    "décimos": 1 / 10,
    "centésimo": 1e-2,
    "centésimos": 1e-2,
    "milésimo": 1e-3,
    "milésimos": 1e-3,
}

#: Vague plurals and the least value each implies ("miles de personas").
VAGUE_PLURALS: dict[str, float] = {
    "decenas": 20,
    "docenas": 24,
    "cientos": 200,
    "centenares": 200,
    "miles": 2e3,
    "millares": 2e3,
    "decenas de miles": 2e4,
    "cientos de miles": 2e5,
    "millones": 2e6,
    "decenas de millones": 2e7,
    "cientos de millones": 2e8,
    "miles de millones": 2e9,
}

GROUP_SYMBOL, DECIMAL_SYMBOL = cldr.number_symbols("es")

NUMBERS = Numbers(
    units={**UNITS, **TENS_AND_ONE},
    tens=TENS,
    hundred=HUNDRED,
    scales=SCALES,
    scale_abbreviations=SCALE_ABBREVIATIONS,
    groups=GROUPS,
    plural_groups=frozenset(word for word in GROUPS if word.endswith("s")),
    fractions=FRACTIONS,
    plural_fractions=frozenset(word for word in FRACTIONS if word.endswith("s")),
    ones=("uno", "un", "una"),
    of="de",
    negative_words=("menos",),
    # "un millón", "una docena".
    articles=("un", "una"),
    conjunctions=("y",),
    # "siete con cincuenta" is 7.50.
    decimal_words=("coma", "punto", "con"),
    vague_plurals=VAGUE_PLURALS,
    pronoun_numbers=frozenset({"uno", "una"}),
    determiners=frozenset({"el", "la", "cada", "ese", "esa", "este", "esta", "otro"}),
    ratio_words=("de cada", "sobre"),
    group_symbol=GROUP_SYMBOL,
    decimal_symbol=DECIMAL_SYMBOL,
    # "1,111.11" and "$5.00" quoted the English way.
    foreign_digits=True,
    # RAE style groups with a space: "70 000".
    group_alternatives=(" ", "\u00a0", "\u202f"),
    tens_conjunction=True,
    scale_joiners=("de",),
    plural_scales=PLURAL_SCALES,
)
