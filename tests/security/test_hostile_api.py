"""Every naughty string through the API's writes and query-string filters.

Never a 5xx: a refusal is a 400 whose ``detail`` is a sentence and whose
``errors`` name the offending field; what is accepted comes back exactly (the
201/200 body is read back from the database). JSON carries lone surrogates as
``\\ud800`` escapes, so they reach the serializers. Runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import quote

from annotations.models import Verdict
from tests.api.base import APITestCase
from tests.factories import default_rating, make_verdict
from tests.hostile import OWN, naughty_strings

PREFIX = "Officials said 12 people left. "
UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
SENTENCE = r"(?s)^[A-Z\"].* .*[.)]$"


def sample(step: int, offset: int = 0) -> list[str]:
    """Our own strings plus every ``step``-th BLNS string from ``offset``.

    Time budget (the suite runs twice, on SQLite and PostgreSQL): article and
    verdict fields take half of BLNS here and the other half in test_hostile_web.py, so
    every string reaches each field's workflow once per run; notes, comments
    and typed filters share those code paths and take a quarter or a tenth.
    Our own list (NUL, surrogates, newlines, formula triggers) always goes.
    """
    own = set(OWN)
    return [
        s
        for i, s in enumerate(naughty_strings())
        if s in own or i % step == offset % step
    ]


def _refused_indexes(errors: Any) -> set[int]:
    """0-based indexes of refused sources, from the serializer's {"2": {...}}
    or the service's ["Source 3, url: ..."]."""
    if isinstance(errors, dict):
        return {int(key) for key, value in errors.items() if "url" in value}
    text = " ".join(map(str, errors))
    return {int(n) - 1 for n in re.findall(r"Source (\d+), url", text)}


def query(params: dict[str, str]) -> str:
    def encode(value: str) -> str:
        return quote(value.encode("utf-8", "surrogatepass"), safe="")

    return "?" + "&".join(f"{k}={encode(v)}" for k, v in params.items())


