"""German unit names (pint reads symbols such as "km" in any language).

German writes areas and volumes as one word ("Quadratkilometer",
"Kubikmeter"); those are built from the lengths below.
"""

from __future__ import annotations

from ..schema import Quantities
from ..shared import prefixed

#: Metric units with every prefix ("Kilometer", "Mikrogramm", "Gigabyte").
METRIC: dict[tuple[str, ...], str] = {
    ("meter", "metern"): "meter",
    ("wattstunde", "wattstunden"): "watt_hour",
    ("byte", "bytes"): "byte",
}
PREFIXES: dict[str, str] = {
    "nano": "nano",
    "mikro": "micro",
    "milli": "milli",
    "zenti": "centi",
    "dezi": "deci",
    "deka": "deca",
    "hekto": "hecto",
    "kilo": "kilo",
    "mega": "mega",
    "giga": "giga",
    "tera": "tera",
}

#: Unit names with their inflected forms -> a pint unit.
NAMES: dict[tuple[str, ...], str] = {
    ("kilo", "kilos"): "kilogram",
    ("gramm",): "gram",
    ("tonne", "tonnen"): "metric_ton",
    ("liter", "litern"): "liter",
    ("meile", "meilen"): "mile",
    ("seemeile", "seemeilen"): "nautical_mile",
    ("fuß",): "foot",
    ("zoll",): "inch",
    ("yard", "yards"): "yard",
    ("unze", "unzen"): "ounce",
    ("gallone", "gallonen"): "gallon",
    ("barrel", "fass"): "barrel",
    ("hektar",): "hectare",
    ("grad",): "degree",
    ("watt",): "watt",
    ("ps", "pferdestärke", "pferdestärken"): "horsepower",
    ("knoten",): "knot",
    ("umdrehung", "umdrehungen"): "turn",
    # For rates ("Kilometer pro Stunde"); alone they are durations.
    ("stunde", "stunden"): "hour",
    ("sekunde", "sekunden"): "second",
    ("minute", "minuten"): "minute",
    ("tag", "tage"): "day",
    ("pfund",): "pound",
    # Temperatures named without "Grad": "14 Celsius", "5 Kelvin".
    ("celsius",): "degree_Celsius",
    ("fahrenheit",): "degree_Fahrenheit",
    ("kelvin",): "kelvin",
    ("teelöffel",): "teaspoon",
    ("esslöffel",): "tablespoon",
    ("tasse", "tassen"): "cup",
}

LENGTHS: dict[str, str] = {
    "meter": "meter",
    "kilometer": "kilometer",
    "zentimeter": "centimeter",
    "millimeter": "millimeter",
    "meile": "mile",
    "meilen": "mile",
    "fuß": "foot",
    "zoll": "inch",
}


def _names() -> dict[str, str]:
    names = prefixed(PREFIXES, METRIC)
    names |= {form: unit for forms, unit in NAMES.items() for form in forms}
    for length, unit in LENGTHS.items():
        for ending in ("", "n"):
            if length.endswith("n") and ending:
                continue
            names[f"quadrat{length}{ending}"] = f"{unit} ** 2"
            names[f"kubik{length}{ending}"] = f"{unit} ** 3"
    return names


QUANTITIES = Quantities(
    unit_aliases={
        **_names(),
        "°": "degree",
        "º": "degree",
        "C": "degree_Celsius",
        "t": "metric_ton",
        "qm": "meter ** 2",
        "qkm": "kilometer ** 2",
    },
    multiword_units={
        "grad celsius": "degree_Celsius",
        "grad fahrenheit": "degree_Fahrenheit",
    },
    degree_words=frozenset({"grad", "°", "º"}),
    powers={},
    temperature_scales={
        "c": "degree_Celsius",
        "celsius": "degree_Celsius",
        "f": "degree_Fahrenheit",
        "fahrenheit": "degree_Fahrenheit",
        "k": "kelvin",
        "kelvin": "kelvin",
    },
    # "Kilometer pro Stunde".
    rate_words=("pro", "je"),
    not_units=frozenset(
        {
            "de",
            "in",
            "im",
            "an",
            "am",
            "um",
            "bis",
            "zu",
            "zum",
            "zur",
            "und",
            "oder",
            "der",
            "die",
            "das",
            "den",
            "dem",
            "des",
            "ein",
            "eine",
            "von",
            "vom",
            "mit",
            "für",
            "auf",
            "aus",
            "bei",
            "nach",
            "pro",
            "je",
            "ist",
            "sind",
            "mal",
            "tausend",
            "jahre",
            "s",
            "pm",
        }
    ),
    dimensionless_units=frozenset(
        {
            "degree",
            "ppm",
            "ppb",
            "turn",
            "radian",
            "bit",
            "byte",
            "kilobyte",
            "megabyte",
            "gigabyte",
            "terabyte",
            "petabyte",
        }
    ),
    single_letter_units=frozenset({"m", "g", "C", "L", "l", "t"}),
    compounds={"meter": "centimeter", "foot": "inch"},
    pint_names=False,
)
