"""/api/v1/claims/: list with filters, manual claims, status changes."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from django.utils import timezone

from annotations.models import Claim, Verdict
from tests.api.base import APITestCase
from tests.factories import (
    default_rating,
    make_article,
    make_claim,
    make_source,
    make_verdict,
)


class ClaimListTests(APITestCase):
    percent: Claim
    verdict: Verdict

    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.percent = make_claim(cls.article, text="20 percent", kind="percent")
        cls.verdict = make_verdict(
            cls.percent,
            reviewer=cls.bob,
            rating=default_rating("Mostly true"),
            explanation="The tender documents show a 19.6 percent overrun.",
        )
        make_source(cls.verdict)
        make_source(
            cls.verdict, url="https://example.org/gone", removed_at=timezone.now()
        )

    def ids(self, **params: str) -> list[int]:
        response = self.get("/api/v1/claims/", self.alice, **params)
        self.assertEqual(response.status_code, 200, response.content)
        return [c["id"] for c in response.json()["results"]]

    def test_it_lists_claims_in_text_order_with_verdicts(self) -> None:
        response = self.get("/api/v1/claims/", self.alice)
        results = response.json()["results"]
        self.assertEqual([c["id"] for c in results], [self.claim.pk, self.percent.pk])
        self.assertIsNone(results[0]["verdict"])
        verdict = results[1]["verdict"]
        self.assertEqual(verdict["rating"]["label"], "Mostly true")
        self.assertEqual(verdict["reviewer"], "bob")
        self.assertEqual(
            [s["url"] for s in verdict["sources"]], ["https://example.org/budget.pdf"]
        )
        self.assertEqual(results[1]["article"]["title"], "Bridge opens late")

    def test_it_filters(self) -> None:
        other = make_claim(
            make_article(title="Other"), text="six months", kind="duration"
        )
        self.assertEqual(self.ids(article=str(other.article_id)), [other.pk])
        self.assertEqual(self.ids(kind="percent"), [self.percent.pk])
        self.assertEqual(
            self.ids(status="open"), [self.claim.pk, self.percent.pk, other.pk]
        )
        self.assertEqual(self.ids(rating="mostly true"), [self.percent.pk])
        self.assertEqual(
            self.ids(rating=str(default_rating("Mostly true").pk)), [self.percent.pk]
        )
        self.assertEqual(self.ids(reviewer="bob"), [self.percent.pk])
        self.assertEqual(self.ids(reviewer=str(self.bob.pk)), [self.percent.pk])
        self.assertEqual(self.ids(search="TENDER"), [self.percent.pk])
        self.assertEqual(self.ids(search="45 million"), [self.claim.pk])
        self.assertEqual(self.ids(has_verdict="true"), [self.percent.pk])

    def test_published_date_range(self) -> None:
        self.verdict.published_at = datetime(2025, 5, 2, 12, tzinfo=UTC)
        self.verdict.save()
        self.assertEqual(self.ids(published_after="2025-05-02"), [self.percent.pk])
        self.assertEqual(self.ids(published_before="2025-05-01"), [])
        self.assertEqual(
            self.ids(published_after="2025-05-01", published_before="2025-05-02"),
            [self.percent.pk],
        )

    def test_updated_since_sees_verdict_changes(self) -> None:
        mark = timezone.now()
        self.assertEqual(self.ids(updated_since=mark.isoformat()), [])
        self.verdict.explanation = "Revised after the audit."
        self.verdict.save()
        self.assertEqual(self.ids(updated_since=mark.isoformat()), [self.percent.pk])

    def test_it_rejects_bad_filters_with_400(self) -> None:
        for params in (
            {"kind": "weather"},
            {"updated_since": "yesterday"},
            {"article": "1.5"},
            {"published_after": "2025-13-01"},
            {"search": "a\x00b"},
            {"page\x00": "1"},
        ):
            response = self.get("/api/v1/claims/", self.alice, **params)
            self.assertEqual(response.status_code, 400, params)
            self.assertIn("errors", response.json())

    def test_huge_ids_find_nothing(self) -> None:
        self.assertEqual(self.ids(rating="9" * 30, reviewer="9" * 30), [])

    def test_access(self) -> None:
        self.assertEqual(self.get("/api/v1/claims/").status_code, 401)
        self.assertEqual(self.get("/api/v1/claims/", self.charlie).status_code, 404)
        archived = make_article(archived_at=timezone.now())
        make_claim(archived)
        self.assertNotIn(
            archived.pk,
            [
                c["article"]["id"]
                for c in self.get("/api/v1/claims/", self.alice).json()["results"]
            ],
        )

    def test_query_count_does_not_grow_with_rows(self) -> None:
        # 1 token + user, 2 groups, 3 count, 4 the page (article, verdict,
        # rating, people joined), 5 the verdicts' active sources.
        self.assertEqual(self.count_queries("/api/v1/claims/", self.alice), 5)
        for i in range(10):
            article = make_article(title=f"Story {i}")
            make_source(make_verdict(make_claim(article), reviewer=self.bob))
            make_claim(article, text="20 percent", kind="percent")
        self.assertEqual(self.count_queries("/api/v1/claims/", self.alice), 5)


class ClaimCreateTests(APITestCase):
    def test_it_creates_a_claim_by_offsets(self) -> None:
        start = self.article.body.index("six months")
        data = {
            "article": self.article.pk,
            "kind": "duration",
            "start": start,
            "end": start + 10,
        }
        response = self.post("/api/v1/claims/", data, self.alice)
        self.assertEqual(response.status_code, 201, response.content)
        self.assertEqual(response.json()["text"], "six months")
        self.assertEqual(response.json()["origin"], "manual")
        self.assertEqual(response.json()["created_by"], "alice")

    def test_it_creates_a_claim_by_quote_and_context(self) -> None:
        data = {
            "article": self.article.pk,
            "kind": "statement",
            "exact": "We expect it to open",
            "prefix": 'planned. "',
        }
        response = self.post("/api/v1/claims/", data, self.alice)
        self.assertEqual(response.status_code, 201, response.content)
        claim = Claim.objects.get(pk=response.json()["id"])
        self.assertEqual(
            self.article.body[claim.start : claim.end], "We expect it to open"
        )

    def test_it_rejects_bad_input(self) -> None:
        """400 for what the schema states, 422 for what it cannot (the text of
        this article), 409 for a claim that already exists."""
        base = {"article": self.article.pk, "kind": "money"}
        cases = [
            ({**base}, 400),
            ({**base, "kind": "weather", "exact": "bridge"}, 400),
            ({**base, "start": 5, "end": 5000}, 422),
            ({**base, "exact": "not in the article"}, 422),
            ({**base, "start": self.claim.start, "end": self.claim.end}, 409),
        ]
        for data, expected in cases:
            response = self.post("/api/v1/claims/", data, self.alice)
            self.assertEqual(response.status_code, expected, (data, response.content))
            self.assertTrue(response.json()["errors"])

    def test_outsiders_get_404_for_the_article_and_the_endpoint(self) -> None:
        archived = make_article(archived_at=timezone.now())
        data = {"article": archived.pk, "kind": "money", "exact": "45 million euros"}
        self.assertEqual(
            self.post("/api/v1/claims/", data, self.alice).status_code, 404
        )
        data["article"] = self.article.pk
        self.assertEqual(
            self.post("/api/v1/claims/", data, self.charlie).status_code, 404
        )
        self.assertEqual(self.post("/api/v1/claims/", data).status_code, 401)


class ClaimDetailTests(APITestCase):
    def patch(self, claim: Claim, data: dict[str, Any], user: Any) -> Any:
        return self.client_for(user).patch(
            f"/api/v1/claims/{claim.pk}/", data, format="json"
        )

    def test_it_returns_one_claim(self) -> None:
        response = self.get(f"/api/v1/claims/{self.claim.pk}/", self.alice)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json()["value"], {"value": 45e6, "unit": "EUR"})

    def test_outsiders_get_404(self) -> None:
        path = f"/api/v1/claims/{self.claim.pk}/"
        self.assertEqual(self.get(path, self.charlie).status_code, 404)
        self.assertEqual(self.get(path).status_code, 401)
        self.assertEqual(
            self.get("/api/v1/claims/999999/", self.alice).status_code, 404
        )

    def test_reviewer_dismisses_and_reopens(self) -> None:
        response = self.patch(
            self.claim, {"status": "dismissed", "note": "A forecast."}, self.alice
        )
        self.assertEqual(response.status_code, 200, response.content)
        self.assertEqual(response.json()["status"], "dismissed")
        self.assertEqual(response.json()["note"], "A forecast.")
        response = self.patch(self.claim, {"status": "open"}, self.alice)
        self.assertEqual(response.json()["status"], "open")

    def test_the_review_workflow_through_publication(self) -> None:
        make_verdict(self.claim, reviewer=self.alice)
        self.assertEqual(
            self.patch(
                self.claim, {"status": "needs_second_review"}, self.alice
            ).status_code,
            200,
        )
        response = self.patch(self.claim, {"status": "in_review"}, self.alice)
        self.assertEqual(response.status_code, 409)  # the author cannot second-review
        self.assertEqual(
            self.patch(self.claim, {"status": "in_review"}, self.bob).status_code, 200
        )
        self.assertEqual(
            self.patch(self.claim, {"status": "approved"}, self.alice).status_code, 403
        )
        self.assertEqual(
            self.patch(self.claim, {"status": "approved"}, self.erin).status_code, 200
        )
        self.assertEqual(
            self.patch(self.claim, {"status": "published"}, self.alice).status_code, 403
        )
        response = self.patch(self.claim, {"status": "published"}, self.erin)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json()["status"], "published")
        self.assertIsNotNone(response.json()["verdict"]["published_at"])

    def test_editor_rejects_with_a_comment(self) -> None:
        make_verdict(self.claim, reviewer=self.alice)
        self.assertEqual(
            self.patch(
                self.claim, {"status": "open", "comment": "No source."}, self.alice
            ).status_code,
            403,
        )
        response = self.patch(
            self.claim, {"status": "open", "comment": "No source."}, self.erin
        )
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json()["verdict"]["editor_comment"], "No source.")

    def test_invalid_transitions_give_409_and_bad_input_400(self) -> None:
        response = self.patch(self.claim, {"status": "published"}, self.erin)
        self.assertEqual(response.status_code, 409)
        self.assertEqual(response.json()["code"], "invalid_transition")
        self.assertIn("verdict", response.json()["detail"])
        self.assertEqual(
            self.patch(self.claim, {"status": "lost"}, self.alice).status_code, 400
        )

    def test_outsiders_cannot_change_status(self) -> None:
        self.assertEqual(
            self.patch(self.claim, {"status": "dismissed"}, self.charlie).status_code,
            404,
        )
        self.assertEqual(
            self.patch(self.claim, {"status": "dismissed"}, None).status_code, 401
        )
        self.claim.refresh_from_db()
        self.assertEqual(self.claim.status, "open")


class TimeFilterTests(APITestCase):
    def test_offsets_postgresql_refuses_are_converted(self) -> None:
        # Python accepts offsets up to 23:59; PostgreSQL stops at 15:59.
        for since in ("2621-04-15T13:54:09+21:29", "9999-12-31T23:59:00-23:00"):
            for path in ("/api/v1/claims/", "/api/v1/articles/", "/api/v1/verdicts/"):
                response = self.get(path, self.alice, updated_since=since)
                self.assertEqual(response.status_code, 200, (path, since))
                self.assertEqual(response.json()["results"], [])
        response = self.get(
            "/api/v1/claims/", self.alice, updated_since="0001-01-01T00:00:00+23:00"
        )
        self.assertEqual(response.status_code, 200)
        self.assertEqual(len(response.json()["results"]), 1)


class IdFilterTests(APITestCase):
    def test_out_of_range_ids_are_refused(self) -> None:
        for value in ("-8005548785491765136613994345", "0", "9" * 30):
            for path in ("/api/v1/claims/", "/api/v1/verdicts/"):
                response = self.get(path, self.alice, article=value)
                self.assertEqual(response.status_code, 400, (path, value))
                self.assertIn("article", response.json()["errors"])
