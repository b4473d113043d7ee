"""Train the check-worthiness model on ClaimBuster's crowdsourced sentences.

Usage: ``python scripts/train_checkworthiness.py [--data CSV] [--out JSON.GZ]``.
Needs the ``train`` extra (scikit-learn, numpy). The features come from the
package's own featurizer, so training and scoring see the same terms.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import gzip
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, precision_recall_curve
from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotations.detection.statements import features as feats  # noqa: E402
from annotations.detection.statements import offline  # noqa: E402

SHARED = Path(os.environ.get("SHARED", ROOT.parent / "shared"))
#: The model trained here is the English one (ClaimBuster is English).
LANGUAGE = "en"
DEFAULT_DATA = SHARED / "data" / "claimbuster" / "crowdsourced.csv"
ATTRIBUTION = (
    "ClaimBuster dataset, Arslan, Hassan, Li and Tremayne, UT Arlington, "
    "CC BY 4.0, doi:10.5281/zenodo.3609356"
)
C_GRID = (1.0, 2.0, 4.0)
# Weights smaller than this change no score by more than rounding noise.
MIN_WEIGHT = 1e-3
DECIMALS = 4


def load_claimbuster(path: Path) -> tuple[list[str], list[int], list[str]]:
    """Sentences, labels (1 = check-worthy factual sentence) and debate ids."""
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    texts = [row["Text"] for row in rows]
    labels = [int(int(row["Verdict"]) == 1) for row in rows]
    return texts, labels, [row["File_id"] for row in rows]


def design_matrix(texts: list[str], *, detectors: bool = True) -> csr_matrix:
    """Hashed features of each sentence, with the detectors' claim kinds."""
    indptr, indices, data = [0], [], []
    for text in texts:
        kinds = (
            offline.sentence_kinds(text, language=LANGUAGE)
            if detectors
            else frozenset()
        )
        for key, value in offline.hashed_features(
            text, kinds, language=LANGUAGE
        ).items():
            indices.append(key)
            data.append(value)
        indptr.append(len(indices))
    shape = (len(texts), 1 << feats.HASH_BITS)
    return csr_matrix((data, indices, indptr), shape=shape, dtype=np.float64)


def nb_scale(x: csr_matrix, y: np.ndarray, alpha: float = 1.0) -> np.ndarray:
    """Naive Bayes log-count ratios, unsigned: how much each bucket tells the classes apart.

    Scaling the features by them before the logistic regression (as in NBSVM,
    Wang and Manning 2012) helps short texts; the scale folds into the weights.
    """
    present = (x > 0).astype(np.float64)
    positive = alpha + np.asarray(present[y == 1].sum(axis=0)).ravel()
    negative = alpha + np.asarray(present[y == 0].sum(axis=0)).ravel()
    return np.abs(np.log((positive / positive.sum()) / (negative / negative.sum())))


def fit_weights(x: csr_matrix, y: np.ndarray, c: float) -> tuple[np.ndarray, float]:
    """Per-bucket weights and bias of the NB-scaled logistic regression."""
    scale = nb_scale(x, y)
    model = LogisticRegression(C=c, solver="liblinear", max_iter=1000)
    model.fit(csr_matrix(x.multiply(scale)), y)
    return model.coef_[0] * scale, float(model.intercept_[0])


def predict(x: csr_matrix, weights: np.ndarray, bias: float) -> np.ndarray:
    return np.asarray(1.0 / (1.0 + np.exp(-(x @ weights + bias))))


def best_f1_threshold(labels: np.ndarray, scores: np.ndarray) -> tuple[float, float]:
    """(threshold, F1) maximising F1 of the positive class."""
    precision, recall, thresholds = precision_recall_curve(labels, scores)
    f1 = 2 * precision * recall / np.maximum(precision + recall, 1e-12)
    best = int(np.argmax(f1[:-1]))
    return float(thresholds[best]), float(f1[best])


def cross_validate(
    x: csr_matrix, y: np.ndarray, groups: list[str], folds: int
) -> dict[str, Any]:
    """Out-of-fold AP per C, with whole debates held out; picks C and threshold."""
    splits = list(GroupKFold(n_splits=folds).split(x, y, groups))
    results = []
    for c in C_GRID:
        scores = np.zeros(len(y))
        for train, test in splits:
            weights, bias = fit_weights(x[train], y[train], c)
            scores[test] = predict(x[test], weights, bias)
        ap = float(average_precision_score(y, scores))
        threshold, f1 = best_f1_threshold(y, scores)
        results.append({"C": c, "ap": ap, "f1": f1, "threshold": threshold})
        print(f"  C={c:<5} AP={ap:.4f} best F1={f1:.4f} at {threshold:.3f}", flush=True)
    best = max(results, key=lambda result: result["ap"])
    return {"folds": folds, "grid": results, "chosen": best}


def export(coef: np.ndarray, bias: float, meta: dict[str, Any], out: Path) -> int:
    """Write the non-negligible weights, delta-encoded; return how many."""
    keep = np.flatnonzero(np.abs(coef) >= MIN_WEIGHT)
    deltas = np.diff(keep, prepend=0).tolist()
    payload = {
        "meta": meta,
        "bias": round(bias, DECIMALS),
        "bucket_deltas": deltas,
        "weights": [round(float(value), DECIMALS) for value in coef[keep]],
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(out, "wb", mtime=0) as handle:
        handle.write(json.dumps(payload, separators=(",", ":")).encode("utf-8"))
    return len(keep)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=offline.cues(LANGUAGE).weights)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()

    texts, labels, groups = load_claimbuster(args.data)
    started = time.perf_counter()
    x = design_matrix(texts)
    y = np.array(labels)
    print(f"{len(texts)} sentences featurized in {time.perf_counter() - started:.1f}s")
    cv = cross_validate(x, y, groups, args.folds)
    chosen = cv["chosen"]
    weights, bias = fit_weights(x, y, chosen["C"])
    meta = {
        "model": "NB-scaled logistic regression over hashed word/char n-grams and detector cues",
        "training_data": f"{args.data.name}: {len(texts)} sentences, {int(y.sum())} check-worthy",
        "attribution": ATTRIBUTION,
        "label": "Verdict == 1 (check-worthy factual sentence)",
        "featurizer_version": feats.FEATURIZER_VERSION,
        "hash_bits": feats.HASH_BITS,
        "hyperparameters": {
            "C": chosen["C"],
            "solver": "liblinear",
            "penalty": "l2",
            "nb_scaling_alpha": 1.0,
            "cue_value": feats.CUE_VALUE,
        },
        "threshold": round(chosen["threshold"], 2),
        "cross_validation": cv,
        "trained": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    kept = export(weights, bias, meta, args.out)
    print(
        f"C={chosen['C']}, threshold {meta['threshold']}, {kept} weights -> {args.out}"
    )


if __name__ == "__main__":
    main()
