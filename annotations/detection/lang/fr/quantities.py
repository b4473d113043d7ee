"""French unit names (pint reads symbols such as "km" in any language)."""

from __future__ import annotations

from ..schema import Quantities
from ..shared import prefixed

#: Metric units with every prefix ("kilomètre", "microgramme", "gigaoctet").
METRIC: dict[tuple[str, ...], str] = {
    ("mètre", "mètres", "metre", "metres"): "meter",
    ("gramme", "grammes"): "gram",
    ("litre", "litres"): "liter",
    ("watt", "watts"): "watt",
    ("wattheure", "wattheures", "watt-heure", "watts-heure"): "watt_hour",
    ("octet", "octets"): "byte",
}
PREFIXES: dict[str, str] = {
    "nano": "nano",
    "micro": "micro",
    "milli": "milli",
    "centi": "centi",
    "déci": "deci",
    "deci": "deci",
    "déca": "deca",
    "deca": "deca",
    "hecto": "hecto",
    "kilo": "kilo",
    "méga": "mega",
    "mega": "mega",
    "giga": "giga",
    "téra": "tera",
    "tera": "tera",
}

NAMES: dict[tuple[str, ...], str] = {
    ("kilo", "kilos"): "kilogram",
    ("tonne", "tonnes"): "metric_ton",
    ("mile", "miles"): "mile",
    ("mille nautique", "milles nautiques"): "nautical_mile",
    ("pied", "pieds"): "foot",
    ("pouce", "pouces"): "inch",
    ("yard", "yards"): "yard",
    ("livre", "livres"): "pound",
    ("once", "onces"): "ounce",
    ("gallon", "gallons"): "gallon",
    ("baril", "barils"): "barrel",
    ("hectare", "hectares"): "hectare",
    ("acre", "acres"): "acre",
    ("degré", "degrés", "degre", "degres"): "degree",
    ("watt", "watts"): "watt",
    ("cheval", "chevaux", "cheval-vapeur", "chevaux-vapeur"): "horsepower",
    ("nœud", "nœuds", "noeud", "noeuds"): "knot",
    ("radian", "radians"): "radian",
    # For rates ("kilomètres par heure"); alone they are durations.
    ("heure", "heures"): "hour",
    ("seconde", "secondes"): "second",
    ("minute", "minutes"): "minute",
    ("jour", "jours"): "day",
    # Temperatures named without "degrés": "40 celsius", "90 fahrenheit".
    ("celsius", "centigrade", "centigrades"): "degree_Celsius",
    ("fahrenheit",): "degree_Fahrenheit",
    ("kelvin",): "kelvin",
    ("cuillère à café", "cuillères à café"): "teaspoon",
    ("cuillère à soupe", "cuillères à soupe"): "tablespoon",
    ("tasse", "tasses"): "cup",
}

SQUARED = ("carré", "carrés", "carrée", "carrées")
CUBED = ("cube", "cubes")
LENGTHS = ("meter", "kilometer", "centimeter", "millimeter", "mile", "foot", "inch")


def _names() -> dict[str, str]:
    named = {form: unit for forms, unit in NAMES.items() for form in forms}
    return {**prefixed(PREFIXES, METRIC), **named}


def _powers() -> dict[str, str]:
    return {
        f"{form} {word}": f"{unit} ** {power}"
        for form, unit in _names().items()
        if unit in LENGTHS
        for words, power in ((SQUARED, 2), (CUBED, 3))
        for word in words
    }


QUANTITIES = Quantities(
    unit_aliases={
        **{form: unit for form, unit in _names().items() if " " not in form},
        "°": "degree",
        "º": "degree",
        "C": "degree_Celsius",
        "t": "metric_ton",
    },
    multiword_units={
        **{form: unit for form, unit in _names().items() if " " in form},
        **_powers(),
        "tonnes métriques": "metric_ton",
        "tonne métrique": "metric_ton",
    },
    degree_words=frozenset({"degré", "degrés", "degre", "degres", "deg", "°", "º"}),
    powers={},
    temperature_scales={
        "c": "degree_Celsius",
        "celsius": "degree_Celsius",
        "centigrade": "degree_Celsius",
        "centigrades": "degree_Celsius",
        "f": "degree_Fahrenheit",
        "fahrenheit": "degree_Fahrenheit",
        "k": "kelvin",
        "kelvin": "kelvin",
    },
    rate_words=("par",),
    not_units=frozenset(
        {
            "de",
            "du",
            "des",
            "d",
            "en",
            "à",
            "a",
            "et",
            "ou",
            "le",
            "la",
            "les",
            "l",
            "un",
            "une",
            "par",
            "pour",
            "sur",
            "avec",
            "sans",
            "au",
            "aux",
            "se",
            "ce",
            "il",
            "on",
            "est",
            "sont",
            "mille",
            "ans",
            "fois",
            "s",
            "am",
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
