"""Checks on what detect() finds in sentences written for these tests."""

from __future__ import annotations

from datetime import date

from annotations.detection import detect
from annotations.detection.checks import CheckResult, Status, run_checks

PUBLISHED = date(2015, 4, 10)


def checks(text: str, published: date | None = PUBLISHED) -> list[CheckResult]:
    claims = detect(text, published=published, statements=False)
    return run_checks(claims, published, text=text)


def test_wrong_weekday_in_an_article_is_flagged() -> None:
    [result] = checks("The delegations met in Dushanbe on Friday, April 9, 2015.")

    assert result.check == "weekday"
    assert result.status is Status.INCONSISTENT


def test_right_weekday_in_an_article_passes() -> None:
    [result] = checks("The delegations met in Dushanbe on Thursday, April 9, 2015.")

    assert result.status is Status.CONSISTENT


def test_lone_weekday_in_an_article_is_not_checked() -> None:
    assert checks("The delegations met in Dushanbe on Tuesday.") == []


def test_budget_parts_in_an_article_are_summed() -> None:
    text = (
        "Of the $5 billion budget, $3.2 billion goes to the army and "
        "$2.9 billion to the police."
    )

    [result] = checks(text)

    assert result.check == "sum"
    assert result.status is Status.INCONSISTENT
    assert result.explanation == (
        "The parts ($3.2 billion + $2.9 billion) add up to 6.1 billion USD, "
        "1.1 billion USD more than the stated total of $5 billion."
    )
