"""Relative dates ("last week", "on Tuesday", "two years ago") resolved against publication.

Rules, so results can be predicted (``published`` is the article's date):

- "today", "yesterday", "tomorrow": that day.
- "this/last/next week|month|quarter|year|decade": the calendar unit holding
  ``published``, one before or one after; weeks are ISO weeks ("2015-W15").
  "earlier this month", "later this year": the same unit, the word kept in
  ``extra`` as ``("part", ...)``.
- A weekday alone ("on Tuesday"): the most recent such day on or before
  ``published``, as news reports what happened. "this Tuesday" is the one in
  the week of publication, "last/previous Tuesday" the one in the week before,
  "next/following Tuesday" the one in the week after; "this past Tuesday" the
  most recent one before ``published`` and "this coming Tuesday" the first one
  after it.
- "this/last/next March": March of the publication year, the March before the
  publication month, the March after it.
- Counted phrases ("two years ago", "in three weeks", "the past two years")
  follow the rules in counted.py.

Without ``published`` the claim keeps ``normalized=None`` and carries the
phrase in ``extra`` as ``("relative", "this month")``.
"""

from __future__ import annotations

import functools
import re
from datetime import date, timedelta
from typing import Any

from ..context import Context
from ..lang import Language
from ..types import Claim
from . import counted
from .periods import Period, day, make_claim, month, unit_period
from .words import (
    SPACES,
    Handler,
    Vocabulary,
    alternation,
    final_words,
    may_follow,
    trie,
    vocabulary,
)


@functools.cache
def patterns(bundle: Language) -> dict[str, re.Pattern[str]]:
    """The compiled relative-date regexes of the bundle's language (lower case)."""
    vocab = vocabulary(bundle)
    lang = vocab.lang
    w = {role: re.escape(word) for role, word in lang.pattern_words.items()}
    the, of, in_, on, week = w["the"], w["of"], w["in"], w["on"], w["week"]
    qualifier_words = alternation(p for ps in lang.date_qualifiers.values() for p in ps)
    units = trie(lang.calendar_units)
    unit_mods = trie(lang.unit_modifiers)
    weekday_mods = trie(lang.weekday_modifiers)
    weekday = trie(vocab.full_weekdays)
    week_of = (
        rf"|(?P<wkmod>{unit_mods})\s+{week}\s*(?:{on}\s+|-\s*|,\s*)?(?P<wkday>{weekday})"
        rf"|(?P<wkday2>{weekday})\s+{of}\s+(?:{the}\s+)?(?P<wkmod2>{unit_mods})\s+{week}"
    )
    part_of = (
        rf"|(?P<part>{trie(lang.part_of_unit)})\s+{of}\s+(?:{the}\s+|{w['this']}\s+)?"
        rf"(?P<punit>{units})"
    )
    relative = (
        rf"(?:(?P<dayword>{trie(lang.day_words)}){week_of}{part_of}"
        rf"|(?P<wemod>{unit_mods})\s+(?P<weekend>{w['weekend']})"
        rf"|(?<={the}\s)(?P<weekend2>{w['weekend']})"
        rf"|(?:(?P<vague>{trie(lang.vague_parts)})\s+(?:{in_}\s+)?)?"
        rf"(?P<mod>{unit_mods}|(?<={in_}\s){the})\s+(?P<unit>{units})"
        rf"|(?:(?P<wmod>{weekday_mods})\s+)?(?P<wd>{trie(vocab.full_weekdays)})"
        rf"|(?P<mmod>{trie(lang.month_modifiers)})\s+(?P<month>{trie(vocab.full_months)}))"
        r"(?![a-z])"
    )
    return {
        "relative": re.compile(relative),
        "week_of": re.compile(
            rf"\b(?:{the}\s+)?(?P<nth>{alternation(lang.week_ordinals)})\s+{week}\s+{of}\s+$",
            re.IGNORECASE,
        ),
        "qualifier": re.compile(
            rf"\b(?P<words>{qualifier_words})\s+$",
            re.IGNORECASE,
        ),
        "part": re.compile(
            rf"\b(?:{alternation(lang.period_parts)})[\s-]*$", re.IGNORECASE
        ),
    }


