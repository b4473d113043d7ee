"""WordStarts finds exactly what ``finditer`` of ``\\b`` + its body finds."""

from __future__ import annotations

import random
import re

import pytest

from annotations.detection.text.regexes import WordStarts, trie

PIECES = [
    "one", "One", "ten", "often", "tens", "a", "an", "hundreds", "of", "people",
    "dozens", "small", "percentage", " ", "  ", "\n", "-", "'", "’", "_", "é",
    "ß", "İ", "5", "x", ".", ",", "(", "of-", "people-", "ſmall",
]  # fmt: skip

BODIES = [
    rf"{trie(['one', 'ten', 'a', 'an', 'hundred'], fold=True)}\b",
    r"(?P<vague>hundreds|dozens)\s{1,3}of\s{1,3}(?P<unit>[^\W\d_][\w'’-]{1,30})",
    r"(?:small|large)\s{1,3}(?:percentage|proportion)\b",
]


def spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize("seed", range(60))
def test_same_matches_as_finditer_with_a_leading_boundary(seed: int) -> None:
    rng = random.Random(seed)
    text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 200)))
    for body in BODIES:
        words, plain = WordStarts(body), re.compile(rf"\b(?:{body})")
        assert spans(words.finditer(text)) == spans(plain.finditer(text))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        assert spans(words.finditer(text, start, end)) == spans(
            plain.finditer(text, start, end)
        )


def test_groups_are_those_of_the_body() -> None:
    finder = WordStarts(BODIES[1])
    (match,) = finder.finditer("Some hundreds of  people left.")
    assert (match.group("vague"), match.group("unit")) == ("hundreds", "people")
