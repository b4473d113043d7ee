"""Sentence splitter accuracy against the CLEF 2019 CheckThat! debate lines.

Each line of those files is one sentence of a speaker. The lines of one
speaker's turn are joined with a space, split again by
``annotations.detection.text.sentences.split``, and the predicted boundaries are
compared with the original ones (precision, recall, F1). Debate speech is not
news prose, and the lines have their own quirks (a line may end without a full
stop), so this is a floor, not a ceiling.

    python scripts/eval_sentences.py [--shared ../shared] [--show 10]
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from annotations.detection.context import Context
from annotations.detection.text.sentences import split

CLEF = Path("data") / "clef2019-checkthat-task1"


def turns(path: Path) -> list[list[str]]:
    """The sentences of each speaker's turn, in order."""
    result: list[list[str]] = []
    speaker = None
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 3 or not row[2].strip():
                continue
            if row[1] != speaker:
                result.append([])
                speaker = row[1]
            result[-1].append(row[2].strip())
    return result


def boundaries(sentences: list[str]) -> tuple[str, set[int]]:
    """The joined turn and the offsets where its sentences end (last excluded)."""
    text = " ".join(sentences)
    ends, offset = set(), 0
    for sentence in sentences[:-1]:
        offset += len(sentence)
        ends.add(offset)
        offset += 1
    return text, ends


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--shared", default="../shared", type=Path)
    options.add_argument("--show", type=int, default=0, help="print some misses")
    args = options.parse_args()
    files = sorted((args.shared / CLEF).glob("*/*.tsv"))
    if not files:
        print(f"no CLEF 2019 files under {args.shared / CLEF}: skipped")
        return
    hits = extra = missed = 0
    shown = 0
    for path in files:
        for sentences in turns(path):
            text, gold = boundaries(sentences)
            ctx = Context.create(text, published=None, language="en")
            found = {end for _, end in split(ctx)[:-1]}
            hits += len(gold & found)
            extra += len(found - gold)
            missed += len(gold - found)
            for end in sorted(found ^ gold):
                if shown < args.show:
                    kind = "extra" if end in found else "missed"
                    print(f"{kind:6} …{text[max(0, end - 40) : end + 30]!r}")
                    shown += 1
    precision, recall = hits / (hits + extra), hits / (hits + missed)
    f1 = 2 * precision * recall / (precision + recall)
    print(f"{len(files)} debates, {hits + missed} boundaries")
    print(f"precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")


if __name__ == "__main__":
    main()
