"""German qualifier phrases around a figure, by the qualifier they express."""

from __future__ import annotations

from ...types import Qualifier
from ..schema import Qualifiers

PREFIXES: dict[str, tuple[str, ...]] = {
    "approximately": (
        "etwa",
        "rund",
        "ungefähr",
        "circa",
        "ca.",
        "zirka",
        "fast",
        "beinahe",
        "nahezu",
        "annähernd",
        "knapp",
        "gut",
        "geschätzt",
        "schätzungsweise",
        "an die",
    ),
    "at_most": ("bis zu", "höchstens", "maximal", "nicht mehr als", "allenfalls"),
    "at_least": (
        "mindestens",
        "wenigstens",
        "zumindest",
        "nicht weniger als",
    ),
    "less_than": ("weniger als", "unter", "knapp unter"),
    "more_than": ("mehr als", "über", "knapp über", "gut über"),
}

SUFFIXES: dict[str, tuple[str, ...]] = {
    "at_least": ("oder mehr", "und mehr"),
    "at_most": ("oder weniger",),
}

QUALIFIERS = Qualifiers(
    prefixes={Qualifier(name): phrases for name, phrases in PREFIXES.items()},
    suffixes={Qualifier(name): phrases for name, phrases in SUFFIXES.items()},
)
