"""Money: amounts, currencies (symbols, codes, CLDR names), ranges, qualifiers."""

from __future__ import annotations

import pytest

from annotations.detection import money
from annotations.detection.types import Claim, Qualifier
from tests.detection.support import EN, context


def find(text: str) -> list[Claim]:
    claims = money.find(context(text))
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
    return claims


def only(text: str) -> Claim:
    claims = find(text)
    assert len(claims) == 1, claims
    return claims[0]


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("The council approved $94,000 for repairs.", "$94,000", 94_000, "USD"),
        ("The bank lost $48.2 million last year.", "$48.2 million", 48.2e6, "USD"),
        ("A bridge worth €70bn was proposed.", "€70bn", 7e10, "EUR"),
        ("The club paid £40m for the striker.", "£40m", 4e7, "GBP"),
        ("Tickets cost ¥3,000 each.", "¥3,000", 3000, "JPY"),
        ("Fines reached ₽500,000 in May.", "₽500,000", 500_000, "RUB"),
        ("He earned US$ 5.5bn abroad.", "US$ 5.5bn", 5.5e9, "USD"),
        ("Sydney spent A$12 million on it.", "A$12 million", 12e6, "AUD"),
        ("Shares closed at HK$10.05.", "HK$10.05", 10.05, "HKD"),
        ("The deal was worth USD 5 million.", "USD 5 million", 5e6, "USD"),
        ("Rent rose to 900 EUR a month.", "900 EUR", 900, "EUR"),
        ("Moscow pledged 70 billion rubles.", "70 billion rubles", 7e10, "RUB"),
        ("It owed 3 billion roubles.", "3 billion roubles", 3e9, "RUB"),
        ("The grant was 12 million US dollars.", "12 million US dollars", 12e6, "USD"),
        ("Each seat cost three billion dollars.", "three billion dollars", 3e9, "USD"),
        ("Exports fell by 2 billion euros.", "2 billion euros", 2e9, "EUR"),
        ("Bail was set at 500,000 yen.", "500,000 yen", 500_000, "JPY"),
        ("A flat costs 2 million Swiss francs.", "2 million Swiss francs", 2e6, "CHF"),
        (
            "Nokia paid 420 million Finnish markka.",
            "420 million Finnish markka",
            4.2e8,
            "FIM",
        ),
        (
            "The fund lost 10 million pounds sterling.",
            "10 million pounds sterling",
            1e7,
            "GBP",
        ),
        ("A coffee is 12,99 € there.", "12,99 €", 12.99, "EUR"),
        ("Stamps rose to 50 cents.", "50 cents", 0.5, "USD"),
        ("The firm made $5m in profit.", "$5m", 5e6, "USD"),
    ],
)
def test_it_reads_amount_and_currency(
    text: str, span: str, value: float, unit: str
) -> None:
    claim = only(text)
    assert claim.text == span
    assert claim.value == pytest.approx(value)
    assert claim.unit == unit
    assert claim.qualifier is Qualifier.EXACT


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("Repairs will cost $5-7 million.", "$5-7 million", 5e6, 7e6),
        (
            "Bids of $5 million to $7 million came in.",
            "$5 million to $7 million",
            5e6,
            7e6,
        ),
        (
            "It will cost between 3 and 4 billion euros.",
            "between 3 and 4 billion euros",
            3e9,
            4e9,
        ),
        ("Estimates run $500,000 to $1 million.", "$500,000 to $1 million", 5e5, 1e6),
    ],
)
def test_it_reads_ranges_as_low_and_high(
    text: str, span: str, low: float, high: float
) -> None:
    claim = only(text)
    assert (claim.text, claim.value) == (span, None)
    assert claim.low == pytest.approx(low)
    assert claim.high == pytest.approx(high)


@pytest.mark.parametrize(
    ("text", "span", "qualifier"),
    [
        (
            "Aid worth around $1.2 billion arrived.",
            "around $1.2 billion",
            Qualifier.APPROXIMATELY,
        ),
        ("Up to £40m was spent on the stadium.", "Up to £40m", Qualifier.AT_MOST),
        ("At least $300,000 went missing.", "At least $300,000", Qualifier.AT_LEAST),
        (
            "He paid more than 2 million euros.",
            "more than 2 million euros",
            Qualifier.MORE_THAN,
        ),
        ("The charity raised less than $900.", "less than $900", Qualifier.LESS_THAN),
        (
            "An estimated $4bn left the country.",
            "An estimated $4bn",
            Qualifier.APPROXIMATELY,
        ),
    ],
)
def test_qualifier_words_are_part_of_the_claim(
    text: str, span: str, qualifier: Qualifier
) -> None:
    claim = only(text)
    assert (claim.text, claim.qualifier) == (span, qualifier)


def test_it_leaves_plain_numbers_and_weights_alone() -> None:
    assert find("Some 40 people attended the hearing in 2014.") == []
    assert find("The boxer weighed 200 pounds before the fight.") == []


def test_a_bare_dollar_sign_is_us_dollars() -> None:
    assert only("Lunch was $12.").unit == "USD"


def test_from_to_is_a_change_not_a_range() -> None:
    claims = find("Fees rose from $500 to $650.")
    assert [c.value for c in claims] == [500, 650]


def test_it_reads_several_amounts_in_one_sentence() -> None:
    claims = find("Revenue was $20,000.00, costs were $37,305.97.")
    assert [c.value for c in claims] == [20_000.0, 37_305.97]


def test_currency_names_come_from_cldr() -> None:
    names = EN.money.names
    assert names["russian rubles"] == "RUB"
    assert names["euros"] == "EUR"
    assert names["japanese yen"] == "JPY"


def test_hyphenated_amounts_read_as_one_figure() -> None:
    assert [(c.text, c.value) for c in find("It won a $5-million contract.")] == [
        ("$5-million", 5e6)
    ]
    assert [(c.text, c.value) for c in find("A 12-cent dividend was paid.")] == [
        ("12-cent", 0.12)
    ]


def test_dollars_and_cents_add_up() -> None:
    claims = find("The ticket cost thirteen dollars and forty-five cents.")
    longest = max(claims, key=lambda c: c.end - c.start)
    assert longest.text == "thirteen dollars and forty-five cents"
    assert longest.value == pytest.approx(13.45)
