"""Arithmetic checks: parts against a stated total, a share against its base."""

from __future__ import annotations

from annotations.detection.checks import Status, arithmetic, run_checks
from annotations.detection.checks.result import CheckResult
from annotations.detection.types import Claim, Kind, Qualifier
from tests.detection.support import context


def check_arithmetic(claims: list[Claim], text: str | None) -> list[CheckResult]:
    return arithmetic.check_arithmetic(claims, context(text or ""))


def figure(
    text: str,
    phrase: str,
    value: float,
    kind: Kind = Kind.COUNT,
    unit: str | None = None,
    nth: int = 0,
    qualifier: Qualifier = Qualifier.EXACT,
) -> Claim:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return Claim(
        kind,
        start,
        start + len(phrase),
        phrase,
        value=value,
        unit=unit,
        qualifier=qualifier,
    )


def counts(text: str, *phrases: str) -> list[Claim]:
    return [figure(text, p, float(p.split()[0].replace(",", ""))) for p in phrases]


def test_parts_short_of_the_total_are_inconsistent() -> None:
    text = "Of the 120 delegates, 70 were from Russia and 40 from Kazakhstan."
    claims = counts(text, "120 delegates", "70", "40")

    [result] = check_arithmetic(claims, text)

    assert result.check == "sum"
    assert result.status is Status.INCONSISTENT
    assert result.expected == 110
    assert result.stated == 120
    assert result.explanation == (
        "The parts (70 + 40) add up to 110, 10 less than the stated total of "
        "120 delegates."
    )


def test_parts_that_add_up_are_consistent() -> None:
    text = "Of the 120 delegates, 80 were from Russia and 40 from Kazakhstan."

    [result] = check_arithmetic(counts(text, "120 delegates", "80", "40"), text)

    assert result.status is Status.CONSISTENT


def test_total_after_the_parts_is_checked() -> None:
    text = "Russia sent 12 jets and 30 helicopters, a total of 45 aircraft."

    [result] = check_arithmetic(
        counts(text, "12 jets", "30 helicopters", "45 aircraft"), text
    )

    assert result.status is Status.INCONSISTENT
    assert result.expected == 42


def test_of_whom_closes_the_list() -> None:
    text = "The army has 300 officers, of whom 180 are Tajik and 120 Russian."

    [result] = check_arithmetic(counts(text, "300 officers", "180", "120"), text)

    assert result.status is Status.CONSISTENT


def test_open_list_only_fails_when_parts_exceed_the_total() -> None:
    fits = "Of the 120 delegates, including 70 from Russia and 40 from Armenia, most spoke."
    exceeds = "Of the 120 delegates, including 80 from Russia and 50 from Armenia, most spoke."

    [fine] = check_arithmetic(counts(fits, "120 delegates", "70", "40"), fits)
    [wrong] = check_arithmetic(counts(exceeds, "120 delegates", "80", "50"), exceeds)

    assert fine.status is Status.CONSISTENT
    assert wrong.status is Status.INCONSISTENT


def test_rounded_money_parts_fit_within_their_rounding() -> None:
    text = "Of the $5 billion budget, $3.2 billion goes to the army and $1.9 billion to police."
    claims = [
        figure(text, "$5 billion", 5e9, Kind.MONEY, "USD"),
        figure(text, "$3.2 billion", 3.2e9, Kind.MONEY, "USD"),
        figure(text, "$1.9 billion", 1.9e9, Kind.MONEY, "USD"),
    ]

    [result] = check_arithmetic(claims, text)

    # 5.1 billion against "5 billion" (4.5-5.5): within the rounding.
    assert result.status is Status.CONSISTENT


def test_about_widens_a_sum_to_five_percent() -> None:
    text = "Of about 1,000 troops, 600 are Russian and 352 Kyrgyz."
    claims = [
        figure(text, "1,000 troops", 1000, qualifier=Qualifier.APPROXIMATELY),
        figure(text, "600", 600),
        figure(text, "352", 352),
    ]

    [result] = check_arithmetic(claims, text)

    assert result.status is Status.CONSISTENT


def refugees(kabul: int, herat: int) -> Status:
    text = f"Of the 5,000 refugees, {kabul:,} went to Kabul and {herat:,} to Herat."
    claims = [
        figure(text, "5,000 refugees", 5000),
        figure(text, f"{kabul:,}", kabul),
        figure(text, f"{herat:,}", herat),
    ]
    [result] = check_arithmetic(claims, text)
    return result.status


def test_sum_boundaries_follow_the_rounding_of_every_figure() -> None:
    # "5,000" stands for 4,950-5,050 and "3,012", "1,938" for +/- 0.5 each:
    # 51 of slack, then a 2 % margin (100) before "inconsistent".
    assert refugees(3012, 1938) is Status.CONSISTENT  # 4,950: gap 50
    assert refugees(3012, 1887) is Status.APPROXIMATELY  # 4,899: 50 past the slack
    assert refugees(3012, 1836) is Status.INCONSISTENT  # 4,848: 101 past it


def test_money_in_another_currency_is_not_a_part() -> None:
    text = "Of the $5 billion budget, 3 billion rubles and $1 billion were spent."
    claims = [
        figure(text, "$5 billion", 5e9, Kind.MONEY, "USD"),
        figure(text, "3 billion rubles", 3e9, Kind.MONEY, "RUB"),
        figure(text, "$1 billion", 1e9, Kind.MONEY, "USD"),
    ]

    assert check_arithmetic(claims, text) == []


