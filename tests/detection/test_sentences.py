"""Sentence splitting of news text with exact offsets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotations.detection.context import Context, UnsupportedLanguage
from annotations.detection.text import sentences as splitter
from annotations.detection.text.sentences import Sentence


def split(text: str) -> list[tuple[int, int]]:
    return splitter.split(Context.create(text, published=None, language="en"))


def sentences(text: str) -> list[Sentence]:
    return splitter.sentences(Context.create(text, published=None, language="en"))


def texts(text: str) -> list[str]:
    return [text[start:end] for start, end in split(text)]


def test_it_splits_plain_sentences_and_keeps_offsets() -> None:
    text = "Fuel prices rose again.  The ministry blamed the weather! Was it right?"
    spans = split(text)
    assert texts(text) == [
        "Fuel prices rose again.",
        "The ministry blamed the weather!",
        "Was it right?",
    ]
    assert spans[1] == (25, 57)


def test_titles_and_initials_do_not_end_a_sentence() -> None:
    text = (
        "Gen. Tomas Varga met Dr. Ines Holt and Mr. John F. Kennedy Jr. in Kyiv. "
        "They talked for an hour."
    )
    assert texts(text) == [
        "Gen. Tomas Varga met Dr. Ines Holt and Mr. John F. Kennedy Jr. in Kyiv.",
        "They talked for an hour.",
    ]


def test_decimals_stay_inside_the_sentence() -> None:
    text = "The fund lost 1.2 billion euros, or 3.5 percent. Investors fled."
    assert texts(text) == [
        "The fund lost 1.2 billion euros, or 3.5 percent.",
        "Investors fled.",
    ]


def test_dotted_acronyms_split_only_before_a_sentence_opener() -> None:
    text = (
        "U.S. officials said the U.S. Navy would stay. "
        "Aid will come from the U.S. The talks resume on Monday."
    )
    assert texts(text) == [
        "U.S. officials said the U.S. Navy would stay.",
        "Aid will come from the U.S.",
        "The talks resume on Monday.",
    ]


def test_abbreviations_before_numbers_do_not_split() -> None:
    text = "Resolution No. 12 passed on Jan. 9 by 40 votes. It takes effect at once."
    assert texts(text) == [
        "Resolution No. 12 passed on Jan. 9 by 40 votes.",
        "It takes effect at once.",
    ]


def test_a_quote_ending_a_sentence_keeps_its_closing_mark() -> None:
    text = 'He called it "a disgrace." Then he left.  “We are done.” The end.'
    assert texts(text) == [
        'He called it "a disgrace."',
        "Then he left.",
        "“We are done.”",
        "The end.",
    ]


def test_attribution_after_a_quote_stays_in_the_same_sentence() -> None:
    text = '"Prices will fall," the minister said. "Why now?" she asked. Nobody knew.'
    assert texts(text) == [
        '"Prices will fall," the minister said.',
        '"Why now?" she asked.',
        "Nobody knew.",
    ]


def test_ellipses_split_before_a_capital_but_not_before_lower_case() -> None:
    text = "We waited… and waited. Then came the news... Nobody cheered."
    assert texts(text) == [
        "We waited… and waited.",
        "Then came the news...",
        "Nobody cheered.",
    ]


def test_paragraph_breaks_and_headlines_without_stops_split() -> None:
    text = "Markets Slide As Oil Jumps\n\nShares fell on Friday\n\nTraders were calm."
    assert texts(text) == [
        "Markets Slide As Oil Jumps",
        "Shares fell on Friday",
        "Traders were calm.",
    ]


def test_a_line_break_inside_a_running_sentence_does_not_split() -> None:
    text = "The council approved the plan,\nwhich costs $4 million.\nIt starts soon."
    assert texts(text) == [
        "The council approved the plan,\nwhich costs $4 million.",
        "It starts soon.",
    ]


def test_sentences_carry_their_text() -> None:
    text = "  Rain fell.\tRivers rose.  "
    assert sentences(text) == [
        Sentence(2, 12, "Rain fell."),
        Sentence(13, 25, "Rivers rose."),
    ]


def test_empty_and_blank_text_have_no_sentences() -> None:
    assert split("") == []
    assert split(" \n\n \t") == []


def test_unknown_language_is_refused() -> None:
    with pytest.raises(UnsupportedLanguage):
        Context.create("Hola.", published=None, language="xx")


@pytest.mark.parametrize(
    "hostile",
    [
        ". " * 200_000,
        "\n \n" * 150_000,
        "U.S. " * 100_000,
        "a" * 400_000,
    ],
)
def test_hostile_text_splits_in_linear_time(hostile: str) -> None:
    # Speed is measured by `make bench`; here, exact trimmed offsets.
    spans = split(hostile)
    for start, end in spans:
        assert hostile[start:end].strip() == hostile[start:end]


def test_a_text_ending_in_an_abbreviation_is_one_sentence() -> None:
    assert texts("Turn to page No.") == ["Turn to page No."]
    assert texts("Aid came from the U.S.") == ["Aid came from the U.S."]


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("aZ .!?…\"'”“()\n\t,;:0123456789")), max_size=120
    )
)
def test_sentences_are_ordered_trimmed_and_cover_every_visible_character(
    text: str,
) -> None:
    spans = split(text)
    covered: set[int] = set()
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        covered.update(range(start, end))
        previous_end = end
    visible = {i for i, char in enumerate(text) if not char.isspace()}
    assert visible <= covered


def test_no_before_a_word_is_the_word_and_ends_a_sentence() -> None:
    assert texts("I asked twice. He said no. Then he left.") == [
        "I asked twice.",
        "He said no.",
        "Then he left.",
    ]


def test_a_dash_after_a_question_mark_continues_the_sentence() -> None:
    text = "We have been here for — what? — 50 days. Plenty."
    assert texts(text) == ["We have been here for — what? — 50 days.", "Plenty."]


def test_a_dotted_place_name_ends_a_sentence_before_not() -> None:
    text = "It is run from Washington, D.C. Not even close."
    assert texts(text) == ["It is run from Washington, D.C.", "Not even close."]
