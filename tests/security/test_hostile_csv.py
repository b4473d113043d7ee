"""CSV injection: every cell a spreadsheet could run gets an apostrophe, the
escape is reversible, and the export round-trips every hostile string.

Triggers (OWASP CSV injection): = + - @, tab and carriage return, NUL, any
leading whitespace (space, no-break space, ideographic space: spreadsheets
skip it), the full-width and small forms of = + - @, and the apostrophe itself.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from annotations import exports
from annotations.models import Claim
from tests.api.base import APITestCase
from tests.factories import make_article, make_claim, make_verdict
from tests.hostile import naughty_strings

DANGEROUS_FIRST = set("=+-@\x00＝＋－＠﹦﹢﹣﹫")
ODD_PREFIXES = [
    " =1+1",
    "\u00a0=1+1",
    "\u2003+1",
    "\u3000@SUM(A1)",
    "\t=1",
    "\r=1",
    "\n=1",
    '＝HYPERLINK("http://evil.example")',
    "＋1+1",
    "－2+3",
    "＠SUM(A1:A2)",
    "﹦1+1",
    "'quoted",
    "''twice",
]


def dangerous(cell: str) -> bool:
    return bool(cell) and (cell[0] in DANGEROUS_FIRST or cell[0].isspace())


@settings(max_examples=10_000, deadline=None)
@given(st.text())
def test_escaping_is_reversible_and_never_leaves_a_trigger_first(value: str) -> None:
    escaped = exports.escape_cell(value)
    assert exports.unescape_cell(escaped) == value
    assert not dangerous(escaped)


def test_each_odd_prefix_is_escaped() -> None:
    for value in ODD_PREFIXES:
        assert exports.escape_cell(value) == "'" + value, repr(value)


class CsvRoundTripTests(APITestCase):
    def test_every_hostile_string_round_trips_through_the_export(self) -> None:
        values = [
            v
            for v in [*ODD_PREFIXES, *naughty_strings()]
            if v.strip()
            and "\x00" not in v
            and not any(0xD800 <= ord(c) <= 0xDFFF for c in v)
        ]
        for index, value in enumerate(values):
            article = make_article(
                title=value[:300], body=f"Item {index} cost 5 euros."
            )
            claim = make_claim(article, text="5 euros")
            make_verdict(claim, reviewer=self.alice, explanation=value)
        response = self.get("/api/v1/export/verdicts.csv", self.alice)
        text = b"".join(response.streaming_content).decode()
        header, *rows = list(csv.reader(io.StringIO(text, newline="")))
        records = [dict(zip(header, row, strict=True)) for row in rows]
        for row in rows:
            for column, cell in zip(header, row, strict=True):
                if column not in exports.NUMERIC_COLUMNS:
                    self.assertFalse(dangerous(cell), (column, cell))
        stored = {
            c.pk: c for c in Claim.objects.select_related("article", "verdict").all()
        }
        matched = 0
        for record in records:
            claim = stored[int(record["claim_id"])]
            if not hasattr(claim, "verdict"):
                continue
            self.assertEqual(
                exports.unescape_cell(record["explanation"]), claim.verdict.explanation
            )
            self.assertEqual(
                exports.unescape_cell(record["article_title"]), claim.article.title
            )
            matched += 1
        self.assertEqual(matched, len(values))

    def test_numbers_stay_numbers(self) -> None:
        claim: Any = self.claim
        make_verdict(claim, reviewer=self.alice)
        row = exports.csv_row(exports.prepare_claims(Claim.objects.all())[0])
        cells = dict(zip(exports.CSV_COLUMNS, row, strict=True))
        for column in exports.NUMERIC_COLUMNS:
            if cells[column]:
                int(cells[column])
