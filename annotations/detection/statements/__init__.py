"""Sentence check-worthiness: score every sentence and flag figure-free claims.

Each language with a model names it in its bundle (``lang.statements``): a
logistic regression over the hashed terms of ``statements.features``, trained
by ``scripts/train_checkworthiness.py`` (English: on the ClaimBuster
crowdsourced sentences) and shipped as plain JSON weights, so scoring needs
neither scikit-learn nor numpy. A language without one gets no scores and no
statement claims.

Scoring one sentence at a time, for training and evaluation, is in
``offline``.

>>> from .offline import score_sentences
>>> score_sentences(["Thank you all for coming tonight."], language="en")[0] < THRESHOLD
True
"""

from __future__ import annotations

import bisect
import gzip
import itertools
import json
import math
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..context import Context
from ..lang.schema import Statements
from ..text.sentences import split
from ..types import Claim, Kind
from . import features as feats

#: Default cut-off: the best F1 of the check-worthy class in cross-validation on
#: the training data (debates held out whole), rounded; see the weights metadata.
DEFAULT_THRESHOLD = 0.3
THRESHOLD_ENV = "FACTCHECK_CHECKWORTHY_THRESHOLD"
#: How many reasons a claim carries in ``features``.
TOP_FEATURES = 5
# Claims of these kinds already cover their sentence: no statement on top.
COVERING_KINDS = frozenset(feats.CUE_KINDS) | {Kind.CONVERSION}
# The per-token, per-term and per-pair caches are bounded so a stream of unseen
# words cannot grow them forever.
_TOKEN_CACHE_LIMIT = 200_000


def _threshold_from_env() -> float:
    raw = os.environ.get(THRESHOLD_ENV, "").strip()
    if not raw:
        return DEFAULT_THRESHOLD
    try:
        value = float(raw)
    except ValueError:
        raise ValueError(f"{THRESHOLD_ENV} must be a number, got {raw!r}") from None
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{THRESHOLD_ENV} must be between 0 and 1, got {raw!r}")
    return value


#: The threshold in force: the environment variable, read once at import, or the
#: default.
THRESHOLD = _threshold_from_env()


@dataclass(slots=True)
class Model:
    """Loaded weights with the caches that make scoring fast."""

    bias: float
    weights: list[float]
    meta: dict[str, Any]
    #: The language's cues and labels the model was trained with.
    lang: Statements
    _tokens: dict[str, tuple[float, float, int]] = field(default_factory=dict)
    _terms: dict[str, float] = field(default_factory=dict)
    _pairs: dict[tuple[str, str], float] = field(default_factory=dict)

    def weight(self, term: str) -> float:
        value = self._terms.get(term)
        if value is None:
            value = self.weights[feats.bucket(term)]
            if len(self._terms) >= _TOKEN_CACHE_LIMIT:
                self._terms.clear()
            self._terms[term] = value
        return value

    def pair_weight(self, first: str, second: str) -> float:
        """The weight of the bigram term ``b:first second``, cached by the pair
        (no term string to build and hash once the pair has been seen)."""
        value = self._pairs.get((first, second))
        if value is None:
            value = self.weights[feats.bucket(f"b:{first} {second}")]
            if len(self._pairs) >= _TOKEN_CACHE_LIMIT:
                self._pairs.clear()
            self._pairs[(first, second)] = value
        return value

    def token_entry(self, tok: str) -> tuple[float, float, int]:
        """(unigram weight, summed char-gram weights, char-gram count) of a token."""
        entry = self._tokens.get(tok)
        if entry is None:
            chars = feats.char_terms(tok)
            weights = self.weights
            char_sum = sum(weights[feats.bucket(term)] for term in chars)
            entry = (weights[feats.bucket("w:" + tok)], char_sum, len(chars))
            if len(self._tokens) >= _TOKEN_CACHE_LIMIT:
                self._tokens.clear()
            self._tokens[tok] = entry
        return entry

    def logit(self, text: str, kinds: Iterable[Kind] = ()) -> float:
        """Decision value; equal to the dot product with ``hashed_features``."""
        toks = feats.tokens(text)
        return self.logit_of(toks, feats.cue_terms(text, toks, kinds, self.lang))

    def logit_of(self, toks: list[str], cues: list[str]) -> float:
        """``logit`` of a sentence already split into tokens and cue terms."""
        word_sum = char_sum = 0.0
        char_count = 0
        for tok in toks:
            unigram, chars, count = self.token_entry(tok)
            word_sum += unigram
            char_sum += chars
            char_count += count
        pair_weight = self.pair_weight
        for first, second in itertools.pairwise(toks):
            word_sum += pair_weight(first, second)
        word_count = max(2 * len(toks) - 1, 0)
        total = self.bias
        if word_count:
            total += word_sum / math.sqrt(word_count)
        if char_count:
            total += char_sum / math.sqrt(char_count)
        for term in cues:
            total += feats.CUE_VALUE * self.weight(term)
        return total


@cache
def model(lang: Statements) -> Model:
    """A language's shipped model, loaded on first use."""
    with gzip.open(lang.weights, "rt", encoding="utf-8") as handle:
        data = json.load(handle)
    return model_from_dict(data, lang)


