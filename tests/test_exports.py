"""Exports parse back: ClaimReview fields, W3C selectors, CSV round trip, JSON = API."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from typing import Any

from django.contrib.auth import get_user_model
from django.test import TestCase, override_settings
from django.utils import timezone

from annotations import exports
from annotations.models import Article, Claim
from tests.api.base import APITestCase
from tests.factories import (
    default_rating,
    make_article,
    make_claim,
    make_source,
    make_verdict,
)

# Strings that break naive exporters: quoting, line breaks, separators,
# spreadsheet formulas, emoji with joiners, right-to-left and invisible marks.
NASTY = [
    'She said "no", then "yes"',
    "line one\nline two",
    "carriage\r\nreturn",
    "comma, semicolon; pipe |",
    '=HYPERLINK("http://evil.example","click")',
    "+49 30 1234",
    "-1 percent",
    "@SUM(A1:A2)",
    "\tleading tab",
    "\rleading carriage return",
    "👩🏽‍⚖️ verdict 🧾",
    "مدينة الجسر \u202eevil\u202c",
    "zero\u200bwidth",
    "'already quoted",
    "",
    "trailing space ",
]

BODY = (
    "The ministry said on Monday that the tunnel cost 310 million euros, "
    'nearly 18 percent over budget. "The tunnel will pay for itself within '
    'ten years," said transport minister Lena Varga. Traffic rose 4 percent.'
)


def read(response: Any) -> str:
    assert response.streaming
    return b"".join(response.streaming_content).decode("utf-8")


class ExportFixture(APITestCase):
    tunnel: Article
    money: Claim
    quote: Claim
    traffic: Claim

    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.tunnel = make_article(
            title="Tunnel costs soar",
            body=BODY,
            url="https://news.example/tunnel",
            outlet="Example Herald",
            published=date(2025, 2, 3),
            language="en-GB",
        )
        cls.money = make_claim(cls.tunnel, text="310 million euros")
        cls.quote = make_claim(
            cls.tunnel,
            text="The tunnel will pay for itself within ten years,",
            kind="quote",
            value={"speaker": "Lena Varga"},
        )
        cls.traffic = make_claim(cls.tunnel, text="4 percent", kind="percent")
        for claim, label in ((cls.money, "Mostly true"), (cls.quote, "Unverifiable")):
            verdict = make_verdict(
                claim,
                reviewer=cls.alice,
                rating=default_rating(label),
                explanation=f"{label}: see the audit.",
                published_at=timezone.now(),
            )
            make_source(verdict)
            make_source(verdict, url="https://gone.example/", removed_at=timezone.now())
            claim.status = Claim.Status.PUBLISHED
            claim.save()
        make_verdict(cls.traffic, reviewer=cls.bob)  # reviewed, not published


class ClaimReviewExportTests(ExportFixture):
    def reviews(self, **params: Any) -> list[dict[str, Any]]:
        response = self.get("/api/v1/export/claimreview/", self.alice, **params)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "application/ld+json")
        return json.loads(read(response))

    def test_one_review_per_published_verdict_with_the_required_fields(self) -> None:
        reviews = {r["url"]: r for r in self.reviews()}
        self.assertEqual(
            set(reviews),
            {
                f"https://factcheck.example.org/fact-checks/{self.money.pk}/",
                f"https://factcheck.example.org/fact-checks/{self.quote.pk}/",
            },
        )
        for review in reviews.values():
            self.assertEqual(review["@context"], "https://schema.org")
            self.assertEqual(review["@type"], "ClaimReview")
            for field in ("claimReviewed", "author", "datePublished", "inLanguage"):
                self.assertTrue(review[field], field)
            self.assertEqual(review["author"]["@type"], "Organization")
            self.assertEqual(review["author"]["name"], "Factcheck Desk")
            self.assertEqual(review["inLanguage"], "en-GB")
            date.fromisoformat(review["datePublished"])
            item = review["itemReviewed"]
            self.assertEqual(item["@type"], "Claim")
            self.assertEqual(item["appearance"]["url"], "https://news.example/tunnel")
            self.assertEqual(item["datePublished"], "2025-02-03")
            rating = review["reviewRating"]
            self.assertEqual(rating["@type"], "Rating")
            self.assertTrue(rating["alternateName"])
            self.assertTrue(rating["ratingExplanation"])

    def test_numeric_ratings_run_from_worst_to_best(self) -> None:
        review = next(r for r in self.reviews() if str(self.money.pk) in r["url"])
        rating = review["reviewRating"]
        self.assertEqual(rating["alternateName"], "Mostly true")
        self.assertGreater(rating["bestRating"], rating["worstRating"])
        self.assertLessEqual(rating["ratingValue"], rating["bestRating"])
        self.assertGreaterEqual(rating["ratingValue"], rating["worstRating"])
        # The figure's sentence, cut clean at a word under 75 characters.
        self.assertEqual(
            review["claimReviewed"],
            "The ministry said on Monday that the tunnel cost 310 million euros …",
        )
        self.assertLess(len(review["claimReviewed"]), 75)
        # No speaker, no byline: the outlet is the claimant.
        self.assertEqual(
            review["itemReviewed"]["author"],
            {"@type": "Organization", "name": "Example Herald"},
        )

    def test_labels_without_a_value_carry_only_the_alternate_name(self) -> None:
        review = next(r for r in self.reviews() if str(self.quote.pk) in r["url"])
        rating = review["reviewRating"]
        self.assertEqual(rating["alternateName"], "Unverifiable")
        for numeric in ("ratingValue", "bestRating", "worstRating"):
            self.assertNotIn(numeric, rating)
        # The quote without its quotation marks and trailing comma.
        self.assertEqual(review["claimReviewed"], self.quote.text.rstrip(","))
        self.assertEqual(
            review["itemReviewed"]["author"], {"@type": "Person", "name": "Lena Varga"}
        )

    def test_it_takes_the_claims_filters(self) -> None:
        self.assertEqual(len(self.reviews(kind="quote")), 1)
        self.assertEqual(self.reviews(article=str(self.article.pk)), [])
        response = self.get("/api/v1/export/claimreview/", self.alice, kind="x")
        self.assertEqual(response.status_code, 400)


@override_settings(FACTCHECK_SITE_URL="http://desk.test/")
class AnnotationExportTests(ExportFixture):
    def page(self, **params: Any) -> dict[str, Any]:
        response = self.get("/api/v1/export/annotations/", self.alice, **params)
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response["Content-Type"].startswith("application/ld+json"))
        return json.loads(read(response))

    def test_selectors_relocate_the_exact_text(self) -> None:
        page = self.page(article=str(self.tunnel.pk))
        self.assertEqual(page["@context"], "http://www.w3.org/ns/anno.jsonld")
        self.assertEqual(page["type"], "AnnotationPage")
        self.assertEqual(page["partOf"]["total"], 3)
        self.assertEqual(len(page["items"]), 3)
        for annotation in page["items"]:
            self.assertEqual(annotation["type"], "Annotation")
            # The offsets count in the desk's text: its article resource is
            # the source; the outlet's page is a quote-only second target.
            target, outlet = annotation["target"]
            self.assertEqual(
                target["source"], f"http://desk.test/api/v1/articles/{self.tunnel.pk}/"
            )
            self.assertEqual(outlet["source"], "https://news.example/tunnel")
            self.assertEqual(outlet["selector"]["type"], "TextQuoteSelector")
            quote, position = target["selector"]
            self.assertEqual(quote["type"], "TextQuoteSelector")
            self.assertEqual(position["type"], "TextPositionSelector")
            start, end = position["start"], position["end"]
            self.assertEqual(BODY[start:end], quote["exact"])
            # The quote selector alone finds the same place, exactly once.
            context = quote["prefix"] + quote["exact"] + quote["suffix"]
            self.assertEqual(BODY.count(context), 1)
            self.assertEqual(BODY.index(context) + len(quote["prefix"]), start)

    def test_the_verdict_is_the_body(self) -> None:
        items = {a["id"]: a for a in self.page()["items"]}
        money = next(
            a for i, a in items.items() if i.endswith(f"/claims/{self.money.pk}/")
        )
        self.assertEqual(money["motivation"], "assessing")
        purposes = {b["purpose"]: b["value"] for b in money["body"]}
        self.assertEqual(purposes["tagging"], "Mostly true")
        self.assertEqual(purposes["assessing"], "Mostly true: see the audit.")
        self.assertEqual(purposes["classifying"], "money")
        plain = next(
            a for i, a in items.items() if i.endswith(f"/claims/{self.claim.pk}/")
        )
        self.assertEqual(plain["motivation"], "highlighting")
        [target] = plain["target"]  # no outlet page: one target
        self.assertEqual(
            target["source"], f"http://desk.test/api/v1/articles/{self.article.pk}/"
        )

    def test_positions_count_code_points_past_emoji(self) -> None:
        article = make_article(body="🧾🧾 Rents rose 7 percent in 👩🏽‍⚖️ March.")
        claim = make_claim(article, text="7 percent", kind="percent")
        annotation = exports.web_annotation(claim)
        position = annotation["target"][0]["selector"][1]
        self.assertEqual(article.body[position["start"] : position["end"]], "7 percent")


class CsvExportTests(ExportFixture):
    def rows(self, **params: Any) -> list[list[str]]:
        response = self.get("/api/v1/export/verdicts.csv", self.alice, **params)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "text/csv; charset=utf-8")
        self.assertIn("verdicts.csv", response["Content-Disposition"])
        return list(csv.reader(io.StringIO(read(response), newline="")))

    def test_one_row_per_claim_with_its_verdict(self) -> None:
        header, *rows = self.rows(article=str(self.tunnel.pk))
        self.assertEqual(header, exports.CSV_COLUMNS)
        by_id = {int(r[0]): dict(zip(header, r, strict=True)) for r in rows}
        self.assertEqual(set(by_id), {self.money.pk, self.quote.pk, self.traffic.pk})
        money = by_id[self.money.pk]
        self.assertEqual(money["claim_text"], "310 million euros")
        self.assertEqual(money["rating"], "Mostly true")
        self.assertEqual(money["rating_value"], "5")
        self.assertEqual(money["reviewer"], "alice")
        self.assertEqual(json.loads(money["value"]), {"value": 45e6, "unit": "EUR"})
        sources = json.loads(money["sources"])
        self.assertEqual(
            [s["url"] for s in sources], ["https://example.org/budget.pdf"]
        )
        self.assertEqual(money["article_published"], "2025-02-03")

    def test_nasty_strings_round_trip_and_formulas_are_neutralized(self) -> None:
        reviewer = get_user_model().objects.get(username="bob")
        for index, text in enumerate(NASTY):
            article = make_article(
                title=text or "untitled", body=f"Item {index} cost 5 euros."
            )
            claim = make_claim(article, text="5 euros")
            make_verdict(claim, reviewer=reviewer, explanation=text or "-")
        header, *rows = self.rows()
        by_title: dict[str, dict[str, str]] = {}
        for row in rows:
            record = dict(zip(header, row, strict=True))
            by_title.setdefault(record["article_title"], record)
        for text in NASTY:
            if not text:
                continue
            expected = "'" + text if text[0] in "=+-@\t\r'" else text
            self.assertIn(expected, by_title, repr(text))
            self.assertEqual(by_title[expected]["explanation"], expected)
            self.assertEqual(exports.escape_cell(text), expected)
            self.assertEqual(exports.unescape_cell(expected), text)
        for row in rows:
            for cell in row:
                self.assertFalse(
                    cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
                )

    def test_rows_match_the_csv_module_exactly(self) -> None:
        claims = exports.prepare_claims(Claim.objects.all())
        expected = [exports.CSV_COLUMNS] + [exports.csv_row(c) for c in claims]
        self.assertEqual(self.rows(), expected)


class JsonExportTests(ExportFixture):
    def test_items_match_the_claims_endpoint(self) -> None:
        response = self.get("/api/v1/export/verdicts.json", self.alice)
        self.assertEqual(response.status_code, 200)
        items = json.loads(read(response))
        self.assertEqual(len(items), 4)
        for item in items:
            api = self.get(f"/api/v1/claims/{item['id']}/", self.alice).json()
            self.assertEqual(item, api)

    def test_it_takes_the_claims_filters(self) -> None:
        response = self.get(
            "/api/v1/export/verdicts.json", self.alice, status="published"
        )
        ids = sorted(item["id"] for item in json.loads(read(response)))
        self.assertEqual(ids, sorted([self.money.pk, self.quote.pk]))


class ExportAccessTests(ExportFixture):
    PATHS = [
        "/api/v1/export/claimreview/",
        "/api/v1/export/annotations/",
        "/api/v1/export/verdicts.csv",
        "/api/v1/export/verdicts.json",
    ]

    def test_anonymous_gets_401_and_outsiders_404(self) -> None:
        for path in self.PATHS:
            self.assertEqual(self.get(path).status_code, 401, path)
            self.assertEqual(self.get(path, self.charlie).status_code, 404, path)

    def test_bad_filters_give_json_400_whatever_is_accepted(self) -> None:
        for path in self.PATHS:
            response = self.client_for(self.alice).get(
                path, {"updated_since": "soon"}, HTTP_ACCEPT="text/csv"
            )
            self.assertEqual(response.status_code, 400, path)
            self.assertIn("updated_since", response.json()["errors"])

    def test_archived_articles_are_left_out(self) -> None:
        self.tunnel.archived_at = timezone.now()
        self.tunnel.save()
        response = self.get("/api/v1/export/claimreview/", self.alice)
        self.assertEqual(json.loads(read(response)), [])


class ExportQueryCountTests(APITestCase):
    """Each export runs the same number of queries for 5 rows as for 50."""

    # 1 token + user, 2 groups, 3 the claims (article, verdict, rating, people
    # joined), 4 their verdicts' active sources. The annotations export adds
    # 5, the total count.
    EXPECTED = {
        "/api/v1/export/claimreview/": 4,
        "/api/v1/export/annotations/": 5,
        "/api/v1/export/verdicts.csv": 4,
        "/api/v1/export/verdicts.json": 4,
    }

    def add_claims(self, article: Any, first: int, last: int) -> None:
        for i in range(first, last):
            claim = make_claim(article, text=f"item {i:03d}", kind="count")
            make_source(
                make_verdict(claim, reviewer=self.bob, published_at=timezone.now())
            )
            claim.status = Claim.Status.PUBLISHED
            claim.save()

    def test_query_counts_are_flat(self) -> None:
        body = " ".join(f"There were item {i:03d} lorries." for i in range(60))
        article = make_article(title="Lorries", body=body)
        self.add_claims(article, 0, 5)
        few = {path: self.count_queries(path, self.alice) for path in self.EXPECTED}
        self.assertEqual(few, self.EXPECTED)
        self.add_claims(article, 5, 50)
        many = {path: self.count_queries(path, self.alice) for path in self.EXPECTED}
        self.assertEqual(many, self.EXPECTED)


class AdminExportTests(TestCase):
    def test_admin_actions_export_the_selected_claims(self) -> None:
        admin = get_user_model().objects.create_superuser("root", "r@example.org", "pw")
        article = make_article(url="https://news.example/bridge")
        claim = make_claim(article)
        other = make_claim(article, text="20 percent", kind="percent")
        make_verdict(claim, published_at=timezone.now())
        claim.status = Claim.Status.PUBLISHED
        claim.save()
        self.client.force_login(admin)
        data = {"action": "export_csv", "_selected_action": [claim.pk]}
        response = self.client.post("/admin/annotations/claim/", data)
        self.assertEqual(response.status_code, 200)
        rows = list(csv.reader(io.StringIO(read(response), newline="")))
        self.assertEqual([r[0] for r in rows[1:]], [str(claim.pk)])
        data = {
            "action": "export_claimreview",
            "_selected_action": [claim.pk, other.pk],
        }
        response = self.client.post("/admin/annotations/claim/", data)
        reviews = json.loads(read(response))
        self.assertEqual(len(reviews), 1)
        self.assertEqual(reviews[0]["itemReviewed"]["appearance"]["url"], article.url)
