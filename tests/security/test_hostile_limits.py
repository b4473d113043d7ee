"""Every free-text field has a limit, the same in the API, the web forms and the
model, with a message that names it; dates far ahead are refused.

Each limit is tried at the limit (accepted) and one past it (refused, never
stored).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.db.models import Max
from django.db.models.functions import Length
from django.utils import timezone

from annotations import limits
from annotations.models import Claim, Source, Verdict
from tests.api.base import APITestCase
from tests.factories import default_rating, make_verdict

BODY_OK = "The city spent $5 million, officials said."


class ApiLimitTests(APITestCase):
    verdict: Verdict

    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.verdict = make_verdict(cls.claim, reviewer=cls.alice)

    def put_verdict(self, **change: Any) -> Any:
        self.verdict.refresh_from_db()
        data = {
            "rating": default_rating().pk,
            "explanation": "Checked.",
            "version": self.verdict.version,
            **change,
        }
        return self.client_for(self.alice).put(
            f"/api/v1/verdicts/{self.verdict.pk}/", data, format="json"
        )

    def assert_limit(self, send: Any, field: str, limit: int, errors: str = "") -> None:
        accepted = send("a" * limit)
        self.assertLess(accepted.status_code, 300, (field, accepted.content[:300]))
        refused = send("a" * (limit + 1))
        self.assertEqual(refused.status_code, 400, (field, refused.content[:300]))
        body = refused.json()
        self.assertIn(errors or field, body["errors"])
        self.assertIn(f"{limit}", body["detail"])

    def test_verdict_texts(self) -> None:
        for field, limit in (
            ("explanation", limits.EXPLANATION),
            ("summary", limits.CLAIM_SUMMARY),
            ("claimant", limits.CLAIMANT),
        ):
            self.assert_limit(
                lambda v, f=field: self.put_verdict(**{f: v}), field, limit
            )
            self.verdict.refresh_from_db()
            self.assertEqual(len(getattr(self.verdict, field)), limit)

    def test_source_texts(self) -> None:
        for field, limit in (
            ("title", limits.SOURCE_TITLE),
            ("publisher", limits.SOURCE_PUBLISHER),
            ("excerpt", limits.SOURCE_EXCERPT),
        ):
            source = {"url": "https://example.org/report"}
            self.assert_limit(
                lambda v, f=field, s=source: self.put_verdict(sources=[{**s, f: v}]),
                field,
                limit,
                errors="sources",
            )
        longest = Source.objects.aggregate(n=Max(Length("excerpt")))["n"]
        self.assertEqual(longest, limits.SOURCE_EXCERPT)

    def test_claim_notes_and_editor_comments(self) -> None:
        path = f"/api/v1/claims/{self.claim.pk}/"

        def note(value: str) -> Any:
            data = {"status": "dismissed", "note": value}
            return self.client_for(self.alice).patch(path, data, format="json")

        def comment(value: str) -> Any:
            data = {"status": "open", "comment": value}
            return self.client_for(self.erin).patch(path, data, format="json")

        self.assert_limit(note, "note", limits.NOTE)
        self.assert_limit(comment, "comment", limits.EDITOR_COMMENT)

    def test_manual_claim_context(self) -> None:
        base = {"article": self.article.pk, "kind": "statement"}
        texts = iter(["bridge", "Officials", "Monday", "mayor", "planned", "months"])
        for field in ("prefix", "suffix"):

            def send(value: str, f: str = field) -> Any:
                data = {**base, "exact": next(texts), f: value}
                return self.post("/api/v1/claims/", data, self.alice)

            self.assert_limit(send, field, limits.QUOTE_CONTEXT)

    def test_article_fields(self) -> None:
        bodies = iter(range(100))
        for field, limit in (
            ("title", limits.TITLE),
            ("outlet", limits.OUTLET),
            ("byline", limits.BYLINE),
            ("external_id", limits.EXTERNAL_ID),
        ):

            def send(value: str, f: str = field) -> Any:
                data = {"title": "t", f: value, "body": f"{BODY_OK} {next(bodies)}"}
                return self.post("/api/v1/articles/", data, self.alice)

            self.assert_limit(send, field, limit)

    def test_publication_dates_far_ahead_are_refused(self) -> None:
        today = timezone.localdate()
        latest = today + timedelta(days=limits.PUBLISHED_DAYS_AHEAD)
        for published, status in (
            (latest, 201),
            (latest + timedelta(days=1), 422),
            (today.replace(year=9999), 422),
        ):
            data = {
                "title": "t",
                "body": f"{BODY_OK} {published}",
                "published": str(published),
            }
            response = self.post("/api/v1/articles/", data, self.alice)
            self.assertEqual(response.status_code, status, response.content[:300])
            if status == 422:
                self.assertIn(str(latest), response.json()["errors"]["published"][0])

    def test_source_access_dates_ahead_are_refused(self) -> None:
        tomorrow = timezone.localdate() + timedelta(days=2)
        source = {"url": "https://example.org/report", "accessed": str(tomorrow)}
        response = self.put_verdict(sources=[source])
        self.assertEqual(response.status_code, 422, response.content)
        self.assertIn("access date", response.json()["detail"])


class WebLimitTests(APITestCase):
    def test_the_verdict_form_refuses_an_explanation_past_the_limit(self) -> None:
        self.client.force_login(self.alice)
        path = f"/articles/{self.article.pk}/claims/{self.claim.pk}/verdict/"
        data = {
            "rating": default_rating().pk,
            "explanation": "a" * (limits.EXPLANATION + 1),
            "sources-TOTAL_FORMS": "0",
            "sources-INITIAL_FORMS": "0",
        }
        response = self.client.post(path, data)
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, "at most 20000 characters", status_code=400)
        self.assertFalse(Verdict.objects.filter(claim=self.claim).exists())
        data["explanation"] = "Checked."
        data["summary"] = "s" * (limits.CLAIM_SUMMARY + 1)
        self.assertEqual(self.client.post(path, data).status_code, 400)

    def test_the_article_form_refuses_a_date_far_ahead(self) -> None:
        self.client.force_login(self.alice)
        far = timezone.localdate() + timedelta(days=400)
        data = {"title": "t", "language": "en", "body": BODY_OK, "published": str(far)}
        response = self.client.post("/articles/new/", data)
        self.assertContains(response, "days ahead", status_code=400)

    def test_the_dismiss_note_has_the_same_limit(self) -> None:
        self.client.force_login(self.alice)
        path = f"/articles/{self.article.pk}/claims/{self.claim.pk}/dismiss/"
        self.client.post(path, {"note": "a" * (limits.NOTE + 1)})
        self.claim.refresh_from_db()
        self.assertEqual(self.claim.status, Claim.Status.OPEN)
