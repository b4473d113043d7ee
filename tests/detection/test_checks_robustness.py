"""run_checks never raises, whatever figures and dates the detectors hand it."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from annotations.detection.checks import Status, run_checks
from annotations.detection.types import Claim, Kind, Qualifier

CURRENCIES = st.sampled_from(["USD", "EUR", "RUB", "JPY", "UAH", "zorkmid", None])
UNITS = st.sampled_from(
    ["mile", "kilometer", "degree_Fahrenheit", "degree_Celsius", "kilogram", "bogus"]
)
VALUES = st.one_of(
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1e15, max_value=1e15),
    st.just(0.0),
)
PUBLISHED = st.one_of(
    st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31))
)


@st.composite
def figures(draw: st.DrawFn, kind: Kind) -> Claim:
    value = draw(VALUES)
    unit = draw(CURRENCIES if kind is Kind.MONEY else UNITS)
    ranged = draw(st.booleans())
    return Claim(
        kind,
        0,
        5,
        draw(st.text(max_size=12)),
        value=None if ranged else value,
        low=value if ranged else None,
        high=value * 2 if ranged else None,
        unit=unit,
        qualifier=draw(st.sampled_from(list(Qualifier))),
    )


@st.composite
def conversions(draw: st.DrawFn) -> Claim:
    kind = draw(st.sampled_from([Kind.MONEY, Kind.QUANTITY]))
    parts = (draw(figures(kind)), draw(figures(kind)))
    return Claim(Kind.CONVERSION, 0, 12, "", parts=parts)


@settings(max_examples=150, deadline=None)
@given(claim=conversions(), published=PUBLISHED)
def test_conversions_always_give_a_status(claim: Claim, published: date | None) -> None:
    [result] = run_checks([claim], published)

    assert result.status in set(Status)
    assert result.explanation.endswith(".")


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(alphabet="0123456789 ,.%ofthealdubyrmc", max_size=60),
    values=st.lists(VALUES, min_size=2, max_size=5),
)
def test_arithmetic_on_arbitrary_text_never_raises(
    text: str, values: list[float]
) -> None:
    claims = []
    for index, value in enumerate(values):
        start = min(index * 10, len(text))
        end = min(start + 4, len(text))
        kind = Kind.PERCENT if index == 2 else Kind.COUNT
        claims.append(
            Claim(kind, start, end, text[start:end], value=value, unit="percent")
        )

    for result in run_checks(claims, None, text=text):
        assert result.status in set(Status)


TEMPLATES = [
    "Of the {0} delegates, {1} came from Russia and {2} from Armenia.",
    "They won {0} of {1} seats, or {2}, in the vote.",
    "Arrests doubled from {0} to {1} while {2} were freed.",
    "The army sent {0} and {1} troops, a total of {2}.",
    "Output fell by a third from {0} to {1}, or {2}.",
]


@settings(max_examples=150, deadline=None)
@given(
    template=st.sampled_from(TEMPLATES),
    values=st.lists(VALUES, min_size=3, max_size=3),
    qualifier=st.sampled_from(list(Qualifier)),
)
def test_arithmetic_templates_never_raise(
    template: str, values: list[float], qualifier: Qualifier
) -> None:
    words = [f"{v:g}" for v in values]
    text = template.format(*words)
    claims, cursor = [], 0
    for index, (word, value) in enumerate(zip(words, values, strict=True)):
        start = text.index(word, cursor)
        cursor = start + len(word)
        kind = Kind.PERCENT if index == 2 and "or {2}" in template else Kind.COUNT
        claims.append(
            Claim(
                kind,
                start,
                cursor,
                word,
                value=value,
                qualifier=qualifier,
                unit="percent",
            )
        )

    for result in run_checks(claims, None, text=text):
        assert result.status in set(Status)
        assert result.explanation.endswith(".")


def test_text_ending_in_an_abbreviation_is_checked_without_error() -> None:
    text = "Of the 120 delegates, 70 were from Russia and 40 from Kazakhstan, see No."

    [result] = run_checks([], None, text=text)

    assert result.check == "sum"