def handlers(bundle: Language) -> list[tuple[set[str], Handler]]:
    """Trigger words and the handlers dates.find runs at them.

    >>> from datetime import date
    >>> from annotations.detection import dates
    >>> ctx = Context.create("Sales fell last month.", published=date(2015, 4, 10),
    ...                      language="en")
    >>> [c.normalized for c in dates.find(ctx)]
    ['2015-03']
    """
    vocab = vocabulary(bundle)
    lang = vocab.lang
    words = {
        *lang.day_words,
        *lang.vague_parts,
        *lang.unit_modifiers,
        *(w.split()[0] for w in lang.weekday_modifiers),
        *vocab.full_weekdays,
        *lang.month_modifiers,
        *lang.part_of_unit,
        lang.pattern_words["weekend"],
    }
    return [(words, read_relative_at), *counted.handlers(bundle)]


def read_relative_at(
    ctx: Context, vocab: Vocabulary, folded: str, pos: int
) -> Claim | None:
    found = patterns(ctx.lang)["relative"].match(folded, pos)
    return None if found is None else read_relative(ctx, vocab, found)


NAME_BEFORE = re.compile(r"(?<![.!?:;\"“])\s+$")
CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w.]*$")


def preceded_by_name(text: str, start: int) -> bool:
    """Whether a capitalised word ends just before ``start`` mid-sentence."""
    space = NAME_BEFORE.search(text, max(0, start - 3), start)
    if space is None:
        return False
    return (
        CAPITALISED_BEFORE.search(text, max(0, space.start() - 24), space.start())
        is not None
    )


def unresolved(
    ctx: Context, start: int, end: int, precision: str, timex: str | None = None
) -> Claim:
    phrase = " ".join(ctx.text[start:end].lower().split())
    return make_claim(
        ctx.text,
        start,
        end,
        None,
        timex=timex,
        precision=precision,
        extra=(("relative", phrase),),
    )


def read_relative(
    ctx: Context, vocab: Vocabulary, match: re.Match[str]
) -> Claim | None:
    """Dispatch a relative match to the reader of its kind."""
    found = match.groupdict()
    if found["dayword"]:
        return read_day_word(ctx, vocab, match)
    if found["weekend"] or found["weekend2"]:
        return read_weekend(ctx, vocab, match)
    if found["punit"]:
        return read_part_of_unit(ctx, vocab, match)
    if found["wkday"] or found["wkday2"]:
        return read_weekday_of_week(ctx, vocab, match)
    if found["unit"]:
        return read_unit(ctx, vocab, match)
    if found["wd"]:
        return read_weekday(ctx, vocab, match)
    return read_relative_month(ctx, vocab, match)


def read_day_word(
    ctx: Context, vocab: Vocabulary, match: re.Match[str]
) -> Claim | None:
    """ "today", "yesterday", "tomorrow"."""
    start, end = match.start(), match.end()
    if ctx.text[start].isupper() and preceded_by_name(ctx.text, start):
        return None  # "Russia Today", "USA Today"
    offset = vocab.lang.day_words[match.group("dayword").lower()]
    if ctx.published is None:
        return unresolved(ctx, start, end, "day")
    return make_claim(ctx.text, start, end, day(ctx.published + timedelta(days=offset)))


def read_part_of_unit(ctx: Context, vocab: Vocabulary, match: re.Match[str]) -> Claim:
    """ "the end of the year", "the start of this month"."""
    start, end = match.start(), match.end()
    unit = vocab.lang.calendar_units[match.group("punit")]
    if ctx.published is None:
        return unresolved(ctx, start, end, unit)
    extra = (("part", vocab.lang.part_of_unit[match.group("part")]),)
    return make_claim(
        ctx.text, start, end, unit_period(unit, ctx.published), extra=extra
    )


def read_unit(ctx: Context, vocab: Vocabulary, match: re.Match[str]) -> Claim | None:
    """ "last week", "next year", "earlier this month"."""
    start, end = match.start(), match.end()
    lang = vocab.lang
    unit = lang.calendar_units[match.group("unit").lower()]
    vague = match.group("vague")
    if match.group("mod") == lang.pattern_words["the"] and not vague:
        return None  # "in the year" alone is not a date
    if ctx.published is None:
        return unresolved(ctx, start, end, unit)
    step = lang.unit_modifiers.get(match.group("mod").lower(), 0)
    period = unit_period(unit, ctx.published).shift(step)
    parts: tuple[tuple[str, Any], ...] = (("part", vague),) if vague else ()
    return make_claim(ctx.text, start, end, period, extra=parts)


