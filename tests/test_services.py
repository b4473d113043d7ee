"""Workflows: ingest, re-detection, verdicts under an optimistic lock, review steps."""

from __future__ import annotations

import io
from datetime import date
from unittest import mock

from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import override_settings

from annotations import services
from annotations.models import Article, Claim, Source, Verdict
from tests.base import BaseTestCase
from tests.factories import default_rating, make_article

CONVERSION_ARTICLE = (
    "Moscow pledged 70 billion rubles (around $1.2 billion) in military aid this "
    "month, officials said. Troops could reach the border within three days."
)


class IngestTests(BaseTestCase):
    def test_it_stores_the_article_and_its_detected_claims(self) -> None:
        article = services.ingest_article(
            title="Aid pledge",
            body=CONVERSION_ARTICLE,
            added_by=self.alice,
            published=date(2015, 4, 10),
        )
        self.assertEqual(article.detection_status, Article.DetectionStatus.DONE)
        self.assertTrue(article.detector_version)
        for claim in article.claims.all():
            self.assertEqual(article.body[claim.start : claim.end], claim.text)
            self.assertEqual(claim.origin, Claim.Origin.AUTOMATIC)

    def test_a_detection_failure_is_recorded_and_loses_nothing(self) -> None:
        with (
            mock.patch.object(
                services.detection, "detect_and_check", side_effect=RuntimeError("boom")
            ),
            self.assertLogs("annotations.services", "ERROR") as logs,
        ):
            article = services.ingest_article(title="Kept", body=CONVERSION_ARTICLE)
        stored = Article.objects.get(pk=article.pk)
        self.assertEqual(stored.detection_status, Article.DetectionStatus.FAILED)
        # People read a sentence; the exception goes to the log.
        self.assertEqual(stored.detection_error, services.DETECTION_FAILED)
        self.assertIn("RuntimeError: boom", logs.output[0])
        self.assertEqual(stored.body, CONVERSION_ARTICLE)

    def test_it_normalizes_line_endings(self) -> None:
        article = services.ingest_article(title="T", body="One.\r\nTwo.\rThree.")
        self.assertEqual(article.body, "One.\nTwo.\nThree.")

    def test_it_rejects_an_empty_body(self) -> None:
        with self.assertRaisesMessage(ValidationError, "The article text is empty."):
            services.ingest_article(title="T", body="   \n ")

    def test_it_rejects_a_nul_character(self) -> None:
        with self.assertRaisesMessage(ValidationError, "NUL"):
            services.ingest_article(title="T", body="a\x00b")

    @override_settings(FACTCHECK_MAX_ARTICLE_CHARS=100)
    def test_it_rejects_an_article_over_the_limit_with_the_figures(self) -> None:
        with self.assertRaisesMessage(ValidationError, "the limit is 100"):
            services.ingest_article(title="T", body="x" * 101)
        self.assertFalse(Article.objects.filter(title="T").exists())

    def test_it_rejects_a_javascript_url(self) -> None:
        with self.assertRaises(ValidationError) as ctx:
            services.ingest_article(title="T", body="Text.", url="javascript:alert(1)")
        self.assertIn("url", ctx.exception.message_dict)


class RedetectionTests(BaseTestCase):
    def setUp(self) -> None:
        self.article = services.ingest_article(
            title="Aid", body=CONVERSION_ARTICLE, published=date(2015, 4, 10)
        )

    def test_it_never_touches_claims_people_worked_on(self) -> None:
        manual = services.add_manual_claim(
            article=self.article,
            user=self.alice,
            kind="statement",
            exact="officials said",
        )
        dismissed = self.article.claims.filter(origin="automatic").first()
        if dismissed is None:
            dismissed = services.add_manual_claim(
                article=self.article, user=self.alice, kind="count", exact="three days"
            )
        services.dismiss_claim(claim=dismissed, user=self.alice, note="Not a claim")
        services.run_detection(self.article)
        manual.refresh_from_db()
        dismissed.refresh_from_db()
        self.assertEqual(manual.origin, Claim.Origin.MANUAL)
        self.assertEqual(dismissed.status, Claim.Status.DISMISSED)
        self.assertEqual(dismissed.note, "Not a claim")

    def test_running_it_twice_gives_the_same_claims(self) -> None:
        before = sorted(self.article.claims.values_list("start", "end", "kind"))
        services.run_detection(self.article)
        after = sorted(self.article.claims.values_list("start", "end", "kind"))
        self.assertEqual(before, after)

    def test_the_command_reports_what_it_did(self) -> None:
        out = io.StringIO()
        call_command("detect_claims", "--all", "--no-progress", stdout=out)
        self.assertIn("article(s)", out.getvalue())


class LocateTests(BaseTestCase):
    def test_it_finds_text_after_an_emoji_by_code_points(self) -> None:
        body = "Fans 🎉🎉 cheered as 40,000 people came."
        start, end = services.locate_span(body, "40,000 people")
        self.assertEqual(body[start:end], "40,000 people")

    def test_it_keeps_combining_characters_inside_the_span(self) -> None:
        body = "The cafe\u0301 charged 4 euros; the cafe\u0301 next door 5 euros."
        start, end = services.locate_span(body, "cafe\u0301 next door")
        self.assertEqual(body[start:end], "cafe\u0301 next door")

    def test_it_uses_the_context_to_pick_the_right_occurrence(self) -> None:
        body = "Costs rose 5 percent. Wages rose 5 percent."
        start, _ = services.locate_span(body, "5 percent", prefix="Wages rose ")
        self.assertEqual(start, body.rindex("5 percent"))

    def test_it_matches_across_different_whitespace(self) -> None:
        body = "First paragraph ends.\n\nSecond begins here."
        start, end = services.locate_span(body, "ends. Second")
        self.assertEqual(body[start:end], "ends.\n\nSecond")

    def test_it_says_when_the_text_is_not_there(self) -> None:
        with self.assertRaisesMessage(ValidationError, "not found"):
            services.locate_span("Some text.", "missing words")


