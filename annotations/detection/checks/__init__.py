"""Automatic checks over detected claims (placeholder until the checks land).

``run_checks(claims, published)`` returns one ``CheckResult`` per check that
applies; each result names the claims it is about by their offsets.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from ..types import Claim


class Status(enum.StrEnum):
    CONSISTENT = "consistent"
    APPROXIMATELY = "approximately"
    INCONSISTENT = "inconsistent"
    CANNOT_CHECK = "cannot_check"


@dataclass(frozen=True, slots=True)
class CheckResult:
    check: str  # "currency_conversion", "unit_conversion", "sum", "weekday", ...
    claims: tuple[tuple[int, int], ...]  # (start, end) of every claim involved
    status: Status
    expected: float | str | None
    stated: float | str | None
    deviation_percent: float | None
    explanation: str  # one plain sentence a reviewer can paste
    evidence: str  # the reference used

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["status"] = str(self.status)
        data["claims"] = [list(span) for span in self.claims]
        return data


def run_checks(claims: Sequence[Claim], published: date | None) -> list[CheckResult]:
    return []
