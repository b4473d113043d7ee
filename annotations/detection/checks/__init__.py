"""Automatic checks over detected claims: conversions, arithmetic and weekdays.

``run_checks(claims, published, text=...)`` returns one ``CheckResult`` per
check that applies; each result names the claims it is about by their offsets.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from ..types import Claim
from .result import CheckResult, Status

__all__ = ["CheckResult", "Status", "run_checks"]


def run_checks(
    claims: Sequence[Claim], published: date | None, *, text: str | None = None
) -> list[CheckResult]:
    """Run every check that applies to ``claims``, in text order.

    ``published`` picks the day's exchange rates; ``text`` (the article) lets
    the arithmetic checks read the words between figures ("of the", "or").

    >>> run_checks([], None)
    []
    """
    from . import arithmetic, currency, ratios, units, weekday
    from .sentences import sentences

    claim_list = list(claims)
    # Grouping figures by sentence is the costly part: done once for both checks.
    groups = list(sentences(claim_list, text)) if text else []
    results = [
        *currency.check_conversions(claim_list, published),
        *units.check_conversions(claim_list),
        *weekday.check_weekdays(claim_list, text),
        *(r for group in groups for r in arithmetic.check_sentence(group)),
        *(r for group in groups for r in ratios.check_sentence(group)),
    ]
    return sorted(results, key=lambda result: result.claims)
