"""French words that introduce a figure's equivalent: "70 000 millions de
roubles (environ 1,2 milliard de dollars)"."""

from __future__ import annotations

from ..schema import Conversions

CONVERSIONS = Conversions(
    connectors=(
        "soit",
        "soit environ",
        "ou",
        "environ",
        "près de",
        "quelque",
        "l'équivalent de",
        "l’équivalent de",
        "équivalant à",
        "c'est-à-dire",
    )
)
