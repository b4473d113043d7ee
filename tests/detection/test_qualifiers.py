"""The qualifier lexicon shared by every figure detector."""

from __future__ import annotations

import re

import pytest

from annotations.detection.qualifiers import qualifier_for, qualifier_pattern
from annotations.detection.types import Qualifier
from tests.detection.support import EN, context

PREFIX = re.compile(rf"(?P<q>{qualifier_pattern(EN)})\s+\d")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("around", Qualifier.APPROXIMATELY),
        ("About", Qualifier.APPROXIMATELY),
        ("some", Qualifier.APPROXIMATELY),
        ("roughly", Qualifier.APPROXIMATELY),
        ("nearly", Qualifier.APPROXIMATELY),
        ("almost", Qualifier.APPROXIMATELY),
        ("an estimated", Qualifier.APPROXIMATELY),
        ("close to", Qualifier.APPROXIMATELY),
        ("up to", Qualifier.AT_MOST),
        ("within", Qualifier.AT_MOST),
        ("no more than", Qualifier.AT_MOST),
        ("as many as", Qualifier.AT_MOST),
        ("at least", Qualifier.AT_LEAST),
        ("no fewer than", Qualifier.AT_LEAST),
        ("a minimum of", Qualifier.AT_LEAST),
        ("less than", Qualifier.LESS_THAN),
        ("fewer than", Qualifier.LESS_THAN),
        ("under", Qualifier.LESS_THAN),
        ("more than", Qualifier.MORE_THAN),
        ("over", Qualifier.MORE_THAN),
        ("in excess of", Qualifier.MORE_THAN),
        ("upwards of", Qualifier.MORE_THAN),
    ],
)
def test_it_maps_each_phrase_to_its_qualifier(phrase: str, expected: Qualifier) -> None:
    match = PREFIX.search(f"Officials counted {phrase} 40 trucks.")
    assert match is not None
    assert match.group("q") == phrase
    assert qualifier_for(match.group("q"), EN) is expected


def test_the_longest_phrase_wins() -> None:
    match = PREFIX.search("The law allows no more than 5 visits.")
    assert match is not None
    assert qualifier_for(match.group("q"), EN) is Qualifier.AT_MOST


def test_it_ignores_phrases_inside_words() -> None:
    assert PREFIX.search("The handover 5 days later") is None


def test_no_phrase_means_exact() -> None:
    assert qualifier_for(None, EN) is Qualifier.EXACT
    assert qualifier_for("", EN) is Qualifier.EXACT


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        (
            "Police said 20 or more people were hurt.",
            "20 or more people",
            Qualifier.AT_LEAST,
        ),
        (
            "The repairs will cost $5 million or so.",
            "$5 million or so",
            Qualifier.APPROXIMATELY,
        ),
        ("Turnout could fall to 30% or less.", "30% or less", Qualifier.AT_MOST),
    ],
)
def test_a_qualifier_after_the_figure_counts_too(
    text: str, span: str, expected: Qualifier
) -> None:
    from annotations.detection import counts, money, percents

    ctx = context(text)
    claims = [c for m in (counts, money, percents) for c in m.find(ctx)]
    assert [(c.text, c.qualifier) for c in claims] == [(span, expected)]
