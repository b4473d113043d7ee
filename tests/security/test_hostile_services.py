"""Every naughty string through the workflows: a clear ValidationError or an exact read-back.

Runs on SQLite and PostgreSQL alike (the suite runs on both); never a database
error, which would be a 500 in the web and API layers above.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError

from annotations import services
from annotations.models import Article, Claim, Source, Verdict
from tests.base import BaseTestCase
from tests.factories import default_rating
from tests.hostile import naughty_strings


class HostileServiceInputTests(BaseTestCase):
    def test_articles_store_hostile_metadata_exactly_or_refuse_it(self) -> None:
        accepted = refused = 0
        for value in naughty_strings():
            with self.subTest(value=value[:40]):
                try:
                    article = services.ingest_article(
                        title=value[:300] or "untitled",
                        body=f"Officials said 12 people left. {value}",
                        outlet=value[:200],
                        byline=value[:300],
                    )
                except ValidationError as exc:
                    self.assertTrue(exc.message_dict)
                    refused += 1
                    continue
                stored = Article.objects.get(pk=article.pk)
                self.assertEqual(stored.title, (value[:300] or "untitled").strip())
                self.assertEqual(stored.outlet, value[:200].strip())
                self.assertEqual(stored.byline, value[:300].strip())
                expected = f"Officials said 12 people left. {value}"
                expected = expected.replace("\r\n", "\n").replace("\r", "\n")
                self.assertEqual(stored.body, expected)
                for claim in stored.claims.all():
                    self.assertEqual(stored.body[claim.start : claim.end], claim.text)
                accepted += 1
        self.assertGreater(accepted, 0)
        self.assertGreater(refused, 0)  # NUL and lone surrogates at least

    def test_verdicts_and_sources_store_hostile_text_exactly_or_refuse_it(self) -> None:
        rating = default_rating("Half true")
        version = None
        for value in naughty_strings():
            with self.subTest(value=value[:40]):
                source = {
                    "url": "https://example.org/report",
                    "title": value[:500],
                    "publisher": value[:200],
                    "excerpt": value,
                }
                try:
                    verdict = services.record_verdict(
                        claim=self.claim,
                        user=self.alice,
                        rating=rating,
                        explanation=value,
                        expected_version=version,
                        sources=[source],
                    )
                except ValidationError as exc:
                    self.assertTrue(exc.messages)
                    continue
                version = verdict.version
                stored = Verdict.objects.get(pk=verdict.pk)
                self.assertEqual(stored.explanation, value)
                current = Source.objects.filter(verdict=stored, removed_at__isnull=True)
                self.assertEqual(
                    list(current.values_list("title", "publisher", "excerpt")),
                    [(value[:500].strip(), value[:200].strip(), value)],
                )

    def test_claim_notes_store_hostile_text_exactly_or_refuse_it(self) -> None:
        for value in naughty_strings():
            with self.subTest(value=value[:40]):
                try:
                    services.dismiss_claim(
                        claim=self.claim, user=self.alice, note=value
                    )
                except ValidationError:
                    continue
                if value:
                    self.assertEqual(Claim.objects.get(pk=self.claim.pk).note, value)
