"""Date claims: absolute, partial, relative and ranges, resolved to ISO 8601."""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotations.detection import detect
from annotations.detection.dates import find
from annotations.detection.types import Claim, Kind, Qualifier
from tests.detection.support import context

PUBLISHED = date(2015, 4, 10)  # a Friday
SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


def dates(text: str, published: date | None = PUBLISHED) -> list[Claim]:
    found = find(context(text, published))
    for claim in found:
        assert text[claim.start : claim.end] == claim.text
        assert claim.kind == Kind.DATE and claim.value is None
    return found


def only(text: str, published: date | None = PUBLISHED) -> Claim:
    found = dates(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "span", "normalized", "precision"),
    [
        (
            "The summit opened on March 14, 2015 in Minsk.",
            "March 14, 2015",
            "2015-03-14",
            "day",
        ),
        (
            "Voting ended 14 March 2015 after a recount.",
            "14 March 2015",
            "2015-03-14",
            "day",
        ),
        ("The filing is dated 2015-04-10.", "2015-04-10", "2015-04-10", "day"),
        (
            "The deadline was 04/22/2015, officials said.",
            "04/22/2015",
            "2015-04-22",
            "day",
        ),
        ("Troops arrived in November 2014.", "November 2014", "2014-11", "month"),
        ("Growth slowed in 2014, the ministry said.", "2014", "2014", "year"),
        ("Prices rose sharply in the 1990s.", "1990s", "199", "decade"),
        (
            "The treaty dates from the 19th century.",
            "the 19th century",
            "18",
            "century",
        ),
        ("Output fell in Q1 2015 across the region.", "Q1 2015", "2015-Q1", "quarter"),
        ("Inflation peaked in mid-2014.", "mid-2014", "2014", "year"),
    ],
)
def test_it_reads_absolute_dates_at_their_precision(
    text: str, span: str, normalized: str, precision: str
) -> None:
    claim = only(text)
    assert (claim.text, claim.normalized, claim.precision) == (
        span,
        normalized,
        precision,
    )


@pytest.mark.parametrize(
    ("text", "span", "normalized"),
    [
        ("During the April 9 meeting, delegates spoke.", "April 9", "2015-04-09"),
        ("The decree was signed 9 April.", "9 April", "2015-04-09"),
        ("In March, the deputy minister warned of attacks.", "March", "2015-03"),
        ("The ceasefire collapsed in December.", "December", "2014-12"),
        ("Elections are due in June.", "June", "2015-06"),
        ("Inspectors returned early March.", "early March", "2015-03"),
    ],
)
def test_year_less_dates_resolve_near_publication(
    text: str, span: str, normalized: str
) -> None:
    claim = only(text)
    assert (claim.text, claim.normalized) == (span, normalized)


def test_year_less_dates_stay_partial_without_publication() -> None:
    assert only("The accord was signed on April 9.", None).normalized == "XXXX-04-09"
    assert only("Fighting resumed in March.", None).normalized == "XXXX-03"


@pytest.mark.parametrize(
    ("text", "span", "normalized", "precision"),
    [
        ("Russia this month pledged more weapons.", "this month", "2015-04", "month"),
        ("Exports collapsed last year.", "last year", "2014", "year"),
        ("Talks resume next week.", "next week", "2015-W16", "week"),
        ("The minister resigned yesterday.", "yesterday", "2015-04-09", "day"),
        ("The bill passes today.", "today", "2015-04-10", "day"),
        ("The mine opened two years ago.", "two years ago", "2013", "year"),
        ("Earnings fell last quarter.", "last quarter", "2015-Q1", "quarter"),
        (
            "Prices climbed earlier this month.",
            "earlier this month",
            "2015-04",
            "month",
        ),
    ],
)
def test_it_resolves_relative_dates_against_publication(
    text: str, span: str, normalized: str, precision: str
) -> None:
    claim = only(text)
    assert (claim.text, claim.normalized, claim.precision) == (
        span,
        normalized,
        precision,
    )


def test_unresolved_relative_dates_keep_the_phrase() -> None:
    claim = only("Russia this month pledged more weapons.", None)
    assert claim.normalized is None
    assert dict(claim.extra)["relative"] == "this month"


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("The governor spoke on Tuesday.", "2015-04-07"),
        ("Results came on Friday.", "2015-04-10"),
        ("The strike started last Friday.", "2015-04-03"),
        ("The vote is next Tuesday.", "2015-04-14"),
    ],
)
def test_weekdays_follow_the_news_rule(text: str, normalized: str) -> None:
    claim = only(text)
    assert claim.normalized == normalized
    assert date.fromisoformat(claim.normalized).strftime("%A") in claim.text


