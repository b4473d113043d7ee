"""French money words: news forms on top of babel's CLDR currency names."""

from __future__ import annotations

from .. import cldr
from ..schema import Money
from ..shared import ANY_CASE_CODES, SYMBOL_ALIASES

NAME_ALIASES: dict[str, str] = {
    "dollar": "USD",
    "dollars": "USD",
    "dollars américains": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "livre": "GBP",
    "livres": "GBP",
    "livres sterling": "GBP",
    "yen": "JPY",
    "yens": "JPY",
    "yuan": "CNY",
    "yuans": "CNY",
    "rouble": "RUB",
    "roubles": "RUB",
    "roupie": "INR",
    "roupies": "INR",
    "franc": "CHF",
    "francs": "CHF",
    "francs suisses": "CHF",
    "franc cfa": "XOF",
    "francs cfa": "XOF",
    "peso": "MXN",
    "pesos": "MXN",
    "réal": "BRL",
    "réals": "BRL",
    "reais": "BRL",
    "livre turque": "TRY",
    "livres turques": "TRY",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "bitcoin": "BTC",
    "bitcoins": "BTC",
}

#: CLDR names French uses for other things: metals ("or", "argent") and
#: common words ("type", "coupon").
NOT_NAMES: frozenset[str] = frozenset(
    {"or", "argent", "platine", "palladium", "type", "coupon", "coupons", "sucre"}
)

NOT_SYMBOLS: frozenset[str] = frozenset(
    {"KM", "DA", "FC", "CF", "RF", "MK", "Le", "Nu.", "den", "SR", "VT", "Rf", "T$"}
)

MONEY = Money(
    names={
        name: code
        for name, code in {
            **cldr.currency_names("fr", head="first"),
            **NAME_ALIASES,
        }.items()
        if name not in NOT_NAMES
    },
    symbols={
        symbol: code
        for symbol, code in {**cldr.currency_symbols("fr"), **SYMBOL_ALIASES}.items()
        if symbol not in NOT_SYMBOLS
    },
    code_words=frozenset(),
    any_case_codes=ANY_CASE_CODES,
    # "livre" is a book and a weight too.
    ambiguous_names=frozenset({"livre", "livres"}),
    minor_units={
        "centime": ("EUR", 0.01),
        "centimes": ("EUR", 0.01),
        "cents": ("EUR", 0.01),
        "penny": ("GBP", 0.01),
        "pence": ("GBP", 0.01),
        "kopecks": ("RUB", 0.01),
    },
    suffix_scales={"k": 1e3, "m": 1e6, "md": 1e9},
)
