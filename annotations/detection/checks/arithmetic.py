"""Arithmetic inside one sentence: parts against their total, a share against its base.

Both checks read the words between figures, so they need the article text:
"Of the 120 delegates, 70 were from Russia and 40 from Kazakhstan" (parts
110, total 120) and "12 of 40 members, or 30 %" (12 / 40 = 30 %).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..context import Context
from ..lang import Language
from ..types import Claim, Kind, Qualifier
from .result import CheckResult, Status
from .sentences import Sentence, comparable, point, sentences
from .tolerance import APPROXIMATE_SHARE, MARGIN_SHARE, bounds, figure_half_step, judge
from .wording import Wording, wording

SUM_CHECK = "sum"
SHARE_CHECK = "share"
#: Most characters between a leading total and its first part.
MAX_LEAD_GAP = 45


@dataclass(frozen=True, slots=True)
class _Patterns:
    """The bundle's words between figures (``lang.check_words``), compiled."""

    total_lead: re.Pattern[str]
    closed_tail: re.Pattern[str]
    total_before: re.Pattern[str]
    total_after: re.Pattern[str]
    open_list: re.Pattern[str]
    list_joiner: re.Pattern[str]
    of_base: re.Pattern[str]
    restates: re.Pattern[str]


@functools.cache
def patterns(lang: Language) -> _Patterns:
    words = lang.check_words
    return _Patterns(
        *(
            re.compile(getattr(words, name), re.I)
            for name in (
                "total_lead",
                "closed_tail",
                "total_before",
                "total_after",
                "open_list",
                "list_joiner",
                "of_base",
                "restates",
            )
        )
    )


def check_arithmetic(claims: Sequence[Claim], ctx: Context) -> list[CheckResult]:
    """Sum and share checks for every sentence of ``ctx.text`` that states them.

    >>> from annotations.detection.types import Claim, Kind
    >>> text = "Of the 120 delegates, 70 were Russian and 40 Kazakh."
    >>> ctx = Context.create(text, published=None, language="en")
    >>> def count(s): i = text.index(s); return Claim(Kind.COUNT, i, i + len(s), s, value=float(s))
    >>> [r.status for r in check_arithmetic([count("120"), count("70"), count("40")], ctx)]
    [<Status.INCONSISTENT: 'inconsistent'>]
    """
    if not ctx.text:
        return []
    return [r for s in sentences(claims, ctx) for r in check_sentence(s, ctx.lang)]


def check_sentence(sentence: Sentence, lang: Language) -> list[CheckResult]:
    """Sum and share checks within one sentence."""
    found, w = patterns(lang), wording(lang)
    return [*_sums(sentence, found, w), *_shares(sentence, found, w)]


def _sums(sentence: Sentence, found: _Patterns, w: Wording) -> list[CheckResult]:
    figures = list(sentence.figures)
    results = []
    for index, total in enumerate(figures):
        if total.kind not in (Kind.COUNT, Kind.MONEY):
            continue
        parts = _parts_after(sentence, figures, index, found) or _parts_before(
            sentence, figures, index, found
        )
        if parts:
            result = check_sum(sentence, total, parts, found, w)
            if result is not None:
                results.append(result)
    return results


def _parts_after(
    sentence: Sentence, figures: list[Claim], index: int, found: _Patterns
) -> list[Claim]:
    total = figures[index]
    if index and found.of_base.search(sentence.between(figures[index - 1], total)):
        return []  # "12 of 40 members": a share, not a total opening a list
    leads = found.total_lead.search(_lead_text(sentence, total)) is not None
    closed = found.closed_tail.search(sentence.after(total, 50)) is not None
    if not (leads or closed):
        return []
    run = _run(total, figures[index + 1 :])
    if run and len(sentence.between(total, run[0])) > MAX_LEAD_GAP:
        return []
    return _listed(run, sentence, found)


def _lead_text(sentence: Sentence, total: Claim) -> str:
    """Up to 20 characters before the total; "^" in ``_TOTAL_LEAD`` must mean
    the sentence's own start, so a cut-off lead gets a stand-in first character."""
    text = sentence.before(total, 20)
    at_start = total.start - len(text) == sentence.start
    return text if at_start else "\x00" + text


def _parts_before(
    sentence: Sentence, figures: list[Claim], index: int, found: _Patterns
) -> list[Claim]:
    total = figures[index]
    before = found.total_before.search(sentence.before(total, 25)) is not None
    after = found.total_after.search(sentence.after(total, 30)) is not None
    if not (before or after):
        return []
    return _listed(_run(total, figures[:index][::-1])[::-1], sentence, found)


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


