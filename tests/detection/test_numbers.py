"""The shared number reader: number_pattern spans and parse_number values."""

from __future__ import annotations

import re

import pytest

from annotations.detection.figures import find_numbers
from annotations.detection.numbers import number_pattern, parse_number
from tests.detection.support import EN, context

NUMBER = re.compile(number_pattern(EN))


def spans(text: str) -> list[str]:
    return [m.group() for m in NUMBER.finditer(text)]


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("1,200.5", 1200.5),
        ("0.75", 0.75),
        ("1.2 billion", 1.2e9),
        ("70bn", 7e10),
        ("3 mln", 3e6),
        ("seven", 7),
        ("twenty-five", 25),
        ("Ninety one", 91),
        ("one hundred and twenty", 120),
        ("two million, three hundred thousand and six", 2_300_006),
        ("a million", 1e6),
        ("a dozen", 12),
        ("three dozen", 36),
        ("half a million", 5e5),
        ("one and a half million", 1.5e6),
        ("two thirds", 2 / 3),
        ("a quarter million", 250_000),
        ("minus five", -5),
        ("-12", -12),
        ("2 1/2", 2.5),
        ("35 lakh", 3.5e6),
    ],
)
def test_it_reads_the_value_of_a_number(written: str, value: float) -> None:
    assert spans(written) == [written]
    assert parse_number(written, EN) == pytest.approx(value)


def test_it_finds_numbers_inside_a_news_sentence() -> None:
    text = "The ministry said 1,450 homes and twenty-two schools were flooded."
    assert spans(text) == ["1,450", "twenty-two"]


def test_it_leaves_ordinals_and_bare_fraction_words_alone() -> None:
    assert spans("It was the third time this season.") == []
    assert spans("She won a third term in office.") == []


def test_it_reads_a_fraction_before_of() -> None:
    assert spans("A third of voters stayed home.") == ["A third"]
    assert parse_number("A third", EN) == pytest.approx(1 / 3)


def test_it_rejects_word_runs_that_are_no_number() -> None:
    assert parse_number("nineteen ninety", EN) is None
    assert parse_number("people", EN) is None


def test_find_numbers_skips_digits_glued_to_letters() -> None:
    ctx = context("The 4th round cost 300ml of fuel and 12 hours.")
    assert [c.value for c in find_numbers(ctx)] == [12]


def test_huge_exponents_are_not_numbers() -> None:
    assert parse_number("1e309", EN) is None
    assert parse_number("1.3e6", EN) == pytest.approx(1.3e6)
