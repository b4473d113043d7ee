"""Command line: detect the claims of a text file (or a JSONL batch) and print JSON.

Usage::

    python -m annotations.detection FILE [--published YYYY-MM-DD] [--language en]
                                         [--jsonl] [--no-statements]

``FILE`` is a UTF-8 text file, or ``-`` for standard input. The output is one
JSON object::

    {"claims": [CLAIM, ...], "checks": [CHECK, ...]}

Each CLAIM (``Claim.to_dict()``, sorted by ``start``) has the keys:

- ``kind``: money, percent, count, quantity, duration, date, quote, conversion
  or statement;
- ``start``, ``end``: code-point offsets into the text, end exclusive;
  ``text``: the exact span;
- ``value``, ``unit``, ``low``, ``high``: the figure (``unit`` is an ISO 4217
  code for money, "percent" or "percentage_point", the thing counted, or a
  pint unit name), ``low``/``high`` for ranges;
- ``qualifier``: exact, approximately, at_most, at_least, less_than, more_than;
- ``normalized``: ISO 8601 for dates ("2015-04") and durations ("P3D");
  ``seconds``: a duration in seconds; ``precision``: a date's precision (day,
  week, month, quarter, year, decade, century);
- ``speaker``: a quote's speaker, or null;
- ``parts``: a conversion's two figure claims (nested CLAIMs); ``rate``: units
  of the first part per unit of the second;
- ``score``: the sentence's check-worthiness in [0, 1] (null with
  ``--no-statements``); ``features``: the terms that raised it;
- plus the claim's extra keys, by kind: quotes carry ``scare_quote`` (bool),
  ``attribution`` (how the speaker was found) and ``paragraphs`` (int).

Each CHECK (``CheckResult.to_dict()``) has ``check``, ``claims`` (the
``[start, end]`` of each claim compared), ``status`` (consistent,
approximately, inconsistent, cannot_check), ``expected``, ``stated``,
``deviation_percent``, ``explanation``, ``evidence``, ``reference_date`` and
``matched_date``.

With ``--jsonl``, each input line is an object ``{"id": ..., "text": "...",
"published": "YYYY-MM-DD"}`` (``id`` and ``published`` optional; a line's
``published`` wins over the option) and each output line is ``{"id": ...,
"claims": [...], "checks": [...]}``. Blank lines are skipped.

Errors (a missing file, a bad date, a bad JSON line, which is named by its
number, or an unknown language) print a message on standard error and exit
with status 2.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, TextIO

from . import analyse as detect_in
from .checks import check
from .context import Context
from .lang import DEFAULT_LANGUAGE, UnsupportedLanguage, load

USAGE_ERROR = 2


class InputError(Exception):
    """Bad input the user can fix; the message says what and where."""


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the command; returns the exit status."""
    stdin, stdout = stdin or sys.stdin, stdout or sys.stdout
    stderr = stderr or sys.stderr
    args = build_parser().parse_args(argv)
    try:
        check_language(args.language)
        if args.jsonl:
            lines = _read_lines(args.file, stdin)
            _run_batch(lines, args, stdout)
        else:
            text = _read_text(args.file, stdin)
            result = analyse(text, args.published, args.language, args.statements)
            json.dump(result, stdout, ensure_ascii=False, indent=2, default=str)
            stdout.write("\n")
    except InputError as error:
        stderr.write(f"error: {error}\n")
        return USAGE_ERROR
    except BrokenPipeError:
        # The reader went away ("| head"): stop quietly, as other tools do, and
        # point stdout at devnull so the interpreter's final flush stays silent.
        if stdout is sys.stdout:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m annotations.detection",
        description="Detect checkable claims in a text and print them as JSON.",
    )
    parser.add_argument("file", metavar="FILE", help="UTF-8 text file, or - for stdin")
    parser.add_argument(
        "--published",
        type=parse_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="publication date, to resolve relative dates",
    )
    parser.add_argument(
        "--language",
        default=DEFAULT_LANGUAGE,
        help=f"text language, a BCP 47 tag (default {DEFAULT_LANGUAGE})",
    )
    parser.add_argument(
        "--jsonl",
        action="store_true",
        help='read lines {"id", "text", "published"?}, write one result per line',
    )
    parser.add_argument(
        "--no-statements",
        dest="statements",
        action="store_false",
        help="skip sentence check-worthiness scoring",
    )
    return parser


def parse_date(value: str) -> date:
    """An ISO date for argparse; a clear error otherwise."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a date: {value!r} (expected YYYY-MM-DD)"
        ) from None


def check_language(language: str) -> None:
    try:
        load(language)
    except UnsupportedLanguage as error:
        raise InputError(str(error)) from None


def analyse(
    text: str, published: date | None, language: str, statements: bool
) -> dict[str, Any]:
    """Claims and checks of one text, as JSON-ready dicts."""
    ctx = Context.create(text, published=published, language=language)
    claims = detect_in(ctx, statements=statements)
    checks = check(ctx, claims)
    return {
        "claims": [claim.to_dict() for claim in claims],
        "checks": [check.to_dict() for check in checks],
    }


def _read_text(path: str, stdin: TextIO) -> str:
    if path == "-":
        return stdin.read()
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read {path}: {_reason(error)}") from None


def _read_lines(path: str, stdin: TextIO) -> Iterable[str]:
    if path == "-":
        yield from stdin
        return
    try:
        with open(path, encoding="utf-8") as handle:
            yield from handle
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read {path}: {_reason(error)}") from None


def _reason(error: Exception) -> str:
    return (
        error.strerror if isinstance(error, OSError) and error.strerror else str(error)
    )


def _run_batch(lines: Iterable[str], args: argparse.Namespace, out: TextIO) -> None:
    """One output line per input line, written as soon as it is done."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        doc_id, text, published = parse_line(line, number, args.published)
        result = analyse(text, published, args.language, args.statements)
        out.write(json.dumps({"id": doc_id, **result}, ensure_ascii=False, default=str))
        out.write("\n")
        out.flush()


def parse_line(
    line: str, number: int, default: date | None
) -> tuple[Any, str, date | None]:
    """(id, text, published) of one JSONL line, or an error naming the line."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(f"line {number}: not valid JSON ({error.msg})") from None
    if not isinstance(record, dict):
        raise InputError(f"line {number}: expected a JSON object")
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(f'line {number}: "text" must be a string')
    published = record.get("published")
    if published is None:
        return record.get("id"), text, default
    try:
        return record.get("id"), text, date.fromisoformat(str(published))
    except ValueError:
        raise InputError(
            f'line {number}: "published" is not a date: {published!r} (expected YYYY-MM-DD)'
        ) from None


if __name__ == "__main__":
    sys.exit(main())
