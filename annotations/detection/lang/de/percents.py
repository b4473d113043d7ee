"""German words that make a number a percentage or percentage points."""

from __future__ import annotations

from ..schema import Percents

PERCENTS = Percents(
    percent_words=("%", "prozent", "vom hundert", "v. h."),
    point_words={
        "prozentpunkt": 1.0,
        "prozentpunkte": 1.0,
        "prozentpunkten": 1.0,
        "pp": 1.0,
        "basispunkt": 0.01,
        "basispunkte": 0.01,
        "basispunkten": 0.01,
    },
    # "die Hälfte der Wähler", "ein Drittel der".
    of="der",
    vague_share_adjectives=(
        "kleiner",
        "kleinen",
        "großer",
        "großen",
        "hoher",
        "hohen",
        "geringer",
        "geringen",
        "wachsender",
        "wachsenden",
        "erheblicher",
        "erheblichen",
    ),
    share_nouns=("anteil", "teil", "prozentsatz"),
    vague_articles=("ein", "einen", "einem"),
)
