"""Data every language bundle may share: currency symbols and codes, which
are the same in any language."""

from __future__ import annotations

#: Currency symbols and prefixes of news copy that CLDR lacks or spells otherwise.
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
    "£": "GBP",
    "₤": "GBP",
    "MX$": "MXN",
    "NZ$": "NZD",
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

#: ISO codes read in any letter case ("usd"); others only in capitals, since
#: some are words ("ALL", "TOP", "SOS").
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

#: pint's names of the SI prefixes, for ``prefixed``.
SI_PREFIXES: tuple[str, ...] = (
    "nano",
    "micro",
    "milli",
    "centi",
    "deci",
    "deca",
    "hecto",
    "kilo",
    "mega",
    "giga",
    "tera",
)


def prefixed(
    prefixes: dict[str, str], bases: dict[tuple[str, ...], str]
) -> dict[str, str]:
    """A language's names of metric units -> pint's: each form of a base unit
    ("metro", "metros" -> "meter"), alone and after each prefix word (the
    language's "kilo", "mili", "Mikro" -> pint's prefix), all lower case.

    >>> prefixed({"kilo": "kilo"}, {("metro", "metros"): "meter"})
    {'metro': 'meter', 'metros': 'meter', 'kilometro': 'kilometer', 'kilometros': 'kilometer'}
    """
    return {
        f"{word}{form}".lower(): f"{prefix}{unit}"
        for word, prefix in {"": "", **prefixes}.items()
        for forms, unit in bases.items()
        for form in forms
    }
