"""Figures grouped by sentence (the shared splitter) for the arithmetic checks."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..sentences import split
from ..types import Claim, Kind

#: Kinds the arithmetic checks compare with one another.
ARITHMETIC_KINDS = frozenset({Kind.COUNT, Kind.MONEY, Kind.PERCENT, Kind.QUANTITY})


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the article and the figures inside it, in text order."""

    text: str  # the whole article
    start: int
    end: int
    figures: tuple[Claim, ...]

    def between(self, first: Claim, second: Claim) -> str:
        """Article text from the end of ``first`` to the start of ``second``."""
        return self.text[first.end : second.start]

    def before(self, claim: Claim, chars: int = 40) -> str:
        """Up to ``chars`` characters of this sentence before ``claim``."""
        return self.text[max(self.start, claim.start - chars) : claim.start]

    def after(self, claim: Claim, chars: int = 40) -> str:
        """Up to ``chars`` characters of this sentence after ``claim``."""
        return self.text[claim.end : min(self.end, claim.end + chars)]

    @property
    def words(self) -> str:
        return self.text[self.start : self.end]


def sentences(claims: Sequence[Claim], text: str) -> Iterator[Sentence]:
    """Sentences that hold at least two figures of the arithmetic kinds."""
    figures = sorted(
        (c for c in claims if c.kind in ARITHMETIC_KINDS and c.end <= len(text)),
        key=lambda c: c.start,
    )
    for start, end in split(text):
        inside = tuple(c for c in figures if start <= c.start and c.end <= end)
        if len(inside) >= 2:
            yield Sentence(text, start, end, inside)


def comparable(first: Claim, second: Claim) -> bool:
    """Same kind and, for money, quantities and percentages, the same unit.

    Counts compare across their nouns ("120 delegates", "70 from Russia").
    """
    if first.kind is not second.kind:
        return False
    return first.kind is Kind.COUNT or first.unit == second.unit


def point(claim: Claim) -> float | None:
    """A figure's value, or the midpoint of its range."""
    if claim.value is not None:
        return claim.value
    if claim.low is not None and claim.high is not None:
        return (claim.low + claim.high) / 2
    return None
