"""The checks package: no Django, lazy data loading, cheap repeated runs."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

from annotations.detection.checks import CheckResult, Status, run_checks
from annotations.detection.types import Claim, Kind, Qualifier

TEXT = (
    "Russia pledged 70 billion rubles (around $1.2 billion) of weapons. "
    "Of the 120 delegates, 70 were from Russia and 40 from Kazakhstan. "
    "They met on Friday, April 9, 2015."
)


def seed_claims() -> list[Claim]:
    def at(phrase: str, kind: Kind, **fields: object) -> Claim:
        start = TEXT.index(phrase)
        return Claim(kind, start, start + len(phrase), phrase, **fields)  # type: ignore[arg-type]

    rub = at("70 billion rubles", Kind.MONEY, value=7e10, unit="RUB")
    usd = at(
        "around $1.2 billion",
        Kind.MONEY,
        value=1.2e9,
        unit="USD",
        qualifier=Qualifier.APPROXIMATELY,
    )
    return [
        at(
            "70 billion rubles (around $1.2 billion)", Kind.CONVERSION, parts=(rub, usd)
        ),
        rub,
        usd,
        at("120 delegates", Kind.COUNT, value=120.0, unit="delegates"),
        at("70 were", Kind.COUNT, value=70.0),
        at("40 from", Kind.COUNT, value=40.0),
        at(
            "Friday, April 9, 2015",
            Kind.DATE,
            normalized="2015-04-09",
            precision="day",
            extra=(("weekday", "Friday"),),
        ),
    ]


def test_importing_the_checks_loads_neither_django_nor_the_rates() -> None:
    code = (
        "import sys, annotations.detection.checks as c; "
        "print('django' in sys.modules, 'currency_converter' in sys.modules)"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout

    assert output.split() == ["False", "False"]


def test_results_come_in_text_order_with_one_per_check() -> None:
    results = run_checks(seed_claims(), date(2015, 4, 10), text=TEXT)

    assert [(r.check, r.status) for r in results] == [
        ("currency_conversion", Status.INCONSISTENT),
        ("sum", Status.INCONSISTENT),
        ("weekday", Status.INCONSISTENT),
    ]


def test_results_serialise_to_plain_json_types() -> None:
    [first, *_] = run_checks(seed_claims(), date(2015, 4, 10), text=TEXT)

    data = first.to_dict()

    assert data["status"] == "inconsistent"
    assert data["claims"][0] == [15, 54]
    assert set(data) >= set(CheckResult.__dataclass_fields__)


def test_repeated_runs_give_the_same_results() -> None:
    claims = seed_claims()
    first = run_checks(claims, date(2015, 4, 10), text=TEXT)
    for _ in range(5):
        assert run_checks(claims, date(2015, 4, 10), text=TEXT) == first
