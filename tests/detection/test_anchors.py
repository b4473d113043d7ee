"""The shared word search gives each detector exactly the matches of its own
``\\b``-led pattern."""

from __future__ import annotations

import random

import pytest

from annotations.detection import anchors, counts, figures, percents
from tests.detection.support import EN, context

PIECES = [
    "one", "One", "ONE", "a", "A", "an", "AN", "ten", "tens", "Tens", "often",
    "hundred", "hundreds", "Hundreds", "thousands", "of", "OF", "people",
    "soldiers", "dozens", "small", "Small", "large", "percentage", "proportion",
    "per cent", " ", "  ", "\n", "-", "'", "é", "_", "5", ".", ",", "twenty-five",
]  # fmt: skip

FINDERS = {
    "number": lambda: figures._starts(EN)[1].bounded,
    "vague count": lambda: counts._vague_regex(EN),
    "vague share": lambda: percents._vague_regex(EN),
}


@pytest.mark.parametrize("seed", range(40))
@pytest.mark.parametrize("name", sorted(FINDERS))
def test_each_list_gets_the_matches_of_its_own_pattern(seed: int, name: str) -> None:
    rng = random.Random(seed)
    text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 300)))
    pattern = FINDERS[name]()
    expected = [m.span() for m in pattern.finditer(text)]
    found = [m.span() for m in anchors.matches(context(text), name, pattern)]
    assert found == expected


def test_one_search_serves_every_list() -> None:
    text = "Dozens of soldiers and a small percentage of three hundred people."
    ctx = context(text)
    assert anchors.starts(ctx, "vague count") == [0]
    assert anchors.starts(ctx, "vague share") == [25]
    # "Dozens" also opens a number ("dozens" is a group word, like "a dozen").
    numbers = [text[p : p + 5] for p in anchors.starts(ctx, "number")]
    assert numbers == ["Dozen", "a sma", "three", "hundr"]
