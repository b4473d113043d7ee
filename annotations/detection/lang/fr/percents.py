"""French words that make a number a percentage or percentage points."""

from __future__ import annotations

from ..schema import Percents

PERCENTS = Percents(
    percent_words=(
        "%",
        "pour cent",
        "pour-cent",
        "pourcent",
        "pourcents",
        "pourcentage",
        "pourcentages",
    ),
    point_words={
        "point de pourcentage": 1.0,
        "points de pourcentage": 1.0,
        "pt": 1.0,
        "pts": 1.0,
        "point de base": 0.01,
        "points de base": 0.01,
        "pb": 0.01,
    },
    # "la moitié des électeurs", "un tiers de".
    of="de",
    vague_share_adjectives=(
        "petit",
        "petite",
        "faible",
        "grand",
        "grande",
        "large",
        "fort",
        "forte",
    ),
    share_nouns=("pourcentage", "proportion", "part", "partie"),
    vague_articles=("un", "une"),
)
