"""Security events become one JSON log line each, whatever the user typed."""

from __future__ import annotations

import io
import json
import logging

from django.test import TestCase

from factcheck.logging import JsonFormatter
from tests.factories import make_article, make_user


class SecurityLogTests(TestCase):
    def setUp(self) -> None:
        self.stream = io.StringIO()
        self.handler = logging.StreamHandler(self.stream)
        self.handler.setFormatter(JsonFormatter())
        logging.getLogger("factcheck.security").addHandler(self.handler)

    def tearDown(self) -> None:
        logging.getLogger("factcheck.security").removeHandler(self.handler)

    def _events(self) -> list[dict[str, str]]:
        return [json.loads(line) for line in self.stream.getvalue().splitlines()]

    def test_a_failed_sign_in_is_one_line_even_with_injected_newlines(self) -> None:
        username = 'mallory\r\n{"event": "login", "outcome": "ok"}\n\x1b[31m'
        self.client.post("/accounts/login/", {"username": username, "password": "x"})
        events = self._events()
        self.assertEqual(len(events), 1)
        self.assertEqual(events[0]["event"], "login_failed")
        self.assertEqual(events[0]["actor"], username)
        self.assertTrue(events[0]["time"].endswith("+00:00"))

    def test_a_user_without_a_role_reading_an_article_is_logged(self) -> None:
        charlie = make_user("charlie")
        article = make_article()
        self.client.force_login(charlie)
        response = self.client.get(f"/articles/{article.pk}/")
        self.assertEqual(response.status_code, 404)
        events = self._events()
        self.assertTrue(events)
        self.assertEqual(events[-1]["actor"], "charlie")
        self.assertEqual(events[-1]["outcome"], "404")
