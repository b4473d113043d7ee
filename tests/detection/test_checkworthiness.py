"""Check-worthiness scoring: sentence scores, statements, explanations, weights."""

from __future__ import annotations

import doctest
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from annotations.detection import FIGURE_KINDS, Kind, detect
from annotations.detection import statements as cw
from annotations.detection.context import Context
from annotations.detection.statements import features as feats
from annotations.detection.statements import offline
from tests.detection.support import EN

assert EN.statements is not None
CUES = EN.statements

ROOT = Path(__file__).resolve().parents[2]

CHECK_WORTHY = [
    "Unemployment fell to 4.1 percent last year, the lowest level since 2001.",
    "Russia has more nuclear weapons than any other country.",
    "Crime in our cities has doubled since the mayor took office.",
]
NOT_FACTUAL = [
    "Thank you all for coming tonight.",
    "Good evening, and welcome.",
    "I hope you enjoy the rest of the evening.",
]
ARTICLE = (
    "Thank you all for coming tonight. "
    "Unemployment fell to 4.1 percent last year, the lowest level since 2001. "
    "Russia has more nuclear weapons than any other country. "
    "I hope you enjoy the rest of the evening."
)


@pytest.mark.parametrize("sentence", CHECK_WORTHY)
def test_it_scores_factual_claims_above_the_threshold(sentence: str) -> None:
    assert offline.score_sentences([sentence], language="en")[0] >= cw.THRESHOLD


@pytest.mark.parametrize("sentence", NOT_FACTUAL)
def test_it_scores_pleasantries_below_the_threshold(sentence: str) -> None:
    assert offline.score_sentences([sentence], language="en")[0] < cw.THRESHOLD


def test_scores_are_probabilities_even_for_odd_input() -> None:
    scores = offline.score_sentences(
        ["", "?", "1 2 3 4 5", "é" * 500, "\u200b\n\t"], language="en"
    )
    assert all(0.0 <= value <= 1.0 for value in scores)


def test_fast_scoring_equals_the_dot_product_of_hashed_features() -> None:
    model = cw.model(CUES)
    for sentence in [*CHECK_WORTHY, *NOT_FACTUAL]:
        kinds = offline.sentence_kinds(sentence, language="en")
        hashed = offline.hashed_features(sentence, kinds, language="en")
        expected = model.bias + sum(model.weights[k] * v for k, v in hashed.items())
        assert model.logit(sentence, kinds) == pytest.approx(expected, abs=1e-9)


def test_detector_cues_raise_the_score() -> None:
    sentence = "The budget grew by $7 million."
    assert offline.score(sentence, {Kind.MONEY}, language="en") > offline.score(
        sentence, (), language="en"
    )


def test_figure_free_check_worthy_sentence_becomes_a_statement() -> None:
    claims = detect(ARTICLE)
    statements = [claim for claim in claims if claim.kind == Kind.STATEMENT]
    assert [claim.text for claim in statements] == [CHECK_WORTHY[1]]
    statement = statements[0]
    assert ARTICLE[statement.start : statement.end] == statement.text
    assert statement.score is not None and statement.score >= cw.THRESHOLD
    assert statement.features


def test_statements_never_overlap_figure_or_quote_claims() -> None:
    text = ARTICLE + ' "Our economy is the strongest in the world," the senator said.'
    claims = detect(text)
    statements = [claim for claim in claims if claim.kind == Kind.STATEMENT]
    covering = [c for c in claims if c.kind in FIGURE_KINDS or c.kind == Kind.QUOTE]
    assert covering
    for statement in statements:
        assert not any(statement.overlaps(other) for other in covering)


def test_figure_claims_carry_their_sentence_score_and_reasons() -> None:
    claims = detect(ARTICLE)
    percent = next(claim for claim in claims if claim.kind == Kind.PERCENT)
    assert percent.score == pytest.approx(
        offline.score_sentences([CHECK_WORTHY[0]], language="en")[0]
    )
    assert percent.features
    pleasantry_end = len(NOT_FACTUAL[0])
    assert all(claim.start >= pleasantry_end for claim in claims)


