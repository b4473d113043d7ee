"""Review steps on a claim: dismiss, second review, approve, reject, publish, assign."""

from __future__ import annotations

from annotations.models import Claim
from tests.base import BaseTestCase
from tests.factories import make_claim, make_verdict


class ClaimActionTests(BaseTestCase):
    def url(self, action):
        return f"/articles/{self.article.pk}/claims/{self.claim.pk}/{action}/"

    def status(self):
        self.claim.refresh_from_db()
        return self.claim.status

    def test_it_shows_the_claim_panel_with_checks_and_score(self):
        Claim.objects.filter(pk=self.claim.pk).update(
            score=0.82,
            value={"value": 45e6, "unit": "EUR", "features": ["number", "cost word"]},
            checks=[
                {
                    "check": "currency_conversion",
                    "status": "inconsistent",
                    "expected": 48.9,
                    "stated": 45,
                    "deviation_percent": -8.0,
                    "explanation": "At the reference rate, 45 million is 48.9 million.",
                    "evidence": "ECB reference rate, 2024-03-14",
                }
            ],
        )
        self.client.force_login(self.alice)
        r = self.client.get(f"/articles/{self.article.pk}/claims/{self.claim.pk}/")
        self.assertContains(r, "EUR 45,000,000")
        self.assertContains(r, "Inconsistent")
        self.assertContains(r, "At the reference rate, 45 million is 48.9 million.")
        self.assertContains(r, "ECB reference rate, 2024-03-14")
        self.assertContains(r, "0.82")
        self.assertContains(r, "number, cost word")
        self.assertContains(r, '<label for="id_rating">Rating</label>', html=True)
        self.assertContains(
            r, '<label for="id_explanation">Explanation</label>', html=True
        )
        self.assertContains(r, "Source URL")
        self.assertContains(r, "Save verdict")
        self.assertContains(r, "Dismiss claim")
        self.assertNotContains(r, ">Approve<")

    def test_the_panel_alone_can_be_fetched(self):
        later = make_claim(self.article, text="20 percent", kind=Claim.Kind.PERCENT)
        self.client.force_login(self.alice)
        r = self.client.get(self.url("panel"))
        self.assertContains(r, "Save verdict")
        self.assertContains(r, f'data-claim-link="{later.pk}" aria-label="Next claim"')
        self.assertNotContains(r, "Previous claim")
        self.assertNotContains(r, "<html")

    def test_a_claim_of_another_article_is_not_found(self):
        from tests.factories import make_article

        other = make_article()
        self.client.force_login(self.alice)
        r = self.client.get(f"/articles/{other.pk}/claims/{self.claim.pk}/")
        self.assertEqual(r.status_code, 404)

    def test_it_dismisses_a_claim(self):
        self.client.force_login(self.alice)
        r = self.client.post(self.url("dismiss"))
        self.assertRedirects(
            r,
            f"/articles/{self.article.pk}/claims/{self.claim.pk}/",
            fetch_redirect_response=False,
        )
        self.assertEqual(self.status(), Claim.Status.DISMISSED)
        page = self.client.get(r["Location"])
        self.assertContains(page, "Claim dismissed")
        self.assertContains(page, "Reopen claim")
        self.client.post(self.url("reopen"))
        self.assertEqual(self.status(), Claim.Status.OPEN)

    def test_a_second_review_is_requested_and_done_by_another_reviewer(self):
        make_verdict(self.claim, reviewer=self.alice)
        self.client.force_login(self.alice)
        self.client.post(self.url("request-second-review"))
        self.assertEqual(self.status(), Claim.Status.NEEDS_SECOND_REVIEW)
        r = self.client.post(self.url("second-review"), follow=True)
        self.assertContains(r, "must be done by another reviewer")
        self.client.force_login(self.bob)
        page = self.client.get(f"/articles/{self.article.pk}/claims/{self.claim.pk}/")
        self.assertContains(page, "Confirm second review")
        self.client.post(self.url("second-review"))
        self.assertEqual(self.status(), Claim.Status.IN_REVIEW)
        self.assertEqual(self.claim.verdict.second_reviewer, self.bob)

    def test_second_review_needs_a_verdict(self):
        self.client.force_login(self.alice)
        r = self.client.post(self.url("request-second-review"), follow=True)
        self.assertContains(r, "Save a verdict on this claim first.")
        self.assertEqual(self.status(), Claim.Status.OPEN)

    def test_an_editor_approves_and_publishes(self):
        make_verdict(self.claim, reviewer=self.alice)
        self.client.force_login(self.erin)
        page = self.client.get(f"/articles/{self.article.pk}/claims/{self.claim.pk}/")
        self.assertContains(page, ">Approve<")
        self.assertContains(page, ">Reject<")
        self.client.post(self.url("approve"))
        self.assertEqual(self.status(), Claim.Status.APPROVED)
        self.client.post(self.url("publish"))
        self.assertEqual(self.status(), Claim.Status.PUBLISHED)

    def test_a_reviewer_may_not_approve_reject_or_publish(self):
        make_verdict(self.claim, reviewer=self.alice)
        self.client.force_login(self.alice)
        for action in ("approve", "reject", "publish", "assign"):
            self.assertEqual(
                self.client.post(self.url(action)).status_code, 403, action
            )
        self.assertEqual(self.status(), Claim.Status.OPEN)

    def test_users_without_a_role_get_not_found(self):
        self.client.force_login(self.charlie)
        for action in ("dismiss", "approve", "panel", "verdict"):
            self.assertEqual(
                self.client.post(self.url(action)).status_code, 404, action
            )

    def test_actions_need_post(self):
        self.client.force_login(self.erin)
        self.assertEqual(self.client.get(self.url("approve")).status_code, 405)

    def test_reject_requires_a_comment(self):
        make_verdict(self.claim, reviewer=self.alice)
        Claim.objects.filter(pk=self.claim.pk).update(status=Claim.Status.IN_REVIEW)
        self.client.force_login(self.erin)
        r = self.client.post(self.url("reject"), {"comment": " "}, follow=True)
        self.assertContains(r, "Say why the verdict is rejected.")
        self.assertEqual(self.status(), Claim.Status.IN_REVIEW)
        r = self.client.post(
            self.url("reject"), {"comment": "Cite the 2024 budget."}, follow=True
        )
        self.assertEqual(self.status(), Claim.Status.OPEN)
        self.assertContains(r, "Cite the 2024 budget.")

    def test_an_editor_assigns_the_claim_and_the_article(self):
        self.client.force_login(self.erin)
        self.client.post(self.url("assign"), {"assignee": self.alice.pk})
        self.claim.refresh_from_db()
        self.assertEqual(self.claim.assignee, self.alice)
        self.client.post(
            f"/articles/{self.article.pk}/assign/", {"assignee": self.bob.pk}
        )
        self.article.refresh_from_db()
        self.assertEqual(self.article.assignee, self.bob)
        r = self.client.post(
            self.url("assign"), {"assignee": self.charlie.pk}, follow=True
        )
        self.assertContains(r, "Choose a reviewer from the list.")

    def test_history_shows_who_changed_what(self):
        self.client.force_login(self.alice)
        self.client.post(self.url("dismiss"))
        self.client.post(self.url("reopen"))
        r = self.client.get(f"/articles/{self.article.pk}/claims/{self.claim.pk}/")
        self.assertContains(r, "<strong>alice</strong> changed claim", count=2)
        self.assertContains(r, "<del>Open</del> → <ins>Dismissed</ins>")


