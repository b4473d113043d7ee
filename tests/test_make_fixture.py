"""The benchmark fixture command builds the article, claims, verdicts and credentials."""

from __future__ import annotations

import io
import json

from django.core.management import call_command
from django.test import TestCase

from annotations.models import Article, Source, Verdict


class MakeFixtureTests(TestCase):
    def test_it_builds_a_reviewed_article_of_the_requested_size(self) -> None:
        out = io.StringIO()
        call_command("make_fixture", "--words", "800", "--claims", "40", stdout=out)
        data = json.loads(out.getvalue().strip().splitlines()[-1])
        article = Article.objects.get(pk=data["article"])
        self.assertGreaterEqual(len(article.body.split()), 800)
        self.assertEqual(article.claims.count(), 40)
        self.assertEqual(Verdict.objects.filter(claim__article=article).count(), 40)
        self.assertGreaterEqual(Source.objects.count(), 40)
        self.assertTrue(data["token"])
        self.assertTrue(data["session"])
        for claim in article.claims.all():
            self.assertEqual(article.body[claim.start : claim.end], claim.text)

    def test_running_it_again_reuses_the_article(self) -> None:
        call_command(
            "make_fixture", "--words", "300", "--claims", "10", stdout=io.StringIO()
        )
        call_command(
            "make_fixture", "--words", "300", "--claims", "10", stdout=io.StringIO()
        )
        self.assertEqual(Article.objects.count(), 1)
