"""/api/v1/articles/: list, create (runs detection), retrieve with claims."""

from __future__ import annotations

from annotations.models import Article
from tests.api.base import APITestCase
from tests.factories import make_article, make_claim, make_verdict

NEWS = (
    "The regional council approved a budget of 12 million euros on Tuesday, "
    "a rise of 8 percent on last year. The new library will open in 2026."
)


class ArticleListTests(APITestCase):
    def test_it_lists_active_articles(self) -> None:
        make_article(title="Old story", archived_at="2024-01-01T00:00:00Z")
        response = self.get("/api/v1/articles/", self.alice)
        self.assertEqual(response.status_code, 200)
        titles = [a["title"] for a in response.json()["results"]]
        self.assertEqual(titles, ["Bridge opens late"])
        self.assertEqual(response.json()["results"][0]["claim_count"], 1)
        self.assertNotIn("body", response.json()["results"][0])

    def test_it_requires_authentication(self) -> None:
        response = self.get("/api/v1/articles/")
        self.assertEqual(response.status_code, 401)
        self.assertIn("Token", response["WWW-Authenticate"])
        self.assertIn("detail", response.json())

    def test_it_hides_everything_from_users_without_a_role(self) -> None:
        self.assertEqual(self.get("/api/v1/articles/", self.charlie).status_code, 404)

    def test_it_filters_by_search(self) -> None:
        make_article(title="Harbour tunnel delayed")
        response = self.get("/api/v1/articles/", self.alice, search="tunnel")
        titles = [a["title"] for a in response.json()["results"]]
        self.assertEqual(titles, ["Harbour tunnel delayed"])

    def test_query_count_does_not_grow_with_rows(self) -> None:
        # 1 token + user, 2 the user's groups (role), 3 count, 4 the page
        # (added_by joined, claim counts annotated).
        self.assertEqual(self.count_queries("/api/v1/articles/", self.alice), 4)
        for i in range(20):
            make_article(title=f"Story {i}")
        self.assertEqual(self.count_queries("/api/v1/articles/", self.alice), 4)


class ArticleCreateTests(APITestCase):
    def test_it_creates_an_article_and_flags_claims(self) -> None:
        data = {
            "title": "Council passes budget",
            "body": NEWS,
            "url": "https://news.example/budget",
            "outlet": "Example Herald",
            "published": "2025-03-04",
        }
        response = self.post("/api/v1/articles/", data, self.alice)
        self.assertEqual(response.status_code, 201, response.content)
        body = response.json()
        self.assertEqual(body["body"], NEWS)
        self.assertEqual(body["published"], "2025-03-04")
        self.assertEqual(body["detection_status"], "done")
        self.assertTrue(body["claims"])
        article = Article.objects.get(pk=body["id"])
        self.assertEqual(article.added_by, self.alice)

    def test_it_accepts_html(self) -> None:
        data = {"title": "Budget", "html": "<p>The council spent <b>5 percent</b>.</p>"}
        response = self.post("/api/v1/articles/", data, self.alice)
        self.assertEqual(response.status_code, 201, response.content)
        self.assertIn("The council spent 5 percent.", response.json()["body"])
        self.assertNotIn("<b>", response.json()["body"])

    def test_it_rejects_body_and_html_together_or_neither(self) -> None:
        for data in ({"title": "x"}, {"title": "x", "body": "a", "html": "<p>a</p>"}):
            response = self.post("/api/v1/articles/", data, self.alice)
            self.assertEqual(response.status_code, 400)
            self.assertIn("body", response.json()["errors"])

    def test_it_rejects_bad_fields_with_field_errors(self) -> None:
        data = {"title": "", "body": NEWS, "url": "ftp://x.example/", "published": "x"}
        response = self.post("/api/v1/articles/", data, self.alice)
        self.assertEqual(response.status_code, 400)
        errors = response.json()["errors"]
        # Rule errors (the URL's scheme) come with the shape errors.
        self.assertEqual(set(errors), {"title", "url", "published"})
        self.assertTrue(response.json()["detail"])

    def test_it_rejects_nul_and_oversized_text(self) -> None:
        response = self.post(
            "/api/v1/articles/", {"title": "t", "body": "a\x00b"}, self.alice
        )
        self.assertEqual(response.status_code, 400)
        with self.settings(FACTCHECK_MAX_ARTICLE_CHARS=10):
            response = self.post(
                "/api/v1/articles/", {"title": "t", "body": NEWS}, self.alice
            )
        self.assertEqual(response.status_code, 422)
        self.assertIn("too long", response.json()["errors"]["body"][0])

    def test_it_rejects_bad_source_urls_as_unprocessable(self) -> None:
        # The schema says "a string"; which strings are http(s) addresses is a
        # rule it cannot state, hence 422 rather than 400.
        for url in ("http://", "ftp://x.example/", "javascript:alert(1)"):
            data = {"title": "t", "body": NEWS, "url": url}
            response = self.post("/api/v1/articles/", data, self.alice)
            self.assertEqual(response.status_code, 422, url)
            self.assertEqual(set(response.json()["errors"]), {"url"})

    def test_users_without_a_role_get_404(self) -> None:
        response = self.post(
            "/api/v1/articles/", {"title": "t", "body": NEWS}, self.charlie
        )
        self.assertEqual(response.status_code, 404)
        self.assertFalse(Article.objects.filter(title="t").exists())

    def test_anonymous_gets_401(self) -> None:
        response = self.post("/api/v1/articles/", {"title": "t", "body": NEWS})
        self.assertEqual(response.status_code, 401)


class ArticleDetailTests(APITestCase):
    def test_it_returns_the_body_and_claims_with_verdicts(self) -> None:
        make_verdict(self.claim, reviewer=self.alice)
        response = self.get(f"/api/v1/articles/{self.article.pk}/", self.bob)
        self.assertEqual(response.status_code, 200)
        body = response.json()
        self.assertEqual(body["body"], self.article.body)
        self.assertEqual(body["claims"][0]["text"], "45 million euros")
        self.assertEqual(body["claims"][0]["verdict"]["reviewer"], "alice")

    def test_outsiders_and_archived_articles_get_404(self) -> None:
        archived = make_article(archived_at="2024-01-01T00:00:00Z")
        path = f"/api/v1/articles/{self.article.pk}/"
        self.assertEqual(self.get(path, self.charlie).status_code, 404)
        self.assertEqual(self.get(path).status_code, 401)
        response = self.get(f"/api/v1/articles/{archived.pk}/", self.alice)
        self.assertEqual(response.status_code, 404)

    def test_query_count_does_not_grow_with_claims(self) -> None:
        make_verdict(self.claim)
        path = f"/api/v1/articles/{self.article.pk}/"
        # 1 token + user, 2 groups, 3 the article (claim count annotated),
        # 4 its claims with verdicts joined, 5 their active sources.
        self.assertEqual(self.count_queries(path, self.alice), 5)
        make_verdict(make_claim(self.article, text="20 percent", kind="percent"))
        make_verdict(make_claim(self.article, text="six months", kind="duration"))
        self.assertEqual(self.count_queries(path, self.alice), 5)
