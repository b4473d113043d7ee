"""Weekday check: a weekday named with a date must be that date's weekday."""

from __future__ import annotations

from annotations.detection.checks import Status, run_checks, weekday
from annotations.detection.checks.result import CheckResult
from annotations.detection.types import Claim, Kind
from tests.detection.support import EN, context


def check_weekdays(claims: list[Claim], text: str | None = None) -> list[CheckResult]:
    return weekday.check_weekdays(claims, context(text or ""))


def stated_weekday(claim: Claim, text: str | None) -> str | None:
    return weekday.stated_weekday(claim, text, weekday.calendar(EN))


def date_claim(
    sentence: str, phrase: str, normalized: str, weekday: str | None
) -> Claim:
    start = sentence.index(phrase)
    extra = (("weekday", weekday),) if weekday else ()
    return Claim(
        Kind.DATE,
        start,
        start + len(phrase),
        phrase,
        normalized=normalized,
        precision="day",
        extra=extra,
    )


def test_matching_weekday_is_consistent() -> None:
    sentence = "The delegations met on Thursday, April 9, 2015, in Dushanbe."
    claim = date_claim(sentence, "Thursday, April 9, 2015", "2015-04-09", "Thursday")

    [result] = check_weekdays([claim])

    assert result.status is Status.CONSISTENT
    assert result.explanation == "2015-04-09 was indeed a Thursday."


def test_wrong_weekday_is_inconsistent() -> None:
    sentence = "The delegations met on Friday, April 9, 2015, in Dushanbe."
    claim = date_claim(sentence, "Friday, April 9, 2015", "2015-04-09", "Friday")

    [result] = check_weekdays([claim])

    assert result.status is Status.INCONSISTENT
    assert result.expected == "Thursday"
    assert result.stated == "Friday"
    assert result.explanation == (
        "2015-04-09 was a Thursday, not a Friday as the text says."
    )


def test_weekday_before_the_date_span_is_read_from_the_text() -> None:
    sentence = "The delegations met on Friday, April 9, 2015, in Dushanbe."
    claim = date_claim(sentence, "April 9, 2015", "2015-04-09", None)

    [result] = check_weekdays([claim], sentence)

    assert result.status is Status.INCONSISTENT


def test_weekday_in_an_earlier_sentence_is_ignored() -> None:
    sentence = "They left on Friday. April 9, 2015 was the day of the summit."
    claim = date_claim(sentence, "April 9, 2015", "2015-04-09", None)

    assert stated_weekday(claim, sentence) is None
    assert check_weekdays([claim], sentence) == []


def test_date_without_a_year_cannot_be_checked() -> None:
    sentence = "The delegations met on Friday, April 9, in Dushanbe."
    claim = date_claim(sentence, "Friday, April 9", "XXXX-04-09", "Friday")

    [result] = check_weekdays([claim])

    assert result.status is Status.CANNOT_CHECK
    assert "does not resolve to a full calendar date" in result.explanation


def test_dates_without_a_weekday_are_not_checked() -> None:
    sentence = "The delegations met on April 9, 2015, in Dushanbe."
    claim = date_claim(sentence, "April 9, 2015", "2015-04-09", None)

    assert run_checks([claim], None, text=sentence) == []


def test_dates_before_1900_use_the_gregorian_calendar() -> None:
    sentence = "The treaty was signed on Tuesday, July 4, 1826."
    claim = date_claim(sentence, "Tuesday, July 4, 1826", "1826-07-04", "Tuesday")

    [result] = check_weekdays([claim])

    assert result.status is Status.CONSISTENT


def test_a_lone_weekday_is_not_checked() -> None:
    # The detector resolves "Tuesday" from the weekday itself.
    sentence = "Officials met on Tuesday to discuss the border."
    claim = date_claim(sentence, "Tuesday", "2015-04-07", "Tuesday")

    assert check_weekdays([claim], sentence) == []


def test_weekday_with_a_spelled_month_is_checked() -> None:
    sentence = "The summit opened on Monday the ninth of April 2015."
    phrase = "Monday the ninth of April 2015"
    claim = date_claim(sentence, phrase, "2015-04-09", "Monday")

    [result] = check_weekdays([claim], sentence)

    assert result.status is Status.INCONSISTENT


def test_inferred_year_is_named_with_the_years_that_fit() -> None:
    sentence = "The delegations met on Friday, April 9, in Dushanbe."
    claim = date_claim(sentence, "Friday, April 9", "2015-04-09", "Friday").replace(
        extra=(("weekday", "Friday"), ("timex", "XXXX-04-09"))
    )

    [result] = check_weekdays([claim])

    assert result.status is Status.INCONSISTENT
    assert result.explanation == (
        "2015-04-09 (the text gives no year; it was taken from the publication "
        "date) was a Thursday, not a Friday as the text says; April 9 fell on a "
        "Friday in 2010 and 2021."
    )
