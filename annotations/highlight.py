"""Article text as safe HTML: paragraphs, with every claim wrapped in ``<mark>``.

Claims may nest (a figure inside a quote inside a statement) and may cross
each other or a paragraph break. The markup stays well formed: a claim that
crosses another or a paragraph break is split into several ``<mark>`` fragments
that share its ``data-claim-id``; only the first fragment carries the element
id used as a scroll anchor. The text between paragraphs is kept as text nodes,
so the container's text content equals the article body exactly (the
text-selection script relies on that to compute context).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import SafeString

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


@dataclass(frozen=True, slots=True)
class Span:
    """One claim to highlight: code-point offsets into the body, end exclusive."""

    claim_id: int
    start: int
    end: int
    kind: str = ""
    status: str = ""
    title: str = ""  # tooltip, e.g. "Money · In review"

    @property
    def order(self) -> tuple[int, int, int]:
        # Outer spans open first: earlier start, then longer, then lower id.
        return (self.start, -self.end, self.claim_id)


def paragraphs(body: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph; blank lines separate paragraphs.

    >>> paragraphs("One.\\n\\nTwo.")
    [(0, 4), (6, 10)]
    """
    result = []
    position = 0
    for match in _PARAGRAPH_BREAK.finditer(body):
        if match.start() > position:
            result.append((position, match.start()))
        position = match.end()
    if position < len(body):
        result.append((position, len(body)))
    return result


def _open_tag(span: Span, first: bool) -> SafeString:
    classes = f"hl hl-{span.kind} st-{span.status}"
    title = format_html(' title="{}"', span.title) if span.title else ""
    if first:
        return format_html(
            '<mark id="m-{}" data-claim-id="{}" class="{}"{}>',
            span.claim_id,
            span.claim_id,
            classes,
            title,
        )
    return format_html(
        '<mark data-claim-id="{}" class="{} hl-cont"{}>', span.claim_id, classes, title
    )


def _paragraph_html(
    body: str, start: int, end: int, spans: Sequence[Span], opened: set[int]
) -> list[SafeString]:
    """Marked-up text of body[start:end]; ``spans`` are those overlapping it."""
    starts: dict[int, list[Span]] = {}
    ends: dict[int, list[Span]] = {}
    cuts = {start, end}
    for span in spans:
        s, e = max(span.start, start), min(span.end, end)
        starts.setdefault(s, []).append(span)
        ends.setdefault(e, []).append(span)
        cuts.update((s, e))
    pieces: list[SafeString] = []
    active: list[tuple[tuple[int, int, int], Span]] = []
    stack: list[Span] = []

    for here, nxt in pairwise(sorted(cuts)):
        for span in ends.get(here, ()):
            active.remove((span.order, span))
        for span in starts.get(here, ()):
            bisect.insort(active, (span.order, span))
        wanted = [span for _, span in active]
        common = 0
        while (
            common < len(stack)
            and common < len(wanted)
            and stack[common] is wanted[common]
        ):
            common += 1
        pieces.extend(SafeString("</mark>") for _ in stack[common:])
        for span in wanted[common:]:
            pieces.append(_open_tag(span, span.claim_id not in opened))
            opened.add(span.claim_id)
        stack = wanted
        pieces.append(escape(body[here:nxt]))
    pieces.extend(SafeString("</mark>") for _ in stack)
    return pieces


def highlight(body: str, spans: Iterable[Span]) -> SafeString:
    """The body as ``<p>`` paragraphs with each span wrapped in ``<mark>``.

    Spans outside the body or empty are ignored. Runs in one sweep over the
    spans sorted by start (cost grows with the number of spans times their
    nesting depth, which is small).

    >>> str(highlight("a 5 b", [Span(7, 2, 3, "count", "open")]))
    '<p>a <mark id="m-7" data-claim-id="7" class="hl hl-count st-open">5</mark> b</p>'
    """
    valid = sorted(
        (s for s in spans if 0 <= s.start < s.end <= len(body)),
        key=lambda s: s.order,
    )
    pieces: list[SafeString] = []
    opened: set[int] = set()
    # Spans still able to reach the current paragraph, in start order.
    pending: list[Span] = []
    next_span = 0
    position = 0
    for p_start, p_end in paragraphs(body):
        if p_start > position:
            pieces.append(escape(body[position:p_start]))
        while next_span < len(valid) and valid[next_span].start < p_end:
            pending.append(valid[next_span])
            next_span += 1
        pending = [s for s in pending if s.end > p_start]
        inside = [s for s in pending if s.start < p_end]
        pieces.append(SafeString("<p>"))
        pieces.extend(_paragraph_html(body, p_start, p_end, inside, opened))
        pieces.append(SafeString("</p>"))
        position = p_end
    if position < len(body):
        pieces.append(escape(body[position:]))
    return format_html_join("", "{}", ((piece,) for piece in pieces))
