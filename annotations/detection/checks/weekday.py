"""Weekday check: the day of the week named with a date must be that date's weekday."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date

from ..context import Context
from ..lang import Language
from ..types import Claim, Kind
from .result import CheckResult, Status
from .wording import Wording, wording

CHECK = "weekday"
_FULL_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


@dataclass(frozen=True, slots=True)
class _Calendar:
    """A language's month and weekday names, as the check reads and writes them."""

    #: Capitalised full names: January first, Monday first.
    months: tuple[str, ...]
    weekdays: tuple[str, ...]
    #: A month name, full or abbreviated.
    month: re.Pattern[str]
    #: A weekday name, and one right before a date ("Friday, the").
    name: re.Pattern[str]
    before: re.Pattern[str]
    wording: Wording


@functools.cache
def calendar(lang: Language) -> _Calendar:
    words = lang.dates
    by_number = {number: name for name, number in words.months.items()}
    months = tuple(by_number[number].capitalize() for number in range(1, 13))
    by_day = {number: name for name, number in words.weekdays.items()}
    weekdays = tuple(by_day[number].capitalize() for number in range(7))
    every_month = {*words.months, *words.month_abbreviations, *words.month_aliases}
    month = "|".join(
        re.escape(m) for m in sorted(every_month, key=lambda m: (-len(m), m))
    )
    names = "|".join(re.escape(day) for day in weekdays)
    the = re.escape(words.pattern_words["the"])
    return _Calendar(
        months,
        weekdays,
        re.compile(rf"\b(?:{month})\b", re.I),
        re.compile(rf"\b({names})\b", re.IGNORECASE),
        re.compile(rf"\b({names}),?\s+(?:{the}\s+)?$", re.IGNORECASE),
        wording(lang),
    )


def check_weekdays(claims: list[Claim], ctx: Context) -> list[CheckResult]:
    """One result per date claim that names its weekday.

    >>> from annotations.detection.types import Claim, Kind
    >>> when = Claim(Kind.DATE, 0, 23, "Friday, April 9, 2015",
    ...              normalized="2015-04-09", precision="day",
    ...              extra=(("weekday", "Friday"),))
    >>> ctx = Context.create("", published=None, language="en")
    >>> check_weekdays([when], ctx)[0].status
    <Status.INCONSISTENT: 'inconsistent'>
    """
    names = calendar(ctx.lang)
    text = ctx.text or None
    results = []
    for claim in claims:
        if claim.kind is not Kind.DATE:
            continue
        named = stated_weekday(claim, text, names)
        if named is not None and _names_a_date(claim, named, names):
            results.append(check_weekday(claim, named, names))
    return results


def stated_weekday(claim: Claim, text: str | None, names: _Calendar) -> str | None:
    """The weekday the article gives with the date: from the detector, else the text.

    The text counts only right before the date ("Friday, April 9") or inside
    the claim's own span.
    """
    extra = dict(claim.extra).get("weekday")
    if isinstance(extra, str) and extra:
        return extra.capitalize()
    found = names.name.search(claim.text)
    if found is None and text is not None:
        found = names.before.search(text, max(0, claim.start - 16), claim.start)
    return found.group(1).capitalize() if found else None


def _names_a_date(claim: Claim, named: str, names: _Calendar) -> bool:
    # A lone "Tuesday" is resolved from the weekday itself: nothing to check.
    rest = re.sub(re.escape(named), "", claim.text, flags=re.IGNORECASE)
    return bool(re.search(r"\d", rest) or names.month.search(rest))


def check_weekday(claim: Claim, named: str, names: _Calendar) -> CheckResult:
    """Compare ``named`` with the weekday of the claim's normalized date.

    When the text gives no year (the detector took it from the publication
    date), a mismatch still counts as inconsistent, and the explanation says
    the year was inferred and names the nearest years that would fit.
    """
    spans = ((claim.start, claim.end),)
    w = names.wording
    day = _full_date(claim.normalized)
    if day is None:
        return CheckResult(
            check=CHECK,
            claims=spans,
            status=Status.CANNOT_CHECK,
            expected=None,
            stated=named,
            deviation_percent=None,
            explanation=w.say(
                "weekday_cannot", weekday=named, date=repr(claim.text.strip())
            ),
            evidence=w.say("calendar_source"),
        )
    actual = names.weekdays[day.weekday()]
    return CheckResult(
        check=CHECK,
        claims=spans,
        status=Status.CONSISTENT if actual == named else Status.INCONSISTENT,
        expected=actual,
        stated=named,
        deviation_percent=None,
        explanation=_explain(day, actual, named, _year_inferred(claim), names),
        evidence=w.say("weekday_evidence", date=day.isoformat(), weekday=actual),
    )


def _explain(
    day: date, actual: str, named: str, inferred: bool, names: _Calendar
) -> str:
    w = names.wording
    when = day.isoformat()
    if inferred:
        when = w.say("year_inferred", date=when)
    if actual == named:
        return w.say("weekday_consistent", when=when, actual=actual)
    text = w.say("weekday_inconsistent", when=when, actual=actual, named=named)
    if inferred:
        years = _years_matching(day, named, names)
        if years:
            listed = w.say("years_joiner").join(str(year) for year in years)
            month_day = w.say(
                "month_day", month=names.months[day.month - 1], day=day.day
            )
            text += w.say(
                "weekday_other_years", month_day=month_day, named=named, years=listed
            )
    return w.say("sentence", text=text)


def _year_inferred(claim: Claim) -> bool:
    timex = dict(claim.extra).get("timex")
    return isinstance(timex, str) and timex.startswith("XXXX")


def _years_matching(day: date, named: str, names: _Calendar) -> list[int]:
    """The nearest year before and after ``day``'s in which its date is a ``named``."""
    weekdays = names.weekdays
    wanted = weekdays.index(named) if named in weekdays else -1
    found = []
    for step in (-1, 1):
        for offset in range(1, 12):
            try:
                other = day.replace(year=day.year + step * offset)
            except ValueError:  # February 29
                continue
            if other.weekday() == wanted:
                found.append(other.year)
                break
    return sorted(found)


def _full_date(normalized: str | None) -> date | None:
    match = _FULL_DATE.match(normalized or "")
    if match is None:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
