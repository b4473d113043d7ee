"""Regenerate annotations/detection/lang/currency_symbols.json from babel's CLDR data.

Collects each current currency's local symbol in the languages of the
territories that use it ("Kč" for CZK in cs_CZ, "zł" for PLN in pl_PL), keeping
symbols that name one currency only and are not a lone Latin letter, and the
currencies whose home locales all use a decimal comma (IDR, HUF, CZK...). Walking
hundreds of locales takes over a second, so the result is shipped as data.

Usage: ``python scripts/build_currency_symbols.py``
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from babel import Locale, localedata
from babel.core import get_global

OUT = (
    Path(__file__).resolve().parent.parent
    / "annotations/detection/lang/currency_symbols.json"
)
#: Languages spoken by less than this share of a territory are skipped, unless
#: official there.
MIN_POPULATION_PERCENT = 20.0


def territory_locales() -> dict[str, list[str]]:
    """Territory -> locale ids of its main languages that CLDR has data for."""
    available = set(localedata.locale_identifiers())
    languages = get_global("territory_languages")
    out: dict[str, list[str]] = {}
    for territory, spoken in languages.items():
        out[territory] = [
            f"{language}_{territory}"
            for language, info in spoken.items()
            if f"{language}_{territory}" in available
            and (
                info.get("official_status")
                or info.get("population_percent", 0) >= MIN_POPULATION_PERCENT
            )
        ]
    return out


def usable(symbol: str, code: str) -> bool:
    cleaned = symbol.strip("\u200b\u200f ")
    if not cleaned or cleaned == code:
        return False
    return not (len(cleaned) == 1 and cleaned.isascii() and cleaned.isalpha())


def collect() -> dict[str, object]:
    seen: dict[str, set[str]] = defaultdict(set)
    decimals: dict[str, set[str]] = defaultdict(set)
    locales = territory_locales()
    for territory, currencies in get_global("territory_currencies").items():
        current = [c[0] for c in currencies if c[2] is None and c[3]]
        for locale_id in locales.get(territory, []):
            locale = Locale.parse(locale_id)
            symbols = locale.currency_symbols
            for code in current:
                decimals[code].add(locale.number_symbols["latn"]["decimal"])
                symbol = symbols.get(code)
                if symbol and usable(symbol, code):
                    seen[symbol.strip("\u200b\u200f ")].add(code)
    return {
        "symbols": {
            symbol: codes.pop()
            for symbol, codes in sorted(seen.items())
            if len(codes) == 1
        },
        # Currencies whose every home locale writes "1.500" for fifteen hundred.
        "comma_decimal": sorted(c for c, marks in decimals.items() if marks == {","}),
    }


def main() -> None:
    OUT.write_text(json.dumps(collect(), ensure_ascii=False, indent=0) + "\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
