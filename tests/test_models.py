"""Model invariants, enforced by the database itself."""

from __future__ import annotations

from django.db import IntegrityError, transaction

from annotations.models import Article, Claim, Rating, RatingScale, content_hash
from tests.base import BaseTestCase
from tests.factories import make_claim


class ArticleTests(BaseTestCase):
    def test_it_stores_the_content_hash_of_the_body(self) -> None:
        self.assertEqual(self.article.content_hash, content_hash(self.article.body))
        self.assertEqual(len(self.article.content_hash), 64)

    def test_new_articles_wait_for_detection(self) -> None:
        self.assertEqual(self.article.detection_status, Article.DetectionStatus.PENDING)

    def test_the_body_cannot_shrink_below_its_claims(self) -> None:
        self.article.body = "short"
        with self.assertRaises(IntegrityError), transaction.atomic():
            self.article.save()


class ClaimConstraintTests(BaseTestCase):
    def _raw_claim(self, start: int, end: int, kind: str = "money") -> Claim:
        return Claim.objects.create(
            article=self.article, start=start, end=end, text="x", kind=kind
        )

    def test_the_database_rejects_start_after_end(self) -> None:
        with self.assertRaises(IntegrityError), transaction.atomic():
            self._raw_claim(10, 5)

    def test_the_database_rejects_an_empty_span(self) -> None:
        with self.assertRaises(IntegrityError), transaction.atomic():
            self._raw_claim(7, 7)

    def test_the_database_rejects_offsets_past_the_body(self) -> None:
        length = len(self.article.body)
        with self.assertRaises(IntegrityError), transaction.atomic():
            self._raw_claim(length - 2, length + 1)

    def test_the_database_rejects_an_update_moving_a_claim_outside(self) -> None:
        self.claim.end = len(self.article.body) + 10
        with self.assertRaises(IntegrityError), transaction.atomic():
            self.claim.save()

    def test_a_claim_may_end_exactly_at_the_end_of_the_body(self) -> None:
        length = len(self.article.body)
        claim = self._raw_claim(length - 3, length, kind="quote")
        self.assertEqual(claim.end, length)

    def test_the_database_rejects_a_duplicate_span_of_the_same_kind(self) -> None:
        with self.assertRaises(IntegrityError), transaction.atomic():
            make_claim(self.article)  # same text, start, end and kind

    def test_the_same_span_may_carry_two_kinds(self) -> None:
        other = make_claim(self.article, kind=Claim.Kind.STATEMENT)
        self.assertNotEqual(other.pk, self.claim.pk)

    def test_offsets_count_code_points_not_bytes(self) -> None:
        article = Article.objects.create(title="Emoji", body="Prices 🚀 rose 5%")
        start = article.body.index("5%")
        claim = Claim.objects.create(
            article=article, start=start, end=start + 2, text="5%", kind="percent"
        )
        self.assertEqual(article.body[claim.start : claim.end], "5%")

    def test_history_records_a_status_change(self) -> None:
        self.claim.status = Claim.Status.DISMISSED
        self.claim.save()
        statuses = [h.status for h in self.claim.history.all()]
        self.assertEqual(statuses[:2], ["dismissed", "open"])


class DefaultScaleTests(BaseTestCase):
    def test_the_default_scale_ships_with_eight_labels_in_order(self) -> None:
        scale = RatingScale.objects.get(is_default=True)
        labels = list(scale.ratings.values_list("label", flat=True))
        self.assertEqual(
            labels,
            [
                "True",
                "Mostly true",
                "Half true",
                "Mostly false",
                "False",
                "Pants on fire",
                "Unverifiable",
                "Not a claim",
            ],
        )

    def test_scalar_labels_lie_between_worst_and_best(self) -> None:
        scale = RatingScale.objects.get(is_default=True)
        self.assertGreater(scale.best_value, scale.worst_value)
        values = [r.value for r in scale.ratings.all() if r.value is not None]
        self.assertEqual(max(values), scale.best_value)
        self.assertEqual(min(values), scale.worst_value)

    def test_labels_off_the_scale_have_no_value(self) -> None:
        off = Rating.objects.filter(scale__is_default=True, value__isnull=True)
        self.assertEqual(
            sorted(off.values_list("label", flat=True)), ["Not a claim", "Unverifiable"]
        )

    def test_a_scale_cannot_have_equal_best_and_worst(self) -> None:
        with self.assertRaises(IntegrityError), transaction.atomic():
            RatingScale.objects.create(name="Flat", best_value=1, worst_value=1)

    def test_only_one_scale_is_the_default(self) -> None:
        with self.assertRaises(IntegrityError), transaction.atomic():
            RatingScale.objects.create(
                name="Other", best_value=5, worst_value=1, is_default=True
            )

    def test_reviewer_and_editor_groups_exist(self) -> None:
        from django.contrib.auth.models import Group

        self.assertTrue(Group.objects.filter(name="Reviewers").exists())
        self.assertTrue(Group.objects.filter(name="Editors").exists())
