"""The shared qualifier lexicon: "around", "up to", "at least"... as a ``Qualifier``.

Detectors put ``QUALIFIER_PATTERN`` (or ``qualifier_pattern(language)``) in an
optional group before their figure; the qualifier words become part of the
claim span ("around $1.2 billion") and ``qualifier_for`` maps them back.
"""

from __future__ import annotations

import functools
import importlib
from types import ModuleType

from .text.regexes import trie
from .types import Qualifier

__all__ = [
    "QUALIFIER_PATTERN",
    "qualifier_for",
    "qualifier_pattern",
    "suffix_pattern",
]


@functools.cache
def phrases(language: str) -> dict[str, Qualifier]:
    """Lower-case phrase -> qualifier for ``language``."""
    lang: ModuleType = importlib.import_module(
        f"{__package__}.lang.{language}_qualifiers"
    )
    return {
        phrase: Qualifier(name)
        for name, options in lang.PREFIXES.items()
        for phrase in options
    }


@functools.cache
def qualifier_pattern(language: str = "en") -> str:
    """Regex source for one qualifier phrase, no groups, no trailing space.

    Phrase words may be separated by any run of whitespace; the match starts
    at a word boundary. Phrases match in lower case, capitalised ("Around")
    and title case, as a trie so that scanning for them stays fast.
    """
    return rf"\b{trie(phrases(language), fold=True)}(?!\w)"


@functools.cache
def suffixes(language: str) -> dict[str, Qualifier]:
    """Lower-case phrase written after a figure -> qualifier ("or more")."""
    lang: ModuleType = importlib.import_module(
        f"{__package__}.lang.{language}_qualifiers"
    )
    return {
        phrase: Qualifier(name)
        for name, options in lang.SUFFIXES.items()
        for phrase in options
    }


@functools.cache
def suffix_pattern(language: str = "en") -> str:
    """Regex source for a qualifier after a figure, with its leading space."""
    return rf"[ \t]{{1,3}}{trie(suffixes(language), fold=True)}(?!\w)"


QUALIFIER_PATTERN: str = qualifier_pattern("en")


def qualifier_for(words: str | None, language: str = "en") -> Qualifier:
    """The qualifier a matched phrase expresses; ``EXACT`` for none or unknown.

    >>> qualifier_for("Up  to"), qualifier_for(None)
    (<Qualifier.AT_MOST: 'at_most'>, <Qualifier.EXACT: 'exact'>)
    """
    if not words:
        return Qualifier.EXACT
    key = " ".join(words.lower().split())
    found = phrases(language).get(key) or suffixes(language).get(key)
    return found or Qualifier.EXACT
