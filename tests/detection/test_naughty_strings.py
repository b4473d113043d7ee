"""The Big List of Naughty Strings never breaks splitting, quotes or detect().

The list is vendored in tests/data/blns (with our own additions in tests/hostile.py).
"""

from __future__ import annotations

import pytest

from annotations.detection import detect
from annotations.detection.text.sentences import split
from tests.detection.support import context
from tests.hostile import naughty_strings


@pytest.fixture(scope="module")
def naughty() -> list[str]:
    return [s for s in naughty_strings() if "\ud800" not in s]


def test_naughty_strings_split_into_trimmed_ordered_sentences(
    naughty: list[str],
) -> None:
    for text in naughty:
        end = 0
        for start, stop in split(context(text)):
            assert end <= start < stop <= len(text), text
            assert text[start:stop].strip() == text[start:stop], text
            end = stop


def test_naughty_strings_give_claims_with_exact_offsets(naughty: list[str]) -> None:
    joined = "\n\n".join(naughty)
    for text in [*naughty, joined]:
        for claim in detect(text):
            assert text[claim.start : claim.end] == claim.text, text
            if claim.kind.value == "quote":
                assert claim.text[0] in "\"“„«'‘", claim.text
