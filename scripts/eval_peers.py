"""Score detect() on the peer suites (Recognizers-Text, price-parser) with score.py.

Usage: ``python scripts/eval_peers.py [--failures N] [--json OUT]``. The suites
live in ``$SHARED/data/peer-suites`` (``SHARED`` defaults to ``../shared``
beside the repository); without them the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from annotations.detection import detect  # noqa: E402
from annotations.detection.context import Context  # noqa: E402
from annotations.detection.figures import find_numbers  # noqa: E402
from annotations.detection.types import Claim, Kind  # noqa: E402

SUITES = ("recognizers.jsonl", "price_parser.jsonl")

#: Suite category -> our claim kinds that answer it.
CATEGORY_KINDS: dict[str, frozenset[Kind]] = {
    "money": frozenset({Kind.MONEY}),
    "percent": frozenset({Kind.PERCENT}),
    "quantity": frozenset({Kind.QUANTITY}),
    "duration": frozenset({Kind.DURATION}),
    "date": frozenset({Kind.DATE}),
    # An age is a duration ("five years old", "90 day old"); we have no age kind.
    "age": frozenset({Kind.DURATION}),
}


def shared_dir() -> Path:
    path = Path(os.environ.get("SHARED", "../shared"))
    return path if path.is_absolute() else (REPO / path).resolve()


def read_cases(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def published(case: dict[str, Any]) -> date | None:
    stamp = case.get("reference_datetime")
    return datetime.fromisoformat(stamp).date() if stamp else None


def item(claim: Claim, category: str) -> dict[str, Any]:
    extra = dict(claim.extra)
    found = {
        "start": claim.start,
        "end": claim.end,
        "category": category,
        "value": claim.value,
        "unit": claim.unit,
        "low": claim.low,
        "high": claim.high,
        # Dates carry the TIMEX as written ("XXXX-04-09") beside the resolved value.
        "timex": extra.get("timex", claim.normalized),
        "seconds": claim.seconds,
    }
    if claim.kind == Kind.DATE and "period_start" in extra:
        found["resolution"] = [date_resolution(extra)]
    return found


def date_resolution(extra: dict[str, Any]) -> dict[str, str]:
    """A resolved date in the suite's terms: one day as ``value``, else bounds.

    The suite ends a range at the start of its last part ("2014 to 2018" ends
    2018-01-01), so ranges use ``last_period_start``.
    """
    start, end = extra["period_start"], extra["period_end"]
    if (date.fromisoformat(end) - date.fromisoformat(start)).days == 1:
        return {"value": start}
    return {"start": start, "end": extra.get("last_period_start", end)}


def predict(case: dict[str, Any]) -> list[dict[str, Any]]:
    """Our claims of the kinds that answer the case's category."""
    category = case["category"]
    text = case["text"]
    if category == "number":
        ctx = Context.create(text, published=None, language="en")
        return [item(c, category) for c in find_numbers(ctx)]
    kinds = CATEGORY_KINDS.get(category)
    if kinds is None:
        return []
    claims = detect(text, published=published(case), statements=False)
    return [item(c, category) for c in claims if c.kind in kinds]


def write_predictions(cases: Iterable[dict[str, Any]], out: Any) -> None:
    for case in cases:
        line = {"id": case["id"], "peer": "factcheck", "predicted": predict(case)}
        out.write(json.dumps(line) + "\n")


def score(suite: Path, preds: Path, extra: list[str]) -> int:
    scorer = shared_dir() / "eval" / "score.py"
    command = [sys.executable, str(scorer), "--cases", str(suite), "--pred", str(preds)]
    return subprocess.run([*command, *extra], check=False).returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", type=int, default=0)
    parser.add_argument("--json", help="write scores (and failures) here")
    parser.add_argument("--suite", choices=SUITES, action="append")
    args = parser.parse_args(argv)
    suites = shared_dir() / "data" / "peer-suites"
    if not suites.is_dir():
        print(f"No peer suites at {suites}; set SHARED to score. Skipping.")
        return 0
    status = 0
    for name in args.suite or SUITES:
        extra = ["--failures", str(args.failures)]
        if args.json:
            extra += ["--json", f"{args.json}.{Path(name).stem}.json"]
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as out:
            write_predictions(read_cases(suites / name), out)
        try:
            status |= score(suites / name, Path(out.name), extra)
        finally:
            os.unlink(out.name)
    return status


if __name__ == "__main__":
    sys.exit(main())
