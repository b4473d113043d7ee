"""German words that introduce a figure's equivalent: "70 Milliarden Rubel
(rund 1,2 Milliarden Dollar)"."""

from __future__ import annotations

from ..schema import Conversions

CONVERSIONS = Conversions(
    connectors=(
        "oder",
        "also",
        "rund",
        "etwa",
        "umgerechnet",
        "umgerechnet rund",
        "umgerechnet etwa",
        "ungefähr",
        "das entspricht",
        "entsprechend",
    )
)
