"""Percentages: "12%", "12 per cent", "3.5 percentage points", "half of".

``unit`` is "percent" or "percentage_point" (basis points are converted to
percentage points). Fractions followed by "of" ("half of", "two thirds of")
become percentages (50, 66.7); their span includes "of". Vague shares ("a
small percentage") have ``value`` None and ``extra`` ``vague``.
"""

from __future__ import annotations

import functools
import importlib
import re
from types import ModuleType

from . import anchors
from .context import Context
from .figures import Figure, Shape, figures, scan
from .numbers import words
from .qualifiers import phrases, qualifier_for
from .text.lookback import Lookback
from .text.regexes import trie
from .types import Claim, Kind, Qualifier

__all__ = ["find"]

PERCENT = "percent"
POINT = "percentage_point"


@functools.cache
def percent_words(language: str) -> ModuleType:
    return importlib.import_module(f"{__package__}.lang.{language}_percents")


@functools.cache
def shape(language: str) -> Shape:
    lang = percent_words(language)
    unit = trie([*lang.PERCENT_WORDS, *lang.POINT_WORDS], fold=True)
    return Shape(after=re.compile(rf"(?:[ \u00a0]?(?P<unit>{unit})(?![^\W\d_]))?"))


def unit_of(word: str, language: str) -> tuple[str, float]:
    """("percent" or "percentage_point", factor) for the word after the number."""
    points = percent_words(language).POINT_WORDS
    key = " ".join(word.lower().split())
    return (POINT, points[key]) if key in points else (PERCENT, 1.0)


def claim_from(figure: Figure, text: str, language: str) -> Claim | None:
    word = figure.after.group("unit")
    if not word:
        return None
    unit, factor = unit_of(word, language)

    def scaled(value: float | None) -> float | None:
        return None if value is None else value * factor

    return Claim(
        Kind.PERCENT,
        figure.start,
        figure.end,
        text[figure.start : figure.end],
        value=scaled(figure.value),
        unit=unit,
        low=scaled(figure.low),
        high=scaled(figure.high),
        qualifier=figure.qualifier,
    )


@functools.cache
def _fraction_edges(language: str) -> tuple[re.Pattern[str], Lookback]:
    of = percent_words(language).OF
    return re.compile(rf"\s{{1,3}}{of}\b"), Lookback(phrases(language))


def fraction_shares(ctx: Context) -> list[Claim]:
    """Fractions followed by "of" as percentages: "nearly half of" -> 50."""
    fractions = words(ctx.language).FRACTIONS
    of_re, qualifiers = _fraction_edges(ctx.language)
    claims = []
    for number in scan(ctx.text, ctx.language):
        if not 0 < number.value < 1 or not any(
            word in fractions for word in number.text.lower().split()
        ):
            continue
        of = of_re.match(ctx.text, number.end)
        if of is None:
            continue
        start, qualifier = number.start, Qualifier.EXACT
        found = qualifiers.before(ctx.text, start)
        if found:
            start, qualifier = found.start, qualifier_for(found.text)
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
def _inverted(language: str) -> Lookback:
    lang = percent_words(language)
    return Lookback(f"{word} {lang.OF}" for word in lang.PERCENT_WORDS)


def inverted_shares(ctx: Context) -> list[Claim]:
    """The inverted form with no number before it: "per cent of 22" -> 22%."""
    claims = []
    inverted = _inverted(ctx.language)
    for number in scan(ctx.text, ctx.language):
        found = inverted.before(ctx.text, number.start)
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
def _vague_regex(language: str) -> re.Pattern[str]:
    lang = percent_words(language)
    adjectives = trie(lang.VAGUE_SHARE_ADJECTIVES, fold=True)
    nouns = trie(lang.SHARE_NOUNS, fold=True)
    # Tried only where anchors.py found an adjective (see vague_shares).
    return re.compile(rf"\b{adjectives}\s{{1,3}}{nouns}\b")


#: The article that may open a vague share ("a small percentage").
ARTICLE = re.compile(r"[Aa]\s{1,3}$")


def vague_shares(ctx: Context) -> list[Claim]:
    """ "a small percentage of migrants": a share with no number, ``value`` None."""
    claims = []
    pattern = _vague_regex(ctx.language)
    for match in anchors.matches(ctx.text, "vague share", pattern, ctx.language):
        start = match.start()
        article = ARTICLE.search(ctx.text, max(0, start - 4), start)
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

    >>> ctx = Context("Turnout rose 3.5 percentage points to 61%.", None, "en")
    >>> [(c.value, c.unit) for c in find(ctx)]
    [(3.5, 'percentage_point'), (61.0, 'percent')]
    """
    claims = []
    for figure in figures(ctx.text, shape(ctx.language), ctx.language):
        claim = claim_from(figure, ctx.text, ctx.language)
        if claim is not None:
            claims.append(claim)
    extra = [*fraction_shares(ctx), *inverted_shares(ctx), *vague_shares(ctx)]
    return sorted([*claims, *extra], key=lambda c: c.start)
