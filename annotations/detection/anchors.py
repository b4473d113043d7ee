"""Where the words that open claims start: one search of a text, shared.

Several detectors look for claims that open with a word from a list: a
spelled-out number ("three", "a dozen"), a vague plural ("dozens of"), a
vague share ("a small percentage"). Each search costs a pass over the whole
text, so the first words of all the lists are searched together once per
text (``regexes.WordStarts``); each detector then tries its own pattern only
where one of its words starts (``matches``), which gives exactly the matches
``finditer`` of ``\\b`` + its pattern would give.

Every listed word must be whole in a match: followed by a non-word character
(a space, a hyphen, the end), never by more letters.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

from .context import Context
from .lang import Language
from .numbers import number_starters
from .text.memo import per_call
from .text.regexes import WordStarts, folded, trie

__all__ = ["matches", "starts"]


def _lists(lang: Language) -> dict[str, Iterable[str]]:
    """The word lists, by the name their detector asks with."""
    return {
        "number": number_starters(lang),
        "vague count": lang.numbers.vague_plurals,
        "vague share": lang.percents.vague_share_adjectives,
    }


@functools.cache
def _index(lang: Language) -> tuple[WordStarts, dict[str, tuple[str, ...]]]:
    """One finder for every first word, and which lists each word opens."""
    owners: dict[str, set[str]] = {}
    for name, phrases in _lists(lang).items():
        # The same case forms the detectors' own tries are built from.
        for phrase in folded(phrases):
            owners.setdefault(phrase.split()[0], set()).add(name)
    finder = WordStarts(rf"{trie(owners, spaces=False)}\b")
    return finder, {word: tuple(sorted(names)) for word, names in owners.items()}


@per_call
def _starts(ctx: Context) -> dict[str, list[int]]:
    finder, owners = _index(ctx.lang)
    found: dict[str, list[int]] = {name: [] for name in _lists(ctx.lang)}
    for match in finder.finditer(ctx.text):
        for name in owners[match.group()]:
            found[name].append(match.start())
    return found


def starts(ctx: Context, name: str) -> list[int]:
    """Where a word of list ``name`` starts in ``ctx.text``, in order."""
    return _starts(ctx)[name]


def matches(
    ctx: Context, name: str, pattern: re.Pattern[str]
) -> Iterator[re.Match[str]]:
    """``pattern`` (``\\b`` + a pattern opening with a word of list ``name``)
    matched where those words start: the matches ``finditer`` would give."""
    text = ctx.text
    last = 0
    for pos in starts(ctx, name):
        if pos < last:
            continue
        match = pattern.match(text, pos)
        if match is not None:
            yield match
            last = match.end()
