"""Claim detection: article text (+ publication date) in, checkable claims out.

Plain Python with no Django imports, so it can be tested and benchmarked alone.

>>> [c.kind for c in detect("It cost $5 million.")]
[<Kind.MONEY: 'money'>]
"""

from __future__ import annotations

from datetime import date

from .context import SUPPORTED_LANGUAGES, Context, UnsupportedLanguage
from .resolve import resolve_figures
from .types import FIGURE_KINDS, Claim, Kind, Qualifier

__all__ = [
    "DETECTOR_VERSION",
    "FIGURE_KINDS",
    "Claim",
    "Kind",
    "Qualifier",
    "UnsupportedLanguage",
    "detect",
    "supported_languages",
]

#: Bump when detection output changes, so stored claims can be told apart.
DETECTOR_VERSION = "0.1.0"


def supported_languages() -> frozenset[str]:
    """The primary language subtags detection has data for.

    >>> sorted(supported_languages())
    ['en']
    """
    return frozenset(SUPPORTED_LANGUAGES)


def detect(
    text: str,
    *,
    published: date | None = None,
    language: str = "en",
    statements: bool = True,
) -> list[Claim]:
    """Return every checkable claim in ``text``, sorted by start offset.

    ``published`` resolves relative dates ("this month"); ``statements`` turns on
    sentence check-worthiness scoring (figure-free check-worthy sentences become
    ``statement`` claims, figures carry their sentence's score).
    """
    from . import conversions, pipeline, quotes

    ctx = Context.create(text, published=published, language=language)
    figures = resolve_figures(pipeline.figure_candidates(ctx))
    claims = [*figures, *conversions.find(ctx, figures), *quotes.find(ctx)]
    if statements:
        from . import checkworthiness

        claims = checkworthiness.annotate(ctx, claims)
    return sorted(claims, key=sort_key)


def sort_key(claim: Claim) -> tuple[int, int, Kind]:
    # Outer spans (conversions, quotes) before the figures they contain. A
    # Kind is a str, so it compares as its value without the enum lookup.
    return (claim.start, -claim.end, claim.kind)
