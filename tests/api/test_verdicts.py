"""/api/v1/verdicts/: read and write with sources inline, optimistic locking."""

from __future__ import annotations

from typing import Any

from annotations.models import Source, Verdict
from tests.api.base import APITestCase
from tests.factories import (
    default_rating,
    make_article,
    make_claim,
    make_source,
    make_verdict,
)

SOURCE = {
    "url": "https://budget.example.gov/2024/bridge.pdf",
    "title": "Bridge budget, final accounts",
    "publisher": "City treasury",
    "accessed": "2025-01-10",
}


class VerdictCreateTests(APITestCase):
    def data(self, **kwargs: Any) -> dict[str, Any]:
        data = {
            "claim": self.claim.pk,
            "rating": default_rating("Mostly true").pk,
            "explanation": "Final accounts show 44.8 million euros.",
            "sources": [SOURCE],
        }
        data.update(kwargs)
        return data

    def test_it_records_a_verdict_with_sources(self) -> None:
        response = self.post("/api/v1/verdicts/", self.data(), self.alice)
        self.assertEqual(response.status_code, 201, response.content)
        body = response.json()
        self.assertEqual(body["version"], 1)
        self.assertEqual(body["reviewer"], "alice")
        self.assertEqual(body["rating"]["label"], "Mostly true")
        self.assertEqual(body["sources"][0]["publisher"], "City treasury")
        self.assertEqual(body["sources"][0]["accessed"], "2025-01-10")
        self.claim.refresh_from_db()
        self.assertEqual(self.claim.status, "in_review")

    def test_a_second_first_verdict_gets_409_with_the_current_one(self) -> None:
        self.post("/api/v1/verdicts/", self.data(), self.alice)
        response = self.post(
            "/api/v1/verdicts/", self.data(explanation="Mine."), self.bob
        )
        self.assertEqual(response.status_code, 409)
        self.assertEqual(response.json()["current"]["reviewer"], "alice")
        self.assertEqual(response.json()["attempted"]["explanation"], "Mine.")

    def test_it_rejects_bad_input_with_field_errors(self) -> None:
        cases: list[tuple[dict[str, Any], str, int]] = [
            ({"rating": 999999}, "rating", 422),
            ({"explanation": ""}, "explanation", 400),
            ({"explanation": "a\x00b"}, "explanation", 400),
            ({"explanation": "x" * 20_001}, "explanation", 400),
            ({"sources": [{"url": "javascript:alert(1)"}]}, "sources", 422),
            ({"sources": [{"title": "No URL"}]}, "sources", 400),
            ({"sources": [SOURCE] * 21}, "sources", 400),
            ({"claim": "x"}, "claim", 400),
        ]
        for change, field, expected in cases:
            response = self.post("/api/v1/verdicts/", self.data(**change), self.alice)
            self.assertEqual(response.status_code, expected, (change, response.content))
            self.assertIn(field, response.json()["errors"], change)
        self.assertFalse(Verdict.objects.exists())

    def test_outsiders_get_404_and_anonymous_401(self) -> None:
        archived = make_claim(make_article(archived_at="2024-01-01T00:00:00Z"))
        response = self.post(
            "/api/v1/verdicts/", self.data(claim=archived.pk), self.alice
        )
        self.assertEqual(response.status_code, 404)
        self.assertEqual(
            self.post("/api/v1/verdicts/", self.data(), self.charlie).status_code, 404
        )
        self.assertEqual(self.post("/api/v1/verdicts/", self.data()).status_code, 401)
        self.assertFalse(Verdict.objects.exists())


