"""The per-call detection context: the text, its publication date and language."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

SUPPORTED_LANGUAGES = ("en",)


class UnsupportedLanguage(ValueError):
    """Raised for a language with no detection data."""


@dataclass(frozen=True, slots=True)
class Context:
    text: str
    published: date | None
    language: str

    @classmethod
    def create(cls, text: str, *, published: date | None, language: str) -> Context:
        base = language.split("-")[0].lower()
        if base not in SUPPORTED_LANGUAGES:
            raise UnsupportedLanguage(
                f"No detection data for language {language!r}; "
                f"supported: {', '.join(SUPPORTED_LANGUAGES)}"
            )
        return cls(text=text, published=published, language=base)
