"""Unit conversion check through pint, with tolerance from the stated rounding."""

from __future__ import annotations

from annotations.detection.checks import Status, run_checks, units
from annotations.detection.checks.result import CheckResult
from annotations.detection.types import Claim, Kind, Qualifier
from tests.detection.support import context


def check_conversion(claim: Claim) -> CheckResult:
    return units.check_conversion(claim, context(""))


def measure(
    sentence: str, phrase: str, value: float, unit: str, **fields: object
) -> Claim:
    start = sentence.index(phrase)
    return Claim(
        Kind.QUANTITY,
        start,
        start + len(phrase),
        phrase,
        value=value,
        unit=unit,
        **fields,  # type: ignore[arg-type]
    )


def pair(sentence: str, first: Claim, second: Claim) -> Claim:
    return Claim(
        Kind.CONVERSION,
        first.start,
        second.end + 1,
        sentence[first.start : second.end + 1],
        parts=(first, second),
    )


def miles_to_km(
    miles: str, mile_value: float, km: str, km_value: float, **fields: object
) -> Claim:
    sentence = f"The convoy drove {miles} ({km}) to the border post."
    first = measure(sentence, miles, mile_value, "mile")
    second = measure(sentence, km, km_value, "kilometer", **fields)
    return pair(sentence, first, second)


def fahrenheit_to_celsius(degf: float, degc: float, **fields: object) -> Claim:
    hot, cool = f"{degf:g} degrees Fahrenheit", f"{degc:g} C"
    sentence = f"Temperatures in Dushanbe reached {hot} ({cool}) on Monday."
    first = measure(sentence, hot, degf, "degree_Fahrenheit")
    second = measure(sentence, cool, degc, "degree_Celsius", **fields)
    return pair(sentence, first, second)


def test_rounded_conversion_is_consistent() -> None:
    result = check_conversion(miles_to_km("5 miles", 5, "8 km", 8))

    assert result.status is Status.CONSISTENT
    assert result.expected == 8.0467
    assert result.evidence == "pint unit definitions: 1 mi = 1.60934 km"
    assert result.explanation == "5 miles is 8.047 km, in line with “8 km”."


def test_wrong_conversion_is_inconsistent_with_its_deviation() -> None:
    result = check_conversion(miles_to_km("5 miles", 5, "9 km", 9))

    assert result.status is Status.INCONSISTENT
    assert result.deviation_percent == 11.8
    assert "11.8 % above" in result.explanation


def test_value_just_inside_the_rounding_is_consistent() -> None:
    # 4.66 miles is 7.4995 km, inside the 6.5-7.5 km that "7 km" stands for.
    result = check_conversion(miles_to_km("4.66 miles", 4.66, "7 km", 7))

    assert result.status is Status.CONSISTENT


def test_value_just_outside_the_rounding_is_approximately() -> None:
    # 4.67 miles is 7.5156 km: 0.016 km past 7.5, within the 2 % margin.
    result = check_conversion(miles_to_km("4.67 miles", 4.67, "7 km", 7))

    assert result.status is Status.APPROXIMATELY
    assert "close but outside its rounding" in result.explanation


def test_decimals_tighten_the_rounding() -> None:
    # "8.0 km" means 7.95-8.05 km and "8.00 km" 7.995-8.005 km.
    assert check_conversion(miles_to_km("5 miles", 5, "8.0 km", 8.0)).status is (
        Status.CONSISTENT
    )
    assert check_conversion(miles_to_km("5 miles", 5, "8.00 km", 8.0)).status is (
        Status.APPROXIMATELY
    )


def test_round_figure_with_trailing_zero_is_read_as_rounded() -> None:
    sentence = "The pipeline runs 1,000 km (620 miles) across the steppe."
    first = measure(sentence, "1,000 km", 1000, "kilometer")
    second = measure(sentence, "620 miles", 620, "mile")

    result = check_conversion(pair(sentence, first, second))

    # 621.4 miles rounds to 620: "620" covers 615-625.
    assert result.status is Status.CONSISTENT


def test_one_digit_figure_is_not_read_as_plus_or_minus_half() -> None:
    # 1 mile is 1.61 km: "2 km" would cover it as 1.5-2.5 km; the 10 % cap
    # makes it 1.8-2.2 km.
    result = check_conversion(miles_to_km("1 mile", 1, "2 km", 2))

    assert result.status is Status.INCONSISTENT


def test_about_widens_the_tolerance() -> None:
    exact = miles_to_km("5 miles", 5, "8.3 km", 8.3)
    about = miles_to_km(
        "5 miles", 5, "about 8.3 km", 8.3, qualifier=Qualifier.APPROXIMATELY
    )

    assert check_conversion(exact).status is Status.INCONSISTENT
    assert check_conversion(about).status is Status.CONSISTENT


