"""Overlap resolution: figure claims never overlap; the longest, most specific wins."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from operator import attrgetter

from .types import Claim, Kind

# Higher wins a tie on length: "April 9" is a date before it is a count.
SPECIFICITY = {
    Kind.DATE: 6,
    Kind.MONEY: 5,
    Kind.DURATION: 4,
    Kind.PERCENT: 3,
    Kind.QUANTITY: 2,
    Kind.COUNT: 1,
}


def resolve_figures(candidates: Iterable[Claim]) -> list[Claim]:
    """Keep a non-overlapping subset, preferring longer then more specific spans.

    >>> a = Claim(Kind.COUNT, 6, 7, "9")
    >>> b = Claim(Kind.DATE, 0, 7, "April 9")
    >>> [c.kind.value for c in resolve_figures([a, b])]
    ['date']

    Only candidates that overlap compete, so the text is cut into clusters
    of overlapping spans and each cluster is decided alone: most figures
    overlap nothing and are kept without ranking.
    """
    taken: list[Claim] = []
    cluster: list[Claim] = []
    reach = -1
    for claim in sorted(candidates, key=_start):
        if claim.start >= reach and cluster:
            taken.extend(cluster if len(cluster) == 1 else _decide(cluster))
            cluster = []
        cluster.append(claim)
        reach = max(reach, claim.end) if len(cluster) > 1 else claim.end
    if cluster:
        taken.extend(cluster if len(cluster) == 1 else _decide(cluster))
    return taken


_start = attrgetter("start")


def _decide(cluster: list[Claim]) -> list[Claim]:
    """The greedy choice within one cluster, in text order."""
    ranked = sorted(
        cluster,
        key=lambda c: (-(c.end - c.start), -SPECIFICITY.get(c.kind, 0), c.start),
    )
    taken: list[Claim] = []
    # Taken spans never overlap, so sorted starts and ends stay aligned and
    # only the neighbour to the left can reach into a new span.
    starts: list[int] = []
    ends: list[int] = []
    for claim in ranked:
        i = bisect.bisect_left(starts, claim.end)
        if i and ends[i - 1] > claim.start:
            continue
        starts.insert(i, claim.start)
        ends.insert(i, claim.end)
        taken.append(claim)
    return sorted(taken, key=_start)
