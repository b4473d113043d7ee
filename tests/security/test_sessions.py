"""Sessions and tokens: rotation on sign-in, end on sign-out, password change and
deactivation; CSRF on sign-in; tokens only in the Authorization header."""

from __future__ import annotations

from django.test import Client, TestCase
from rest_framework.authtoken.models import Token

from tests.factories import make_user


class SessionLifecycleTests(TestCase):
    def setUp(self) -> None:
        self.user = make_user(
            "alice", role="reviewer", password="correct-horse-battery"
        )

    def _sign_in(self, client: Client) -> None:
        response = client.post(
            "/accounts/login/",
            {"username": "alice", "password": "correct-horse-battery"},
        )
        self.assertEqual(response.status_code, 302)

    def test_the_session_key_changes_on_sign_in(self) -> None:
        self.client.get("/accounts/login/")
        self.client.session.save()
        before = self.client.session.session_key
        self._sign_in(self.client)
        self.assertNotEqual(self.client.session.session_key, before)

    def test_signing_out_ends_the_session(self) -> None:
        self._sign_in(self.client)
        cookie = self.client.cookies["sessionid"].value
        self.client.post("/accounts/logout/")
        replay = Client()
        replay.cookies["sessionid"] = cookie
        response = replay.get("/articles/")
        self.assertEqual(response.status_code, 302)
        self.assertIn("/accounts/login/", response["Location"])

    def test_a_password_change_ends_other_sessions(self) -> None:
        other = Client()
        self._sign_in(other)
        self.assertEqual(other.get("/articles/").status_code, 200)
        self.user.set_password("a-new-long-passphrase")
        self.user.save()
        self.assertEqual(other.get("/articles/").status_code, 302)

    def test_a_deactivated_user_loses_session_and_token(self) -> None:
        self._sign_in(self.client)
        token = Token.objects.create(user=self.user)
        self.user.is_active = False
        self.user.save()
        self.assertEqual(self.client.get("/articles/").status_code, 302)
        response = Client().get(
            "/api/v1/articles/", HTTP_AUTHORIZATION=f"Token {token.key}"
        )
        self.assertEqual(response.status_code, 401)

    def test_a_token_in_the_query_string_is_not_accepted(self) -> None:
        token = Token.objects.create(user=self.user)
        response = Client().get(f"/api/v1/articles/?token={token.key}")
        self.assertEqual(response.status_code, 401)
        ok = Client().get("/api/v1/articles/", HTTP_AUTHORIZATION=f"Token {token.key}")
        self.assertEqual(ok.status_code, 200)

    def test_sign_in_without_a_csrf_token_is_refused(self) -> None:
        client = Client(enforce_csrf_checks=True)
        response = client.post(
            "/accounts/login/",
            {"username": "alice", "password": "correct-horse-battery"},
        )
        self.assertEqual(response.status_code, 403)

    def test_the_session_api_refuses_writes_without_csrf(self) -> None:
        client = Client(enforce_csrf_checks=True)
        client.force_login(self.user)
        response = client.post(
            "/api/v1/articles/",
            {"title": "T", "body": "Body text with 5 percent."},
            content_type="application/json",
        )
        self.assertEqual(response.status_code, 403)
