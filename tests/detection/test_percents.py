"""Percentages and percentage points."""

from __future__ import annotations

import pytest

from annotations.detection import percents
from annotations.detection.types import Claim, Qualifier
from tests.detection.support import context


def find(text: str) -> list[Claim]:
    claims = percents.find(context(text))
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
    return claims


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("Inflation reached 12% in March.", "12%", 12, "percent"),
        ("Turnout was 61.4 percent.", "61.4 percent", 61.4, "percent"),
        ("Prices climbed 7 per cent.", "7 per cent", 7, "percent"),
        ("Exports fell twenty percent.", "twenty percent", 20, "percent"),
        (
            "Support slipped 3.5 percentage points.",
            "3.5 percentage points",
            3.5,
            "percentage_point",
        ),
        (
            "The bank cut rates by 50 basis points.",
            "50 basis points",
            0.5,
            "percentage_point",
        ),
        ("Half of the homes lost power.", "Half of", 50, "percent"),
        ("Two thirds of members voted yes.", "Two thirds of", 200 / 3, "percent"),
    ],
)
def test_it_reads_percentages(text: str, span: str, value: float, unit: str) -> None:
    (claim,) = find(text)
    assert (claim.text, claim.unit) == (span, unit)
    assert claim.value == pytest.approx(value)


def test_it_reads_a_range_of_percentages() -> None:
    (claim,) = find("Growth is forecast at 2-3% next year.")
    assert (claim.text, claim.value, claim.low, claim.high) == ("2-3%", None, 2, 3)


def test_between_and_forms_a_range() -> None:
    (claim,) = find("Between 40 and 45 per cent of voters backed him.")
    assert (claim.low, claim.high) == (40, 45)


def test_a_change_from_one_share_to_another_gives_two_claims() -> None:
    claims = find("Unemployment rose from 4.1% to 4.6%.")
    assert [c.value for c in claims] == [4.1, 4.6]


def test_points_and_percent_never_join_into_a_range() -> None:
    claims = find("Labour gained 3 percentage points to 41%.")
    assert [(c.value, c.unit) for c in claims] == [
        (3, "percentage_point"),
        (41, "percent"),
    ]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Nearly 40% of schools closed.", Qualifier.APPROXIMATELY),
        ("At least 12 percent were affected.", Qualifier.AT_LEAST),
        ("Up to 30% of jobs could go.", Qualifier.AT_MOST),
        ("Less than 5 per cent turned up.", Qualifier.LESS_THAN),
        ("Over 70% approved the plan.", Qualifier.MORE_THAN),
        ("Almost half of the staff quit.", Qualifier.APPROXIMATELY),
    ],
)
def test_it_reads_qualifiers(text: str, qualifier: Qualifier) -> None:
    (claim,) = find(text)
    assert claim.qualifier is qualifier
    assert claim.start == 0


def test_numbers_in_web_addresses_are_no_percentages() -> None:
    assert find("See https://example.org/search?q=30%25%2020 for details.") == []


def test_a_vague_share_is_a_percent_claim_without_a_value() -> None:
    (claim,) = find("Only a small percentage of claims were paid.")
    assert (claim.text, claim.value, claim.unit) == (
        "a small percentage",
        None,
        "percent",
    )
    assert claim.qualifier is Qualifier.APPROXIMATELY
