"""Spanish words that make a number a percentage or percentage points."""

from __future__ import annotations

from ..schema import Percents

PERCENTS = Percents(
    percent_words=("%", "por ciento", "por cien", "porciento", "porcentaje"),
    point_words={
        "punto porcentual": 1.0,
        "puntos porcentuales": 1.0,
        "pp": 1.0,
        "p.p.": 1.0,
        "punto básico": 0.01,
        "puntos básicos": 0.01,
        "pb": 0.01,
    },
    # "la mitad de los votos", "un tercio de".
    of="de",
    vague_share_adjectives=(
        "pequeño",
        "pequeña",
        "gran",
        "grande",
        "alto",
        "alta",
        "bajo",
        "baja",
        "creciente",
        "importante",
        "considerable",
        "significativo",
        "significativa",
    ),
    share_nouns=("porcentaje", "proporción", "parte"),
    vague_articles=("un", "una"),
)
