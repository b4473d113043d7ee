"""French time units and the amounts before them ("trois jours", "quelques semaines")."""

from __future__ import annotations

from ..schema import Durations

UNITS: dict[tuple[str, ...], tuple[str, float]] = {
    ("seconde", "secondes", "sec"): ("second", 1.0),
    ("minute", "minutes", "min"): ("minute", 1.0),
    ("heure", "heures", "hr", "hrs"): ("hour", 1.0),
    ("jour", "jours", "journée", "journées"): ("day", 1.0),
    ("nuit", "nuits"): ("day", 1.0),
    ("semaine", "semaines"): ("week", 1.0),
    ("quinzaine", "quinzaines"): ("week", 2.0),
    ("mois",): ("month", 1.0),
    ("trimestre", "trimestres"): ("month", 3.0),
    ("semestre", "semestres"): ("month", 6.0),
    ("an", "ans", "année", "années"): ("year", 1.0),
    ("décennie", "décennies", "decennie", "decennies"): ("year", 10.0),
    ("siècle", "siècles", "siecle", "siecles"): ("century", 1.0),
    ("millénaire", "millénaires"): ("millennium", 1.0),
}

DURATIONS = Durations(
    pint_units=(),
    pint_names=False,
    pint_plural="",
    short_symbols=("h",),
    aliases={form: unit for forms, unit in UNITS.items() for form in forms},
    vague_amounts={
        "plusieurs": (3.0, None),
        "quelques": (2.0, 5.0),
        "de nombreux": (3.0, None),
        "de nombreuses": (3.0, None),
        "certains": (2.0, None),
        "certaines": (2.0, None),
    },
    word_amounts={
        "un": 1.0,
        "une": 1.0,
        "une demi": 0.5,
        "un demi": 0.5,
        "demi": 0.5,
        "toute une": 1.0,
        "tout un": 1.0,
        "toute la": 1.0,
        "tout le": 1.0,
        "toute l'": 1.0,
        "toute l’": 1.0,
        "un autre": 1.0,
        "une autre": 1.0,
        "encore un": 1.0,
        "encore une": 1.0,
        "un plein": 1.0,
        "une pleine": 1.0,
        "un quart d'": 0.25,
        "un quart d’": 0.25,
    },
    range_joiners=("à", "ou", "-", "–"),
    between=("entre", "et"),
    # "une heure et demie", "deux ans et demi".
    and_a_fraction={"demie": 0.5, "demi": 0.5, "quart": 0.25},
    and_a_fraction_pattern=r"et\s+(?:un\s+)?({fraction})",
    # "la seconde vague".
    ordinal_units=("second",),
    # "deux fois par an"; "par" before an article is rare and means "by".
    rate_words=("fois", "millions", "mille", "cent"),
    age_words=(),
)