def test_a_weekday_before_a_date_is_kept_for_checking() -> None:
    claim = only("The council met on Thursday, April 9, 2015, in Dushanbe.")
    assert claim.text == "Thursday, April 9, 2015"
    assert claim.normalized == "2015-04-09"
    assert dict(claim.extra)["weekday"] == "Thursday"


@pytest.mark.parametrize(
    ("text", "span", "normalized"),
    [
        ("Output rose from 2014 to 2018.", "from 2014 to 2018", "2014/2018"),
        (
            "The festival ran Nov 18-Dec 19, 2015.",
            "Nov 18-Dec 19, 2015",
            "2015-11-18/2015-12-19",
        ),
        ("Talks were held April 9-17.", "April 9-17", "2015-04-09/2015-04-17"),
        ("Sales slumped between 2007 and 2009.", "between 2007 and 2009", "2007/2009"),
    ],
)
def test_it_joins_the_ends_of_a_range(text: str, span: str, normalized: str) -> None:
    claim = only(text)
    assert (claim.text, claim.normalized) == (span, normalized)


def test_a_future_in_needs_a_future_word() -> None:
    assert only("The plant will close in two years.").normalized == "2017"
    assert dates("Unemployment hit its lowest level in two years.") == []


@pytest.mark.parametrize(
    "text",
    [
        "About 2014 people signed the petition.",
        "This may take longer than expected.",
        "Prime Minister Theresa May said no.",
        "Protesters march on the capital.",
        "The dates 04/10/2015 and 05/06/2015 are ambiguous.",
        "Call 138-2010-2015 for details.",
        "Unemployment hit its lowest level in two years.",
    ],
)
def test_it_skips_numbers_and_words_that_are_not_dates(text: str) -> None:
    assert dates(text) == []


def test_within_three_days_is_not_a_date() -> None:
    text = "CSTO forces could be at the border within three days."
    assert [
        c
        for c in detect(text, published=PUBLISHED, statements=False)
        if c.kind == Kind.DATE
    ] == []


@pytest.mark.parametrize(
    ("text", "span", "normalized"),
    [
        ("Shops closed on Christmas Day 2014.", "Christmas Day 2014", "2014-12-25"),
        ("Turnout fell last Thanksgiving.", "last Thanksgiving", "2014-11-27"),
        ("Pilgrims gathered at Easter.", "Easter", "2015-04-05"),
        ("Rebels advanced during the summer of 2014.", "summer of 2014", "2014-SU"),
        ("Output grew in the first half of 2015.", "the first half of 2015", "2015-H1"),
        ("Results for fiscal 2014 were restated.", "fiscal 2014", "FY2014"),
        (
            "Prices peaked in the last week of 2014.",
            "the last week of 2014",
            "2014-W52",
        ),
        (
            "The panel meets on Tuesday of next week.",
            "Tuesday of next week",
            "2015-04-14",
        ),
        ("The hearing is set for Monday the 13th.", "Monday the 13th", "2015-04-13"),
        ("The plant will close by the end of the year.", "end of the year", "2015"),
        ("Protests spread over the weekend.", "the weekend", "2015-W14-WE"),
        (
            "Stocks fell two weeks before Christmas 2014.",
            "two weeks before Christmas 2014",
            "2014-12-11",
        ),
        ("Sales rose in the last four months of 2014.", "2014", "2014"),
        ("Talks resume next weekend.", "next weekend", "2015-W16-WE"),
    ],
)
def test_it_reads_named_and_composite_dates(
    text: str, span: str, normalized: str
) -> None:
    claim = only(text)
    assert (claim.text, claim.normalized) == (span, normalized)


def test_a_weekday_picks_the_reading_of_an_ambiguous_slashed_date() -> None:
    # 5/12 could be May 12 or December 5; only 2014-12-05 was a Friday.
    assert only("The raid came on Friday 5/12.").normalized == "2014-12-05"


def test_year_spans_and_seasons_become_ranges() -> None:
    assert only("Debt doubled in 2010-2014.").normalized == "2010/2014"
    assert only("The 2014-15 budget was cut.").normalized == "2014/2015"


def test_adjectival_years_need_a_determiner_and_a_word() -> None:
    assert only("Officials blamed the 2008 financial crisis.").normalized == "2008"
    assert dates("Flight 2014 from Moscow landed late.") == []