class ManualClaimTests(BaseTestCase):
    def url(self):
        return f"/articles/{self.article.pk}/claims/new/"

    def test_it_adds_a_claim_from_selected_text_and_context(self):
        self.client.force_login(self.alice)
        r = self.client.post(
            self.url(),
            {
                "exact": "about 20 percent more\nthan planned",
                "prefix": "45 million euros, ",
                "suffix": ". ",
                "kind": "statement",
            },
        )
        claim = Claim.objects.get(article=self.article, kind="statement")
        self.assertRedirects(r, f"/articles/{self.article.pk}/claims/{claim.pk}/")
        self.assertEqual(claim.text, "about 20 percent more than planned")
        self.assertEqual(claim.origin, Claim.Origin.MANUAL)
        self.assertEqual(self.article.body[claim.start : claim.end], claim.text)

    def test_it_finds_the_right_span_among_emoji_and_combining_characters(self):
        from tests.factories import make_article

        body = "Le cafe\u0301 a coûté 5 € 👍🏽 hier ; le maire a dit 5 € 👍🏽 aussi."
        article = make_article(body=body)
        self.client.force_login(self.alice)
        self.client.post(
            f"/articles/{article.pk}/claims/new/",
            {
                "exact": "5 € 👍🏽",
                "prefix": "le maire a dit ",
                "suffix": " aussi.",
                "kind": "money",
            },
        )
        claim = Claim.objects.get(article=article)
        self.assertEqual(claim.start, body.rindex("5 €"))
        self.assertEqual(body[claim.start : claim.end], "5 € 👍🏽")

    def test_it_explains_text_that_is_not_in_the_article(self):
        self.client.force_login(self.alice)
        r = self.client.post(
            self.url(), {"exact": "a tunnel", "kind": "statement"}, follow=True
        )
        self.assertContains(r, "The selected text was not found in the article.")

    def test_it_refuses_an_unknown_kind(self):
        self.client.force_login(self.alice)
        r = self.client.post(
            self.url(), {"exact": "bridge", "kind": "rumour"}, follow=True
        )
        self.assertContains(r, "Select some text in the article, then choose a kind.")

    def test_users_without_a_role_get_not_found(self):
        self.client.force_login(self.charlie)
        r = self.client.post(self.url(), {"exact": "bridge", "kind": "statement"})
        self.assertEqual(r.status_code, 404)