def model_from_dict(data: dict[str, Any], lang: Statements) -> Model:
    """Build a model from the exported JSON (buckets are delta-encoded)."""
    meta = data["meta"]
    if meta["featurizer_version"] != feats.FEATURIZER_VERSION:
        raise ValueError(
            f"Weights were trained with featurizer {meta['featurizer_version']}, "
            f"this code is featurizer {feats.FEATURIZER_VERSION}: retrain them"
        )
    weights = [0.0] * (1 << meta["hash_bits"])
    position = 0
    for delta, value in zip(data["bucket_deltas"], data["weights"], strict=True):
        position += delta
        weights[position] = value
    return Model(bias=data["bias"], weights=weights, meta=meta, lang=lang)


def sigmoid(value: float) -> float:
    if value >= 0:
        return 1.0 / (1.0 + math.exp(-value))
    exp = math.exp(value)
    return exp / (1.0 + exp)


def reasons_of(
    current: Model, toks: list[str], cues: list[str]
) -> list[tuple[str, float]]:
    """``reasons`` of a sentence already split into tokens and cue terms."""
    # "word: '{text}'" around each word: concatenated, as reasons label every
    # word of every scored sentence (the schema keeps these slots plain).
    word_before, _, word_after = current.lang.labels["word"].partition("{text}")
    pair_before, _, pair_after = current.lang.labels["phrase"].partition("{text}")
    char_count = sum(current.token_entry(tok)[2] for tok in toks)
    word_norm = math.sqrt(max(2 * len(toks) - 1, 1))
    char_norm = math.sqrt(max(char_count, 1))
    totals: dict[str, float] = {}

    def add(label: str, value: float) -> None:
        totals[label] = totals.get(label, 0.0) + value

    for tok in toks:
        unigram, chars, _count = current.token_entry(tok)
        add(word_before + tok + word_after, unigram / word_norm + chars / char_norm)
    for first, second in itertools.pairwise(toks):
        weight = current.pair_weight(first, second)
        add(f"{pair_before}{first} {second}{pair_after}", weight / word_norm)
    for term in cues:
        add(feats.describe(term, current.lang), feats.CUE_VALUE * current.weight(term))
    return sorted(totals.items(), key=lambda item: -item[1])


def annotate(
    ctx: Context, claims: Sequence[Claim], *, threshold: float | None = None
) -> list[Claim]:
    """Score every sentence of the text; return the claims with scores plus statements.

    Each claim gets the highest score of the sentences it overlaps, and that
    sentence's reasons. A sentence scoring at least ``threshold`` (default
    :data:`THRESHOLD`) that no figure, conversion or quote covers becomes a
    ``statement`` claim. Without a model for the language the claims come back
    as they are.
    """
    if ctx.lang.statements is None:
        return list(claims)
    limit = THRESHOLD if threshold is None else threshold
    spans = split(ctx)
    owners = _owners(spans, claims)
    kinds = _kinds_by_sentence(len(spans), claims, owners)
    current = model(ctx.lang.statements)
    cues = current.lang
    # Each sentence is tokenized once, for its score and for its reasons.
    prepared = []
    for (start, end), found in zip(spans, kinds, strict=True):
        sentence = ctx.text[start:end]
        toks = feats.tokens(sentence)
        prepared.append((toks, feats.cue_terms(sentence, toks, found, cues)))
    scores = [sigmoid(current.logit_of(toks, terms)) for toks, terms in prepared]
    labels: dict[int, tuple[str, ...]] = {}

    def labels_of(index: int) -> tuple[str, ...]:
        if index not in labels:
            found = reasons_of(current, *prepared[index])[:TOP_FEATURES]
            labels[index] = tuple(label for label, value in found if value > 0)
        return labels[index]

    result = []
    for claim, owned in zip(claims, owners, strict=True):
        if owned and claim.kind != Kind.STATEMENT:
            best = max(owned, key=scores.__getitem__)
            claim = claim.replace(score=scores[best], features=labels_of(best))
        result.append(claim)
    for index, (start, end) in enumerate(spans):
        if scores[index] >= limit and not kinds[index] & COVERING_KINDS:
            statement = Claim(Kind.STATEMENT, start, end, ctx.text[start:end])
            result.append(
                statement.replace(score=scores[index], features=labels_of(index))
            )
    return result


def _kinds_by_sentence(
    count: int, claims: Sequence[Claim], owners: Sequence[range]
) -> list[set[Kind]]:
    kinds: list[set[Kind]] = [set() for _ in range(count)]
    for claim, owned in zip(claims, owners, strict=True):
        for index in owned:
            kinds[index].add(claim.kind)
    return kinds


def _owners(spans: Sequence[tuple[int, int]], claims: Sequence[Claim]) -> list[range]:
    """For each claim, the indexes of the sentences it overlaps.

    ``spans`` are sorted and disjoint; a claim in the gap between two sentences
    (whitespace) belongs to none.
    """
    starts = [start for start, _end in spans]
    owners = []
    for claim in claims:
        first = max(bisect.bisect_right(starts, claim.start) - 1, 0)
        if first < len(spans) and spans[first][1] <= claim.start:
            first += 1
        last = bisect.bisect_left(starts, max(claim.end, claim.start + 1))
        owners.append(range(first, max(first, last)))
    return owners