def test_conversion_qualifier_applies_when_the_figure_has_none() -> None:
    sentence = "The convoy drove 5 miles (roughly 8.3 km) to the border post."
    first = measure(sentence, "5 miles", 5, "mile")
    second = measure(sentence, "8.3 km", 8.3, "kilometer")
    claim = pair(sentence, first, second).replace(qualifier=Qualifier.APPROXIMATELY)

    assert check_conversion(claim).status is Status.CONSISTENT


def test_temperature_converts_with_its_offset() -> None:
    result = check_conversion(fahrenheit_to_celsius(100, 38))

    assert result.status is Status.CONSISTENT
    assert result.expected == 37.7778
    assert result.deviation_percent is None
    assert "-17.78 °C" in result.evidence


def test_temperature_off_by_degrees_is_inconsistent() -> None:
    result = check_conversion(fahrenheit_to_celsius(100, 40))

    assert result.status is Status.INCONSISTENT
    assert "2.2 °C above" in result.explanation


def test_temperature_margin_is_one_degree() -> None:
    # 37.78 C: "39 C" (38.5-39.5) misses by 0.72 degree, "40 C" by 1.72.
    assert check_conversion(fahrenheit_to_celsius(100, 39)).status is (
        Status.APPROXIMATELY
    )


def test_freezing_point_has_no_percentage() -> None:
    result = check_conversion(fahrenheit_to_celsius(32, 0))

    assert result.status is Status.CONSISTENT
    assert result.deviation_percent is None


def test_bound_a_hair_past_the_conversion_is_approximately() -> None:
    sentence = "The road runs 584 km (at least 363 miles) through the valley."
    first = measure(sentence, "584 km", 584, "kilometer")
    second = measure(
        sentence, "at least 363 miles", 363, "mile", qualifier=Qualifier.AT_LEAST
    )

    result = check_conversion(pair(sentence, first, second))

    assert result.status is Status.APPROXIMATELY
    assert result.explanation == (
        "584 km is 362.9 mi, so “at least 363 miles” is less than 0.1 % above it, "
        "close but outside its rounding."
    )


def test_large_values_are_written_without_exponents() -> None:
    sentence = "The barge carried 31 tonnes (68,343 pounds) of grain."
    first = measure(sentence, "31 tonnes", 31, "metric_ton")
    second = measure(sentence, "68,343 pounds", 68343, "pound")

    result = check_conversion(pair(sentence, first, second))

    assert result.explanation == "31 tonnes is 68,343 lb, in line with “68,343 pounds”."


def test_incompatible_units_cannot_be_checked() -> None:
    sentence = "The lorry carried 5 tonnes (8 km) of flour."
    first = measure(sentence, "5 tonnes", 5, "metric_ton")
    second = measure(sentence, "8 km", 8, "kilometer")

    result = check_conversion(pair(sentence, first, second))

    assert result.status is Status.CANNOT_CHECK
    assert "cannot convert metric_ton to kilometer" in result.explanation


def test_unknown_unit_cannot_be_checked() -> None:
    sentence = "The hall seats 500 zorkmids (20 km) of guests."
    first = measure(sentence, "500 zorkmids", 500, "zorkmid")
    second = measure(sentence, "20 km", 20, "kilometer")

    result = check_conversion(pair(sentence, first, second))

    assert result.status is Status.CANNOT_CHECK


def test_ranges_are_compared_bound_by_bound() -> None:
    sentence = "Patrols cover 10-12 miles (16-19 km) a day."
    first = measure(sentence, "10-12 miles", 0, "mile").replace(
        value=None, low=10.0, high=12.0
    )
    second = measure(sentence, "16-19 km", 0, "kilometer").replace(
        value=None, low=16.0, high=19.0
    )

    result = check_conversion(pair(sentence, first, second))

    # 10 miles is 16.09 km and 12 miles is 19.31 km: both inside their rounding.
    assert result.status is Status.CONSISTENT
    assert result.explanation == (
        "10-12 miles is 16.09-19.31 km, in line with “16-19 km”."
    )


def test_range_with_one_wrong_bound_reports_the_worse() -> None:
    sentence = "Patrols cover 10-12 miles (16-22 km) a day."
    first = measure(sentence, "10-12 miles", 0, "mile").replace(
        value=None, low=10.0, high=12.0
    )
    second = measure(sentence, "16-22 km", 0, "kilometer").replace(
        value=None, low=16.0, high=22.0
    )

    result = check_conversion(pair(sentence, first, second))

    assert result.status is Status.INCONSISTENT
    assert result.stated == 22.0
    assert result.explanation == (
        "10-12 miles is 16.09-19.31 km, so the upper bound of “16-22 km” is "
        "13.9 % above it."
    )


def test_run_checks_includes_unit_results() -> None:
    results = run_checks([miles_to_km("5 miles", 5, "8 km", 8)], None)

    assert [r.check for r in results] == ["unit_conversion"]
