"""English words for dates beyond CLDR's month and weekday names."""

from __future__ import annotations

from ...types import Qualifier
from .. import cldr
from ..schema import Dates

#: Spellings CLDR does not list but news copy uses.
MONTH_ALIASES: dict[str, int] = {"sept": 9}
WEEKDAY_ALIASES: dict[str, int] = {"tues": 1, "weds": 2, "thur": 3, "thurs": 3}

#: Month names that are also common words; alone they need a date-like context.
AMBIGUOUS_MONTHS: tuple[str, ...] = ("may",)

#: The words that make a lone "may" (or "Jan") a month: "in May", "since Jan".
AMBIGUOUS_MONTH_PREFIXES: tuple[str, ...] = (
    "in",
    "to",
    "since",
    "by",
    "until",
    "till",
    "during",
    "early",
    "late",
    "mid",
    "of",
    "from",
    "through",
    "before",
    "after",
)

#: Ordinal day words ("the ninth", "twenty-first").
ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
}

#: Tens that combine with a unit ordinal or cardinal ("twenty-first", "twenty nine").
DAY_TENS: dict[str, int] = {"twenty": 20, "thirty": 30}

#: Ordinal suffixes after digits ("9th", "1st").
ORDINAL_SUFFIXES: tuple[str, ...] = ("st", "nd", "rd", "th")

#: Words before a bare four-digit number that make it a year ("in 2014").
YEAR_PREFIXES: tuple[str, ...] = (
    "in",
    "since",
    "by",
    "until",
    "till",
    "before",
    "after",
    "of",
    "from",
    "to",
    "through",
    "throughout",
    "during",
    "between",
    "and",
    "or",
    "year",
    "early",
    "late",
    "mid",
    "end",
    "start",
    "beginning",
    "middle",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "not",
    "circa",
    "c.",
)

#: Words after a bare four-digit number that make it a year ("2014 was").
YEAR_SUFFIXES: tuple[str, ...] = (
    "was",
    "is",
    "will",
    "saw",
    "has",
    "had",
    "when",
    "election",
    "elections",
    "budget",
    "census",
    "season",
    "campaign",
    "report",
    "survey",
    "study",
    "law",
    "act",
    "olympics",
    "games",
    "world",
    "would",
    "could",
    "should",
    "might",
    "must",
)

#: Determiners before an adjectival year ("the 2008 financial crisis", "his
#: 2012 campaign"); the year must then be followed by a lower-case word.
YEAR_DETERMINERS: tuple[str, ...] = (
    "the",
    "a",
    "an",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "this",
    "that",
)

#: Deictic day words and their offset in days from publication.
DAY_WORDS: dict[str, int] = {"today": 0, "yesterday": -1, "tomorrow": 1}

#: Relative modifiers before a calendar unit and the step they mean.
#: "past" is left out: "the past year" usually means a span of time.
UNIT_MODIFIERS: dict[str, int] = {
    "this": 0,
    "current": 0,
    "last": -1,
    "previous": -1,
    "next": 1,
    "coming": 1,
    "following": 1,
}

#: Modifiers before a month name ("last March") and their step; see
#: dates/relative.py.
MONTH_MODIFIERS: dict[str, int] = {"this": 0, "last": -1, "next": 1}

#: Calendar units a modifier can step ("last week", "next quarter").
CALENDAR_UNITS: dict[str, str] = {
    unit: unit for unit in ("week", "month", "quarter", "year", "decade")
}

#: Unit words a count may stand before ("two days ago", "in three weeks"),
#: singular and plural.
COUNTED_UNITS: dict[str, str] = {
    form: unit for unit in ("day", *CALENDAR_UNITS) for form in (unit, f"{unit}s")
}

#: Modifiers before a weekday; see dates/relative.py for the rule each follows.
WEEKDAY_MODIFIERS: dict[str, str] = {
    "this": "this_week",
    "last": "previous_week",
    "previous": "previous_week",
    "next": "next_week",
    "following": "next_week",
    "this past": "before",
    "past": "before",
    "this coming": "after",
    "coming": "after",
    "this upcoming": "after",
    "upcoming": "after",
}

#: "earlier this month", "later this year": the span keeps the word, the date is
#: the unit's.
VAGUE_PARTS: tuple[str, ...] = ("earlier", "later", "early", "late")

#: Period parts before a year or month ("mid-2014", "early March", "end of 2000").
PERIOD_PARTS: dict[str, str] = {
    "early": "early",
    "mid": "mid",
    "middle of": "mid",
    "late": "late",
    "end of": "late",
    "the end of": "late",
    "beginning of": "early",
    "the beginning of": "early",
    "start of": "early",
    "the start of": "early",
    "the middle of": "mid",
}

#: "two years ago": words after an amount of time that place it in the past.
#: "two years earlier" counts from the story's own time, not publication.
AGO_WORDS: tuple[str, ...] = ("ago",)

