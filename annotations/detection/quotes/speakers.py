"""Quote attribution: the speaker a news text names for a quoted passage.

For a quote, the first of these that matches names the speaker (the name of
the rule is the quote's ``attribution``):

- ``after``: right after the quote, "X said", "X, the minister, said",
  "said X", "X told reporters" (a verb followed by "to" is speech only before a
  listener or a name, "said to reporters", not in "Russia pledged to supply").
- ``unnamed``: right after the quote, an attribution without a name ("a
  spokesman said"): the speaker stays unknown.
- ``before``: earlier in the sentence, the nearest speech verb with a named
  subject ("Antonov said that Moscow was \\"greatly troubled\\"") or
  "according to X", whichever is closer to the quote.
- ``clause_end``: later in the sentence, ", X said" closing a clause.
- ``source``: later in the sentence, "according to X".
- ``previous_sentence``: when the quote opens its sentence in the same
  paragraph, or follows a colon, the speaker of the previous sentence
  ("Sharifzoda said that ..." or "Putin said:" then the quote).

Scare quotes stop after ``clause_end``: a source or a sentence further away
says little about who used one or two words.

Titles are dropped ("Russian President Vladimir Putin" -> "Vladimir Putin",
"Sen. John Thune of South Dakota" -> "John Thune") unless the name is an
organisation's ("Russia's Defense Ministry", "Bank of Ghana"); generic nouns
("Officials said") name nobody. A surname or a short organisation name takes
the fuller form used earlier in the text ("Sharifzoda" -> "Zarif Sharifzoda").
"He" and "she" (``pronoun``) resolve to a person named before the quote in its
sentence, else to a known speaker whose name opens the previous sentence
("De Vries dismissed the appeal."), else to the last named person speaker of the previous three
sentences unless another known speaker is named since (then the pronoun is
ambiguous), else to the named subject of a speech verb in the previous
sentence; "it", "they", "we", "I" never resolve. All searches are bounded
windows around the quote, and speech verbs are indexed once per stretch of
text, so the cost is linear in the length of the text and the number of
quotes.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import NamedTuple

from ..lang import Language
from ..lang.schema import Quotes
from ..text.regexes import trie

__all__ = [
    "Attribution",
    "SpeakerFinder",
    "clean_name",
    "is_organisation",
]

# How far around a quote attributions are looked for.
_BEFORE_CHARS = 400
_AFTER_CHARS = 300
_SUBJECT_CHARS = 150
_VERBS_TRIED = 3
# How far back a fuller form of a short name is looked for.
_EXPAND_CHARS = 20_000
_EXPAND_TRIES = 10
_PRONOUN_SENTENCES = 3
# Capitalised words, looked up among known speakers' names.
_CAPITALISED = re.compile(r"[^\W\d_a-z][\w'’\-]+")
# How much text between a speaker and "he"/"she" is checked for other speakers.
_GAP_CHARS = 1_000
# How far before a quote a colon that introduces it may sit.
_COLON_CHARS = 20


@dataclass(frozen=True, slots=True)
class Attribution:
    """A quote's speaker (None when unknown) and the rule that found it."""

    speaker: str | None
    how: str | None


class _Found(NamedTuple):
    """What a rule found for one quote (a named tuple: made once per quote)."""

    how: str
    name: str | None = None
    pronoun: str | None = None


@dataclass(frozen=True, slots=True)
class _Patterns:
    lang: Quotes
    verb: re.Pattern[str]
    subject: re.Pattern[str]
    after: re.Pattern[str]
    unnamed: re.Pattern[str]
    clause_end: re.Pattern[str]
    source: re.Pattern[str]
    trailing_name: re.Pattern[str]
    word_before: re.Pattern[str]
    leading_name: re.Pattern[str]


def _subject(name: str, pronoun: str, objects: str, article: str, tag: str) -> str:
    return (
        rf"(?<![\w'’])(?:(?P<pron{tag}>{pronoun})"
        rf"|{objects}(?:{article}\s+)?(?P<name{tag}>{name}))"
    )


def _capitalised(words: Iterable[str]) -> str:
    """Words in lower case or capitalised, as a trie ("the", "The")."""
    return trie({form for word in words for form in (word, word.capitalize())})