def test_threshold_argument_decides_which_sentences_become_statements() -> None:
    ctx = Context.create(ARTICLE, published=None, language="en")
    none = cw.annotate(ctx, [], threshold=1.0)
    every = cw.annotate(ctx, [], threshold=0.0)
    assert none == []
    assert [claim.text for claim in every][:2] == [NOT_FACTUAL[0], CHECK_WORTHY[0]]
    assert len(every) == 4


def test_statements_can_be_turned_off() -> None:
    claims = detect(ARTICLE, statements=False)
    assert all(claim.kind != Kind.STATEMENT and claim.score is None for claim in claims)


def test_threshold_comes_from_the_environment_once() -> None:
    code = "from annotations.detection import statements as cw; print(cw.THRESHOLD)"
    result = _run_python(code, {cw.THRESHOLD_ENV: "0.75"})
    assert result.stdout.strip() == "0.75"


def test_a_bad_threshold_in_the_environment_fails_loudly() -> None:
    code = "import annotations.detection.statements"
    result = _run_python(code, {cw.THRESHOLD_ENV: "high"}, check=False)
    assert result.returncode != 0
    assert "FACTCHECK_CHECKWORTHY_THRESHOLD must be a number" in result.stderr


def test_explanation_lists_readable_reasons_that_raised_the_score() -> None:
    reasons = offline.explain(CHECK_WORTHY[0], top=5, language="en")
    labels = [label for label, _weight in reasons]
    assert 0 < len(reasons) <= 5
    assert all(weight > 0 for _label, weight in reasons)
    assert [weight for _label, weight in reasons] == sorted(
        (weight for _label, weight in reasons), reverse=True
    )
    assert "word: 'percent'" in labels


def test_explanation_of_a_pleasantry_has_little_to_say() -> None:
    reasons = offline.explain(NOT_FACTUAL[0], language="en")
    assert sum(weight for _label, weight in reasons) < 1.0


def test_reasons_describe_cues_in_plain_words() -> None:
    labels = dict(
        offline.reasons("It is the largest cut.", {Kind.MONEY}, language="en")
    )
    assert "superlative: 'largest'" in labels
    assert "has money figure" in labels


def test_shipped_weights_credit_the_claimbuster_data() -> None:
    meta = cw.model(CUES).meta
    assert "CC BY 4.0" in meta["attribution"]
    assert "10.5281/zenodo.3609356" in meta["attribution"]
    assert meta["featurizer_version"] == feats.FEATURIZER_VERSION
    assert meta["threshold"] == cw.DEFAULT_THRESHOLD


def test_shipped_weights_load_and_score_without_scikit_learn() -> None:
    code = textwrap.dedent(
        """
        import sys

        class Blocker:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in {"sklearn", "scipy", "numpy"}:
                    raise ImportError(f"{name} is blocked")
                return None

        sys.meta_path.insert(0, Blocker())
        try:
            import sklearn  # noqa: F401
        except ImportError:
            pass
        else:
            sys.exit("sklearn was importable")
        from annotations.detection.statements import offline
        print(round(offline.score_sentences(["Taxes rose 40 percent."], language="en")[0], 3))
        """
    )
    result = _run_python(code, {})
    assert 0.0 < float(result.stdout) <= 1.0


def _run_python(
    code: str, env: dict[str, str], *, check: bool = True
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=check,
        timeout=60,
    )


def test_docstring_examples_hold() -> None:
    for module in (cw, feats):
        result = doctest.testmod(module)
        assert result.attempted > 0 and result.failed == 0


def test_scoring_caches_stay_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """A long stream of unseen words and word pairs cannot grow memory forever."""
    monkeypatch.setattr(cw, "_TOKEN_CACHE_LIMIT", 50)
    fresh = cw.model_from_dict(_shipped_weights(), CUES)
    monkeypatch.setattr(cw, "model", lambda lang: fresh)
    for n in range(200):
        sentence = f"Word{n} pair{n} rose {n} percent, the largest rise since {n}."
        offline.score(sentence, language="en")
        offline.reasons(sentence, language="en")
    assert 0 < len(fresh._tokens) <= 50
    assert 0 < len(fresh._pairs) <= 50
    assert 0 < len(fresh._terms) <= 50


def _shipped_weights() -> dict[str, object]:
    import gzip
    import json

    with gzip.open(CUES.weights, "rt", encoding="utf-8") as handle:
        data: dict[str, object] = json.load(handle)
    return data
