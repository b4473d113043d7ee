"""Duration claims: amounts, units, seconds, ISO 8601 and qualifiers."""

from __future__ import annotations

import pytest

from annotations.detection import detect
from annotations.detection.durations import find
from annotations.detection.types import Claim, Kind, Qualifier
from tests.detection.support import context

DAY = 86400.0


def durations(text: str) -> list[Claim]:
    return find(context(text))


def only(text: str) -> Claim:
    found = durations(text)
    assert len(found) == 1, found
    claim = found[0]
    assert text[claim.start : claim.end] == claim.text
    return claim


@pytest.mark.parametrize(
    ("text", "span", "value", "unit", "iso", "seconds"),
    [
        ("Rescuers searched for three days.", "three days", 3, "day", "P3D", 3 * DAY),
        ("The strike lasted 72 hours.", "72 hours", 72, "hour", "PT72H", 3 * DAY),
        (
            "Talks dragged on for 18 months.",
            "18 months",
            18,
            "month",
            "P18M",
            540 * DAY,
        ),
        ("The ban ran for a decade.", "a decade", 10, "year", "P10Y", 3650 * DAY),
        ("He served a week in custody.", "a week", 1, "week", "P1W", 7 * DAY),
        ("The vote was delayed two weeks.", "two weeks", 2, "week", "P2W", 14 * DAY),
        ("The session ran 45 minutes.", "45 minutes", 45, "minute", "PT45M", 2700.0),
        (
            "A fortnight passed before the audit.",
            "A fortnight",
            1,
            "fortnight",
            "P2W",
            14 * DAY,
        ),
    ],
)
def test_it_reads_amount_unit_seconds_and_iso(
    text: str, span: str, value: float, unit: str, iso: str, seconds: float
) -> None:
    claim = only(text)
    assert (claim.kind, claim.text, claim.value, claim.unit) == (
        Kind.DURATION,
        span,
        value,
        unit,
    )
    assert claim.normalized == iso
    assert claim.seconds == pytest.approx(seconds)


def test_it_reads_a_half_in_spelled_amounts() -> None:
    claim = only("Construction took two and a half years.")
    assert (claim.value, claim.unit, claim.normalized) == (2.5, "year", "P2Y6M")
    assert claim.seconds == pytest.approx(2.5 * 365 * DAY)


def test_it_adds_the_half_written_after_the_unit() -> None:
    claim = only("The hearing lasted an hour and a half.")
    assert (claim.text, claim.value, claim.normalized) == (
        "an hour and a half",
        1.5,
        "PT1H30M",
    )


@pytest.mark.parametrize(
    ("text", "span", "qualifier"),
    [
        (
            "Troops could reach the border within three days.",
            "within three days",
            Qualifier.AT_MOST,
        ),
        (
            "The siege lasted more than two months.",
            "more than two months",
            Qualifier.MORE_THAN,
        ),
        (
            "The dispute has run nearly 40 years.",
            "nearly 40 years",
            Qualifier.APPROXIMATELY,
        ),
        ("Detainees can be held up to 14 days.", "up to 14 days", Qualifier.AT_MOST),
        (
            "Repairs will take at least six weeks.",
            "at least six weeks",
            Qualifier.AT_LEAST,
        ),
        (
            "Voters queued for less than an hour.",
            "less than an hour",
            Qualifier.LESS_THAN,
        ),
    ],
)
def test_it_keeps_qualifier_words_in_the_span(
    text: str, span: str, qualifier: Qualifier
) -> None:
    claim = only(text)
    assert claim.text == span
    assert claim.qualifier == qualifier


def test_within_three_days_is_a_duration_not_a_date() -> None:
    text = (
        "Forces could be at the Tajik border within three days if a conflict broke out."
    )
    claims = [
        c
        for c in detect(text, statements=False)
        if c.kind in (Kind.DATE, Kind.DURATION)
    ]
    assert [(c.kind, c.text) for c in claims] == [(Kind.DURATION, "within three days")]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Recovery should take two to three weeks.", 2, 3),
        ("Flights were grounded for 4-6 hours.", 4, 6),
        ("The trial could last between two and three months.", 2, 3),
    ],
)
def test_it_reads_ranges_as_low_and_high(text: str, low: float, high: float) -> None:
    claim = only(text)
    assert (claim.value, claim.low, claim.high) == (None, low, high)
    assert claim.normalized is None


def test_vague_amounts_have_bounds_but_no_value() -> None:
    claim = only("The protest camp stood for several weeks.")
    assert (claim.text, claim.value, claim.low, claim.unit) == (
        "several weeks",
        None,
        3,
        "week",
    )
    assert claim.seconds == pytest.approx(21 * DAY)


def test_a_rate_after_a_duration_is_not_a_second_duration() -> None:
    found = durations("Guards patrol 24 hours a day, 7 days a week.")
    assert [c.text for c in found] == ["24 hours", "7 days"]


def test_a_couple_of_days_is_two_days() -> None:
    assert only("The ferry was cancelled for a couple of days.").value == 2


def test_it_joins_the_parts_of_a_compound_duration() -> None:
    claim = only("The sentence was 1 year 6 months and 10 days.")
    assert claim.text == "1 year 6 months and 10 days"
    assert (claim.unit, claim.normalized) == ("second", "P1Y6M10D")
    assert claim.seconds == pytest.approx((365 + 180 + 10) * DAY)


def test_it_keeps_separate_durations_in_a_list_apart() -> None:
    found = durations("Terms of 10 years, 18 months and six weeks were handed down.")
    assert [c.text for c in found] == ["10 years", "18 months", "six weeks"]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor earns $150,000 a year.",
        "Inspectors visit twice a week.",
        "An 18-month-old girl was rescued.",
        "It was the second wave of arrests.",
        "The city has changed over the years.",
        "Trucks drove at 90 km an hour.",
        "Hospitals treated five patients a day.",
    ],
)
def test_it_skips_rates_ages_ordinals_and_bare_units(text: str) -> None:
    assert durations(text) == []


def test_a_hostile_megabyte_of_digits_and_currency_symbols_finds_no_duration() -> None:
    # Speed on hostile input is measured by `make bench`; here, the behaviour.
    text = ("$1 2-3 €9,000 1.5 " * 40_000 + "9" * 400_000)[:1_000_000]
    assert durations(text) == []


def test_every_repeated_duration_is_found() -> None:
    text = "It took 3 days, then nearly two weeks. " * 2000
    assert len(durations(text)) == 4000
