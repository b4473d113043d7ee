"""Adding an article: by paste or upload; bad input is refused with a message."""

from __future__ import annotations

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from annotations.models import Article
from tests.base import BaseTestCase

BODY = (
    "The regional water authority said on Tuesday that leaks cost 12.5 million "
    "litres a day, about 18 percent of supply, and that repairs would take "
    "three years.\n\nThe plan costs 240 million euros."
)


class ArticleNewTests(BaseTestCase):
    def post(self, **data):
        fields = {
            "title": "Leaks drain a fifth of the water supply",
            "url": "https://news.example.org/water",
            "outlet": "Example Daily",
            "byline": "J. Doe",
            "published": "2024-05-07",
            "language": "en",
            "body": BODY,
        }
        fields.update(data)
        self.client.force_login(self.alice)
        return self.client.post("/articles/new/", fields)

    def test_it_shows_the_form(self):
        self.client.force_login(self.alice)
        r = self.client.get("/articles/new/")
        self.assertContains(r, '<label for="id_body">Article text</label>', html=True)

    def test_it_adds_a_pasted_article_and_opens_its_review_page(self):
        r = self.post()
        article = Article.objects.get(title="Leaks drain a fifth of the water supply")
        self.assertRedirects(r, f"/articles/{article.pk}/")
        self.assertEqual(article.body, BODY)
        self.assertEqual(article.added_by, self.alice)
        self.assertEqual(str(article.published), "2024-05-07")

    def test_it_adds_an_uploaded_html_file_as_readable_text(self):
        html = (
            b"<html><head><style>p{}</style><script>alert(1)</script></head><body>"
            b"<p>Fares rose <b>9 percent</b> in 2023.</p><p>Ridership fell.</p></body>"
        )
        upload = SimpleUploadedFile("story.html", html, content_type="text/html")
        r = self.post(body="", upload=upload)
        article = Article.objects.get(title="Leaks drain a fifth of the water supply")
        self.assertRedirects(r, f"/articles/{article.pk}/")
        self.assertEqual(
            article.body, "Fares rose 9 percent in 2023.\n\nRidership fell."
        )

    def test_it_adds_an_uploaded_text_file(self):
        upload = SimpleUploadedFile(
            "story.txt", BODY.encode(), content_type="text/plain"
        )
        self.post(body="", upload=upload)
        self.assertEqual(Article.objects.get(outlet="Example Daily").body, BODY)

    def assertRefused(self, r, message):
        self.assertEqual(r.status_code, 400)
        self.assertContains(r, message, status_code=400)
        self.assertFalse(Article.objects.filter(outlet="Example Daily").exists())

    def test_it_refuses_an_empty_body(self):
        self.assertRefused(
            self.post(body="   \n "), "Paste the article text or upload a file."
        )

    def test_it_refuses_a_nul_character(self):
        self.assertRefused(
            self.post(body="Tax fell 3 percent.\x00"), "Null characters are not allowed"
        )

    @override_settings(FACTCHECK_MAX_ARTICLE_CHARS=100)
    def test_it_refuses_an_oversize_article(self):
        self.assertRefused(self.post(), "The article is too long")

    @override_settings(FACTCHECK_MAX_UPLOAD_BYTES=50)
    def test_it_refuses_an_oversize_upload(self):
        upload = SimpleUploadedFile(
            "story.txt", BODY.encode(), content_type="text/plain"
        )
        self.assertRefused(self.post(body="", upload=upload), "The file is too large")

    def test_it_refuses_a_javascript_url(self):
        self.assertRefused(
            self.post(url="javascript:alert(1)"),
            "Enter an http:// or https:// address.",
        )

    def test_it_refuses_other_file_types(self):
        upload = SimpleUploadedFile(
            "story.pdf", b"%PDF-1.4", content_type="application/pdf"
        )
        self.assertRefused(
            self.post(body="", upload=upload), "Upload a .txt or .html file"
        )

    def test_it_refuses_a_file_that_is_not_utf8(self):
        upload = SimpleUploadedFile("story.txt", "Café 5 €".encode("utf-16"))
        self.assertRefused(self.post(body="", upload=upload), "not UTF-8")

    def test_it_refuses_both_paste_and_upload(self):
        upload = SimpleUploadedFile("story.txt", BODY.encode())
        self.assertRefused(self.post(upload=upload), "not both")

    def test_an_empty_post_shows_the_errors(self):
        self.client.force_login(self.alice)
        r = self.client.post("/articles/new/", {})
        self.assertContains(r, "The article was not saved.", status_code=400)
        self.assertContains(r, "This field is required.", status_code=400)

    def test_it_redirects_signed_out_users(self):
        r = self.client.get("/articles/new/")
        self.assertRedirects(r, "/accounts/login/?next=/articles/new/")

    def test_it_refuses_users_without_a_role(self):
        self.client.force_login(self.charlie)
        self.assertEqual(
            self.client.post("/articles/new/", {"title": "x"}).status_code, 404
        )
