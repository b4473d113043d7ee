"""Counts: a number with what it counts ("six countries", "1.2 million people").

``unit`` is the counted noun as written, lower-cased ("countries"). Vague
plurals name an order of magnitude: "dozens of soldiers" has ``value`` None,
``low`` 24 (two dozen, the least the plural allows) and qualifier
``at_least`` unless a qualifier in front says otherwise; likewise "hundreds
of" (200), "thousands of" (2,000), "tens of thousands of" (20,000).
Bare years ("2014 elections") and fractions are not counts.
"""

from __future__ import annotations

import functools
import importlib
import re
from types import ModuleType

from . import anchors, money
from .context import Context
from .figures import Figure, Shape, figures
from .numbers import words
from .qualifiers import phrases, qualifier_for
from .text.lookback import Lookback
from .text.regexes import trie
from .types import Claim, Kind, Qualifier

__all__ = ["find"]

NOUN = r"[^\W\d_][\w'’-]{1,30}"
YEAR = re.compile(r"1[0-9]{3}|20[0-9]{2}|2100")
SUFFIX_SCALES = (("k", 1e3), ("m", 1e6), ("bn", 1e9))


@functools.cache
def count_words(language: str) -> ModuleType:
    return importlib.import_module(f"{__package__}.lang.{language}_counts")


@functools.cache
def shape(language: str) -> Shape:
    lang = count_words(language)
    of = trie(lang.OF, fold=True)
    modifiers = trie(lang.MODIFIERS, fold=True)
    skip = trie(lang.NOT_COUNTED, fold=True)
    suffix = trie([s for s, _ in SUFFIX_SCALES])
    return Shape(
        after=re.compile(
            rf"(?:(?P<scale>{suffix})(?![^\W\d_]))?"
            rf"(?:\s{{1,3}}(?:{of}\s{{1,3}})?(?:{modifiers}\s{{1,3}})?"
            rf"(?!{skip}(?![^\W\d_]))(?P<unit>{NOUN}))?"
        ),
        scales=SUFFIX_SCALES,
    )


def is_counted_noun(word: str, language: str) -> bool:
    """A plural noun, the kind of word a count counts."""
    lang = count_words(language)
    low = word.lower()
    if low in lang.NOT_COUNTED:
        return False
    if low in lang.IRREGULAR_PLURALS:
        return True
    return (
        len(low) > 3
        and low.endswith("s")
        and not low.endswith(("ss", "us", "is", "'s", "’s"))
    )


def claim_from(figure: Figure, text: str, language: str) -> Claim | None:
    noun = figure.after.group("unit")
    if not noun or not is_counted_noun(noun, language):
        return None
    number = figure.first
    if YEAR.fullmatch(number.text) or (figure.value is not None and figure.value <= 1):
        return None  # "one gets" pairs a number with a verb, not a plural noun
    symbols = money.shape(language).before
    if symbols and symbols.before(text, number.start):
        return None  # "$ 800 rebates" is money
    scaled = figure.after.group("scale") or any(
        w in words(language).SCALES for w in number.text.lower().split()
    )
    if number.value != int(number.value) and not scaled:
        return None
    return Claim(
        Kind.COUNT,
        figure.start,
        figure.end,
        text[figure.start : figure.end],
        value=figure.value,
        unit=noun.lower(),
        low=figure.low,
        high=figure.high,
        qualifier=figure.qualifier,
    )


@functools.cache
def _vague_regex(language: str) -> re.Pattern[str]:
    lang = count_words(language)
    plurals = trie(words(language).VAGUE_PLURALS, fold=True)
    of = trie(lang.OF, fold=True)
    # Tried only where anchors.py found a plural (see vague_counts).
    return re.compile(rf"\b(?P<vague>{plurals})\s{{1,3}}{of}\s{{1,3}}(?P<unit>{NOUN})")


@functools.cache
def _qualifiers(language: str) -> Lookback:
    return Lookback(phrases(language))


def vague_counts(ctx: Context) -> list[Claim]:
    """ "dozens of soldiers", "tens of thousands of people": a lower bound."""
    plurals = words(ctx.language).VAGUE_PLURALS
    claims = []
    qualifiers = _qualifiers(ctx.language)
    pattern = _vague_regex(ctx.language)
    for match in anchors.matches(ctx.text, "vague count", pattern, ctx.language):
        noun = match.group("unit")
        if not is_counted_noun(noun, ctx.language):
            continue
        found = qualifiers.before(ctx.text, match.start())
        start = found.start if found else match.start()
        qualifier = qualifier_for(found.text if found else None, ctx.language)
        claims.append(
            Claim(
                Kind.COUNT,
                start,
                match.end(),
                ctx.text[start : match.end()],
                value=None,
                unit=noun.lower(),
                low=plurals[" ".join(match.group("vague").lower().split())],
                qualifier=qualifier if found else Qualifier.AT_LEAST,
            )
        )
    return claims


def find(ctx: Context) -> list[Claim]:
    """Count claims in the text.

    >>> ctx = Context("Six countries sent 1.2 million people.", None, "en")
    >>> [(c.value, c.unit) for c in find(ctx)]
    [(6.0, 'countries'), (1200000.0, 'people')]
    """
    claims = []
    for figure in figures(ctx.text, shape(ctx.language), ctx.language):
        claim = claim_from(figure, ctx.text, ctx.language)
        if claim is not None:
            claims.append(claim)
    return sorted([*claims, *vague_counts(ctx)], key=lambda c: c.start)
