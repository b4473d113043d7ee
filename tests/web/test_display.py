"""Descriptions of claim values and check results shown on the review page."""

from __future__ import annotations

from annotations.display import describe_value, number, qualifier_label, worst_check


def test_it_describes_money_percent_counts_and_ranges():
    assert describe_value("money", {"value": 45e6, "unit": "EUR"}) == "EUR 45,000,000"
    assert describe_value("percent", {"value": 18, "unit": "percent"}) == "18 %"
    assert (
        describe_value("percent", {"value": 2.5, "unit": "percentage_point"})
        == "2.5 percentage points"
    )
    assert describe_value("count", {"value": 240000, "unit": "passengers"}) == (
        "240,000 passengers"
    )
    assert describe_value("money", {"low": 3e6, "high": 4e6, "unit": "USD"}) == (
        "USD 3,000,000–4,000,000"
    )


def test_it_describes_dates_durations_quotes_and_conversions():
    assert describe_value("date", {"normalized": "2024-03-14"}) == "2024-03-14"
    assert describe_value("duration", {"value": 35, "normalized": "PT35M"}) == "PT35M"
    assert describe_value("quote", {"speaker": "Mira Halvorsen"}) == (
        "Speaker: Mira Halvorsen"
    )
    conversion = {
        "parts": [
            {"kind": "money", "value": 12.4e6, "unit": "EUR"},
            {"kind": "money", "value": 13.5e6, "unit": "USD"},
        ],
        "rate": 1.0887,
    }
    assert describe_value("conversion", conversion) == (
        "EUR 12,400,000 ≈ USD 13,500,000 (rate 1.0887)"
    )


def test_it_tolerates_unexpected_json():
    assert describe_value("money", None) == ""
    assert describe_value("money", ["not", "a", "dict"]) == ""  # type: ignore[arg-type]
    assert describe_value("statement", {"features": ["x"]}) == ""
    assert qualifier_label(None) == ""
    assert worst_check("oops") == ""  # type: ignore[arg-type]


def test_it_names_qualifiers_and_the_worst_check():
    assert qualifier_label({"qualifier": "at_least"}) == "at least"
    assert qualifier_label({"qualifier": "exact"}) == ""
    checks: list = [{"status": "consistent"}, {"status": "inconsistent"}, "junk"]
    assert worst_check(checks) == "inconsistent"
    assert worst_check([]) == ""


def test_it_formats_figures():
    assert number(45000000.0) == "45,000,000"
    assert number(0.25) == "0.25"
    assert number(None) == ""
    assert number(True) == ""