#: Spelled-out decades ("the nineties").
DECADE_WORDS: dict[str, int] = {
    "twenties": 20,
    "thirties": 30,
    "forties": 40,
    "fifties": 50,
    "sixties": 60,
    "seventies": 70,
    "eighties": 80,
    "nineties": 90,
}

#: Quarter words ("the first quarter of 2015", "Q3").
QUARTER_ORDINALS: dict[str, int] = {"first": 1, "second": 2, "third": 3, "fourth": 4}

#: Words joining the ends of a date range ("from 2014 to 2018"); "and" only
#: after "between".
RANGE_JOINERS: tuple[str, ...] = ("to", "till", "until", "through", "thru", "and")
RANGE_OPENERS: tuple[str, ...] = ("from", "between")

#: "the past two years", "the next five days": the direction of a counted span.
SPAN_MODIFIERS: dict[str, int] = {
    "past": -1,
    "last": -1,
    "previous": -1,
    "next": 1,
    "coming": 1,
    "following": 1,
}

#: Words earlier in a sentence that make "in two years" a future date.
FUTURE_MARKERS: tuple[str, ...] = (
    "will",
    "'ll",
    "’ll",
    "would",
    "expected",
    "due",
    "scheduled",
    "set to",
    "plans",
    "planned",
    "going to",
    "should",
    "aims",
)

#: "the first week of March", "the last week of 2016": which week (-1 is last).
WEEK_ORDINALS: dict[str, int] = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "fifth": 5,
    "5th": 5,
    "last": -1,
    "final": -1,
}

#: Holidays on a fixed day: name -> (month, day).
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "valentine's day": (2, 14),
    "st patrick's day": (3, 17),
    "st. patrick's day": (3, 17),
    "saint patrick's day": (3, 17),
    "earth day": (4, 22),
    "may day": (5, 1),
    "international workers' day": (5, 1),
    "juneteenth": (6, 19),
    "bastille day": (7, 14),
    "halloween": (10, 31),
    "armistice day": (11, 11),
    "veterans day": (11, 11),
    "remembrance day": (11, 11),
    "christmas eve": (12, 24),
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "boxing day": (12, 26),
}

#: Holidays on the nth weekday of a month: name -> (month, weekday Monday=0,
#: nth with -1 for the last, days added after).
WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int, int]] = {
    "martin luther king day": (1, 0, 3, 0),
    "presidents day": (2, 0, 3, 0),
    "memorial day": (5, 0, -1, 0),
    "labor day": (9, 0, 1, 0),
    "thanksgiving": (11, 3, 4, 0),
    "thanksgiving day": (11, 3, 4, 0),
    "black friday": (11, 3, 4, 1),
    "cyber monday": (11, 3, 4, 4),
}

#: Holidays counted from Western Easter Sunday: name -> days after it.
EASTER_HOLIDAYS: dict[str, int] = {
    "easter": 0,
    "easter sunday": 0,
    "easter monday": 1,
    "good friday": -2,
    "maundy thursday": -3,
    "palm sunday": -7,
    "ash wednesday": -46,
    "ascension day": 39,
    "pentecost": 49,
}

#: Modifiers before a holiday or season ("last Christmas", "next summer").
OCCURRENCE_MODIFIERS: dict[str, int] = {
    "this": 0,
    "last": -1,
    "previous": -1,
    "past": -1,
    "next": 1,
    "coming": 1,
    "following": 1,
}

#: Seasons (meteorological, northern hemisphere): name -> (TIMEX code, first
#: month). Winter runs from December into the next year.
SEASONS: dict[str, tuple[str, int]] = {
    "spring": ("SP", 3),
    "summer": ("SU", 6),
    "autumn": ("FA", 9),
    "fall": ("FA", 9),
    "winter": ("WI", 12),
}

#: "the end of the year", "the start of this month": the part of the current unit.
PART_OF_UNIT: dict[str, str] = {
    "end": "late",
    "start": "early",
    "beginning": "early",
    "middle": "mid",
}

#: The small words the date patterns are built around, by role, so another
#: language can name its own ("de", "del" ...).
PATTERN_WORDS: dict[str, str] = {
    "the": "the",
    "of": "of",
    "in": "in",
    "on": "on",
    "quarter": "quarter",
    "half": "half",
    "century": "century",
    "day": "day",
    "week": "week",
    "weekend": "weekend",
    "this": "this",
    "quarter_letter": "q",
    "half_letter": "h",
}

#: Words naming a fiscal year ("fiscal 2014", "fiscal year 2015") and their
#: abbreviations before digits ("FY15").
FISCAL_YEAR_WORDS: tuple[str, ...] = ("fiscal year", "fiscal")
FISCAL_YEAR_ABBREVIATIONS: tuple[str, ...] = ("fy",)

#: Words before a bare season that make it a date ("in the summer").
SEASON_PREFIXES: tuple[str, ...] = (
    "in the",
    "during the",
    "over the",
    "through the",
    "since the",
    "by the",
    "until the",
)

#: Words before "the weekend" that make it the latest weekend ("over the weekend").
WEEKEND_PREFIXES: tuple[str, ...] = ("over", "at", "during", "on", "this", "last")

