"""An article is stored once: repeated text, the CMS's external_id and the
Idempotency-Key header make retries safe; languages are BCP 47, and a language
detection does not cover is stored with a clear note instead of 0 claims."""

from __future__ import annotations

from typing import Any

from django.test import TestCase
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase as HypothesisTestCase

from annotations import detection
from annotations.languages import (
    LANGUAGE_PATTERN,
    language_name,
    normalize_language,
)
from annotations.models import Article, IdempotencyKey
from tests.api.base import APITestCase

STORY = (
    "The harbour board said on Thursday that the new quay cost 62 million euros, "
    "a fifth more than planned."
)


class DuplicateTextTests(APITestCase):
    def create(
        self, user: Any = None, headers: dict[str, str] | None = None, **data: Any
    ) -> Any:
        payload = {
            "title": "Quay costs rise",
            "body": STORY,
            "outlet": "Coast Post",
            **data,
        }
        client = self.client_for(user or self.alice)
        return client.post("/api/v1/articles/", payload, format="json", headers=headers)

    def test_the_same_text_from_the_same_outlet_returns_the_stored_article(
        self,
    ) -> None:
        first = self.create()
        self.assertEqual(first.status_code, 201)
        again = self.create(title="Quay costs rise (resent)", outlet="coast post")
        self.assertEqual(again.status_code, 200, again.content[:300])
        self.assertEqual(again.json()["id"], first.json()["id"])
        self.assertEqual(
            again["Content-Location"], f"/api/v1/articles/{first.json()['id']}/"
        )
        self.assertEqual(Article.objects.count(), 2)  # the fixture's and this one

    def test_another_outlet_needs_allow_copy(self) -> None:
        first = self.create().json()
        refused = self.create(outlet="River Times")
        self.assertEqual(refused.status_code, 409)
        body = refused.json()
        self.assertEqual(body["code"], "duplicate_text")
        self.assertEqual(body["existing"]["id"], first["id"])
        self.assertIn("allow_copy", body["detail"])
        copy = self.create(outlet="River Times", allow_copy=True)
        self.assertEqual(copy.status_code, 201)
        self.assertNotEqual(copy.json()["id"], first["id"])

    def test_a_known_external_id_returns_its_article_or_409s_on_new_text(self) -> None:
        first = self.create(external_id="cms-4711").json()
        again = self.create(external_id="cms-4711", title="Retitled")
        self.assertEqual(again.status_code, 200)
        self.assertEqual(again.json()["id"], first["id"])
        self.assertEqual(again.json()["title"], "Quay costs rise")  # unchanged
        changed = self.create(external_id="cms-4711", body=STORY + " It opens in May.")
        self.assertEqual(changed.status_code, 409)
        self.assertEqual(changed.json()["code"], "external_id_changed")
        self.assertIn("not supported yet", changed.json()["detail"])
        self.assertEqual(Article.objects.filter(external_id="cms-4711").count(), 1)
        # Unique per outlet: another outlet's CMS may use the same ID.
        other = self.create(
            external_id="cms-4711", outlet="River Times", body="Other text, 5 euros."
        )
        self.assertEqual(other.status_code, 201)

    def test_an_idempotency_key_replays_and_refuses_reuse(self) -> None:
        key = {"Idempotency-Key": "7c9e6679-7425-40de-944b-e07fc1f90ae7"}
        first = self.create(headers=key)
        self.assertEqual(first.status_code, 201)
        replay = self.create(headers=key)
        self.assertEqual(replay.status_code, 200)
        self.assertEqual(replay["Idempotent-Replayed"], "true")
        self.assertEqual(replay.json()["id"], first.json()["id"])
        reused = self.create(headers=key, body="A different story about 3 ferries.")
        self.assertEqual(reused.status_code, 409)
        self.assertEqual(reused.json()["code"], "idempotency_key_reused")
        # Keys are per user: bob's key of the same name is his own.
        self.assertEqual(
            self.create(self.bob, key, body="Bob's 4 boats.").status_code, 201
        )
        self.assertEqual(IdempotencyKey.objects.count(), 2)

    def test_bad_idempotency_keys_get_400(self) -> None:
        response = self.create(headers={"Idempotency-Key": "k" * 201})
        self.assertEqual(response.status_code, 400)
        self.assertIn("Idempotency-Key", response.json()["errors"])


