"""manage.py import_articles: JSON lines or a folder, skips reported, safe to re-run."""

from __future__ import annotations

import io
import json
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any
from unittest import mock

from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext

from annotations import detection
from annotations.models import Article, Claim
from tests.factories import make_user

STORIES = [
    "The port authority said cargo volumes fell 12 percent in 2024, "
    "the first drop in a decade.",
    "Rail fares will rise by 3.5 percent from March, the operator announced on "
    "Friday, adding 40 million pounds a year to its revenue.",
    "The city planted 2,300 trees last autumn, twice as many as the year before.",
]


def run(path: Path, *args: str) -> str:
    out = io.StringIO()
    call_command("import_articles", str(path), "--no-progress", *args, stdout=out)
    return out.getvalue()


class ImportJsonLinesTests(TestCase):
    def setUp(self) -> None:
        self.tmp = TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)
        self.path = Path(self.tmp.name) / "articles.jsonl"

    def write(self, lines: list[Any]) -> None:
        text = "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines)
        self.path.write_text(text + "\n", encoding="utf-8")

    def test_it_imports_articles_with_claims_and_reports_skips(self) -> None:
        editor = make_user("desk", role="editor")
        self.write(
            [
                {
                    "title": "Cargo falls",
                    "body": STORIES[0],
                    "url": "https://port.example/news",
                    "published": "2025-01-15",
                    "outlet": "Port Gazette",
                },
                {"title": "Fares up", "html": f"<p>{STORIES[1]}</p>"},
                "{not json",
                {"title": "Again", "body": STORIES[0]},
                {"title": "Blank", "body": "   "},
                {"title": "Bad date", "body": STORIES[2], "published": "soon"},
                ["a", "list"],
                "",
            ]
        )
        output = run(self.path, "--user", "desk")
        self.assertEqual(Article.objects.count(), 2)
        cargo = Article.objects.get(title="Cargo falls")
        self.assertEqual(cargo.added_by, editor)
        self.assertEqual(str(cargo.published), "2025-01-15")
        self.assertEqual(cargo.outlet, "Port Gazette")
        self.assertEqual(cargo.history.count(), 1)
        fares = Article.objects.get(title="Fares up")
        self.assertEqual(fares.body.strip(), STORIES[1])
        for article in (cargo, fares):
            self.assertIn(article.detection_status, {"done", "failed"})
            for claim in article.claims.all():
                self.assertEqual(article.body[claim.start : claim.end], claim.text)
        self.assertIn("skipped articles.jsonl:3: not valid JSON", output)
        self.assertIn("skipped articles.jsonl:4: duplicate", output)
        self.assertIn(
            "skipped articles.jsonl:5: body: The article text is empty.", output
        )
        self.assertIn("skipped articles.jsonl:6: published:", output)
        self.assertIn("skipped articles.jsonl:7: not a JSON object", output)
        self.assertIn("Imported 2 article(s)", output)
        self.assertIn("skipped 5.", output)

    def test_a_second_run_imports_nothing_new(self) -> None:
        self.write([{"title": f"S{i}", "body": s} for i, s in enumerate(STORIES)])
        run(self.path)
        claims = Claim.objects.count()
        output = run(self.path)
        self.assertEqual(Article.objects.count(), 3)
        self.assertEqual(Claim.objects.count(), claims)
        self.assertIn("Imported 0 article(s)", output)
        self.assertEqual(output.count("duplicate"), 3)

    def test_oversized_text_is_skipped(self) -> None:
        self.write([{"title": "Long", "body": "word " * 50}])
        with override_settings(FACTCHECK_MAX_ARTICLE_CHARS=100):
            output = run(self.path)
        self.assertIn("too long", output)
        self.assertFalse(Article.objects.exists())

    def test_queries_per_chunk_do_not_grow_with_articles(self) -> None:
        def queries(count: int, offset: int) -> int:
            self.write(
                [
                    {"title": f"T{i}", "body": f"Story {i}: " + STORIES[i % 3]}
                    for i in range(offset, offset + count)
                ]
            )
            with CaptureQueriesContext(connection) as ctx:
                run(self.path)
            return len(ctx.captured_queries)

        few = queries(3, 0)
        many = queries(12, 100)
        self.assertEqual(Article.objects.count(), 15)
        self.assertEqual(few, many)

    def test_detected_claims_are_stored_in_bulk_with_their_articles(self) -> None:
        def detect_percent(
            text: str, **kwargs: Any
        ) -> tuple[list[detection.Claim], list[Any]]:
            start = text.index("12 percent")
            claim = detection.Claim(
                kind=detection.Kind.PERCENT,
                start=start,
                end=start + 10,
                text="12 percent",
                value=12.0,
                unit="percent",
            )
            return [claim], []

        self.write(
            [{"title": f"T{i}", "body": f"Item {i}. " + STORIES[0]} for i in range(4)]
        )
        fake = mock.patch.object(
            detection, "detect_and_check", side_effect=detect_percent
        )
        with fake, CaptureQueriesContext(connection) as ctx:
            run(self.path)
        inserts = [q for q in ctx.captured_queries if q["sql"].startswith("INSERT")]
        # Articles, their history, their claims: one statement each.
        self.assertEqual(len(inserts), 3)
        self.assertEqual(Claim.objects.count(), 4)
        for claim in Claim.objects.select_related("article"):
            self.assertEqual(claim.article.body[claim.start : claim.end], "12 percent")
            self.assertEqual(claim.value["unit"], "percent")
            self.assertEqual(claim.prefix, claim.article.body[: claim.start][-32:])
            self.assertEqual(claim.article.detection_status, "done")

    def test_chunks_are_separate_transactions(self) -> None:
        self.write([{"title": f"T{i}", "body": f"Story {i}."} for i in range(5)])
        run(self.path, "--chunk-size", "2")
        self.assertEqual(Article.objects.count(), 5)

    def test_missing_path_and_unknown_user_are_errors(self) -> None:
        with self.assertRaises(CommandError):
            run(self.path)
        self.write([{"title": "T", "body": "Text."}])
        with self.assertRaises(CommandError):
            run(self.path, "--user", "nobody")


