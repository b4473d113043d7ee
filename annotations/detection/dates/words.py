"""Date vocabulary per language: the bundle's month and weekday names (CLDR's)
and its other date words, with the regex helpers the date readers share."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ..context import Context
from ..lang import Language
from ..lang.schema import Dates
from ..text.memo import per_call
from ..types import Claim

#: A handler reads one kind of date at a trigger position of the folded text
#: (see dates.scanner); it returns a claim or None.
Handler = Callable[["Context", "Vocabulary", str, int], "Claim | None"]


def alternation(options: Iterable[str]) -> str:
    """A non-capturing alternation trying longer options first; one that never
    matches when there are none (a bundle may leave a list empty)."""
    ordered = sorted(set(options), key=lambda word: (-len(word), word))
    if not ordered:
        return "(?!)"
    return "(?:" + "|".join(re.escape(word) for word in ordered) + ")"


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Lower-case word -> number tables and the regex fragments built from them."""

    lang: Dates
    months: dict[str, int]
    full_months: dict[str, int]
    weekdays: dict[str, int]
    full_weekdays: dict[str, int]
    days: dict[str, int]
    #: The letters of the ordinal suffixes ("st", "nd"...), stripped from "9th".
    suffix_letters: str

    def month_number(self, word: str) -> int:
        return self.months[word.lower().rstrip(".")]

    def weekday_number(self, word: str) -> int:
        return self.weekdays[word.lower().rstrip(".")]

    def day_number(self, word: str) -> int | None:
        """The day of month of "9", "9th", "ninth", "twenty-first", "twenty nine"."""
        key = " ".join(word.lower().replace("-", " ").split())
        digits = key.rstrip(self.suffix_letters)
        if digits.isdigit():
            return int(digits)
        return self.days.get(key)


def _day_words(lang: Dates, cardinals: dict[str, int]) -> dict[str, int]:
    # Plain cardinals ("March one") are left out: "In March one man died".
    units = {w: v for w, v in cardinals.items() if 1 <= v <= 9}
    words = dict(lang.ordinals)
    for tens, base in lang.day_tens.items():
        for unit_word, unit in [*units.items(), *lang.ordinals.items()]:
            if unit <= 9 and base + unit <= 31:
                words[f"{tens} {unit_word}"] = base + unit
    return words


@functools.cache
def vocabulary(bundle: Language) -> Vocabulary:
    """The date words of the bundle's language, as tables to look words up in."""
    lang = bundle.dates
    full_months = dict(lang.months)
    months = {**full_months, **lang.month_abbreviations, **lang.month_aliases}
    full = dict(lang.weekdays)
    weekdays = {**full, **lang.weekday_abbreviations, **lang.weekday_aliases}
    days = _day_words(lang, bundle.numbers.units)
    letters = "".join(
        sorted({char for suffix in lang.ordinal_suffixes for char in suffix})
    )
    return Vocabulary(lang, months, full_months, weekdays, full, days, letters)


@per_call
def fold(ctx: Context) -> str:
    """Lower-case ``ctx.text`` keeping one code point per code point, so offsets hold.

    The date regexes run on folded text without IGNORECASE, which makes Python's
    regex engine several times faster on word alternations.
    """
    text = ctx.text
    folded = text.lower()
    if len(folded) == len(text):
        return folded
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


@per_call
def padded_fold(ctx: Context) -> str:
    """``fold(ctx)`` behind one space, shared by the date and duration triggers.

    Python's ``re`` skips ahead fast only when a pattern starts with a literal
    or a character set; a leading ``\\b`` makes it try every position. So the
    triggers start by consuming the separator before a word, and the space
    gives the text's first word one too (offsets move by one).
    """
    return " " + fold(ctx)


def trie(words: Iterable[str]) -> str:
    """A non-capturing alternation of lower-case ``words`` as a prefix tree.

    A space in a word matches a space or a hyphen ("twenty-first"), an
    apostrophe may be curly or left out, a full stop left out.

    >>> trie(["mar", "march", "may"])
    '(?:ma(?:r(?:ch)?|y))'
    """
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    if not tree:
        return "(?!)"  # no words: never matches
    return "(?:" + _branch(tree) + ")"


#: A space in a word matches a space or a hyphen; an apostrophe either
#: apostrophe or none ("new years day").
SPECIAL = {" ": r"[\s-]", "'": "['’]?", ".": r"\.?"}


