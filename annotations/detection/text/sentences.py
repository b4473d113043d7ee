"""Sentence splitter for news text that keeps exact code-point offsets.

Rules, in order: a blank line always ends a sentence; a single line break ends
one unless the next line starts in lower case or the line ends with a comma or
dash (so headlines without a full stop stand alone); ``.``, ``!``, ``?`` and
ellipses (with any closing quotes or brackets after them) end one when
whitespace and a non-lower-case character follow, except after titles
("Gen."), initials ("John F. Kennedy") and, unless a typical sentence opener
follows, after abbreviations that often sit mid-sentence ("U.S.", "Jan.",
"Inc."). Decimals ("1.2 billion") never split because no space follows the
point. One regex scan plus constant work per candidate: linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from .memo import per_call

if TYPE_CHECKING:
    from ..context import Context
    from ..lang.schema import Sentences as Words

__all__ = ["Sentence", "sentences", "split"]

# A line break with the whitespace after it, or a run of sentence-final marks
# (with the quotes and brackets that close after them) followed by whitespace
# and then anything but a lower-case letter, a comma or a dash, or by the end of
# the text. Group "gap" is the whitespace after the marks: consuming it (and the
# blank lines after a line break) means each gap between sentences costs one
# match. The empty group "stop" is set for a single full stop that may follow an
# abbreviation (not one after a digit: no abbreviation ends in one). The
# alternatives share a first character class, which keeps the scan fast.
_CANDIDATE = re.compile(
    r"[.!?…\n](?:(?<=\n)\s*"
    r"|(?P<stop>(?<=[^\d]\.)(?![.!?…]))?[.!?…\"'”’»)\]]*"
    r"(?P<gap>\s+(?=[^\sa-z,;:—–-])|\s*\Z))"
)
# Group numbers, a little quicker to look up than names in the hot loop.
_STOP, _GAP = _CANDIDATE.groupindex["stop"], _CANDIDATE.groupindex["gap"]
_SPACE = re.compile(r"\s*")
_WORD = re.compile(r"[^\W\d_]+")
# Openers and brackets that may stand before the abbreviation in its token.
_OPENING_MARKS = "\"'“‘«([{"
# A line ending in one of these continues on the next line.
_CONTINUES = ",;-–—(/"
# How far back to look for the token before a full stop.
_TOKEN_LOOKBACK = 40


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: ``text[start:end]``, without surrounding whitespace."""

    start: int
    end: int
    text: str


@cache
def _abbreviations(lang: Words) -> frozenset[str]:
    """Every abbreviation the language lists, to rule out plain words at once."""
    return frozenset(lang.titles | lang.before_number | lang.ambiguous)


def split(ctx: Context) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of ``ctx.text``, in order.

    >>> from annotations.detection.context import Context
    >>> t = 'Gen. Ivanov said the U.S. paid $1.2 billion. "It is done," he said.'
    >>> [t[s:e] for s, e in split(Context.create(t, published=None, language="en"))]
    ['Gen. Ivanov said the U.S. paid $1.2 billion.', '"It is done," he said.']
    """
    return list(_split_once(ctx))


@per_call
def _split_once(ctx: Context) -> tuple[tuple[int, int], ...]:
    # Kept for the call: the quote finder and the check-worthiness scorer of
    # one detect() call share the split.
    return tuple(_split(ctx.text, ctx.lang.sentences))


def _split(text: str, lang: Words) -> list[tuple[int, int]]:
    abbreviations = _abbreviations(lang)
    spans: list[tuple[int, int]] = []
    start = _next_visible(text, 0)
    # Each match consumes the gap after its candidate, so the next one starts
    # where the next sentence would.
    for match in _CANDIDATE.finditer(text, start):
        at, after = match.span()
        gap = match.start(_GAP)
        if gap < 0:  # a line break
            if not _line_break_ends(text, at, after):
                continue
            end = _trim_end(text, start, at)
        else:
            if match.start(_STOP) >= 0 and not _period_ends_sentence(
                text, at, after, lang, abbreviations
            ):
                continue
            end = gap
        if end > start:
            spans.append((start, end))
        start = after
    end = _trim_end(text, start, len(text))
    if end > start:
        spans.append((start, end))
    return spans


def sentences(ctx: Context) -> list[Sentence]:
    """The sentences of ``ctx.text`` with their offsets and text.

    >>> from annotations.detection.context import Context
    >>> text = "Breaking News\\n\\nPrices rose. Wages fell."
    >>> [s.text for s in sentences(Context.create(text, published=None, language="en"))]
    ['Breaking News', 'Prices rose.', 'Wages fell.']
    """
    text = ctx.text
    return [Sentence(s, e, text[s:e]) for s, e in split(ctx)]


def _next_visible(text: str, at: int) -> int:
    after = _SPACE.match(text, at)
    return after.end() if after else at


def _trim_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over whitespace, not before ``start``."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _line_break_ends(text: str, newline: int, nxt: int) -> bool:
    """Whether a line break ends a sentence, given the next visible position.

    It does unless the text plainly runs on across it.
    """
    if nxt >= len(text) or text.count("\n", newline, nxt) > 1:
        return True
    if text[nxt].islower():
        return False
    before = text[max(0, newline - _TOKEN_LOOKBACK) : newline].rstrip()[-1:]
    return not before or before not in _CONTINUES


def _period_ends_sentence(
    text: str, dot: int, nxt: int, lang: Words, abbreviations: frozenset[str]
) -> bool:
    """Whether the full stop at ``dot`` ends a sentence, given the word after it.

    ``abbreviations`` holds every abbreviation of ``lang``.
    """
    words = text[max(0, dot - _TOKEN_LOOKBACK) : dot].rsplit(None, 1)
    token = words[-1].lstrip(_OPENING_MARKS) if words else ""
    key = token.lower()
    if (
        key not in abbreviations
        and "." not in token
        and not (len(token) == 1 and token.isupper())
    ):
        return True  # a plain word: the common case, decided in one look-up
    if key in lang.titles:
        return False
    if len(token) == 1 and token.isupper():
        return False  # an initial: "John F. Kennedy"
    dotted = "." in token and all(
        part.isalpha() and len(part) <= 2 for part in token.split(".")
    )
    if key in lang.before_number:
        return not text[nxt : nxt + 1].isdigit()
    if dotted or key in lang.ambiguous:
        word = _WORD.match(text, nxt)
        return word is not None and word.group().lower() in lang.openers
    return True
