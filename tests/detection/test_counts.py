"""Counts: a number with what it counts."""

from __future__ import annotations

import pytest

from annotations.detection import counts
from annotations.detection.types import Claim, Qualifier
from tests.detection.support import context


def find(text: str) -> list[Claim]:
    claims = counts.find(context(text))
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
    return claims


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("Six countries signed the accord.", "Six countries", 6, "countries"),
        ("Police arrested 12 people overnight.", "12 people", 12, "people"),
        (
            "The flood displaced 1.2 million people.",
            "1.2 million people",
            1.2e6,
            "people",
        ),
        ("Rebels freed 5m prisoners, they claimed.", "5m prisoners", 5e6, "prisoners"),
        ("Officials reported three new cases.", "three new cases", 3, "cases"),
        ("The school has 1,450 pupils.", "1,450 pupils", 1450, "pupils"),
        ("A dozen reporters waited outside.", "A dozen reporters", 12, "reporters"),
        ("Twenty-two children were rescued.", "Twenty-two children", 22, "children"),
    ],
)
def test_it_reads_counts(text: str, span: str, value: float, unit: str) -> None:
    (claim,) = find(text)
    assert (claim.text, claim.unit) == (span, unit)
    assert claim.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("Dozens of soldiers crossed the border.", 24),
        ("Hundreds of families fled.", 200),
        ("Thousands of fans gathered.", 2000),
        ("Tens of thousands of protesters marched.", 20_000),
    ],
)
def test_vague_plurals_are_lower_bounds(text: str, low: float) -> None:
    (claim,) = find(text)
    assert (claim.value, claim.low, claim.qualifier) == (None, low, Qualifier.AT_LEAST)


def test_a_qualifier_before_a_vague_plural_wins() -> None:
    (claim,) = find("Nearly hundreds of homes burned.")
    assert claim.qualifier is Qualifier.APPROXIMATELY


def test_it_reads_ranges_and_qualifiers() -> None:
    (ranged,) = find("Between 20 and 30 migrants drowned.")
    assert (ranged.low, ranged.high, ranged.unit) == (20, 30, "migrants")
    (qualified,) = find("At least 40 workers were hurt.")
    assert (qualified.text, qualified.qualifier) == (
        "At least 40 workers",
        Qualifier.AT_LEAST,
    )


def test_years_fractions_and_function_words_are_no_counts() -> None:
    assert find("The 2014 elections were close.") == []
    assert find("He said 3 is enough.") == []
    assert find("It took 3.5 hours.") == []


def test_a_list_of_two_numbers_is_not_their_sum() -> None:
    claims = find("Crews worked two and three shifts a day.")
    assert all(c.value != 5 for c in claims)


def test_one_before_a_verb_is_no_count() -> None:
    assert find("Only one gets the prize.") == []
