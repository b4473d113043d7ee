"""Spanish money words: news forms on top of babel's CLDR currency names."""

from __future__ import annotations

from .. import cldr
from ..schema import Money
from ..shared import ANY_CASE_CODES, SYMBOL_ALIASES

#: Bare currency nouns of Spanish copy and the currency they usually mean.
NAME_ALIASES: dict[str, str] = {
    "dólar": "USD",
    "dólares": "USD",
    "dolar": "USD",
    "dolares": "USD",
    "dólares estadounidenses": "USD",
    "dólares americanos": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "libra": "GBP",
    "libras": "GBP",
    "libras esterlinas": "GBP",
    "yen": "JPY",
    "yenes": "JPY",
    "yuan": "CNY",
    "yuanes": "CNY",
    "rublo": "RUB",
    "rublos": "RUB",
    "rupia": "INR",
    "rupias": "INR",
    "franco": "CHF",
    "francos": "CHF",
    "franco suizo": "CHF",
    "francos suizos": "CHF",
    "dólar de hong kong": "HKD",
    "dólares de hong kong": "HKD",
    "peso": "MXN",
    "pesos": "MXN",
    "real": "BRL",
    "reales": "BRL",
    "bolívar": "VES",
    "bolívares": "VES",
    "sol": "PEN",
    "soles": "PEN",
    "peseta": "ESP",
    "pesetas": "ESP",
    "lira": "TRY",
    "liras": "TRY",
    "grivna": "UAH",
    "grivnas": "UAH",
    "bitcoin": "BTC",
    "bitcoins": "BTC",
}

#: CLDR names that Spanish uses for other things: metals and funds ("oro",
#: "plata", "fondos"), or words too common after a number.
NOT_NAMES: frozenset[str] = frozenset(
    {"oro", "plata", "platino", "paladio", "fondos", "antiguos", "som", "sum", "tala"}
)

#: Symbols CLDR gives that are Spanish words or units ("Bs" aside).
NOT_SYMBOLS: frozenset[str] = frozenset(
    {"KM", "DA", "FC", "CF", "RF", "MK", "Le", "Nu.", "den", "SR", "VT", "Rf", "T$"}
)

#: "Peso" alone means the local peso; in copy from Spain or the wires it is
#: most often the Mexican one, which is what the bare name reads as.
MINOR_UNITS: dict[str, tuple[str, float]] = {
    "céntimo": ("EUR", 0.01),
    "céntimos": ("EUR", 0.01),
    "centavo": ("USD", 0.01),
    "centavos": ("USD", 0.01),
    "centimo": ("EUR", 0.01),
    "centimos": ("EUR", 0.01),
    "penique": ("GBP", 0.01),
    "peniques": ("GBP", 0.01),
    "kopeks": ("RUB", 0.01),
}

MONEY = Money(
    names={
        name: code
        for name, code in {
            **cldr.currency_names("es", head="first"),
            **NAME_ALIASES,
        }.items()
        if name not in NOT_NAMES
    },
    symbols={
        symbol: code
        for symbol, code in {**cldr.currency_symbols("es"), **SYMBOL_ALIASES}.items()
        if symbol not in NOT_SYMBOLS
    },
    code_words=frozenset({"SOS"}),
    any_case_codes=ANY_CASE_CODES,
    # "libras" is a weight too ("dos libras de carne").
    ambiguous_names=frozenset({"libra", "libras", "real", "sol", "soles"}),
    minor_units=MINOR_UNITS,
    suffix_scales={"k": 1e3, "m": 1e6},
    # "15 euros con 50".
    minor_joiners=("con",),
)
