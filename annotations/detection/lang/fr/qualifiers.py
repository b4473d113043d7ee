"""French qualifier phrases around a figure, by the qualifier they express."""

from __future__ import annotations

from ...types import Qualifier
from ..schema import Qualifiers

PREFIXES: dict[str, tuple[str, ...]] = {
    "approximately": (
        "environ",
        "près de",
        "quelque",
        "presque",
        "autour de",
        "aux alentours de",
        "approximativement",
        "à peu près",
        "quasiment",
        "un peu moins de",
        "un peu plus de",
        "une estimation de",
        "pratiquement",
    ),
    "at_most": (
        "jusqu'à",
        "jusqu’à",
        "au plus",
        "au maximum",
        "pas plus de",
        "un maximum de",
        "tout au plus",
    ),
    "at_least": (
        "au moins",
        "au minimum",
        "pas moins de",
        "un minimum de",
        "plus d'au moins",
    ),
    "less_than": ("moins de", "moins d'", "en dessous de", "en deçà de", "inférieur à"),
    "more_than": (
        "plus de",
        "plus d'",
        "au-delà de",
        "au-dessus de",
        "supérieur à",
        "dépassant",
    ),
}

SUFFIXES: dict[str, tuple[str, ...]] = {
    "approximately": ("environ",),
    "at_least": ("ou plus", "au moins"),
    "at_most": ("ou moins", "au plus"),
}

QUALIFIERS = Qualifiers(
    prefixes={Qualifier(name): phrases for name, phrases in PREFIXES.items()},
    suffixes={Qualifier(name): phrases for name, phrases in SUFFIXES.items()},
)
