"""The verdict form carries ClaimReview's claim in short and claimant, and the
panel says when the export would have no claimant."""

from __future__ import annotations

from annotations import exports
from annotations.models import Verdict
from tests.base import BaseTestCase
from tests.factories import default_rating, make_article, make_claim


class ClaimReviewFieldsTests(BaseTestCase):
    def path(self, claim: object) -> str:
        return f"/articles/{claim.article_id}/claims/{claim.pk}/"  # type: ignore[attr-defined]

    def test_the_reviewer_sets_the_summary_and_the_claimant(self) -> None:
        self.client.force_login(self.alice)
        data = {
            "rating": default_rating().pk,
            "explanation": "The budget shows 41 million.",
            "summary": "The bridge cost 45 million euros",
            "claimant": "City council",
            "sources-TOTAL_FORMS": "0",
            "sources-INITIAL_FORMS": "0",
        }
        response = self.client.post(self.path(self.claim) + "verdict/", data)
        self.assertEqual(response.status_code, 302)
        verdict = Verdict.objects.get(claim=self.claim)
        self.assertEqual(verdict.summary, "The bridge cost 45 million euros")
        self.assertEqual(verdict.claimant, "City council")
        page = self.client.get(self.path(self.claim))
        self.assertContains(page, 'value="City council"')

    def test_the_panel_asks_for_a_claimant_when_there_is_none(self) -> None:
        article = make_article(title="Unsigned", body="Rents rose 7 percent in May.")
        claim = make_claim(article, text="7 percent", kind="percent")
        self.client.force_login(self.alice)
        page = self.client.get(self.path(claim))
        _, reason = exports.claimant_of(claim, None)
        self.assertContains(page, reason)
        self.assertContains(page, '<details class="claimreview-fields" open>')