def _pieces(lang: Quotes) -> dict[str, str]:
    """Regex parts for names, subjects and speech verbs, from the language data."""
    cap = r"[^\W\d_a-z]"
    word = rf"(?:{trie(lang.name_abbreviations)}\.|(?:{cap}\.)+|{cap}[\w'’\-]*)"
    name = rf"{word}(?:\s+(?:{trie(lang.name_connectors)}\s+){{0,2}}{word})*"
    pronoun = trie([*lang.person_pronouns, *lang.other_pronouns], fold=True) + r"\b"
    dated = (
        rf"(?:{trie(lang.date_prepositions)})\s+{cap}\w*"
        r"(?:\s+\d{1,2}\w*)?(?:,?\s+\d{4})?"
    )
    to = re.escape(lang.listener_preposition)
    listener = rf"(?!\s+{to}\s+(?!(?:{trie(lang.listeners)})\b|{cap}))"
    # A name right after "in", "from" ... is an object: "dockers in Antwerp said".
    objects = _not_after(lang.object_prepositions)
    article = _capitalised(lang.subject_articles)
    return {
        "word": word,
        "name": name,
        "subj1": _subject(name, pronoun, objects, article, "1"),
        "subj2": _subject(name, pronoun, objects, article, "2"),
        # Lower-case words before a speaker's name: "union leader Kees de Vries".
        "described": r"(?:[a-z][\w'’\-]*\s+){0,3}",
        # Up to three comma-separated asides: "Maria Lopez, 54, a nurse, said".
        "appos": r"(?:(?:,\s*[^,\"“”\n]{1,80}?){1,3},|,)?",
        "between": rf"(?:(?:{trie(lang.interjected)}|{dated})\s+){{0,4}}",
        "verb": rf"\b(?:{trie(lang.speech_verbs)})\b",
        "speech": rf"\b(?:{trie(lang.speech_verbs)})\b{listener}",
        "inverted": rf"\b(?:{trie(lang.inverted_verbs)})\b{listener}",
        "unnamed": trie(lang.unnamed_determiners),
    }


def _not_after(words: Iterable[str]) -> str:
    """Lookbehinds that fail after any of ``words`` and a space.

    One lookbehind per word length (a lookbehind has a fixed width) instead of
    one per word: fewer checks at each position tried.
    """
    by_length: dict[int, list[str]] = {}
    for word in words:
        by_length.setdefault(len(word), []).append(word)
    return "".join(
        rf"(?<!\b{trie(same, spaces=False)} )" for _, same in sorted(by_length.items())
    )


@cache
def _patterns(bundle: Language) -> _Patterns:
    lang = bundle.quotes
    p = _pieces(lang)
    subj1, subj2, appos, between = p["subj1"], p["subj2"], p["appos"], p["between"]
    attributed = (
        rf"{p['described']}{subj1}{appos}\s+{between}{p['speech']}"
        rf"|{p['inverted']}\s+{subj2}"
    )
    return _Patterns(
        lang=lang,
        verb=re.compile(p["verb"]),
        subject=re.compile(rf"{subj1}{appos}\s+{between}\Z"),
        after=re.compile(rf"[\s,]*(?:{attributed})"),
        unnamed=re.compile(
            rf"[\s,]*(?:(?:[a-z][\w'’\-]*\s+){{1,4}}{p['speech']}"
            rf"|{p['inverted']}\s+{p['unnamed']}\s+[a-z])"
        ),
        clause_end=re.compile(rf",\s*(?:{attributed})\s*(?=[,.;!?]|\Z)"),
        source=re.compile(
            rf"(?:{trie(lang.source_phrases, fold=True)})\s+"
            r"(?P<src>[^,.;:!?\"“”\n]{0,80}?)\s*(?=[,.;:!?\"“”\n]|\Z)"
        ),
        trailing_name=re.compile(rf"(?<![\w'’])(?P<name>{p['name']})\s*\Z"),
        word_before=re.compile(rf"(?<![\w'’])(?P<word>{p['word']})\s+\Z"),
        leading_name=re.compile(rf"(?P<name>{p['name']})(?=[\s,])"),
    )


def _key(word: str, lang: Quotes) -> str:
    key = word.lower()
    for ending in lang.possessive_endings:
        key = key.removesuffix(ending)
    return key


