"""Currency conversion check against the bundled ECB reference rates."""

from __future__ import annotations

from datetime import date

import pytest

from annotations.detection.checks import CheckResult, Status, currency, run_checks
from annotations.detection.checks.wording import wording
from annotations.detection.types import Claim, Kind, Qualifier
from tests.detection.support import EN, context


def check_conversion(claim: Claim, published: date | None) -> CheckResult:
    return currency.check_conversion(claim, context("", published))


def format_amount(amount: float, code: str) -> str:
    return wording(EN).amount(amount, code)


APRIL_10_2015 = date(2015, 4, 10)  # ECB: 1 EUR = 1.0570 USD = 54.5370 RUB


def money(sentence: str, phrase: str, unit: str, **fields: object) -> Claim:
    start = sentence.index(phrase)
    return Claim(Kind.MONEY, start, start + len(phrase), phrase, unit=unit, **fields)  # type: ignore[arg-type]


def conversion(sentence: str, first: Claim, second: Claim) -> Claim:
    return Claim(
        Kind.CONVERSION,
        first.start,
        second.end + 1,
        sentence[first.start : second.end + 1],
        parts=(first, second),
        unit=f"{first.unit}/{second.unit}",
    )


def rub_usd(rubles: str, rub_value: float, dollars: str, **usd: object) -> Claim:
    sentence = f"Moscow pledged {rubles} ({dollars}) in military aid."
    first = money(sentence, rubles, "RUB", value=rub_value)
    second = money(sentence, dollars, "USD", **usd)
    return conversion(sentence, first, second)


def seed_claim() -> Claim:
    return rub_usd(
        "70 billion rubles",
        7e10,
        "around $1.2 billion",
        value=1.2e9,
        qualifier=Qualifier.APPROXIMATELY,
    )


def test_seed_conversion_is_inconsistent_with_the_days_rate() -> None:
    result = check_conversion(seed_claim(), APRIL_10_2015)

    assert result.status is Status.INCONSISTENT
    assert result.deviation_percent == -11.5
    assert result.expected == 1356693620.84
    assert result.reference_date == "2015-04-10"
    assert "1 USD = 51.60 RUB" in result.evidence
    assert "1 USD = 58.33 RUB" in result.explanation
    assert "11.5 % below" in result.explanation
    assert result.explanation.count(".") >= 1 and result.explanation.endswith(".")


def test_seed_explanation_is_one_sentence_naming_both_rates() -> None:
    result = check_conversion(seed_claim(), APRIL_10_2015)

    assert result.explanation == (
        "The stated “around $1.2 billion” implies 1 USD = 58.33 RUB, but the ECB "
        "reference rate of 2015-04-10 was 1 USD = 51.60 RUB, which gives 1.36 "
        "billion USD, so the stated figure is 11.5 % below the conversion at that "
        "rate; it matches the ECB rate of 2015-04-01 (1 USD = 58.05 RUB)."
    )


def test_seed_conversion_matches_rates_of_late_march() -> None:
    result = check_conversion(seed_claim(), APRIL_10_2015)

    # "around $1.2 billion" (1.14-1.26 billion) fits every fixing from
    # 2015-03-18 to 2015-04-02; the closest to the implied 58.33 RUB per USD
    # is that of 2015-04-01.
    assert result.matched_date == "2015-04-01"
    assert "it matches the ECB rate of 2015-04-01 (1 USD = 58.05 RUB)" in (
        result.explanation
    )
    assert (
        "fits every fixing from 2015-03-18 to 2015-04-02, "
        "closest 2015-04-01: 1 USD = 58.05 RUB"
    ) in result.evidence


def test_figure_no_recent_rate_explains_says_so() -> None:
    claim = rub_usd("70 billion rubles", 7e10, "$5 billion", value=5e9)

    result = check_conversion(claim, APRIL_10_2015)

    assert result.status is Status.INCONSISTENT
    assert result.matched_date is None
    assert "no fixing in the 90 days before fits the figure" in result.evidence
    assert "matches" not in result.explanation


def test_result_names_the_conversion_and_both_figures() -> None:
    claim = seed_claim()

    result = check_conversion(claim, APRIL_10_2015)

    assert result.claims[0] == (claim.start, claim.end)
    assert result.claims[1:] == tuple((p.start, p.end) for p in claim.parts)
    assert result.to_dict()["status"] == "inconsistent"