class VerdictTests(BaseTestCase):
    def _save(
        self, user: object, version: int | None, text: str = "Checked."
    ) -> Verdict:
        return services.record_verdict(
            claim=self.claim,
            user=user,
            rating=default_rating("Mostly true"),
            explanation=text,
            expected_version=version,
            sources=[{"url": "https://example.org/report", "title": "Report"}],
        )

    def test_a_first_verdict_starts_at_version_one_and_opens_review(self) -> None:
        verdict = self._save(self.alice, None)
        self.assertEqual(verdict.version, 1)
        self.claim.refresh_from_db()
        self.assertEqual(self.claim.status, Claim.Status.IN_REVIEW)
        self.assertEqual(verdict.sources.count(), 1)

    def test_each_save_increments_the_version(self) -> None:
        self._save(self.alice, None)
        verdict = self._save(self.alice, 1, "Second look.")
        self.assertEqual(verdict.version, 2)
        self.assertEqual(Verdict.objects.get().version, 2)

    def test_a_stale_version_is_refused_and_loses_nothing(self) -> None:
        self._save(self.alice, None)
        self._save(self.bob, 1, "Bob's reading.")
        with self.assertRaises(services.VerdictConflict) as ctx:
            self._save(self.alice, 1, "Alice's late edit.")
        conflict = ctx.exception
        self.assertEqual(conflict.current.explanation, "Bob's reading.")
        self.assertEqual(conflict.current.version, 2)
        self.assertEqual(conflict.attempted["explanation"], "Alice's late edit.")
        self.assertEqual(Verdict.objects.get().explanation, "Bob's reading.")

    def test_a_second_first_verdict_is_a_conflict(self) -> None:
        self._save(self.alice, None)
        with self.assertRaises(services.VerdictConflict):
            self._save(self.bob, None, "Also first?")

    def test_history_keeps_every_version_of_the_explanation(self) -> None:
        self._save(self.alice, None, "First.")
        self._save(self.alice, 1, "Second.")
        verdict = Verdict.objects.get()
        explanations = [h.explanation for h in verdict.history.all()]
        self.assertEqual(explanations, ["Second.", "First."])
        self.assertEqual(verdict.history.first().history_user, self.alice)

    def test_unlisted_sources_are_marked_removed_not_deleted(self) -> None:
        verdict = self._save(self.alice, None)
        services.record_verdict(
            claim=self.claim,
            user=self.alice,
            rating=default_rating("True"),
            explanation="Updated.",
            expected_version=verdict.version,
            sources=[],
        )
        source = Source.objects.get()
        self.assertIsNotNone(source.removed_at)

    def test_it_rejects_a_javascript_source_url(self) -> None:
        with self.assertRaises(ValidationError) as ctx:
            services.record_verdict(
                claim=self.claim,
                user=self.alice,
                rating=default_rating(),
                explanation="x",
                expected_version=None,
                sources=[{"url": "javascript:alert(1)"}],
            )
        self.assertIn("Source 1", str(ctx.exception))
        self.assertFalse(Verdict.objects.exists())

    @override_settings(FACTCHECK_MAX_SOURCES=2)
    def test_it_limits_the_number_of_sources(self) -> None:
        with self.assertRaisesMessage(ValidationError, "At most 2 sources"):
            services.record_verdict(
                claim=self.claim,
                user=self.alice,
                rating=default_rating(),
                explanation="x",
                expected_version=None,
                sources=[{"url": f"https://example.org/{i}"} for i in range(3)],
            )


class WorkflowTests(BaseTestCase):
    def setUp(self) -> None:
        services.record_verdict(
            claim=self.claim,
            user=self.alice,
            rating=default_rating(),
            explanation="Wrong figure.",
            expected_version=None,
        )

    def test_second_review_must_come_from_another_reviewer(self) -> None:
        services.request_second_review(claim=self.claim, user=self.alice)
        with self.assertRaises(services.InvalidTransition):
            services.complete_second_review(claim=self.claim, user=self.alice)
        verdict = services.complete_second_review(claim=self.claim, user=self.bob)
        self.assertEqual(verdict.second_reviewer, self.bob)

    def test_reject_requires_a_comment_and_reopens_the_claim(self) -> None:
        with self.assertRaises(ValidationError):
            services.reject_verdict(claim=self.claim, user=self.erin, comment=" ")
        services.reject_verdict(
            claim=self.claim, user=self.erin, comment="Needs a source."
        )
        self.claim.refresh_from_db()
        self.assertEqual(self.claim.status, Claim.Status.OPEN)
        self.assertEqual(self.claim.verdict.editor_comment, "Needs a source.")

    def test_only_an_approved_verdict_can_be_published(self) -> None:
        with self.assertRaises(services.InvalidTransition):
            services.publish_verdict(claim=self.claim, user=self.erin)
        services.approve_verdict(claim=self.claim, user=self.erin)
        verdict = services.publish_verdict(claim=self.claim, user=self.erin)
        self.assertIsNotNone(verdict.published_at)
        self.claim.refresh_from_db()
        self.assertEqual(self.claim.status, Claim.Status.PUBLISHED)

    def test_archiving_keeps_the_article(self) -> None:
        article = make_article(title="Old")
        services.archive_article(article=article, user=self.erin)
        self.assertTrue(Article.objects.filter(pk=article.pk).exists())
        self.assertFalse(Article.objects.active().filter(pk=article.pk).exists())
