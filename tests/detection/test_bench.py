"""The benchmark's text generator and a short run of ``make bench``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
sys.path.insert(0, str(SCRIPTS))

import newsgen  # noqa: E402


def test_generated_news_is_the_same_for_the_same_seed() -> None:
    assert newsgen.corpus(5_000, seed=3) == newsgen.corpus(5_000, seed=3)
    assert newsgen.corpus(5_000, seed=3) != newsgen.corpus(5_000, seed=4)


def test_generated_news_has_the_requested_size_and_varied_claims() -> None:
    from annotations.detection import detect

    text = newsgen.corpus(20_000, seed=11)
    assert len(text) == 20_000
    kinds = {claim.kind.value for claim in detect(text, statements=False)}
    assert {"money", "percent", "date", "duration", "quote", "quantity"} <= kinds


@pytest.mark.parametrize("language", ["es", "fr", "de"])
def test_generated_news_in_each_language_is_read_in_that_language(
    language: str,
) -> None:
    """The benchmark's text of each language holds that language's figures:
    its timing measures real detection, not a text that finds nothing."""
    from annotations.detection import detect

    text = newsgen.corpus(20_000, seed=11, mix="news", language=language)
    assert text == newsgen.corpus(20_000, seed=11, mix="news", language=language)
    kinds = {c.kind.value for c in detect(text, language=language, statements=False)}
    assert {"money", "percent", "date", "duration", "quote", "quantity"} <= kinds


@pytest.mark.slow
def test_the_benchmark_runs_and_prints_its_table() -> None:
    done = subprocess.run(
        [
            sys.executable,
            str(SCRIPTS / "bench_detection.py"),
            "--size",
            "20000",
            "--no-peers",
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "detect, news text 2x" in done.stdout
    assert "2x/1x time ratio" in done.stdout
    assert "quotes.find" in done.stdout
    for language in ("es", "fr", "de"):
        assert (
            f"{language}: " in done.stdout and "English's time per char" in done.stdout
        )
