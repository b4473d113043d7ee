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

from ..types import Kind
from . import TOP_FEATURES, model, reasons_of, sigmoid
from . import features as feats
from .features import CUE_VALUE, bucket, char_terms, cue_terms, tokens


def score(text: str, kinds: Iterable[Kind] = ()) -> float:
    """Check-worthiness of one sentence in [0, 1], given the claim kinds found in it.

    >>> score("It is the largest deficit in history.") > score("Good evening.")
    True
    """
    return sigmoid(model().logit(text, kinds))


def sentence_kinds(text: str) -> frozenset[Kind]:
    """The claim kinds the detection engine finds in a lone sentence."""
    from .. import detect

    return frozenset(claim.kind for claim in detect(text, statements=False))


def score_sentences(texts: Iterable[str], *, use_detectors: bool = True) -> list[float]:
    """Scores of single sentences, running the figure and quote detectors on each.

    >>> [round(s) for s in score_sentences(["Crime rose 20 percent.", "Hello."])]
    [1, 0]
    """
    return [
        score(text, sentence_kinds(text) if use_detectors else ()) for text in texts
    ]


def reasons(text: str, kinds: Iterable[Kind] = ()) -> list[tuple[str, float]]:
    """Every readable reason with its contribution to the logit, largest first.

    A word's contribution includes its character n-grams, so "word: 'percent'"
    stands for everything the model saw of that word.
    """
    toks = feats.tokens(text)
    return reasons_of(toks, feats.cue_terms(text, toks, kinds))


def explain(text: str, top: int = TOP_FEATURES) -> list[tuple[str, float]]:
    """The ``top`` features that raised the score of one sentence most.

    >>> "superlative: 'largest'" in dict(explain("The largest tax rise in history."))
    True
    """
    return [item for item in reasons(text, sentence_kinds(text))[:top] if item[1] > 0]


def word_terms(toks: list[str]) -> list[str]:
    """Unigram terms ``w:tok`` followed by bigram terms ``b:tok tok``."""
    terms = ["w:" + tok for tok in toks]
    terms.extend(f"b:{a} {b}" for a, b in itertools.pairwise(toks))
    return terms


def named_features(text: str, kinds: Iterable[Kind] = ()) -> dict[str, float]:
    """Every term of ``text`` with its value (before hashing).

    >>> named_features("Taxes rose.", ())["w:rose"]  # 1 / sqrt(2 words + 1 pair)
    0.5773502691896258
    """
    toks = tokens(text)
    values: dict[str, float] = {}
    chars = [term for tok in toks for term in char_terms(tok)]
    for block in (word_terms(toks), chars):
        weight = 1.0 / math.sqrt(len(block)) if block else 0.0
        for term in block:
            values[term] = values.get(term, 0.0) + weight
    for term in cue_terms(text, toks, kinds):
        values[term] = CUE_VALUE
    return values


def hashed_features(text: str, kinds: Iterable[Kind] = ()) -> dict[int, float]:
    """The features the model sees: bucket -> summed value."""
    hashed: dict[int, float] = {}
    for term, value in named_features(text, kinds).items():
        key = bucket(term)
        hashed[key] = hashed.get(key, 0.0) + value
    return hashed
