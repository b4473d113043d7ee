"""Weekday check: the day of the week named with a date must be that date's weekday."""

from __future__ import annotations

import re
from datetime import date

from ..types import Claim, Kind
from .result import CheckResult, Status

CHECK = "weekday"
# Spelled out rather than taken from ``calendar``, whose names follow the locale.
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAYS = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)
_MONTH = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b",
    re.I,
)
_FULL_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_NAME = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
_BEFORE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r"),?\s+(?:the\s+)?$", re.IGNORECASE)


def check_weekdays(claims: list[Claim], text: str | None = None) -> list[CheckResult]:
    """One result per date claim that names its weekday.

    >>> from annotations.detection.types import Claim, Kind
    >>> when = Claim(Kind.DATE, 0, 23, "Friday, April 9, 2015",
    ...              normalized="2015-04-09", precision="day",
    ...              extra=(("weekday", "Friday"),))
    >>> check_weekdays([when])[0].status
    <Status.INCONSISTENT: 'inconsistent'>
    """
    results = []
    for claim in claims:
        if claim.kind is not Kind.DATE:
            continue
        named = stated_weekday(claim, text)
        if named is not None and _names_a_date(claim, named):
            results.append(check_weekday(claim, named))
    return results


def stated_weekday(claim: Claim, text: str | None) -> str | None:
    """The weekday the article gives with the date: from the detector, else the text.

    The text counts only right before the date ("Friday, April 9") or inside
    the claim's own span.
    """
    extra = dict(claim.extra).get("weekday")
    if isinstance(extra, str) and extra:
        return extra.capitalize()
    found = _NAME.search(claim.text)
    if found is None and text is not None:
        found = _BEFORE.search(text, max(0, claim.start - 16), claim.start)
    return found.group(1).capitalize() if found else None


def _names_a_date(claim: Claim, named: str) -> bool:
    # A lone "Tuesday" is resolved from the weekday itself: nothing to check.
    rest = re.sub(re.escape(named), "", claim.text, flags=re.IGNORECASE)
    return bool(re.search(r"\d", rest) or _MONTH.search(rest))


def check_weekday(claim: Claim, named: str) -> CheckResult:
    """Compare ``named`` with the weekday of the claim's normalized date.

    When the text gives no year (the detector took it from the publication
    date), a mismatch still counts as inconsistent, and the explanation says
    the year was inferred and names the nearest years that would fit.
    """
    spans = ((claim.start, claim.end),)
    day = _full_date(claim.normalized)
    if day is None:
        return CheckResult(
            check=CHECK,
            claims=spans,
            status=Status.CANNOT_CHECK,
            expected=None,
            stated=named,
            deviation_percent=None,
            explanation=(
                f"The weekday {named} cannot be checked: the date "
                f"{claim.text.strip()!r} does not resolve to a full calendar date."
            ),
            evidence="proleptic Gregorian calendar (Python datetime)",
        )
    actual = WEEKDAYS[day.weekday()]
    return CheckResult(
        check=CHECK,
        claims=spans,
        status=Status.CONSISTENT if actual == named else Status.INCONSISTENT,
        expected=actual,
        stated=named,
        deviation_percent=None,
        explanation=_explain(day, actual, named, _year_inferred(claim)),
        evidence=f"calendar: {day.isoformat()} is a {actual}",
    )


def _explain(day: date, actual: str, named: str, inferred: bool) -> str:
    when = day.isoformat()
    if inferred:
        when += " (the text gives no year; it was taken from the publication date)"
    if actual == named:
        return f"{when} was indeed a {actual}."
    text = f"{when} was a {actual}, not a {named} as the text says"
    if inferred:
        years = _years_matching(day, named)
        if years:
            listed = " and ".join(str(year) for year in years)
            month = MONTHS[day.month - 1]
            text += f"; {month} {day.day} fell on a {named} in {listed}"
    return text + "."


def _year_inferred(claim: Claim) -> bool:
    timex = dict(claim.extra).get("timex")
    return isinstance(timex, str) and timex.startswith("XXXX")


def _years_matching(day: date, named: str) -> list[int]:
    """The nearest year before and after ``day``'s in which its date is a ``named``."""
    wanted = WEEKDAYS.index(named) if named in WEEKDAYS else -1
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
