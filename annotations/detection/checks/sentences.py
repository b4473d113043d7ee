"""Figures grouped by sentence (the shared splitter) for the arithmetic checks."""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..context import Context
from ..figures import find_numbers
from ..text.sentences import split
from ..types import FIGURE_KINDS, Claim, Kind

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


def sentences(claims: Sequence[Claim], ctx: Context) -> Iterator[Sentence]:
    """Sentences that hold at least two figures of the arithmetic kinds.

    Bare numbers no detector claimed ("70" in "70 were from Russia") join as
    unit-less counts, since totals and shares are often written that way.
    """
    text = ctx.text
    figures = sorted(
        [
            *(c for c in claims if c.kind in ARITHMETIC_KINDS and c.end <= len(text)),
            *bare_numbers(claims, ctx),
        ],
        key=lambda c: c.start,
    )
    index = 0
    for start, end in split(ctx):
        while index < len(figures) and figures[index].start < start:
            index += 1
        inside = []
        while index < len(figures) and figures[index].end <= end:
            inside.append(figures[index])
            index += 1
        if len(inside) >= 2:
            yield Sentence(text, start, end, tuple(inside))


def bare_numbers(claims: Sequence[Claim], ctx: Context) -> list[Claim]:
    """Numbers in ``ctx.text`` that overlap no figure claim, as unit-less counts.

    >>> text = "Of 120 seats, 70 went to a two-day vote."
    >>> [c.text for c in bare_numbers([], Context.create(text, published=None, language="en"))]
    ['120', '70']
    """
    text = ctx.text
    taken = sorted((c.start, c.end) for c in claims if c.kind in FIGURE_KINDS)
    starts = [start for start, _ in taken]
    found = []
    for number in find_numbers(ctx):
        if _hyphenated(text, number.start, number.end):
            continue
        # Only the claim starting last before this number's end can overlap
        # it, unless an earlier, longer claim does: check the two neighbours.
        position = bisect.bisect_left(starts, number.end)
        neighbours = taken[max(0, position - 2) : position]
        if not any(
            start < number.end and number.start < end for start, end in neighbours
        ):
            found.append(number)
    return found


def _hyphenated(text: str, start: int, end: int) -> bool:
    # "two-day", "10-year-old", "Su-25", "COVID-19": names and modifiers.
    after = text[end : end + 2]
    before = text[max(0, start - 2) : start]
    return (len(after) == 2 and after[0] == "-" and after[1].isalpha()) or (
        len(before) == 2 and before[1] == "-" and before[0].isalpha()
    )


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
