"""Work derived from one text, kept on its ``Context`` for the rest of the call.

The detectors of one ``detect()`` call share it (the numbers are scanned once,
the sentences split once), and it goes away with the call: nothing derived
from a text is kept between calls. Tables compiled from a language bundle
(regexes, tries) are cached by the bundle instead, with ``functools``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from ..context import Context

__all__ = ["per_call"]

T = TypeVar("T")


def per_call(function: Callable[[Context], T]) -> Callable[[Context], T]:
    """Compute ``function(ctx)`` once per context and keep it in ``ctx.index``."""

    def cached(ctx: Context) -> T:
        index = ctx.index
        try:
            found: T = index[cached]
        except KeyError:
            found = index[cached] = function(ctx)
        return found

    cached.__name__ = function.__name__
    cached.__qualname__ = function.__qualname__
    cached.__doc__ = function.__doc__
    cached.__module__ = function.__module__
    cached.__wrapped__ = function  # type: ignore[attr-defined]
    return cached
