"""The number scanner tries the number regex only where a number can start;
it must find exactly what a plain ``finditer`` of that regex finds."""

from __future__ import annotations

import random
import re

import pytest

from annotations.detection import figures
from tests.detection.support import EN, context

PIECES = [
    "1",
    "12",
    "2015",
    "1,200",
    "3.5",
    ".5",
    "-",
    "−",
    ".",
    ",",
    " ",
    "  ",
    "\n",
    "½",
    "2½",
    "1/2",
    "3 1/4",
    "٣",
    "e6",
    "x10^3",
    "%",
    "$",
    "one",
    "One",
    "a",
    "an",
    "A",
    "minus",
    "half",
    "third",
    "dozen",
    "dozens",
    "million",
    "bn",
    "hundred",
    "and",
    "twenty-five",
    "of",
    "F-",
    "COVID",
    "someone",
    "often",
    "1.234.567",
    "12,99",
    "12 590,00",
    "(",
    ")",
    "-.",
    "v.",
    "ten",
    "-5",
    "1234567890123456",
    "⅞",
]


def reference(text: str) -> list[tuple[int, int]]:
    regex = figures._scan_regex(EN)
    return [m.span() for m in regex.finditer(text)]


def fast(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in figures._matches(context(text), 0, len(text))]


@pytest.mark.parametrize("seed", range(40))
def test_fast_scan_matches_finditer_on_random_text(seed: int) -> None:
    rng = random.Random(seed)
    text = "".join(rng.choice(PIECES) for _ in range(400))
    assert fast(text) == reference(text)


@pytest.mark.parametrize(
    "text",
    [
        "Prices fell -5% and rose .5 points, then -.25 and 5-7 million.",
        "It was one hundred and twenty-five, a dozen or 2½ tonnes (1/2 of it).",
        "v.14 and 3.14 and 1234567890123456789 and 12345½ and ٣٤ apples.",
        "A third of the minus 5 readings; an estimated half of them.",
    ],
)
def test_fast_scan_matches_finditer_on_sentences(text: str) -> None:
    assert fast(text) == reference(text)
    assert fast(text), "each sentence holds numbers"


def test_scan_is_kept_for_the_call_and_no_longer() -> None:
    text = "It cost 70 billion rubles."
    ctx = context(text)
    first = figures.scan(ctx)
    assert figures.scan(ctx) is first
    again = figures.scan(context(text))
    assert again == first and again is not first


NOT_PROSE_RUN = re.compile(r"[\W\d_]{256}")


def reference_ranges(text: str) -> list[tuple[int, int]]:
    """Prose ranges by the plain definition: cut at every letter-free stretch."""
    if not NOT_PROSE_RUN.search(text):
        return [(0, len(text))]
    ranges, pos = [], 0
    for stretch in figures.NOT_PROSE.finditer(text):
        ranges.append((pos, stretch.start()))
        pos = stretch.end()
    return [*ranges, (pos, len(text))]


@pytest.mark.parametrize("seed", range(20))
def test_prose_ranges_match_the_plain_definition(seed: int) -> None:
    rng = random.Random(seed)
    letters = rng.choice([0.0, 0.002, 0.01, 0.05, 0.3])
    text = "".join(
        rng.choice("ab") if rng.random() < letters else rng.choice(" 1,.$-\n5")
        for _ in range(rng.randint(0, 3000))
    )
    assert figures._prose_ranges(text) == reference_ranges(text)
