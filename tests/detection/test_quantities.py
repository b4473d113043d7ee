"""Physical quantities with pint units."""

from __future__ import annotations

import pytest

from annotations.detection import quantities
from annotations.detection.types import Claim, Qualifier
from tests.detection.support import context


def find(text: str) -> list[Claim]:
    claims = quantities.find(context(text))
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
    return claims


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("The pipeline runs 1,200 km to the coast.", "1,200 km", 1200, "kilometer"),
        ("Rescuers walked 12 kilometres.", "12 kilometres", 12, "kilometer"),
        ("The border stretches 870 miles.", "870 miles", 870, "mile"),
        (
            "Fires burned 300 square kilometres.",
            "300 square kilometres",
            300,
            "square kilometer",
        ),
        ("The reserve covers 40 sq km.", "40 sq km", 40, "square kilometer"),
        ("The farm spans 250 hectares.", "250 hectares", 250, "hectare"),
        ("The ship carried 3,000 tonnes of grain.", "3,000 tonnes", 3000, "metric ton"),
        (
            "Output hit 1.2 million barrels per day.",
            "1.2 million barrels per day",
            1.2e6,
            "barrel per day",
        ),
        ("Storage holds 500,000 barrels.", "500,000 barrels", 500_000, "barrel"),
        ("The dam will make 50 MW.", "50 MW", 50, "megawatt"),
        ("Temperatures reached 40C on Sunday.", "40C", 40, "degree Celsius"),
        (
            "It felt like 104 degrees Fahrenheit.",
            "104 degrees Fahrenheit",
            104,
            "degree Fahrenheit",
        ),
        ("Each bag holds 25 kg.", "25 kg", 25, "kilogram"),
        ("Drivers may go 60 mph there.", "60 mph", 60, "mile per hour"),
        ("The tank holds 15 litres.", "15 litres", 15, "liter"),
        (
            "It sold 16,000 metric tons of tea.",
            "16,000 metric tons",
            16_000,
            "metric ton",
        ),
    ],
)
def test_it_reads_quantities(text: str, span: str, value: float, unit: str) -> None:
    (claim,) = find(text)
    assert (claim.text, claim.unit) == (span, unit)
    assert claim.value == pytest.approx(value)


def test_it_reads_ranges_and_qualifiers() -> None:
    (ranged,) = find("The storm brought 5 to 7 cm of rain.")
    assert (ranged.low, ranged.high, ranged.unit) == (5, 7, "centimeter")
    (qualified,) = find("Troops advanced about 3 miles.")
    assert (qualified.text, qualified.qualifier) == (
        "about 3 miles",
        Qualifier.APPROXIMATELY,
    )


def test_durations_and_plain_words_are_no_quantities() -> None:
    assert find("The talks lasted 3 days.") == []
    assert find("They won by 12 points in the end.") == []
    assert find("At 12 in the morning he left.") == []


def test_letters_in_product_names_are_no_units() -> None:
    assert find("Ford sold 800,000 F-Series trucks.") == []


def test_ordinal_endings_are_no_units() -> None:
    assert find("He left office on June the 11th of that year.") == []


def test_feet_and_inches_add_up() -> None:
    first = find("The suspect is 5 feet 10 inches tall.")[0]
    assert (first.text, first.unit) == ("5 feet 10 inches", "foot")
    assert first.value == pytest.approx(5 + 10 / 12)