def test_conversion_at_the_days_rate_is_consistent() -> None:
    claim = rub_usd("70 billion rubles", 7e10, "$1.36 billion", value=1.36e9)

    result = check_conversion(claim, APRIL_10_2015)

    assert result.status is Status.CONSISTENT
    assert result.matched_date is None
    assert result.explanation == (
        "At the ECB reference rate of 2015-04-10 (1 USD = 51.60 RUB) the conversion "
        "gives 1.36 billion USD, in line with “$1.36 billion”."
    )


def test_figure_just_inside_its_rounding_is_consistent() -> None:
    # 62.4 billion RUB is 1.2094 billion USD; "$1.2 billion" covers 1.15-1.25.
    claim = rub_usd("62.4 billion rubles", 6.24e10, "$1.2 billion", value=1.2e9)

    assert check_conversion(claim, APRIL_10_2015).status is Status.CONSISTENT


def test_figure_just_outside_its_rounding_is_approximately() -> None:
    # 64.6 billion RUB is 1.2520 billion USD, just above 1.25.
    claim = rub_usd("64.6 billion rubles", 6.46e10, "$1.2 billion", value=1.2e9)

    result = check_conversion(claim, APRIL_10_2015)

    assert result.status is Status.APPROXIMATELY
    assert "close but outside its rounding" in result.explanation


def test_figure_beyond_the_margin_is_inconsistent() -> None:
    # 66.3 billion RUB is 1.2850 billion USD: 0.035 billion past the rounding,
    # more than the 2 % margin (0.0257 billion).
    claim = rub_usd("66.3 billion rubles", 6.63e10, "$1.2 billion", value=1.2e9)

    assert check_conversion(claim, APRIL_10_2015).status is Status.INCONSISTENT


def test_around_allows_five_percent_of_the_stated_figure() -> None:
    # 1.2 billion +/- 5 % is 1.14-1.26; 64.6 billion RUB gives 1.2520 billion.
    exact = rub_usd("64.6 billion rubles", 6.46e10, "$1.2 billion", value=1.2e9)
    around = rub_usd(
        "64.6 billion rubles",
        6.46e10,
        "about $1.2 billion",
        value=1.2e9,
        qualifier=Qualifier.APPROXIMATELY,
    )

    assert check_conversion(exact, APRIL_10_2015).status is Status.APPROXIMATELY
    assert check_conversion(around, APRIL_10_2015).status is Status.CONSISTENT


def test_more_than_is_consistent_with_any_larger_conversion() -> None:
    claim = rub_usd(
        "70 billion rubles",
        7e10,
        "more than $1 billion",
        value=1e9,
        qualifier=Qualifier.MORE_THAN,
    )

    result = check_conversion(claim, APRIL_10_2015)

    assert result.status is Status.CONSISTENT
    assert result.deviation_percent == 0.0


def test_less_than_is_inconsistent_with_a_larger_conversion() -> None:
    claim = rub_usd(
        "70 billion rubles",
        7e10,
        "less than $1 billion",
        value=1e9,
        qualifier=Qualifier.LESS_THAN,
    )

    result = check_conversion(claim, APRIL_10_2015)

    assert result.status is Status.INCONSISTENT
    assert result.deviation_percent == -26.3


def test_one_digit_figure_allows_at_most_ten_percent() -> None:
    # "$1 billion" would stand for 0.5-1.5 billion by its rounding alone.
    close = rub_usd("54 billion rubles", 5.4e10, "$1 billion", value=1e9)
    far = rub_usd("70 billion rubles", 7e10, "$1 billion", value=1e9)

    assert check_conversion(close, APRIL_10_2015).status is Status.CONSISTENT
    assert check_conversion(far, APRIL_10_2015).status is Status.INCONSISTENT


def test_weekend_publication_uses_the_last_business_day_before() -> None:
    saturday = date(2015, 4, 11)

    result = check_conversion(seed_claim(), saturday)

    assert result.reference_date == "2015-04-10"
    assert result.evidence.startswith(
        "ECB reference rate 2015-04-10: 1 USD = 51.60 RUB"
    )
    assert "the last fixing before publication on 2015-04-11" in result.evidence


def test_cross_rate_goes_through_the_euro_legs() -> None:
    result = check_conversion(seed_claim(), APRIL_10_2015)

    assert "1 EUR = 54.54 RUB" in result.evidence
    assert "1 EUR = 1.0570 USD" in result.evidence


def test_euro_pair_needs_no_cross_rate() -> None:
    sentence = "The fund holds €500 million ($529 million) in bonds."
    first = money(sentence, "€500 million", "EUR", value=5e8)
    second = money(sentence, "$529 million", "USD", value=5.29e8)

    result = check_conversion(conversion(sentence, first, second), APRIL_10_2015)

    assert result.status is Status.CONSISTENT
    assert "1 EUR = 1.0570 USD" in result.evidence


