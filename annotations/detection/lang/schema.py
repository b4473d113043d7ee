"""The shape of a language bundle: one frozen dataclass per concern, checked when built.

A bundle (``lang/<code>/``) fills these with its words, word lists and
templates; the detectors read them from ``ctx.lang`` and hold no word of any
language themselves. Word lists the detectors look up in lower case must be
lower case; every field's type is checked at run time too (``check_types``),
so a bundle written by hand or generated fails at load, not mid-article.
"""

from __future__ import annotations

import dataclasses
import re
import string
import types
import typing
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..types import Qualifier

__all__ = [
    "BundleError",
    "CheckWording",
    "CheckWords",
    "Conversions",
    "Counts",
    "Dates",
    "Durations",
    "Language",
    "Money",
    "Numbers",
    "Percents",
    "Qualifiers",
    "Quantities",
    "QuoteMarks",
    "Quotes",
    "Ranges",
    "Sentences",
    "Statements",
    "check_types",
]


class BundleError(ValueError):
    """A language bundle breaks a rule of its schema; the message says which."""


def _lower(owner: object, *names: str) -> None:
    """Every word of the named fields (keys of dicts) is lower case and trimmed."""
    for name in names:
        words: Iterable[Any] = getattr(owner, name)
        if isinstance(words, str):
            words = (words,)
        for word in words:
            if not isinstance(word, str) or not word or word != word.strip():
                raise BundleError(
                    f"{type(owner).__name__}.{name}: {word!r} is no trimmed word"
                )
            if word != word.lower():
                raise BundleError(
                    f"{type(owner).__name__}.{name}: {word!r} must be lower case"
                )


def _within(owner: object, name: str, low: int, high: int) -> None:
    for word, number in getattr(owner, name).items():
        if not low <= number <= high:
            raise BundleError(
                f"{type(owner).__name__}.{name}: {word!r} -> {number} "
                f"is outside {low}..{high}"
            )


@dataclass(frozen=True, eq=False)
class Numbers:
    """Number words ("twenty-five", "a million", "two thirds") and the locale's
    digit symbols (CLDR, through babel: ``cldr.number_symbols``)."""

    #: Words for 0-19 (or however far the language has single words).
    units: dict[str, int]
    tens: dict[str, int]
    hundred: dict[str, int]
    #: Scale words that close a group ("two million, three hundred thousand").
    scales: dict[str, float]
    #: Abbreviated scales that cannot be mistaken for a unit ("bn", "mln").
    scale_abbreviations: dict[str, float]
    #: Multipliers used like a number ("a dozen").
    groups: dict[str, float]
    #: Groups that only multiply a number before them ("dozens").
    plural_groups: frozenset[str]
    #: Fractions read after a number word ("a third", "two thirds").
    fractions: dict[str, float]
    #: Fractions in the plural ("thirds"): they follow a number freely; the
    #: singular ones need one of ``ones`` or ``articles`` right before.
    plural_fractions: frozenset[str]
    #: Words for one before a singular fraction ("one third").
    ones: tuple[str, ...]
    #: The word after a lone fraction or "half" that makes it a number ("a third of").
    of: str
    negative_words: tuple[str, ...]
    #: The articles that stand for one before a scale, group or fraction.
    articles: tuple[str, ...]
    #: Joining words inside a number ("one hundred and twenty").
    conjunctions: tuple[str, ...]
    #: The word that starts spoken decimals ("five point five").
    decimal_words: tuple[str, ...]
    #: Vague plurals naming an order of magnitude, with the least value they imply.
    vague_plurals: dict[str, float]
    #: Number words that also work as pronouns ("the one you like") ...
    pronoun_numbers: frozenset[str]
    #: ... after one of these words.
    determiners: frozenset[str]
    #: Words joining a ratio ("one in five", "three out of ten").
    ratio_words: tuple[str, ...]
    #: The locale's thousands separator and decimal mark.
    group_symbol: str
    decimal_symbol: str
    #: Whether prices written the continental way ("1.234,50", "12,99") are
    #: read too: foreign formats in a text whose own digits differ.
    continental_prices: bool

    def __post_init__(self) -> None:
        _lower(
            self,
            "units",
            "tens",
            "hundred",
            "scales",
            "scale_abbreviations",
            "groups",
            "plural_groups",
            "fractions",
            "plural_fractions",
            "ones",
            "of",
            "negative_words",
            "articles",
            "conjunctions",
            "decimal_words",
            "vague_plurals",
            "pronoun_numbers",
            "determiners",
            "ratio_words",
        )
        for name in ("plural_groups", "plural_fractions"):
            table = self.groups if name == "plural_groups" else self.fractions
            missing = getattr(self, name) - table.keys()
            if missing:
                raise BundleError(f"Numbers.{name}: {sorted(missing)} are not listed")
        if not self.group_symbol or not self.decimal_symbol:
            raise BundleError("Numbers: the digit symbols must not be empty")


