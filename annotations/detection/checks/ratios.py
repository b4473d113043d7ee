"""Multiplier words against the two figures they relate: "doubled", "halved", "a third of".

"Sales doubled from 40 to 85" gives 85 / 40 = 2.13 for a stated 2; "won 40
seats, a third of the 120" gives 40 / 120 for a stated 1/3.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..context import Context
from ..lang import Language
from ..lang.schema import CheckWords
from ..types import Claim
from .result import CheckResult, Status
from .sentences import Sentence, comparable, point, sentences
from .tolerance import figure_half_step
from .wording import Wording, wording

CHECK = "ratio"
#: A multiplier word is a loose figure: "doubled" fits 1.9-2.1 times.
WORD_SHARE = 0.05
#: Beyond that, up to this share of the stated ratio is "approximately".
WORD_MARGIN = 0.10
#: Most characters between the multiplier word and the nearer of its figures.
MAX_WORD_GAP = 45


@dataclass(frozen=True, slots=True)
class _Patterns:
    """The bundle's multiplier words (``lang.check_words``), compiled."""

    words: CheckWords
    change: re.Pattern[str]
    change_by: re.Pattern[str]
    fraction_of: re.Pattern[str]
    apposition: re.Pattern[str]
    clause_break: re.Pattern[str]
    change_from: re.Pattern[str]
    change_to: re.Pattern[str]
    more_than: re.Pattern[str]
    nearly: re.Pattern[str]


@functools.cache
def patterns(lang: Language) -> _Patterns:
    words = lang.check_words
    names = (
        "change",
        "change_by",
        "fraction_of",
        "apposition",
        "clause_break",
        "change_from",
        "change_to",
        "more_than",
        "nearly",
    )
    return _Patterns(words, *(re.compile(getattr(words, n), re.I) for n in names))


@dataclass(frozen=True, slots=True)
class Relation:
    """Two figures the text says stand in ``ratio`` (``new`` / ``old``)."""

    old: Claim
    new: Claim
    ratio: float
    words: str
    bound: str = ""  # "more" ("more than doubled"), "nearly", or ""


def check_ratios(claims: Sequence[Claim], ctx: Context) -> list[CheckResult]:
    """One result per sentence whose multiplier word relates two of its figures.

    >>> from annotations.detection.types import Claim, Kind
    >>> text = "Arrests doubled from 40 to 85 last year."
    >>> ctx = Context.create(text, published=None, language="en")
    >>> def count(s): i = text.index(s); return Claim(Kind.COUNT, i, i + len(s), s, value=float(s))
    >>> [r.status for r in check_ratios([count("40"), count("85")], ctx)]
    [<Status.APPROXIMATELY: 'approximately'>]
    """
    if not ctx.text:
        return []
    return [r for s in sentences(claims, ctx) for r in check_sentence(s, ctx.lang)]


def check_sentence(sentence: Sentence, lang: Language) -> list[CheckResult]:
    """The ratio check within one sentence (at most one result)."""
    found = patterns(lang)
    relation = _change(sentence, found) or _fraction_of(sentence, found)
    result = check_relation(relation, wording(lang)) if relation is not None else None
    return [result] if result is not None else []


def _change(sentence: Sentence, found: _Patterns) -> Relation | None:
    """ "doubled from X to Y", "fell by a third to Y from X"."""
    words = sentence.words
    match = found.change.search(words)
    ratio = found.words.changes[match.group(1).lower()] if match else None
    if match is None:
        match = found.change_by.search(words)
        if match is None:
            return None
        share = found.words.fractions[match.group(2).lower()]
        falling = match.group(1).lower() in found.words.falling
        ratio = 1 - share if falling else 1 + share
    assert ratio is not None
    olds = [
        f for f in sentence.figures if found.change_from.search(sentence.before(f, 20))
    ]
    news = [
        f for f in sentence.figures if found.change_to.search(sentence.before(f, 20))
    ]
    if len(olds) != 1 or len(news) != 1 or not comparable(olds[0], news[0]):
        return None
    span = (sentence.start + match.start(), sentence.start + match.end())
    if not _same_clause(sentence, span, olds[0], news[0], found):
        return None
    lead = words[: match.start()]
    bound = (
        "more"
        if found.more_than.search(lead)
        else "nearly"
        if found.nearly.search(lead)
        else ""
    )
    return Relation(olds[0], news[0], ratio, match.group(0), bound)


