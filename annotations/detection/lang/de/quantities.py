"""German unit names (pint reads symbols such as "km" in any language).

German writes areas and volumes as one word ("Quadratkilometer",
"Kubikmeter"); those are built from the lengths below.
"""

from __future__ import annotations

from ..schema import Quantities

#: Unit names with their inflected forms -> a pint unit.
NAMES: dict[tuple[str, ...], str] = {
    ("meter", "metern", "metres"): "meter",
    ("kilometer", "kilometern"): "kilometer",
    ("zentimeter", "zentimetern"): "centimeter",
    ("millimeter", "millimetern"): "millimeter",
    ("kilogramm", "kilo", "kilos"): "kilogram",
    ("gramm",): "gram",
    ("milligramm",): "milligram",
    ("tonne", "tonnen"): "metric_ton",
    ("liter", "litern"): "liter",
    ("milliliter",): "milliliter",
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
    ("kilowatt",): "kilowatt",
    ("megawatt",): "megawatt",
    ("gigawatt",): "gigawatt",
    ("kilowattstunde", "kilowattstunden"): "kilowatt_hour",
    ("megawattstunde", "megawattstunden"): "megawatt_hour",
    ("terawattstunde", "terawattstunden"): "terawatt_hour",
    ("ps", "pferdestärke", "pferdestärken"): "horsepower",
    ("knoten",): "knot",
    ("umdrehung", "umdrehungen"): "turn",
    ("stunde",): "hour",
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
    names = {form: unit for forms, unit in NAMES.items() for form in forms if unit}
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
        }
    ),
    dimensionless_units=frozenset({"degree", "byte", "ppm", "ppb", "turn", "radian"}),
    single_letter_units=frozenset({"m", "g", "C", "L", "l", "t"}),
    compounds={"meter": "centimeter", "foot": "inch"},
    pint_names=False,
)
