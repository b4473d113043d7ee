"""Named dates: holidays ("Christmas 2014", "last Thanksgiving") and seasons ("this summer").

Rules, so results can be predicted (``published`` is the article's date):

- A holiday with a year is that year's; with "this" the publication year's;
  "last"/"next" the occurrence before or after ``published``; alone, the
  occurrence nearest ``published`` like a year-less month (periods.py).
- Fiscal years ("fiscal 2014", "FY2015", "last fiscal year") are named
  TIMEX style ("FY2014") with ``precision="year"`` and no bounds: where a
  fiscal year starts differs by country and company.
- Seasons are meteorological and northern: spring is March to May, winter runs
  from December into the next year. ``normalized`` is TIMEX style ("2015-SU")
  with ``precision="season"``; "fall" needs a modifier or a year ("the fall of
  the government" is no date).
"""

from __future__ import annotations

import functools
import re
from datetime import date, timedelta

from ..context import Context
from ..lang import Language
from ..types import Claim, Kind
from .periods import Period, day, make_claim, month, nearest_year
from .words import Handler, Vocabulary, alternation, trie, vocabulary

YEAR = r"(?:1[6-9]\d\d|20\d\d|2100)(?![\d,]\d)"


@functools.cache
def patterns(bundle: Language) -> dict[str, re.Pattern[str]]:
    lang = vocabulary(bundle).lang
    modifier = trie(lang.occurrence_modifiers)
    holidays = trie(
        [*lang.fixed_holidays, *lang.weekday_holidays, *lang.easter_holidays]
    )
    of = re.escape(lang.pattern_words["of"])
    year = rf"(?:,?\s+(?:{of}\s+)?(?P<y>{YEAR}))?"
    return {
        "holiday": re.compile(
            rf"(?:(?P<mod>{modifier})\s+)?(?P<name>{holidays})(?![\w'’]){year}"
        ),
        "fiscal": re.compile(
            rf"(?:(?P<mod>{modifier})\s+)?{trie(lang.fiscal_year_words)}(?:\s+(?P<y>{YEAR}))?\b"
            rf"|{trie(lang.fiscal_year_abbreviations)}\s?['’]?(?P<fy>\d{{4}}|\d\d)\b"
        ),
        "season_context": re.compile(
            rf"\b{alternation(lang.season_prefixes)}\s+$", re.IGNORECASE
        ),
        "season": re.compile(
            rf"(?:(?P<mod>{modifier})\s+)?(?P<name>{trie(lang.seasons)})\b{year}"
        ),
    }


def handlers(bundle: Language) -> list[tuple[set[str], Handler]]:
    """Trigger words (first words of names and modifiers) and their handlers."""
    lang = vocabulary(bundle).lang
    names = [*lang.fixed_holidays, *lang.weekday_holidays, *lang.easter_holidays]
    first_words = {re.split(r"[\s'’.]", name)[0] for name in names}
    modifiers = set(lang.occurrence_modifiers)
    return [
        (first_words | modifiers, read_holiday_at),
        (set(lang.seasons) | modifiers, read_season_at),
        (
            {
                w.split()[0]
                for w in (*lang.fiscal_year_words, *lang.fiscal_year_abbreviations)
            }
            | modifiers,
            read_fiscal_at,
        ),
    ]


#: A capitalised word after a holiday's name makes it part of a proper name.
PROPER_NAME_AFTER = re.compile(r"\s+(?!(?:1[6-9]|20)\d\d)[A-Z][a-z]")


