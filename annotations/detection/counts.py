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
import re

from . import anchors, money
from .context import Context
from .figures import Figure, Shape, figures
from .lang import Language
from .qualifiers import phrases, qualifier_for
from .text.lookback import Lookback
from .text.regexes import trie
from .types import Claim, Kind, Qualifier

__all__ = ["find"]

NOUN = r"[^\W\d_][\w'’-]{1,30}"
YEAR = re.compile(r"1[0-9]{3}|20[0-9]{2}|2100")


@functools.cache
def shape(lang: Language) -> Shape:
    words = lang.counts
    of = trie(words.of, fold=True)
    modifiers = trie(words.modifiers, fold=True)
    skip = trie(words.not_counted, fold=True)
    suffix = trie([s for s, _ in words.suffix_scales])
    return Shape(
        after=re.compile(
            rf"(?:(?P<scale>{suffix})(?![^\W\d_]))?"
            rf"(?:\s{{1,3}}(?:{of}\s{{1,3}})?(?:{modifiers}\s{{1,3}})?"
            rf"(?!{skip}(?![^\W\d_]))(?P<unit>{NOUN}))?"
        ),
        scales=words.suffix_scales,
    )


def is_counted_noun(word: str, lang: Language) -> bool:
    """A plural noun, the kind of word a count counts."""
    words = lang.counts
    low = word.lower()
    if low in words.not_counted:
        return False
    if low in words.irregular_plurals:
        return True
    return (
        len(low) >= words.min_plural_length
        and low.endswith(words.plural_endings)
        and not low.endswith(words.not_plural_endings)
    )


def claim_from(figure: Figure, ctx: Context) -> Claim | None:
    noun = figure.after.group("unit")
    if not noun or not is_counted_noun(noun, ctx.lang):
        return None
    number = figure.first
    if YEAR.fullmatch(number.text) or (figure.value is not None and figure.value <= 1):
        return None  # "one gets" pairs a number with a verb, not a plural noun
    symbols = money.shape(ctx.lang).before
    if symbols and symbols.before(ctx, number.start):
        return None  # "$ 800 rebates" is money
    scales = ctx.lang.numbers.scales
    scaled = figure.after.group("scale") or any(
        w in scales for w in number.text.lower().split()
    )
    if number.value != int(number.value) and not scaled:
        return None
    return Claim(
        Kind.COUNT,
        figure.start,
        figure.end,
        ctx.text[figure.start : figure.end],
        value=figure.value,
        unit=noun.lower(),
        low=figure.low,
        high=figure.high,
        qualifier=figure.qualifier,
    )


@functools.cache
def _vague_regex(lang: Language) -> re.Pattern[str]:
    plurals = trie(lang.numbers.vague_plurals, fold=True)
    of = trie(lang.counts.of, fold=True)
    # Tried only where anchors.py found a plural (see vague_counts).
    return re.compile(rf"\b(?P<vague>{plurals})\s{{1,3}}{of}\s{{1,3}}(?P<unit>{NOUN})")


@functools.cache
def _qualifiers(lang: Language) -> Lookback:
    return Lookback(phrases(lang))


def vague_counts(ctx: Context) -> list[Claim]:
    """ "dozens of soldiers", "tens of thousands of people": a lower bound."""
    plurals = ctx.lang.numbers.vague_plurals
    claims = []
    qualifiers = _qualifiers(ctx.lang)
    pattern = _vague_regex(ctx.lang)
    for match in anchors.matches(ctx, "vague count", pattern):
        noun = match.group("unit")
        if not is_counted_noun(noun, ctx.lang):
            continue
        found = qualifiers.before(ctx, match.start())
        start = found.start if found else match.start()
        qualifier = qualifier_for(found.text if found else None, ctx.lang)
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

    >>> text = "Six countries sent 1.2 million people."
    >>> ctx = Context.create(text, published=None, language="en")
    >>> [(c.value, c.unit) for c in find(ctx)]
    [(6.0, 'countries'), (1200000.0, 'people')]
    """
    claims = []
    for figure in figures(ctx, shape(ctx.lang)):
        claim = claim_from(figure, ctx)
        if claim is not None:
            claims.append(claim)
    return sorted([*claims, *vague_counts(ctx)], key=lambda c: c.start)