@lru_cache(maxsize=4096)
def clean_name(run: str, bundle: Language) -> str | None:
    """The speaker named by a capitalised run, without titles.

    >>> from annotations.detection.lang import load
    >>> en = load("en")
    >>> clean_name("Russian Chief of Staff Valery Gerasimov", en)
    'Valery Gerasimov'
    >>> clean_name("Sen. John Thune of South Dakota", en)
    'John Thune'
    >>> clean_name("Russia's Defense Ministry", en)
    "Russia's Defense Ministry"
    """
    lang = bundle.quotes
    words = run.split()
    while words and words[0].lower() in lang.not_names:
        words.pop(0)
    if not words or words[-1].endswith(lang.possessive_endings):
        return None
    if _is_org_words(words, lang):
        return " ".join(words)
    titles = [i for i, word in enumerate(words) if _key(word, lang) in lang.title_words]
    if titles:
        words = words[titles[-1] + 1 :]
    while words and words[0].lower() in lang.name_connectors:
        words.pop(0)
    cut = next((i for i, w in enumerate(words) if w in lang.name_enders), len(words))
    words = words[:cut]
    if len(words) == 1 and words[0].lower() in lang.generic_speakers:
        return None
    return " ".join(words) or None


def _is_org_words(words: list[str], lang: Quotes) -> bool:
    """An organisation ends in an organisation word or has one before "of"."""
    if _key(words[-1], lang) in lang.org_words:
        return True
    return any(
        word in lang.name_enders and i and _key(words[i - 1], lang) in lang.org_words
        for i, word in enumerate(words)
    )


@lru_cache(maxsize=4096)
def is_organisation(name: str, bundle: Language) -> bool:
    """Whether a speaker's name ends like an organisation's ("... Ministry")."""
    return _is_org_words(name.split(), bundle.quotes)


@dataclass(slots=True)
class _Matches:
    """Matches of a pattern in windows that move forward through the text.

    Each stretch of text is scanned once, however many quotes look back over
    it, which keeps quote-dense text linear.
    """

    text: str
    pattern: re.Pattern[str]
    found: list[re.Match[str]] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    floor: int = 0
    scanned: int = 0

    def between(self, lo: int, hi: int) -> list[re.Match[str]]:
        """The matches inside ``text[lo:hi]``, in order."""
        if lo < self.floor:
            # Before the indexed stretch (a previous sentence): a direct, bounded scan.
            return list(self.pattern.finditer(self.text, lo, hi))
        if lo > self.scanned:
            self.floor = self.scanned = lo
        if hi > self.scanned:
            new = list(self.pattern.finditer(self.text, self.scanned, hi))
            if new:
                self.found += new
                self.starts += [match.start() for match in new]
            self.scanned = hi
        first = bisect_left(self.starts, lo)
        found = self.found[first : bisect_left(self.starts, hi, first)]
        # Matches never overlap, so their ends are in order too: only the last
        # ones can run past ``hi``.
        while found and found[-1].end() > hi:
            found.pop()
        return found