def test_unknown_currency_cannot_be_checked() -> None:
    sentence = "The wizard paid 500 zorkmids ($20) for the lamp."
    first = money(sentence, "500 zorkmids", "zorkmid", value=500.0)
    second = money(sentence, "$20", "USD", value=20.0)

    result = check_conversion(conversion(sentence, first, second), APRIL_10_2015)

    assert result.status is Status.CANNOT_CHECK
    assert "do not include zorkmid" in result.explanation
    assert result.expected is None


def test_currency_missing_from_the_ecb_list_cannot_be_checked() -> None:
    sentence = "Kyiv set aside 1 billion hryvnias ($43 million) for repairs."
    first = money(sentence, "1 billion hryvnias", "UAH", value=1e9)
    second = money(sentence, "$43 million", "USD", value=4.3e7)

    result = check_conversion(conversion(sentence, first, second), APRIL_10_2015)

    assert result.status is Status.CANNOT_CHECK
    assert "UAH" in result.explanation


def test_dates_before_the_ecb_data_cannot_be_checked() -> None:
    result = check_conversion(seed_claim(), date(1998, 12, 31))

    assert result.status is Status.CANNOT_CHECK
    assert "begin on" in result.explanation


def test_dates_before_a_currencys_own_series_cannot_be_checked() -> None:
    # The euro series starts in 1999, the ruble series only in 2005.
    result = check_conversion(seed_claim(), date(2003, 6, 2))

    assert result.status is Status.CANNOT_CHECK
    assert "RUB begin on 2005-04-01" in result.explanation


def test_dates_after_the_ruble_series_ended_cannot_be_checked() -> None:
    result = check_conversion(seed_claim(), date(2023, 5, 2))

    assert result.status is Status.CANNOT_CHECK
    assert "RUB end on 2022-03-01" in result.explanation


def test_missing_publication_date_cannot_be_checked() -> None:
    result = check_conversion(seed_claim(), None)

    assert result.status is Status.CANNOT_CHECK
    assert "no publication date" in result.explanation


def test_stated_range_containing_the_conversion_is_consistent() -> None:
    claim = rub_usd(
        "70 billion rubles", 7e10, "$1.3-1.4 billion", low=1.3e9, high=1.4e9
    )

    result = check_conversion(claim, APRIL_10_2015)

    assert result.status is Status.CONSISTENT
    assert result.deviation_percent == 0.0


def test_stated_range_below_the_conversion_is_inconsistent() -> None:
    claim = rub_usd(
        "70 billion rubles", 7e10, "$1.1-1.2 billion", low=1.1e9, high=1.2e9
    )

    result = check_conversion(claim, APRIL_10_2015)

    assert result.status is Status.INCONSISTENT
    assert result.stated == 1.2e9  # measured from the nearest bound
    assert result.explanation.startswith(
        "The upper bound of “$1.1-1.2 billion” implies 1 USD = 58.33 RUB"
    )


def test_two_ranges_are_compared_bound_by_bound() -> None:
    sentence = "Aid of 60-70 billion rubles ($1.2-1.4 billion) was promised."
    first = money(sentence, "60-70 billion rubles", "RUB", low=6e10, high=7e10)
    second = money(sentence, "$1.2-1.4 billion", "USD", low=1.2e9, high=1.4e9)

    result = check_conversion(conversion(sentence, first, second), APRIL_10_2015)

    # 60 billion RUB is 1.163 billion USD (fits 1.15-1.25); 70 billion is 1.357
    # (fits 1.35-1.45).
    assert result.status is Status.CONSISTENT


def test_source_range_uses_its_midpoint() -> None:
    sentence = "Aid of 60-70 billion rubles (about $1.26 billion) was promised."
    first = money(sentence, "60-70 billion rubles", "RUB", low=6e10, high=7e10)
    second = money(sentence, "about $1.26 billion", "USD", value=1.26e9)

    result = check_conversion(conversion(sentence, first, second), APRIL_10_2015)

    assert result.status is Status.CONSISTENT
    assert result.expected == pytest.approx(1.2598e9, rel=1e-4)  # 65 billion RUB


def test_run_checks_includes_currency_results() -> None:
    results = run_checks([seed_claim()], APRIL_10_2015)

    assert [r.check for r in results] == ["currency_conversion"]


def test_amounts_are_written_with_scale_words() -> None:
    assert format_amount(1.3567e9, "USD") == "1.36 billion USD"
    assert format_amount(2500.0, "EUR") == "2,500 EUR"
