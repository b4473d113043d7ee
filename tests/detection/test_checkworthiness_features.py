"""The check-worthiness featurizer: tokens, terms, cues and stable hashing."""

from __future__ import annotations

import math
import subprocess
import sys

from annotations.detection import Kind
from annotations.detection.statements import features as feats
from annotations.detection.statements import offline
from tests.detection.support import EN

assert EN.statements is not None
CUES = EN.statements


def test_tokens_are_lower_case_words_numbers_and_signs() -> None:
    tokens = feats.tokens("GDP grew 2.5% in 2019, Mr. O’Brien said.")
    assert tokens == ["gdp", "grew", "2.5", "%", "in", "2019", "mr", "o'brien", "said"]


def test_char_terms_are_padded_three_to_five_grams() -> None:
    terms = feats.char_terms("tax")
    assert terms == ["c: ta", "c:tax", "c:ax ", "c: tax", "c:tax ", "c: tax "]


def test_word_and_char_blocks_are_scaled_by_their_size() -> None:
    values = offline.named_features("Taxes rose.", language="en")
    assert values["w:taxes"] == values["b:taxes rose"] == 1 / math.sqrt(3)
    char_count = len(feats.char_terms("taxes")) + len(feats.char_terms("rose"))
    assert values["c:axe"] == 1 / math.sqrt(char_count)


def test_cues_name_the_detected_kinds_and_lexical_signals() -> None:
    text = "Exports were higher than ever, the largest rise, officials said."
    terms = feats.cue_terms(text, feats.tokens(text), {Kind.PERCENT, Kind.QUOTE}, CUES)
    assert "k:percent" in terms and "k:quote" in terms
    assert "x:comparative=higher" in terms
    assert "x:superlative=largest" in terms
    assert "x:attribution=said" in terms


def test_words_ending_in_est_are_not_all_superlatives() -> None:
    text = "The interest on the request was modest."
    terms = feats.cue_terms(text, feats.tokens(text), (), CUES)
    assert not [term for term in terms if term.startswith("x:superlative")]


def test_questions_and_numbers_are_cues() -> None:
    text = "Did 300 people really come?"
    terms = feats.cue_terms(text, feats.tokens(text), (), CUES)
    assert "x:question" in terms and "x:number" in terms


def test_buckets_are_stable_across_interpreters() -> None:
    code = (
        "from annotations.detection.statements.features import bucket;"
        "print(bucket('w:tax'))"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout.strip()
        for _ in range(2)
    }
    assert outputs == {str(feats.bucket("w:tax"))}
    assert 0 <= feats.bucket("w:tax") < 2**feats.HASH_BITS


def test_descriptions_are_readable() -> None:
    assert feats.describe("w:percent", CUES) == "word: 'percent'"
    assert feats.describe("b:lowest level", CUES) == "phrase: 'lowest level'"
    assert feats.describe("k:money", CUES) == "has money figure"
    assert feats.describe("k:quote", CUES) == "has quote"
    assert feats.describe("x:superlative=largest", CUES) == "superlative: 'largest'"
    assert feats.describe("x:number", CUES) == "mentions a number"
