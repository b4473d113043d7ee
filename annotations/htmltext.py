"""Reduce uploaded HTML to readable plain text, keeping paragraphs.

nh3 (the Rust ammonia sanitizer) removes scripts, styles and every tag but the
block structure; a small HTMLParser pass then turns blocks into paragraphs.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import nh3

BLOCK_TAGS = {
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "tr", "section", "article", "header", "footer", "pre",
}  # fmt: skip
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._current: list[str] = []

    def _flush(self) -> None:
        text = _SPACES.sub(" ", "".join(self._current)).strip()
        text = re.sub(r" ?\n ?", " ", text)
        if text:
            self.paragraphs.append(text)
        self._current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in BLOCK_TAGS:
            self._flush()

    def handle_data(self, data: str) -> None:
        self._current.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def html_to_text(html: str) -> str:
    """Readable text of an HTML document, one blank line between paragraphs.

    >>> html_to_text("<p>One <b>two</b></p><script>x()</script><p>Three</p>")
    'One two\\n\\nThree'
    """
    cleaned = nh3.clean(
        html,
        tags=BLOCK_TAGS,
        attributes={},
        clean_content_tags={"script", "style", "template", "noscript", "title"},
        strip_comments=True,
        link_rel=None,
    )
    collector = _TextCollector()
    collector.feed(cleaned)
    collector.close()
    return "\n\n".join(collector.paragraphs)
