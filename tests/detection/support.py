"""What the detection tests share: the English bundle and contexts in it."""

from __future__ import annotations

from datetime import date

from annotations.detection.context import Context
from annotations.detection.lang import Language, load

EN = load("en")


def context(
    text: str, published: date | None = None, language: str | Language = "en"
) -> Context:
    """A detection context for ``text``, English unless told otherwise."""
    return Context.create(text, published=published, language=language)