@dataclass(frozen=True, eq=False)
class Ranges:
    """Words joining the two figures of a range ("5 to 7 km", "between 3 and 4")."""

    #: Joiners written between the two figures (besides dashes).
    joiners: tuple[str, ...]
    #: Joiners that make a range only after one of ``between`` ("between 5 and 7").
    between_joiners: tuple[str, ...]
    between: tuple[str, ...]
    #: Words before a first figure that make two figures a change ("from 5% to 7%").
    change_from: tuple[str, ...]

    def __post_init__(self) -> None:
        _lower(self, "joiners", "between_joiners", "between", "change_from")


@dataclass(frozen=True, eq=False)
class Qualifiers:
    """Phrases bounding a figure: "around" before it, "or more" after it."""

    prefixes: dict[Qualifier, tuple[str, ...]]
    suffixes: dict[Qualifier, tuple[str, ...]]

    def __post_init__(self) -> None:
        for name in ("prefixes", "suffixes"):
            for phrases in getattr(self, name).values():
                _lower(_Named(f"Qualifiers.{name}", phrases), "words")


@dataclass(frozen=True)
class _Named:
    """A word list checked under its field's name."""

    name: str
    words: Iterable[str]

    def __repr__(self) -> str:
        return self.name


@dataclass(frozen=True, eq=False)
class Money:
    """Currency names and symbols (CLDR's, through ``cldr``, plus news forms)."""

    #: Lower-case name or plural -> ISO 4217 code ("roubles" -> "RUB").
    names: dict[str, str]
    #: Symbol -> ISO code ("$", "US$", "₽").
    symbols: dict[str, str]
    #: ISO codes that are also words; read only right before or after digits.
    code_words: frozenset[str]
    #: Codes read in any letter case ("usd").
    any_case_codes: tuple[str, ...]
    #: Names that also mean something else ("pounds"): money only with a scale.
    ambiguous_names: frozenset[str]
    #: Minor units: name -> (currency, factor to the major unit).
    minor_units: dict[str, tuple[str, float]]
    #: Scale letters written right after an amount ("$5m").
    suffix_scales: dict[str, float]

    def __post_init__(self) -> None:
        _lower(self, "names", "ambiguous_names", "minor_units", "suffix_scales")


@dataclass(frozen=True, eq=False)
class Percents:
    percent_words: tuple[str, ...]
    #: Percentage points, with their factor ("basis points" are 0.01).
    point_words: dict[str, float]
    #: The word after a fraction that makes it a share ("half of").
    of: str
    #: Vague shares without a number ("a small percentage of").
    vague_share_adjectives: tuple[str, ...]
    share_nouns: tuple[str, ...]
    #: Articles that may open a vague share ("a small percentage").
    vague_articles: tuple[str, ...]

    def __post_init__(self) -> None:
        _lower(
            self,
            "percent_words",
            "point_words",
            "of",
            "vague_share_adjectives",
            "share_nouns",
            "vague_articles",
        )