def read_relative_month(
    ctx: Context, vocab: Vocabulary, match: re.Match[str]
) -> Claim | None:
    """ "this September", "last March", "next May"."""
    start, end = match.start(), match.end()
    word = match.group("month")
    if ctx.text[match.start("month")].islower() and word in vocab.lang.ambiguous_months:
        return None  # "this may take"
    number = vocab.month_number(word)
    if ctx.published is None:
        return unresolved(ctx, start, end, "month")
    step = vocab.lang.month_modifiers[match.group("mmod").lower()]
    period = relative_month(step, number, ctx.published)
    return make_claim(ctx.text, start, end, period, timex=period.normalized)


def read_weekend(ctx: Context, vocab: Vocabulary, match: re.Match[str]) -> Claim | None:
    """ "this weekend", "last weekend"; "over the weekend" is the latest one begun."""
    start, end = match.start(), match.end()
    if match.group("weekend2"):
        start -= len(vocab.lang.pattern_words["the"]) + 1
        if not preceded_by(ctx.text, start, vocab.lang.weekend_prefixes):
            return None  # "the weekend papers"
    if ctx.published is None:
        return unresolved(ctx, start, end, "weekend")
    modifier = match.group("wemod")
    week_of = unit_period("week", ctx.published)
    if modifier:
        step = vocab.lang.unit_modifiers[" ".join(modifier.split())]
    else:
        step = 0 if ctx.published.weekday() >= 5 else -1
    monday = week_of.shift(step).first
    saturday = monday + timedelta(days=5)
    name = f"{week_of.shift(step).normalized}-WE"
    period = Period(saturday, saturday + timedelta(days=2), "weekend", name)
    return make_claim(ctx.text, start, end, period)


WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")


def preceded_by(text: str, start: int, words: tuple[str, ...]) -> bool:
    found = WORD_BEFORE.search(text, max(0, start - 16), start)
    return found is not None and found.group(1).lower() in words


def read_weekday_of_week(
    ctx: Context, vocab: Vocabulary, match: re.Match[str]
) -> Claim:
    """ "Tuesday of next week", "next week on Tuesday": that day of that week."""
    start, end = match.start(), match.end()
    word = match.group("wkday") or match.group("wkday2")
    modifier = match.group("wkmod") or match.group("wkmod2")
    if ctx.published is None:
        return unresolved(ctx, start, end, "day")
    step = vocab.lang.unit_modifiers[" ".join(modifier.split())]
    monday = unit_period("week", ctx.published).shift(step).first
    when = monday + timedelta(days=vocab.weekday_number(word))
    extra = (("weekday", word.capitalize()),)
    return make_claim(ctx.text, start, end, day(when), extra=extra)


def relative_month(step: int, number: int, published: date) -> Period:
    """Month ``number`` of the publication year (step 0), the one before the
    publication month (-1) or the one after it (1)."""
    if step == 0:
        return month(published.year, number)
    if step < 0:
        return month(published.year - (number >= published.month), number)
    return month(published.year + (number <= published.month), number)


def read_weekday(ctx: Context, vocab: Vocabulary, match: re.Match[str]) -> Claim:
    start, end = match.start(), match.end()
    number = vocab.weekday_number(match.group("wd"))
    name = match.group("wd").capitalize()
    rule = vocab.lang.weekday_modifiers.get(
        " ".join((match.group("wmod") or "").lower().split())
    )
    timex = f"XXXX-WXX-{number + 1}"
    if ctx.published is None:
        return unresolved(ctx, start, end, "day", timex if rule is None else None)
    when = weekday_date(ctx.published, number, rule)
    return make_claim(
        ctx.text,
        start,
        end,
        day(when),
        timex=timex if rule is None else None,
        extra=(("weekday", name),),
    )


