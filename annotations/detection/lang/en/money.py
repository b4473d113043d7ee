"""English money words: news aliases on top of babel's CLDR currency names."""

from __future__ import annotations

from .. import cldr
from ..schema import Money

#: Currency symbols and prefixes babel's English data lacks or spells otherwise.
SYMBOL_ALIASES: dict[str, str] = {
    "$": "USD",
    "US$": "USD",
    "U.S.$": "USD",
    "A$": "AUD",
    "AU$": "AUD",
    "C$": "CAD",
    "Can$": "CAD",
    "S$": "SGD",
    "NT$": "TWD",
    "R$": "BRL",
    "₽": "RUB",
    "₹": "INR",
    "Rs": "INR",
    "Rs.": "INR",
    "Rp": "IDR",
    "₤": "GBP",
    "₺": "TRY",
    "₴": "UAH",
    "₦": "NGN",
    "₿": "BTC",
    "฿": "THB",
    "zł": "PLN",
    "Kč": "CZK",
    "RM": "MYR",
    "Fr.": "CHF",
    "SFr": "CHF",
    "SFr.": "CHF",
    "Mex$": "MXN",
    "BTC": "BTC",
    "¥": "JPY",
    "￥": "JPY",
    "元": "CNY",
    "円": "JPY",
}

#: CLDR symbols that English text uses for something else ("5 KM" is a distance).
NOT_SYMBOLS: frozenset[str] = frozenset(
    {"KM", "DA", "FC", "CF", "RF", "MK", "Le", "Nu.", "den", "SR", "VT", "Rf", "T$"}
)

#: ISO codes that are also English words; read only right before or after digits.
CODE_WORDS: frozenset[str] = frozenset(
    {"ALL", "TOP", "CUP", "BOB", "MOP", "SOS", "TRY", "PEN", "MAD", "BAM", "GEL"}
)

#: Codes read in any letter case (others only in capitals, since "ALL", "TOP"
#: or "CUP" are also English words).
ANY_CASE_CODES: tuple[str, ...] = (
    "USD",
    "EUR",
    "GBP",
    "JPY",
    "CNY",
    "RUB",
    "CHF",
    "INR",
    "CAD",
    "AUD",
    "NZD",
    "HKD",
    "SGD",
    "MXN",
    "BRL",
    "SEK",
    "NOK",
    "DKK",
    "PLN",
    "CZK",
    "UAH",
    "AED",
    "ZAR",
)

#: Bare currency nouns of news copy, with the currency they usually mean.
NAME_ALIASES: dict[str, str] = {
    "dollar": "USD",
    "dollars": "USD",
    "u.s. dollar": "USD",
    "u.s. dollars": "USD",
    "american dollars": "USD",
    "buck": "USD",
    "bucks": "USD",
    "greenback": "USD",
    "greenbacks": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "sterling": "GBP",
    "pounds sterling": "GBP",
    "pound sterling": "GBP",
    "quid": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "ruble": "RUB",
    "rubles": "RUB",
    "rouble": "RUB",
    "roubles": "RUB",
    "rupee": "INR",
    "rupees": "INR",
    "franc": "CHF",
    "francs": "CHF",
    "swiss francs": "CHF",
    "won": "KRW",
    "lira": "TRY",
    "liras": "TRY",
    "shekel": "ILS",
    "shekels": "ILS",
    "rand": "ZAR",
    "naira": "NGN",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "zloty": "PLN",
    "zlotys": "PLN",
    "forint": "HUF",
    "forints": "HUF",
    "bitcoin": "BTC",
    "bitcoins": "BTC",
    "lei": "RON",
    "leu": "RON",
    # Local abbreviations seen in quoted prices.
    "р": "RUB",
    "р.": "RUB",
    "руб": "RUB",
    "руб.": "RUB",
    "рублей": "RUB",
    "грн": "UAH",
    "грн.": "UAH",
    "лв": "BGN",
    "лв.": "BGN",
    "원": "KRW",
    "đ": "VND",
}

#: Names that also mean something else ("a 200-pound man"): read as money only
#: with a scale word ("10 million pounds").
AMBIGUOUS_NAMES: frozenset[str] = frozenset({"pound", "pounds", "won", "rand"})

#: Minor units: name -> (currency, factor to the major unit).
MINOR_UNITS: dict[str, tuple[str, float]] = {
    "cent": ("USD", 0.01),
    "cents": ("USD", 0.01),
    "pence": ("GBP", 0.01),
    "penny": ("GBP", 0.01),
    "pennies": ("GBP", 0.01),
    "kopecks": ("RUB", 0.01),
}

#: Scale letters written straight after a money amount ("$5m", "€40k").
SUFFIX_SCALES: dict[str, float] = {
    "k": 1e3,
    "m": 1e6,
    "mil": 1e6,
    "b": 1e9,
}

MONEY = Money(
    names={**cldr.currency_names("en"), **NAME_ALIASES},
    symbols={
        symbol: code
        for symbol, code in {**cldr.currency_symbols("en"), **SYMBOL_ALIASES}.items()
        if symbol not in NOT_SYMBOLS
    },
    code_words=CODE_WORDS,
    any_case_codes=ANY_CASE_CODES,
    ambiguous_names=AMBIGUOUS_NAMES,
    minor_units=MINOR_UNITS,
    suffix_scales=SUFFIX_SCALES,
)