@dataclass(slots=True)
class SpeakerFinder:
    """Finds the speakers of the quotes of one text, taken in text order."""

    text: str
    sentences: list[tuple[int, int]]
    lang: Language
    _starts: list[int] = field(default_factory=list)
    _fuller: dict[str, str] = field(default_factory=dict)
    _people: set[str] = field(default_factory=set)
    _by_sentence: dict[int, str] = field(default_factory=dict)
    _last_person: tuple[int, str] | None = None
    # The fuller form found at each use of a short name: (name, at, lo) -> form.
    _fuller_at: dict[tuple[str, int, int], str | None] = field(default_factory=dict)
    _orgs: dict[str, bool] = field(default_factory=dict)
    _p: _Patterns = field(init=False)
    _verbs: _Matches = field(init=False)
    _sources: _Matches = field(init=False)

    def __post_init__(self) -> None:
        self._starts = [start for start, _ in self.sentences]
        self._p = _patterns(self.lang)
        self._verbs = _Matches(self.text, self._p.verb)
        self._sources = _Matches(self.text, self._p.source)

    def speaker(self, start: int, end: int, *, scare: bool = False) -> Attribution:
        """The speaker of the quote ``text[start:end]``.

        A scare quote takes an attribution within its sentence only, never a
        source named further on or a previous sentence's speaker.
        """
        first = max(bisect_right(self._starts, start) - 1, 0)
        last = max(bisect_right(self._starts, end - 1, first) - 1, first)
        bounds = (
            (self.sentences[first][0], self.sentences[last][1])
            if self.sentences
            else (0, len(self.text))
        )
        found = self._find(start, end, first, bounds, scare)
        result = self._resolve(found, first, start, bounds[0])
        if result.speaker:
            self._remember(result.speaker, last)
        return result

    def _find(
        self, start: int, end: int, index: int, bounds: tuple[int, int], scare: bool
    ) -> _Found | None:
        p, text = self._p, self.text
        stop = min(bounds[1], end + _AFTER_CHARS)
        match = p.after.match(text, end, stop)
        if match:
            return _from_match("after", match)
        if p.unnamed.match(text, end, stop):
            return _Found("unnamed")
        found = self._before(bounds[0], start)
        if found:
            return found
        match = p.clause_end.search(text, end, stop)
        if match:
            return _from_match("clause_end", match)
        if scare:
            return None
        match = p.source.search(text, end, stop)
        if match:
            return self._source(match, "source")
        return self._previous(start, index, bounds[0])

    def _before(self, lo: int, hi: int) -> _Found | None:
        """The nearest attribution in ``text[lo:hi]``: a verb's subject or a source."""
        lo = max(lo, hi - _BEFORE_CHARS)
        verbs = self._verbs.between(lo, hi)
        sources = self._sources.between(lo, hi)
        source = sources[-1] if sources else None
        last_source = source.start() if source else -1
        for verb in reversed(verbs[-_VERBS_TRIED:]):
            at = verb.start()
            if last_source > at:
                break
            match = self._p.subject.search(self.text, max(lo, at - _SUBJECT_CHARS), at)
            if match:
                return _from_match("before", match)
        return self._source(source, "before") if source else None

    def _source(self, match: re.Match[str], how: str) -> _Found | None:
        name = self._p.trailing_name.search(match.group("src"))
        return _Found(how, name=name.group("name")) if name else None

    def _previous(self, start: int, index: int, sentence_start: int) -> _Found | None:
        if index == 0 or not self.sentences:
            return None
        text = self.text
        prev_start, prev_end = self.sentences[index - 1]
        lead = text[max(sentence_start, start - _COLON_CHARS) : start].rstrip()
        colon = text[prev_end - 1] == ":" or lead.endswith(":")
        if start != sentence_start and not colon:
            return None
        if not colon and text.find("\n", prev_end, sentence_start) >= 0:
            return None  # a new paragraph starts a new speaker unless a colon leads in
        known = self._by_sentence.get(index - 1)
        if known:
            return _Found("previous_sentence", name=known)
        found = self._before(prev_start, prev_end)
        if found is None:
            return None
        return _Found("previous_sentence", name=found.name, pronoun=found.pronoun)

    def _resolve(
        self, found: _Found | None, index: int, start: int, sentence_start: int
    ) -> Attribution:
        if found is None:
            return Attribution(None, None)
        lang = self._p.lang
        if found.pronoun is not None:
            if found.pronoun.lower() not in lang.person_pronouns:
                return Attribution(None, found.how)
            person = self._person_before(index, start, sentence_start)
            return Attribution(person, "pronoun")
        name = clean_name(found.name, self.lang) if found.name else None
        if name is None:
            return Attribution(None, found.how)
        return Attribution(self._expand(name, start), found.how)

    def _person_before(self, index: int, start: int, sentence_start: int) -> str | None:
        """The person "he" or "she" stands for: named before the quote, if any.

        Looked for in the quote's own sentence, then among recent speakers, then
        in the previous sentence.
        """
        found = self._before(sentence_start, start)
        if (found is None or found.name is None) and index > 0:
            leading = self._leading_speaker(index - 1)
            if leading:
                return leading
            last = self._last_person
            if last and index - last[0] <= _PRONOUN_SENTENCES:
                since = self.sentences[last[0]][1]
                return (
                    None if self._other_person_named(since, start, last[1]) else last[1]
                )
            found = self._before(*self.sentences[index - 1])
        name = clean_name(found.name, self.lang) if found and found.name else None
        return self._expand(name, start) if name and not self._is_org(name) else None

    def _leading_speaker(self, index: int) -> str | None:
        """A known person speaker whose name opens sentence ``index``."""
        start, end = self.sentences[index]
        match = self._p.leading_name.match(self.text, start, end)
        if not match:
            return None
        name = clean_name(match.group("name"), self.lang)
        if not name:
            return None
        known = self._fuller.get(name, name)
        return known if known in self._people else None

    def _other_person_named(self, lo: int, hi: int, person: str) -> bool:
        """Whether ``text[lo:hi]`` names a speaker other than ``person``.

        Then "he" or "she" after it is ambiguous and stays unresolved.
        """
        for word in _CAPITALISED.findall(self.text, max(lo, hi - _GAP_CHARS), hi):
            other = self._fuller.get(word)
            if other and other != person and not self._is_org(other):
                return True
        return False

    def _is_org(self, name: str) -> bool:
        org = self._orgs.get(name)
        if org is None:
            org = self._orgs[name] = is_organisation(name, self.lang)
        return org

    def _remember(self, speaker: str, index: int) -> None:
        if self._fuller.get(speaker.rsplit(None, 1)[-1]) != speaker:
            # Not registered just before: register every shorter form.
            words = speaker.split()
            for cut in range(1, len(words)):
                self._fuller[" ".join(words[cut:])] = speaker
        self._by_sentence[index] = speaker
        if not self._is_org(speaker):
            self._last_person = (index, speaker)
            self._people.add(speaker)

    def _expand(self, name: str, before: int) -> str:
        """The fuller form of a short name used earlier ("Sharifzoda")."""
        known = self._fuller.get(name)
        if known:
            return known
        is_org = self._is_org(name)
        if " " in name and not is_org:
            return name
        if is_org and " " not in name:
            return name
        return self._fuller_in_text(name, before, is_org) or name

    def _fuller_in_text(self, name: str, before: int, is_org: bool) -> str | None:
        """The fuller form of ``name`` at one of its last uses before ``before``."""
        text = self.text
        lo = max(0, before - _EXPAND_CHARS)
        at = before
        for _ in range(_EXPAND_TRIES):
            at = text.rfind(name, lo, at)
            if at < 0:
                return None
            key = (name, at, max(lo, at - 40))
            if key not in self._fuller_at:
                self._fuller_at[key] = self._fuller_form(name, at, key[2], is_org)
            if self._fuller_at[key]:
                return self._fuller_at[key]
        return None

    def _fuller_form(self, name: str, at: int, lo: int, is_org: bool) -> str | None:
        """``name`` at ``at`` with the capitalised word before it, if that is a name.

        The answer depends on the text alone, so the finder keeps it: a name
        quoted again and again is looked back over only once.
        """
        text, lang = self.text, self._p.lang
        if text[at + len(name) : at + len(name) + 1].isalnum():
            return None
        match = _word_before(self._p.word_before, text, lo, at)
        if not match:
            return None
        word = match.group("word")
        possessive = word.endswith(lang.possessive_endings)
        if (
            _key(word, lang) not in lang.title_words
            and word.lower() not in lang.not_names
            and (is_org or not possessive)
        ):
            return f"{word} {name}"
        return None


def _word_before(
    pattern: re.Pattern[str], text: str, lo: int, hi: int
) -> re.Match[str] | None:
    """``pattern.search(text, lo, hi)`` for the word-then-spaces ``word_before``.

    A search whose pattern ends in ``\\Z`` is tried at every position, so it
    starts at the last token instead: a word holds no spaces, so no match can
    start earlier, and without trailing spaces there is none at all.
    """
    kept = text[lo:hi].rstrip()
    if len(kept) == hi - lo:
        return None
    token = kept.rsplit(None, 1)
    start = lo + len(kept) - len(token[-1]) if token else lo
    return pattern.search(text, start, hi)


def _from_match(how: str, match: re.Match[str]) -> _Found:
    groups = match.groupdict()
    pronoun = groups.get("pron1") or groups.get("pron2")
    name = groups.get("name1") or groups.get("name2")
    return _Found(how, name=name, pronoun=pronoun)
