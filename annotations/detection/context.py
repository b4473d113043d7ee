"""The per-call detection context: the text, its publication date, its language
bundle (``ctx.lang``) and the index of work derived from the text."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .lang import Language, UnsupportedLanguage, load

__all__ = ["Context", "UnsupportedLanguage"]


@dataclass(frozen=True, slots=True)
class Context:
    """What every detector and helper of one ``detect()`` call reads.

    ``index`` holds what the helpers derive from the text (its numbers, its
    sentences, its folded copy: see ``text.memo.per_call``), so the detectors
    of one call share it and nothing outlives the call.
    """

    text: str
    published: date | None
    lang: Language
    index: dict[Any, Any] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def create(
        cls, text: str, *, published: date | None, language: str | Language
    ) -> Context:
        """A context for ``text`` in ``language``: a tag ("en", "en-GB") or a bundle.

        Raises ``UnsupportedLanguage`` for a tag without a bundle.
        """
        lang = language if isinstance(language, Language) else load(language)
        return cls(text=text, published=published, lang=lang)

    def with_published(self, published: date | None) -> Context:
        """The same text and index with another publication date."""
        return Context(self.text, published, self.lang, self.index)
