"""Percentages: "12%", "12 per cent", "3.5 percentage points", "half of".

``unit`` is "percent" or "percentage_point" (basis points are converted to
percentage points). Fractions followed by "of" ("half of", "two thirds of")
become percentages (50, 66.7); their span includes "of". Vague shares ("a
small percentage") have ``value`` None and ``extra`` ``vague``.
"""

from __future__ import annotations

import functools
import re

from . import anchors
from .context import Context
from .figures import Figure, Shape, figures, scan
from .lang import Language
from .qualifiers import phrases, qualifier_for
from .text.lookback import Lookback
from .text.regexes import trie
from .types import Claim, Kind, Qualifier

__all__ = ["find"]

PERCENT = "percent"
POINT = "percentage_point"


@functools.cache
def shape(lang: Language) -> Shape:
    words = lang.percents
    unit = trie([*words.percent_words, *words.point_words], fold=True)
    return Shape(after=re.compile(rf"(?:[ \u00a0]?(?P<unit>{unit})(?![^\W\d_]))?"))


def unit_of(word: str, lang: Language) -> tuple[str, float]:
    """("percent" or "percentage_point", factor) for the word after the number."""
    points = lang.percents.point_words
    key = " ".join(word.lower().split())
    return (POINT, points[key]) if key in points else (PERCENT, 1.0)


def claim_from(figure: Figure, ctx: Context) -> Claim | None:
    word = figure.after.group("unit")
    if not word:
        return None
    unit, factor = unit_of(word, ctx.lang)

    def scaled(value: float | None) -> float | None:
        return None if value is None else value * factor

    return Claim(
        Kind.PERCENT,
        figure.start,
        figure.end,
        ctx.text[figure.start : figure.end],
        value=scaled(figure.value),
        unit=unit,
        low=scaled(figure.low),
        high=scaled(figure.high),
        qualifier=figure.qualifier,
    )


@functools.cache
def _fraction_edges(lang: Language) -> tuple[re.Pattern[str], Lookback]:
    of = lang.percents.of
    return re.compile(rf"\s{{1,3}}{of}\b"), Lookback(phrases(lang))


def fraction_shares(ctx: Context) -> list[Claim]:
    """Fractions followed by "of" as percentages: "nearly half of" -> 50."""
    fractions = ctx.lang.numbers.fractions
    of_re, qualifiers = _fraction_edges(ctx.lang)
    claims = []
    for number in scan(ctx):
        if not 0 < number.value < 1 or not any(
            word in fractions for word in number.text.lower().split()
        ):
            continue
        of = of_re.match(ctx.text, number.end)
        if of is None:
            continue
        start, qualifier = number.start, Qualifier.EXACT
        found = qualifiers.before(ctx, start)
        if found:
            start, qualifier = found.start, qualifier_for(found.text, ctx.lang)
        claims.append(
            Claim(
                Kind.PERCENT,
                start,
                of.end(),
                ctx.text[start : of.end()],
                value=number.value * 100,
                unit=PERCENT,
                qualifier=qualifier,
            )
        )
    return claims


@functools.cache
def _inverted(lang: Language) -> Lookback:
    words = lang.percents
    return Lookback(f"{word} {words.of}" for word in words.percent_words)


def inverted_shares(ctx: Context) -> list[Claim]:
    """The inverted form with no number before it: "per cent of 22" -> 22%."""
    claims = []
    inverted = _inverted(ctx.lang)
    for number in scan(ctx):
        found = inverted.before(ctx, number.start)
        if found is None or _number_before(ctx.text, found.start):
            continue
        claims.append(
            Claim(
                Kind.PERCENT,
                found.start,
                number.end,
                ctx.text[found.start : number.end],
                value=number.value,
                unit=PERCENT,
            )
        )
    return claims


def _number_before(text: str, pos: int) -> bool:
    # "40 percent of 10,000 voters" is 40 percent, not 10,000 percent.
    return bool(re.search(r"[\d\w]\s{0,3}$", text[max(0, pos - 4) : pos]))


@functools.cache
def _vague_regex(lang: Language) -> re.Pattern[str]:
    words = lang.percents
    adjectives = trie(words.vague_share_adjectives, fold=True)
    nouns = trie(words.share_nouns, fold=True)
    # Tried only where anchors.py found an adjective (see vague_shares).
    return re.compile(rf"\b{adjectives}\s{{1,3}}{nouns}\b")


@functools.cache
def _article(lang: Language) -> tuple[re.Pattern[str], int]:
    """The article that may open a vague share ("a small percentage"), and how
    far back it may start."""
    articles = lang.percents.vague_articles
    found = [word[:1].upper() + word[1:] for word in articles] + list(articles)
    pattern = "|".join(re.escape(word) for word in sorted(set(found))) or "(?!)"
    width = max((len(word) for word in articles), default=0) + 3
    return re.compile(rf"(?:{pattern})\s{{1,3}}$"), width


def vague_shares(ctx: Context) -> list[Claim]:
    """ "a small percentage of migrants": a share with no number, ``value`` None."""
    claims = []
    pattern = _vague_regex(ctx.lang)
    article_re, width = _article(ctx.lang)
    for match in anchors.matches(ctx, "vague share", pattern):
        start = match.start()
        article = article_re.search(ctx.text, max(0, start - width), start)
        start = article.start() if article else start
        claims.append(
            Claim(
                Kind.PERCENT,
                start,
                match.end(),
                ctx.text[start : match.end()],
                unit=PERCENT,
                qualifier=Qualifier.APPROXIMATELY,
                extra=(("vague", True),),
            )
        )
    return claims


def find(ctx: Context) -> list[Claim]:
    """Percent claims in the text.

    >>> text = "Turnout rose 3.5 percentage points to 61%."
    >>> ctx = Context.create(text, published=None, language="en")
    >>> [(c.value, c.unit) for c in find(ctx)]
    [(3.5, 'percentage_point'), (61.0, 'percent')]
    """
    claims = []
    for figure in figures(ctx, shape(ctx.lang)):
        claim = claim_from(figure, ctx)
        if claim is not None:
            claims.append(claim)
    extra = [*fraction_shares(ctx), *inverted_shares(ctx), *vague_shares(ctx)]
    return sorted([*claims, *extra], key=lambda c: c.start)
