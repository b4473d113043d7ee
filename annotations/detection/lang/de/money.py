"""German money words: news forms on top of babel's CLDR currency names."""

from __future__ import annotations

from .. import cldr
from ..schema import Money
from ..shared import ANY_CASE_CODES, SYMBOL_ALIASES

NAME_ALIASES: dict[str, str] = {
    "dollar": "USD",
    "us-dollar": "USD",
    "us dollar": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pfund": "GBP",
    "pfund sterling": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rubel": "RUB",
    "rupie": "INR",
    "rupien": "INR",
    "franken": "CHF",
    "lira": "TRY",
    "türkische lira": "TRY",
    "d-mark": "DEM",
    "mark": "DEM",
    "peso": "MXN",
    "pesos": "MXN",
    "zloty": "PLN",
    "bitcoin": "BTC",
    "bitcoins": "BTC",
}

#: CLDR names that mean something else in German copy.
NOT_NAMES: frozenset[str] = frozenset({"sucre", "testwährung", "sonderziehungsrechte"})

NOT_SYMBOLS: frozenset[str] = frozenset(
    {"KM", "DA", "FC", "CF", "RF", "MK", "Le", "Nu.", "den", "SR", "VT", "Rf", "T$"}
)

#: Adjective endings a currency's name takes in a sentence ("16 Millionen
#: kanadischen Dollar", CLDR: "Kanadischer Dollar").
ENDINGS: tuple[str, ...] = ("e", "en", "er", "es", "em")


def _inflected(names: dict[str, str]) -> dict[str, str]:
    out = dict(names)
    for name, code in names.items():
        words = name.split()
        if len(words) != 2 or not words[0].endswith(("er", "e", "es")):
            continue
        stem = words[0].removesuffix("er").removesuffix("es").removesuffix("e")
        for ending in ENDINGS:
            out.setdefault(f"{stem}{ending} {words[1]}", code)
    return out


MONEY = Money(
    names={
        name: code
        for name, code in _inflected(
            {**cldr.currency_names("de"), **NAME_ALIASES}
        ).items()
        if name not in NOT_NAMES
    },
    symbols={
        symbol: code
        for symbol, code in {**cldr.currency_symbols("de"), **SYMBOL_ALIASES}.items()
        if symbol not in NOT_SYMBOLS
    },
    code_words=frozenset(),
    # "sek" is short for "Sekunden".
    any_case_codes=tuple(code for code in ANY_CASE_CODES if code != "SEK"),
    # "Pfund" is a weight too; "Mark" a name.
    ambiguous_names=frozenset({"pfund", "mark"}),
    minor_units={
        "cent": ("EUR", 0.01),
        "cents": ("EUR", 0.01),
        "rappen": ("CHF", 0.01),
        "penny": ("GBP", 0.01),
        "pence": ("GBP", 0.01),
        "kopeken": ("RUB", 0.01),
    },
    suffix_scales={"k": 1e3},
)
