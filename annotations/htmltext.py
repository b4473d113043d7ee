"""Reduce uploaded HTML to readable plain text, keeping paragraphs, in linear time.

The text is all the desk keeps: the article's own markup is never rendered, so
no tree is built. A small tokenizer modelled on the HTML5 tokenizer (data,
tags with quoted attributes, comments, markup declarations, raw-text and
RCDATA elements) walks the document once; block tags start a new paragraph and
the contents of scripts, styles, templates and the like are dropped.

Why not a tree builder: building the HTML5 tree checks the stack of open
elements at every tag, so a document nested N deep costs N * N. A 1.65 MB page
of nested ``<div>`` held a server worker for over a minute that way. Here each
step consumes at least one character and every search runs forward from the
current position, so the work is proportional to the length of the input.
(``html.parser`` is not used either: on Python before 3.11.13 it re-scans the
rest of the input for each unterminated ``</``.)
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

#: Tags that end a paragraph when they open or close.
BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "caption", "dd",
        "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
        "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    }
)  # fmt: skip
#: Elements whose text is raw up to their end tag and is not article text.
RAW_TEXT_SKIPPED = frozenset(
    {
        "script",
        "style",
        "iframe",
        "noembed",
        "noframes",
        "noscript",
        "title",
        "textarea",
    }
)
#: Raw-text elements whose text is kept (a legacy preformatted block).
RAW_TEXT_KEPT = frozenset({"xmp"})
#: Elements parsed as usual whose content is still not article text.
SKIPPED_CONTENT = frozenset({"template", "svg", "math"})

_TEXT = re.compile(r"[^<]+")
_TAG_NAME = re.compile(r"[A-Za-z][^\t\n\f\r />]*")
# One attribute: a name, then optionally "=" and a quoted or bare value. A
# quoted value with no closing quote runs to the end (the tag is then cut off
# by the end of the input, as a browser would drop it).
_ATTRIBUTE = re.compile(
    r"""[\t\n\f\r /]*(?:[^\t\n\f\r />][^\t\n\f\r /=>]*"""
    r"""(?:[\t\n\f\r ]*=[\t\n\f\r ]*(?:"[^"]*"?|'[^']*'?|[^\t\n\f\r >]*))?)?"""
)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_NEWLINES = re.compile(r" ?\n ?")


@dataclass
class Conversion:
    """The text of a document and the work done to get it.

    ``events`` counts the tokenizer's steps (text runs, tags, comments); it is
    what the tests measure, since a timer would say more about the machine.
    """

    text: str
    events: int
    paragraphs: list[str] = field(default_factory=list)


class _Collector:
    def __init__(self) -> None:
        self.paragraphs: list[str] = []
        self.current: list[str] = []
        self.skip_depth = 0

    def text(self, data: str) -> None:
        if not self.skip_depth:
            self.current.append(data)

    def tag(self, name: str, *, end: bool) -> None:
        if name in SKIPPED_CONTENT:
            # A counter, not a stack: unmatched tags cost nothing extra.
            self.skip_depth = max(0, self.skip_depth + (-1 if end else 1))
        if name in BLOCK_TAGS:
            self.flush()

    def flush(self) -> None:
        text = html.unescape("".join(self.current))
        text = _NEWLINES.sub(" ", _SPACES.sub(" ", text).strip())
        if text:
            self.paragraphs.append(text)
        self.current = []


def convert(document: str) -> Conversion:
    """Tokenize ``document`` once and collect its readable text."""
    out = _Collector()
    events = 0
    position, length = 0, len(document)
    while position < length:
        events += 1
        if document[position] != "<":
            match = _TEXT.match(document, position)
            assert match is not None
            out.text(match.group())
            position = match.end()
            continue
        position = _markup(document, position, out)
    out.flush()
    return Conversion(
        text="\n\n".join(out.paragraphs), events=events, paragraphs=out.paragraphs
    )


def _markup(document: str, position: int, out: _Collector) -> int:
    """Consume the markup starting with ``<`` at ``position``; return where it ends."""
    rest = document.startswith
    if rest("<!--", position):
        end = document.find("-->", position + 4)
        return len(document) if end < 0 else end + 3
    if rest("<!", position) or rest("<?", position) or rest("</>", position):
        end = document.find(">", position + 2)
        return len(document) if end < 0 else end + 1
    closing = rest("</", position)
    name_at = position + (2 if closing else 1)
    name_match = _TAG_NAME.match(document, name_at)
    if name_match is None:
        if closing:  # "</" + anything else is a bogus comment up to ">"
            end = document.find(">", position + 2)
            return len(document) if end < 0 else end + 1
        out.text("<")
        return position + 1
    name = name_match.group().lower()
    position = name_match.end()
    while True:
        attribute = _ATTRIBUTE.match(document, position)
        assert attribute is not None
        if attribute.end() == position:
            break
        position = attribute.end()
    if position >= len(document):
        return position  # cut off by the end of the input: dropped
    position += 1  # the ">" that ends the tag
    out.tag(name, end=closing)
    if not closing and (name in RAW_TEXT_SKIPPED or name in RAW_TEXT_KEPT):
        return _raw_text(document, position, name, out)
    if not closing and name == "plaintext":
        out.text(document[position:])
        return len(document)
    return position


def _raw_text(document: str, position: int, name: str, out: _Collector) -> int:
    """Skip (or keep) the text of a raw-text element up to its end tag."""
    end_tag = re.compile(rf"</{re.escape(name)}[\t\n\f\r />]", re.IGNORECASE)
    match = end_tag.search(document, position)
    end = match.start() if match else len(document)
    if name in RAW_TEXT_KEPT:
        out.text(document[position:end])
    return end


def html_to_text(document: str) -> str:
    """Readable text of an HTML document, one blank line between paragraphs.

    >>> html_to_text("<p>One <b>two</b></p><script>x()</script><p>Three</p>")
    'One two\\n\\nThree'
    """
    return convert(document).text