class ImportFolderTests(TestCase):
    def test_it_imports_text_and_html_files_and_skips_bad_ones(self) -> None:
        with TemporaryDirectory() as tmp:
            folder = Path(tmp)
            (folder / "a-cargo.txt").write_text("Cargo falls\n\n" + STORIES[0])
            (folder / "b-fares.html").write_text(
                "<html><head><title>Fares &amp; tickets</title></head>"
                f"<body><script>alert(1)</script><p>{STORIES[1]}</p></body></html>"
            )
            (folder / "c-copy.txt").write_text("Cargo falls\n\n" + STORIES[0])
            (folder / "d-empty.txt").write_text(" \n\n ")
            (folder / "e-latin1.txt").write_bytes(
                "Caf\xe9 prices rose".encode("latin-1")
            )
            (folder / "f-big.txt").write_text("x" * 2000)
            (folder / "notes.md").write_text(STORIES[2])
            nested = folder / "more"
            nested.mkdir()
            (nested / "trees.txt").write_text(STORIES[2])
            with override_settings(FACTCHECK_MAX_UPLOAD_BYTES=1000):
                output = run(folder)
        titles = sorted(Article.objects.values_list("title", flat=True))
        self.assertEqual(titles, ["Cargo falls", "Fares & tickets", STORIES[2]])
        fares = Article.objects.get(title="Fares & tickets")
        self.assertNotIn("alert", fares.body)
        self.assertIn("c-copy.txt: duplicate", output)
        self.assertIn("d-empty.txt: body: The article text is empty.", output)
        self.assertIn("e-latin1.txt: not UTF-8 text", output)
        self.assertIn("f-big.txt: too large (2,000 bytes; limit 1,000)", output)
        self.assertNotIn("notes.md", output)
        self.assertIn("Imported 3 article(s)", output)
