"""Admin list pages render with a constant number of queries."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.test import TestCase

from tests.factories import (
    make_article,
    make_claim,
    make_source,
    make_user,
    make_verdict,
)


class AdminListTests(TestCase):
    admin: Any

    @classmethod
    def setUpTestData(cls) -> None:
        cls.admin = get_user_model().objects.create_superuser(
            "root", "r@example.org", "pw"
        )
        reviewer = make_user("rev", role="reviewer")
        for i in range(6):
            article = make_article(title=f"Article {i}")
            claim = make_claim(article)
            make_claim(article, text="20 percent", kind="percent")
            verdict = make_verdict(claim, reviewer=reviewer)
            make_source(verdict)

    def setUp(self) -> None:
        self.client.force_login(self.admin)

    def _queries(self, path: str) -> int:
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as ctx:
            response = self.client.get(path)
        self.assertEqual(response.status_code, 200, path)
        return len(ctx.captured_queries)

    def test_list_pages_do_not_grow_with_rows(self) -> None:
        paths = [
            "/admin/annotations/article/",
            "/admin/annotations/claim/",
            "/admin/annotations/verdict/",
            "/admin/annotations/source/",
            "/admin/annotations/ratingscale/",
            "/admin/annotations/rating/",
        ]
        before = {path: self._queries(path) for path in paths}
        reviewer = make_user("rev2", role="reviewer")
        for i in range(10):
            article = make_article(title=f"More {i}")
            verdict = make_verdict(make_claim(article), reviewer=reviewer)
            make_source(verdict)
        after = {path: self._queries(path) for path in paths}
        self.assertEqual(before, after)

    def test_article_list_stays_within_a_small_budget(self) -> None:
        # session, user, count, paginated count, rows with claim counts,
        # filter choices (outlet, language): no query per row.
        self.assertLessEqual(self._queries("/admin/annotations/article/"), 10)

    def test_change_pages_render_with_inlines(self) -> None:
        from annotations.models import Article, Verdict

        article = Article.objects.first()
        verdict = Verdict.objects.first()
        assert article is not None and verdict is not None
        for path in (
            f"/admin/annotations/article/{article.pk}/change/",
            f"/admin/annotations/verdict/{verdict.pk}/change/",
            f"/admin/annotations/article/{article.pk}/history/",
        ):
            self.assertEqual(self.client.get(path).status_code, 200, path)

    def test_nothing_can_be_deleted_from_the_admin(self) -> None:
        from annotations.models import Verdict

        verdict = Verdict.objects.first()
        assert verdict is not None
        response = self.client.get(f"/admin/annotations/verdict/{verdict.pk}/delete/")
        self.assertEqual(response.status_code, 403)
