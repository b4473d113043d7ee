"""Hostile strings for input tests: the Big List of Naughty Strings when present,
plus a list of our own covering what it lacks (NUL, newlines, formula triggers)."""

from __future__ import annotations

import json
from pathlib import Path

BLNS = Path(__file__).resolve().parents[2] / "shared" / "data" / "blns" / "blns.json"

OWN = [
    "",
    " ",
    "\x00",
    "before\x00after",
    "line one\nline two",
    "carriage\rreturn",
    "windows\r\nline",
    "\t leading tab",
    '=HYPERLINK("http://evil.example","click")',
    "+1+1",
    "-2+3",
    "@SUM(A1:A2)",
    "\r=cmd|' /C calc'!A0",
    "<script>alert('x')</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(document.cookie)",
    "{{ settings.SECRET_KEY }}",
    "{% debug %}",
    "'; DROP TABLE annotations_claim; --",
    "مرحبا بالعالم ‮ reversed",
    "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇",
    "👩‍👩‍👧‍👦 family 🇳🇴 flag",
    "e\u0301 combining",
    "\ufeffbyte order mark",
    "\u2028line separator\u2029",
    "\ud800 lone surrogate",
    "x" * 5000,
    "https://example.org/search?q=%3Cscript%3Ealert(1)%3C/script%3E&lang=en",
    "http://example.org/path/ünïcode?x=1&y=2#frag",
]


def naughty_strings() -> list[str]:
    strings = list(OWN)
    if BLNS.exists():
        strings.extend(json.loads(BLNS.read_text(encoding="utf-8")))
    return list(dict.fromkeys(strings))
