"""Phrases right before a position ("around", "US$", "between"), read backwards.

Searching a window before every number costs a regex search per position
tried; scanning the whole text for every phrase costs a pass per phrase list.
Instead each phrase list is compiled reversed, and one anchored match on the
reversed text (built once per text) answers "which phrase ends here?".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .memo import per_call
from .regexes import folded, trie

if TYPE_CHECKING:
    from ..context import Context

__all__ = ["Found", "Lookback"]


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    text: str


@per_call
def reversed_text(ctx: Context) -> str:
    return ctx.text[::-1]


class Lookback:
    """Finds one of ``options`` ending right before a position.

    Up to ``spaces`` blanks may separate the phrase from the position, and the
    phrase must start at a word boundary (no letter right before it).

    >>> from annotations.detection.context import Context
    >>> ctx = Context.create("costs up to 5", published=None, language="en")
    >>> Lookback(["up to", "around"]).before(ctx, 12)
    Found(start=6, end=11, text='up to')
    """

    def __init__(self, options: Iterable[str], *, fold: bool = True, spaces: int = 3):
        words = folded(options) if fold else sorted(set(options))
        phrases = trie([w[::-1] for w in words])
        self.regex = re.compile(
            rf"(?P<gap>[ \t\u00a0]{{0,{spaces}}})(?:{phrases})(?![^\W\d_])"
        )

    def before(self, ctx: Context, pos: int) -> Found | None:
        text = ctx.text
        size = len(text)
        match = self.regex.match(reversed_text(ctx), size - pos)
        if match is None:
            return None
        start, end = size - match.end(), size - match.end("gap")
        return Found(start, end, text[start:end])
