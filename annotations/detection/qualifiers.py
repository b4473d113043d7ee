"""The shared qualifier lexicon: "around", "up to", "at least"... as a ``Qualifier``.

Detectors put ``qualifier_pattern(lang)`` in an optional group before their
figure; the qualifier words become part of the claim span ("around $1.2
billion") and ``qualifier_for`` maps them back.
"""

from __future__ import annotations

import functools

from .lang import Language
from .text.regexes import trie
from .types import Qualifier

__all__ = ["phrases", "qualifier_for", "qualifier_pattern", "suffix_pattern"]


@functools.cache
def phrases(lang: Language) -> dict[str, Qualifier]:
    """Lower-case phrase -> qualifier, for the phrases written before a figure."""
    return {
        phrase: qualifier
        for qualifier, options in lang.qualifiers.prefixes.items()
        for phrase in options
    }


@functools.cache
def qualifier_pattern(lang: Language) -> str:
    """Regex source for one qualifier phrase, no groups, no trailing space.

    Phrase words may be separated by any run of whitespace; the match starts
    at a word boundary. Phrases match in lower case, capitalised ("Around")
    and title case, as a trie so that scanning for them stays fast.
    """
    return rf"\b{trie(phrases(lang), fold=True)}(?!\w)"


@functools.cache
def suffixes(lang: Language) -> dict[str, Qualifier]:
    """Lower-case phrase written after a figure -> qualifier ("or more")."""
    return {
        phrase: qualifier
        for qualifier, options in lang.qualifiers.suffixes.items()
        for phrase in options
    }


@functools.cache
def suffix_pattern(lang: Language) -> str:
    """Regex source for a qualifier after a figure, with its leading space."""
    return rf"[ \t]{{1,3}}{trie(suffixes(lang), fold=True)}(?!\w)"


def qualifier_for(words: str | None, lang: Language) -> Qualifier:
    """The qualifier a matched phrase expresses; ``EXACT`` for none or unknown.

    >>> from annotations.detection.lang import load
    >>> qualifier_for("Up  to", load("en")), qualifier_for(None, load("en"))
    (<Qualifier.AT_MOST: 'at_most'>, <Qualifier.EXACT: 'exact'>)
    """
    if not words:
        return Qualifier.EXACT
    key = " ".join(words.lower().split())
    found = phrases(lang).get(key) or suffixes(lang).get(key)
    return found or Qualifier.EXACT
