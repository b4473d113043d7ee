"""Overlap resolution decides each cluster of overlapping spans alone; the
result must equal one greedy pass over all candidates ranked together."""

from __future__ import annotations

import itertools
import random

import pytest

from annotations.detection.resolve import SPECIFICITY, resolve_figures
from annotations.detection.types import Claim, Kind

KINDS = [Kind.MONEY, Kind.PERCENT, Kind.COUNT, Kind.QUANTITY, Kind.DURATION, Kind.DATE]


def greedy(candidates: list[Claim]) -> list[Claim]:
    """The plain definition: longest first, then most specific, then leftmost."""
    ranked = sorted(
        candidates,
        key=lambda c: (-(c.end - c.start), -SPECIFICITY.get(c.kind, 0), c.start),
    )
    taken: list[Claim] = []
    for claim in ranked:
        if not any(claim.overlaps(other) for other in taken):
            taken.append(claim)
    return sorted(taken, key=lambda c: c.start)


@pytest.mark.parametrize("seed", range(60))
def test_clustered_resolution_equals_global_greedy(seed: int) -> None:
    rng = random.Random(seed)
    candidates = []
    for _ in range(rng.randint(0, 80)):
        start = rng.randint(0, 300)
        end = start + rng.randint(1, 25)
        kind = rng.choice(KINDS)
        candidates.append(Claim(kind, start, end, "x" * (end - start)))
    assert resolve_figures(candidates) == greedy(candidates)


def test_kept_claims_never_overlap() -> None:
    rng = random.Random(7)
    candidates = [
        Claim(rng.choice(KINDS), s, s + rng.randint(1, 9), "")
        for s in (rng.randint(0, 100) for _ in range(200))
    ]
    kept = resolve_figures(candidates)
    starts = [c.start for c in kept]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in itertools.pairwise(kept))
    assert len(kept) > 10
