"""API test base: the personas with tokens, and request helpers."""

from __future__ import annotations

from typing import Any

from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from tests.base import BaseTestCase


class APITestCase(BaseTestCase):
    tokens: dict[str, str]

    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.tokens = {
            user.username: Token.objects.create(user=user).key
            for user in (cls.alice, cls.bob, cls.erin, cls.charlie)
        }

    def client_for(self, user: Any = None) -> APIClient:
        client = APIClient()
        if user is not None:
            client.credentials(HTTP_AUTHORIZATION=f"Token {self.tokens[user.username]}")
        return client

    def get(self, path: str, user: Any = None, **params: Any) -> Any:
        return self.client_for(user).get(path, params)

    def post(self, path: str, data: Any, user: Any = None) -> Any:
        return self.client_for(user).post(path, data, format="json")

    def count_queries(self, path: str, user: Any) -> int:
        with CaptureQueriesContext(connection) as ctx:
            response = self.get(path, user)
            if response.streaming:
                b"".join(response.streaming_content)
        self.assertEqual(response.status_code, 200)
        return len(ctx.captured_queries)