@dataclass(frozen=True, eq=False)
class Counts:
    """What a count counts: plural nouns, and the words that are no nouns."""

    irregular_plurals: frozenset[str]
    #: Words between the number and the noun ("six new countries").
    modifiers: tuple[str, ...]
    #: Words that never name what is counted.
    not_counted: frozenset[str]
    #: Words between the number and the noun ("six of the countries").
    of: tuple[str, ...]
    #: Scale letters written right after a count ("5k runners").
    suffix_scales: tuple[tuple[str, float], ...]
    #: A word is a plural noun when it ends in one of ``plural_endings``, not in
    #: one of ``not_plural_endings``, and has at least ``min_plural_length`` letters.
    plural_endings: tuple[str, ...]
    not_plural_endings: tuple[str, ...]
    min_plural_length: int

    def __post_init__(self) -> None:
        _lower(self, "irregular_plurals", "modifiers", "not_counted", "of")


@dataclass(frozen=True, eq=False)
class Quantities:
    """Unit spellings pint does not read, and words that only look like units."""

    #: Spellings -> a pint unit expression ("kph" -> "kilometer / hour").
    unit_aliases: dict[str, str]
    multiword_units: dict[str, str]
    #: Words that mean "degree" before a temperature scale.
    degree_words: frozenset[str]
    powers: dict[str, int]
    temperature_scales: dict[str, str]
    #: Words joining a rate ("miles per hour").
    rate_words: tuple[str, ...]
    not_units: frozenset[str]
    #: Dimensionless pint units that still make a quantity ("ppm", "byte").
    dimensionless_units: frozenset[str]
    single_letter_units: frozenset[str]
    #: A larger unit followed by its smaller companion ("5 feet 2 inches").
    compounds: dict[str, str]

    def __post_init__(self) -> None:
        _lower(self, "multiword_units", "powers", "temperature_scales", "rate_words")


@dataclass(frozen=True, eq=False)
class Durations:
    """Time units and the amounts before them ("within three days", "a few weeks")."""

    #: pint units that measure a duration: their names, symbols and aliases
    #: (pint's, in English) count when ``pint_names`` is on.
    pint_units: tuple[str, ...]
    pint_names: bool
    #: The plural ending added to pint's names ("days").
    pint_plural: str
    #: Single-letter symbols read only right after a number ("3h").
    short_symbols: tuple[str, ...]
    #: Unit words -> (pint unit, how many of it): "decade" -> ("year", 10).
    aliases: dict[str, tuple[str, float]]
    vague_amounts: dict[str, tuple[float, float | None]]
    word_amounts: dict[str, float]
    range_joiners: tuple[str, ...]
    #: "between two and three weeks": the opening and the joining word.
    between: tuple[str, str]
    #: After the unit: "an hour and a half"; the pattern has a ``{fraction}`` slot.
    and_a_fraction: dict[str, float]
    and_a_fraction_pattern: str
    #: Units that are also ordinals ("a second wave").
    ordinal_units: tuple[str, ...]
    #: Words before an article amount that make it a rate ("twice a week").
    rate_words: tuple[str, ...]
    #: A word after a duration that makes it an age ("18-month-old").
    age_words: tuple[str, ...]

    def __post_init__(self) -> None:
        _lower(
            self,
            "short_symbols",
            "aliases",
            "vague_amounts",
            "word_amounts",
            "range_joiners",
            "between",
            "and_a_fraction",
            "ordinal_units",
            "rate_words",
            "age_words",
        )


