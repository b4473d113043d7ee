"""Fast regex building blocks: word lists compiled as prefix tries.

Python's ``re`` tries the branches of an alternation one by one at every
position, so a list of 60 words is slow to scan for; the same list as a trie
("t(?:h(?:ree|irty)|wo)") is three to five times faster. Case folding with
``(?i:...)`` slows scanning further, so words are folded by listing their
lower-case and capitalised forms instead (news copy rarely writes "THREE").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

__all__ = ["WordStarts", "folded", "trie"]

_Node = dict[str, "_Node"]


def folded(options: Iterable[str]) -> list[str]:
    """Each option as given, in lower case, capitalised, in title case, and
    with short words in capitals ("US dollars")."""
    out: set[str] = set()
    for option in options:
        lower = option.lower()
        short = " ".join(w.upper() if len(w) <= 3 else w for w in lower.split(" "))
        capital = option[:1].upper() + option[1:]
        out.update({option, lower, capital, lower.title(), short})
    return sorted(out)


def trie(options: Iterable[str], *, fold: bool = False, spaces: bool = True) -> str:
    """A non-capturing regex matching any option, longest first, as a trie.

    With ``spaces``, a space inside an option matches any run of whitespace.

    >>> trie(["two", "twelve", "ten"])
    '(?:t(?:e(?:n)|w(?:e(?:l(?:v(?:e)))|o)))'
    """
    words = folded(options) if fold else sorted(set(options))
    root: _Node = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _emit(root, spaces) or "(?!)"


def _emit(node: _Node, spaces: bool) -> str:
    branches = []
    for char, child in sorted(node.items(), key=lambda item: item[0]):
        if char:
            piece = r"\s+" if spaces and char == " " else re.escape(char)
            branches.append(piece + _emit(child, spaces))
    if not branches:
        return ""
    body = "(?:" + "|".join(branches) + ")"
    # A word that ends here is tried after its longer continuations.
    return body + "?" if "" in node else body


class WordStarts:
    r"""``\b`` + ``body``, searched the fast way; ``finditer`` gives the same matches.

    Python's ``re`` skips ahead in C only when a pattern opens with a literal
    or a character class; a leading ``\b`` makes it start the whole pattern
    at every position of the text (about 190 machine instructions per
    character before any word is tried). So the search consumes the
    separator before the word instead (an ASCII character class), and each
    hit is then matched with ``\b`` at the word itself: the match objects are
    exactly those of ``\b`` + ``body``. A non-ASCII letter passes the class
    but is no boundary; the search then goes on one character later.

    Every match of ``body`` must start with a word character (a trie of words
    does).

    >>> [m.group() for m in WordStarts("t(?:en|wo)").finditer("often two ten")]
    ['two', 'ten']
    """

    def __init__(self, body: str) -> None:
        self.bounded = re.compile(rf"\b(?:{body})")
        self.separated = re.compile(rf"[^a-zA-Z0-9_](?:{body})")

    def finditer(
        self, text: str, start: int = 0, end: int | None = None
    ) -> Iterator[re.Match[str]]:
        end = len(text) if end is None else end
        bounded = self.bounded.match
        if start == 0:
            first = bounded(text, 0, end)
            if first is not None:
                yield first
            # The separator may be the last character of a match.
            pos = max(first.end() - 1, 0) if first else 0
        else:
            pos = start - 1
        search = self.separated.search
        while (found := search(text, pos, end)) is not None:
            match = bounded(text, found.start() + 1, end)
            if match is None:  # a non-ASCII letter before the word: no boundary
                pos = found.start() + 1
                continue
            yield match
            pos = max(match.end() - 1, match.start())
