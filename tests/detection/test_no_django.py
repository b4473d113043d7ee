"""Detection stays plain Python: importing and running it never loads Django."""

from __future__ import annotations

import json
import subprocess
import sys

SCRIPT = """
import json, sys
import annotations.detection as detection
from annotations.detection import quotes
from annotations.detection.text import sentences
claims = detection.detect(
    '"Aid of $2 million arrived on Friday," the minister said.', statements=False
)
print(json.dumps({
    "django": sorted(name for name in sys.modules if name.split(".")[0] == "django"),
    "kinds": [str(claim.kind) for claim in claims],
}))
"""


def test_importing_and_running_detection_leaves_django_unloaded() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["django"] == []
    assert "quote" in report["kinds"]


def test_the_command_line_leaves_django_unloaded() -> None:
    script = (
        "import sys, io\n"
        "from annotations.detection.__main__ import main\n"
        "main(['-', '--no-statements'], stdin=io.StringIO('Prices rose 3 percent.'),"
        " stdout=io.StringIO())\n"
        "print(any(n.split('.')[0] == 'django' for n in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