@dataclass(frozen=True, eq=False)
class Dates:
    """Date words: CLDR month and weekday names (``cldr``) and the rest."""

    #: Full and abbreviated month and weekday names (lower case, Monday 0).
    months: dict[str, int]
    month_abbreviations: dict[str, int]
    weekdays: dict[str, int]
    weekday_abbreviations: dict[str, int]
    month_aliases: dict[str, int]
    weekday_aliases: dict[str, int]
    ambiguous_months: tuple[str, ...]
    ambiguous_month_prefixes: tuple[str, ...]
    ordinals: dict[str, int]
    day_tens: dict[str, int]
    ordinal_suffixes: tuple[str, ...]
    year_prefixes: tuple[str, ...]
    year_suffixes: tuple[str, ...]
    year_determiners: tuple[str, ...]
    #: Words joining two four-digit years ("2014 to 2018").
    year_joiners: tuple[str, ...]
    #: The plural ending of decades ("the 1990s", "the '90s").
    decade_plural: str
    #: Endings after a year that make it one ("2014's").
    possessive_endings: tuple[str, ...]
    day_words: dict[str, int]
    unit_modifiers: dict[str, int]
    #: Modifiers before a month name and their step ("last March": -1).
    month_modifiers: dict[str, int]
    #: Calendar unit words -> unit ("week" -> "week") for "last week".
    calendar_units: dict[str, str]
    #: Every form of a unit word a count may precede ("days" -> "day").
    counted_units: dict[str, str]
    weekday_modifiers: dict[str, str]
    vague_parts: tuple[str, ...]
    period_parts: dict[str, str]
    #: Words after an amount of time that place it in the past ("two years ago")
    #: and words before it that do ("hace tres días", "vor drei Tagen").
    ago_words: tuple[str, ...]
    ago_before: tuple[str, ...]
    decade_words: dict[str, int]
    quarter_ordinals: dict[str, int]
    range_joiners: tuple[str, ...]
    range_openers: tuple[str, ...]
    #: Joiners that join two dates only after one of ``between_openers``.
    between_joiners: tuple[str, ...]
    between_openers: tuple[str, ...]
    span_modifiers: dict[str, int]
    future_markers: tuple[str, ...]
    week_ordinals: dict[str, int]
    fixed_holidays: dict[str, tuple[int, int]]
    weekday_holidays: dict[str, tuple[int, int, int, int]]
    easter_holidays: dict[str, int]
    occurrence_modifiers: dict[str, int]
    seasons: dict[str, tuple[str, int]]
    #: Seasons that also mean something else ("the fall of the government"):
    #: read only with a modifier or a year.
    seasons_needing_context: tuple[str, ...]
    part_of_unit: dict[str, str]
    #: The small words the date patterns are built around, by role.
    pattern_words: dict[str, str]
    fiscal_year_words: tuple[str, ...]
    fiscal_year_abbreviations: tuple[str, ...]
    season_prefixes: tuple[str, ...]
    weekend_prefixes: tuple[str, ...]
    offset_words: dict[str, int]
    date_qualifiers: dict[Qualifier, tuple[str, ...]]
    #: Words before a year-less "11/20" that make it a date.
    slash_prefixes: tuple[str, ...]
    #: Words after "on the 18th" that keep it a date ("on the 18th at noon").
    after_day_words: tuple[str, ...]

    #: The roles ``pattern_words`` must name.
    ROLES: typing.ClassVar[frozenset[str]] = frozenset(
        {
            "the",
            "of",
            "in",
            "on",
            "quarter",
            "half",
            "century",
            "day",
            "week",
            "weekend",
            "this",
            "quarter_letter",
            "half_letter",
        }
    )

    def __post_init__(self) -> None:
        _lower(
            self,
            "months",
            "month_abbreviations",
            "weekdays",
            "weekday_abbreviations",
            "month_aliases",
            "weekday_aliases",
            "ambiguous_months",
            "ordinals",
            "day_tens",
            "year_prefixes",
            "year_suffixes",
            "year_determiners",
            "year_joiners",
            "day_words",
            "unit_modifiers",
            "month_modifiers",
            "calendar_units",
            "counted_units",
            "weekday_modifiers",
            "vague_parts",
            "period_parts",
            "ago_words",
            "ago_before",
            "decade_words",
            "quarter_ordinals",
            "range_joiners",
            "range_openers",
            "between_joiners",
            "between_openers",
            "span_modifiers",
            "week_ordinals",
            "fixed_holidays",
            "weekday_holidays",
            "easter_holidays",
            "occurrence_modifiers",
            "seasons",
            "seasons_needing_context",
            "part_of_unit",
            "pattern_words",
            "fiscal_year_words",
            "fiscal_year_abbreviations",
            "season_prefixes",
            "weekend_prefixes",
            "offset_words",
            "slash_prefixes",
            "after_day_words",
        )
        for name in ("months", "month_abbreviations", "month_aliases"):
            _within(self, name, 1, 12)
        for name in ("weekdays", "weekday_abbreviations", "weekday_aliases"):
            _within(self, name, 0, 6)
        missing = self.ROLES - self.pattern_words.keys()
        if missing:
            raise BundleError(f"Dates.pattern_words: no word for {sorted(missing)}")
        if len(self.months) != 12 or len(self.weekdays) != 7:
            raise BundleError("Dates: twelve full month names and seven weekdays")


