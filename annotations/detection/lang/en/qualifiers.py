"""English qualifier phrases that precede a figure, by the qualifier they express."""

from __future__ import annotations

from ...types import Qualifier
from ..schema import Qualifiers

#: Keys are ``Qualifier`` values; phrases are lower case, single-spaced.
PREFIXES: dict[str, tuple[str, ...]] = {
    "approximately": (
        "about",
        "around",
        "some",
        "roughly",
        "nearly",
        "almost",
        "estimated",
        "an estimated",
        "approximately",
        "approx.",
        "close to",
        "circa",
    ),
    "at_most": (
        "up to",
        "within",
        "no more than",
        "not more than",
        "at most",
        "as many as",
        "as much as",
        "a maximum of",
    ),
    "at_least": (
        "at least",
        "no fewer than",
        "no less than",
        "not less than",
        "a minimum of",
    ),
    "less_than": (
        "less than",
        "fewer than",
        "under",
        "below",
        "just under",
        "just below",
    ),
    "more_than": (
        "more than",
        "over",
        "above",
        "in excess of",
        "upwards of",
        "just over",
        "just above",
    ),
}

#: Phrases written after a figure ("20 or more people", "$5m or so").
SUFFIXES: dict[str, tuple[str, ...]] = {
    "approximately": ("or so",),
    "at_least": ("or more", "or above", "or higher", "or longer"),
    "at_most": ("or less", "or fewer", "or below", "or lower"),
}

QUALIFIERS = Qualifiers(
    prefixes={Qualifier(name): phrases for name, phrases in PREFIXES.items()},
    suffixes={Qualifier(name): phrases for name, phrases in SUFFIXES.items()},
)
