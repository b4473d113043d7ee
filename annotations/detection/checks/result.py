"""The result of one automatic check: status, figures compared and the evidence."""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass
from typing import Any


class Status(enum.StrEnum):
    CONSISTENT = "consistent"
    APPROXIMATELY = "approximately"
    INCONSISTENT = "inconsistent"
    CANNOT_CHECK = "cannot_check"


#: Worst last: used to pick the verdict of a multi-part comparison.
SEVERITY = (
    Status.CONSISTENT,
    Status.APPROXIMATELY,
    Status.INCONSISTENT,
    Status.CANNOT_CHECK,
)


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
    reference_date: str | None = None  # ISO date of the rate used, if any
    matched_date: str | None = None  # earlier date whose rate fits the stated figure

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["status"] = str(self.status)
        data["claims"] = [list(span) for span in self.claims]
        return data