def easter(year_number: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year_number % 19, year_number // 100, year_number % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month_number, day_number = divmod(h + l_ - 7 * m + 114, 31)
    return date(year_number, month_number, day_number + 1)


def holiday_date(vocab: Vocabulary, name: str, year_number: int) -> date:
    lang = vocab.lang
    if name in lang.fixed_holidays:
        return date(year_number, *lang.fixed_holidays[name])
    if name in lang.easter_holidays:
        return easter(year_number) + timedelta(days=lang.easter_holidays[name])
    month_number, weekday, nth, after = lang.weekday_holidays[name]
    days = month(year_number, month_number)
    first, last = days.first, days.last - timedelta(days=1)
    if nth > 0:
        when = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    else:
        when = last - timedelta(days=(last.weekday() - weekday) % 7)
    return when + timedelta(days=after)


def canonical(vocab: Vocabulary, written: str) -> str | None:
    key = " ".join(written.replace("’", "'").replace("-", " ").split())
    lang = vocab.lang
    names = [*lang.fixed_holidays, *lang.weekday_holidays, *lang.easter_holidays]
    for name in names:
        if key.replace("'", "").replace(".", "") == name.replace("'", "").replace(
            ".", ""
        ):
            return str(name)
    return None


def read_holiday_at(
    ctx: Context, vocab: Vocabulary, folded: str, pos: int
) -> Claim | None:
    found = patterns(ctx.lang)["holiday"].match(folded, pos)
    if found is None:
        return None
    name = canonical(vocab, found.group("name"))
    if name is None or PROPER_NAME_AFTER.match(ctx.text, found.end("name")):
        return None  # "Easter Island", "Christmas Island"
    year_text, modifier = found.group("y"), found.group("mod")
    if year_text:
        when = holiday_date(vocab, name, int(year_text))
        return make_claim(ctx.text, found.start(), found.end(), day(when))
    probe = holiday_date(vocab, name, 2000)
    timex = (
        f"XXXX-{probe.month:02d}-{probe.day:02d}"
        if name in vocab.lang.fixed_holidays
        else None
    )
    if ctx.published is None:
        return make_claim(
            ctx.text, found.start(), found.end(), None, timex=timex, precision="day"
        )
    when = occurrence(vocab, name, ctx.published, modifier)
    return make_claim(ctx.text, found.start(), found.end(), day(when), timex=timex)


def occurrence(
    vocab: Vocabulary, name: str, published: date, modifier: str | None
) -> date:
    """The holiday's date for "this", "last", "next" or no modifier (above)."""
    dates = [holiday_date(vocab, name, published.year + step) for step in (-1, 0, 1)]
    step = vocab.lang.occurrence_modifiers.get(modifier or "", None)
    if step == 0:
        return dates[1]
    if step is not None and step < 0:
        return max(d for d in dates if d < published)
    if step is not None:
        return min(d for d in dates if d > published)
    return holiday_date(vocab, name, nearest_year(dates[1].month, published))


def read_season_at(
    ctx: Context, vocab: Vocabulary, folded: str, pos: int
) -> Claim | None:
    found = patterns(ctx.lang)["season"].match(folded, pos)
    if found is None:
        return None
    name, modifier, year_text = (
        found.group("name"),
        found.group("mod"),
        found.group("y"),
    )
    if not (modifier or year_text) and (
        name in vocab.lang.seasons_needing_context or not after_the(ctx, found.start())
    ):
        return None
    code, first_month = vocab.lang.seasons[name]
    if year_text:
        period = season(code, first_month, int(year_text))
    elif ctx.published is None:
        return make_claim(
            ctx.text,
            found.start(),
            found.end(),
            None,
            precision="season",
            extra=(("relative", found.group()),),
        )
    else:
        period = season_near(code, first_month, ctx.published, modifier, vocab)
    return make_claim(ctx.text, found.start(), found.end(), period)


def after_the(ctx: Context, start: int) -> bool:
    """ "in the summer", "during the winter": a bare season needs such words before it."""
    found = patterns(ctx.lang)["season_context"].search(
        ctx.text, max(0, start - 16), start
    )
    return found is not None


def season(code: str, first_month: int, year_number: int) -> Period:
    first = date(year_number, first_month, 1)
    end_month = first_month + 3
    last = date(year_number + (end_month > 12), (end_month - 1) % 12 + 1, 1)
    return Period(first, last, "season", f"{year_number:04d}-{code}")


def season_near(
    code: str,
    first_month: int,
    published: date,
    modifier: str | None,
    vocab: Vocabulary,
) -> Period:
    options = [
        season(code, first_month, published.year + step) for step in (-2, -1, 0, 1)
    ]
    step = vocab.lang.occurrence_modifiers.get(modifier or "", None)
    if step == 0:
        return next(p for p in options if p.first.year == published.year)
    if step is not None and step < 0:
        return max((p for p in options if p.last <= published), key=lambda p: p.first)
    if step is not None:
        return min((p for p in options if p.first > published), key=lambda p: p.first)
    holding = [p for p in options if p.first <= published < p.last]
    if holding:
        return holding[0]
    return max((p for p in options if p.last <= published), key=lambda p: p.first)


def read_fiscal_at(
    ctx: Context, vocab: Vocabulary, folded: str, pos: int
) -> Claim | None:
    found = patterns(ctx.lang)["fiscal"].match(folded, pos)
    if found is None:
        return None
    year_text = found.group("y") or found.group("fy")
    modifier = found.group("mod")
    if year_text:
        number = int(year_text) if len(year_text) == 4 else 2000 + int(year_text)
    elif modifier and ctx.published is not None:
        number = ctx.published.year + vocab.lang.occurrence_modifiers[modifier]
    else:
        return None  # "fiscal policy", or a relative fiscal year without a date
    start, end = found.start(), found.end()
    return Claim(
        Kind.DATE,
        start,
        end,
        ctx.text[start:end],
        normalized=f"FY{number}",
        precision="year",
        extra=(("timex", f"FY{number}"),),
    )
