"""Calendar days for date claims: day readers shared by the date patterns, numeric dates.

"2015-04-10", "2015-3" and slashed dates ("04/22/2015"; "11/20" only after
"on" or a weekday) are read here. A slashed date whose day and month could be
swapped ("04/10/2015") is skipped unless a weekday beside it ("Friday 5/12")
says which reading is meant.
"""

from __future__ import annotations

import functools
import re
from datetime import date
from typing import Any

from ..context import Context
from ..lang import Language
from ..types import Claim
from .periods import day, make_claim, month, nearest_year, safe_date
from .words import Vocabulary, alternation


def group(match: re.Match[str], name: str) -> str | None:
    """A named group's text, or None when the pattern has no such group."""
    # Not ``groupdict()``: that builds a dict of every group on each call.
    return match.group(name) if name in match.re.groupindex else None


def weekday_extra(
    vocab: Vocabulary, match: re.Match[str]
) -> tuple[tuple[str, Any], ...]:
    word = group(match, "wd")
    if not word:
        return ()
    number = vocab.weekday_number(word)
    name = next(n for n, v in vocab.full_weekdays.items() if v == number)
    return (("weekday", name.capitalize()),)


def calendar_day(
    ctx: Context,
    vocab: Vocabulary,
    match: re.Match[str],
    when: tuple[int | None, int, int],
    *,
    the: bool = False,
) -> Claim | None:
    """A claim for a day of a month, with or without its year ("the 9th of May")."""
    year_number, month_number, day_number = when
    start = match.start()
    if the and not group(match, "wd"):
        start = with_the(ctx, start)
    extra = weekday_extra(vocab, match)
    if year_number is not None:
        resolved = safe_date(year_number, month_number, day_number)
        if resolved is None:
            return None
        return make_claim(ctx.text, start, match.end(), day(resolved), extra=extra)
    if safe_date(2000, month_number, day_number) is None:
        return None  # no February 30 in any year
    period = None
    if ctx.published is not None:
        resolved = safe_date(
            nearest_year(month_number, ctx.published), month_number, day_number
        )
        period = day(resolved) if resolved else None
    timex = f"XXXX-{month_number:02d}-{day_number:02d}"
    return make_claim(
        ctx.text, start, match.end(), period, timex=timex, precision="day", extra=extra
    )


def read_numeric(ctx: Context, vocab: Vocabulary, match: re.Match[str]) -> Claim | None:
    """ISO-like "2015-04-10", "2015-3" and slashed "04/22/2015" dates."""
    if match.group("y"):
        year_number = int(match.group("y"))
        if match.group("mn"):
            month_number = vocab.month_number(match.group("mn"))
        else:
            month_number = int(match.group("m"))
        if match.group("d"):
            return calendar_day(
                ctx, vocab, match, (year_number, month_number, int(match.group("d")))
            )
        # "2011-12" is a season, "2015.3" a decimal.
        if match.group("s") == "." or month_number == (year_number + 1) % 100:
            return None
        start = match.start("y")
        return make_claim(
            ctx.text, start, match.end(), month(year_number, month_number)
        )
    return read_slashed(ctx, vocab, match)


def read_slashed(ctx: Context, vocab: Vocabulary, match: re.Match[str]) -> Claim | None:
    """ "04/22/2015" or, after "on" or a weekday, "11/20"; never an ambiguous order."""
    first, second = int(match.group("a")), int(match.group("b"))
    year_text = match.group("y2")
    if year_text is None:
        if match.group("s2") != "/" or not (
            group(match, "wd")
            or preceded_by(ctx.text, match.start(), ctx.lang.dates.slash_prefixes)
        ):
            return None
    elif match.group("s2") == "." and len(year_text) != 4:
        return None
    year_number = None if year_text is None else expand_year(year_text, ctx.published)
    order = day_month_order(first, second)
    if order is None and group(match, "wd"):
        order = order_by_weekday(ctx, vocab, match, (first, second), year_number)
    if order is None:
        return None
    month_number, day_number = order
    return calendar_day(ctx, vocab, match, (year_number, month_number, day_number))


def day_month_order(first: int, second: int) -> tuple[int, int] | None:
    """(month, day) when only one reading of "first/second" is a date."""
    readings = {
        (m, d) for m, d in ((first, second), (second, first)) if safe_date(2000, m, d)
    }
    return readings.pop() if len(readings) == 1 else None


def expand_year(text: str, published: date | None) -> int:
    """A two-digit year as the latest such year at most ten years after publication.

    >>> expand_year("18", date(2018, 5, 1)), expand_year("40", date(2018, 5, 1))
    (2018, 1940)
    """
    if len(text) == 4:
        return int(text)
    reference = (published or date.today()).year + 10
    year_number = reference - reference % 100 + int(text)
    return year_number if year_number <= reference else year_number - 100


