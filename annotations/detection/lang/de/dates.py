"""German date words beyond CLDR's month and weekday names."""

from __future__ import annotations

from ...types import Qualifier
from .. import cldr
from ..schema import Dates

#: The endings of a German adjective ("letzte", "letzten", "letzter"...).
ENDINGS: tuple[str, ...] = ("e", "en", "er", "es", "em")


def _forms(step: int, *stems: str) -> dict[str, int]:
    return {f"{stem}{end}": step for stem in stems for end in ENDINGS}


def _ordinals() -> dict[str, int]:
    """Day ordinals 1-31 in every ending: "ersten", "dritte", "einundzwanzigsten"."""
    cardinals = {
        1: "ein",
        2: "zwei",
        3: "drei",
        4: "vier",
        5: "fünf",
        6: "sechs",
        7: "sieben",
        8: "acht",
        9: "neun",
        10: "zehn",
        11: "elf",
        12: "zwölf",
        13: "dreizehn",
        14: "vierzehn",
        15: "fünfzehn",
        16: "sechzehn",
        17: "siebzehn",
        18: "achtzehn",
        19: "neunzehn",
        20: "zwanzig",
        30: "dreißig",
    }
    special = {1: "erst", 3: "dritt", 7: "siebt", 8: "acht"}
    stems: dict[int, str] = {}
    for day in range(1, 32):
        if day < 20:
            stems[day] = special.get(day, f"{cardinals[day]}t")
            continue
        tens, unit = divmod(day, 10)
        word = cardinals[tens * 10]
        if unit:
            word = f"{cardinals[unit]}und{word}"
        stems[day] = f"{word}st"
    return {f"{stem}{end}": day for day, stem in stems.items() for end in ENDINGS}


UNIT_MODIFIERS: dict[str, int] = {
    **_forms(0, "dies", "laufend", "aktuell"),
    **_forms(-1, "letzt", "vergangen", "vorig", "vorherig"),
    **_forms(1, "nächst", "kommend", "folgend"),
    **_forms(-2, "vorletzt"),
    **_forms(2, "übernächst"),
}

WEEKDAY_MODIFIERS: dict[str, str] = {
    **dict.fromkeys(_forms(0, "dies"), "this_week"),
    **dict.fromkeys(_forms(-1, "letzt", "vorig"), "previous_week"),
    **dict.fromkeys(_forms(1, "nächst"), "next_week"),
    **dict.fromkeys(_forms(-1, "vergangen"), "before"),
    **dict.fromkeys(_forms(1, "kommend"), "after"),
}

