"""German time units and the amounts before them ("drei Tage", "einige Wochen")."""

from __future__ import annotations

from ..schema import Durations

UNITS: dict[tuple[str, ...], tuple[str, float]] = {
    ("sekunde", "sekunden", "sek"): ("second", 1.0),
    ("minute", "minuten", "min"): ("minute", 1.0),
    ("stunde", "stunden", "std"): ("hour", 1.0),
    ("viertelstunde", "viertelstunden"): ("minute", 15.0),
    ("dreiviertelstunde",): ("minute", 45.0),
    ("tag", "tage", "tagen", "tages"): ("day", 1.0),
    ("nacht", "nächte", "nächten"): ("day", 1.0),
    ("woche", "wochen"): ("week", 1.0),
    ("monat", "monate", "monaten", "monats"): ("month", 1.0),
    ("quartal", "quartale", "quartalen"): ("month", 3.0),
    ("halbjahr", "halbjahre"): ("month", 6.0),
    ("jahr", "jahre", "jahren", "jahres"): ("year", 1.0),
    ("jahrzehnt", "jahrzehnte", "jahrzehnten"): ("year", 10.0),
    ("jahrhundert", "jahrhunderte", "jahrhunderten"): ("century", 1.0),
    ("jahrtausend", "jahrtausende"): ("millennium", 1.0),
}

DURATIONS = Durations(
    pint_units=(),
    pint_names=False,
    pint_plural="",
    short_symbols=("h",),
    aliases={form: unit for forms, unit in UNITS.items() for form in forms},
    vague_amounts={
        "einige": (2.0, None),
        "einigen": (2.0, None),
        "mehrere": (3.0, None),
        "mehreren": (3.0, None),
        "ein paar": (2.0, 5.0),
        "wenige": (2.0, 5.0),
        "wenigen": (2.0, 5.0),
        "viele": (3.0, None),
        "vielen": (3.0, None),
    },
    word_amounts={
        "ein": 1.0,
        "eine": 1.0,
        "einen": 1.0,
        "einem": 1.0,
        "einer": 1.0,
        "ein halbes": 0.5,
        "eine halbe": 0.5,
        "einer halben": 0.5,
        "einem halben": 0.5,
        "ein ganzes": 1.0,
        "eine ganze": 1.0,
        "ganze": 1.0,
        "ganzen": 1.0,
        "ganzes": 1.0,
        "halbe": 0.5,
        "halben": 0.5,
        "halbes": 0.5,
    },
    range_joiners=("bis", "oder", "-", "–"),
    between=("zwischen", "und"),
    # "anderthalb Stunden" is read as a number; "ein Jahr und drei Monate" as
    # a compound; "eine Stunde und eine halbe" is rare.
    and_a_fraction={"halbe": 0.5},
    and_a_fraction_pattern=r"und\s+eine\s+({fraction})",
    ordinal_units=(),
    rate_words=("mal", "pro", "je", "millionen", "tausend"),
    # "das 5 Jahre alte Kind", "5 Jahre alt".
    age_words=("alt", "alte", "alten", "alter", "altes"),
)
