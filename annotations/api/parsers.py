"""The API's only request parser: JSON, refused with a 400 when nested too deeply.

Python's JSON decoder recurses once per nesting level, so a 10 KB body of
``[[[[...`` raised RecursionError (a server error). The depth is measured
first, in one pass over the text with strings blanked out, and anything deeper
than ``MAX_JSON_DEPTH`` is refused before decoding. Subclassing DRF's
JSONParser keeps its body-size check (``DATA_UPLOAD_MAX_MEMORY_SIZE``).
"""

from __future__ import annotations

import codecs
import re
from itertools import accumulate
from typing import Any

from rest_framework import parsers
from rest_framework.exceptions import ParseError
from rest_framework.utils import json

from annotations.limits import MAX_JSON_DEPTH

# Possessive, and the closing quote optional: an unterminated string runs to
# the end in one match instead of being retried from every later quote.
_STRING = re.compile(r'"(?:[^"\\]|\\.)*+"?', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


def nesting_depth(text: str) -> int:
    """How deeply arrays and objects nest in a JSON text (0 for a scalar).

    Linear: two regex passes in C, then a running sum over the brackets.

    >>> nesting_depth('{"a": [1, {"b": "[[["}]}')
    3
    """
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    return max(accumulate(map(_STEP.__getitem__, brackets)), default=0)


class BoundedJSONParser(parsers.JSONParser):
    def parse(
        self, stream: Any, media_type: Any = None, parser_context: Any = None
    ) -> Any:
        # DRF's check that the charset is a text encoding (not in the stubs).
        encoding = parsers.get_encoding(parser_context or {})  # type: ignore[attr-defined]
        try:
            text = codecs.getreader(encoding)(stream).read()
        except UnicodeDecodeError:
            raise ParseError(f"The request body is not valid {encoding}.") from None
        depth = nesting_depth(text)
        if depth > MAX_JSON_DEPTH:
            raise ParseError(
                f"The JSON is nested {depth} levels deep; the limit is "
                f"{MAX_JSON_DEPTH}."
            )
        try:
            return json.loads(text, parse_constant=json.strict_constant)
        except (ValueError, RecursionError) as exc:
            raise ParseError(f"The request body is not valid JSON: {exc}.") from None