def _listed(parts: list[Claim], sentence: Sentence, found: _Patterns) -> list[Claim]:
    """``parts`` when they read as a list ending in "and"; else nothing."""
    if len(parts) < 2:
        return []
    if found.list_joiner.search(sentence.between(parts[-2], parts[-1])) is None:
        return []
    return parts


def check_sum(
    sentence: Sentence, total: Claim, parts: list[Claim], found: _Patterns, w: Wording
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
    added = sum(v for v in values if v is not None)
    slack = figure_half_step(total, stated) + sum(
        figure_half_step(p, v)
        for p, v in zip(parts, values, strict=True)
        if v is not None
    )
    if any(c.qualifier is Qualifier.APPROXIMATELY for c in (total, *parts)):
        slack = max(slack, APPROXIMATE_SHARE * stated)
    region = sentence.text[parts[0].start : parts[-1].end]
    gap = abs(added - stated) - slack
    around = (sentence.before(total, 60), region, sentence.after(total, 30))
    if any(found.open_list.search(words) for words in around):
        gap = added - stated - slack
    status = _status(gap, stated)
    return _sum_result(total, parts, added, stated, status, w)


def _status(gap: float, reference: float) -> Status:
    if gap <= 1e-9 * max(1.0, reference):
        return Status.CONSISTENT
    if gap <= MARGIN_SHARE * reference:
        return Status.APPROXIMATELY
    return Status.INCONSISTENT


def _sum_result(
    total: Claim,
    parts: list[Claim],
    found: float,
    stated: float,
    status: Status,
    w: Wording,
) -> CheckResult:
    listing = " + ".join(p.text.strip() for p in parts)
    if status is Status.CONSISTENT:
        explanation = w.say("sum_consistent", parts=listing, total=total.text.strip())
    else:
        explanation = w.say(
            "sum_inconsistent",
            parts=listing,
            found=_number(found, w, total),
            difference=_number(abs(found - stated), w, total),
            direction=w.say("more" if found > stated else "less"),
            total=total.text.strip(),
        )
    return CheckResult(
        check=SUM_CHECK,
        claims=tuple((c.start, c.end) for c in (total, *parts)),
        status=status,
        expected=found,
        stated=stated,
        deviation_percent=round((stated - found) / found * 100, 1) if found else None,
        explanation=explanation,
        evidence=w.say("sum_evidence", parts=listing, found=_number(found, w, total)),
    )


def _number(value: float, w: Wording, like: Claim | None = None) -> str:
    if like is not None and like.kind is Kind.MONEY and like.unit:
        return w.amount(value, like.unit)
    return w.number(value, ",.0f" if value == int(value) else ",.4g")


def _shares(sentence: Sentence, found: _Patterns, w: Wording) -> list[CheckResult]:
    figures = sentence.figures
    results = []
    for part, base, share in zip(figures, figures[1:], figures[2:], strict=False):
        if _is_share(sentence, part, base, share, found):
            result = check_share(part, base, share, w)
            if result is not None:
                results.append(result)
    return results


def _is_share(
    sentence: Sentence, part: Claim, base: Claim, share: Claim, found: _Patterns
) -> bool:
    return (
        part.kind in (Kind.COUNT, Kind.MONEY)
        and comparable(part, base)
        and share.kind is Kind.PERCENT
        and share.unit != "percentage_point"
        and found.of_base.search(sentence.between(part, base)) is not None
        and found.restates.search(sentence.between(base, share)) is not None
    )


def check_share(
    part: Claim, base: Claim, share: Claim, w: Wording
) -> CheckResult | None:
    """A stated percentage against part / base, with the percentage's rounding.

    Uses the tolerance of ``judge``: "30 %" covers 29.5-30.5 %.
    """
    numerator, denominator, stated = point(part), point(base), bounds(share)
    if numerator is None or not denominator or stated is None:
        return None
    expected = numerator / denominator * 100
    verdict = judge(stated, expected, text=share.text, qualifier=share.qualifier)
    fraction = w.say("share_fraction", part=part.text.strip(), base=base.text.strip())
    message = (
        "share_consistent"
        if verdict.status is Status.CONSISTENT
        else "share_inconsistent"
    )
    explanation = w.say(
        message,
        fraction=fraction,
        expected=w.number(expected, ".1f"),
        share=share.text.strip(),
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
        evidence=w.say(
            "share_evidence",
            numerator=_number(numerator, w),
            denominator=_number(denominator, w),
            expected=w.number(expected, ".2f"),
        ),
    )
