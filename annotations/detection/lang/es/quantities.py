"""Spanish unit names (pint reads symbols such as "km" in any language)."""

from __future__ import annotations

from ..schema import Quantities
from ..shared import prefixed

#: Metric units with every prefix ("kilogramo", "milímetro", "nanómetro").
METRIC: dict[tuple[str, ...], str] = {
    ("metro", "metros"): "meter",
    ("gramo", "gramos"): "gram",
    ("litro", "litros"): "liter",
    ("vatio", "vatios"): "watt",
    ("byte", "bytes"): "byte",
}
PREFIXES: dict[str, str] = {
    word: word if word != "mili" else "milli"
    for word in ("nano", "micro", "mili", "centi", "deci", "deca", "hecto", "kilo")
} | {"mega": "mega", "giga": "giga", "tera": "tera"}
#: The accent a prefix takes before "metro": "kilómetro", "milímetro".
ACCENTED = str.maketrans("aeio", "áéíó")


def _metric() -> dict[str, str]:
    names = prefixed(PREFIXES, METRIC)
    for word, prefix in PREFIXES.items():
        accented = word[:-1] + word[-1].translate(ACCENTED)
        names[f"{accented}metro"] = names[f"{accented}metros"] = f"{prefix}meter"
    return names


#: Unit names, singular and plural, -> a pint unit.
NAMES: dict[tuple[str, ...], str] = {
    ("metro", "metros"): "meter",
    ("kilo", "kilos"): "kilogram",
    ("tonelada", "toneladas"): "metric_ton",
    ("litro", "litros"): "liter",
    ("milla", "millas"): "mile",
    ("milla náutica", "millas náuticas"): "nautical_mile",
    ("pie", "pies"): "foot",
    ("pulgada", "pulgadas"): "inch",
    ("yarda", "yardas"): "yard",
    ("libra", "libras"): "pound",
    ("onza", "onzas"): "ounce",
    ("galón", "galones", "galon"): "gallon",
    ("barril", "barriles"): "barrel",
    ("hectárea", "hectáreas", "hectarea", "hectareas"): "hectare",
    ("acre", "acres"): "acre",
    ("grado", "grados"): "degree",
    ("vatio", "vatios"): "watt",
    ("kilovatio hora", "kilovatios hora"): "kilowatt_hour",
    ("megavatio hora", "megavatios hora"): "megawatt_hour",
    ("caballo de fuerza", "caballos de fuerza"): "horsepower",
    ("nudo", "nudos"): "knot",
    ("radián", "radianes"): "radian",
    ("vuelta", "vueltas"): "turn",
    # For rates ("kilómetros por hora"); alone they are durations.
    ("hora", "horas"): "hour",
    ("segundo", "segundos"): "second",
    ("minuto", "minutos"): "minute",
    ("día", "días", "dia"): "day",
    # Temperatures named without "grados": "40 centígrados", "90 fahrenheit".
    ("celsius", "centígrado", "centígrados"): "degree_Celsius",
    ("fahrenheit",): "degree_Fahrenheit",
    ("kelvin",): "kelvin",
    ("cucharadita", "cucharaditas"): "teaspoon",
    ("cucharada", "cucharadas"): "tablespoon",
    ("taza", "tazas"): "cup",
}

#: Lengths that become areas and volumes with "cuadrado" and "cúbico" after them.
SQUARED = ("cuadrado", "cuadrados", "cuadrada", "cuadradas")
CUBED = ("cúbico", "cúbicos", "cubico", "cubicos")
LENGTHS = ("meter", "kilometer", "centimeter", "millimeter", "mile", "foot", "inch")


def _names() -> dict[str, str]:
    return {
        **_metric(),
        **{form: unit for forms, unit in NAMES.items() for form in forms},
    }


def _powers() -> dict[str, str]:
    out = {}
    for form, unit in _names().items():
        if unit not in LENGTHS:
            continue
        for words, power in ((SQUARED, 2), (CUBED, 3)):
            for word in words:
                out[f"{form} {word}"] = f"{unit} ** {power}"
    return out


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
        "toneladas métricas": "metric_ton",
        "tonelada métrica": "metric_ton",
    },
    degree_words=frozenset({"grado", "grados", "°", "º"}),
    powers={},
    temperature_scales={
        "c": "degree_Celsius",
        "celsius": "degree_Celsius",
        "centígrados": "degree_Celsius",
        "centígrado": "degree_Celsius",
        "f": "degree_Fahrenheit",
        "fahrenheit": "degree_Fahrenheit",
        "k": "kelvin",
        "kelvin": "kelvin",
    },
    # "kilómetros por hora".
    rate_words=("por",),
    not_units=frozenset(
        {
            "de",
            "del",
            "en",
            "a",
            "al",
            "y",
            "e",
            "o",
            "u",
            "el",
            "la",
            "los",
            "las",
            "un",
            "una",
            "por",
            "para",
            "con",
            "sin",
            "su",
            "sus",
            "que",
            "es",
            "son",
            "se",
            "mil",
            "años",
            "veces",
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
    # Only pint's symbols ("km", "kg") and the names above: pint's English
    # names mean nothing in a Spanish text.
    pint_names=False,
)
