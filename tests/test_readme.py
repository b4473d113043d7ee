"""The README's manage.py examples work as written, in local mode.

Every `.venv/bin/python manage.py ...` line of the README (code blocks and
inline) runs against a fresh database holding the demo, except the production
ones (DEBUG=0), the interactive createsuperuser and the servers.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMAND = re.compile(r"^(?:[A-Z]+=\S*\$\()?\.venv/bin/python manage\.py .*$")
SKIPPED = ("DEBUG=0", "createsuperuser", " check", "runserver", "rundemo")


def readme_commands() -> list[str]:
    lines = []
    for block in re.findall(r"```sh\n(.*?)```", README, re.S):
        lines += [line.split("  #")[0].strip() for line in block.splitlines()]
    lines += re.findall(r"`([^`]*\.venv/bin/python manage\.py[^`]*)`", README)
    return [
        line
        for line in dict.fromkeys(lines)
        if "manage.py" in line
        and line.startswith((".venv/bin/python", "TOKEN="))
        and not any(word in line for word in SKIPPED)
    ]


def test_the_readme_says_how_to_enter_local_mode() -> None:
    assert "export DEBUG=1" in README
    assert len(readme_commands()) >= 4, readme_commands()


@pytest.mark.slow
def test_every_readme_command_runs(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "DEBUG": "1",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'readme.sqlite3'}",
        "FACTCHECK_DEMO_PASSWORD": "readme-demo-pw",
    }
    articles = tmp_path / "articles.jsonl"
    articles.write_text(
        json.dumps({"title": "Ferry fares", "body": "Fares rose 9 percent in May."})
        + "\n"
    )

    def run(command: str) -> subprocess.CompletedProcess[str]:
        command = command.replace(".venv/bin/python", sys.executable)
        command = command.replace("articles.jsonl", str(articles))
        command = command.replace("USERNAME", "editor")
        return subprocess.run(
            ["bash", "-euo", "pipefail", "-c", command],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )

    for setup in ("migrate --noinput", "seed_demo"):
        assert run(f".venv/bin/python manage.py {setup}").returncode == 0
    for command in readme_commands():
        result = run(command)
        assert result.returncode == 0, (command, result.stdout, result.stderr)