def _branch(node: dict[str, Any]) -> str:
    options = [
        SPECIAL.get(char, re.escape(char)) + _branch(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not options:
        return ""
    body = options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"
    return f"(?:{body})?" if "" in node else body


WORD = re.compile(r"\w+")
#: The last word before some spaces or hyphens, matched on the reversed text:
#: ``re`` cannot match backwards, and a search ending in "$" tries every start.
LAST_WORD_REVERSED = re.compile(r"[\s-]*([^\W_]+)")
#: Every character ``\s`` matches, for ``str.rstrip`` (none is above U+3000).
SPACES = "".join(c for c in map(chr, range(0x3001)) if c.isspace())


def last_word(text: str, end: int) -> str:
    """The word just before ``end`` (lower case), or "" when there is none.

    Spaces and hyphens may stand between; only the 32 characters before
    ``end`` are looked at.
    """
    found = LAST_WORD_REVERSED.match(text[max(0, end - 32) : end][::-1])
    return found.group(1)[::-1].lower() if found else ""


def may_follow(
    text: str,
    end: int,
    finals: frozenset[str],
    strip: str = SPACES,
    *,
    bare: bool = False,
) -> bool:
    """Whether a phrase whose last word is in ``finals`` may end just before ``end``.

    A cheap first test for patterns anchored at ``end`` ("\\bby\\s+$"): the
    phrase is followed by characters in ``strip`` (at least one unless
    ``bare``). It is ruled out only when the word before them is plain ASCII
    letters not in ``finals``: ``re.IGNORECASE`` also matches some non-ASCII
    letters ("ſ" as "s"), and other runs may hold several words.
    """
    head = text[max(0, end - 24) : end]
    stripped = head.rstrip(strip)
    if len(stripped) == len(head):
        return bare
    token = stripped.rsplit(None, 1)[-1] if stripped.strip() else ""
    return not (token.isascii() and token.isalpha() and token.lower() not in finals)


def final_words(phrases: Iterable[str]) -> frozenset[str]:
    """The last words of ``phrases``, lower case: "prior to" -> "to"."""
    return frozenset(phrase.split()[-1].lower() for phrase in phrases)


def matches_before(
    pattern: re.Pattern[str],
    text: str,
    end: int,
    window: int,
    vocabulary: frozenset[str],
) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` (which ends with ``$``) ending at ``end``, leftmost first.

    Words are walked back from ``end`` while they are numbers or in
    ``vocabulary`` (the words an amount can hold), and only their starts are
    tried: reading an amount backwards from a unit costs a few anchored matches.
    """
    return matches_from(pattern, text, words_before(text, end, window, vocabulary), end)


def matches_from(
    pattern: re.Pattern[str], text: str, words: list[tuple[int, str]], end: int
) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` up to ``end`` from the starts of ``words``, in order
    (``words_before`` walked already)."""
    for start, _ in words:
        found = pattern.match(text, start, end)
        if found is not None:
            yield found


def words_before(
    text: str, end: int, window: int, vocabulary: frozenset[str]
) -> list[tuple[int, str]]:
    """(start, lower-case word) of the words just before ``end``, in order.

    Walked back from ``end`` while they are numbers or in ``vocabulary``:
    over the reversed window, so the walk stops at the first other word.
    """
    head = text[max(0, end - window) : end]
    words = []
    for word in WORD.finditer(head[::-1]):
        token = word.group()[::-1].lower()
        if not (token[0].isdigit() or token in vocabulary):
            break
        words.append((end - word.end(), token))
    words.reverse()
    return words


def match_before(
    pattern: re.Pattern[str],
    text: str,
    end: int,
    window: int,
    vocabulary: frozenset[str],
) -> re.Match[str] | None:
    """The leftmost of ``matches_before``, or None."""
    return next(matches_before(pattern, text, end, window, vocabulary), None)


def day_pattern(vocab: Vocabulary) -> str:
    """A day of month: "9", "09th", "ninth", "twenty-first", "twenty nine" (lower case)."""
    suffix = alternation(vocab.lang.ordinal_suffixes)
    words = trie(vocab.days) + r"(?![\w-])"
    return rf"(?:(?:[12]\d|3[01]|0?[1-9])(?:{suffix})?(?![\d:]|[.,]\d)|{words})"


def month_pattern(vocab: Vocabulary) -> str:
    """A month name, full or abbreviated with an optional full stop (lower case)."""
    return _names(vocab.months, set(vocab.full_months))


def weekday_pattern(vocab: Vocabulary, *, full_only: bool = False) -> str:
    names = vocab.full_weekdays if full_only else vocab.weekdays
    return _names(names, set(vocab.full_weekdays))


def _names(names: Iterable[str], full: set[str]) -> str:
    """Full names, or abbreviations with an optional full stop, as whole words."""
    short = trie(n for n in names if n not in full)
    return rf"(?:{trie(full)}(?![a-z])|{short}(?![a-z])\.?)"