@dataclass(frozen=True, eq=False)
class QuoteMarks:
    """The quotation marks a quote may open and close with."""

    #: The mark that both opens and closes (read from the characters around it).
    straight: str
    opening: str
    closing: str
    #: Single marks: they count only around a clearly quoted phrase.
    single_opening: str
    single_closing: str


@dataclass(frozen=True, eq=False)
class Quotes:
    """Quote marks and the words that attribute a quote ("said", "according to")."""

    marks: QuoteMarks
    speech_verbs: tuple[str, ...]
    inverted_verbs: tuple[str, ...]
    listeners: tuple[str, ...]
    #: The preposition before a listener ("said to reporters").
    listener_preposition: str
    object_prepositions: tuple[str, ...]
    source_phrases: tuple[str, ...]
    person_pronouns: tuple[str, ...]
    other_pronouns: tuple[str, ...]
    name_abbreviations: tuple[str, ...]
    generic_speakers: frozenset[str]
    name_connectors: tuple[str, ...]
    #: Connectors that end a person's name ("John Thune of South Dakota").
    name_enders: frozenset[str]
    #: Articles before a named subject ("the minister said").
    subject_articles: tuple[str, ...]
    #: Words opening an unnamed speaker after an inverted verb ("said a spokesman").
    unnamed_determiners: tuple[str, ...]
    interjected: tuple[str, ...]
    date_prepositions: tuple[str, ...]
    title_words: frozenset[str]
    org_words: frozenset[str]
    not_names: frozenset[str]
    #: Endings of a possessive ("Russia's"): such a word ends no speaker's name.
    possessive_endings: tuple[str, ...]
    scare_quote_max_words: int

    def __post_init__(self) -> None:
        _lower(
            self,
            "generic_speakers",
            "title_words",
            "org_words",
            "not_names",
            "name_enders",
            "subject_articles",
            "unnamed_determiners",
            "listener_preposition",
            "person_pronouns",
            "other_pronouns",
        )
        if self.scare_quote_max_words < 1:
            raise BundleError("Quotes.scare_quote_max_words must be at least 1")


@dataclass(frozen=True, eq=False)
class Sentences:
    """Abbreviations and sentence openers for the sentence splitter."""

    titles: frozenset[str]
    before_number: frozenset[str]
    ambiguous: frozenset[str]
    openers: frozenset[str]

    def __post_init__(self) -> None:
        _lower(self, "titles", "before_number", "ambiguous", "openers")


@dataclass(frozen=True, eq=False)
class Conversions:
    #: Between a figure and its equivalent ("5 miles, or 8 km").
    connectors: tuple[str, ...]

    def __post_init__(self) -> None:
        _lower(self, "connectors")


