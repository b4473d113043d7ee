"""Date claims: calendar dates, months, years, decades and quarters, resolved to ISO 8601.

Spelled dates ("April 9", "9 April 2015", "Thursday, April 9"), numeric dates
("2015-04-10"; "04/10/2015" only when the day and month cannot be swapped),
months ("November 2014", "in March"), years, decades ("the 1990s") and
quarters ("Q1 2015"). Relative dates ("last week") live in relative.py.

Rules, so results can be predicted:

- A year-less date resolves to the occurrence nearest the publication date,
  up to seven months back or four ahead (``periods.nearest_year``);
  without a publication date it stays a TIMEX partial ("XXXX-04-09").
- A bare four-digit number is a year only from 1600 to 2100 (``YEAR``)
  and in a year-like context: after a word such as "in",
  "since", "by" (``YEAR_PREFIXES``), before "'s" or a word such as "was"
  (``YEAR_SUFFIXES``), or in a range with another year ("2014-2018").
- A month alone needs a capital letter or a word such as "in" before it;
  "May" and abbreviations ("Jan") always need that word.
- Words bounding a date join its span and set its qualifier
  (``DATE_QUALIFIERS``): "by 2030" is at most, "since 2014" at least,
  "before 2010" less than, "after 2016" more than.
- Interval bounds go in ``extra`` as ``period_start`` and ``period_end``
  (ISO dates, end exclusive); ``timex`` there is the date as written.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from ..context import Context
from ..lang import Language
from ..resolve import resolve_figures
from ..types import Claim
from . import counted, named, ranges, relative
from .days import (
    calendar_day,
    group,
    preceded_by,
    read_day_of_month,
    read_numeric,
    read_weekday_day,
    with_the,
)
from .periods import (
    Period,
    century,
    decade,
    make_claim,
    month,
    nearest_year,
    quarter,
    year,
)
from .words import (
    Handler,
    Vocabulary,
    alternation,
    day_pattern,
    fold,
    month_pattern,
    padded_fold,
    trie,
    vocabulary,
    weekday_pattern,
)

YEAR = r"(?:1[6-9]\d\d|20\d\d|2100)(?![\d,]\d)"


@functools.cache
def patterns(bundle: Language) -> dict[str, re.Pattern[str]]:
    """The compiled date regexes of the bundle's language (lower case), built once.

    Each matches at a trigger position (see ``scanner``), never scans.
    """
    vocab = vocabulary(bundle)
    w = {role: re.escape(word) for role, word in vocab.lang.pattern_words.items()}
    nth = alternation(vocab.lang.ordinal_suffixes)
    plural = re.escape(vocab.lang.decade_plural)
    weekday, mon, dom = weekday_pattern(vocab), month_pattern(vocab), day_pattern(vocab)
    the, of, in_ = w["the"], w["of"], w["in"]
    lead = rf"(?P<wd>{weekday}),?\s+(?:{the}\s+)?"
    month_first = (
        rf"(?P<m>{mon})(?:(?:\s*|\s+{the}\s+|[/-])(?P<d>{dom})"
        rf"(?:(?:\s*,\s*|\s+|[/-]|,?\s+(?:{of}|{in_})\s+)(?P<y>{YEAR}))?"
        rf"|(?:,?\s+(?:(?:{of}|{in_})\s+)?|[/-]|,\s*)(?P<my>{YEAR}))?"
    )
    day_first = (
        rf"(?<![\d$€£¥.,])(?<![$€£¥]\s)(?P<d>{dom})(?:\s+{w['day']})?(?:\s+{of})?"
        rf"(?:\s+|\s*[/-]\s*)(?P<m>{mon})"
        rf"(?:(?:,?\s+|\s*[/-]\s*|,?\s+(?:{of}|{in_})\s+)(?P<y>{YEAR}))?"
    )
    numeric = (
        rf"(?<![\w/.])(?<!\d-)(?:(?P<y>{YEAR})(?P<s>[-/.])(?:(?P<m>1[0-2]|0?[1-9])|(?P<mn>{mon}))"
        rf"(?:(?P=s)(?P<d>3[01]|[12]\d|0?[1-9]))?"
        rf"|(?P<a>\d{{1,2}})(?P<s2>[-/.])(?P<b>\d{{1,2}})(?:(?P=s2)(?P<y2>\d{{4}}|\d\d))?)"
        r"(?![\w/]|[.-]\d)"
    )
    quarters = trie(vocab.lang.quarter_ordinals)
    q, h = w["quarter_letter"], w["half_letter"]
    quarter_pattern = (
        rf"{q}(?P<q>[1-4])(?:[\s-]*(?P<y>{YEAR}))?\b|(?P<y2>{YEAR})[\s-]*{q}(?P<q2>[1-4])\b"
        rf"|(?P<qw>{quarters}|[1-4]{nth})\s+(?P<qunit>{w['quarter']}|{w['half']})\b"
        rf"(?:\s+{of})?(?:\s+(?P<y3>{YEAR}))?"
        rf"|{h}(?P<h>[12])[\s-]*(?P<y4>{YEAR})\b|(?P<y5>{YEAR})[\s-]*{h}(?P<h2>[12])\b"
    )
    era = (
        rf"(?P<dec>(?:1[6-9]|20)\d0)\s?'?{plural}\b|(?<=['’])(?P<short>\d0){plural}\b"
        rf"|(?P<cent>1\d|2[01]|[1-9]){nth}[\s-]+{w['century']}\b"
        rf"|(?<![\w$€£¥.,])(?<!\d[-–])(?P<year>{YEAR})\b(?![-–]\d+[-–])"
        r"(?:\s?[-–~]\s?(?P<year_to>\d{4}|\d\d)\b)?"
    )
    decade_words = rf"(?<={the}\s)(?P<words>{trie(vocab.lang.decade_words)})\b"
    # "Tuesday the 11th", "Mon 13th", "Monday 21." (a bare number ends a clause).
    weekday_day = (
        rf"(?P<wd>{weekday}),?\s+(?:(?P<the>{the})\s+)?(?P<d>{dom})"
        rf"(?![\s/.-]*(?:{of}\s+)?{mon})(?!\s*[/.-]\d)"
    )
    on = w["on"]
    day_of_month = rf"(?:(?<={on} {the} )|(?<={on} ))(?P<d>[12]\d|3[01]|0?[1-9]){nth}\b"
    return {
        "month_first": re.compile(month_first),
        "day_first": re.compile(day_first),
        "numeric": re.compile(numeric),
        "lead_month_first": re.compile(lead + month_first),
        "lead_day_first": re.compile(lead + day_first),
        "lead_numeric": re.compile(lead + numeric),
        "quarter": re.compile(quarter_pattern),
        "era": re.compile(era),
        "era_words": re.compile(decade_words),
        "weekday_day": re.compile(weekday_day),
        "day_of_month": re.compile(day_of_month),
    }


@functools.cache
def digit_shapes(bundle: Language) -> dict[str, str]:
    """What a date starting with a digit must look like for each digit handler.

    The trigger only stops at digits passing one of them, and one match of the
    gate (``digit_gate``) then picks the handlers to run.
    """
    lang = vocabulary(bundle).lang
    w = {role: re.escape(word) for role, word in lang.pattern_words.items()}
    nth = alternation(lang.ordinal_suffixes)
    plural = re.escape(lang.decade_plural)
    return {
        "day_first": rf"(?<![$€£¥.,/-])\d{{1,2}}{nth}?(?:\s+{w['of']})?[\s/.-]*[^\W\d_]",
        "numeric": (
            r"(?<![/.$€£¥])(?<!\d-)(?:\d{4}[-/.](?:\d|[^\W\d_]{3})|\d{1,2}/\d{1,2}(?!\d)"
            r"|\d{1,2}-\d{1,2}-\d\d|\d{1,2}\.\d{1,2}\.\d{4})"
        ),
        "quarter": (
            rf"\d{{4}}[\s-]*(?:{w['quarter_letter']}|{w['half_letter']})\d"
            rf"|\d{nth}\s+(?:{w['quarter']}|{w['half']})"
        ),
        "era": (
            rf"(?<![$€£¥.,])\d{{4}}(?!\d)|\d0\s?'?{plural}\b"
            rf"|\d{{1,2}}{nth}[\s-]+{w['century']}"
        ),
        "day_of_month": rf"(?:(?<={w['on']} {w['the']} )|(?<={w['on']} ))\d{{1,2}}{nth}\b",
    }


@functools.cache
def digit_gate(bundle: Language) -> re.Pattern[str]:
    shapes = digit_shapes(bundle)
    return re.compile("".join(f"(?=(?P<{k}>{v}))?" for k, v in shapes.items()))


@dataclass(frozen=True, slots=True)
class Scanner:
    """One regex finding every place a date may start, and what to try there.

    ``trigger`` runs over the folded text with one space put in front (see
    ``padded_fold``) and matches a separator, then a trigger word or the first
    digit of a number passing one of the digit shapes.
    """

    trigger: re.Pattern[str]
    handlers: dict[str, tuple[Handler, ...]]
    digits: dict[str, Handler]
    gate: re.Pattern[str]


@functools.cache
def scanner(bundle: Language) -> Scanner:
    vocab = vocabulary(bundle)
    lang = vocab.lang
    table: dict[str, list[Handler]] = {}

    def add(words: Iterable[str], *handlers: Handler) -> None:
        for word in words:
            table.setdefault(word, []).extend(
                h for h in handlers if h not in table.get(word, [])
            )

    add(vocab.months, matcher("month_first", read_month_first))
    add(
        vocab.weekdays,
        matcher("lead_month_first", read_month_first),
        matcher("lead_day_first", read_day_first),
        matcher("lead_numeric", read_numeric),
        matcher("weekday_day", read_weekday_day),
    )
    add({w.split()[0] for w in vocab.days}, matcher("day_first", read_day_first))
    add(
        [
            *lang.quarter_ordinals,
            *(f"{lang.pattern_words['quarter_letter']}{n}" for n in "1234"),
            *(f"{lang.pattern_words['half_letter']}{n}" for n in "12"),
        ],
        matcher("quarter", read_quarter),
    )
    add(lang.decade_words, matcher("era_words", read_era))
    for words, handler in [
        *relative.handlers(bundle),
        *named.handlers(bundle),
    ]:
        add(words, handler)
    anchors = trie(table)
    # A digit first, then the shapes from it (looking back over the digit):
    # the engine rules out a letter with one character test.
    any_shape = "|".join(digit_shapes(bundle).values())
    digit = rf"\d(?<=(?=(?:{any_shape}))\d)"
    # "\b" before a word or digit, written as a separator to consume: a
    # character set (a bitmap for ASCII) the engine can skip ahead to. The
    # non-ASCII letters it lets through are dropped in ``find``.
    trigger = re.compile(rf"[^a-z0-9_](?:{anchors}(?![a-z])|{digit})")
    digits = {
        "day_first": matcher("day_first", read_day_first),
        "numeric": matcher("numeric", read_numeric),
        "quarter": matcher("quarter", read_quarter),
        "era": matcher("era", read_era),
        "day_of_month": matcher("day_of_month", read_day_of_month),
    }
    handlers = {word: tuple(found) for word, found in table.items()}
    return Scanner(trigger, handlers, digits, digit_gate(bundle))


def matcher(
    name: str, reader: Callable[[Context, Vocabulary, re.Match[str]], Claim | None]
) -> Handler:
    """A handler trying pattern ``name`` at the trigger and reading the match."""

    def handle(ctx: Context, vocab: Vocabulary, folded: str, pos: int) -> Claim | None:
        found = patterns(ctx.lang)[name].match(folded, pos)
        return None if found is None else reader(ctx, vocab, found)

    handle.__name__ = f"read_{name}"
    return handle


def find(ctx: Context) -> list[Claim]:
    """Date claims in ``ctx.text`` (absolute and relative), not overlapping.

    >>> from datetime import date
    >>> ctx = Context.create("On April 9 it rained.", published=date(2015, 4, 10),
    ...                      language="en")
    >>> [c.normalized for c in find(ctx)]
    ['2015-04-09']
    """
    if ctx.published is not None and not 100 <= ctx.published.year <= 9900:
        # Calendar arithmetic near year 1 or 9999 overflows; such a date is no
        # publication date, so relative dates stay unresolved.
        ctx = ctx.with_published(None)
    vocab = vocabulary(ctx.lang)
    scan = scanner(ctx.lang)
    folded = fold(ctx)
    found: list[Claim] = []
    handlers, digits, gate = scan.handlers, scan.digits, scan.gate
    for hit in scan.trigger.finditer(padded_fold(ctx)):
        matched = hit.group()
        separator, token = matched[0], matched[1:]
        if not separator.isascii() and separator.isalnum():
            continue  # no word boundary after a non-ASCII letter ("é")
        # The separator stands at hit.start() of the padded text, so the word
        # or digit after it at hit.start() of the folded text.
        start = hit.start()
        if not token.isdigit():
            handles: Iterable[Handler] = handlers[token]
        else:
            shapes = gate.match(folded, start).groupdict()  # type: ignore[union-attr]
            handles = [digits[name] for name, seen in shapes.items() if seen]
        for handle in handles:
            claim = handle(ctx, vocab, folded, start)
            if claim is not None:
                found.append(claim)
    # Widening over "early" or "the first week of" can swallow a neighbour
    # ("last week" in "the last week of 2016"), so resolve again after it.
    widened = [
        counted.with_offset(
            ctx, relative.with_week(ctx, relative.with_part(ctx, claim))
        )
        for claim in resolve_figures(found)
    ]
    claims = resolve_figures(widened)
    joined = ranges.join_ranges(ctx, claims)
    return [relative.with_qualifier(ctx, claim) for claim in joined]


def month_only(ctx: Context, start: int, end: int, number: int) -> Claim:
    """A claim for a month named without its year ("in March")."""
    timex = f"XXXX-{number:02d}"
    if ctx.published is None:
        return make_claim(ctx.text, start, end, None, timex=timex, precision="month")
    period = month(nearest_year(number, ctx.published), number)
    return make_claim(ctx.text, start, end, period, timex=timex)


def read_month_first(
    ctx: Context, vocab: Vocabulary, match: re.Match[str]
) -> Claim | None:
    month_number = vocab.month_number(match.group("m"))
    if match.group("d"):
        day_number = vocab.day_number(match.group("d"))
        year_text = match.group("y")
        if day_number is None:
            return None
        when = (int(year_text) if year_text else None, month_number, day_number)
        return calendar_day(ctx, vocab, match, when)
    if match.group("my"):
        return make_claim(
            ctx.text,
            match.start("m"),
            match.end(),
            month(int(match.group("my")), month_number),
        )
    written = ctx.text[match.start("m") : match.end("m")]
    if not month_alone_ok(ctx.text, vocab, match.start("m"), written):
        return None
    return month_only(ctx, match.start("m"), match.end("m"), month_number)


def read_day_first(
    ctx: Context, vocab: Vocabulary, match: re.Match[str]
) -> Claim | None:
    word = match.group("m").lower().rstrip(".")
    written = ctx.text[match.start("m") : match.end("m")]
    ambiguous = word in vocab.lang.ambiguous_months and written.islower()
    if ambiguous and not match.group("y"):
        return None
    day_number = vocab.day_number(match.group("d"))
    if day_number is None:
        return None
    year_text = match.group("y")
    when = (int(year_text) if year_text else None, vocab.month_number(word), day_number)
    return calendar_day(ctx, vocab, match, when, the=True)


def read_quarter(ctx: Context, vocab: Vocabulary, match: re.Match[str]) -> Claim | None:
    """ "Q1 2015", "2015 Q1", "the first quarter of 2015", "the first half", "H2 2019"."""
    found = {k: v for k, v in match.groupdict().items() if v}
    half = "h" in found or "h2" in found or found.get("qunit") == "half"
    if "qw" in found:
        word = found["qw"]
        number = vocab.lang.quarter_ordinals.get(word) or int(word[0])
    else:
        number = int(found.get("q") or found.get("q2") or found.get("h") or found["h2"])
    if half and number > 2:
        return None
    year_text = next(
        (found[k] for k in ("y", "y2", "y3", "y4", "y5") if k in found), None
    )
    start = with_the(ctx, match.start())
    if year_text:
        return make_claim(
            ctx.text, start, match.end(), part_of_year(int(year_text), number, half)
        )
    timex = f"XXXX-{'H' if half else 'Q'}{number}"
    if ctx.published is None:
        precision = "half" if half else "quarter"
        return make_claim(
            ctx.text, start, match.end(), None, timex=timex, precision=precision
        )
    # The most recent such quarter: "first-quarter results" come out after it.
    current = (ctx.published.month - 1) // (6 if half else 3) + 1
    period = part_of_year(ctx.published.year - (number > current), number, half)
    return make_claim(ctx.text, start, match.end(), period, timex=timex)


def part_of_year(year_number: int, number: int, half: bool) -> Period:
    """Quarter ``number`` of the year, or half ``number`` ("2015-H1") when ``half``."""
    if not half:
        return quarter(year_number, number)
    first = quarter(year_number, 2 * number - 1)
    last = quarter(year_number, 2 * number)
    return Period(first.first, last.last, "half", f"{year_number:04d}-H{number}")


def read_era(ctx: Context, vocab: Vocabulary, match: re.Match[str]) -> Claim | None:
    """Years in context, decades ("the 1990s", "the '90s", "the nineties"), centuries."""
    if group(match, "year"):  # the commonest reading, checked before the rest
        return read_year(ctx, vocab, match)
    start, end = match.start(), match.end()
    found = {k: v for k, v in match.groupdict().items() if v}
    if "cent" in found:
        first = 100 * (int(found["cent"]) - 1)
        return make_claim(ctx.text, with_the(ctx, start), end, century(first))
    if "dec" in found:
        return make_claim(ctx.text, start, end, decade(int(found["dec"])))
    if "short" in found:
        tens, start = int(found["short"]), start - 1
    else:
        tens, start = vocab.lang.decade_words[found["words"]], with_the(ctx, start)
    period = decade(two_digit_decade(tens, ctx.published))
    return make_claim(ctx.text, start, end, period)


def read_year(ctx: Context, vocab: Vocabulary, match: re.Match[str]) -> Claim | None:
    """A year in context, or a span of years: "2014-2018", "the 2014-15 season"."""
    first = int(match.group("year"))
    last_text = match.group("year_to")
    end = match.end("year")
    if last_text is not None:
        last = int(last_text) if len(last_text) == 4 else first + 1
        season = len(last_text) == 2 and last_text == f"{last % 100:02d}"
        if season or (len(last_text) == 4 and first < last <= 2100):
            ends = [
                make_claim(ctx.text, match.start(), end, year(first)),
                make_claim(ctx.text, match.start("year_to"), match.end(), year(last)),
            ]
            return ranges.span_claim(ctx, match.start(), match.end(), *ends)
    if not year_in_context(ctx, vocab, match.start(), end):
        return None
    return make_claim(ctx.text, match.start(), end, year(first))


def two_digit_decade(tens: int, published: date | None) -> int:
    """The latest decade ending in ``tens`` that began by publication ("the '90s")."""
    reference = published.year if published else date.today().year
    first = reference - reference % 100 + tens
    return first if first <= reference else first - 100


YEAR_BEFORE = re.compile(r"(?<![\d-])\d{4}\s?[-–~]\s?$")


@functools.cache
def year_edges(bundle: Language) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The word after a year ("2014's", "2014 was") and a second year after a
    joiner ("2014 to 2018")."""
    lang = bundle.dates
    possessive = alternation(lang.possessive_endings)
    word_after = re.compile(rf"\s*(?:({possessive})\b|([^\W\d_]+))")
    year_after = re.compile(rf"\s+{alternation(lang.year_joiners)}\s+(\d{{4}})\b")
    return word_after, year_after


