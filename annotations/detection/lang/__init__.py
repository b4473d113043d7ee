"""Language bundles: one folder of typed data per language (``lang/en/``, ...).

A bundle is a package ``lang/<code>/`` whose ``__init__`` defines ``LANGUAGE``,
a ``schema.Language``; ``load`` finds it by a language tag, checks it and
keeps it. Nothing else in detection names a word of any language, so adding
a language is adding a folder (see the README, "Claim detection").

>>> load("en-GB") is load("EN") is load("en_US")
True
>>> "en" in supported_languages()
True
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from functools import cache

from .schema import BundleError, Language

__all__ = [
    "DEFAULT_LANGUAGE",
    "BundleError",
    "Language",
    "UnsupportedLanguage",
    "load",
    "primary_subtag",
    "supported_languages",
]

#: The language assumed where a caller names none (``detect()``, the checks,
#: the command line).
DEFAULT_LANGUAGE = "en"

#: A BCP 47 primary language subtag: two or three letters (up to eight are
#: registered, none used in news).
_SUBTAG = re.compile(r"[a-z]{2,8}")


class UnsupportedLanguage(ValueError):
    """``detect()`` was asked for a language that has no bundle.

    ``language`` is the tag as given; the message names the supported ones.
    """

    def __init__(self, language: str) -> None:
        self.language = language
        supported = ", ".join(sorted(supported_languages())) or "none"
        super().__init__(
            f"No detection data for language {language!r}; supported: {supported}"
        )


def primary_subtag(tag: str) -> str:
    """The primary language subtag of a tag, lower case: "en-GB", "EN", "en_US" -> "en".

    >>> primary_subtag(" Fr-CA "), primary_subtag("de_AT")
    ('fr', 'de')
    """
    return re.split(r"[-_]", tag.strip(), maxsplit=1)[0].lower()


@cache
def supported_languages() -> frozenset[str]:
    """The primary subtags that have a bundle (the folders of this package)."""
    return frozenset(
        info.name
        for info in pkgutil.iter_modules(__path__)
        if info.ispkg and _SUBTAG.fullmatch(info.name)
    )


def load(tag: str) -> Language:
    """The bundle for a language tag, loaded and checked once.

    Raises ``UnsupportedLanguage`` for a language without a bundle, and
    ``BundleError`` for a bundle that breaks its schema.
    """
    code = primary_subtag(tag) if isinstance(tag, str) else ""
    if code not in supported_languages():
        raise UnsupportedLanguage(tag)
    return _load(code)


@cache
def _load(code: str) -> Language:
    module = importlib.import_module(f"{__name__}.{code}")
    bundle = getattr(module, "LANGUAGE", None)
    if not isinstance(bundle, Language):
        raise BundleError(
            f"lang/{code}/__init__.py must define LANGUAGE = Language(...)"
        )
    if bundle.code != code:
        raise BundleError(f"lang/{code}/ defines the language {bundle.code!r}")
    return bundle
