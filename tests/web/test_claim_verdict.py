"""Saving a verdict with sources; the optimistic lock keeps the author's text."""

from __future__ import annotations

from annotations.models import Claim, Source, Verdict
from tests.base import BaseTestCase
from tests.factories import default_rating, make_claim, make_source, make_verdict


class ClaimVerdictTests(BaseTestCase):
    def url(self):
        return f"/articles/{self.article.pk}/claims/{self.claim.pk}/verdict/"

    def form(self, **data):
        fields = {
            "rating": default_rating("Mostly true").pk,
            "explanation": "The 2024 budget lists 45.2 million euros for the bridge.",
            "version": "",
            "sources-TOTAL_FORMS": "2",
            "sources-INITIAL_FORMS": "0",
            "sources-0-url": "https://city.example.org/budget-2024.pdf",
            "sources-0-title": "Budget 2024",
            "sources-0-publisher": "City council",
            "sources-0-excerpt": "Bridge: EUR 45.2m",
            "sources-1-url": "",
        }
        fields.update(data)
        return fields

    def test_it_saves_a_verdict_with_sources(self):
        self.client.force_login(self.alice)
        r = self.client.post(self.url(), self.form())
        self.assertRedirects(
            r,
            f"/articles/{self.article.pk}/claims/{self.claim.pk}/",
            fetch_redirect_response=False,
        )
        verdict = Verdict.objects.get(claim=self.claim)
        self.assertEqual(verdict.rating.label, "Mostly true")
        self.assertEqual(verdict.reviewer, self.alice)
        self.assertEqual([s.title for s in verdict.sources.all()], ["Budget 2024"])
        self.claim.refresh_from_db()
        self.assertEqual(self.claim.status, Claim.Status.IN_REVIEW)
        page = self.client.get(r["Location"])
        self.assertContains(page, "Verdict saved.")
        self.assertContains(page, "1 of 1 claims reviewed")
        self.assertContains(page, "https://city.example.org/budget-2024.pdf")

    def test_save_and_next_opens_the_next_open_claim(self):
        later = make_claim(self.article, text="20 percent", kind=Claim.Kind.PERCENT)
        self.client.force_login(self.alice)
        r = self.client.post(self.url(), self.form(then="next"))
        self.assertRedirects(
            r,
            f"/articles/{self.article.pk}/claims/{later.pk}/",
            fetch_redirect_response=False,
        )

    def test_it_updates_and_removes_sources(self):
        verdict = make_verdict(self.claim, reviewer=self.alice)
        old = make_source(verdict)
        self.client.force_login(self.alice)
        data = self.form(
            version=str(verdict.version),
            **{
                "sources-INITIAL_FORMS": "1",
                "sources-0-id": str(old.pk),
                "sources-0-remove": "on",
                "sources-1-url": "https://stats.example.org/table-7",
            },
        )
        self.client.post(self.url(), data)
        old.refresh_from_db()
        self.assertIsNotNone(old.removed_at)
        self.assertTrue(
            Source.objects.filter(url="https://stats.example.org/table-7").exists()
        )

    def test_it_keeps_the_archive_url_and_access_date_of_a_source(self):
        verdict = make_verdict(self.claim, reviewer=self.alice)
        kept = make_source(
            verdict,
            archive_url="https://web.archive.org/web/2024/https://city.example.org/b",
            accessed="2024-03-20",
        )
        self.client.force_login(self.alice)
        page = self.client.get(f"/articles/{self.article.pk}/claims/{self.claim.pk}/")
        self.assertContains(page, 'value="2024-03-20"')
        data = self.form(
            version=str(verdict.version),
            **{
                "sources-INITIAL_FORMS": "1",
                "sources-0-id": str(kept.pk),
                "sources-0-url": kept.url,
                "sources-0-title": "Budget 2024, page 12",
                "sources-0-archive_url": kept.archive_url,
                "sources-0-accessed": "2024-03-20",
            },
        )
        self.client.post(self.url(), data)
        kept.refresh_from_db()
        self.assertEqual(kept.title, "Budget 2024, page 12")
        self.assertEqual(str(kept.accessed), "2024-03-20")
        self.assertTrue(kept.archive_url.startswith("https://web.archive.org/"))
        self.assertIsNone(kept.removed_at)

    def test_it_refuses_a_javascript_source_url(self):
        self.client.force_login(self.alice)
        r = self.client.post(
            self.url(), self.form(**{"sources-0-url": "javascript:alert(1)"})
        )
        self.assertContains(r, "Enter an http:// or https:// address.", status_code=400)
        self.assertFalse(Verdict.objects.filter(claim=self.claim).exists())

    def test_it_requires_a_rating_and_an_explanation(self):
        self.client.force_login(self.alice)
        r = self.client.post(self.url(), self.form(rating="", explanation="  "))
        self.assertContains(r, "This field is required.", status_code=400)
        self.assertContains(r, "Explain the rating.", status_code=400)

    def test_it_refuses_a_stale_save_and_gives_the_text_back(self):
        verdict = make_verdict(
            self.claim, reviewer=self.bob, explanation="Bob's reading."
        )
        stale = verdict.version
        Verdict.objects.filter(pk=verdict.pk).update(version=stale + 1)
        self.client.force_login(self.alice)
        mine = "Alice: the budget line says 45.2 million, so the figure holds."
        r = self.client.post(
            self.url(), self.form(version=str(stale), explanation=mine)
        )
        self.assertEqual(r.status_code, 409)
        self.assertContains(r, "Someone else saved this verdict first", status_code=409)
        self.assertContains(r, "Bob&#x27;s reading.", status_code=409)
        self.assertContains(r, mine, status_code=409)
        self.assertContains(r, f'name="version" value="{stale + 1}"', status_code=409)
        verdict.refresh_from_db()
        self.assertEqual(verdict.explanation, "Bob's reading.")

    def test_it_refuses_users_without_a_role(self):
        self.client.force_login(self.charlie)
        self.assertEqual(self.client.post(self.url(), self.form()).status_code, 404)

    def test_it_redirects_signed_out_users(self):
        r = self.client.post(self.url(), self.form())
        self.assertEqual(r.status_code, 302)
        self.assertTrue(r["Location"].startswith("/accounts/login/"))
