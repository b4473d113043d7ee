"""Evaluate the shipped check-worthiness model against a TF-IDF baseline.

Usage: ``python scripts/eval_checkworthiness.py [--weights JSON.GZ] [--no-baseline]``.

Prints, for the shipped model and (when scikit-learn is installed) a plain TF-IDF
word + char n-gram logistic regression trained on the same crowdsourced.csv:
precision, recall and F1 of the check-worthy class and average precision on
ClaimBuster's groundtruth.csv (never trained on), and mean average precision over
the CLEF-2019 CheckThat! Task 1 test debates (evaluation only: research licence).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotations.detection import statements as cw  # noqa: E402
from annotations.detection.statements import offline  # noqa: E402

SHARED = Path(os.environ.get("SHARED", ROOT.parent / "shared"))
#: The shipped model evaluated here is the English one.
LANGUAGE = "en"
CLAIMBUSTER = SHARED / "data" / "claimbuster"
CLEF_TEST = SHARED / "data" / "clef2019-checkthat-task1" / "test_gold"

Scorer = Callable[[Sequence[str]], list[float]]


def read_claimbuster(path: Path) -> tuple[list[str], list[int]]:
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return [row["Text"] for row in rows], [
        int(int(row["Verdict"]) == 1) for row in rows
    ]


def read_clef(folder: Path) -> dict[str, tuple[list[str], list[int]]]:
    """Debate name -> (sentences, labels), from the line/speaker/text/label TSVs."""
    debates = {}
    for path in sorted(folder.glob("*.tsv")):
        texts, labels = [], []
        for line in path.read_text(encoding="utf-8").splitlines():
            _number, _speaker, text, label = line.split("\t")
            texts.append(text)
            labels.append(int(label))
        debates[path.stem] = (texts, labels)
    return debates


def precision_recall_f1(
    labels: Sequence[int], flags: Sequence[bool]
) -> tuple[float, ...]:
    hits = sum(1 for label, flag in zip(labels, flags, strict=True) if label and flag)
    flagged, relevant = sum(flags), sum(labels)
    precision = hits / flagged if flagged else 0.0
    recall = hits / relevant if relevant else 0.0
    total = precision + recall
    return precision, recall, 2 * precision * recall / total if total else 0.0


def average_precision(labels: Sequence[int], scores: Sequence[float]) -> float:
    """Mean of the precision at the rank of each positive, best score first."""
    ranked = sorted(zip(scores, labels, strict=True), key=lambda pair: -pair[0])
    hits, total = 0, 0.0
    for rank, (_score, label) in enumerate(ranked, start=1):
        if label:
            hits += 1
            total += hits / rank
    return total / hits if hits else 0.0


def evaluate(name: str, scorer: Scorer, threshold: float) -> dict[str, float]:
    texts, labels = read_claimbuster(CLAIMBUSTER / "groundtruth.csv")
    scores = scorer(texts)
    precision, recall, f1 = precision_recall_f1(
        labels, [s >= threshold for s in scores]
    )
    result = {"threshold": threshold, "precision": precision, "recall": recall}
    result |= {"f1": f1, "ap": average_precision(labels, scores)}
    if CLEF_TEST.is_dir():
        debates = read_clef(CLEF_TEST)
        per_debate = [average_precision(y, scorer(x)) for x, y in debates.values()]
        result["clef_map"] = sum(per_debate) / len(per_debate)
    print(
        f"  {name}: " + ", ".join(f"{k}={v:.3f}" for k, v in result.items()), flush=True
    )
    return result


def shipped_scorer(weights: Path | None) -> tuple[Scorer, float]:
    if weights is None:
        return partial(offline.score_sentences, language=LANGUAGE), cw.THRESHOLD
    with gzip.open(weights, "rt", encoding="utf-8") as handle:
        model = cw.model_from_dict(json.load(handle), offline.cues(LANGUAGE))

    def scorer(texts: Sequence[str]) -> list[float]:
        return [
            cw.sigmoid(model.logit(t, offline.sentence_kinds(t, language=LANGUAGE)))
            for t in texts
        ]

    return scorer, float(model.meta["threshold"])


def scoring_speed(count: int = 5000) -> tuple[float, float]:
    """Sentences per second: model only (kinds known), and with the detectors."""
    texts, _labels = read_claimbuster(CLAIMBUSTER / "crowdsourced.csv")
    texts = texts[:count]
    kinds = [offline.sentence_kinds(text, language=LANGUAGE) for text in texts]
    offline.model_for(LANGUAGE)  # load outside the timing
    started = time.perf_counter()
    for text, found in zip(texts, kinds, strict=True):
        offline.score(text, found, language=LANGUAGE)
    model_only = len(texts) / (time.perf_counter() - started)
    started = time.perf_counter()
    offline.score_sentences(texts, language=LANGUAGE)
    return model_only, len(texts) / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--weights", type=Path, help="evaluate this file instead")
    parser.add_argument("--no-baseline", action="store_true")
    args = parser.parse_args()
    if not (CLAIMBUSTER / "groundtruth.csv").exists():
        sys.exit(f"No ClaimBuster data under {CLAIMBUSTER}: set SHARED")
    print("groundtruth.csv (P/R/F1 of the check-worthy class, AP) and CLEF-2019 MAP:")
    scorer, threshold = shipped_scorer(args.weights)
    results = {"shipped": evaluate("shipped model", scorer, threshold)}
    if not args.no_baseline:
        results["baseline"] = run_baseline()
    if args.weights is None:
        model_only, with_detectors = scoring_speed()
        print(
            f"speed: {model_only:,.0f} sentences/s scoring, "
            f"{with_detectors:,.0f} with the detectors (one core)"
        )
    print_table(results)


def run_baseline() -> dict[str, float]:
    try:
        scorer, threshold = train_baseline(CLAIMBUSTER / "crowdsourced.csv")
    except ImportError as error:
        print(f"  baseline skipped ({error}); `make eval-checkworthiness` installs it")
        return {}
    return evaluate("TF-IDF baseline", scorer, threshold)


def train_baseline(path: Path) -> tuple[Scorer, float]:
    """TF-IDF word 1-2 + char_wb 3-5 grams, logistic regression; threshold by CV."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import precision_recall_curve
    from sklearn.model_selection import GroupKFold, cross_val_predict
    from sklearn.pipeline import make_pipeline, make_union

    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    texts = [row["Text"] for row in rows]
    labels = np.array([int(int(row["Verdict"]) == 1) for row in rows])
    pipeline = make_pipeline(
        make_union(
            TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2),
            TfidfVectorizer(
                analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=2
            ),
        ),
        LogisticRegression(max_iter=2000),
    )
    groups = [row["File_id"] for row in rows]
    folds = GroupKFold(n_splits=5)
    oof = cross_val_predict(
        pipeline, texts, labels, groups=groups, cv=folds, method="predict_proba"
    )[:, 1]
    precision, recall, thresholds = precision_recall_curve(labels, oof)
    f1 = 2 * precision * recall / np.maximum(precision + recall, 1e-12)
    threshold = round(float(thresholds[int(np.argmax(f1[:-1]))]), 2)
    pipeline.fit(texts, labels)

    def scorer(batch: Sequence[str]) -> list[float]:
        return [float(p) for p in pipeline.predict_proba(list(batch))[:, 1]]

    return scorer, threshold


def print_table(results: dict[str, dict[str, float]]) -> None:
    names = [name for name, result in results.items() if result]
    keys = ["threshold", "precision", "recall", "f1", "ap", "clef_map"]
    print("\n" + f"{'':<10}" + "".join(f"{name:>10}" for name in names))
    for key in keys:
        cells = "".join(
            f"{results[name].get(key, float('nan')):>10.3f}" for name in names
        )
        print(f"{key:<10}{cells}")


if __name__ == "__main__":
    main()
