"""Calendar periods for date claims: ISO 8601 text, precision and interval bounds."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ..types import Claim, Kind

#: Year-less months and days resolve to the occurrence nearest the publication
#: date, looking ahead up to this many months and back up to the other seven:
#: news mostly reports the recent past ("In March" in April is this March) but
#: also announces the near future ("elections in June").
MONTHS_AHEAD = 4


@dataclass(frozen=True, slots=True)
class Period:
    """A calendar period: ``first`` up to ``last`` exclusive, named in ISO 8601."""

    first: date
    last: date
    precision: str
    normalized: str

    def shift(self, steps: int) -> Period:
        """The period ``steps`` units later (earlier when negative)."""
        return SHIFTERS[self.precision](self, steps)


#: Periods are immutable and a text names the same few again and again, so
#: each is built (and its bounds written out) once.
cached = functools.lru_cache(maxsize=4096)


@cached
def day(when: date) -> Period:
    return Period(when, when + timedelta(days=1), "day", when.isoformat())


@cached
def week(when: date) -> Period:
    """The ISO week (Monday to Sunday) holding ``when``: "2015-W15"."""
    monday = when - timedelta(days=when.weekday())
    year, number, _ = monday.isocalendar()
    return Period(monday, monday + timedelta(days=7), "week", f"{year}-W{number:02d}")


@cached
def month(year: int, number: int) -> Period:
    following = date(year + number // 12, number % 12 + 1, 1)
    return Period(date(year, number, 1), following, "month", f"{year:04d}-{number:02d}")


@cached
def quarter(year: int, number: int) -> Period:
    first = date(year, 3 * number - 2, 1)
    last = date(year + 1, 1, 1) if number == 4 else date(year, 3 * number + 1, 1)
    return Period(first, last, "quarter", f"{year:04d}-Q{number}")


@cached
def year(number: int) -> Period:
    return Period(date(number, 1, 1), date(number + 1, 1, 1), "year", f"{number:04d}")


@cached
def decade(first_year: int) -> Period:
    """The decade starting ``first_year``; ISO 8601 names it by three digits: "199"."""
    start = first_year - first_year % 10
    return Period(date(start, 1, 1), date(start + 10, 1, 1), "decade", f"{start // 10}")


@cached
def century(first_year: int) -> Period:
    """The century starting ``first_year`` (1800 for "the 19th century"): "18"."""
    start = first_year - first_year % 100
    return Period(
        date(start, 1, 1), date(start + 100, 1, 1), "century", f"{start // 100}"
    )


def _shift_months(period: Period, steps: int, size: int) -> tuple[int, int]:
    index = period.first.year * 12 + period.first.month - 1 + steps * size
    return index // 12, index % 12 + 1


SHIFTERS: dict[str, Callable[[Period, int], Period]] = {
    "day": lambda p, n: day(p.first + timedelta(days=n)),
    "week": lambda p, n: week(p.first + timedelta(days=7 * n)),
    "month": lambda p, n: month(*_shift_months(p, n, 1)),
    "quarter": lambda p, n: quarter(
        _shift_months(p, n, 3)[0], (_shift_months(p, n, 3)[1] + 2) // 3
    ),
    "year": lambda p, n: year(p.first.year + n),
    "decade": lambda p, n: decade(p.first.year + 10 * n),
    "century": lambda p, n: century(p.first.year + 100 * n),
}


def unit_period(unit: str, when: date) -> Period:
    """The period of calendar ``unit`` ("week", "month"...) that holds ``when``."""
    if unit == "day":
        return day(when)
    if unit == "week":
        return week(when)
    if unit == "month":
        return month(when.year, when.month)
    if unit == "quarter":
        return quarter(when.year, (when.month + 2) // 3)
    if unit == "decade":
        return decade(when.year)
    return year(when.year)


def nearest_year(month_number: int, published: date) -> int:
    """The year of the occurrence of a month nearest to ``published`` (see above).

    >>> nearest_year(3, date(2015, 4, 10)), nearest_year(8, date(2015, 4, 10))
    (2015, 2015)
    """
    ahead = (month_number - published.month) % 12
    if ahead == 0 or ahead > MONTHS_AHEAD:
        return published.year if month_number <= published.month else published.year - 1
    return published.year if month_number > published.month else published.year + 1


def safe_date(year_number: int, month_number: int, day_number: int) -> date | None:
    try:
        return date(year_number, month_number, day_number)
    except ValueError:
        return None


@cached
def period_extra(period: Period) -> tuple[tuple[str, Any], ...]:
    """Interval bounds for the checks: ISO dates, ``period_end`` exclusive.

    Named ``period_*`` because ``Claim.to_dict`` flattens ``extra`` beside the
    claim's own ``start`` and ``end`` offsets.
    """
    return (
        ("period_start", period.first.isoformat()),
        ("period_end", period.last.isoformat()),
    )


def make_claim(
    text: str,
    start: int,
    end: int,
    period: Period | None,
    *,
    timex: str | None = None,
    precision: str | None = None,
    extra: tuple[tuple[str, Any], ...] = (),
) -> Claim:
    """A date claim for ``text[start:end]``, resolved when ``period`` is known.

    ``timex`` is the date as written, in TIMEX style ("XXXX-04-09" for "April
    9"); unresolved claims carry it as ``normalized``.
    """
    bounds = period_extra(period) if period else ()
    written = timex or (period.normalized if period else None)
    return Claim(
        Kind.DATE,
        start,
        end,
        text[start:end],
        normalized=period.normalized if period else timex,
        precision=period.precision if period else precision,
        extra=(*extra, *(() if written is None else (("timex", written),)), *bounds),
    )
