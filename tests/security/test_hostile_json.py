"""Hostile JSON and every API error as JSON in one shape.

Deep nesting is refused before decoding (it was a RecursionError, a 500);
oversize bodies, unknown paths, wrong methods and media types, bad hosts and
server errors all answer ``{"detail": ..., "code": ...}`` with their status.
"""

from __future__ import annotations

import json
from typing import Any
from unittest import mock

from django.http import HttpResponse
from django.test import RequestFactory, override_settings
from hypothesis import given, settings
from hypothesis import strategies as st

from annotations.api.middleware import ApiJsonErrorsMiddleware
from annotations.api.parsers import nesting_depth
from annotations.limits import MAX_JSON_DEPTH
from tests.api.base import APITestCase
from tests.factories import make_verdict

SENTENCE = r"^[A-Z].* .*[.?]$"


def nested(depth: int, opening: str = "[", closing: str = "]") -> str:
    return opening * depth + closing * depth


class ErrorShape:
    def assert_error(self: Any, response: Any, status: int, code: str = "") -> dict:
        self.assertEqual(response.status_code, status, response.content[:300])
        self.assertEqual(response["Content-Type"], "application/json")
        body = json.loads(response.content)
        self.assertRegex(body["detail"], SENTENCE)
        self.assertTrue(body["code"])
        if code:
            self.assertEqual(body["code"], code)
        return dict(body)


class DeepJsonTests(ErrorShape, APITestCase):
    def send(self, path: str, text: str, method: str = "post") -> Any:
        client = self.client_for(self.alice)
        return getattr(client, method)(path, text, content_type="application/json")

    def test_a_thousand_levels_get_a_400_on_every_json_endpoint(self) -> None:
        verdict = make_verdict(self.claim, reviewer=self.alice)
        body = nested(1000)  # about 2 KB; 10 KB bodies made a 500 before
        writes = [
            ("post", "/api/v1/articles/"),
            ("post", "/api/v1/claims/"),
            ("patch", f"/api/v1/claims/{self.claim.pk}/"),
            ("post", "/api/v1/verdicts/"),
            ("put", f"/api/v1/verdicts/{verdict.pk}/"),
        ]
        for method, path in writes:
            for text in (body, nested(5000, '{"a":', "}"), '{"title": ' + body + "}"):
                response = self.send(path, text, method)
                detail = self.assert_error(response, 400, "parse_error")["detail"]
                self.assertIn(f"the limit is {MAX_JSON_DEPTH}", detail)

    def test_depth_up_to_the_limit_is_parsed(self) -> None:
        for depth in (MAX_JSON_DEPTH, MAX_JSON_DEPTH + 1):
            text = '{"title": "t", "body": "b", "extra": ' + nested(depth - 1) + "}"
            response = self.send("/api/v1/articles/", text)
            body = self.assert_error(response, 400)
            # At the limit it is parsed (and the unknown field refused); one
            # deeper it is not parsed at all.
            expected = "invalid" if depth == MAX_JSON_DEPTH else "parse_error"
            self.assertEqual(body["code"], expected)

    def test_malformed_json_gets_a_400(self) -> None:
        for text in (
            '{"title": ',
            "[1, 2",
            '{"a": NaN}',
            '"\\ud800',
            "\x00",
            "1" * 5000,
        ):
            response = self.send("/api/v1/articles/", text)
            self.assert_error(response, 400, "parse_error")


@settings(max_examples=200, deadline=None)
@given(
    st.recursive(
        st.none() | st.integers() | st.text(max_size=5),
        lambda inner: (
            st.lists(inner, max_size=3)
            | st.dictionaries(st.text(max_size=3), inner, max_size=3)
        ),
        max_leaves=30,
    )
)
def test_nesting_depth_is_the_true_depth(value: Any) -> None:
    def depth(node: Any) -> int:
        if isinstance(node, list):
            return 1 + max(map(depth, node), default=0)
        if isinstance(node, dict):
            return 1 + max(map(depth, node.values()), default=0)
        return 0

    assert nesting_depth(json.dumps(value)) == depth(value)


