"""Spanish qualifier phrases around a figure, by the qualifier they express."""

from __future__ import annotations

from ...types import Qualifier
from ..schema import Qualifiers

PREFIXES: dict[str, tuple[str, ...]] = {
    "approximately": (
        "unos",
        "unas",
        "alrededor de",
        "en torno a",
        "cerca de",
        "casi",
        "aproximadamente",
        "aproximadamente unos",
        "más o menos",
        "un estimado de",
        "unos estimados",
        "prácticamente",
    ),
    "at_most": (
        "hasta",
        "como máximo",
        "como mucho",
        "un máximo de",
        "no más de",
        "a lo sumo",
    ),
    "at_least": (
        "al menos",
        "por lo menos",
        "como mínimo",
        "un mínimo de",
        "no menos de",
    ),
    "less_than": ("menos de", "por debajo de", "inferior a", "apenas menos de"),
    "more_than": (
        "más de",
        "mas de",
        "por encima de",
        "superior a",
        "más de unos",
        "poco más de",
    ),
}

SUFFIXES: dict[str, tuple[str, ...]] = {
    "approximately": ("aproximadamente",),
    "at_least": ("o más",),
    "at_most": ("o menos",),
}

QUALIFIERS = Qualifiers(
    prefixes={Qualifier(name): phrases for name, phrases in PREFIXES.items()},
    suffixes={Qualifier(name): phrases for name, phrases in SUFFIXES.items()},
)