DATES = Dates(
    months=cldr.month_names("de"),
    month_abbreviations=cldr.month_names("de", "abbreviated"),
    weekdays=cldr.weekday_names("de"),
    # CLDR's "Mo", "Di", "So" are words too ("so", "da"): none are read.
    weekday_abbreviations={},
    month_aliases={"maerz": 3, "jänner": 1, "feber": 2, "sep": 9},
    weekday_aliases={"sonnabend": 5},
    # "August" is a first name too.
    ambiguous_months=("august",),
    ambiguous_month_prefixes=(
        "im",
        "in",
        "seit",
        "bis",
        "ab",
        "vor",
        "nach",
        "von",
        "anfang",
        "mitte",
        "ende",
        "zum",
    ),
    ordinals=_ordinals(),
    day_tens={},
    ordinal_suffixes=(".",),
    year_prefixes=(
        "im",
        "in",
        "seit",
        "bis",
        "vor",
        "nach",
        "von",
        "ab",
        "jahr",
        "jahres",
        "zwischen",
        "und",
        "oder",
        "anfang",
        "ende",
        "mitte",
        "frühjahr",
        "sommer",
        "herbst",
        "winter",
        "etwa",
    ),
    year_suffixes=("war", "ist", "wird", "hatte", "gab"),
    year_determiners=("der", "die", "das", "den", "dem", "des", "seinem", "ihrem"),
    year_joiners=("bis", "und"),
    decade_plural="er",
    possessive_endings=(),
    day_words={
        "heute": 0,
        "gestern": -1,
        "vorgestern": -2,
        "morgen": 1,
        "übermorgen": 2,
    },
    unit_modifiers=UNIT_MODIFIERS,
    month_modifiers=_forms(0, "dies"),
    calendar_units={
        "woche": "week",
        "monat": "month",
        "monats": "month",
        "quartal": "quarter",
        "quartals": "quarter",
        "jahr": "year",
        "jahres": "year",
        "jahrzehnt": "decade",
        "jahrzehnts": "decade",
    },
    counted_units={
        "tag": "day",
        "tage": "day",
        "tagen": "day",
        "woche": "week",
        "wochen": "week",
        "monat": "month",
        "monate": "month",
        "monaten": "month",
        "quartal": "quarter",
        "quartale": "quarter",
        "quartalen": "quarter",
        "jahr": "year",
        "jahre": "year",
        "jahren": "year",
        "jahrzehnt": "decade",
        "jahrzehnte": "decade",
        "jahrzehnten": "decade",
    },
    weekday_modifiers=WEEKDAY_MODIFIERS,
    vague_parts=("früher", "später"),
    period_parts={
        "anfang": "early",
        "beginn": "early",
        "mitte": "mid",
        "ende": "late",
        "anfang des": "early",
        "mitte des": "mid",
        "ende des": "late",
    },
    # "drei Jahre her"; "vor drei Jahren" puts its word first.
    ago_words=("her",),
    ago_before=("vor",),
    decade_words={},
    quarter_ordinals={
        **_forms(1, "erst"),
        **_forms(2, "zweit"),
        **_forms(3, "dritt"),
        **_forms(4, "viert"),
    },
    range_joiners=("bis", "bis zum", "und"),
    range_openers=("von", "vom", "zwischen"),
    between_joiners=("und",),
    between_openers=("zwischen",),
    span_modifiers={
        **_forms(-1, "letzt", "vergangen"),
        **_forms(1, "nächst", "kommend"),
    },
    future_markers=(
        "wird",
        "werden",
        "soll",
        "sollen",
        "geplant",
        "voraussichtlich",
        "will",
        "wollen",
        "plant",
        "planen",
    ),
    week_ordinals={
        **_forms(1, "erst"),
        **_forms(2, "zweit"),
        **_forms(3, "dritt"),
        **_forms(4, "viert"),
        **_forms(-1, "letzt"),
    },
    fixed_holidays={
        "neujahr": (1, 1),
        "neujahrstag": (1, 1),
        "dreikönigstag": (1, 6),
        "heilige drei könige": (1, 6),
        "valentinstag": (2, 14),
        "tag der arbeit": (5, 1),
        "johannistag": (6, 24),
        "tag der deutschen einheit": (10, 3),
        "reformationstag": (10, 31),
        "allerheiligen": (11, 1),
        "nikolaustag": (12, 6),
        "heiligabend": (12, 24),
        "weihnachten": (12, 25),
        "erster weihnachtsfeiertag": (12, 25),
        "ersten weihnachtsfeiertag": (12, 25),
        "zweiter weihnachtsfeiertag": (12, 26),
        "zweiten weihnachtsfeiertag": (12, 26),
        "silvester": (12, 31),
    },
    weekday_holidays={"thanksgiving": (11, 3, 4, 0), "muttertag": (5, 6, 2, 0)},
    easter_holidays={
        "ostern": 0,
        "ostersonntag": 0,
        "ostermontag": 1,
        "karfreitag": -2,
        "gründonnerstag": -3,
        "palmsonntag": -7,
        "aschermittwoch": -46,
        "rosenmontag": -48,
        "christi himmelfahrt": 39,
        "himmelfahrt": 39,
        "pfingsten": 49,
        "pfingstsonntag": 49,
        "pfingstmontag": 50,
        "fronleichnam": 60,
    },
    occurrence_modifiers={
        **_forms(0, "dies"),
        **_forms(-1, "letzt", "vergangen"),
        **_forms(1, "nächst", "kommend"),
    },
    seasons={
        "frühling": ("SP", 3),
        "frühjahr": ("SP", 3),
        "sommer": ("SU", 6),
        "herbst": ("FA", 9),
        "winter": ("WI", 12),
    },
    seasons_needing_context=(),
    part_of_unit={"ende": "late", "anfang": "early", "beginn": "early", "mitte": "mid"},
    pattern_words={
        "the": ("der", "die", "das", "den", "dem", "des"),
        "of": ("des", "der", "von"),
        "in": ("in",),
        "on": ("am",),
        "quarter": ("quartal",),
        "half": ("halbjahr",),
        "century": ("jahrhundert",),
        "day": ("tag",),
        "week": ("woche",),
        "weekend": ("wochenende",),
        "this": ("dieses", "diese", "diesen", "dieser", "diesem"),
        "quarter_letter": ("q",),
        "half_letter": ("h",),
    },
    fiscal_year_words=("geschäftsjahr", "haushaltsjahr", "fiskaljahr"),
    fiscal_year_abbreviations=("gj",),
    season_prefixes=("im", "in diesem", "diesen", "seit dem", "bis zum", "den ganzen"),
    weekend_prefixes=("am", "übers", "über das", "dieses", "letztes", "vergangenes"),
    offset_words={"vor": -1, "nach": 1},
    date_qualifiers={
        Qualifier.AT_MOST: ("bis", "bis zum", "bis spätestens", "spätestens"),
        Qualifier.AT_LEAST: ("seit", "seit dem", "ab", "ab dem", "frühestens"),
        Qualifier.LESS_THAN: ("vor", "vor dem"),
        Qualifier.MORE_THAN: ("nach", "nach dem"),
    },
    slash_prefixes=("am", "vom", "bis", "seit", "ab"),
    after_day_words=("um", "und", "oder", "als", "bis"),
    numeric_order=cldr.numeric_date_order("de"),
)