@dataclass(frozen=True, eq=False)
class Statements:
    """The check-worthiness model of a language and its lexical cues."""

    #: The shipped weights (``scripts/train_checkworthiness.py`` writes them).
    weights: Path
    superlatives: frozenset[str]
    #: Words ending like superlatives that are none ("interest").
    not_superlatives: frozenset[str]
    superlative_ending: str
    superlative_min_length: int
    comparatives: frozenset[str]
    #: The word after a comparative ("than").
    comparative_follower: str
    change_verbs: frozenset[str]
    attribution: frozenset[str]
    number_words: frozenset[str]
    #: How each feature reads in an explanation, by kind of term.
    labels: dict[str, str]

    LABELS: typing.ClassVar[frozenset[str]] = frozenset(
        {
            "word",
            "phrase",
            "characters",
            "has_quote",
            "has_figure",
            "length",
            "number",
            "superlative",
            "comparative",
            "change",
            "attribution",
            "question",
        }
    )

    def __post_init__(self) -> None:
        _lower(
            self,
            "superlatives",
            "not_superlatives",
            "superlative_ending",
            "comparatives",
            "comparative_follower",
            "change_verbs",
            "attribution",
            "number_words",
        )
        missing = self.LABELS - self.labels.keys()
        if missing:
            raise BundleError(f"Statements.labels: no label for {sorted(missing)}")
        for name in ("word", "phrase"):
            before, slot, after = self.labels.get(name, "").partition("{text}")
            if not slot or "{" in before + after or "}" in before + after:
                raise BundleError(
                    f"Statements.labels[{name!r}] must hold one {{text}} and no "
                    "other braces"
                )


@dataclass(frozen=True, eq=False)
class CheckWords:
    """How the arithmetic and ratio checks read the words between figures.

    The patterns are regex sources, matched ignoring case; they are compiled
    when the bundle is built, so a broken one fails at load.
    """

    #: "Of the 120 delegates, ...": the words right before a total that opens
    #: a list of parts (matched at the end of the text before it).
    total_lead: str
    #: "120 delegates, of whom ...": a closed list follows the total.
    closed_tail: str
    #: "..., a total of 120" and "120 in all": the total closes the list.
    total_before: str
    total_after: str
    #: Words that leave room for parts the sentence does not count.
    open_list: str
    #: What joins the last part of a list ("and").
    list_joiner: str
    #: "12 of 40", "12 members out of 40": between a part and its base.
    of_base: str
    #: "..., or 30 %": a share restating the fraction before it.
    restates: str
    #: Multiplier words and their ratio ("doubled" 2, "halved" 0.5).
    changes: dict[str, float]
    #: Fractions a change or a share is written in ("a third" 1/3).
    fractions: dict[str, float]
    #: A multiplier word (group 1, a key of ``changes``).
    change: str
    #: "fell by a third": the verb (group 1) and the fraction (group 2).
    change_by: str
    #: Verbs of ``change_by`` that make the change a fall.
    falling: frozenset[str]
    #: "a third of the 120": the fraction (group 1) before the whole.
    fraction_of: str
    #: "won 40 seats, a third of the 120": what joins a part to its fraction.
    apposition: str
    #: Words that end a clause: a change word past one is about other figures.
    clause_break: str
    #: "from X to Y": right before the old figure, and before the new one.
    change_from: str
    change_to: str
    #: "more than doubled", "nearly doubled": right before the change word.
    more_than: str
    nearly: str

    PATTERNS: typing.ClassVar[tuple[str, ...]] = (
        "total_lead",
        "closed_tail",
        "total_before",
        "total_after",
        "open_list",
        "list_joiner",
        "of_base",
        "restates",
        "change",
        "change_by",
        "fraction_of",
        "apposition",
        "clause_break",
        "change_from",
        "change_to",
        "more_than",
        "nearly",
    )

    def __post_init__(self) -> None:
        _lower(self, "changes", "fractions", "falling")
        for name in self.PATTERNS:
            try:
                re.compile(getattr(self, name))
            except re.error as error:
                raise BundleError(f"CheckWords.{name}: {error}") from None


