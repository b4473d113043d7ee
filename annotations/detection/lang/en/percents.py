"""English words that make a number a percentage or a change in percentage points."""

from __future__ import annotations

from ..schema import Percents

#: Written after the number; value in percent.
PERCENT_WORDS: tuple[str, ...] = (
    "%",
    "percent",
    "per cent",
    "pct",
    "percentage",
    "percents",
)

#: Written after the number; value in percentage points, with its factor
#: ("50 basis points" is half a percentage point).
POINT_WORDS: dict[str, float] = {
    "percentage point": 1.0,
    "percentage points": 1.0,
    "percent point": 1.0,
    "percent points": 1.0,
    "pp": 1.0,
    "ppt": 1.0,
    "ppts": 1.0,
    "basis point": 0.01,
    "basis points": 0.01,
    "bps": 0.01,
    "bp": 0.01,
}

#: The word after a fraction that makes it a share: "half of", "a third of".
OF = "of"

#: Vague shares without a number, still checkable: "a small percentage of".
VAGUE_SHARE_ADJECTIVES: tuple[str, ...] = (
    "small",
    "tiny",
    "large",
    "big",
    "huge",
    "high",
    "low",
    "significant",
    "substantial",
    "growing",
    "shrinking",
    "sizeable",
    "sizable",
    "majority",
)
SHARE_NOUNS: tuple[str, ...] = ("percent", "per cent", "percentage", "proportion")

#: The article that may open a vague share: "a small percentage".
VAGUE_ARTICLES: tuple[str, ...] = ("a",)

PERCENTS = Percents(
    percent_words=PERCENT_WORDS,
    point_words=POINT_WORDS,
    of=OF,
    vague_share_adjectives=VAGUE_SHARE_ADJECTIVES,
    share_nouns=SHARE_NOUNS,
    vague_articles=VAGUE_ARTICLES,
)
