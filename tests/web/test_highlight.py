"""Highlight markup: escaping, nesting, crossing spans and paragraph breaks."""

from __future__ import annotations

from html import unescape
from html.parser import HTMLParser

from hypothesis import given
from hypothesis import strategies as st

from annotations.highlight import Span, highlight, paragraphs


class _Checker(HTMLParser):
    """Collects text and checks every tag is closed in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.marked: dict[int, str] = {}
        self.ids: list[str] = []
        self._open_ids: list[int] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "p":
            assert not self.stack, "paragraph opened inside another element"
        self.stack.append(tag)
        values = dict(attrs)
        if tag == "mark":
            self._open_ids.append(int(values["data-claim-id"] or 0))
            if values.get("id"):
                self.ids.append(values["id"] or "")

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"unbalanced </{tag}>"
        self.stack.pop()
        if tag == "mark":
            self._open_ids.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        for claim_id in self._open_ids:
            self.marked[claim_id] = self.marked.get(claim_id, "") + data


def check(body: str, spans: list[Span]) -> _Checker:
    checker = _Checker()
    checker.feed(str(highlight(body, spans)))
    checker.close()
    assert not checker.stack
    assert "".join(checker.text) == body
    return checker


def test_it_wraps_a_claim_in_a_mark():
    html = str(highlight("Cost: 5 euros.", [Span(3, 6, 13, "money", "open")]))
    assert html == (
        '<p>Cost: <mark id="m-3" data-claim-id="3" class="hl hl-money st-open">'
        "5 euros</mark>.</p>"
    )


def test_it_adds_an_escaped_tooltip():
    html = str(highlight("a 5 b", [Span(1, 2, 3, "count", "open", 'Count "x"')]))
    assert 'title="Count &quot;x&quot;"' in html


def test_it_escapes_article_text():
    body = '<script>alert("x")</script> & 5 <b>'
    html = str(highlight(body, [Span(1, 30, 31, "count", "open")]))
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "<b>" not in html
    assert unescape(html.replace("<p>", "").replace("</p>", "")).count("alert") == 1


def test_it_nests_a_figure_inside_a_quote():
    body = 'She said "it cost 45 million euros" on Monday.'
    quote = Span(1, 9, 35, "quote", "open")
    money = Span(2, 18, 34, "money", "approved")
    checker = check(body, [money, quote])
    assert checker.marked == {1: '"it cost 45 million euros"', 2: "45 million euros"}
    html = str(highlight(body, [money, quote]))
    assert html.index('data-claim-id="1"') < html.index('data-claim-id="2"')
    assert html.count("<mark") == 2


def test_it_splits_crossing_claims_into_fragments():
    body = "aaaa bbbb cccc"
    first = Span(1, 0, 9, "statement", "open")
    second = Span(2, 5, 14, "quote", "open")
    checker = check(body, [first, second])
    assert checker.marked == {1: "aaaa bbbb", 2: "bbbb cccc"}
    assert sorted(checker.ids) == ["m-1", "m-2"]


def test_it_keeps_paragraphs_and_splits_claims_across_them():
    body = "First 10 days.\n\nSecond 20 days.\n\n\nThird."
    assert paragraphs(body) == [(0, 14), (16, 31), (34, 40)]
    span = Span(4, 6, 24, "quote", "open")
    checker = check(body, [span])
    html = str(highlight(body, [span]))
    assert html.count("<p>") == 3
    assert html.count('data-claim-id="4"') == 2
    assert checker.ids == ["m-4"]


def test_it_ignores_spans_outside_the_body():
    check("short", [Span(1, 3, 99), Span(2, 4, 4), Span(3, -1, 2)])
    assert "<mark" not in str(highlight("short", [Span(1, 3, 99)]))


def test_it_handles_emoji_and_combining_characters():
    body = "Cafe\u0301 👍🏽 sold 12 cups"
    start = body.index("12")
    checker = check(body, [Span(1, start, start + 2, "count", "open")])
    assert checker.marked == {1: "12"}


def test_it_handles_many_claims_quickly():
    body = " ".join(f"w{i} {i}" for i in range(10_000))
    spans = []
    position = 0
    for i in range(500):
        position = body.index(f" {i * 20} ", position) + 1
        spans.append(Span(i, position, position + len(str(i * 20)), "count", "open"))
    checker = check(body, spans)
    assert len(checker.ids) == 500


@st.composite
def bodies_and_spans(draw):
    body = draw(st.text(alphabet="ab <&\n\"'é👍", min_size=1, max_size=60))
    spans = []
    for claim_id in range(draw(st.integers(0, 8))):
        start = draw(st.integers(0, len(body) - 1))
        end = draw(st.integers(start + 1, len(body)))
        spans.append(Span(claim_id, start, end, "count", "open"))
    return body, spans


@given(bodies_and_spans())
def test_markup_is_balanced_and_keeps_the_text(case):
    body, spans = case
    checker = check(body, spans)
    for span in spans:
        # Paragraph breaks inside a span are not marked; everything else is.
        inside = body[span.start : span.end]
        marked = checker.marked.get(span.claim_id, "")
        assert len(marked) <= len(inside)
        assert marked.replace("\n", "").replace(" ", "") == "".join(
            part
            for start, end in paragraphs(body)
            for part in [body[max(start, span.start) : min(end, span.end)]]
            if max(start, span.start) < min(end, span.end)
        ).replace("\n", "").replace(" ", "")
