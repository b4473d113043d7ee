"""Personas shared by database tests: alice and bob review, erin edits, charlie has no role."""

from __future__ import annotations

from typing import Any

from django.test import TestCase

from annotations.models import Article, Claim
from tests.factories import make_article, make_claim, make_user


class BaseTestCase(TestCase):
    alice: Any
    bob: Any
    erin: Any
    charlie: Any
    article: Article
    claim: Claim

    @classmethod
    def setUpTestData(cls) -> None:
        cls.alice = make_user("alice", role="reviewer")
        cls.bob = make_user("bob", role="reviewer")
        cls.erin = make_user("erin", role="editor")
        cls.charlie = make_user("charlie")
        cls.article = make_article()
        cls.claim = make_claim(cls.article)
