"""Auto-escaping stays on: no ``|safe`` in templates, no markup built from a
non-literal string, and every script that writes HTML is a justified one."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
UNSAFE_TEMPLATE = re.compile(r"\|\s*safe\b|\|\s*safeseq\b|autoescape\s+off")
HTML_SINKS = re.compile(
    r"\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write"
)

#: Each script line that writes HTML, and why its HTML is safe.
JUSTIFIED_SINKS = {
    # The claim panel, rendered (and escaped) by the server for this user.
    ("review.js", "panel.innerHTML = await response.text();"),
    # The empty source row from the page's own <template>, index filled in.
    ("review.js", 'rows.insertAdjacentHTML("beforeend", html);'),
}


def python_files() -> list[Path]:
    return [
        p for p in (ROOT / "annotations").rglob("*.py") if "migrations" not in p.parts
    ]


def test_templates_never_turn_escaping_off() -> None:
    found = [
        f"{path.relative_to(ROOT)}: {match.group(0)}"
        for path in (ROOT / "templates").rglob("*.html")
        for match in UNSAFE_TEMPLATE.finditer(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_markup_is_only_marked_safe_from_string_literals() -> None:
    """``format_html`` escapes its arguments; ``mark_safe``/``SafeString`` do
    not, so they may only wrap constants written in the code."""
    found = []
    for path in python_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if name not in ("mark_safe", "SafeString", "SafeText"):
                continue
            literal = (
                len(node.args) == 1
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            )
            if not literal:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}")
    assert found == []


def test_every_script_that_writes_html_is_justified() -> None:
    found = set()
    for path in (ROOT / "annotations" / "static").rglob("*.js"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if HTML_SINKS.search(line):
                found.add((path.name, line.strip()))
    assert found <= JUSTIFIED_SINKS, found - JUSTIFIED_SINKS
