"""Quote spans and their speakers."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotations.detection import quotes
from annotations.detection.context import Context
from annotations.detection.quotes.speakers import clean_name
from annotations.detection.types import Claim, Kind
from tests.detection.support import EN


def find(text: str) -> list[Claim]:
    return quotes.find(Context.create(text, published=None, language="en"))


def spoken(text: str) -> list[tuple[str, str | None]]:
    return [(claim.text, claim.speaker) for claim in find(text)]


def extra(claim: Claim) -> dict[str, object]:
    return dict(claim.extra)


def test_a_straight_quote_keeps_its_marks_and_exact_offsets() -> None:
    text = 'Officials said "the dam is safe" after the storm.'
    (claim,) = find(text)
    assert claim.kind is Kind.QUOTE
    assert (claim.start, claim.end) == (15, 32)
    assert text[claim.start : claim.end] == claim.text == '"the dam is safe"'


def test_curly_quotes_and_guillemets_are_quotes() -> None:
    text = "“Rates stay put,” Chen said. The paper called it «a pause»."
    assert [c.text for c in find(text)] == ["“Rates stay put,”", "«a pause»"]


def test_speaker_after_the_quote() -> None:
    assert spoken('"We will rebuild the port," Mayor Ana Ruiz said.') == [
        ('"We will rebuild the port,"', "Ana Ruiz")
    ]
    assert spoken('"Nobody was hurt," said Fire Chief Omar Diallo.') == [
        ('"Nobody was hurt,"', "Omar Diallo")
    ]


def test_speaker_with_an_apposition_and_told_reporters() -> None:
    text = '"The vote is final," Diallo, the party leader, told reporters.'
    assert spoken(text) == [('"The vote is final,"', "Diallo")]


def test_speaker_earlier_in_the_sentence() -> None:
    text = (
        "Deputy Energy Minister Petra Lund said on Monday that the grid was "
        '"close to breaking point" this winter.'
    )
    assert spoken(text) == [('"close to breaking point"', "Petra Lund")]


def test_speaker_named_between_commas_before_the_verb() -> None:
    text = (
        "The port's chief engineer, Ravi Menon, told reporters that the crane "
        'had "failed twice in a week."'
    )
    assert spoken(text) == [('"failed twice in a week."', "Ravi Menon")]


def test_according_to_names_a_source() -> None:
    text = 'According to Reuters, the talks "went nowhere" on Friday.'
    assert spoken(text) == [('"went nowhere"', "Reuters")]


def test_attribution_at_the_end_of_the_clause() -> None:
    text = 'There was "broad agreement" on the budget, Lund said.'
    (claim,) = find(text)
    assert claim.speaker == "Lund"
    assert extra(claim)["attribution"] == "clause_end"


def test_surname_takes_the_full_name_used_earlier() -> None:
    text = (
        'Health Minister Irena Kovac said clinics were "overwhelmed." '
        '"We need more nurses," Kovac said.'
    )
    assert [c.speaker for c in find(text)] == ["Irena Kovac", "Irena Kovac"]


def test_short_organisation_name_takes_the_fuller_form() -> None:
    text = (
        "Brazil's Finance Ministry said the deficit was shrinking.\n\n"
        '"Revenue beat forecasts," the Finance Ministry said.'
    )
    assert [c.speaker for c in find(text)] == ["Brazil's Finance Ministry"]


def test_attribution_in_the_previous_sentence() -> None:
    text = 'Kovac said the hospital would stay open. "It is not for sale."'
    (claim,) = find(text)
    assert claim.speaker == "Kovac"
    assert extra(claim)["attribution"] == "previous_sentence"


def test_a_quote_after_a_colon_in_the_previous_paragraph() -> None:
    text = 'President Ilse Brandt said:\n\n"We have no plans to leave."'
    assert spoken(text) == [('"We have no plans to leave."', "Ilse Brandt")]


def test_a_new_paragraph_without_a_colon_does_not_inherit_a_speaker() -> None:
    text = 'Brandt said taxes would fall.\n\n"Markets Cheer" As Stocks Rise'
    assert spoken(text) == [('"Markets Cheer"', None)]


def test_he_and_she_resolve_to_the_last_named_person() -> None:
    text = (
        '"We are ready," General Nadia Petrova said. "The bridge will hold," she added.'
    )
    (first, second) = find(text)
    assert first.speaker == second.speaker == "Nadia Petrova"
    assert extra(second)["attribution"] == "pronoun"


def test_pronouns_without_a_named_person_stay_unknown() -> None:
    assert spoken('"Prices will rise," she said.') == [('"Prices will rise,"', None)]
    text = 'The company said its profits were "solid," and it says "more is coming."'
    assert [c.speaker for c in find(text)] == [None, None]


def test_an_unnamed_attribution_gives_no_speaker() -> None:
    (claim,) = find('"Talks collapsed," a union spokesman said.')
    assert claim.speaker is None
    assert extra(claim)["attribution"] == "unnamed"


def test_a_quote_without_attribution_has_no_speaker() -> None:
    (claim,) = find('The slogan "Bread first" appeared on walls across the city.')
    assert claim.speaker is None
    assert extra(claim)["attribution"] is None


def test_a_verb_followed_by_to_is_not_an_attribution() -> None:
    text = 'Facing a "fiscal cliff," Oslo pledged to cut spending.'
    assert [c.speaker for c in find(text)] == [None]


def test_one_or_two_words_are_marked_as_scare_quotes() -> None:
    (scare, real) = find(
        'Rebels called them "peace units" and said "we will not give up."'
    )
    assert extra(scare)["scare_quote"] is True
    assert extra(real)["scare_quote"] is False


def test_multi_sentence_quote_is_one_claim() -> None:
    text = '"We lost power at noon. Then the pumps failed," Lund said.'
    (claim,) = find(text)
    assert claim.text == '"We lost power at noon. Then the pumps failed,"'
    assert claim.speaker == "Lund"


def test_a_quote_reopened_in_the_next_paragraph_continues() -> None:
    text = (
        'Dr. Amal Haddad said: "The ward is full.\n\n'
        '"We are turning people away," she said.'
    )
    (claim,) = find(text)
    assert claim.text.startswith('"The ward is full.')
    assert claim.text.endswith('away,"')
    assert extra(claim)["paragraphs"] == 2
    assert claim.speaker == "Amal Haddad"


def test_an_unclosed_quote_ends_at_the_paragraph_break() -> None:
    text = 'He said "the plan was\n\nThe council met on "Tuesday night" anyway.'
    assert [c.text for c in find(text)] == ['"Tuesday night"']


def test_inch_marks_and_apostrophes_are_not_quotes() -> None:
    text = "The 12\" pipe burst near Russia's border and the workers' camp."
    assert find(text) == []


def test_clear_single_quotes_count_outside_double_quotes() -> None:
    text = "'Fuel Crisis' Deepens As Ports Close\n\nShe said \"it is a 'crisis' now\"."
    assert [c.text for c in find(text)] == ["'Fuel Crisis'", "\"it is a 'crisis' now\""]


def test_british_single_quotes_with_attribution() -> None:
    text = "'We will fight on, and Russia's threats change nothing,' Lund said."
    assert spoken(text) == [
        ("'We will fight on, and Russia's threats change nothing,'", "Lund")
    ]


def test_clean_name_drops_titles_but_keeps_organisations() -> None:
    assert clean_name("Russian President Vladimir Putin", EN) == "Vladimir Putin"
    assert clean_name("Chief of Staff Valery Gerasimov", EN) == "Valery Gerasimov"
    assert clean_name("Russia's Defense Ministry", EN) == "Russia's Defense Ministry"
    assert clean_name("But Kovac", EN) == "Kovac"
    assert clean_name("Tajikistan's", EN) is None


@pytest.mark.parametrize(
    "hostile",
    [
        '"' + "The fund lost $5 million in a week. " * 30_000,
        'a"b ' * 25_000,
        "'ab " * 200_000,
        '"a\n\n' * 100_000,
    ],
    ids=["unclosed", "glued-marks", "apostrophes", "paragraphs"],
)
def test_hostile_text_is_scanned_in_linear_time(hostile: str) -> None:
    # Speed is measured by `make bench`; here, quotes stay capped.
    found = find(hostile)
    assert all(len(c.text) <= quotes.MAX_QUOTE_CHARS + 2 for c in found)


TOKENS = [
    '"',
    "“",
    "”",
    "'",
    "«",
    "»",
    " ",
    " ",
    "\n",
    "\n\n",
    ",",
    ".",
    ":",
    "said",
    "Lund",
    "Ana Ruiz",
    "he",
    "she",
    "told reporters",
    "according to",
    "Reuters",
    "the",
    "Finance Ministry",
    "we",
    "will",
    "12",
    "$5",
    "U.S.",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=40))
def test_quote_claims_are_ordered_marked_spans_of_the_text(tokens: list[str]) -> None:
    text = "".join(tokens)
    found = find(text)
    previous_end = 0
    for claim in found:
        assert previous_end <= claim.start < claim.end <= len(text)
        assert text[claim.start : claim.end] == claim.text
        assert claim.text[0] in "\"“„«'‘" and claim.text[-1] in "\"”»'’"
        assert claim.speaker is None or claim.speaker.strip() == claim.speaker != ""
        previous_end = claim.end


def test_said_to_reporters_is_still_an_attribution() -> None:
    assert spoken('"Go home," Lund said to reporters.') == [('"Go home,"', "Lund")]
    assert spoken('"Go home," Lund said to Reuters.') == [('"Go home,"', "Lund")]


def test_a_single_quote_overlapping_a_double_quote_is_dropped() -> None:
    text = "He wrote 'a \"bold' plan\" today."
    assert [c.text for c in find(text)] == ['"bold\' plan"']


def test_abbreviated_titles_and_home_states_are_dropped_from_names() -> None:
    text = '"It costs too much," said Sen. Mara Quill of Ohio, the party whip.'
    assert [c.speaker for c in find(text)] == ["Mara Quill"]


def test_several_asides_between_speaker_and_verb() -> None:
    text = "“We stay,” Rosa Lind, 61, a baker from Bergen, told the Bergen Times."
    assert [c.speaker for c in find(text)] == ["Rosa Lind"]


def test_the_listener_after_told_is_not_the_speaker() -> None:
    text = 'The clinic will close, the nurse said. "It is over," she told The Herald.'
    assert [c.speaker for c in find(text)] == [None]


def test_generic_plural_nouns_are_not_speakers() -> None:
    text = 'Officials described the flood damage as "severe but local."'
    assert [c.speaker for c in find(text)] == [None]


def test_organisations_with_of_keep_their_whole_name() -> None:
    text = 'The Bank of Ghana said rates would stay "where they are for now."'
    assert [c.speaker for c in find(text)] == ["Bank of Ghana"]


def test_a_pronoun_after_another_known_speaker_is_named_stays_unresolved() -> None:
    text = (
        '"Rates must rise," Lena Dorsch said. "Not yet," Omar Diallo said. '
        'The talks ran late and Dorsch left early. "We agree on nothing," she said.'
    )
    assert [c.speaker for c in find(text)] == ["Lena Dorsch", "Omar Diallo", None]


def test_a_pronoun_takes_the_known_speaker_who_opens_the_previous_sentence() -> None:
    text = (
        '"Talk to us," union leader Kees de Vries said. "Act now," said Minister '
        'Ada Smit. De Vries, 58, dismissed the plea. "She called too late," he said.'
    )
    assert [c.speaker for c in find(text)] == [
        "Kees de Vries",
        "Ada Smit",
        "Kees de Vries",
    ]


def test_a_place_after_a_preposition_is_not_the_speaker() -> None:
    text = 'Meanwhile, dockers in Antwerp said they would hold a "solidarity hour."'
    assert [c.speaker for c in find(text)] == [None]
