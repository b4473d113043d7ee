"""Spanish words for counts: what a number counts, and words that count nothing."""

from __future__ import annotations

from ..schema import Counts

#: Words between the number and the noun: "seis nuevos países".
MODIFIERS: tuple[str, ...] = (
    "más",
    "nuevos",
    "nuevas",
    "otros",
    "otras",
    "antiguos",
    "jóvenes",
    "grandes",
    "pequeños",
    "pequeñas",
)

#: Plural-looking words that never name what is counted, and function words.
NOT_COUNTED: frozenset[str] = frozenset(
    {
        "más",
        "menos",
        "veces",
        "años",
        "meses",
        "días",
        "semanas",
        "horas",
        "minutos",
        "segundos",
        "después",
        "antes",
        "entonces",
        "mientras",
        "pues",
        "tras",
        "sus",
        "los",
        "las",
        "unos",
        "unas",
        "ellos",
        "ellas",
        "nosotros",
        "todos",
        "todas",
        "otros",
        "otras",
        "estos",
        "estas",
        "esos",
        "esas",
        "dos",
        "tres",
        "seis",
        "millones",
        "miles",
        "cientos",
        "dólares",
        "euros",
        "pesos",
        "libras",
        "por",
        "crisis",
        "análisis",
        "tesis",
        "virus",
        "lunes",
        "martes",
        "miércoles",
        "jueves",
        "viernes",
    }
)

COUNTS = Counts(
    irregular_plurals=frozenset(),
    modifiers=MODIFIERS,
    not_counted=NOT_COUNTED,
    # "seis millones de personas", "tres de los países".
    of=("de", "de los", "de las"),
    suffix_scales=(("k", 1e3),),
    plural_endings=("s",),
    not_plural_endings=("is", "us", "ss"),
    min_plural_length=4,
)
