"""Counted relative dates: "two years ago", "in three weeks", "the past two years".

Rules, so results can be predicted (``published`` is the article's date):

- "N units ago": counted back from ``published``. Days and weeks give the
  day ("two weeks ago" on 2015-04-10 is 2015-03-27); months, quarters, years
  and decades give the unit, as writers round them ("two years ago" is 2013).
- "in N units": the same forwards, but only after a word of the future
  ("will", "expected", ``FUTURE_MARKERS``) earlier in the sentence: "the
  plant will close in two years" is a date, "the lowest in two years" is not.
- "the past/last N units" and "the next/coming N units": the span of days
  from N units before ``published`` up to the day before it, or from the day
  after it for N units; ``normalized`` is an ISO 8601 interval of days.
"""

from __future__ import annotations

import calendar
import functools
import re
from datetime import date, timedelta

from ..context import Context
from ..lang import Language
from ..numbers import number_pattern, number_words, parse_number
from ..types import Claim
from .periods import Period, day, make_claim, unit_period
from .words import (
    Handler,
    Vocabulary,
    alternation,
    last_word,
    match_before,
    matches_from,
    may_follow,
    words_before,
)

WINDOW = 60


@functools.cache
def patterns(bundle: Language) -> dict[str, re.Pattern[str]]:
    lang = bundle.dates
    w = {role: re.escape(word) for role, word in lang.pattern_words.items()}
    articles = alternation(bundle.numbers.articles)
    units = alternation(lang.counted_units)
    ago = alternation(lang.ago_words)
    backward = alternation(w for w, step in lang.span_modifiers.items() if step < 0)
    forward = alternation(w for w, step in lang.span_modifiers.items() if step > 0)
    # "hace tres días", "vor drei Tagen": the word of the past before the amount.
    ago_before = (
        rf"(?P<ago_before>\b{alternation(lang.ago_before)})\s+|"
        if lang.ago_before
        else ""
    )
    return {
        "unit": re.compile(rf"(?P<unit>{units})\b(?P<ago>\s+{ago}\b)?"),
        "amount": re.compile(
            rf"(?:{ago_before}(?P<in>\b{w['in']})\s+|(?:\b{w['the']}\s+)?"
            rf"(?:(?P<back>{backward})|(?P<ahead>{forward}))\s+)?"
            rf"(?P<num>{number_pattern(bundle)}|\b{articles}\b)\s+$",
            re.IGNORECASE,
        ),
        "part_of": re.compile(rf"\s+{w['of']}\b", re.IGNORECASE),
        "offset": re.compile(
            rf"(?:(?P<num>{number_pattern(bundle)})|\b(?P<article>{articles}))\s+"
            rf"(?P<unit>{units})\s+(?P<way>{alternation(lang.offset_words)})\s+$",
            re.IGNORECASE,
        ),
        "future": re.compile(
            rf"\b{alternation(lang.future_markers)}\b[^.!?]*$", re.IGNORECASE
        ),
    }


def handlers(bundle: Language) -> list[tuple[set[str], Handler]]:
    """Unit words ("years") and the handler dates.find runs at them.

    >>> from datetime import date
    >>> from annotations.detection import dates
    >>> ctx = Context.create("It opened two years ago.", published=date(2015, 4, 10),
    ...                      language="en")
    >>> [c.normalized for c in dates.find(ctx)]
    ['2013']
    """
    return [(set(bundle.dates.counted_units), read_counted_at)]


def read_counted_at(
    ctx: Context, vocab: Vocabulary, folded: str, pos: int
) -> Claim | None:
    regexes = patterns(ctx.lang)
    found = regexes["unit"].match(folded, pos)
    return None if found is None else read_counted(ctx, regexes, found)


