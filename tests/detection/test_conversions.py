"""Conversions link a figure to its stated equivalent."""

from __future__ import annotations

import pytest

from annotations.detection import conversions, money, quantities
from annotations.detection.resolve import resolve_figures
from annotations.detection.types import Claim, Kind, Qualifier
from tests.detection.support import context


def find(text: str) -> list[Claim]:
    ctx = context(text)
    figures = resolve_figures([*money.find(ctx), *quantities.find(ctx)])
    found = conversions.find(ctx, figures)
    for claim in found:
        assert text[claim.start : claim.end] == claim.text
    return found


def test_it_links_rubles_to_dollars_with_the_implied_rate() -> None:
    text = "Russia pledged 70 billion rubles (around $1.2 billion) of weapons."
    (claim,) = find(text)
    first, second = claim.parts
    assert claim.text == "70 billion rubles (around $1.2 billion)"
    assert (first.value, first.unit, first.qualifier) == (7e10, "RUB", Qualifier.EXACT)
    assert (second.value, second.unit) == (1.2e9, "USD")
    assert second.qualifier is Qualifier.APPROXIMATELY
    assert claim.unit == "RUB/USD"
    assert claim.rate == pytest.approx(58.33, abs=0.01)


def test_it_links_distances_and_carries_the_true_factor() -> None:
    (claim,) = find("The trail is 5 miles (8 km) long.")
    assert claim.unit == "mile/kilometer"
    assert claim.rate == pytest.approx(0.625)
    assert dict(claim.extra)["unit_factor"] == pytest.approx(0.6214, abs=1e-4)


def test_it_links_after_or_about() -> None:
    (claim,) = find("The fine was £5m, or about $6.5m, the court said.")
    assert claim.text == "£5m, or about $6.5m"
    assert claim.unit == "GBP/USD"


def test_temperatures_link_without_a_factor() -> None:
    (claim,) = find("It hit 100 degrees Fahrenheit (38 C) at noon.")
    assert claim.kind is Kind.CONVERSION
    assert "unit_factor" not in dict(claim.extra)


def test_same_currency_or_other_dimensions_do_not_link() -> None:
    assert find("He paid $5 million ($3 million of it in cash).") == []
    assert find("The truck carried 5 tonnes (8 km) away.") == []


def test_the_whole_pipeline_reports_the_conversion() -> None:
    from annotations.detection import detect

    text = "Russia pledged 70 billion rubles (around $1.2 billion) of weapons."
    claims = detect(text, statements=False)
    kinds = [c.kind for c in claims]
    assert kinds.count(Kind.CONVERSION) == 1
    assert kinds.count(Kind.MONEY) == 2
