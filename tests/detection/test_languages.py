"""A language is data: bundles, language tags, and a made-up language read
with nothing but its bundle."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import annotations.detection as detection
from annotations.detection import UnsupportedLanguage, detect, supported_languages
from annotations.detection.checks import Status, run_checks
from annotations.detection.lang import BundleError, load, primary_subtag
from annotations.detection.lang.schema import CheckWording, Language, check_types
from annotations.detection.quantities import unit_name
from tests.detection.support import EN
from tests.detection.toy_language import TOKISH

PUBLISHED = date(2015, 4, 10)

ARTICLE = (
    "La urbo pagis 3,5 milion zorboj por tri novaj pontoj, diris la ministro.\n\n"
    "Inter 2 kaj 4 kilometroj da vojo estos finita je la 9 de sepamo 2015. "
    "Antau du jaroj nur 12 procentoj de la domoj havis akvon, kaj pasinta "
    "semajno la prezoj falis.\n\n"
    "«Ni pretas», diris Ivanov. La laboro dauris kvin tagoj."
)


def found(claims: list[detection.Claim]) -> list[tuple[str, str]]:
    return [(str(claim.kind), claim.text) for claim in claims]


def test_a_made_up_language_is_read_from_its_bundle_alone() -> None:
    claims = {c.text: c for c in detect(ARTICLE, published=PUBLISHED, language=TOKISH)}
    money = claims["3,5 milion zorboj"]  # decimal comma, its own scale word
    assert (money.kind, money.value, money.unit) == ("money", 3.5e6, "XTS")
    count = claims["tri novaj pontoj"]
    assert (count.kind, count.value, count.unit) == ("count", 3.0, "pontoj")
    distance = claims["Inter 2 kaj 4 kilometroj"]  # a range opened by "inter"
    assert (distance.low, distance.high, distance.unit) == (2.0, 4.0, "kilometer")
    assert claims["la 9 de sepamo 2015"].normalized == "2015-07-09"
    assert claims["Antau du jaroj"].normalized == "2013"  # the past word first
    assert claims["pasinta semajno"].normalized == "2015-W14"
    assert (claims["12 procentoj"].value, claims["12 procentoj"].unit) == (
        12.0,
        "percent",
    )
    assert claims["kvin tagoj"].normalized == "P5D"
    assert claims["«Ni pretas»"].speaker == "Ivanov"


def test_the_same_article_read_as_english_finds_none_of_its_words() -> None:
    english = {claim.text for claim in detect(ARTICLE, published=PUBLISHED)}
    assert not english & {
        "3,5 milion zorboj",
        "tri novaj pontoj",
        "la 9 de sepamo 2015",
        "Antau du jaroj",
        "pasinta semajno",
        "kvin tagoj",
    }


def test_a_language_without_a_model_gets_figures_but_no_scores() -> None:
    claims = detect(ARTICLE, published=PUBLISHED, language=TOKISH, statements=True)
    assert claims
    assert all(claim.score is None and not claim.features for claim in claims)
    assert not [claim for claim in claims if claim.kind == "statement"]


def test_checks_read_and_word_the_made_up_language() -> None:
    text = "El la 120 deputitoj, 70 venis el la nordo kaj 40 el la sudo."
    claims = detect(text, language=TOKISH, statements=False)
    [result] = run_checks(claims, None, text=text, language=TOKISH)
    assert (result.check, result.status) == ("sum", Status.INCONSISTENT)
    # The bundle's own template, with the language's digits filled in.
    assert result.explanation.startswith("[sum_inconsistent] ")
    assert "70 + 40" in result.explanation


def _english_words() -> list[str]:
    """Words of the English bundle that mean nothing in Tokish: no Tokish word
    and nothing pint reads as a unit symbol (units are the same in any language)."""
    lists: list[Iterable[str]] = [
        EN.numbers.units,
        EN.numbers.tens,
        EN.numbers.scales,
        EN.numbers.fractions,
        EN.ranges.between + EN.ranges.joiners + EN.ranges.change_from,
        *EN.qualifiers.prefixes.values(),
        EN.percents.percent_words,
        EN.counts.modifiers,
        EN.durations.word_amounts,
        EN.dates.months,
        EN.dates.weekdays,
        EN.dates.day_words,
        EN.dates.unit_modifiers,
        EN.dates.counted_units,
        EN.dates.ago_words,
        EN.quotes.speech_verbs,
        EN.quotes.source_phrases,
    ]
    tokish = {
        word
        for table in (TOKISH.numbers.units, TOKISH.numbers.scales, TOKISH.dates.months)
        for word in table
    }
    words = {word for table in lists for phrase in table for word in phrase.split()}
    return sorted(
        word
        for word in words
        if word.isalpha()
        and word not in tokish
        and unit_name(TOKISH, word) is None
        and unit_name(TOKISH, word.capitalize()) is None
    )


ENGLISH_WORDS = _english_words()


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(ENGLISH_WORDS),
            st.sampled_from([w.capitalize() for w in ENGLISH_WORDS]),
            st.integers(0, 3000).map(str),
            st.sampled_from([",", ".", ";"]),
        ),
        max_size=40,
    )
)
def test_english_words_mean_nothing_in_a_language_that_does_not_list_them(
    tokens: list[str],
) -> None:
    """Invariant: with a bundle that knows no English, English words and bare
    numbers make no claim at all. A word left in the code would make one."""
    text = " ".join(tokens)
    assert detect(text, published=PUBLISHED, language=TOKISH) == []


def test_english_words_do_make_claims_in_english() -> None:
    """The other half of the invariant above: the same kind of text is not
    empty for English, so the test above could fail."""
    text = "Between 3 and 4 percent said so two years ago, about 20 million dollars"
    assert found(detect(text, published=PUBLISHED)) != []
    assert detect(text, published=PUBLISHED, language=TOKISH) == []


@pytest.mark.parametrize("tag", ["en", "EN", "en-GB", "en_US", " en-gb ", "En-Latn-US"])
def test_language_tags_map_to_their_primary_subtag(tag: str) -> None:
    assert load(tag) is load("en")
    text = "Turnout rose 3 percent."
    assert detect(text, language=tag) == detect(text, language="en")


@pytest.mark.parametrize("tag", ["xx", "fr-XX-nope", "", "e", "123", "en!"])
def test_an_unsupported_language_raises_the_documented_error(tag: str) -> None:
    if primary_subtag(tag) in supported_languages():
        pytest.skip(f"{tag!r} has a bundle now")
    with pytest.raises(UnsupportedLanguage) as raised:
        detect("It cost $5 million.", language=tag)
    assert isinstance(raised.value, ValueError)
    assert raised.value.language == tag
    assert "en" in str(raised.value)  # the message names the supported ones


def test_supported_languages_are_the_bundle_folders() -> None:
    supported = supported_languages()
    assert isinstance(supported, frozenset)
    assert "en" in supported
    assert detection.supported_languages is supported_languages


@pytest.mark.parametrize("code", sorted(supported_languages()))
def test_every_bundle_loads_and_keeps_to_its_schema(code: str) -> None:
    bundle = load(code)
    assert bundle.code == code
    check_types(bundle)


def test_a_word_list_with_capitals_fails_when_the_bundle_is_built() -> None:
    with pytest.raises(BundleError, match="lower case"):
        dataclasses.replace(TOKISH.numbers, units={"Ek": 1})


def test_a_value_of_the_wrong_type_fails_when_the_bundle_is_built() -> None:
    numbers = dataclasses.replace(TOKISH.numbers, units={"ek": "one"})  # type: ignore[dict-item]
    with pytest.raises(BundleError, match=r"units\['ek'\]"):
        dataclasses.replace(TOKISH, numbers=numbers)


def test_a_message_with_an_unknown_slot_fails_when_the_bundle_is_built() -> None:
    messages = {**TOKISH.checks.messages, "more": "{much}"}
    with pytest.raises(BundleError, match="unknown slots"):
        CheckWording(messages=messages, scales=())


def test_a_missing_message_fails_when_the_bundle_is_built() -> None:
    messages = dict(TOKISH.checks.messages)
    del messages["sum_consistent"]
    with pytest.raises(BundleError, match="sum_consistent"):
        CheckWording(messages=messages, scales=())


def test_the_made_up_language_shares_nothing_with_english() -> None:
    for field in dataclasses.fields(Language):
        ours, theirs = getattr(TOKISH, field.name), getattr(EN, field.name)
        if dataclasses.is_dataclass(ours):
            assert ours is not theirs, field.name
