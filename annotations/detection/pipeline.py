"""The figure detectors, run in order; their candidates are resolved by resolve.py."""

from __future__ import annotations

from collections.abc import Callable

from . import counts, dates, durations, money, percents, quantities
from .context import Context
from .types import Claim

FIGURE_DETECTORS: tuple[Callable[[Context], list[Claim]], ...] = (
    dates.find,
    money.find,
    durations.find,
    percents.find,
    quantities.find,
    counts.find,
)


def figure_candidates(ctx: Context) -> list[Claim]:
    """All figure candidates; they may overlap until resolved."""
    return [claim for find in FIGURE_DETECTORS for claim in find(ctx)]