def year_in_context(ctx: Context, vocab: Vocabulary, start: int, end: int) -> bool:
    """A bare four-digit number is a year after "in", before "'s" or "was"... (above)."""
    text = ctx.text
    word_after, year_after = year_edges(ctx.lang)
    if preceded_by(text, start, vocab.lang.year_prefixes):
        return True
    # "2014-2018": only a dash or tilde just before can start a range.
    dash = any(c in "-–~" for c in text[max(0, start - 2) : start])
    if dash and YEAR_BEFORE.search(text, max(0, start - 8), start):
        return True
    following = year_after.match(text, end)
    if following is not None:
        other, number = following.group(1), int(text[start:end])
        return (
            int(other) > number if len(other) == 4 else int(other) == (number + 1) % 100
        )
    after = word_after.match(text, end, min(len(text), end + 24))
    if after is None:
        return False
    if after.group(2) is None:
        return True
    if after.group(2).lower() in vocab.lang.year_suffixes:
        return True
    # "the 2008 financial crisis": a determiner, the year, then a word (a
    # count would be written "2,008").
    number = int(text[start:end])
    determiner = preceded_by(text, start, vocab.lang.year_determiners)
    return determiner and 1900 <= number <= 2100 and after.group(2).islower()


def month_alone_ok(text: str, vocab: Vocabulary, start: int, word: str) -> bool:
    """A month without day or year: "March" yes, "may" and "Jan" only after "in"."""
    key = word.lower().rstrip(".")
    lang = vocab.lang
    if preceded_by(text, start, lang.ambiguous_month_prefixes):
        return True
    if key in lang.ambiguous_months:
        # "from March to May", but not "this may take" or "Theresa May".
        return word[0].isupper() and preceded_by(text, start, lang.range_joiners)
    if key not in vocab.full_months:
        return MONTH_RANGE.match(text, start + len(word)) is not None
    return word[0].isupper() or preceded_by(text, start, lang.year_prefixes)


#: "Jan-Feb 2017": an abbreviation alone opens a range of months.
MONTH_RANGE = re.compile(r"\.?\s*[-–]\s*[^\W\d]{3}")
