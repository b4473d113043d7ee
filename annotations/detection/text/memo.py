"""Caches of work derived from one text (its numbers, its reversed copy...).

The detectors of one ``detect()`` call share these, so the text is scanned
once. They are registered here so that a benchmark can drop them between
runs and time each run as if the text were new (``clear_text_caches``).
Caches keyed by small values that recur across articles ("1.2 billion",
"km") stay as plain ``functools`` caches: a server keeps those warm.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["clear_text_caches", "per_text"]

F = TypeVar("F", bound=Callable[..., Any])

_CACHES: list[Any] = []


def per_text(function: F) -> F:
    """Cache ``function`` for the last few texts (it must take the text first)."""
    cached = functools.lru_cache(maxsize=4)(function)
    _CACHES.append(cached)
    return cached  # type: ignore[return-value]


def clear_text_caches() -> None:
    """Forget every per-text result, as if no text had been seen."""
    for cached in _CACHES:
        cached.cache_clear()