def read_counted(
    ctx: Context, regexes: dict[str, re.Pattern[str]], match: re.Match[str]
) -> Claim | None:
    before = last_word(ctx.text, match.start())
    if not before or not (before[-1].isdigit() or before in number_words(ctx.lang)):
        return None
    lang = ctx.lang.dates
    vocabulary = counted_vocabulary(ctx.lang)
    walked = words_before(ctx.text, match.start(), WINDOW, vocabulary)
    directions = direction_words(ctx.lang)
    if not match.group("ago") and not any(token in directions for _, token in walked):
        return None  # "for two years": neither "ago" nor "in", "past", "next"
    found = next(matches_from(regexes["amount"], ctx.text, walked, match.start()), None)
    if found is None:
        return None
    words = found.group("num")
    articles = ctx.lang.numbers.articles
    count = 1.0 if words.lower() in articles else parse_number(words, ctx.lang)
    if count is None or count != int(count) or count > 1000:
        return None
    unit, steps = lang.counted_units[match.group("unit").lower()], int(count)
    if match.group("ago"):
        start, end, direction = found.start("num"), match.end(), "ago"
    elif lang.ago_before and found.group("ago_before"):
        start, end, direction = found.start(), match.end(), "ago"
    elif found.group("back") or found.group("ahead"):
        if regexes["part_of"].match(ctx.text, match.end()):
            return None  # "the last four months of 2021" is part of 2021
        start, end, direction = found.start(), match.end(), "span"
    elif found.group("in") and regexes["future"].search(
        ctx.text, max(0, found.start() - WINDOW), found.start()
    ):
        start, end, direction = found.start(), match.end(), "in"
    else:
        return None
    if ctx.published is None:
        phrase = " ".join(ctx.text[start:end].lower().split())
        return make_claim(
            ctx.text,
            start,
            end,
            None,
            precision=unit if direction != "span" else "day",
            extra=(("relative", phrase),),
        )
    if direction == "span":
        return span(ctx, start, end, unit, steps if found.group("ahead") else -steps)
    period = counted(unit, steps if direction == "in" else -steps, ctx.published)
    return make_claim(ctx.text, start, end, period)


@functools.cache
def counted_vocabulary(bundle: Language) -> frozenset[str]:
    """Words a counted phrase may hold before its unit ("in", "the", "past", "two")."""
    lang = bundle.dates
    glue = (lang.pattern_words["in"], lang.pattern_words["the"])
    before = {word for phrase in lang.ago_before for word in phrase.split()}
    return number_words(bundle) | {*glue, *lang.span_modifiers, *before}


@functools.cache
def direction_words(bundle: Language) -> frozenset[str]:
    """Words a counted phrase without "ago" after it needs: "in", "past",
    "next"... or the last word of a phrase of the past before it ("hace")."""
    lang = bundle.dates
    before = {phrase.split()[-1] for phrase in lang.ago_before}
    return frozenset({lang.pattern_words["in"], *lang.span_modifiers, *before})


def counted(unit: str, steps: int, published: date) -> Period:
    """The ``unit`` period ``steps`` units away from the one holding ``published``."""
    if unit == "day":
        return day(published + timedelta(days=steps))
    if unit == "week":
        return day(published + timedelta(days=7 * steps))
    return unit_period(unit, published).shift(steps)


def add_units(when: date, unit: str, steps: int) -> date:
    """``when`` moved by whole units, the day clamped to the month's length."""
    if unit == "day":
        return when + timedelta(days=steps)
    if unit == "week":
        return when + timedelta(days=7 * steps)
    months = steps * {"month": 1, "quarter": 3, "year": 12, "decade": 120}[unit]
    index = when.year * 12 + when.month - 1 + months
    year_number, month_number = divmod(index, 12)
    last = calendar.monthrange(year_number, month_number + 1)[1]
    return date(year_number, month_number + 1, min(when.day, last))


def span(ctx: Context, start: int, end: int, unit: str, steps: int) -> Claim:
    """ "the past two years": the days from two years back up to publication."""
    published = ctx.published or date.min
    if steps < 0:
        first, last = add_units(published, unit, steps), published
    else:
        first = published + timedelta(days=1)
        last = add_units(first, unit, steps)
    normalized = f"{first.isoformat()}/{(last - timedelta(days=1)).isoformat()}"
    period = Period(first, last, "day", normalized)
    return make_claim(ctx.text, start, end, period)


def with_offset(ctx: Context, claim: Claim) -> Claim:
    """ "two weeks before Christmas", "3 days after January 12": the day counted from it."""
    if claim.precision != "day":
        return claim
    bounds = dict(claim.extra)
    if "period_start" not in bounds or "range" in bounds:
        return claim
    lang = ctx.lang.dates
    if not may_follow(ctx.text, claim.start, frozenset(lang.offset_words)):
        return claim  # no "before", "after" or "from" just before the day
    extra_words = {*lang.offset_words, *lang.counted_units}
    vocab = counted_vocabulary(ctx.lang) | extra_words
    regex = patterns(ctx.lang)["offset"]
    found = match_before(regex, ctx.text, claim.start, WINDOW, vocab)
    if found is None:
        return claim
    count = (
        1.0 if found.group("article") else parse_number(found.group("num"), ctx.lang)
    )
    if count is None or count != int(count):
        return claim
    sign = lang.offset_words[found.group("way").lower()]
    anchor = date.fromisoformat(bounds["period_start"])
    unit = lang.counted_units[found.group("unit").lower()]
    when = add_units(anchor, unit, sign * int(count))
    return make_claim(ctx.text, found.start(), claim.end, day(when))