def test_strings_full_of_brackets_and_quotes_do_not_count() -> None:
    assert nesting_depth(json.dumps({"a": "[[[[{{{{", "b": ['"]]]]\\']})) == 2
    # An unterminated string is scanned once, not once per later quote.
    assert nesting_depth('"' + '\\"' * 100_000) == 0


def answering(page: HttpResponse) -> Any:
    def view(request: Any) -> HttpResponse:
        return page

    return view


class JsonErrorsEverywhereTests(ErrorShape, APITestCase):
    def test_unknown_paths_are_json_404s(self) -> None:
        client = self.client_for(self.alice)
        for path in ("/api/v1/nope/", "/api/v1/articles/null,null/", "/api/v1/x"):
            self.assert_error(client.get(path), 404, "not_found")

    def test_a_missing_slash_names_the_endpoint_instead_of_redirecting(self) -> None:
        client = self.client_for(self.alice)
        for method in ("get", "post"):
            response = getattr(client, method)("/api/v1/claims")
            body = self.assert_error(response, 404)
            self.assertIn("/api/v1/claims/", body["detail"])

    def test_wrong_method_media_type_and_accept(self) -> None:
        client = self.client_for(self.alice)
        response = client.delete("/api/v1/claims/")
        self.assert_error(response, 405, "method_not_allowed")
        self.assertIn("GET", response["Allow"])
        response = client.post(
            "/api/v1/articles/",
            "title=x",
            content_type="application/x-www-form-urlencoded",
        )
        self.assert_error(response, 415, "unsupported_media_type")
        self.assert_error(
            client.get("/api/v1/claims/", HTTP_ACCEPT="text/html"),
            406,
            "not_acceptable",
        )

    @override_settings(DATA_UPLOAD_MAX_MEMORY_SIZE=1000)
    def test_oversize_bodies_get_413_naming_the_limit(self) -> None:
        text = json.dumps({"title": "t", "body": "x" * 2000})
        response = self.client_for(self.alice).post(
            "/api/v1/articles/", text, content_type="application/json"
        )
        body = self.assert_error(response, 413, "too_large")
        self.assertIn("1,000 bytes", body["detail"])

    def test_a_bad_host_is_a_json_400(self) -> None:
        response = self.client_for(self.alice).get(
            "/api/v1/claims/", HTTP_HOST="evil.test"
        )
        self.assert_error(response, 400)

    def test_server_errors_are_json_500s_and_logged(self) -> None:
        client = self.client_for(self.alice)
        with (
            mock.patch(
                "annotations.api.views.claim_queryset", side_effect=RuntimeError("boom")
            ),
            self.assertLogs("django.request", "ERROR") as logs,
        ):
            response = client.get("/api/v1/claims/")
        body = self.assert_error(response, 500, "internal_server_error")
        self.assertNotIn("boom", body["detail"])  # no internals in the answer
        self.assertIn("boom", "\n".join(logs.output))

    def test_every_status_the_middleware_sees_becomes_json(self) -> None:
        """429 and anything else Django or a proxy layer answers in HTML."""
        request = RequestFactory().get("/api/v1/claims/")
        for status in (400, 403, 404, 405, 413, 429, 500, 503):
            page = HttpResponse("<h1>Oops</h1>", status=status)
            page["Retry-After"] = "30"
            response = ApiJsonErrorsMiddleware(answering(page))(request)
            body = self.assert_error(response, status)
            self.assertEqual(response["Retry-After"], "30")
            self.assertNotIn("<", body["detail"])
        outside = RequestFactory().get("/articles/")
        page = HttpResponse("<h1>Oops</h1>", status=404)
        self.assertIs(ApiJsonErrorsMiddleware(answering(page))(outside), page)