def _same_clause(
    sentence: Sentence, span: tuple[int, int], old: Claim, new: Claim, found: _Patterns
) -> bool:
    """The change word sits right next to the figures it describes.

    In "rates doubled and enrollment dropped from 180,000 to 80,000" the
    figures belong to another clause.
    """
    first, last = sorted((old, new), key=lambda claim: claim.start)
    if span[1] <= first.start:
        gap = sentence.text[span[1] : first.start]
    elif span[0] >= last.end:
        gap = sentence.text[last.end : span[0]]
    else:
        gap = ""
    return len(gap) <= MAX_WORD_GAP and found.clause_break.search(gap) is None


def _fraction_of(sentence: Sentence, found: _Patterns) -> Relation | None:
    """ "won 40 seats, a third of the 120": the part over the whole."""
    for whole in sentence.figures:
        before = sentence.before(whole, 30)
        match = found.fraction_of.search(before)
        if match is None:
            continue
        words_start = whole.start - len(before) + match.start()
        parts = [
            f
            for f in sentence.figures
            if f.end <= words_start
            and comparable(f, whole)
            and found.apposition.search(sentence.text[f.end : words_start])
        ]
        if len(parts) == 1:
            ratio = found.words.fractions[match.group(1).lower()]
            return Relation(whole, parts[0], ratio, match.group(1))
    return None


def check_relation(relation: Relation, w: Wording) -> CheckResult | None:
    """The figures' ratio against the word's, each figure give or take its rounding.

    Consistent when the ratio's interval meets the word's (stated ratio
    +/- 5 %; "more than doubled" allows anything from 2 up, "nearly doubled"
    1.7 up to 2); approximately within a further 10 % of the stated ratio;
    inconsistent beyond.
    """
    low, high = _ratio_interval(relation.old, relation.new)
    if low is None or high is None:
        return None
    target = relation.ratio
    allowed_low, allowed_high = target * (1 - WORD_SHARE), target * (1 + WORD_SHARE)
    if relation.bound == "more":
        allowed_low, allowed_high = target, math.inf
    elif relation.bound == "nearly":
        allowed_low, allowed_high = target * 0.85, target
    gap = max(allowed_low - high, low - allowed_high, 0.0)
    if gap <= 1e-12:
        status = Status.CONSISTENT
    elif gap <= WORD_MARGIN * target:
        status = Status.APPROXIMATELY
    else:
        status = Status.INCONSISTENT
    return _result(relation, status, w)


def _ratio_interval(old: Claim, new: Claim) -> tuple[float | None, float | None]:
    old_value, new_value = point(old), point(new)
    if not old_value or new_value is None or old_value < 0 or new_value < 0:
        return None, None
    old_half = figure_half_step(old, old_value)
    new_half = figure_half_step(new, new_value)
    low = (new_value - new_half) / (old_value + old_half)
    high = (new_value + new_half) / max(old_value - old_half, 1e-12)
    return max(low, 0.0), high


def _result(relation: Relation, status: Status, w: Wording) -> CheckResult:
    old_value, new_value = point(relation.old), point(relation.new)
    assert old_value and new_value is not None
    actual = new_value / old_value
    old_text, new_text = relation.old.text.strip(), relation.new.text.strip()
    bounds = {"more": "ratio_more_than", "nearly": "ratio_nearly"}
    bound = w.say(bounds[relation.bound]) if relation.bound in bounds else ""
    stated = w.say(
        "ratio_stated",
        bound=bound,
        words=relation.words.lower(),
        ratio=w.number(relation.ratio, ".3g"),
    )
    verdict = w.say(
        "ratio_fits" if status is Status.CONSISTENT else "ratio_does_not_fit"
    )
    return CheckResult(
        check=CHECK,
        claims=(
            (relation.old.start, relation.old.end),
            (relation.new.start, relation.new.end),
        ),
        status=status,
        expected=round(actual, 4),
        stated=relation.ratio,
        deviation_percent=round((relation.ratio - actual) / actual * 100, 1)
        if actual
        else None,
        explanation=w.say(
            "ratio_explanation",
            new=new_text,
            actual=w.number(actual, ".2f"),
            old=old_text,
            verdict=verdict,
            stated=stated,
        ),
        evidence=w.say(
            "ratio_evidence", new=new_text, old=old_text, actual=w.number(actual, ".4g")
        ),
    )
