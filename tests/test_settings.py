"""Settings fail closed in production mode."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _import_settings(**env: str) -> subprocess.CompletedProcess[str]:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "DEBUG", "ALLOWED_HOSTS"}
    }
    clean.update(env)
    return subprocess.run(
        [sys.executable, "-c", "import factcheck.settings as s; print(s.DEBUG)"],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_it_refuses_to_start_without_secret_key_in_production() -> None:
    result = _import_settings(DEBUG="0", ALLOWED_HOSTS="factcheck.example")
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off" in result.stderr


def test_debug_is_off_unless_asked_for() -> None:
    result = _import_settings(SECRET_KEY="x" * 60, ALLOWED_HOSTS="factcheck.example")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_it_refuses_to_start_without_allowed_hosts_in_production() -> None:
    result = _import_settings(DEBUG="0", SECRET_KEY="x" * 60)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS must be set" in result.stderr


def test_it_rejects_a_malformed_boolean() -> None:
    result = _import_settings(DEBUG="maybe")
    assert result.returncode != 0
    assert "DEBUG must be a boolean" in result.stderr


def test_local_mode_runs_without_a_secret() -> None:
    result = _import_settings(DEBUG="1")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True"
