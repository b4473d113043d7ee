"""Hostile strings for input tests: the Big List of Naughty Strings (vendored in
tests/data/blns, MIT), a list of our own covering what it lacks (NUL, newlines,
lone surrogates, formula triggers), and our own script payloads."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

BLNS = Path(__file__).resolve().parent / "data" / "blns" / "blns.json"

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
    " =1+1",
    "\u00a0=1+1",
    "\u3000@SUM(A1)",
    "＝1+1",
    "＋1",
    "－1",
    "＠SUM(A1)",
    "'=already escaped",
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


#: Script payloads of our own (each sets window.__xss and calls alert), for the
#: sinks the BLNS markup strings do not reach: mutation XSS, URL schemes hidden
#: by entities and whitespace, base/meta/form hijacks, DOM clobbering, breakouts.
XSS = [
    "<script>window.__xss=1;alert('script')</script>",
    "<img src=x onerror=\"window.__xss=1;alert('img')\">",
    '"><svg onload="window.__xss=1;alert(\'svg\')">',
    "'><svg/onload=window.__xss=1;alert('svg2')>",
    "</textarea><script>window.__xss=1;alert('textarea')</script>",
    "</title><script>window.__xss=1;alert('title')</script>",
    "<iframe srcdoc=\"<script>parent.__xss=1;alert('srcdoc')</script>\"></iframe>",
    "<a href=\"javascript:window.__xss=1;alert('href')\">click</a>",
    "javascript:window.__xss=1;alert('url')",
    "<details open ontoggle=\"window.__xss=1;alert('toggle')\">",
    "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1;alert('mx')>",
    "<noscript><p title=\"</noscript><img src=x onerror=window.__xss=1;alert('ns')>\">",
    "<a href=\"jav&#x09;ascript:window.__xss=1;alert('tab')\">tab</a>",
    "<a href=\"&#106;avascript:window.__xss=1;alert('ent')\">entity</a>",
    "<a href=\" javascript:window.__xss=1;alert('space')\">space</a>",
    "<base href=\"javascript:window.__xss=1;alert('base')//\">",
    '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=1">',
    "<form action=\"javascript:window.__xss=1;alert('form')\"><button>go</button></form>",
    "<button formaction=\"javascript:window.__xss=1;alert('fa')\">go</button>",
    "<object data=\"javascript:window.__xss=1;alert('object')\"></object>",
    '<embed src="data:text/html,<script>parent.__xss=1</script>">',
    "<template><img src=x onerror=window.__xss=1;alert('tpl')></template>",
    '<img id="__xss" name="__xss">',
    "</script><script>window.__xss=1;alert('breakout')</script>",
    "<style>@import 'javascript:window.__xss=1';</style>",
    "<input autofocus onfocus=\"window.__xss=1;alert('focus')\">",
    "<video><source onerror=\"window.__xss=1;alert('video')\"></video>",
    "<svg><animate onbegin=\"window.__xss=1;alert('animate')\" attributeName=x>",
    "<x onmouseover=window.__xss=1;alert('unquoted')>hover</x>",
    '" onmouseover="window.__xss=1;alert(\'attr\')" x="',
    "' onmouseover='window.__xss=1;alert(1)' x='",
    "{{constructor.constructor('window.__xss=1;alert(1)')()}}",
    '<img src="x" onerror="&#119;indow.__xss=1;alert(\'hexent\')">',
    "<scr<script>ipt>window.__xss=1;alert('split')</scr</script>ipt>",
    "<svg><script>window.__xss=1;alert('svgscript')</script></svg>",
    "<img src=x:alert(1) onerror=eval(src)>",
]


@cache
def _blns() -> tuple[str, ...]:
    return tuple(json.loads(BLNS.read_text(encoding="utf-8")))


def naughty_strings() -> list[str]:
    """Our own strings, then every BLNS string, without repeats."""
    return list(dict.fromkeys([*OWN, *_blns()]))
