"""Detector for money claims (placeholder until its implementation lands)."""

from __future__ import annotations

from .context import Context
from .types import Claim


def find(ctx: Context) -> list[Claim]:
    return []
