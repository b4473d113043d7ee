"""Sign-in throttling: repeated failures lock the username+IP pair on every sign-in path."""

from __future__ import annotations

from django.test import TestCase, override_settings

from tests.factories import make_user

SIGN_IN_PATHS = ["/accounts/login/", "/admin/login/"]


@override_settings(AXES_FAILURE_LIMIT=5)
class SignInThrottlingTests(TestCase):
    def setUp(self) -> None:
        self.user = make_user(
            "alice", role="reviewer", password="correct-horse-battery"
        )

    def _attempt(self, path: str, password: str) -> int:
        response = self.client.post(
            path, {"username": "alice", "password": password}, REMOTE_ADDR="203.0.113.9"
        )
        return int(response.status_code)

    def test_five_failures_lock_out_even_the_right_password(self) -> None:
        for path in SIGN_IN_PATHS:
            with self.subTest(path=path):
                from axes.utils import reset

                reset()
                for _ in range(4):
                    self.assertEqual(self._attempt(path, "wrong"), 200)
                # The fifth failure locks the pair; the right password no longer helps.
                self.assertEqual(self._attempt(path, "wrong"), 429)
                self.assertEqual(self._attempt(path, "correct-horse-battery"), 429)

    def test_a_successful_sign_in_does_not_count_as_a_failure(self) -> None:
        for _ in range(4):
            self._attempt("/accounts/login/", "wrong")
        self.assertEqual(
            self._attempt("/accounts/login/", "correct-horse-battery"), 302
        )
        self.client.logout()
        # The counter was reset by the success: four more failures are allowed.
        for _ in range(4):
            self.assertEqual(self._attempt("/accounts/login/", "wrong"), 200)

    def test_the_lockout_is_per_username_and_address(self) -> None:
        for _ in range(5):
            self._attempt("/accounts/login/", "wrong")
        response = self.client.post(
            "/accounts/login/",
            {"username": "alice", "password": "correct-horse-battery"},
            REMOTE_ADDR="198.51.100.20",
        )
        self.assertEqual(response.status_code, 302)
