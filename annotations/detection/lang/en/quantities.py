"""English unit spellings that pint does not read, and words that only look like units."""

from __future__ import annotations

from ..schema import Quantities

#: News spellings -> a pint unit expression.
UNIT_ALIASES: dict[str, str] = {
    "bpd": "barrel / day",
    "b/d": "barrel / day",
    "mt": "metric_ton",
    "mmt": "megametric_ton",
    "tonne": "metric_ton",
    "tonnes": "metric_ton",
    "centigrade": "degree_Celsius",
    "centigrate": "degree_Celsius",
    "celcius": "degree_Celsius",
    "amps": "ampere",
    "amp": "ampere",
    "kph": "kilometer / hour",
    "kmh": "kilometer / hour",
    "kmph": "kilometer / hour",
    "mpg": "mile / gallon",
    "cc": "cubic_centimeter",
    "sq": "",
    "lbs": "pound",
    "lb": "pound",
    "kms": "kilometer",
    "mw": "megawatt",
    "gw": "gigawatt",
    "kw": "kilowatt",
    "kwh": "kilowatt_hour",
    "mwh": "megawatt_hour",
    "gwh": "gigawatt_hour",
    "twh": "terawatt_hour",
    "°": "degree",
    # A capital C after a number is a temperature in news copy ("highs of
    # 30C"), not the coulomb.
    "C": "degree_Celsius",
    "º": "degree",
}

#: Units written as two words.
MULTIWORD_UNITS: dict[str, str] = {
    "metric ton": "metric_ton",
    "metric tons": "metric_ton",
    "metric tonnes": "metric_ton",
    "short tons": "short_ton",
    "long tons": "long_ton",
    "nautical mile": "nautical_mile",
    "nautical miles": "nautical_mile",
    "light year": "light_year",
    "light years": "light_year",
    "fluid ounce": "fluid_ounce",
    "fluid ounces": "fluid_ounce",
}

#: Words that mean "degree" before a temperature scale ("40 deg C").
DEGREE_WORDS: frozenset[str] = frozenset({"degree", "degrees", "deg", "°", "º"})

#: Words before a unit that raise it to a power.
POWERS: dict[str, int] = {
    "square": 2,
    "sq": 2,
    "sq.": 2,
    "cubic": 3,
    "cu": 3,
    "cu.": 3,
}

#: Words after "degrees" or "°" naming a temperature scale.
TEMPERATURE_SCALES: dict[str, str] = {
    "c": "degree_Celsius",
    "celsius": "degree_Celsius",
    "centigrade": "degree_Celsius",
    "f": "degree_Fahrenheit",
    "fahrenheit": "degree_Fahrenheit",
    "farenheit": "degree_Fahrenheit",
    "k": "kelvin",
    "kelvin": "kelvin",
}

#: Words joining a rate: "miles per hour", "barrels a day".
RATE_WORDS: tuple[str, ...] = ("per", "a", "an")

#: Function words that may follow a number but never name its unit; they also
#: keep "5 to 7 km" readable as a range.
NOT_UNITS: frozenset[str] = frozenset(
    {
        # Ordinal endings ("11th" is no thou) and a lone "s".
        "st",
        "nd",
        "rd",
        "th",
        "thou",
        "s",
        "a",
        "am",
        "an",
        "and",
        "are",
        "as",
        "at",
        "b",
        "bag",
        "bags",
        "by",
        "c",
        "chain",
        "chains",
        "count",
        "counts",
        "cycle",
        "cycles",
        "e",
        "for",
        "from",
        "hand",
        "hands",
        "if",
        "in",
        "into",
        "is",
        "it",
        "line",
        "lines",
        "link",
        "links",
        "me",
        "of",
        "on",
        "or",
        "per",
        "percent",
        "pm",
        "point",
        "points",
        "pole",
        "poles",
        "rod",
        "rods",
        "shot",
        "shots",
        "the",
        "to",
        "turn",
        "turns",
        "unit",
        "units",
        "us",
        "was",
        "were",
        "with",
        "x",
    }
)

#: Dimensionless pint units that still make a quantity.
DIMENSIONLESS_UNITS: frozenset[str] = frozenset(
    {
        "degree",
        "byte",
        "bit",
        "ppm",
        "ppb",
        "kilobyte",
        "megabyte",
        "gigabyte",
        "terabyte",
        "petabyte",
    }
)

#: One-letter unit symbols read on their own ("300 m", "5 g", "40C"); others
#: ("13F", "777F") are names far more often than farads.
SINGLE_LETTER_UNITS: frozenset[str] = frozenset({"m", "g", "C", "L", "l", "t"})

#: A larger unit followed by its smaller companion: "5 feet 2 inches".
COMPOUNDS: dict[str, str] = {
    "foot": "inch",
    "pound": "ounce",
    "stone": "pound",
    "meter": "centimeter",
}

QUANTITIES = Quantities(
    unit_aliases=UNIT_ALIASES,
    multiword_units=MULTIWORD_UNITS,
    degree_words=DEGREE_WORDS,
    powers=POWERS,
    temperature_scales=TEMPERATURE_SCALES,
    rate_words=RATE_WORDS,
    not_units=NOT_UNITS,
    dimensionless_units=DIMENSIONLESS_UNITS,
    single_letter_units=SINGLE_LETTER_UNITS,
    compounds=COMPOUNDS,
)
