"""Shared wording for check explanations: the bundle's messages, quoting the
article, numbers in the language's digits, gaps."""

from __future__ import annotations

import functools
from typing import Any

from ..lang import Language
from ..types import Claim
from .tolerance import Verdict, is_range


class Wording:
    """The check messages of one language (``lang.checks``), filled in."""

    def __init__(self, lang: Language) -> None:
        self.messages = lang.checks.messages
        self.scales = lang.checks.scales
        numbers = lang.numbers
        self.digits = (
            None
            if (numbers.group_symbol, numbers.decimal_symbol) == (",", ".")
            else str.maketrans({",": numbers.group_symbol, ".": numbers.decimal_symbol})
        )
        self.decimal = numbers.decimal_symbol

    def say(self, message: str, **slots: Any) -> str:
        """The message ``message`` with its slots filled."""
        return self.messages[message].format(**slots)

    def number(self, value: float, spec: str) -> str:
        """``format(value, spec)`` ("," groups, "." marks decimals) in the
        language's digit symbols."""
        written = format(value, spec)
        return written if self.digits is None else written.translate(self.digits)

    def quoted(self, claim: Claim) -> str:
        """The claim's own words in quotation marks: “around $1.2 billion”."""
        return self.say("quoted", text=claim.text.strip())

    def subject(self, stated: Claim, verdict: Verdict) -> str:
        """What a deviation is about: the stated figure, or the bound of its range.

        >>> from annotations.detection.lang import load
        >>> from annotations.detection.types import Claim, Kind
        >>> from annotations.detection.checks.result import Status
        >>> km = Claim(Kind.QUANTITY, 0, 8, "16-22 km", low=16.0, high=22.0)
        >>> wording(load("en")).subject(km, Verdict(Status.INCONSISTENT, 19.3, 22.0, 13.9))
        'the upper bound of “16-22 km”'
        """
        if not is_range(stated):
            return self.quoted(stated)
        side = self.say("upper" if verdict.stated == stated.high else "lower")
        return self.say("bound_of", side=side, quoted=self.quoted(stated))

    def percent_gap(self, deviation: float | None) -> str:
        """A signed deviation as words: "11.5 % below", "less than 0.1 % above".

        >>> from annotations.detection.lang import load
        >>> wording(load("en")).percent_gap(-11.5)
        '11.5 % below'
        """
        if deviation is None:
            return self.say("different_from")
        direction = self.say("below" if deviation < 0 else "above")
        if abs(deviation) >= 0.1:
            size = self.say("percent", value=self.number(abs(deviation), ".1f"))
        else:
            size = self.say("under_a_tenth")
        return self.say("gap", size=size, direction=direction)

    def plain(self, value: float) -> str:
        """A plain number: four significant digits, thousands grouped, no exponent.

        >>> from annotations.detection.lang import load
        >>> en = wording(load("en"))
        >>> en.plain(68343.0), en.plain(8.04672)
        ('68,343', '8.047')
        """
        if abs(value) >= 1000:
            return self.number(value, ",.0f")
        return self.number(value, ",.4g")

    def amount(self, amount: float, currency: str) -> str:
        """A money amount for a sentence.

        >>> from annotations.detection.lang import load
        >>> wording(load("en")).amount(1.3567e9, "USD")
        '1.36 billion USD'
        """
        for scale, word in self.scales:
            if abs(amount) >= scale:
                written = self.number(amount / scale, ".3g")
                return self.say(
                    "scaled_amount", amount=written, scale=word, currency=currency
                )
        written = self.number(amount, ",.2f").removesuffix(self.decimal + "00")
        return self.say("amount", amount=written, currency=currency)


@functools.cache
def wording(lang: Language) -> Wording:
    """The wording of a language's checks, built once."""
    return Wording(lang)