def weekday_date(published: date, number: int, rule: str | None) -> date:
    """The date of weekday ``number`` (Monday 0) under a modifier rule (above)."""
    monday = published - timedelta(days=published.weekday())
    if rule == "this_week":
        return monday + timedelta(days=number)
    if rule == "previous_week":
        return monday + timedelta(days=number - 7)
    if rule == "next_week":
        return monday + timedelta(days=number + 7)
    if rule == "after":
        return published + timedelta(days=(number - published.weekday() - 1) % 7 + 1)
    back = (published.weekday() - number) % 7
    if rule == "before" and back == 0:
        back = 7
    return published - timedelta(days=back)


def with_part(ctx: Context, claim: Claim) -> Claim:
    """Widen a month, year or decade claim over "early", "mid-", "the end of"."""
    if claim.precision not in ("month", "year", "decade", "quarter"):
        return claim
    finals = part_finals(ctx.lang)
    if not may_follow(ctx.text, claim.start, finals, SPACES + "-", bare=True):
        return claim
    found = patterns(ctx.lang)["part"].search(
        ctx.text, max(0, claim.start - 20), claim.start
    )
    if found is None or found.end() != claim.start:
        return claim
    part = ctx.lang.dates.period_parts[
        " ".join(found.group().lower().rstrip("- ").split())
    ]
    return claim.replace(
        start=found.start(),
        text=ctx.text[found.start() : claim.end],
        extra=(("part", part), *claim.extra),
    )


@functools.cache
def part_finals(bundle: Language) -> frozenset[str]:
    """The last words of the period parts ("early", "mid", "of")."""
    return final_words(bundle.dates.period_parts)


def with_week(ctx: Context, claim: Claim) -> Claim:
    """ "the first week of March", "the last week of 2016": the ISO week.

    A week belongs to the month or year holding its Thursday, as ISO 8601
    assigns weeks to years.
    """
    if claim.precision not in ("month", "year"):
        return claim
    of = ctx.lang.dates.pattern_words["of"]
    if not may_follow(ctx.text, claim.start, frozenset({of})):
        return claim
    window = max(0, claim.start - 30)
    found = patterns(ctx.lang)["week_of"].search(ctx.text, window, claim.start)
    if found is None:
        return claim
    nth = ctx.lang.dates.week_ordinals[found.group("nth").lower()]
    bounds = dict(claim.extra)
    text = ctx.text[found.start() : claim.end]
    if "period_start" not in bounds:
        return claim.replace(start=found.start(), text=text, normalized=None)
    first = date.fromisoformat(bounds["period_start"])
    last = date.fromisoformat(bounds["period_end"])
    thursdays = [
        first + timedelta(days=offset)
        for offset in range((last - first).days)
        if (first + timedelta(days=offset)).weekday() == 3
    ]
    if not -len(thursdays) <= (nth - 1 if nth > 0 else nth) < len(thursdays):
        return claim
    thursday = thursdays[nth - 1 if nth > 0 else nth]
    return make_claim(ctx.text, found.start(), claim.end, unit_period("week", thursday))


@functools.cache
def qualifier_finals(bundle: Language) -> frozenset[str]:
    """The last words of the qualifier phrases ("by", "since", "than", "to")."""
    qualifiers = bundle.dates.date_qualifiers.values()
    return final_words(phrase for phrases in qualifiers for phrase in phrases)


def with_qualifier(ctx: Context, claim: Claim) -> Claim:
    """Widen a date over "by", "since", "before"... and set its qualifier."""
    # Most dates follow no qualifier; the word before them says so cheaply.
    if not may_follow(ctx.text, claim.start, qualifier_finals(ctx.lang)):
        return claim
    window = max(0, claim.start - 24)
    found = patterns(ctx.lang)["qualifier"].search(ctx.text, window, claim.start)
    if found is None or "range" in dict(claim.extra):
        return claim  # a range's own words ("from", "between") already frame it
    # The pattern ignores case the Unicode way ("ſince" matches "since"), so
    # look the words up case-folded, and leave the date alone if they are
    # still no listed phrase.
    words = " ".join(found.group("words").casefold().split())
    qualifier = next(
        (q for q, ps in ctx.lang.dates.date_qualifiers.items() if words in ps),
        None,
    )
    if qualifier is None:
        return claim
    text = ctx.text[found.start() : claim.end]
    return claim.replace(start=found.start(), text=text, qualifier=qualifier)
