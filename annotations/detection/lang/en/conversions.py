"""English words that introduce a figure's equivalent: "5 miles, or 8 km"."""

from __future__ import annotations

from ..schema import Conversions

#: Between the two figures, after optional punctuation ("(", ",").
CONNECTORS: tuple[str, ...] = (
    "or",
    "or about",
    "equivalent to",
    "the equivalent of",
    "equal to",
    "which is",
    "i.e.",
    "about",
    "roughly",
    "around",
)

CONVERSIONS = Conversions(connectors=CONNECTORS)
