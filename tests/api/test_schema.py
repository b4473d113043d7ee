"""/api/v1/schema/ and /api/v1/docs/, and schemathesis with every check against them.

schemathesis runs as its CLI does (``st run``) against a live server holding a
small desk: every phase (examples, coverage, fuzzing, stateful) and every
check (server errors, status codes, content types, response schemas and
headers, negative data rejected, positive data accepted, authentication not
ignored, unsupported methods). ``SCHEMATHESIS_EXAMPLES`` bounds the cases per
operation: 12 in ``make test``, more in ``make test-deep``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.contrib.staticfiles import finders
from django.test import TestCase
from rest_framework.authtoken.models import Token

from annotations import services
from tests.factories import default_rating, make_user

ROOT = Path(__file__).resolve().parents[2]
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
STORY = (
    "The council approved a budget of $12 million on Tuesday, up 8 percent from "
    'last year. "We will open two libraries within 18 months," said mayor Ana '
    "Ruiz. Officials said 240 families were still waiting for housing."
)


class SchemaTests(TestCase):
    def test_the_schema_lists_every_endpoint_with_token_auth(self) -> None:
        response = self.client.get("/api/v1/schema/", HTTP_ACCEPT="application/json")
        self.assertEqual(response.status_code, 200)
        schema = response.json()
        self.assertTrue(schema["openapi"].startswith("3."))
        self.assertEqual(sorted(schema["paths"]), sorted(PATHS))
        self.assertIn("tokenAuth", schema["components"]["securitySchemes"])

    def test_every_operation_documents_the_json_errors(self) -> None:
        schema = self.client.get(
            "/api/v1/schema/", HTTP_ACCEPT="application/json"
        ).json()
        for path, item in schema["paths"].items():
            for method, operation in item.items():
                statuses = set(operation["responses"])
                expected = {"400", "401", "403", "404", "406", "429", "500"}
                if "requestBody" in operation:
                    expected |= {"413", "415", "422"}
                self.assertLessEqual(expected, statuses, (method, path))
                for status in expected:
                    content = operation["responses"][status]["content"]
                    self.assertEqual(list(content), ["application/json"])

    def test_a_bad_token_does_not_lock_anyone_out_of_the_schema_or_docs(self) -> None:
        """The schema and docs are public: credentials are ignored, bad or not."""
        for path in ("/api/v1/schema/", "/api/v1/docs/", "/api/v1/docs/?script="):
            response = self.client.get(path, HTTP_AUTHORIZATION="Token not-a-token")
            self.assertEqual(response.status_code, 200, path)

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


def small_desk() -> dict[str, Any]:
    """Two articles with claims, a verdict in review and a published one."""
    editor = make_user("fuzz-editor", role="editor")
    reviewer = make_user("fuzz-reviewer", role="reviewer")
    first = services.ingest_article(
        title="Budget rises", body=STORY, added_by=reviewer, outlet="Daily"
    )
    services.ingest_article(
        title="Budget, the follow-up",
        body=STORY + " The vote was 7 to 2.",
        added_by=reviewer,
        language="en-GB",
    )
    claims = list(first.claims.order_by("start"))
    rating = default_rating()
    for claim in claims[:2]:
        services.record_verdict(
            claim=claim,
            user=reviewer,
            rating=rating,
            explanation="The budget papers say otherwise.",
            expected_version=None,
            sources=[{"url": "https://example.org/budget", "title": "Budget"}],
        )
    services.approve_verdict(claim=claims[0], user=editor)
    services.publish_verdict(claim=claims[0], user=editor)
    return {
        "editor": Token.objects.create(user=editor).key,
        "reviewer": Token.objects.create(user=reviewer).key,
    }


def run_schemathesis(base_url: str, token: str, examples: int) -> str:
    command = [
        sys.executable,
        "-m",
        "schemathesis.cli",
        "run",
        f"{base_url}/api/v1/schema/",
        "--checks",
        "all",
        "--phases",
        "examples,coverage,fuzzing,stateful",
        "--max-examples",
        str(examples),
        "--seed",
        os.environ.get("SCHEMATHESIS_SEED", "13"),
        "--workers",
        "1",
        "--no-color",
        "--header",
        f"Authorization: Token {token}",
    ]
    result = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=1800, check=False
    )
    output = result.stdout + result.stderr
    summary = output[output.rfind("SUMMARY") :] if "SUMMARY" in output else output
    print(summary[-3000:])
    assert result.returncode == 0, output[-20000:]
    return summary


@pytest.mark.slow
def test_schemathesis_finds_no_failure_with_every_check(
    transactional_db: None, live_server: Any
) -> None:
    tokens = small_desk()
    examples = int(os.environ.get("SCHEMATHESIS_EXAMPLES", "12"))
    roles = os.environ.get("SCHEMATHESIS_ROLES", "editor").split(",")
    for role in roles:
        summary = run_schemathesis(live_server.url, tokens[role], examples)
        counts = re.search(r"(\d+) generated, (\d+) passed", summary)
        assert counts is not None, summary
        assert counts.group(1) == counts.group(2), summary  # every case passed
        assert "Failures:" not in summary, summary
