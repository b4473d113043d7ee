"""Checks on what detect() finds in sentences written for these tests."""

from __future__ import annotations

from datetime import date

from annotations.detection import detect
from annotations.detection.checks import CheckResult, Status, run_checks

PUBLISHED = date(2015, 4, 10)


def checks(text: str, published: date | None = PUBLISHED) -> list[CheckResult]:
    claims = detect(text, published=published, statements=False)
    return run_checks(claims, published, text=text)


def test_wrong_weekday_in_an_article_is_flagged() -> None:
    [result] = checks("The delegations met in Dushanbe on Friday, April 9, 2015.")

    assert result.check == "weekday"
    assert result.status is Status.INCONSISTENT


def test_right_weekday_in_an_article_passes() -> None:
    [result] = checks("The delegations met in Dushanbe on Thursday, April 9, 2015.")

    assert result.status is Status.CONSISTENT


def test_lone_weekday_in_an_article_is_not_checked() -> None:
    assert checks("The delegations met in Dushanbe on Tuesday.") == []


def test_budget_parts_in_an_article_are_summed() -> None:
    text = (
        "Of the $5 billion budget, $3.2 billion goes to the army and "
        "$2.9 billion to the police."
    )

    [result] = checks(text)

    assert result.check == "sum"
    assert result.status is Status.INCONSISTENT
    assert result.explanation == (
        "The parts ($3.2 billion + $2.9 billion) add up to 6.1 billion USD, "
        "1.1 billion USD more than the stated total of $5 billion."
    )


SEED_SENTENCE = (
    'In response to the "IS threat," Russia this month reportedly pledged to '
    "supply 70 billion rubles (around $1.2 billion) of weapons to Tajikistan."
)


def test_seed_conversion_is_flagged_with_both_rates() -> None:
    [result] = checks(SEED_SENTENCE)

    assert result.check == "currency_conversion"
    assert result.status is Status.INCONSISTENT
    assert result.deviation_percent == -11.5
    assert "1 USD = 58.33 RUB" in result.explanation
    assert "1 USD = 51.60 RUB" in result.explanation
    assert result.evidence.startswith(
        "ECB reference rate 2015-04-10: 1 USD = 51.60 RUB"
    )


def test_seed_conversion_without_a_publication_date_cannot_be_checked() -> None:
    [result] = checks(SEED_SENTENCE, published=None)

    assert result.status is Status.CANNOT_CHECK


def test_seed_conversion_in_1998_cannot_be_checked() -> None:
    [result] = checks(SEED_SENTENCE, published=date(1998, 6, 1))

    assert result.status is Status.CANNOT_CHECK


def test_euro_dollar_conversion_in_an_article_passes() -> None:
    [result] = checks("The fund holds €500 million ($529 million) in bonds.")

    assert result.status is Status.CONSISTENT


def test_currency_ranges_in_an_article_are_compared_bound_by_bound() -> None:
    [result] = checks("Aid of 60-70 billion rubles ($1.2-1.4 billion) was promised.")

    assert result.status is Status.CONSISTENT
    assert result.explanation == (
        "At the ECB reference rate of 2015-04-10 (1 USD = 51.60 RUB) the conversion "
        "gives 1.16 billion USD to 1.36 billion USD, in line with “$1.2-1.4 billion”."
    )


def test_distance_conversion_in_an_article_passes() -> None:
    [result] = checks("The pipeline runs 1,000 km (620 miles) across the steppe.")

    assert result.check == "unit_conversion"
    assert result.status is Status.CONSISTENT


def test_wrong_distance_conversion_in_an_article_is_flagged() -> None:
    [result] = checks("The convoy drove 5 miles (9 km) to the border post.")

    assert result.status is Status.INCONSISTENT


def test_temperature_conversion_in_an_article_passes() -> None:
    [result] = checks("It was 100 degrees Fahrenheit (38 C) in Dushanbe.")

    assert result.status is Status.CONSISTENT
    assert "37.78 °C" in result.explanation


def test_delegate_parts_in_an_article_are_summed() -> None:
    text = "Of the 120 delegates, 70 were from Russia and 40 from Kazakhstan."

    [result] = checks(text)

    assert result.check == "sum"
    assert result.status is Status.INCONSISTENT
    assert result.expected == 110


def test_total_after_counted_parts_in_an_article() -> None:
    [result] = checks("Russia sent 12 jets and 30 helicopters, a total of 45 aircraft.")

    assert result.status is Status.INCONSISTENT


def test_share_of_members_in_an_article() -> None:
    right = checks("The motion won 12 of 40 members, or 30 %, on Tuesday.")
    wrong = checks("The motion won 12 of 40 members, or 35 %, on Tuesday.")

    assert [(r.check, r.status) for r in right] == [("share", Status.CONSISTENT)]
    assert [(r.check, r.status) for r in wrong] == [("share", Status.INCONSISTENT)]


def test_doubling_in_an_article() -> None:
    [result] = checks("Border incidents doubled from 40 to 120 last year.")

    assert result.check == "ratio"
    assert result.status is Status.INCONSISTENT


def test_a_third_of_the_seats_in_an_article() -> None:
    [result] = checks("The opposition won 40 seats, a third of the 120 in parliament.")

    assert result.status is Status.CONSISTENT


def test_tripled_budget_a_few_words_before_its_figures() -> None:
    text = "Dushanbe has tripled the border security budget from $10 million to $30 million."

    [result] = checks(text)

    assert result.check == "ratio"
    assert result.status is Status.CONSISTENT


def test_will_double_between_two_rates() -> None:
    text = "Lending rates in Tajikistan will double from 3.4 percent to 6.8 percent in July."

    [result] = checks(text)

    assert result.check == "ratio"
    assert result.status is Status.CONSISTENT
