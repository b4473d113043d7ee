"""French unit names (pint reads symbols such as "km" in any language)."""

from __future__ import annotations

from ..schema import Quantities

NAMES: dict[tuple[str, ...], str] = {
    ("mètre", "mètres", "metre", "metres"): "meter",
    ("kilomètre", "kilomètres", "kilometre", "kilometres"): "kilometer",
    ("centimètre", "centimètres"): "centimeter",
    ("millimètre", "millimètres"): "millimeter",
    ("kilogramme", "kilogrammes", "kilo", "kilos"): "kilogram",
    ("gramme", "grammes"): "gram",
    ("milligramme", "milligrammes"): "milligram",
    ("tonne", "tonnes"): "metric_ton",
    ("litre", "litres"): "liter",
    ("millilitre", "millilitres"): "milliliter",
    ("centilitre", "centilitres"): "centiliter",
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
    ("kilowatt", "kilowatts"): "kilowatt",
    ("mégawatt", "mégawatts", "megawatt", "megawatts"): "megawatt",
    ("gigawatt", "gigawatts"): "gigawatt",
    (
        "kilowattheure",
        "kilowattheures",
        "kilowatt-heure",
        "kilowatts-heure",
    ): "kilowatt_hour",
    ("mégawattheure", "mégawattheures"): "megawatt_hour",
    ("cheval", "chevaux", "cheval-vapeur", "chevaux-vapeur"): "horsepower",
    ("nœud", "nœuds", "noeud", "noeuds"): "knot",
    ("radian", "radians"): "radian",
    ("heure", "heures"): "hour",
}

SQUARED = ("carré", "carrés", "carrée", "carrées")
CUBED = ("cube", "cubes")
LENGTHS = ("meter", "kilometer", "centimeter", "millimeter", "mile", "foot", "inch")


def _names() -> dict[str, str]:
    return {form: unit for forms, unit in NAMES.items() for form in forms}


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
        }
    ),
    dimensionless_units=frozenset({"degree", "byte", "ppm", "ppb", "radian"}),
    single_letter_units=frozenset({"m", "g", "C", "L", "l", "t"}),
    compounds={"meter": "centimeter", "foot": "inch"},
    pint_names=False,
)
