"""Arithmetic inside one sentence: parts against their total, a share against its base.

Both checks read the words between figures, so they need the article text:
"Of the 120 delegates, 70 were from Russia and 40 from Kazakhstan" (parts
110, total 120) and "12 of 40 members, or 30 %" (12 / 40 = 30 %).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Claim, Kind, Qualifier
from .currency import format_amount
from .result import CheckResult, Status
from .sentences import Sentence, comparable, point, sentences
from .tolerance import APPROXIMATE_SHARE, MARGIN_SHARE, bounds, figure_half_step, judge

SUM_CHECK = "sum"
SHARE_CHECK = "share"
#: Most characters between a leading total and its first part.
MAX_LEAD_GAP = 45

# "Of the 120 delegates, ...": the total right after "of the" (or a
# clause-opening "Of"); "convicted of 100,000 assaults" opens no breakdown.
_TOTAL_LEAD = re.compile(
    r"(?:\b(?:of|out of)\s+(?:the|its|their|all(?:\s+the)?)\s+"
    r"|(?:^|[,;:]\s*|\b(?:and|but)\s+)(?:of|out of)\s+)"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?$",
    re.I,
)
# "120 delegates, of whom ...": a closed list follows the total.
_CLOSED_TAIL = re.compile(r"^[\s\w-]{0,30}?,?\s*(?:of whom|of which)\b", re.I)
# "..., a total of 120" / "120 in all": the total closes the list.
_TOTAL_BEFORE_WORDS = re.compile(
    r"\b(?:a total of|total(?:l)?ing|for a total of)\s*$", re.I
)
_TOTAL_AFTER_WORDS = re.compile(
    r"^[\s\w-]{0,20}?\b(?:in total|in all|altogether)\b", re.I
)
# Words that leave room for parts the sentence does not count.
_OPEN_LIST = re.compile(
    r"\b(?:including|among them|among whom|such as|others?|the rest|remaining|"
    r"remainder|at least|more than|some)\b",
    re.I,
)
_AND = re.compile(r"\b(?:and|plus)\b|&", re.I)
# "12 of 40", "12 members out of 40", "12 of the 40".
_OF_BASE = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}(?:of|out of)\s+(?:the\s+|its\s+|their\s+)?$", re.I
)
# "..., or 30 %", "(30 %)", "-- 30 %": the share restates the fraction (a bare
# comma does not: "one of the 65, 70 percent of voters").
_RESTATES = re.compile(
    r"^[\s\w-]{0,25}?(?:,\s*or\b|\(|\bor\b|--|—|–)\s*(?:about\s+)?$", re.I
)


def check_arithmetic(claims: Sequence[Claim], text: str | None) -> list[CheckResult]:
    """Sum and share checks for every sentence of ``text`` that states them.

    >>> from annotations.detection.types import Claim, Kind
    >>> text = "Of the 120 delegates, 70 were Russian and 40 Kazakh."
    >>> def count(s): i = text.index(s); return Claim(Kind.COUNT, i, i + len(s), s, value=float(s))
    >>> [r.status for r in check_arithmetic([count("120"), count("70"), count("40")], text)]
    [<Status.INCONSISTENT: 'inconsistent'>]
    """
    if not text:
        return []
    return [r for s in sentences(claims, text) for r in check_sentence(s)]


def check_sentence(sentence: Sentence) -> list[CheckResult]:
    """Sum and share checks within one sentence."""
    return [*_sums(sentence), *_shares(sentence)]


def _sums(sentence: Sentence) -> list[CheckResult]:
    figures = list(sentence.figures)
    results = []
    for index, total in enumerate(figures):
        if total.kind not in (Kind.COUNT, Kind.MONEY):
            continue
        parts = _parts_after(sentence, figures, index) or _parts_before(
            sentence, figures, index
        )
        if parts:
            result = check_sum(sentence, total, parts)
            if result is not None:
                results.append(result)
    return results


def _parts_after(sentence: Sentence, figures: list[Claim], index: int) -> list[Claim]:
    total = figures[index]
    if index and _OF_BASE.search(sentence.between(figures[index - 1], total)):
        return []  # "12 of 40 members": a share, not a total opening a list
    leads = _TOTAL_LEAD.search(_lead_text(sentence, total)) is not None
    closed = _CLOSED_TAIL.search(sentence.after(total, 50)) is not None
    if not (leads or closed):
        return []
    run = _run(total, figures[index + 1 :])
    if run and len(sentence.between(total, run[0])) > MAX_LEAD_GAP:
        return []
    return _listed(run, sentence)


def _lead_text(sentence: Sentence, total: Claim) -> str:
    """Up to 20 characters before the total; "^" in ``_TOTAL_LEAD`` must mean
    the sentence's own start, so a cut-off lead gets a stand-in first character."""
    text = sentence.before(total, 20)
    at_start = total.start - len(text) == sentence.start
    return text if at_start else "\x00" + text


def _parts_before(sentence: Sentence, figures: list[Claim], index: int) -> list[Claim]:
    total = figures[index]
    before = _TOTAL_BEFORE_WORDS.search(sentence.before(total, 25)) is not None
    after = _TOTAL_AFTER_WORDS.search(sentence.after(total, 30)) is not None
    if not (before or after):
        return []
    return _listed(_run(total, figures[:index][::-1])[::-1], sentence)