NEWS = {
    "The central bank raised rates on Wednesday, its first increase since March 2013.": [
        ("Wednesday", "2015-04-08"),
        ("since March 2013", "2013-03"),
    ],
    "Exports fell 3.2 percent in the first quarter, the office said on April 8.": [
        ("the first quarter", "2015-Q1"),
        ("April 8", "2015-04-08"),
    ],
    "Talks were held in Geneva from January 21 to 23 and again in mid-February.": [
        ("January 21 to 23", "2015-01-21/2015-01-23"),
        ("mid-February", "2015-02"),
    ],
    "The plant, built in the 1970s, will close by the end of the year.": [
        ("1970s", "197"),
        ("end of the year", "2015"),
    ],
    "The law passed in 2012 by 301 votes to 120 took effect on 1 January 2013.": [
        ("2012", "2012"),
        ("1 January 2013", "2013-01-01"),
    ],
    "Since the start of the conflict in April 2014, more than 6,000 people died.": [
        ("April 2014", "2014-04"),
    ],
    "A report published on 2015-03-31 counted 240 incidents.": [
        ("2015-03-31", "2015-03-31"),
    ],
    "Nearly two-thirds of the 2,014 respondents waited more than an hour.": [],
}


@pytest.mark.parametrize("text", list(NEWS))
def test_news_sentences_yield_exactly_their_dates(text: str) -> None:
    assert [(c.text, c.normalized) for c in dates(text)] == NEWS[text]


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seed reports not present")
def test_the_seed_report_dates_resolve_as_a_reader_would() -> None:
    text = next(iter(sorted(SEEDS.glob("*.txt")))).read_text(encoding="utf-8")
    found = {
        (c.text, c.normalized)
        for c in detect(text, published=PUBLISHED, statements=False)
        if c.kind == Kind.DATE
    }
    expected = {
        ("April 9", "2015-04-09"),
        ("November 2014", "2014-11"),
        ("March", "2015-03"),
        ("January", "2015-01"),
        ("March 14", "2015-03-14"),
        ("December 2014", "2014-12"),
        ("this month", "2015-04"),
    }
    assert expected <= found


def test_a_hostile_megabyte_of_digits_and_currency_symbols_keeps_offsets() -> None:
    # Speed on hostile input is measured by `make bench`; here, the behaviour.
    text = ("$1 €2,000 £3.5 1-2/3 " * 40_000 + "9" * 500_000)[:1_000_000]
    for claim in find(context(text, PUBLISHED)):
        assert text[claim.start : claim.end] == claim.text


TOKENS = [
    "April",
    "9",
    "2015",
    "the",
    "1990s",
    "last",
    "next",
    "this",
    "week",
    "month",
    "year",
    "ago",
    "in",
    "two",
    "3",
    "days",
    "within",
    "-",
    "/",
    ",",
    "Q1",
    "H2",
    "fiscal",
    "FY15",
    "Christmas",
    "summer",
    "of",
    "on",
    "Monday",
    "Tue",
    "13th",
    "04/10/2015",
    "2014-15",
    "9/11",
    "mid-",
    "early",
    "end",
    "'s",
    "19th",
    "century",
    "May",
    "may",
    "between",
    "to",
]


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.sampled_from(TOKENS), min_size=1, max_size=14),
    published=st.one_of(st.none(), st.dates()),
)
def test_any_mix_of_date_words_yields_consistent_claims(
    words: list[str], published: date | None
) -> None:
    text = " ".join(words)
    found = find(context(text, published))
    assert all(text[c.start : c.end] == c.text for c in found)
    assert all(a.end <= b.start for a, b in pairwise(found))


def test_json_output_keeps_offsets_beside_the_period_bounds() -> None:
    claim = only("Troops arrived in November 2014.")
    data = claim.to_dict()
    assert (data["start"], data["end"]) == (claim.start, claim.end)
    assert (data["period_start"], data["period_end"]) == ("2014-11-01", "2014-12-01")


@pytest.mark.parametrize(
    ("text", "span", "qualifier"),
    [
        ("Emissions must halve by 2030.", "by 2030", Qualifier.AT_MOST),
        ("Prices have doubled since 2014.", "since 2014", Qualifier.AT_LEAST),
        ("The mine closed before 2010.", "before 2010", Qualifier.LESS_THAN),
        ("Sales recovered after March 2016.", "after March 2016", Qualifier.MORE_THAN),
        ("The law took effect in 2012.", "2012", Qualifier.EXACT),
        # Unicode case folding: the long s of old print matches "s".
        (
            "It has risen \u017fince March 2016.",
            "\u017fince March 2016",
            Qualifier.AT_LEAST,
        ),
        ("It has risen SINCE March 2016.", "SINCE March 2016", Qualifier.AT_LEAST),
    ],
)
def test_words_bounding_a_date_become_its_qualifier(
    text: str, span: str, qualifier: Qualifier
) -> None:
    claim = only(text)
    assert (claim.text, claim.qualifier) == (span, qualifier)


def test_a_range_keeps_its_own_words() -> None:
    claim = only("Prices rose from March until May.")
    assert (claim.text, claim.qualifier) == ("from March until May", Qualifier.EXACT)