def test_share_matching_its_fraction_is_consistent() -> None:
    text = "The motion won 12 of 40 members, or 30 %, on Tuesday."
    claims = [
        *counts(text, "12", "40 members"),
        figure(text, "30 %", 30, Kind.PERCENT, "percent"),
    ]

    [result] = check_arithmetic(claims, text)

    assert result.check == "share"
    assert result.status is Status.CONSISTENT
    assert result.expected == 30.0
    assert result.evidence == "12 / 40 = 30.00 %"


def test_share_off_its_fraction_is_inconsistent() -> None:
    text = "The motion won 12 of 40 members, or 35 %, on Tuesday."
    claims = [
        *counts(text, "12", "40 members"),
        figure(text, "35 %", 35, Kind.PERCENT, "percent"),
    ]

    [result] = check_arithmetic(claims, text)

    assert result.status is Status.INCONSISTENT
    assert result.explanation == "12 of 40 members is 30.0 %, not the stated 35 %."


def test_share_rounding_boundaries() -> None:
    # 7 of 9 is 77.78 %: "78 %" covers it; "76 %" misses by 1.28 points,
    # within the 2 % margin (1.56 points); "75 %" misses by 2.28 points.
    def status(stated: str) -> Status:
        text = f"Judges backed it 7 of 9 votes ({stated})."
        claims = [
            *counts(text, "7", "9 votes"),
            figure(text, stated, float(stated.split()[0]), Kind.PERCENT, "percent"),
        ]
        [result] = check_arithmetic(claims, text)
        return result.status

    assert status("78 %") is Status.CONSISTENT
    assert status("76 %") is Status.APPROXIMATELY
    assert status("75 %") is Status.INCONSISTENT


def test_percentage_points_are_not_a_share() -> None:
    text = "Turnout rose for 12 of 40 regions, or 30 points."
    claims = [
        *counts(text, "12", "40 regions"),
        figure(text, "30 points", 30, Kind.PERCENT, "percentage_point"),
    ]

    assert check_arithmetic(claims, text) == []


def test_no_text_means_no_arithmetic() -> None:
    text = "Of the 120 delegates, 70 were from Russia and 40 from Kazakhstan."

    assert check_arithmetic(counts(text, "120 delegates", "70", "40"), None) == []


def test_each_sentence_is_checked_on_its_own() -> None:
    text = "Of the 120 delegates, 70 came. Another 50 stayed home and 40 wrote in."

    assert check_arithmetic(counts(text, "120 delegates", "70", "50", "40"), text) == []


def test_run_checks_passes_the_text_to_arithmetic() -> None:
    text = "Of the 120 delegates, 70 were from Russia and 40 from Kazakhstan."

    results = run_checks(counts(text, "120 delegates", "70", "40"), None, text=text)

    assert [r.check for r in results] == ["sum"]


def test_a_figure_between_the_parts_breaks_the_list() -> None:
    text = (
        "Of six tax-credit programs worth $35 million, three companies got "
        "90 percent -- CVS and two companies based elsewhere."
    )
    claims = [
        figure(text, "six", 6),
        figure(text, "$35 million", 3.5e7, Kind.MONEY, "USD"),
        figure(text, "three companies", 3),
        figure(text, "90 percent", 90, Kind.PERCENT, "percent"),
        figure(text, "two companies", 2),
    ]

    assert check_arithmetic(claims, text) == []


def test_a_distant_first_part_is_not_read_as_a_breakdown() -> None:
    text = (
        "Of the 120 delegates who flew to Dushanbe for the two-day meeting on "
        "security, 70 spoke Russian and 40 spoke Tajik."
    )

    assert check_arithmetic(counts(text, "120 delegates", "70", "40"), text) == []


def test_a_share_is_not_read_as_a_total() -> None:
    text = "The motion won 12 of 40 members, 8 of them Tajik and 4 Russian."

    claims = [
        figure(text, "12", 12),
        figure(text, "40 members", 40),
        figure(text, "8", 8),
        figure(text, "4 Russian", 4),
    ]

    assert check_arithmetic(claims, text) == []


def test_of_inside_a_clause_opens_no_breakdown() -> None:
    text = "Police said 266 people were convicted of 100 assaults, 30 thefts and 4 killings."
    claims = counts(text, "266 people", "100 assaults", "30 thefts", "4 killings")

    assert check_arithmetic(claims, text) == []


def test_including_before_the_total_makes_the_list_open() -> None:
    text = (
        "Police made 900 arrests, including for 100 assaults, 30 thefts and 4 killings."
    )
    claims = counts(text, "900 arrests", "100 assaults", "30 thefts", "4 killings")

    assert check_arithmetic(claims, text) == []


def test_bare_comma_does_not_restate_a_share() -> None:
    text = "If you are one of the 65, 70 percent of voters who stayed home, listen."
    claims = [
        figure(text, "65", 65),
        figure(text, "70 percent", 70, Kind.PERCENT, "percent"),
    ]

    assert check_arithmetic(claims, text) == []


def test_sentence_opening_of_without_the_leads_a_breakdown() -> None:
    text = "Of 120 delegates, 70 were from Russia and 40 from Kazakhstan."

    [result] = check_arithmetic(counts(text, "120 delegates", "70", "40"), text)

    assert result.status is Status.INCONSISTENT
