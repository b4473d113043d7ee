"""Check-worthiness one sentence at a time: for training, evaluation and
explanations outside ``detect()``, which scores a whole text through
``annotate``.

The reference featurizer (``named_features``, ``hashed_features``) is what
training builds its matrix from; ``Model.logit`` gives the same decision value
without building the terms.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable
from functools import cache

from .. import statements as scoring
from ..lang import load
from ..lang.schema import Statements
from ..types import Kind
from . import TOP_FEATURES, Model, reasons_of, sigmoid
from . import features as feats
from .features import CUE_VALUE, bucket, char_terms, cue_terms, tokens


def model_for(language: str) -> Model:
    """The shipped model of ``language`` (a tag such as "en")."""
    return scoring.model(cues(language))


@cache
def cues(language: str) -> Statements:
    """The check-worthiness words of ``language``; a language without a model
    raises ``ValueError``."""
    found = load(language).statements
    if found is None:
        raise ValueError(f"No check-worthiness model for language {language!r}")
    return found


def score(text: str, kinds: Iterable[Kind] = (), *, language: str) -> float:
    """Check-worthiness of one sentence in [0, 1], given the claim kinds found in it.

    >>> score("It is the largest deficit in history.", language="en") > score(
    ...     "Good evening.", language="en")
    True
    """
    return sigmoid(model_for(language).logit(text, kinds))


def sentence_kinds(text: str, *, language: str) -> frozenset[Kind]:
    """The claim kinds the detection engine finds in a lone sentence."""
    from .. import detect

    found = detect(text, language=language, statements=False)
    return frozenset(claim.kind for claim in found)


def score_sentences(
    texts: Iterable[str], *, language: str, use_detectors: bool = True
) -> list[float]:
    """Scores of single sentences, running the figure and quote detectors on each.

    >>> texts = ["Crime rose 20 percent.", "Hello."]
    >>> [round(s) for s in score_sentences(texts, language="en")]
    [1, 0]
    """
    return [
        score(
            text,
            sentence_kinds(text, language=language) if use_detectors else (),
            language=language,
        )
        for text in texts
    ]


def reasons(
    text: str, kinds: Iterable[Kind] = (), *, language: str
) -> list[tuple[str, float]]:
    """Every readable reason with its contribution to the logit, largest first.

    A word's contribution includes its character n-grams, so "word: 'percent'"
    stands for everything the model saw of that word.
    """
    current = model_for(language)
    toks = feats.tokens(text)
    return reasons_of(current, toks, feats.cue_terms(text, toks, kinds, current.lang))


def explain(
    text: str, top: int = TOP_FEATURES, *, language: str
) -> list[tuple[str, float]]:
    """The ``top`` features that raised the score of one sentence most.

    >>> found = explain("The largest tax rise in history.", language="en")
    >>> "superlative: 'largest'" in dict(found)
    True
    """
    kinds = sentence_kinds(text, language=language)
    found = reasons(text, kinds, language=language)[:top]
    return [item for item in found if item[1] > 0]


def word_terms(toks: list[str]) -> list[str]:
    """Unigram terms ``w:tok`` followed by bigram terms ``b:tok tok``."""
    terms = ["w:" + tok for tok in toks]
    terms.extend(f"b:{a} {b}" for a, b in itertools.pairwise(toks))
    return terms


def named_features(
    text: str, kinds: Iterable[Kind] = (), *, language: str
) -> dict[str, float]:
    """Every term of ``text`` with its value (before hashing).

    >>> named_features("Taxes rose.", (), language="en")["w:rose"]  # 1 / sqrt(3)
    0.5773502691896258
    """
    toks = tokens(text)
    values: dict[str, float] = {}
    chars = [term for tok in toks for term in char_terms(tok)]
    for block in (word_terms(toks), chars):
        weight = 1.0 / math.sqrt(len(block)) if block else 0.0
        for term in block:
            values[term] = values.get(term, 0.0) + weight
    for term in cue_terms(text, toks, kinds, cues(language)):
        values[term] = CUE_VALUE
    return values


def hashed_features(
    text: str, kinds: Iterable[Kind] = (), *, language: str
) -> dict[int, float]:
    """The features the model sees: bucket -> summed value."""
    hashed: dict[int, float] = {}
    for term, value in named_features(text, kinds, language=language).items():
        key = bucket(term)
        hashed[key] = hashed.get(key, 0.0) + value
    return hashed
