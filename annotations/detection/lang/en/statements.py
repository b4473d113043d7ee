"""English cues of the check-worthiness model and how its features read."""

from __future__ import annotations

from pathlib import Path

from ..schema import Statements


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


#: Trained on the ClaimBuster crowdsourced sentences (see the README).
WEIGHTS = Path(__file__).resolve().parent / "checkworthiness.json.gz"

SUPERLATIVES = _words(
    "most least best worst largest biggest highest lowest fastest "
    "slowest greatest smallest first last only record"
)
#: Words ending in "-est" that are no superlatives.
NOT_SUPERLATIVES = _words(
    "interest honest test west forest request protest suggest invest "
    "rest arrest guest chest nest digest contest pest quest manifest "
    "modest harvest conquest inquest dishonest earnest"
)
COMPARATIVES = _words(
    "more less fewer higher lower greater bigger smaller larger better "
    "worse faster slower cheaper"
)
CHANGE_VERBS = _words(
    "rose risen fell fallen increased decreased doubled tripled halved "
    "grew grown dropped declined cut raised reduced gained lost soared "
    "plunged"
)
ATTRIBUTION = _words(
    "said says according reported announced claimed stated told estimated"
)
NUMBER_WORDS = _words(
    "hundred hundreds thousand thousands million millions billion "
    "billions trillion trillions percent dozen half twice"
)

#: How a feature reads in a claim's explanation ("superlative: 'lowest'").
LABELS: dict[str, str] = {
    "word": "word: '{text}'",
    "phrase": "phrase: '{text}'",
    "characters": "characters: '{text}'",
    "has_quote": "has quote",
    "has_figure": "has {kind} figure",
    "length": "length: {text} words",
    "number": "mentions a number",
    "superlative": "superlative: '{text}'",
    "comparative": "comparative: '{text}'",
    "change": "change: '{text}'",
    "attribution": "attribution: '{text}'",
    "question": "question",
}

STATEMENTS = Statements(
    weights=WEIGHTS,
    superlatives=SUPERLATIVES,
    not_superlatives=NOT_SUPERLATIVES,
    superlative_ending="est",
    superlative_min_length=6,
    comparatives=COMPARATIVES,
    comparative_follower="than",
    change_verbs=CHANGE_VERBS,
    attribution=ATTRIBUTION,
    number_words=NUMBER_WORDS,
    labels=LABELS,
)
