"""The figure detectors on the seed report (when present) and on hostile input."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from annotations.detection import conversions, counts, money, percents, quantities
from annotations.detection.resolve import resolve_figures
from annotations.detection.types import Claim, Kind, Qualifier
from tests.detection.support import context

REPO = Path(__file__).resolve().parents[2]
SEED = "seeds/000_a11ab4abe4c6e39a.txt"
WARM_UP = "Around $5m, 12% of 40 people walked 3 km (2 miles)."


def figures_and_conversions(text: str) -> list[Claim]:
    ctx = context(text)
    found = [
        claim
        for detector in (money, percents, counts, quantities)
        for claim in detector.find(ctx)
    ]
    resolved = resolve_figures(found)
    return [*resolved, *conversions.find(ctx, resolved)]


def seed_text() -> str:
    shared = Path(os.environ.get("SHARED", REPO.parent / "shared"))
    path = shared / SEED
    if not path.is_file():
        pytest.skip("the shared seed report is not here")
    return path.read_text(encoding="utf-8")


def test_the_seed_report_yields_its_pledge_and_conversion() -> None:
    claims = figures_and_conversions(seed_text())
    money_claims = [c for c in claims if c.kind is Kind.MONEY]
    assert [(c.text, c.qualifier) for c in money_claims] == [
        ("70 billion rubles", Qualifier.EXACT),
        ("around $1.2 billion", Qualifier.APPROXIMATELY),
        ("up to 70 billion rubles", Qualifier.AT_MOST),
    ]
    (conversion,) = [c for c in claims if c.kind is Kind.CONVERSION]
    assert conversion.unit == "RUB/USD"
    assert conversion.rate == pytest.approx(58.33, abs=0.01)


def test_a_hostile_megabyte_of_digits_and_symbols_keeps_exact_offsets() -> None:
    # Speed on hostile input is measured by `make bench`; here, the behaviour.
    rng = random.Random(7)
    text = "".join(rng.choice("0123456789$€£¥₽,. -") for _ in range(1_000_000))
    for claim in figures_and_conversions(text):
        assert text[claim.start : claim.end] == claim.text


def test_dense_currency_runs_are_read_as_money() -> None:
    found = figures_and_conversions("It cost $12. " * 1000)
    assert len(found) == 1000
    assert all(c.unit == "USD" and c.value == 12 for c in found)
