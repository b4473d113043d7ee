"""The one shared pint ``UnitRegistry``, created lazily on first use.

``from annotations.detection.units import ureg`` (or ``registry()``) returns the
same registry everywhere; creating one takes a third of a second, so it is
built only when a detector first needs a unit.
"""

from __future__ import annotations

import functools
from typing import Any

import pint

__all__ = ["registry"]


@functools.cache
def registry() -> pint.UnitRegistry[float]:
    """The shared registry (built once)."""
    return pint.UnitRegistry()


def __getattr__(name: str) -> Any:
    # PEP 562: `ureg` is built on first access, not at import.
    if name == "ureg":
        return registry()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
