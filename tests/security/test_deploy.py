"""Production configuration: check --deploy is clean and every response carries the headers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from django.test import Client, TestCase, override_settings

from tests.factories import make_article, make_user

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DEBUG": "0",
    "SECRET_KEY": "k" * 20 + "Zq8-w2_Rt6yPf4Lm0Xc9Vb3Nn7Hs1Jd5Gk8Aa2Ee",
    "ALLOWED_HOSTS": "factcheck.example",
    # A newsroom's real identity (check --deploy refuses the placeholders).
    "FACTCHECK_ORGANIZATION_NAME": "Harbour Courier Fact Desk",
    "FACTCHECK_ORGANIZATION_URL": "https://harbourcourier.news/",
    "FACTCHECK_PUBLIC_BASE_URL": "https://harbourcourier.news/fact-checks/",
    "FACTCHECK_SITE_URL": "https://desk.harbourcourier.news/",
}
SECURITY_SETTINGS = [
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "CSRF_COOKIE_HTTPONLY",
    "SESSION_COOKIE_NAME",
    "CSRF_COOKIE_NAME",
    "SECURE_REFERRER_POLICY",
    "SECURE_CROSS_ORIGIN_OPENER_POLICY",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "X_FRAME_OPTIONS",
    "SESSION_COOKIE_HTTPONLY",
    "SESSION_COOKIE_SAMESITE",
]


def _run(args: list[str], **extra_env: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY"}}
    env.update(PRODUCTION_ENV, **extra_env)
    return subprocess.run(
        args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def production_settings() -> dict[str, Any]:
    """The security settings exactly as production mode computes them."""
    code = (
        "import json, factcheck.settings as s; "
        f"print(json.dumps({{k: getattr(s, k) for k in {SECURITY_SETTINGS!r}}}))"
    )
    result = _run([sys.executable, "-c", code])
    assert result.returncode == 0, result.stderr
    loaded: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return loaded


def test_check_deploy_passes_at_warning_level() -> None:
    result = _run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"]
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_refuses_the_placeholder_identity() -> None:
    placeholders = {
        "FACTCHECK_ORGANIZATION_NAME": "Factcheck Desk",
        "FACTCHECK_ORGANIZATION_URL": "https://factcheck.example.org/",
        "FACTCHECK_PUBLIC_BASE_URL": "https://factcheck.example.org/fact-checks/",
        "FACTCHECK_SITE_URL": "http://127.0.0.1:8000/",
    }
    result = _run([sys.executable, "manage.py", "check", "--deploy"], **placeholders)
    assert result.returncode == 1
    for number in range(1, 5):
        assert f"annotations.E00{number}" in result.stderr, result.stderr


def test_public_addresses_must_be_real_https_sites() -> None:
    from annotations.checks import placeholder_reason

    for url in (
        "https://factcheck.example.org/",
        "https://news.example/",
        "https://desk.test/",
        "https://localhost/",
        "https://127.0.0.1/",
        "http://harbourcourier.news/",
        "https://harbourcourier.news/fact-checks",
        "",
    ):
        assert placeholder_reason(url), url
    assert placeholder_reason("https://harbourcourier.news/fact-checks/") == ""


class SecurityHeaderTests(TestCase):
    def setUp(self) -> None:
        self.prod = production_settings()
        self.user = make_user("alice", role="reviewer")
        self.article = make_article()

    def _get(self, path: str, *, login: bool = False) -> Any:
        client = Client()
        with override_settings(**self.prod, ALLOWED_HOSTS=["factcheck.example"]):
            if login:
                client.force_login(self.user)
            return client.get(path, secure=True, HTTP_HOST="factcheck.example")

    def test_every_page_carries_the_security_headers(self) -> None:
        pages = {
            "review page": (f"/articles/{self.article.pk}/", True),
            "not found": ("/no-such-page/", False),
            "admin login": ("/admin/login/", False),
            "sign-in": ("/accounts/login/", False),
            "API": ("/api/v1/rating-scales/", True),
        }
        # django-csp adds a nonce only to responses that use one: the desk's
        # pages load their scripts with it; the admin and error pages have none.
        with_scripts = {"review page", "sign-in"}
        for name, (path, login) in pages.items():
            with self.subTest(page=name):
                response = self._get(path, login=login)
                self.assertIn(response.status_code, (200, 404), name)
                hsts = response["Strict-Transport-Security"]
                self.assertIn("max-age=31536000", hsts)
                self.assertIn("includeSubDomains", hsts)
                self.assertEqual(response["X-Content-Type-Options"], "nosniff")
                self.assertEqual(response["Referrer-Policy"], "same-origin")
                self.assertEqual(response["Cross-Origin-Opener-Policy"], "same-origin")
                self.assertEqual(response["X-Frame-Options"], "DENY")
                content_type = response["Content-Type"].lower()
                # JSON is UTF-8 by definition (RFC 8259); HTML must say so.
                if not content_type.startswith("application/json"):
                    self.assertIn("charset=utf-8", content_type)
                csp = response["Content-Security-Policy"]
                for directive in (
                    "default-src 'self'",
                    "object-src 'none'",
                    "base-uri 'none'",
                    "frame-ancestors 'none'",
                    "form-action 'self'",
                ):
                    self.assertIn(directive, csp)
                if name in with_scripts:
                    self.assertIn("'nonce-", csp)
                self.assertNotIn("unsafe-inline", csp)
                self.assertNotIn("unsafe-eval", csp)

    def test_plain_http_is_redirected_to_https(self) -> None:
        with override_settings(**self.prod, ALLOWED_HOSTS=["factcheck.example"]):
            response = Client().get("/accounts/login/", HTTP_HOST="factcheck.example")
        self.assertEqual(response.status_code, 301)
        self.assertTrue(response["Location"].startswith("https://"))

    def test_cookies_are_secure_and_host_prefixed(self) -> None:
        response = self._get("/accounts/login/")
        csrf = response.cookies["__Host-csrftoken"]
        self.assertTrue(csrf["secure"])
        # No script reads it (forms carry the token), so scripts may not.
        self.assertTrue(csrf["httponly"])
        self.assertEqual(self.prod["SESSION_COOKIE_NAME"], "__Host-sessionid")
        self.assertTrue(self.prod["SESSION_COOKIE_SECURE"])
        self.assertTrue(self.prod["SESSION_COOKIE_HTTPONLY"])
        self.assertEqual(self.prod["SESSION_COOKIE_SAMESITE"], "Lax")

    def test_each_response_gets_a_fresh_nonce(self) -> None:
        nonces = set()
        for _ in range(100):
            csp = self._get("/accounts/login/")["Content-Security-Policy"]
            nonces.add(csp.split("'nonce-")[1].split("'")[0])
        self.assertEqual(len(nonces), 100)

    def test_a_foreign_host_header_is_refused(self) -> None:
        with override_settings(**self.prod, ALLOWED_HOSTS=["factcheck.example"]):
            response = Client().get(
                "/accounts/login/", secure=True, HTTP_HOST="evil.example"
            )
        self.assertEqual(response.status_code, 400)
