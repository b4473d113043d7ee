"""/api/v1/schema/ and /api/v1/docs/, and a schemathesis run against the schema."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from django.contrib.staticfiles import finders
from django.core import signals
from django.db import close_old_connections
from django.test import TestCase
from hypothesis import HealthCheck, settings
from rest_framework.authtoken.models import Token
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    response_schema_conformance,
    status_code_conformance,
)

from factcheck.wsgi import application
from tests.factories import make_article, make_claim, make_user, make_verdict

PATHS = [
    "/api/v1/articles/",
    "/api/v1/articles/{id}/",
    "/api/v1/claims/",
    "/api/v1/claims/{id}/",
    "/api/v1/verdicts/",
    "/api/v1/verdicts/{id}/",
    "/api/v1/rating-scales/",
    "/api/v1/rating-scales/{id}/",
    "/api/v1/export/claimreview/",
    "/api/v1/export/annotations/",
    "/api/v1/export/verdicts.csv",
    "/api/v1/export/verdicts.json",
]


class SchemaTests(TestCase):
    def test_the_schema_lists_every_endpoint_with_token_auth(self) -> None:
        response = self.client.get("/api/v1/schema/", HTTP_ACCEPT="application/json")
        self.assertEqual(response.status_code, 200)
        schema = response.json()
        self.assertTrue(schema["openapi"].startswith("3."))
        self.assertEqual(sorted(schema["paths"]), sorted(PATHS))
        self.assertIn("tokenAuth", schema["components"]["securitySchemes"])

    def test_the_docs_load_under_the_content_security_policy(self) -> None:
        response = self.client.get("/api/v1/docs/")
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        policy = response["Content-Security-Policy"]
        self.assertIn("script-src 'self'", policy)
        # Every script is a same-origin file: no inline code, no CDN.
        sources = re.findall(r"<script([^>]*)>(.*?)</script>", html, re.S)
        self.assertEqual(len(sources), 3)
        for attributes, body in sources:
            self.assertEqual(body.strip(), "")
            src = re.search(r'src="([^"]+)"', attributes)
            assert src is not None
            self.assertTrue(src.group(1).startswith("/"), src.group(1))
        for path in re.findall(r'(?:src|href)="/static/([^"?]+)"', html):
            self.assertIsNotNone(finders.find(path), path)
        script = self.client.get("/api/v1/docs/?script=")
        self.assertEqual(script.status_code, 200)
        self.assertIn("/api/v1/schema/", script.content.decode())


schema = schemathesis.openapi.from_wsgi("/api/v1/schema/", application)


@pytest.fixture
def token(db: Any) -> Iterator[str]:
    reviewer = make_user("fuzz", role="reviewer")
    article = make_article()
    make_verdict(make_claim(article), reviewer=reviewer)
    # Calling the WSGI application directly fires the request signals that
    # close the database connection; the test database must stay open (as
    # Django's test client arranges).
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        yield Token.objects.create(user=reviewer).key
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)


@pytest.mark.slow
@schema.parametrize()
@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_api_conforms_to_its_schema(case: Any, token: str) -> None:
    """No input makes a server error or a response the schema does not describe."""
    case.call_and_validate(
        headers={"Authorization": f"Token {token}"},
        checks=[
            not_a_server_error,
            response_schema_conformance,
            status_code_conformance,
        ],
    )