@dataclass(frozen=True, eq=False)
class CheckWording:
    """The explanations and evidence of the automatic checks: ``str.format``
    templates by message, and how numbers and quotations are written.

    ``MESSAGES`` names every message and the slots it may use; a bundle must
    give each one, with no other slot.
    """

    messages: dict[str, str]
    #: Scale words for large amounts ("1.36 billion USD"), largest first.
    scales: tuple[tuple[float, str], ...]

    MESSAGES: typing.ClassVar[dict[str, frozenset[str]]] = {
        name: frozenset(slots.split())
        for name, slots in {
            # Shared pieces.
            "quoted": "text",
            "bound_of": "side quoted",
            "upper": "",
            "lower": "",
            "different_from": "",
            "below": "",
            "above": "",
            "gap": "size direction",
            "percent": "value",
            "under_a_tenth": "",
            "sentence": "text",
            "close_but_outside": "",
            "cannot_check_conversion": "reason",
            # Currency conversions.
            "currency_missing": "currency",
            "this_currency": "",
            "currency_begins": "currency date",
            "currency_ends": "currency date",
            "no_publication_date": "",
            "no_rate_that_week": "date",
            "no_positive_amount": "",
            "currency_source": "",
            "rate_evidence": "date rate legs",
            "last_fixing": "date",
            "fixings_fit": "first last date rate",
            "no_fixing_fits": "days",
            "currency_consistent": "date rate expected stated",
            "the_stated": "subject",
            "currency_inconsistent": "lead implied date rate expected gap",
            "matches_rate": "date rate",
            "from_the_middle": "amount",
            "amount_range": "low high",
            "rate": "source rate target",
            "leg": "rate code",
            "no_cross_rate": "",
            "scaled_amount": "amount scale currency",
            "amount": "amount currency",
            # Unit conversions.
            "cannot_convert_units": "source target",
            "no_unit": "",
            "missing_figure": "",
            "units_source": "",
            "units_source_error": "error",
            "units_given": "source converted",
            "units_consistent": "given stated",
            "units_inconsistent": "given subject gap closeness",
            "in_the_middle": "figure",
            "units_range": "low high",
            "figure": "number unit",
            "units_offset": "source zero target",
            "units_factor": "source factor target",
            # Sums and shares.
            "sum_consistent": "parts total",
            "sum_inconsistent": "parts found difference direction total",
            "more": "",
            "less": "",
            "sum_evidence": "parts found",
            "share_fraction": "part base",
            "share_consistent": "fraction expected share",
            "share_inconsistent": "fraction expected share",
            "share_evidence": "numerator denominator expected",
            # Ratios.
            "ratio_more_than": "",
            "ratio_nearly": "",
            "ratio_stated": "bound words ratio",
            "ratio_fits": "",
            "ratio_does_not_fit": "",
            "ratio_explanation": "new actual old verdict stated",
            "ratio_evidence": "new old actual",
            # Weekdays.
            "weekday_cannot": "weekday date",
            "calendar_source": "",
            "weekday_evidence": "date weekday",
            "year_inferred": "date",
            "weekday_consistent": "when actual",
            "weekday_inconsistent": "when actual named",
            "weekday_other_years": "month_day named years",
            "years_joiner": "",
            "month_day": "month day",
        }.items()
    }

    def __post_init__(self) -> None:
        missing = self.MESSAGES.keys() - self.messages.keys()
        unknown = self.messages.keys() - self.MESSAGES.keys()
        if missing or unknown:
            raise BundleError(
                f"CheckWording.messages: missing {sorted(missing)}, "
                f"unknown {sorted(unknown)}"
            )
        for name, template in self.messages.items():
            try:
                slots = {
                    field_name
                    for _, field_name, _, _ in string.Formatter().parse(template)
                    if field_name is not None
                }
            except ValueError as error:
                raise BundleError(f"CheckWording.messages[{name!r}]: {error}") from None
            extra = slots - self.MESSAGES[name]
            if extra:
                raise BundleError(
                    f"CheckWording.messages[{name!r}]: unknown slots {sorted(extra)}"
                )