class WebDuplicateTests(APITestCase):
    def submit(self, **data: Any) -> Any:
        self.client.force_login(self.alice)
        fields = {
            "title": "Quay",
            "language": "en",
            "body": STORY,
            "outlet": "Coast Post",
        }
        return self.client.post("/articles/new/", {**fields, **data})

    def test_the_same_article_is_refused_with_a_link_and_no_way_around(self) -> None:
        self.submit()
        existing = Article.objects.get(title="Quay")
        response = self.submit(title="Quay again")
        self.assertContains(response, "already on the desk", status_code=409)
        self.assertContains(
            response, f'href="/articles/{existing.pk}/"', status_code=409
        )
        self.assertNotContains(response, 'name="allow_copy"', status_code=409)
        self.assertFalse(Article.objects.filter(title="Quay again").exists())

    def test_a_copy_from_another_outlet_can_be_added_on_purpose(self) -> None:
        self.submit()
        response = self.submit(outlet="River Times", title="Quay (River Times)")
        self.assertContains(response, 'name="allow_copy"', status_code=409)
        response = self.submit(
            outlet="River Times", title="Quay (River Times)", allow_copy="on"
        )
        copy = Article.objects.get(title="Quay (River Times)")
        self.assertRedirects(response, f"/articles/{copy.pk}/")


class LanguageTests(APITestCase):
    def create(self, language: str) -> Any:
        data = {"title": "t", "body": f"{STORY} ({language})", "language": language}
        return self.post("/api/v1/articles/", data, self.alice)

    def test_tags_are_validated_and_stored_canonically(self) -> None:
        for given_tag, stored in (
            ("EN-gb", "en-GB"),
            ("eng", "en"),
            ("zh-hant-tw", "zh-Hant-TW"),
        ):
            response = self.create(given_tag)
            self.assertEqual(response.status_code, 201, response.content[:200])
            self.assertEqual(response.json()["language"], stored)
        for bad in ("english", "en_GB", "x", "en-", "de-CH-1996-fonipa", "12"):
            response = self.create(bad)
            self.assertEqual(response.status_code, 400, bad)
            self.assertIn("language", response.json()["errors"])

    def test_an_unsupported_language_is_stored_and_clearly_marked(self) -> None:
        response = self.create("it")
        self.assertEqual(response.status_code, 201)
        article = response.json()
        self.assertEqual(article["detection_status"], "skipped")
        self.assertEqual(
            article["detection_message"],
            "Automatic detection is not available for Italian.",
        )
        self.assertEqual(article["claims"], [])
        self.client.force_login(self.alice)
        page = self.client.get(f"/articles/{article['id']}/")
        self.assertContains(page, "Automatic detection is not available for Italian.")
        listing = self.client.get("/articles/")
        self.assertContains(listing, "No automatic detection")
        # Re-running detection says the same, not "failed".
        self.client.force_login(self.erin)
        rerun = self.client.post(f"/articles/{article['id']}/detect/", follow=True)
        self.assertContains(rerun, "not available for Italian")

    def test_the_detection_package_names_what_it_supports(self) -> None:
        self.assertEqual(
            {"en", "es", "fr", "de"} & detection.supported_languages(),
            {"en", "es", "fr", "de"},
        )
        self.assertNotIn("it", detection.supported_languages())
        self.assertTrue(issubclass(detection.UnsupportedLanguage, ValueError))
        with self.assertRaises(detection.UnsupportedLanguage):
            detection.detect("Ha speso 5 milioni di euro.", language="it")

    def test_the_web_form_takes_the_same_tags(self) -> None:
        self.client.force_login(self.alice)
        data = {"title": "Canon", "body": STORY + " web", "language": "PT-br"}
        self.client.post("/articles/new/", data)
        self.assertEqual(Article.objects.get(title="Canon").language, "pt-BR")
        data = {"title": "Bad", "body": STORY + " bad", "language": "portuguese"}
        response = self.client.post("/articles/new/", data)
        self.assertContains(response, "BCP 47", status_code=400)


class LanguageNameTests(TestCase):
    def test_names_come_from_babel(self) -> None:
        self.assertEqual(language_name("de-CH"), "German (Switzerland)")
        self.assertEqual(language_name("qaa"), "qaa")


class LanguageInvariantTests(HypothesisTestCase):
    @given(st.from_regex(LANGUAGE_PATTERN, fullmatch=True))
    def test_every_tag_the_schema_allows_is_accepted_and_canonical(
        self, tag: str
    ) -> None:
        canonical = normalize_language(tag)
        self.assertEqual(normalize_language(canonical), canonical)
        self.assertEqual(canonical.lower(), normalize_language(tag.upper()).lower())