class VerdictUpdateTests(APITestCase):
    verdict: Verdict
    source: Source

    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.verdict = make_verdict(cls.claim, reviewer=cls.alice, version=3)
        cls.source = make_source(cls.verdict)

    def put(self, data: dict[str, Any], user: Any) -> Any:
        path = f"/api/v1/verdicts/{self.verdict.pk}/"
        return self.client_for(user).put(path, data, format="json")

    def test_it_updates_with_the_current_version(self) -> None:
        data = {
            "rating": default_rating("True").pk,
            "explanation": "Confirmed by the auditor.",
            "version": 3,
            "sources": [{"id": self.source.pk, "url": self.source.url}, SOURCE],
        }
        response = self.put(data, self.bob)
        self.assertEqual(response.status_code, 200, response.content)
        self.assertEqual(response.json()["version"], 4)
        self.assertEqual(response.json()["reviewer"], "bob")
        self.assertEqual(len(response.json()["sources"]), 2)

    def test_a_stale_version_gets_409_and_nothing_changes(self) -> None:
        data = {
            "rating": default_rating("True").pk,
            "explanation": "Late edit.",
            "version": 2,
        }
        response = self.put(data, self.bob)
        self.assertEqual(response.status_code, 409)
        body = response.json()
        self.assertEqual(body["current"]["version"], 3)
        self.assertEqual(body["current"]["explanation"], "Checked against the budget.")
        self.assertEqual(body["attempted"]["explanation"], "Late edit.")
        self.assertIn("version 3", body["detail"])
        self.verdict.refresh_from_db()
        self.assertEqual(self.verdict.explanation, "Checked against the budget.")

    def test_omitted_sources_are_kept_and_listed_ones_replace(self) -> None:
        data = {"rating": default_rating().pk, "explanation": "Same.", "version": 3}
        self.assertEqual(len(self.put(data, self.alice).json()["sources"]), 1)
        data = {**data, "version": 4, "sources": []}
        self.assertEqual(self.put(data, self.alice).json()["sources"], [])
        self.assertIsNotNone(Source.objects.get(pk=self.source.pk).removed_at)

    def test_it_requires_a_version(self) -> None:
        data = {"rating": default_rating().pk, "explanation": "No version."}
        response = self.put(data, self.alice)
        self.assertEqual(response.status_code, 400)
        self.assertIn("version", response.json()["errors"])

    def test_outsiders_get_404(self) -> None:
        data = {"rating": default_rating().pk, "explanation": "x", "version": 3}
        self.assertEqual(self.put(data, self.charlie).status_code, 404)
        self.assertEqual(self.put(data, None).status_code, 401)
        self.assertEqual(
            self.get(f"/api/v1/verdicts/{self.verdict.pk}/", self.charlie).status_code,
            404,
        )


class VerdictListTests(APITestCase):
    def test_it_lists_verdicts_with_active_sources(self) -> None:
        verdict = make_verdict(self.claim, reviewer=self.alice)
        make_source(verdict)
        make_source(
            verdict, url="https://example.org/old", removed_at="2024-01-01T00:00:00Z"
        )
        response = self.get("/api/v1/verdicts/", self.bob)
        self.assertEqual(response.status_code, 200)
        result = response.json()["results"][0]
        self.assertEqual(result["claim"], self.claim.pk)
        self.assertEqual(len(result["sources"]), 1)
        response = self.get(f"/api/v1/verdicts/{verdict.pk}/", self.bob)
        self.assertEqual(response.json()["id"], verdict.pk)

    def test_it_filters_by_article(self) -> None:
        make_verdict(self.claim, reviewer=self.alice)
        other = make_verdict(make_claim(make_article(title="Other")), reviewer=self.bob)
        response = self.get(
            "/api/v1/verdicts/", self.bob, article=str(other.claim.article_id)
        )
        self.assertEqual([v["id"] for v in response.json()["results"]], [other.pk])

    def test_access(self) -> None:
        self.assertEqual(self.get("/api/v1/verdicts/").status_code, 401)
        self.assertEqual(self.get("/api/v1/verdicts/", self.charlie).status_code, 404)

    def test_query_count_does_not_grow_with_rows(self) -> None:
        make_source(make_verdict(self.claim, reviewer=self.alice))
        # 1 token + user, 2 groups, 3 count, 4 the page (rating and people
        # joined), 5 the active sources.
        self.assertEqual(self.count_queries("/api/v1/verdicts/", self.alice), 5)
        for i in range(10):
            make_source(
                make_verdict(make_claim(make_article(title=f"S{i}")), reviewer=self.bob)
            )
        self.assertEqual(self.count_queries("/api/v1/verdicts/", self.alice), 5)