def _run(total: Claim, figures: list[Claim]) -> list[Claim]:
    """The figures next to the total, in order, up to the first of another sort.

    Any other figure in between ("90 percent", "$35 million") ends the list:
    the parts of a total are written one after the other.
    """
    run = []
    for figure in figures:
        if not comparable(figure, total):
            break
        run.append(figure)
    return run


def _listed(parts: list[Claim], sentence: Sentence) -> list[Claim]:
    """``parts`` when they read as a list ending in "and"; else nothing."""
    if len(parts) < 2 or _AND.search(sentence.between(parts[-2], parts[-1])) is None:
        return []
    return parts


def check_sum(
    sentence: Sentence, total: Claim, parts: list[Claim]
) -> CheckResult | None:
    """Parts against their total, each figure give or take its rounding.

    Consistent when the sum's interval (the parts' roundings added up) meets
    the total's (widened by 5 % when a figure says "about"); approximately
    within a further 2 % of the total; otherwise inconsistent. When the
    sentence leaves room for uncounted parts ("including", "others"), only a
    sum above the total is an error.
    """
    values = [point(part) for part in parts]
    stated = point(total)
    if stated is None or any(v is None for v in values) or stated <= 0:
        return None
    found = sum(v for v in values if v is not None)
    slack = figure_half_step(total, stated) + sum(
        figure_half_step(p, v)
        for p, v in zip(parts, values, strict=True)
        if v is not None
    )
    if any(c.qualifier is Qualifier.APPROXIMATELY for c in (total, *parts)):
        slack = max(slack, APPROXIMATE_SHARE * stated)
    region = sentence.text[parts[0].start : parts[-1].end]
    gap = abs(found - stated) - slack
    around = (sentence.before(total, 60), region, sentence.after(total, 30))
    if any(_OPEN_LIST.search(words) for words in around):
        gap = found - stated - slack
    status = _status(gap, stated)
    return _sum_result(total, parts, found, stated, status)


def _status(gap: float, reference: float) -> Status:
    if gap <= 1e-9 * max(1.0, reference):
        return Status.CONSISTENT
    if gap <= MARGIN_SHARE * reference:
        return Status.APPROXIMATELY
    return Status.INCONSISTENT


def _sum_result(
    total: Claim, parts: list[Claim], found: float, stated: float, status: Status
) -> CheckResult:
    listing = " + ".join(p.text.strip() for p in parts)
    if status is Status.CONSISTENT:
        explanation = (
            f"The parts ({listing}) fit the stated total of {total.text.strip()}."
        )
    else:
        word = "more" if found > stated else "less"
        explanation = (
            f"The parts ({listing}) add up to {_number(found, total)}, "
            f"{_number(abs(found - stated), total)} "
            f"{word} than the stated total of {total.text.strip()}."
        )
    return CheckResult(
        check=SUM_CHECK,
        claims=tuple((c.start, c.end) for c in (total, *parts)),
        status=status,
        expected=found,
        stated=stated,
        deviation_percent=round((stated - found) / found * 100, 1) if found else None,
        explanation=explanation,
        evidence=f"sum of the figures in the sentence: {listing} = {_number(found, total)}",
    )


def _number(value: float, like: Claim | None = None) -> str:
    if like is not None and like.kind is Kind.MONEY and like.unit:
        return format_amount(value, like.unit)
    return f"{value:,.0f}" if value == int(value) else f"{value:,.4g}"


def _shares(sentence: Sentence) -> list[CheckResult]:
    figures = sentence.figures
    results = []
    for part, base, share in zip(figures, figures[1:], figures[2:], strict=False):
        if _is_share(sentence, part, base, share):
            result = check_share(part, base, share)
            if result is not None:
                results.append(result)
    return results


def _is_share(sentence: Sentence, part: Claim, base: Claim, share: Claim) -> bool:
    return (
        part.kind in (Kind.COUNT, Kind.MONEY)
        and comparable(part, base)
        and share.kind is Kind.PERCENT
        and share.unit != "percentage_point"
        and _OF_BASE.search(sentence.between(part, base)) is not None
        and _RESTATES.search(sentence.between(base, share)) is not None
    )


def check_share(part: Claim, base: Claim, share: Claim) -> CheckResult | None:
    """A stated percentage against part / base, with the percentage's rounding.

    Uses the tolerance of ``judge``: "30 %" covers 29.5-30.5 %.
    """
    numerator, denominator, stated = point(part), point(base), bounds(share)
    if numerator is None or not denominator or stated is None:
        return None
    expected = numerator / denominator * 100
    verdict = judge(stated, expected, text=share.text, qualifier=share.qualifier)
    fraction = f"{part.text.strip()} of {base.text.strip()}"
    if verdict.status is Status.CONSISTENT:
        explanation = f"{fraction} is {expected:.1f} %, in line with the stated {share.text.strip()}."
    else:
        explanation = (
            f"{fraction} is {expected:.1f} %, not the stated {share.text.strip()}."
        )
    return CheckResult(
        check=SHARE_CHECK,
        claims=(
            (part.start, part.end),
            (base.start, base.end),
            (share.start, share.end),
        ),
        status=verdict.status,
        expected=round(expected, 2),
        stated=verdict.stated,
        deviation_percent=verdict.deviation_percent,
        explanation=explanation,
        evidence=f"{_number(numerator)} / {_number(denominator)} = {expected:.2f} %",
    )
