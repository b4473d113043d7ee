"""The articles list: progress, search, filters, pagination, access, queries."""

from __future__ import annotations

from django.db import connection
from django.test.utils import CaptureQueriesContext

from annotations.models import Claim
from tests.base import BaseTestCase
from tests.factories import make_article, make_claim


class ArticleListTests(BaseTestCase):
    def test_it_lists_articles_with_progress(self):
        make_claim(self.article, text="20 percent", kind=Claim.Kind.PERCENT)
        Claim.objects.filter(pk=self.claim.pk).update(status=Claim.Status.APPROVED)
        self.client.force_login(self.alice)
        r = self.client.get("/articles/")
        self.assertContains(r, "Bridge opens late")
        self.assertContains(r, "1 / 2")
        self.assertContains(r, "In progress")

    def test_it_searches_by_title(self):
        make_article(title="Harbour tunnel budget doubles")
        self.client.force_login(self.alice)
        r = self.client.get("/articles/", {"q": "tunnel"})
        self.assertContains(r, "Harbour tunnel budget doubles")
        self.assertNotContains(r, "Bridge opens late")

    def test_it_explains_an_empty_search(self):
        self.client.force_login(self.alice)
        r = self.client.get("/articles/", {"q": "volcano"})
        self.assertContains(r, "No articles match")
        self.assertContains(r, "volcano")

    def test_it_filters_articles_needing_review_and_published(self):
        done = make_article(title="Ferry fares checked")
        make_claim(done, text="45 million euros", status=Claim.Status.PUBLISHED)
        self.client.force_login(self.alice)
        r = self.client.get("/articles/", {"filter": "needs-review"})
        self.assertContains(r, "Bridge opens late")
        self.assertNotContains(r, "Ferry fares checked")
        r = self.client.get("/articles/", {"filter": "published"})
        self.assertContains(r, "Ferry fares checked")
        self.assertNotContains(r, "Bridge opens late")

    def test_it_filters_articles_assigned_to_me(self):
        whole = make_article(title="Rail strike costs", assignee=self.alice)
        part = make_article(title="School meals survey")
        make_claim(part, text="45 million euros", assignee=self.alice)
        make_article(title="Airport noise rules")
        self.client.force_login(self.alice)
        r = self.client.get("/articles/", {"filter": "mine"})
        self.assertContains(r, whole.title)
        self.assertContains(r, part.title)
        self.assertNotContains(r, "Airport noise rules")

    def test_it_paginates(self):
        for i in range(30):
            make_article(title=f"Council report {i:02d}")
        self.client.force_login(self.alice)
        r = self.client.get("/articles/")
        self.assertContains(r, "Page 1 of 2")
        r = self.client.get("/articles/", {"page": 2})
        self.assertContains(r, "Page 2 of 2")

    def test_it_shows_a_helpful_empty_state(self):
        self.article.archived_at = "2024-01-01T00:00:00Z"
        self.article.save()
        self.client.force_login(self.alice)
        r = self.client.get("/articles/")
        self.assertContains(r, "No articles yet")
        self.assertContains(r, "/articles/new/")

    def test_it_redirects_signed_out_users(self):
        r = self.client.get("/articles/")
        self.assertRedirects(r, "/accounts/login/?next=/articles/")

    def test_it_refuses_users_without_a_role(self):
        self.client.force_login(self.charlie)
        self.assertEqual(self.client.get("/articles/").status_code, 404)

    def test_it_uses_a_fixed_number_of_queries(self):
        for i in range(30):
            article = make_article(title=f"Budget story {i}")
            make_claim(article, text="45 million euros")
        self.client.force_login(self.alice)
        self.client.get("/articles/")
        with CaptureQueriesContext(connection) as queries:
            r = self.client.get("/articles/")
        self.assertEqual(r.status_code, 200)
        # session, user, the user's groups (role), the count for the
        # paginator, one page of articles with their claim counts.
        self.assertEqual(len(queries), 5)
