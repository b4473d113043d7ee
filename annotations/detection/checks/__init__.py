"""Automatic checks over detected claims: conversions, arithmetic and weekdays.

``run_checks(claims, published, text=..., language=...)`` returns one
``CheckResult`` per check that applies; each result names the claims it is
about by their offsets and explains itself in the language's words
(``lang.checks``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from ..context import Context
from ..lang import DEFAULT_LANGUAGE, Language
from ..types import Claim
from .result import CheckResult, Status

__all__ = ["CheckResult", "Status", "check", "run_checks"]


def run_checks(
    claims: Sequence[Claim],
    published: date | None,
    *,
    text: str | None = None,
    language: str | Language = DEFAULT_LANGUAGE,
) -> list[CheckResult]:
    """Run every check that applies to ``claims``, in text order.

    ``published`` picks the day's exchange rates; ``text`` (the article) lets
    the arithmetic checks read the words between figures ("of the", "or");
    ``language`` (a tag or a bundle, as for ``detect``) says how to read them
    and how to word the results.

    >>> run_checks([], None)
    []
    """
    ctx = Context.create(text or "", published=published, language=language)
    return check(ctx, claims)


def check(ctx: Context, claims: Sequence[Claim]) -> list[CheckResult]:
    """``run_checks`` for the context the claims were detected in (its numbers
    and sentences are read once for both)."""
    from . import arithmetic, currency, ratios, units, weekday
    from .sentences import sentences

    claim_list = list(claims)
    # Grouping figures by sentence is the costly part: done once for both checks.
    groups = list(sentences(claim_list, ctx)) if ctx.text else []
    results = [
        *currency.check_conversions(claim_list, ctx),
        *units.check_conversions(claim_list, ctx),
        *weekday.check_weekdays(claim_list, ctx),
        *(r for group in groups for r in arithmetic.check_sentence(group, ctx.lang)),
        *(r for group in groups for r in ratios.check_sentence(group, ctx.lang)),
    ]
    return sorted(results, key=lambda result: result.claims)
