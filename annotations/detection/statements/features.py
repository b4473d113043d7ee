"""Sentence features for the check-worthiness model, shared by training and scoring.

A sentence becomes three blocks of named terms:

- words: lower-cased tokens and adjacent token pairs;
- chars: character 3- to 5-grams inside each token padded with spaces;
- cues: what the detection engine found in the sentence (a money figure, a
  quote...) plus a few lexical cues (superlatives, comparatives, attribution),
  from the words of the language's bundle (``lang.statements``).

Each occurrence of a word or char term counts ``1 / sqrt(n)``, ``n`` being the
number of occurrences in its block, so long sentences do not score higher just
for being long. Cues count ``CUE_VALUE``: with the same regularisation, a larger
value lets the model lean on them more than on vocabulary, which carries over
better from 20th-century debates to today's news. Terms are hashed with CRC-32 (stable across
processes, unlike ``hash()``) into ``2 ** HASH_BITS`` buckets.
"""

from __future__ import annotations

import functools
import re
import zlib
from collections.abc import Callable, Iterable

from ..lang.schema import Statements
from ..types import Kind

#: Bump whenever the terms or their values change: shipped weights record it.
FEATURIZER_VERSION = "2"
HASH_BITS = 18
HASH_MASK = (1 << HASH_BITS) - 1
CHAR_NGRAMS = (3, 4, 5)
CUE_VALUE = 3.0

_TOKEN = re.compile(r"[^\W_]+(?:['’.,][^\W_]+)*|[$€£¥%]")
_DIGIT = re.compile(r"\d")


CUE_KINDS = (
    Kind.MONEY,
    Kind.PERCENT,
    Kind.COUNT,
    Kind.QUANTITY,
    Kind.DATE,
    Kind.DURATION,
    Kind.QUOTE,
)


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens.

    >>> tokens("Unemployment fell to 4.1%.")
    ['unemployment', 'fell', 'to', '4.1', '%']
    """
    return _TOKEN.findall(text.lower().replace("’", "'"))


def char_terms(tok: str) -> list[str]:
    """Character n-gram terms of one token, padded with a space on each side."""
    padded = f" {tok} "
    size = len(padded)
    return [
        "c:" + padded[i : i + n]
        for n in CHAR_NGRAMS
        for i in range(size - n + 1)
        if n <= size
    ]


def _is_superlative(tok: str, lang: Statements) -> bool:
    if tok in lang.superlatives:
        return True
    return (
        len(tok) >= lang.superlative_min_length
        and tok.endswith(lang.superlative_ending)
        and tok not in lang.not_superlatives
    )


def cue_terms(
    text: str, toks: list[str], kinds: Iterable[Kind], lang: Statements
) -> list[str]:
    """Engine and lexical cue terms, each at most once, as ``k:`` or ``x:<cue>=<word>``."""
    found = set(kinds)
    terms = [f"k:{kind.value}" for kind in CUE_KINDS if kind in found]
    seen: set[str] = set()
    word_cue, follower = _word_cues(lang), lang.comparative_follower
    last = len(toks) - 1
    for i, tok in enumerate(toks):
        cue = word_cue(tok)
        # "more than", "bigger than": a comparative whatever the word.
        if i < last and toks[i + 1] == follower and cue != "superlative":
            cue = "comparative"
        if cue and cue not in seen:
            seen.add(cue)
            terms.append(f"x:{cue}={tok}")
    if _DIGIT.search(text) or any(tok in lang.number_words for tok in toks):
        terms.append("x:number")
    terms.append(f"x:length={_length_bucket(len(toks))}")
    if text.rstrip().endswith("?"):
        terms.append("x:question")
    return terms


@functools.cache
def _word_cues(lang: Statements) -> Callable[[str], str]:
    """The cue a word is on its own, in ``lang``: memoized per word, since
    every sentence asks for every word."""

    @functools.lru_cache(maxsize=1 << 16)
    def word_cue(tok: str) -> str:
        if _is_superlative(tok, lang):
            return "superlative"
        if tok in lang.comparatives:
            return "comparative"
        if tok in lang.change_verbs:
            return "change"
        if tok in lang.attribution:
            return "attribution"
        return ""

    return word_cue


def _length_bucket(count: int) -> str:
    for limit in (4, 9, 19, 39):
        if count <= limit:
            return f"<={limit}"
    return ">39"


def bucket(term: str) -> int:
    """Stable hash bucket of a term."""
    return zlib.crc32(term.encode("utf-8")) & HASH_MASK


@functools.lru_cache(maxsize=4096)
def describe(term: str, lang: Statements) -> str:
    """Human-readable label of a term, for explanations, in the bundle's words.

    >>> from annotations.detection.lang import load
    >>> describe("x:superlative=largest", load("en").statements)
    "superlative: 'largest'"
    """
    labels = lang.labels
    prefix, _, body = term.partition(":")
    if prefix == "w":
        return labels["word"].format(text=body)
    if prefix == "b":
        return labels["phrase"].format(text=body)
    if prefix == "c":
        return labels["characters"].format(text=body.strip())
    if prefix == "k":
        if body == Kind.QUOTE.value:
            return labels["has_quote"]
        return labels["has_figure"].format(kind=body)
    name, _, word = body.partition("=")
    label = labels.get(name)
    if label is None:
        return f"{name}: '{word}'" if word else name
    return label.format(text=word)
