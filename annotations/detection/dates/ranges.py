"""Date ranges: "from 2014 to 2018", "Nov 18-Dec 19, 2015", "April 9-17" as one date claim.

A range claim spans both ends (and "from"/"between" before them). Its
``normalized`` is an ISO 8601 interval of the two ends at their own precision
("2014/2018", "2015-11-18/2015-12-19"); ``extra`` holds ``period_start`` (the
first day of the first end), ``period_end`` (the day after the last end,
exclusive), ``last_period_start`` (the first day of the last end) and
``("range", (first, last))``. A year-less first end takes the year of the last
("from March to May 2015"), or the year before when its month comes later
("Nov-Feb 2017" starts in November 2016).
"""

from __future__ import annotations

import functools
import re
from datetime import date

from ..context import Context
from ..lang import Language
from ..types import Claim
from .periods import Period, day, make_claim, month, nearest_year, safe_date
from .words import alternation, day_pattern, vocabulary

YEAR = r"(?:1[6-9]\d\d|20\d\d|2100)(?!\d)"
PARTIAL = re.compile(r"XXXX-(\d\d)(?:-(\d\d))?$")


@functools.cache
def patterns(bundle: Language) -> dict[str, re.Pattern[str]]:
    vocab = vocabulary(bundle)
    lang = vocab.lang
    joiners = alternation(lang.range_joiners)
    the = re.escape(lang.pattern_words["the"])
    return {
        "gap": re.compile(rf"\s*(?:[-–~]|{joiners}\b)\s*", re.IGNORECASE),
        "before": re.compile(
            rf"\b(?P<word>{alternation(lang.range_openers)})\s+$", re.IGNORECASE
        ),
        "last_day": re.compile(
            rf"\s*(?:[-–]|{joiners}\b)\s*(?:{the}\s+)?(?P<d>{day_pattern(vocab)})"
            rf"(?![\s-]*(?:{alternation(vocab.months)})\b)"
            rf"(?:,?\s*(?P<y>{YEAR}))?",
            re.IGNORECASE,
        ),
    }


def join_ranges(ctx: Context, claims: list[Claim]) -> list[Claim]:
    """Merge neighbouring date claims joined by "to", "-", "through"... into ranges."""
    regexes = patterns(ctx.lang)
    claims = [extend_day_range(ctx, regexes["last_day"], c) for c in claims]
    merged: list[Claim] = []
    for claim in claims:
        previous = merged[-1] if merged else None
        joined = join(ctx, regexes, previous, claim) if previous else None
        if joined is None:
            merged.append(claim)
        else:
            merged[-1] = joined
    return merged


def join(
    ctx: Context, regexes: dict[str, re.Pattern[str]], first: Claim, last: Claim
) -> Claim | None:
    gap = regexes["gap"].fullmatch(ctx.text, first.end, last.start)
    if gap is None or "range" in dict(first.extra):
        return None
    opener = regexes["before"].search(ctx.text, max(0, first.start - 12), first.start)
    word = gap.group().strip().lower()
    lang = ctx.lang.dates
    if word in lang.between_joiners and (
        opener is None or opener.group("word").lower() not in lang.between_openers
    ):
        return None
    start = opener.start() if opener else first.start
    return span_claim(ctx, start, last.end, inherit_year(ctx, first, last), last)


def inherit_year(ctx: Context, first: Claim, last: Claim) -> Claim:
    """Give a year-less first end the last end's year ("from March to May 2015").

    Two year-less ends resolved out of order ("from November to March") move
    the first end to the year before the last.
    """
    timex = dict(first.extra).get("timex") or first.normalized or ""
    partial = PARTIAL.match(timex)
    last_start = dict(last.extra).get("period_start")
    if partial is None or last_start is None:
        return first
    end = date.fromisoformat(last_start)
    first_start = dict(first.extra).get("period_start")
    last_partial = "XXXX" in (dict(last.extra).get("timex") or "")
    if last_partial and (first_start is None or first_start < last_start):
        return first  # both ends year-less and already in order
    month_number = int(partial.group(1))
    year_number = end.year - (month_number > end.month)
    period: Period | None = month(year_number, month_number)
    if partial.group(2):
        when = safe_date(year_number, month_number, int(partial.group(2)))
        period = day(when) if when else None
    if period is None:
        return first
    written = timex if last_partial else None
    return make_claim(ctx.text, first.start, first.end, period, timex=written)


def span_claim(ctx: Context, start: int, end: int, first: Claim, last: Claim) -> Claim:
    ends = (first.normalized, last.normalized)
    extra_first, extra_last = dict(first.extra), dict(last.extra)
    bounds = []
    if "period_start" in extra_first and "period_end" in extra_last:
        bounds = [
            ("period_start", extra_first["period_start"]),
            ("period_end", extra_last["period_end"]),
            ("last_period_start", extra_last["period_start"]),
        ]
    timex = f"{extra_first.get('timex', ends[0])}/{extra_last.get('timex', ends[1])}"
    precision = first.precision if first.precision == last.precision else None
    normalized = None if None in ends else f"{ends[0]}/{ends[1]}"
    return Claim(
        first.kind,
        start,
        end,
        ctx.text[start:end],
        normalized=normalized,
        precision=precision,
        extra=(("range", ends), ("timex", timex), *bounds),
    )


def extend_day_range(ctx: Context, last_day: re.Pattern[str], claim: Claim) -> Claim:
    """ "April 9-17", "November 18-19, 2015": a day claim followed by a bare day."""
    if claim.precision != "day" or "weekday" in dict(claim.extra):
        return claim
    found = last_day.match(ctx.text, claim.end)
    timex = dict(claim.extra).get("timex") or claim.normalized or ""
    head = re.match(r"(XXXX|\d{4})-(\d\d)-(\d\d)$", timex)
    if found is None or head is None:
        return claim
    month_number, first_number = int(head.group(2)), int(head.group(3))
    last_number = vocabulary(ctx.lang).day_number(found.group("d"))
    if last_number is None or last_number <= first_number:
        return claim
    if safe_date(2000, month_number, last_number) is None:
        return claim
    year_text = found.group("y") or (None if head.group(1) == "XXXX" else head.group(1))
    prefix = year_text or "XXXX"
    ends = [first_number, last_number]
    periods = day_periods(ctx, year_text, month_number, ends)
    claims = [
        make_claim(
            ctx.text,
            start,
            end,
            period,
            precision="day",
            timex=f"{prefix}-{month_number:02d}-{number:02d}",
        )
        for (start, end), period, number in zip(
            [(claim.start, claim.end), (found.start("d"), found.end())],
            periods,
            ends,
            strict=True,
        )
    ]
    return span_claim(ctx, claim.start, found.end(), claims[0], claims[1])


def day_periods(
    ctx: Context, year_text: str | None, month_number: int, days: list[int]
) -> list[Period | None]:
    """The two days of a day range, or Nones while the year is unknown."""
    if year_text:
        year_number = int(year_text)
    elif ctx.published is not None:
        year_number = nearest_year(month_number, ctx.published)
    else:
        return [None, None]
    found = [safe_date(year_number, month_number, number) for number in days]
    return [day(when) if when else None for when in found]
