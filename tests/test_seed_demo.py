"""The demo command loads a complete, browsable desk and is idempotent."""

from __future__ import annotations

import io
import os
from unittest import mock

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import TestCase, override_settings

from annotations.models import Article, Claim, Source, Verdict


def run_seed() -> str:
    out = io.StringIO()
    with mock.patch.dict(os.environ, {"FACTCHECK_DEMO_PASSWORD": "demo-pass-123"}):
        call_command("seed_demo", stdout=out)
    return out.getvalue()


@override_settings(DEBUG=True)
class SeedDemoTests(TestCase):
    def test_it_loads_an_article_with_claims_verdicts_and_sources(self) -> None:
        run_seed()
        article = Article.objects.get()
        self.assertGreaterEqual(len(article.body.split()), 600)
        self.assertGreaterEqual(article.claims.count(), 3)
        self.assertEqual(Verdict.objects.count(), 3)
        self.assertTrue(Source.objects.exists())
        published = Claim.objects.filter(status=Claim.Status.PUBLISHED)
        self.assertEqual(published.count(), 1)
        self.assertIsNotNone(published.get().verdict.published_at)

    def test_running_it_twice_creates_no_duplicates(self) -> None:
        run_seed()
        counts = (
            Article.objects.count(),
            Claim.objects.count(),
            Verdict.objects.count(),
            Source.objects.count(),
            get_user_model().objects.count(),
        )
        run_seed()
        self.assertEqual(
            counts,
            (
                Article.objects.count(),
                Claim.objects.count(),
                Verdict.objects.count(),
                Source.objects.count(),
                get_user_model().objects.count(),
            ),
        )

    def test_it_prints_the_demo_accounts_and_password(self) -> None:
        output = run_seed()
        self.assertIn("editor", output)
        self.assertIn("reviewer", output)
        self.assertIn("demo-pass-123", output)
        editor = get_user_model().objects.get(username="editor")
        self.assertTrue(editor.check_password("demo-pass-123"))
        self.assertTrue(editor.groups.filter(name="Editors").exists())


@override_settings(DEBUG=False)
class SeedDemoProductionTests(TestCase):
    def test_it_creates_no_accounts_when_debug_is_off(self) -> None:
        output = run_seed()
        self.assertIn("demo accounts are not created", output)
        self.assertFalse(get_user_model().objects.exists())
        self.assertEqual(Article.objects.count(), 1)
