"""The Big List of Naughty Strings never breaks splitting, quotes or detect().

Read from the shared data directory when present; skipped otherwise.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from annotations.detection import detect
from annotations.detection.text.sentences import split
from tests.detection.support import context

SHARED = Path(os.environ.get("SHARED", Path(__file__).resolve().parents[3] / "shared"))
BLNS = SHARED / "data" / "blns" / "blns.json"


@pytest.fixture(scope="module")
def naughty() -> list[str]:
    if not BLNS.is_file():
        pytest.skip("the naughty strings are not available (no shared/data/blns)")
    strings: list[str] = json.loads(BLNS.read_text(encoding="utf-8"))
    return strings


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
