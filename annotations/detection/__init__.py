"""Claim detection: article text (+ publication date) in, checkable claims out.

Plain Python with no Django imports, so it can be tested and benchmarked alone.
Every word of a language comes from its bundle (``lang/<code>/``);
``supported_languages()`` lists them.

>>> [c.kind for c in detect("It cost $5 million.")]
[<Kind.MONEY: 'money'>]
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from .context import Context
from .lang import (
    DEFAULT_LANGUAGE,
    Language,
    UnsupportedLanguage,
    load,
    supported_languages,
)
from .resolve import resolve_figures
from .types import FIGURE_KINDS, Claim, Kind, Qualifier

if TYPE_CHECKING:
    from .checks import CheckResult

__all__ = [
    "DETECTOR_VERSION",
    "FIGURE_KINDS",
    "Claim",
    "Kind",
    "Language",
    "Qualifier",
    "UnsupportedLanguage",
    "detect",
    "detect_and_check",
    "scores_statements",
    "supported_languages",
]

#: Bump when detection output changes, so stored claims can be told apart.
DETECTOR_VERSION = "0.1.0"

Detector = Callable[[Context], list[Claim]]


@functools.cache
def figure_detectors() -> tuple[Detector, ...]:
    """The figure detectors, run in order; their candidates may overlap until
    ``resolve_figures`` keeps the longest, most specific ones.

    Imported on first use: importing this package stays cheap (babel and the
    detectors' tables load only when text is first detected).
    """
    from . import counts, dates, durations, money, percents, quantities

    return (
        dates.find,
        money.find,
        durations.find,
        percents.find,
        quantities.find,
        counts.find,
    )


def detect(
    text: str,
    *,
    published: date | None = None,
    language: str | Language = DEFAULT_LANGUAGE,
    statements: bool = True,
) -> list[Claim]:
    """Return every checkable claim in ``text``, sorted by start offset.

    ``published`` resolves relative dates ("this month"); ``language`` is a
    BCP 47 tag ("en", "en-GB", "EN", "en_US" all read English) or a bundle;
    ``statements`` turns on sentence check-worthiness scoring (figure-free
    check-worthy sentences become ``statement`` claims, figures carry their
    sentence's score) where the language has a model.

    Raises ``UnsupportedLanguage`` (a ``ValueError``) for a language without
    a bundle, rather than finding nothing.
    """
    return analyse(
        Context.create(text, published=published, language=language),
        statements=statements,
    )


def detect_and_check(
    text: str,
    *,
    published: date | None = None,
    language: str | Language = DEFAULT_LANGUAGE,
    statements: bool = True,
) -> tuple[list[Claim], list[CheckResult]]:
    """``detect`` and the automatic checks over its claims, in one context:
    the text is read once (its numbers and sentences serve both), and the
    checks read and word it in the same language.

    >>> claims, checks = detect_and_check("It cost 3 km (5 miles).")
    >>> [c.kind.value for c in claims], [r.check for r in checks]
    (['conversion', 'quantity', 'quantity'], ['unit_conversion'])
    """
    from .checks import check

    ctx = Context.create(text, published=published, language=language)
    claims = analyse(ctx, statements=statements)
    return claims, check(ctx, claims)


def scores_statements(language: str | Language) -> bool:
    """Whether check-worthy statements are scored in ``language`` (a model
    ships for it); figures and quotes are found either way."""
    bundle = language if isinstance(language, Language) else load(language)
    return bundle.statements is not None


def analyse(ctx: Context, *, statements: bool = True) -> list[Claim]:
    """``detect`` for a context already made (the checks can then share it)."""
    from . import conversions, quotes

    figures = resolve_figures(figure_candidates(ctx))
    claims = [*figures, *conversions.find(ctx, figures), *quotes.find(ctx)]
    if statements:
        from . import statements as checkworthiness

        claims = checkworthiness.annotate(ctx, claims)
    return sorted(claims, key=sort_key)


def figure_candidates(ctx: Context) -> list[Claim]:
    """All figure candidates; they may overlap until resolved."""
    return [claim for find in figure_detectors() for claim in find(ctx)]


def sort_key(claim: Claim) -> tuple[int, int, Kind]:
    # Outer spans (conversions, quotes) before the figures they contain. A
    # Kind is a str, so it compares as its value without the enum lookup.
    return (claim.start, -claim.end, claim.kind)