class HostileApiTests(APITestCase):
    submissions = 0
    verdict: Verdict

    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.verdict = make_verdict(cls.claim, reviewer=cls.alice)

    def send(self, method: str, path: str, body: Any, user: Any = None) -> Any:
        HostileApiTests.submissions += 1
        client = self.client_for(user or self.alice)
        # ensure_ascii: lone surrogates travel as \\ud800 escapes, as in any JSON.
        data = json.dumps(body, ensure_ascii=True)
        response = client.generic(method, path, data, "application/json")
        self.assertLess(response.status_code, 500, response.content[:300])
        return response

    def assert_refused(self, response: Any, fields: set[str]) -> None:
        # 400: the schema says no; 422: a rule it cannot state (an http URL).
        self.assertIn(response.status_code, (400, 422), response.content[:300])
        body = response.json()
        self.assertRegex(body["detail"], SENTENCE)
        self.assertTrue(set(body["errors"]) <= fields, body["errors"])

    def test_articles_store_hostile_text_exactly_or_refuse_it(self) -> None:
        accepted = refused = 0
        for value in sample(2, 1):
            with self.subTest(value=value[:40]):
                sent = {
                    "title": value[:300],
                    "outlet": value[:200],
                    "byline": value[:300],
                    "body": PREFIX + value,
                }
                response = self.send("POST", "/api/v1/articles/", sent)
                bad = {k for k, v in sent.items() if UNSTORABLE.search(v)}
                if not sent["title"].strip():
                    bad.add("title")
                if bad:
                    self.assert_refused(response, bad)
                    refused += 1
                    continue
                self.assertEqual(response.status_code, 201, response.content[:300])
                got = response.json()
                for name in ("title", "outlet", "byline"):
                    self.assertEqual(got[name], sent[name].strip())
                body = sent["body"].replace("\r\n", "\n").replace("\r", "\n")
                self.assertEqual(got["body"], body)
                accepted += 1
        self.assertGreater(accepted, 0)
        self.assertGreater(refused, 0)

    def test_verdicts_store_hostile_explanations_and_sources_exactly(self) -> None:
        path = f"/api/v1/verdicts/{self.verdict.pk}/"
        version = self.verdict.version
        rating = default_rating().pk
        for value in sample(2, 1):
            with self.subTest(value=value[:40]):
                source = {
                    "url": "https://example.org/report",
                    "title": value[:500],
                    "publisher": value[:200],
                    "excerpt": value,
                }
                sent = {
                    "rating": rating,
                    "explanation": value,
                    "version": version,
                    "sources": [source],
                }
                response = self.send("PUT", path, sent)
                if UNSTORABLE.search(value) or not value.strip():
                    self.assert_refused(response, {"explanation", "sources"})
                    continue
                self.assertEqual(response.status_code, 200, response.content[:300])
                got = response.json()
                version = got["version"]
                self.assertEqual(got["explanation"], value)
                stored = [
                    (s["title"], s["publisher"], s["excerpt"]) for s in got["sources"]
                ]
                expected = (value[:500].strip(), value[:200].strip(), value)
                self.assertEqual(stored, [expected])

    def test_source_urls_are_http_or_refused_with_a_message(self) -> None:
        """Batches of 20 sources per save; a refused batch is resent without the
        sources its errors name, so each string is judged on its own."""
        path = f"/api/v1/verdicts/{self.verdict.pk}/"
        version = self.verdict.version
        values = [*naughty_strings(), "javascript:alert(1)", " JavaScript:alert(1)"]
        values += ["data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)"]
        accepted = 0
        for start in range(0, len(values), 20):
            batch = values[start : start + 20]
            response = self.send("PUT", path, self._with_sources(batch, version))
            # The serializer refuses over-long URLs first, the service the rest.
            while response.status_code in (400, 422):
                self.assert_refused(response, {"sources"})
                refused = _refused_indexes(response.json()["errors"]["sources"])
                self.assertTrue(refused, response.content[:300])
                batch = [v for i, v in enumerate(batch) if i not in refused]
                response = self.send("PUT", path, self._with_sources(batch, version))
            self.assertEqual(response.status_code, 200, response.content[:300])
            got = response.json()
            version = got["version"]
            urls = [s["url"] for s in got["sources"]]
            self.assertEqual(urls, [v.strip() for v in batch])
            for url in urls:
                self.assertRegex(url, r"^https?://")
            accepted += len(urls)
        self.assertGreater(accepted, 0)

    def _with_sources(self, urls: list[str], version: int) -> dict[str, Any]:
        return {
            "rating": default_rating().pk,
            "explanation": "Sources below.",
            "version": version,
            "sources": [{"url": url} for url in urls],
        }

    def test_claim_notes_store_exactly_or_are_refused(self) -> None:
        path = f"/api/v1/claims/{self.claim.pk}/"
        note = ""
        for value in sample(4, 2):
            with self.subTest(value=value[:40]):
                sent = {"status": "dismissed", "note": value}
                response = self.send("PATCH", path, sent)
                if UNSTORABLE.search(value):
                    self.assert_refused(response, {"note"})
                    continue
                self.assertEqual(response.status_code, 200, response.content[:300])
                note = value.strip() or note
                self.assertEqual(response.json()["note"], note)

    def test_reject_comments_store_exactly_or_are_refused(self) -> None:
        path = f"/api/v1/claims/{self.claim.pk}/"
        for value in sample(4, 2):
            with self.subTest(value=value[:40]):
                sent = {"status": "open", "comment": value}
                response = self.send("PATCH", path, sent, self.erin)
                if UNSTORABLE.search(value):
                    self.assert_refused(response, {"comment"})
                    continue
                self.assertEqual(response.status_code, 200, response.content[:300])
                if value.strip():  # a blank comment reopens without rejecting
                    verdict = response.json()["verdict"]
                    self.assertEqual(verdict["editor_comment"], value.strip())

    def test_unicode_digits_in_id_or_name_filters_are_names(self) -> None:
        # "⁰⁴⁵".isdigit() is True but int() refuses it: this was a 500.
        for param in ("rating", "reviewer"):
            response = self.get("/api/v1/claims/", **{param: "⁰⁴⁵"})
            self.assertEqual(response.status_code, 200)
            self.assertEqual(response.json()["results"], [])

    def get(self, path: str, user: Any = None, **params: Any) -> Any:
        HostileApiTests.submissions += 1
        response = self.client_for(user or self.alice).get(path + query(params))
        if response.streaming:
            b"".join(getattr(response, "streaming_content", []))
        self.assertLess(response.status_code, 500)
        if response.status_code in (400, 422):
            self.assertRegex(response.json()["detail"], SENTENCE)
        return response

    def test_filters_answer_200_or_a_clear_400(self) -> None:
        """The claims' free-text filters get every string, the articles' half;
        typed filters and the exports (the same ClaimFilter as /claims/) every
        10th; our own list always."""
        sampled, halved = set(sample(10)), set(sample(2))
        for value in [*naughty_strings(), "%00"]:
            with self.subTest(value=value[:40]):
                if value in halved:
                    text = {"search": value, "outlet": value, "language": value}
                    response = self.get("/api/v1/articles/", **text)
                    self.assertIn(response.status_code, (200, 400))
                text = {"search": value, "rating": value, "reviewer": value}
                response = self.get("/api/v1/claims/", **text)
                expected = 400 if "\x00" in value else 200
                self.assertEqual(response.status_code, expected)
                if value not in sampled:
                    continue
                typed = ["kind", "status", "article", "has_verdict", "updated_since"]
                typed += ["published_after", "published_before"]
                self.get("/api/v1/claims/", **dict.fromkeys(typed, value))
                self.get("/api/v1/verdicts/", claim=value, article=value)
                self.get("/api/v1/articles/", updated_since=value)
                for export in ("claimreview/", "annotations/", "verdicts.csv"):
                    self.get(f"/api/v1/export/{export}", search=value, kind=value)
                self.get("/api/v1/export/verdicts.json", search=value)
