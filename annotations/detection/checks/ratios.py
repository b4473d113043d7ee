"""Multiplier words against the two figures they relate: "doubled", "halved", "a third of".

"Sales doubled from 40 to 85" gives 85 / 40 = 2.13 for a stated 2; "won 40
seats, a third of the 120" gives 40 / 120 for a stated 1/3.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..types import Claim
from .result import CheckResult, Status
from .sentences import Sentence, comparable, point, sentences
from .tolerance import figure_half_step

CHECK = "ratio"
#: A multiplier word is a loose figure: "doubled" fits 1.9-2.1 times.
WORD_SHARE = 0.05
#: Beyond that, up to this share of the stated ratio is "approximately".
WORD_MARGIN = 0.10
#: Most characters between the multiplier word and the nearer of its figures.
MAX_WORD_GAP = 45

_CHANGES = {
    "double": 2.0, "doubled": 2.0, "doubling": 2.0, "doubles": 2.0,
    "triple": 3.0, "tripled": 3.0, "tripling": 3.0, "triples": 3.0,
    "treble": 3.0, "trebled": 3.0,
    "quadruple": 4.0, "quadrupled": 4.0, "quadrupling": 4.0,
    "halve": 0.5, "halved": 0.5, "halving": 0.5, "halves": 0.5,
}  # fmt: skip
_FRACTIONS = {
    "half": 1 / 2, "a half": 1 / 2, "one half": 1 / 2,
    "a third": 1 / 3, "one third": 1 / 3, "two thirds": 2 / 3, "two-thirds": 2 / 3,
    "a quarter": 1 / 4, "one quarter": 1 / 4, "three quarters": 3 / 4,
    "three-quarters": 3 / 4, "a fifth": 1 / 5, "one fifth": 1 / 5,
}  # fmt: skip
_CHANGE = re.compile(r"\b(" + "|".join(_CHANGES) + r")\b", re.I)
_CHANGE_BY = re.compile(
    r"\b(rose|grew|increased|climbed|jumped|fell|dropped|declined|shrank|"
    r"decreased|slumped|cut)\s+(?:by\s+)(half|a third|a quarter|a fifth)\b",
    re.I,
)
_FRACTION_OF = re.compile(
    r"\b(" + "|".join(sorted(_FRACTIONS, key=len, reverse=True)) + r")\s+of\s+"
    r"(?:the\s+|its\s+|their\s+|all\s+)?$",
    re.I,
)
# "won 40 seats, a third of the 120": the fraction restates the figure before it.
_APPOSITION = re.compile(
    r"^[\s\w-]{0,25}?(?:,|\bor\b|--|—|–|\()\s*(?:about\s+|nearly\s+|almost\s+|roughly\s+)?$",
    re.I,
)
_CLAUSE_BREAK = re.compile(r"\b(?:and|but|while|whereas|or)\b|;", re.I)
_FROM = re.compile(r"\bfrom\s+(?:about\s+|around\s+|some\s+)?$", re.I)
_TO = re.compile(r"\bto\s+(?:about\s+|around\s+|some\s+)?$", re.I)
_MORE = re.compile(r"\b(?:more than|over)\s+$", re.I)
_NEARLY = re.compile(r"\b(?:nearly|almost|close to)\s+$", re.I)
_FALLING = frozenset(
    {"fell", "dropped", "declined", "shrank", "decreased", "slumped", "cut"}
)


@dataclass(frozen=True, slots=True)
class Relation:
    """Two figures the text says stand in ``ratio`` (``new`` / ``old``)."""

    old: Claim
    new: Claim
    ratio: float
    words: str
    bound: str = ""  # "more" ("more than doubled"), "nearly", or ""


def check_ratios(claims: Sequence[Claim], text: str | None) -> list[CheckResult]:
    """One result per sentence whose multiplier word relates two of its figures.

    >>> from annotations.detection.types import Claim, Kind
    >>> text = "Arrests doubled from 40 to 85 last year."
    >>> def count(s): i = text.index(s); return Claim(Kind.COUNT, i, i + len(s), s, value=float(s))
    >>> [r.status for r in check_ratios([count("40"), count("85")], text)]
    [<Status.APPROXIMATELY: 'approximately'>]
    """
    if not text:
        return []
    return [r for s in sentences(claims, text) for r in check_sentence(s)]


def check_sentence(sentence: Sentence) -> list[CheckResult]:
    """The ratio check within one sentence (at most one result)."""
    relation = _change(sentence) or _fraction_of(sentence)
    result = check_relation(relation) if relation is not None else None
    return [result] if result is not None else []


def _change(sentence: Sentence) -> Relation | None:
    """ "doubled from X to Y", "fell by a third to Y from X"."""
    words = sentence.words
    match = _CHANGE.search(words)
    ratio = _CHANGES[match.group(1).lower()] if match else None
    if match is None:
        match = _CHANGE_BY.search(words)
        if match is None:
            return None
        share = _FRACTIONS[match.group(2).lower()]
        ratio = 1 - share if match.group(1).lower() in _FALLING else 1 + share
    assert ratio is not None
    olds = [f for f in sentence.figures if _FROM.search(sentence.before(f, 20))]
    news = [f for f in sentence.figures if _TO.search(sentence.before(f, 20))]
    if len(olds) != 1 or len(news) != 1 or not comparable(olds[0], news[0]):
        return None
    span = (sentence.start + match.start(), sentence.start + match.end())
    if not _same_clause(sentence, span, olds[0], news[0]):
        return None
    lead = words[: match.start()]
    bound = "more" if _MORE.search(lead) else "nearly" if _NEARLY.search(lead) else ""
    return Relation(olds[0], news[0], ratio, match.group(0), bound)


def _same_clause(
    sentence: Sentence, span: tuple[int, int], old: Claim, new: Claim
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
    return len(gap) <= MAX_WORD_GAP and _CLAUSE_BREAK.search(gap) is None


def _fraction_of(sentence: Sentence) -> Relation | None:
    """ "won 40 seats, a third of the 120": the part over the whole."""
    for whole in sentence.figures:
        before = sentence.before(whole, 30)
        match = _FRACTION_OF.search(before)
        if match is None:
            continue
        words_start = whole.start - len(before) + match.start()
        parts = [
            f
            for f in sentence.figures
            if f.end <= words_start
            and comparable(f, whole)
            and _APPOSITION.search(sentence.text[f.end : words_start])
        ]
        if len(parts) == 1:
            ratio = _FRACTIONS[match.group(1).lower()]
            return Relation(whole, parts[0], ratio, match.group(1))
    return None


def check_relation(relation: Relation) -> CheckResult | None:
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
    return _result(relation, status)


def _ratio_interval(old: Claim, new: Claim) -> tuple[float | None, float | None]:
    old_value, new_value = point(old), point(new)
    if not old_value or new_value is None or old_value < 0 or new_value < 0:
        return None, None
    old_half = figure_half_step(old, old_value)
    new_half = figure_half_step(new, new_value)
    low = (new_value - new_half) / (old_value + old_half)
    high = (new_value + new_half) / max(old_value - old_half, 1e-12)
    return max(low, 0.0), high


def _result(relation: Relation, status: Status) -> CheckResult:
    old_value, new_value = point(relation.old), point(relation.new)
    assert old_value and new_value is not None
    actual = new_value / old_value
    old_text, new_text = relation.old.text.strip(), relation.new.text.strip()
    qualifier = {"more": "more than ", "nearly": "nearly "}.get(relation.bound, "")
    stated = f"{qualifier}{relation.words.lower()} ({relation.ratio:.3g} times)"
    verb = "fits" if status is Status.CONSISTENT else "does not fit"
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
        explanation=f"{new_text} is {actual:.2f} times {old_text}, which {verb} {stated}.",
        evidence=f"{new_text} / {old_text} = {actual:.4g}",
    )