@dataclass(frozen=True, eq=False)
class Language:
    """Everything detection knows of one language, read through ``ctx.lang``.

    Compared and hashed by identity: each bundle is loaded once, and the
    detectors cache the tables they compile from it by the bundle itself.
    """

    #: The primary language subtag ("en"), as the bundle's folder is named.
    code: str
    numbers: Numbers
    ranges: Ranges
    qualifiers: Qualifiers
    money: Money
    percents: Percents
    counts: Counts
    quantities: Quantities
    durations: Durations
    dates: Dates
    quotes: Quotes
    sentences: Sentences
    conversions: Conversions
    check_words: CheckWords
    checks: CheckWording
    #: None where no check-worthiness model exists for the language: figures
    #: and quotes are still found, sentences are not scored.
    statements: Statements | None = None
    #: Anything a later detector needs; unread by the detectors themselves.
    extra: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not (self.code.isascii() and self.code.isalpha() and self.code.islower()):
            raise BundleError(f"Language.code {self.code!r} is no primary subtag")
        check_types(self)


def check_types(value: object, where: str = "") -> None:
    """Check every field of a bundle dataclass against its annotation, deeply.

    >>> check_types(Ranges(("to",), ("and",), ("between",), "from"))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    annotations.detection.lang.schema.BundleError: Ranges.change_from: expected tuple...
    """
    cls = type(value)
    hints = typing.get_type_hints(cls)
    for item in dataclasses.fields(cls):  # type: ignore[arg-type]
        name = f"{where or cls.__name__}.{item.name}"
        _check(getattr(value, item.name), hints[item.name], name)


def _check(value: object, hint: Any, where: str) -> None:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        errors = []
        for option in args:
            try:
                _check(value, option, where)
                return
            except BundleError as error:
                errors.append(str(error))
        raise BundleError(errors[0])
    if hint is Any:
        return
    if hint is type(None):
        if value is not None:
            raise BundleError(f"{where}: expected None, got {value!r}")
        return
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        if not isinstance(value, hint):
            raise BundleError(f"{where}: expected {hint.__name__}")
        check_types(value, where)
        return
    if origin is None:
        if hint is float:
            ok = isinstance(value, int | float) and not isinstance(value, bool)
        elif hint is int:
            ok = isinstance(value, int) and not isinstance(value, bool)
        else:
            ok = isinstance(value, hint)
        if not ok:
            raise BundleError(f"{where}: expected {getattr(hint, '__name__', hint)}")
        return
    container: type | None = {
        dict: dict,
        tuple: tuple,
        frozenset: frozenset,
        Mapping: Mapping,
    }.get(origin)
    if container is None:
        return
    if not isinstance(value, container):
        raise BundleError(f"{where}: expected {origin.__name__}, got {value!r}")
    if origin in (dict, Mapping):
        assert isinstance(value, Mapping)
        for key, item in value.items():
            _check(key, args[0], f"{where}[{key!r}]")
            _check(item, args[1], f"{where}[{key!r}]")
    elif origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        assert isinstance(value, tuple)
        for index, item in enumerate(value):
            _check(item, args[0], f"{where}[{index}]")
    elif origin is tuple:
        assert isinstance(value, tuple)
        if len(value) != len(args):
            raise BundleError(f"{where}: expected {len(args)} items, got {value!r}")
        for index, (item, arg) in enumerate(zip(value, args, strict=True)):
            _check(item, arg, f"{where}[{index}]")
    else:
        assert isinstance(value, frozenset)
        for item in value:
            _check(item, args[0], f"{where}[{item!r}]")