#: "two weeks before Christmas", "3 days after January 12": the direction.
OFFSET_WORDS: dict[str, int] = {"before": -1, "after": 1, "from": 1}

#: Words before a date that bound it, as the claim's qualifier ("by 2030" is
#: at most 2030, "since 2014" at least 2014). Keys are ``Qualifier`` values.
DATE_QUALIFIERS: dict[str, tuple[str, ...]] = {
    "at_most": ("by", "until", "till", "no later than", "as late as", "up to"),
    "at_least": ("since", "no earlier than", "as early as", "starting", "beginning"),
    "less_than": ("before", "prior to", "earlier than"),
    "more_than": ("after", "later than"),
}

#: Words joining two four-digit years ("2014 to 2018", "1990 and 1995").
YEAR_JOINERS: tuple[str, ...] = ("to", "through", "till", "until", "and")

#: Decades in the plural: "the 1990s", "the '90s".
DECADE_PLURAL = "s"

#: A year in the possessive is a year: "2014's elections".
POSSESSIVE_ENDINGS: tuple[str, ...] = ("'s", "’s")

#: English puts "ago" after the amount; no word before it does the same.
AGO_BEFORE: tuple[str, ...] = ()

#: "between March and May": "and" joins two dates only after "between".
BETWEEN_JOINERS: tuple[str, ...] = ("and",)
BETWEEN_OPENERS: tuple[str, ...] = ("between",)

#: "the fall of the government": "fall" is a season only with "this", "last"...
#: or a year.
SEASONS_NEEDING_CONTEXT: tuple[str, ...] = ("fall",)

#: Words that make a year-less "11/20" a date (not a fraction or a score).
SLASH_PREFIXES: tuple[str, ...] = (
    "on",
    "from",
    "between",
    "to",
    "since",
    "until",
    "till",
    "by",
    "through",
)

#: Words after "on the 18th" that keep it a date ("on the 18th at noon"),
#: where any other word makes it something else ("on the 18th floor").
AFTER_DAY_WORDS: tuple[str, ...] = ("at", "and", "or", "when", "after", "before", "in")

DATES = Dates(
    months=cldr.month_names("en"),
    month_abbreviations=cldr.month_names("en", "abbreviated"),
    weekdays=cldr.weekday_names("en"),
    weekday_abbreviations=cldr.weekday_names("en", "abbreviated"),
    month_aliases=MONTH_ALIASES,
    weekday_aliases=WEEKDAY_ALIASES,
    ambiguous_months=AMBIGUOUS_MONTHS,
    ambiguous_month_prefixes=AMBIGUOUS_MONTH_PREFIXES,
    ordinals=ORDINALS,
    day_tens=DAY_TENS,
    ordinal_suffixes=ORDINAL_SUFFIXES,
    year_prefixes=YEAR_PREFIXES,
    year_suffixes=YEAR_SUFFIXES,
    year_determiners=YEAR_DETERMINERS,
    year_joiners=YEAR_JOINERS,
    decade_plural=DECADE_PLURAL,
    possessive_endings=POSSESSIVE_ENDINGS,
    day_words=DAY_WORDS,
    unit_modifiers=UNIT_MODIFIERS,
    month_modifiers=MONTH_MODIFIERS,
    calendar_units=CALENDAR_UNITS,
    counted_units=COUNTED_UNITS,
    weekday_modifiers=WEEKDAY_MODIFIERS,
    vague_parts=VAGUE_PARTS,
    period_parts=PERIOD_PARTS,
    ago_words=AGO_WORDS,
    ago_before=AGO_BEFORE,
    decade_words=DECADE_WORDS,
    quarter_ordinals=QUARTER_ORDINALS,
    range_joiners=RANGE_JOINERS,
    range_openers=RANGE_OPENERS,
    between_joiners=BETWEEN_JOINERS,
    between_openers=BETWEEN_OPENERS,
    span_modifiers=SPAN_MODIFIERS,
    future_markers=FUTURE_MARKERS,
    week_ordinals=WEEK_ORDINALS,
    fixed_holidays=FIXED_HOLIDAYS,
    weekday_holidays=WEEKDAY_HOLIDAYS,
    easter_holidays=EASTER_HOLIDAYS,
    occurrence_modifiers=OCCURRENCE_MODIFIERS,
    seasons=SEASONS,
    seasons_needing_context=SEASONS_NEEDING_CONTEXT,
    part_of_unit=PART_OF_UNIT,
    pattern_words=PATTERN_WORDS,
    fiscal_year_words=FISCAL_YEAR_WORDS,
    fiscal_year_abbreviations=FISCAL_YEAR_ABBREVIATIONS,
    season_prefixes=SEASON_PREFIXES,
    weekend_prefixes=WEEKEND_PREFIXES,
    offset_words=OFFSET_WORDS,
    date_qualifiers={Qualifier(name): words for name, words in DATE_QUALIFIERS.items()},
    slash_prefixes=SLASH_PREFIXES,
    after_day_words=AFTER_DAY_WORDS,
)
