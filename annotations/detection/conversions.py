"""Conversions: a figure followed by its equivalent (placeholder until it lands)."""

from __future__ import annotations

from collections.abc import Sequence

from .context import Context
from .types import Claim


def find(ctx: Context, figures: Sequence[Claim]) -> list[Claim]:
    return []
