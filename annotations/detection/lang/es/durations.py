"""Spanish time units and the amounts before them ("tres días", "unas semanas")."""

from __future__ import annotations

from ..schema import Durations

#: Unit words -> (pint unit, how many of it).
UNITS: dict[tuple[str, ...], tuple[str, float]] = {
    ("segundo", "segundos", "seg", "s"): ("second", 1.0),
    ("minuto", "minutos", "min"): ("minute", 1.0),
    ("hora", "horas", "hr", "hrs", "hra", "hras"): ("hour", 1.0),
    ("día", "días", "dia", "dias", "jornada", "jornadas"): ("day", 1.0),
    ("noche", "noches"): ("day", 1.0),
    ("semana", "semanas"): ("week", 1.0),
    ("quincena", "quincenas"): ("week", 2.0),
    ("mes", "meses"): ("month", 1.0),
    ("trimestre", "trimestres"): ("month", 3.0),
    ("semestre", "semestres"): ("month", 6.0),
    ("año", "años", "ano", "anos"): ("year", 1.0),
    ("lustro", "lustros"): ("year", 5.0),
    ("década", "décadas", "decada", "decadas", "decenio", "decenios"): ("year", 10.0),
    ("siglo", "siglos"): ("century", 1.0),
    ("milenio", "milenios"): ("millennium", 1.0),
}

DURATIONS = Durations(
    pint_units=(),
    pint_names=False,
    pint_plural="",
    short_symbols=("h",),
    aliases={
        form: unit for forms, unit in UNITS.items() for form in forms if len(form) > 1
    },
    vague_amounts={
        "varios": (3.0, None),
        "varias": (3.0, None),
        "unos pocos": (2.0, 5.0),
        "unas pocas": (2.0, 5.0),
        "pocos": (2.0, 5.0),
        "pocas": (2.0, 5.0),
        "algunos": (2.0, None),
        "algunas": (2.0, None),
        "muchos": (3.0, None),
        "muchas": (3.0, None),
        "unos": (2.0, None),
        "unas": (2.0, None),
    },
    word_amounts={
        "un": 1.0,
        "una": 1.0,
        "uno": 1.0,
        "un par de": 2.0,
        "medio": 0.5,
        "media": 0.5,
        "todo un": 1.0,
        "toda una": 1.0,
        "todo el": 1.0,
        "toda la": 1.0,
        "otro": 1.0,
        "otra": 1.0,
        "un cuarto de": 0.25,
    },
    range_joiners=("a", "o", "-", "–"),
    between=("entre", "y"),
    # "una hora y media", "un año y medio".
    and_a_fraction={"medio": 0.5, "media": 0.5, "cuarto": 0.25},
    and_a_fraction_pattern=r"y\s+(?:un\s+)?({fraction})",
    # "un segundo mandato".
    ordinal_units=("second",),
    # "dos veces al año"; "por" before an article is "for" ("por una hora").
    rate_words=("vez", "veces", "millones", "mil", "ciento"),
    age_words=("de edad",),
)
