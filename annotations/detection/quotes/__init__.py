"""Quote detector: quoted spans with the speaker the text names, if any.

Spans include their quotation marks. Double quotes (straight ``"``, curly
``“ ”``, low ``„`` and guillemets ``« »``) are paired by one left-to-right scan
that reads each straight mark as opening or closing from the characters around
it. A quote may run over several paragraphs only when each new paragraph
reopens it with an opening mark (news style); a paragraph that ends with the
quote still open otherwise drops it, and so does a quote longer than
``MAX_QUOTE_CHARS`` per paragraph, so an unclosed mark never makes the scan
go back. Single quotes count only when clearly a quote (an opening mark after
a space or bracket and a closing one before a space or punctuation: "'IS
Threat' As Catalyst"), outside double quotes.

Each quote claim carries in ``extra``: ``scare_quote`` (True for one or two
words, such as "IS units": still a quote, but reviewers may filter them out),
``attribution`` (how the speaker was found, see ``speakers``) and
``paragraphs``.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from dataclasses import dataclass, field

from ..context import Context
from ..lang import Language
from ..text.sentences import split
from ..types import Claim, Kind
from . import speakers

__all__ = ["MAX_QUOTE_CHARS", "QuoteSpan", "find", "quote_spans"]

#: Longest quote paragraph looked at; an unclosed mark is dropped after this.
MAX_QUOTE_CHARS = 2_000
#: Longest quote over all its paragraphs.
MAX_TOTAL_CHARS = 10_000

_SPACE = re.compile(r"\s*")
_OPENS_AFTER = "([{—–-/:"
_CLOSES_BEFORE = ".,;:!?)]}—–-'’…"


@dataclass(frozen=True, slots=True)
class _Marks:
    """The quotation marks of a language, as the scan uses them."""

    #: Each double mark, with a literal pattern (fast to scan for) each.
    doubles: dict[str, re.Pattern[str]]
    opening: str
    closing: str
    singles: tuple[re.Pattern[str], ...]


@functools.cache
def _marks(lang: Language) -> _Marks:
    marks = lang.quotes.marks
    doubles = marks.straight + marks.opening + marks.closing
    # A clear single-quoted phrase: no word character before the opening mark
    # (checked after the mark, so the scan can jump from mark to mark), a
    # letter or digit after it, apostrophes only inside words ("Russia's"),
    # and a closing mark before anything but a word character. One pattern
    # per opening mark: a pattern that starts with a literal finds its
    # candidates several times faster than one that starts with a class.
    every = marks.single_opening + "".join(
        c for c in marks.single_closing if c not in marks.single_opening
    )
    every, closing = re.escape(every), re.escape(marks.single_closing)
    singles = tuple(
        re.compile(
            rf"{re.escape(opening)}(?<![\w{every}].)(?=[^\W_])"
            rf"(?:[^{every}\n]|(?<=\w)[{closing}](?=\w)){{2,200}}?"
            rf"(?<=[\w.,!?])[{closing}](?![\w{closing}])"
        )
        for opening in marks.single_opening
    )
    return _Marks(
        {mark: re.compile(re.escape(mark)) for mark in doubles},
        marks.opening,
        marks.closing,
        singles,
    )


# No word in a scare quote is longer than this: longer quotes skip the count.
_SCARE_QUOTE_MAX_CHARS = 40
_WORDS = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A quoted passage ``text[start:end]``, marks included."""

    start: int
    end: int
    paragraphs: int = 1


def find(ctx: Context) -> list[Claim]:
    """Quote claims of ``ctx.text`` with their speakers.

    >>> ctx = Context.create('"We are ready," Antonov said.', published=None,
    ...                      language="en")
    >>> [(c.text, c.speaker) for c in find(ctx)]
    [('"We are ready,"', 'Antonov')]
    """
    text = ctx.text
    spans = quote_spans(ctx)
    if not spans:
        return []
    finder = speakers.SpeakerFinder(text, split(ctx), ctx.lang)
    limit = ctx.lang.quotes.scare_quote_max_words
    claims = []
    for span in spans:
        quoted = text[span.start : span.end]
        scare = _is_scare(quoted, limit)
        found = finder.speaker(span.start, span.end, scare=scare)
        claims.append(_claim(quoted, span, found, scare))
    return claims


def _claim(
    quoted: str, span: QuoteSpan, found: speakers.Attribution, scare: bool
) -> Claim:
    return Claim(
        kind=Kind.QUOTE,
        start=span.start,
        end=span.end,
        text=quoted,
        speaker=found.speaker,
        extra=(
            ("scare_quote", scare),
            ("attribution", found.how),
            ("paragraphs", span.paragraphs),
        ),
    )


def _is_scare(quoted: str, limit: int) -> bool:
    if len(quoted) > _SCARE_QUOTE_MAX_CHARS * limit:
        return False
    return len(_WORDS.findall(quoted)) <= limit


