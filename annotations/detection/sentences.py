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

import importlib
import re
from dataclasses import dataclass
from functools import cache
from types import ModuleType

__all__ = ["Sentence", "sentences", "split"]

# A run of sentence-final marks with the quotes and brackets that close after
# them, when whitespace or the end of the text follows; or a line break.
_CANDIDATE = re.compile(r"(?:[.!?…]+[\"'”’»)\]]*(?=\s|\Z))|\n")
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
def _lang(language: str) -> ModuleType:
    return importlib.import_module(f"{__package__}.lang.{language}_sentences")


def split(text: str, language: str = "en") -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of ``text``, in order.

    >>> t = 'Gen. Ivanov said the U.S. paid $1.2 billion. "It is done," he said.'
    >>> [t[s:e] for s, e in split(t)]
    ['Gen. Ivanov said the U.S. paid $1.2 billion.', '"It is done," he said.']
    """
    lang = _lang(language)
    spans: list[tuple[int, int]] = []
    start = 0
    skip_until = 0
    for match in _CANDIDATE.finditer(text):
        if match.start() < skip_until:
            continue
        if match.group() == "\n":
            ends, skip_until = _line_break(text, match.start())
            if not ends:
                continue
            end = match.start()
        elif _mark_ends_sentence(text, match, lang):
            end = match.end()
        else:
            continue
        _append(text, spans, start, end)
        start = end
    _append(text, spans, start, len(text))
    return spans


def sentences(text: str, language: str = "en") -> list[Sentence]:
    """The sentences of ``text`` with their offsets and text.

    >>> [s.text for s in sentences("Breaking News\\n\\nPrices rose. Wages fell.")]
    ['Breaking News', 'Prices rose.', 'Wages fell.']
    """
    return [Sentence(s, e, text[s:e]) for s, e in split(text, language)]


def _append(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    """Add ``text[start:end]`` without its outer whitespace, if anything is left."""
    segment = text[start:end]
    stripped = segment.strip()
    if stripped:
        lead = len(segment) - len(segment.lstrip())
        spans.append((start + lead, start + lead + len(stripped)))


def _line_break(text: str, newline: int) -> tuple[bool, int]:
    """Whether a line break ends a sentence, and where the next text starts.

    It does unless the text plainly runs on across it; the whitespace after it
    is skipped, so a run of blank lines costs one look.
    """
    after = _SPACE.match(text, newline)
    nxt = after.end() if after else newline + 1
    if nxt >= len(text) or text.count("\n", newline, nxt) > 1:
        return True, nxt
    if text[nxt].islower():
        return False, nxt
    before = text[max(0, newline - _TOKEN_LOOKBACK) : newline].rstrip()[-1:]
    return not before or before not in _CONTINUES, nxt


def _mark_ends_sentence(text: str, match: re.Match[str], lang: ModuleType) -> bool:
    after = _SPACE.match(text, match.end())
    nxt = after.end() if after else match.end()
    if nxt >= len(text):
        return True
    if text[nxt].islower() or text[nxt] in ",;:":
        return False
    marks = match.group().rstrip("\"'”’»)]")
    if marks != ".":
        return True
    return _period_ends_sentence(text, match.start(), nxt, lang)


def _period_ends_sentence(text: str, dot: int, nxt: int, lang: ModuleType) -> bool:
    """Whether the full stop at ``dot`` ends a sentence, given the word after it."""
    window = text[max(0, dot - _TOKEN_LOOKBACK) : dot]
    token = window.rsplit(None, 1)[-1] if window.strip() else ""
    token = token.lstrip(_OPENING_MARKS)
    key = token.lower()
    if key in lang.TITLES:
        return False
    if len(token) == 1 and token.isupper():
        return False  # an initial: "John F. Kennedy"
    dotted = "." in token and all(
        part.isalpha() and len(part) <= 2 for part in token.split(".")
    )
    if key in lang.BEFORE_NUMBER and text[nxt].isdigit():
        return False
    if dotted or key in lang.BEFORE_NUMBER or key in lang.AMBIGUOUS:
        word = _WORD.match(text, nxt)
        return word is not None and word.group().lower() in lang.OPENERS
    return True
