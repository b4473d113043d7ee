"""The detection command line: JSON out, JSONL batches and clear errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from annotations.detection.__main__ import main

ARTICLE = (
    "The city will spend 40 million euros on flood walls over five years, "
    'Mayor Ana Ruiz said on Tuesday. "We cannot wait for the next storm," she said.'
)
CLAIM_KEYS = {
    "kind",
    "start",
    "end",
    "text",
    "value",
    "unit",
    "low",
    "high",
    "qualifier",
    "normalized",
    "seconds",
    "precision",
    "speaker",
    "parts",
    "rate",
    "score",
    "features",
}


def run(args: list[str], stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(args, stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_it_prints_claims_and_checks_as_json(article: Path) -> None:
    status, out, err = run([str(article), "--no-statements"])
    assert (status, err) == (0, "")
    data = json.loads(out)
    assert set(data) == {"claims", "checks"}
    quote = next(c for c in data["claims"] if c["kind"] == "quote")
    assert quote["speaker"] == "Ana Ruiz"
    assert quote["text"] == '"We cannot wait for the next storm,"'
    for claim in data["claims"]:
        assert set(claim) >= CLAIM_KEYS
        assert ARTICLE[claim["start"] : claim["end"]] == claim["text"]


def test_it_reads_standard_input(article: Path) -> None:
    from_file = run([str(article), "--no-statements"])[1]
    from_stdin = run(["-", "--no-statements"], stdin=ARTICLE)[1]
    assert from_stdin == from_file


def test_claims_come_sorted_by_start(article: Path) -> None:
    claims = json.loads(run([str(article), "--no-statements"])[1])["claims"]
    assert [c["start"] for c in claims] == sorted(c["start"] for c in claims)


def test_jsonl_writes_one_result_per_line_with_its_id() -> None:
    lines = [
        json.dumps({"id": "a1", "text": '"Fine," Lund said.'}),
        "",
        json.dumps({"id": 7, "text": "Nothing here.", "published": "2015-04-10"}),
    ]
    status, out, err = run(["-", "--jsonl", "--no-statements"], "\n".join(lines))
    assert (status, err) == (0, "")
    results = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in results] == ["a1", 7]
    assert results[0]["claims"][0]["speaker"] == "Lund"
    assert results[1]["claims"] == []
    assert all(set(r) == {"id", "claims", "checks"} for r in results)


def test_a_bad_jsonl_line_is_named_by_number() -> None:
    lines = '{"id": 1, "text": "Ok."}\n{"id": 2, "text": \n'
    status, out, err = run(["-", "--jsonl", "--no-statements"], lines)
    assert status == 2
    assert "line 2" in err and "not valid JSON" in err
    assert json.loads(out.splitlines()[0])["id"] == 1


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('["not", "an", "object"]', "expected a JSON object"),
        ('{"id": 1}', '"text" must be a string'),
        ('{"id": 1, "text": "Hi.", "published": "10/04/2015"}', "not a date"),
    ],
)
def test_jsonl_lines_with_wrong_fields_are_refused(line: str, message: str) -> None:
    status, _, err = run(["-", "--jsonl"], line + "\n")
    assert status == 2
    assert "line 1" in err and message in err


def test_a_missing_file_is_an_error(tmp_path: Path) -> None:
    status, out, err = run([str(tmp_path / "missing.txt")])
    assert (status, out) == (2, "")
    assert "cannot read" in err and "missing.txt" in err


def test_an_unknown_language_is_an_error(article: Path) -> None:
    status, _, err = run([str(article), "--language", "xx"])
    assert status == 2
    assert "'xx'" in err


def test_a_bad_publication_date_is_an_error(
    article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([str(article), "--published", "2015-02-30"])
    assert exit_info.value.code == 2
    assert "not a date: '2015-02-30'" in capsys.readouterr().err


def test_the_module_runs_as_a_command(article: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "annotations.detection",
            str(article),
            "--no-statements",
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    kinds = {claim["kind"] for claim in json.loads(done.stdout)["claims"]}
    assert "quote" in kinds


def test_the_command_exits_2_on_a_missing_file(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "annotations.detection", str(tmp_path / "nope.txt")],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 2
    assert done.stderr.startswith("error: cannot read")
    assert "Traceback" not in done.stderr


def test_statements_are_scored_by_default(article: Path) -> None:
    status, out, _ = run([str(article)])
    assert status == 0
    claims = json.loads(out)["claims"]
    assert claims
    assert all("score" in claim and "features" in claim for claim in claims)
