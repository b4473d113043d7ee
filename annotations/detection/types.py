"""Frozen result types shared by every detector: one Claim per flagged span."""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any


class Kind(enum.StrEnum):
    MONEY = "money"
    PERCENT = "percent"
    COUNT = "count"
    QUANTITY = "quantity"
    DURATION = "duration"
    DATE = "date"
    QUOTE = "quote"
    CONVERSION = "conversion"
    STATEMENT = "statement"


#: Figure kinds never overlap each other; quotes, conversions and statements may
#: contain figures.
FIGURE_KINDS = frozenset(
    {Kind.MONEY, Kind.PERCENT, Kind.COUNT, Kind.QUANTITY, Kind.DURATION, Kind.DATE}
)


class Qualifier(enum.StrEnum):
    EXACT = "exact"
    APPROXIMATELY = "approximately"
    AT_MOST = "at_most"
    AT_LEAST = "at_least"
    LESS_THAN = "less_than"
    MORE_THAN = "more_than"


@dataclass(frozen=True, init=False)
class Claim:
    """One checkable span of the text.

    Offsets are Python code-point offsets, ``end`` exclusive, so
    ``text[claim.start:claim.end] == claim.text`` always holds.

    Field use by kind:

    - money: ``value`` (or ``low``/``high`` for ranges), ``unit`` = ISO 4217 code.
    - percent: ``value`` in percent, ``unit`` = ``"percent"`` or
      ``"percentage_point"``.
    - count: ``value``, ``unit`` = what is counted ("countries").
    - quantity: ``value``, ``unit`` = pint unit name ("kilometer").
    - duration: ``value``, ``unit`` = pint unit ("day"), ``seconds``,
      ``normalized`` = ISO 8601 duration ("P3D").
    - date: ``normalized`` = ISO 8601 date at its precision ("2015-04", "2015-04-09")
      or a TIMEX-style partial ("XXXX-04-09") when unresolved; ``precision`` =
      "day" | "week" | "month" | "quarter" | "year" | "decade" | "century".
    - quote: ``speaker`` when the text names one.
    - conversion: ``parts`` = the two figure claims it links; ``rate`` = units of
      the first part per unit of the second (RUB per USD, km per mile).
    - statement: ``score`` and ``features`` (issue 8).

    Every figure carries a ``qualifier`` and, once scored, its sentence's ``score``.
    """

    kind: Kind
    start: int
    end: int
    text: str
    value: float | None = None
    unit: str | None = None
    low: float | None = None
    high: float | None = None
    qualifier: Qualifier = Qualifier.EXACT
    normalized: str | None = None
    seconds: float | None = None
    precision: str | None = None
    speaker: str | None = None
    parts: tuple[Claim, ...] = ()
    rate: float | None = None
    score: float | None = None
    features: tuple[str, ...] = ()
    extra: tuple[tuple[str, Any], ...] = field(default=())

    def __init__(
        self,
        kind: Kind,
        start: int,
        end: int,
        text: str,
        value: float | None = None,
        unit: str | None = None,
        low: float | None = None,
        high: float | None = None,
        qualifier: Qualifier = Qualifier.EXACT,
        normalized: str | None = None,
        seconds: float | None = None,
        precision: str | None = None,
        speaker: str | None = None,
        parts: tuple[Claim, ...] = (),
        rate: float | None = None,
        score: float | None = None,
        features: tuple[str, ...] = (),
        extra: tuple[tuple[str, Any], ...] = (),
    ) -> None:
        # One dict for every field at once: twice as fast as the generated
        # frozen __init__ (one object.__setattr__ per field), and detection
        # builds tens of thousands of claims per megabyte. A test keeps this
        # signature equal to the fields.
        object.__setattr__(
            self,
            "__dict__",
            {
                "kind": kind,
                "start": start,
                "end": end,
                "text": text,
                "value": value,
                "unit": unit,
                "low": low,
                "high": high,
                "qualifier": qualifier,
                "normalized": normalized,
                "seconds": seconds,
                "precision": precision,
                "speaker": speaker,
                "parts": parts,
                "rate": rate,
                "score": score,
                "features": features,
                "extra": extra,
            },
        )

    def overlaps(self, other: Claim) -> bool:
        return self.start < other.end and other.start < self.end

    def replace(self, **changes: Any) -> Claim:
        """A copy with ``changes`` (as ``dataclasses.replace``, without its
        per-call field introspection: detection replaces claims in bulk)."""
        if not changes.keys() <= _FIELD_SET:
            return replace(self, **changes)  # raises the usual TypeError
        return Claim(**{**self.__dict__, **changes})

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict (enums as strings, parts nested, extra flattened in)."""
        data = asdict(self)
        data["kind"] = str(self.kind)
        data["qualifier"] = str(self.qualifier)
        data["parts"] = [part.to_dict() for part in self.parts]
        data["features"] = list(self.features)
        extra = data.pop("extra")
        data.update(dict(extra))
        return data


_FIELD_SET = frozenset(f.name for f in fields(Claim))
