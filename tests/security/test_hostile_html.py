"""Hostile HTML costs linear work: doubling the nesting at most doubles the
tokenizer's events, for every shape that made tree builders (or html.parser)
quadratic, and the 1.65 MB nested page that held a worker goes through the API
and the upload form at once.

Work is counted in tokenizer events (``htmltext.convert``), never timed.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from hypothesis import given, settings
from hypothesis import strategies as st

from annotations.htmltext import convert, html_to_text
from annotations.models import Article
from tests.api.base import APITestCase

#: Shapes whose cost grew with the square of their size somewhere: nested
#: blocks (tree builders check the open-element stack per tag), unclosed
#: paragraphs and formatting elements (implied end tags, the adoption agency),
#: stray end tags, and the unterminated constructs that make html.parser scan
#: to the end of the input again and again.
SHAPES: dict[str, Callable[[int], str]] = {
    "nested div": lambda n: "<div>" * n + "text" + "</div>" * n,
    "nested div, never closed": lambda n: "<div>" * n + "text",
    "unclosed p": lambda n: "<p>text " * n,
    "nested formatting": lambda n: "<b><i><u>text " * n,
    "nested tables": lambda n: "<table><tr><td>" * n + "text",
    "nested lists": lambda n: "<ul><li>" * n + "text",
    "stray end tags": lambda n: "</p></div>" * n + "text",
    "nested templates": lambda n: "<template>" * n + "text",
    "unterminated end tags": lambda n: "</" * n,
    "unterminated tags": lambda n: "<a " * n,
    "unterminated comments": lambda n: "<!--" * n,
    "unterminated attributes": lambda n: '<a title="' * n,
    "unclosed scripts": lambda n: "<script>" * n + "</scrip" * n,
    "markup declarations": lambda n: "<!" * n + "<?" * n,
    "entities": lambda n: "&amp;&#x41;&bogus;&" * n,
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_doubling_the_nesting_at_most_doubles_the_work(shape: str) -> None:
    make = SHAPES[shape]
    small, large = convert(make(20_000)), convert(make(40_000))
    assert large.events <= 2 * small.events + 2, (shape, small.events, large.events)
    assert large.text.count("text") <= max(1, 2 * small.text.count("text"))


def test_the_page_that_held_a_worker_is_work_in_proportion_to_its_size() -> None:
    page = "<div>" * 330_000 + "x"  # 1.65 MB
    assert len(page) == 1_650_001
    result = convert(page)
    assert result.text == "x"
    assert result.events == 330_001  # one per tag and one for the text


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "<",
                ">",
                "/",
                "!",
                "-",
                "?",
                "=",
                '"',
                "'",
                "&",
                " ",
                "\n",
                "div",
                "p",
                "script",
                "a",
                "x",
                "<div>",
                "</div>",
                "<!--",
                "-->",
                "<p>",
                "é",
            ]
        ),
        max_size=200,
    ).map("".join)
)
def test_every_event_consumes_input(document: str) -> None:
    """The invariant behind the linear cost: each event eats at least one
    character, so there are never more events than characters."""
    assert convert(document).events <= len(document)


def test_the_text_is_what_a_reader_sees() -> None:
    cases = {
        "<p>One <b>two</b></p><script>x()</script><p>Three</p>": "One two\n\nThree",
        "<title>Tab</title><h1>Head</h1>Body &amp; more": "Head\n\nBody & more",
        '<a href="x>y">link</a> a < b <!-- c --> end': "link a < b end",
        "<style>p{}</style><noscript>no</noscript><template>t</template>ok": "ok",
        "<textarea>field</textarea><iframe>frame</iframe>kept": "kept",
        "<xmp><b>shown as is</b></xmp>": "<b>shown as is</b>",
        "<p>unclosed <div>nested</p> text": "unclosed\n\nnested\n\ntext",
        "line<br>break": "line\n\nbreak",
        "<svg><text>chart label</text></svg>prose": "prose",
        "<": "<",
        "": "",
    }
    for html, text in cases.items():
        assert html_to_text(html) == text, html


class NestedHtmlThroughTheDeskTests(APITestCase):
    PAGE = "<div>" * 330_000 + "<p>The council spent $5 million.</p>"

    def test_the_api_takes_the_nested_page_at_once(self) -> None:
        data = {"title": "Nested", "html": self.PAGE}
        response = self.post("/api/v1/articles/", data, self.alice)
        self.assertEqual(response.status_code, 201, response.content[:300])
        self.assertEqual(response.json()["body"], "The council spent $5 million.")

    def test_the_upload_form_takes_the_nested_page_at_once(self) -> None:
        self.client.force_login(self.alice)
        upload = SimpleUploadedFile("nested.html", self.PAGE.encode())
        data = {"title": "Nested upload", "language": "en", "upload": upload}
        response = self.client.post("/articles/new/", data)
        article = Article.objects.get(title="Nested upload")
        self.assertRedirects(response, f"/articles/{article.pk}/")
        self.assertEqual(article.body, "The council spent $5 million.")

    def test_html_without_text_is_refused_with_a_reason(self) -> None:
        data = {"title": "Empty", "html": "<div><script>x()</script></div>"}
        response = self.post("/api/v1/articles/", data, self.alice)
        self.assertEqual(response.status_code, 422)
        self.assertIn("empty", response.json()["errors"]["body"][0])
