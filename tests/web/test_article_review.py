"""The review page: highlights, progress, access, a fixed number of queries."""

from __future__ import annotations

from django.db import connection
from django.test.utils import CaptureQueriesContext

from annotations.models import Claim
from tests.base import BaseTestCase
from tests.factories import make_article, make_claim, make_source, make_verdict
from tests.web.helpers import long_article


class ArticleReviewTests(BaseTestCase):
    def url(self, article=None):
        return f"/articles/{(article or self.article).pk}/"

    def test_it_highlights_every_claim_in_a_mark(self):
        quote = make_claim(
            self.article,
            text='"We expect it to open within six months,"',
            kind=Claim.Kind.QUOTE,
            value={"speaker": "Ana Ruiz"},
        )
        self.client.force_login(self.alice)
        r = self.client.get(self.url())
        self.assertEqual(r.status_code, 200)
        self.assertContains(r, f'data-claim-id="{self.claim.pk}"')
        self.assertContains(r, f'<mark id="m-{quote.pk}" data-claim-id="{quote.pk}"')
        self.assertContains(r, "0 of 2 claims reviewed")

    def test_it_escapes_the_article_text(self):
        article = make_article(
            title="<img src=x onerror=alert(1)>",
            body='Costs rose 5 percent. <script>alert("x")</script> End.',
        )
        make_claim(article, text="5 percent", kind=Claim.Kind.PERCENT)
        self.client.force_login(self.alice)
        r = self.client.get(self.url(article))
        self.assertNotContains(r, "<script>alert")
        self.assertNotContains(r, "<img src=x")
        self.assertContains(r, "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;")

    def test_it_counts_reviewed_claims(self):
        make_claim(self.article, text="20 percent", kind=Claim.Kind.PERCENT)
        Claim.objects.filter(pk=self.claim.pk).update(status=Claim.Status.DISMISSED)
        self.client.force_login(self.alice)
        r = self.client.get(self.url())
        self.assertContains(r, "1 of 2 claims reviewed")

    def test_it_explains_an_article_without_claims(self):
        article = make_article(body="Nothing to check here at all.")
        self.client.force_login(self.alice)
        r = self.client.get(self.url(article))
        self.assertContains(r, "No claims flagged")
        self.assertContains(r, "0 of 0 claims reviewed")

    def test_it_links_the_exports_filtered_by_article(self):
        self.client.force_login(self.alice)
        r = self.client.get(self.url())
        pk = self.article.pk
        self.assertContains(r, f"/api/v1/export/claimreview/?article={pk}")
        self.assertContains(r, f"/api/v1/export/verdicts.csv?article={pk}")
        self.assertContains(r, f"/api/v1/export/verdicts.json?article={pk}")
        self.assertContains(r, f"/api/v1/export/annotations/?article={pk}")

    def test_it_loads_the_script_with_the_csp_nonce(self):
        self.client.force_login(self.alice)
        r = self.client.get(self.url())
        header = r.headers["Content-Security-Policy"]
        nonce = header.split("'nonce-")[1].split("'")[0]
        self.assertContains(r, f'review.js" nonce="{nonce}"')
        self.assertNotContains(r, " style=")
        self.assertNotContains(r, " onclick=")

    def test_it_filters_claims_assigned_to_me(self):
        mine = make_claim(self.article, text="20 percent", kind=Claim.Kind.PERCENT)
        Claim.objects.filter(pk=mine.pk).update(assignee=self.alice)
        self.client.force_login(self.alice)
        r = self.client.get(self.url() + "?mine=1")
        self.assertContains(r, "1 assigned to you")
        self.assertContains(
            r,
            f'class="claim-item st-open" href="/articles/{self.article.pk}/claims/{mine.pk}/"',
        )
        self.assertNotContains(r, f'claims/{self.claim.pk}/" data-claim-id')

    def test_it_redirects_signed_out_users_to_sign_in(self):
        r = self.client.get(self.url())
        self.assertRedirects(r, f"/accounts/login/?next={self.url()}")

    def test_it_hides_the_article_from_users_without_a_role(self):
        self.client.force_login(self.charlie)
        self.assertEqual(self.client.get(self.url()).status_code, 404)

    def test_it_hides_archived_articles(self):
        article = make_article(archived_at="2024-01-01T00:00:00Z")
        self.client.force_login(self.erin)
        self.assertEqual(self.client.get(self.url(article)).status_code, 404)


class ReviewQueryCountTests(BaseTestCase):
    """A 10,000-word article costs the same queries with 5 claims as with 500."""

    def count_queries(self, url: str) -> int:
        self.client.force_login(self.erin)
        self.client.get(url)  # warm caches (content types, rating scale)
        with CaptureQueriesContext(connection) as queries:
            r = self.client.get(url)
        self.assertEqual(r.status_code, 200)
        return len(queries)

    def test_review_page_queries_do_not_grow_with_claims(self):
        small, large = long_article(5), long_article(500)
        self.assertEqual(Claim.objects.filter(article=large).count(), 500)
        # session, user, the user's groups (role), the article, the claims (the
        # fields the highlights and the side list show), the assignable users
        # (the viewer is an editor).
        self.assertEqual(self.count_queries(f"/articles/{small.pk}/"), 6)
        self.assertEqual(self.count_queries(f"/articles/{large.pk}/"), 6)

    def test_claim_page_queries_do_not_grow_with_claims(self):
        counts = []
        for article in (long_article(5), long_article(500)):
            claims = list(article.claims.order_by("start"))
            verdict = make_verdict(claims[0], reviewer=self.alice)
            make_source(verdict)
            make_source(verdict, url="https://example.org/2")
            counts.append(
                self.count_queries(f"/articles/{article.pk}/claims/{claims[0].pk}/")
            )
        # session, user, groups, the claim with its article, the claims list,
        # assignable users, ratings, the verdict with its people, sources,
        # claim history, verdict history, source history, users named in it.
        self.assertEqual(counts, [13, 13])


class ArticleManageTests(BaseTestCase):
    def test_an_editor_archives_an_article(self):
        self.client.force_login(self.erin)
        r = self.client.post(f"/articles/{self.article.pk}/archive/")
        self.assertRedirects(r, "/articles/", fetch_redirect_response=False)
        self.article.refresh_from_db()
        self.assertIsNotNone(self.article.archived_at)
        self.assertTrue(Claim.objects.filter(pk=self.claim.pk).exists())
        self.assertEqual(self.client.get(self.url_of(self.article)).status_code, 404)

    def test_an_editor_runs_detection_again(self):
        self.client.force_login(self.erin)
        r = self.client.post(f"/articles/{self.article.pk}/detect/", follow=True)
        self.assertContains(r, "Detection ran:")
        self.article.refresh_from_db()
        self.assertEqual(self.article.detection_status, "done")

    def test_a_reviewer_may_not_archive_or_rerun_detection(self):
        self.client.force_login(self.alice)
        for action in ("archive", "detect"):
            r = self.client.post(f"/articles/{self.article.pk}/{action}/")
            self.assertEqual(r.status_code, 403, action)
        self.assertNotContains(
            self.client.get(self.url_of(self.article)), "Archive article"
        )

    def test_users_without_a_role_get_not_found(self):
        self.client.force_login(self.charlie)
        r = self.client.post(f"/articles/{self.article.pk}/archive/")
        self.assertEqual(r.status_code, 404)

    def url_of(self, article):
        return f"/articles/{article.pk}/"
