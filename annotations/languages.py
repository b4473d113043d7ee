"""Article language tags: BCP 47, checked with babel, stored in canonical form.

A tag is a language (two or three letters), then optionally a script (four
letters), a region (two letters or three digits) and one variant: ``en``,
``en-GB``, ``zh-Hant-TW``, ``es-419``, ``de-CH-1996``. Case is free on input
and canonical when stored (``EN-gb`` -> ``en-GB``); a three-letter ISO 639-2
code with a two-letter equivalent becomes the two-letter code, as BCP 47 asks
(``eng`` -> ``en``). Extensions and private-use subtags are not accepted.
"""

from __future__ import annotations

import re
from functools import cache

from babel.core import Locale, UnknownLocaleError, get_global, parse_locale
from django.core.exceptions import ValidationError

from .detection import scores_statements, supported_languages

#: The accepted syntax; the OpenAPI schema carries the same pattern.
LANGUAGE_PATTERN = (
    r"^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?"
    r"(-([A-Za-z][A-Za-z0-9]{4,7}|[0-9][A-Za-z0-9]{3}))?$"
)
_LANGUAGE = re.compile(LANGUAGE_PATTERN.removeprefix("^").removesuffix("$"), re.ASCII)

INVALID = (
    "{value!r} is not a language tag. Use a BCP 47 tag such as en, en-GB, "
    "pt-BR or zh-Hant-TW."
)


def normalize_language(value: str) -> str:
    """The canonical form of a BCP 47 tag; ValidationError if it is not one.

    >>> normalize_language("EN-gb"), normalize_language("eng")
    ('en-GB', 'en')
    """
    if not isinstance(value, str) or not _LANGUAGE.fullmatch(value):
        raise ValidationError(INVALID.format(value=value), code="invalid_language")
    try:
        parsed = parse_locale(value, sep="-")
    except ValueError:
        raise ValidationError(
            INVALID.format(value=value), code="invalid_language"
        ) from None
    language, region, script, variant = parsed[:4]
    language = get_global("language_aliases").get(language, language)
    parts = [language]
    if script:
        parts.append(script.title())
    if region:
        parts.append(region.upper())
    if variant:
        parts.extend(part.lower() for part in variant.split("-"))
    return "-".join(parts)


def validate_language(value: str) -> None:
    """Model and form validator: the tag is well-formed and canonical."""
    if normalize_language(value) != value:
        raise ValidationError(
            f"Write the language tag as {normalize_language(value)}.",
            code="language_not_canonical",
        )


def primary(tag: str) -> str:
    return tag.split("-", 1)[0].lower()


def has_detection(tag: str) -> bool:
    return primary(tag) in supported_languages()


@cache
def language_name(tag: str) -> str:
    """The tag's name in English, or the tag itself when babel has none.

    >>> language_name("pt-BR"), language_name("fr"), language_name("qaa")
    ('Portuguese (Brazil)', 'French', 'qaa')
    """
    try:
        name = Locale.parse(tag, sep="-").get_display_name("en")
    except (UnknownLocaleError, ValueError, TypeError):
        name = Locale("en").languages.get(primary(tag))
    return name or tag


def detection_unavailable(tag: str) -> str:
    return f"Automatic detection is not available for {language_name(tag)}."


def statements_unavailable(tag: str) -> str:
    return (
        f"Scoring of check-worthy statements is not available for "
        f"{language_name(tag)}; figures and quotes are still flagged."
    )


def has_statement_scoring(tag: str) -> bool:
    """Whether sentences of the tag's language are scored for check-worthiness."""
    return has_detection(tag) and scores_statements(primary(tag))


@cache
def text_direction(tag: str) -> str:
    """ "rtl" or "ltr": how the tag's script runs, from CLDR through babel.

    >>> text_direction("ar"), text_direction("he-IL"), text_direction("en")
    ('rtl', 'rtl', 'ltr')
    """
    try:
        direction = Locale.parse(tag, sep="-").text_direction
    except (UnknownLocaleError, ValueError, TypeError):
        return "ltr"
    return "rtl" if direction == "rtl" else "ltr"


#: Below this many letters a guess is no better than the default.
GUESS_MIN_LETTERS = 20


def guess_language(text: str, default: str = "en") -> str:
    """The language ``text`` is written in, as a BCP 47 tag, by py3langid
    (its model ships in its wheel); ``default`` for text too short to tell.

    >>> guess_language("Le gouvernement a annoncé hier un nouveau budget.")
    'fr'
    >>> guess_language("OK")
    'en'
    """
    if sum(char.isalpha() for char in text[:2000]) < GUESS_MIN_LETTERS:
        return default
    import py3langid

    code, _ = py3langid.classify(text[:20_000])
    try:
        return normalize_language(code)
    except ValidationError:
        return default


#: Languages offered on Add article besides those detection reads.
COMMON_LANGUAGES = ("ar", "he", "it", "nl", "pl", "pt", "ru", "tr", "uk", "zh")


def language_options() -> list[tuple[str, str]]:
    """(tag, name) for the Add article suggestions: detection's languages first."""
    read = sorted(supported_languages())
    others = [tag for tag in COMMON_LANGUAGES if tag not in read]
    return [(tag, language_name(tag)) for tag in [*read, *others]]
