"""Ratio check: "doubled", "halved", "a third of" against the figures they relate."""

from __future__ import annotations

from annotations.detection.checks import Status, ratios
from annotations.detection.checks.result import CheckResult
from annotations.detection.types import Claim, Kind
from tests.detection.support import context


def check_ratios(claims: list[Claim], text: str | None) -> list[CheckResult]:
    return ratios.check_ratios(claims, context(text or ""))


def figure(
    text: str,
    phrase: str,
    value: float,
    kind: Kind = Kind.COUNT,
    unit: str | None = None,
) -> Claim:
    start = text.index(phrase)
    return Claim(kind, start, start + len(phrase), phrase, value=value, unit=unit)


def pair(text: str, old: str, new: str) -> list[Claim]:
    return [
        figure(text, old, float(old.split()[0])),
        figure(text, new, float(new.split()[0])),
    ]


def test_doubling_that_fits_is_consistent() -> None:
    text = "Border incidents doubled from 40 to 81 last year."

    [result] = check_ratios(pair(text, "40", "81"), text)

    assert result.check == "ratio"
    assert result.status is Status.CONSISTENT
    assert result.expected == 2.025


def test_doubling_a_little_off_is_approximately() -> None:
    # 88 / 40 = 2.2: above the 2.1 that "doubled" allows, within 10 % more.
    text = "Border incidents doubled from 40 to 88 last year."

    [result] = check_ratios(pair(text, "40", "88"), text)

    assert result.status is Status.APPROXIMATELY


def test_doubling_far_off_is_inconsistent() -> None:
    text = "Border incidents doubled from 40 to 120 last year."

    [result] = check_ratios(pair(text, "40", "120"), text)

    assert result.status is Status.INCONSISTENT
    assert (
        result.explanation
        == "120 is 3.00 times 40, which does not fit doubled (2 times)."
    )


def test_to_before_from_still_reads_the_direction() -> None:
    text = "The budget tripled to $9 billion from $3 billion."
    claims = [
        figure(text, "$9 billion", 9e9, Kind.MONEY, "USD"),
        figure(text, "$3 billion", 3e9, Kind.MONEY, "USD"),
    ]

    [result] = check_ratios(claims, text)

    assert result.status is Status.CONSISTENT


def test_halving_is_checked() -> None:
    text = "Grain exports halved from 600 to 410 tonnes."

    [result] = check_ratios(pair(text, "600", "410 tonnes"), text)

    assert result.status is Status.INCONSISTENT


def test_fell_by_a_third() -> None:
    text = "Tourist arrivals fell by a third from 90 to 60 in March."

    [result] = check_ratios(pair(text, "90", "60"), text)

    assert result.status is Status.CONSISTENT


def test_more_than_doubled_accepts_any_larger_ratio() -> None:
    text = "Arrests more than doubled from 40 to 130 this spring."

    [result] = check_ratios(pair(text, "40", "130"), text)

    assert result.status is Status.CONSISTENT


def test_nearly_doubled_rejects_more_than_double() -> None:
    text = "Arrests nearly doubled from 40 to 130 this spring."

    [result] = check_ratios(pair(text, "40", "130"), text)

    assert result.status is Status.INCONSISTENT


def test_a_third_of_the_whole() -> None:
    fits = "The opposition won 40 seats, a third of the 120 in parliament."
    off = "The opposition won 52 seats, a third of the 120 in parliament."

    [good] = check_ratios(pair(fits, "40 seats", "120"), fits)
    [bad] = check_ratios(pair(off, "52 seats", "120"), off)

    assert good.status is Status.CONSISTENT
    assert bad.status is Status.INCONSISTENT


def test_without_from_or_to_the_direction_is_unknown() -> None:
    text = "Arrests doubled; police logged 40 in May and 90 in June."

    assert check_ratios(pair(text, "40", "90"), text) == []


def test_figures_of_different_units_are_not_compared() -> None:
    text = "Output doubled from 40 tonnes to 80 barrels."
    claims = [
        figure(text, "40 tonnes", 40, Kind.QUANTITY, "metric_ton"),
        figure(text, "80 barrels", 80, Kind.QUANTITY, "barrel"),
    ]

    assert check_ratios(claims, text) == []


def test_change_word_of_another_clause_is_ignored() -> None:
    text = "Premiums doubled and enrollment dropped from 180 to 80 within a year."

    assert check_ratios(pair(text, "180", "80"), text) == []


def test_change_word_after_the_figures_counts() -> None:
    text = "Enrollment rose from 90 to 180, doubling in a year."

    [result] = check_ratios(pair(text, "90", "180"), text)

    assert result.status is Status.CONSISTENT


def test_fraction_must_restate_the_figure_before_it() -> None:
    # "half of 1 percent" is a smaller figure, not a relation between two.
    text = "Fewer than 5 lawmakers, less than half of 1 percent, draw the pension."
    claims = [
        figure(text, "5 lawmakers", 5),
        figure(text, "1 percent", 1, Kind.PERCENT, "percent"),
    ]

    assert check_ratios(claims, text) == []