def with_the(ctx: Context, start: int) -> int:
    """Move ``start`` back over a "the " just before it ("the 19th century")."""
    the = ctx.lang.dates.pattern_words["the"] + " "
    size = len(the)
    return (
        start - size if ctx.text[max(0, start - size) : start].lower() == the else start
    )


#: A word (letters, then maybe a full stop) and spaces or hyphens, matched on
#: the reversed text: ``re`` cannot match backwards, and a search ending in "$"
#: would try every start.
WORD_BEFORE_REVERSED = re.compile(r"[\s-]*(\.?[^\W\d_]+)")


def preceded_by(text: str, start: int, words: tuple[str, ...]) -> bool:
    """Whether the word just before ``start`` is one of ``words`` (lower case).

    Only the 24 characters before ``start`` are looked at.
    """
    before = WORD_BEFORE_REVERSED.match(text[max(0, start - 24) : start][::-1])
    return before is not None and before.group(1)[::-1].lower() in words


def order_by_weekday(
    ctx: Context,
    vocab: Vocabulary,
    match: re.Match[str],
    numbers: tuple[int, int],
    year_number: int | None,
) -> tuple[int, int] | None:
    """The (month, day) reading of "Friday 5/12" that falls on a Friday."""
    weekday = vocab.weekday_number(match.group("wd"))
    readings = []
    for month_number, day_number in (numbers, numbers[::-1]):
        year_guess = year_number
        if year_guess is None and ctx.published is not None:
            year_guess = nearest_year(month_number, ctx.published)
        when = (
            safe_date(year_guess or 0, month_number, day_number) if year_guess else None
        )
        if when is not None and when.weekday() == weekday:
            readings.append((month_number, day_number))
    return readings[0] if len(readings) == 1 else None


def read_weekday_day(
    ctx: Context, vocab: Vocabulary, match: re.Match[str]
) -> Claim | None:
    """ "Tuesday the 11th": the nearest date with that day of month on that weekday."""
    day_text = match.group("d")
    bare = day_text.isdigit()
    if bare and not match.group("the") and not CLAUSE_END.match(ctx.text, match.end()):
        return None  # "Monday 21 people", not "Monday 21."
    number = vocab.day_number(day_text)
    if number is None:
        return None
    weekday = vocab.weekday_number(match.group("wd"))
    extra = weekday_extra(vocab, match)
    timex = f"XXXX-XX-{number:02d}"
    if ctx.published is None:
        return make_claim(
            ctx.text,
            match.start(),
            match.end(),
            None,
            timex=timex,
            precision="day",
            extra=extra,
        )
    when = nearest_weekday_date(ctx.published, number, weekday)
    period = day(when) if when else None
    return make_claim(
        ctx.text,
        match.start(),
        match.end(),
        period,
        timex=timex,
        precision="day",
        extra=extra,
    )


CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)]|$)")


def nearest_weekday_date(published: date, number: int, weekday: int) -> date | None:
    """The date nearest ``published`` (within half a year) with that day and weekday."""
    found = []
    for offset in range(-6, 7):
        index = published.year * 12 + published.month - 1 + offset
        when = safe_date(index // 12, index % 12 + 1, number)
        if when is not None and when.weekday() == weekday:
            found.append((abs((when - published).days), when > published, when))
    return min(found)[2] if found else None


def read_day_of_month(
    ctx: Context, vocab: Vocabulary, match: re.Match[str]
) -> Claim | None:
    """ "on the 18th": that day of the publication month, or of the month before."""
    number = int(match.group("d"))
    start = with_the(ctx, match.start())
    timex = f"XXXX-XX-{number:02d}"
    if not CLAUSE_END.match(ctx.text, match.end()) and not after_day(ctx.lang).match(
        ctx.text, match.end()
    ):
        return None  # "on the 18th floor"
    if ctx.published is None:
        return make_claim(
            ctx.text, start, match.end(), None, timex=timex, precision="day"
        )
    published = ctx.published
    index = published.year * 12 + published.month - 1 - (number > published.day)
    when = safe_date(index // 12, index % 12 + 1, number)
    period = day(when) if when else None
    return make_claim(
        ctx.text, start, match.end(), period, timex=timex, precision="day"
    )


@functools.cache
def after_day(lang: Language) -> re.Pattern[str]:
    """A word after "on the 18th" that keeps it a date ("at noon")."""
    words = alternation(lang.dates.after_day_words)
    return re.compile(rf"\s+{words}\b", re.IGNORECASE)
