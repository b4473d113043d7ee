"""Spanish words that introduce a figure's equivalent: "70 millones de rublos
(unos 1.200 millones de dólares)"."""

from __future__ import annotations

from ..schema import Conversions

CONVERSIONS = Conversions(
    connectors=(
        "o",
        "o sea",
        "es decir",
        "unos",
        "unas",
        "alrededor de",
        "cerca de",
        "aproximadamente",
        "equivalente a",
        "equivalentes a",
        "el equivalente a",
    )
)