def quote_spans(ctx: Context) -> list[QuoteSpan]:
    """Every quoted passage of ``ctx.text``, in order, double and single quotes.

    >>> text = "He spoke of 'IS units' and said \\"no\\"."
    >>> quote_spans(Context.create(text, published=None, language="en"))
    [QuoteSpan(start=12, end=22, paragraphs=1), QuoteSpan(start=32, end=36, paragraphs=1)]
    """
    text, marks = ctx.text, _marks(ctx.lang)
    doubles = double_quote_spans(text, marks)
    singles = [
        span for span in single_quote_spans(text, marks) if not _overlaps(span, doubles)
    ]
    if not singles:
        return doubles
    return sorted([*doubles, *singles], key=lambda span: span.start)


def single_quote_spans(text: str, marks: _Marks) -> list[QuoteSpan]:
    """Clearly single-quoted phrases ("'IS Threat' As Catalyst").

    The two opening marks are scanned for separately; their phrases never
    overlap (neither mark can open a phrase inside another), so sorting the
    two lists gives what one scan for both would.
    """
    spans = [
        QuoteSpan(m.start(), m.end())
        for pattern in marks.singles
        for m in pattern.finditer(text)
    ]
    return sorted(spans, key=lambda span: span.start)


def _overlaps(span: QuoteSpan, spans: list[QuoteSpan]) -> bool:
    """Whether ``span`` overlaps one of ``spans`` (sorted, non-overlapping).

    Only the last of ``spans`` to start before ``span`` ends can: any earlier
    one that overlapped would leave it overlapping too.
    """
    index = bisect_right(spans, span.end - 1, key=lambda s: s.start) - 1
    return index >= 0 and spans[index].end > span.start


@dataclass(slots=True)
class _Scan:
    """State of the left-to-right pairing of double quotation marks."""

    text: str
    marks: _Marks
    spans: list[QuoteSpan] = field(default_factory=list)
    opened: int = -1
    segment: int = -1
    paragraphs: int = 1
    newline: int = -1  # the first line break after the open quote's segment

    def open(self, at: int) -> None:
        self.opened = self.segment = at
        self.paragraphs = 1
        self.newline = self._newline_after(at)

    def _newline_after(self, at: int) -> int:
        found = self.text.find("\n", at)
        return len(self.text) if found < 0 else found

    def mark(self, at: int) -> None:
        """Take the mark at ``at``: open, close or drop a quote."""
        if self.opened >= 0 and self.newline < at and self._crosses_break(at):
            return  # the mark reopened the quote in a new paragraph
        if self.opened >= 0 and (
            at - self.segment > MAX_QUOTE_CHARS or at - self.opened > MAX_TOTAL_CHARS
        ):
            self.opened = -1
        role = mark_role(self.text, at, self.marks)
        if self.opened < 0:
            if role in ("open", "either"):
                self.open(at)
        elif role in ("close", "either"):
            self.spans.append(QuoteSpan(self.opened, at + 1, self.paragraphs))
            self.opened = -1
        elif role == "open":
            self.open(at)  # the earlier mark was stray

    def _crosses_break(self, at: int) -> bool:
        """Follow the open quote over the line breaks before the mark at ``at``.

        True when the mark reopens it in a new paragraph; the quote is dropped
        when a paragraph ends without reopening it.
        """
        text = self.text
        while self.newline < at:
            nxt = _visible(text, self.newline)
            single = text.count("\n", self.newline, nxt) == 1
            opening = self.marks.opening
            if nxt == at and (
                text[at] in opening or mark_role(text, at, self.marks) == "open"
            ):
                self.segment, self.newline = at, self._newline_after(at)
                self.paragraphs += 1
                return True
            if not (single and text[nxt].islower()):  # not a hard-wrapped line
                self.opened = -1
                return False
            self.newline = self._newline_after(nxt)
        return False


def _visible(text: str, at: int) -> int:
    """The first non-space position from ``at`` on."""
    space = _SPACE.match(text, at)
    return space.end() if space else at


def double_quote_spans(text: str, marks: _Marks) -> list[QuoteSpan]:
    """Pairs of double quotation marks, in one pass and without backtracking."""
    scan = _Scan(text, marks)
    for at in _mark_offsets(text, marks):
        scan.mark(at)
    return scan.spans


def _mark_offsets(text: str, marks: _Marks) -> list[int]:
    """Offsets of the double quotation marks of ``text``, in order.

    One literal scan per kind of mark the text holds: several times faster
    than one scan for a class of characters, which tries every position.
    """
    offsets = [
        match.start()
        for mark, pattern in marks.doubles.items()
        if mark in text
        for match in pattern.finditer(text)
    ]
    offsets.sort()  # linear when one kind of mark was found
    return offsets


def mark_role(text: str, at: int, marks: _Marks) -> str | None:
    """Whether the double mark at ``at`` opens, closes, may do either, or neither.

    >>> from annotations.detection.lang import load
    >>> en = _marks(load("en"))
    >>> mark_role('say "yes"', 4, en), mark_role('say "yes"', 8, en)
    ('open', 'close')
    >>> mark_role('a " b', 2, en)
    """
    mark = text[at]
    if mark in marks.opening:
        return "open"
    if mark in marks.closing:
        return "close"
    before = text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    opens = before.isspace() or before in _OPENS_AFTER
    closes = after.isspace() or after in _CLOSES_BEFORE
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either" if not opens else None
