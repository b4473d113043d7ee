"""English abbreviations and sentence openers used by the sentence splitter."""

from __future__ import annotations

from ..schema import Sentences

#: Abbreviations that come before a name and so never end a sentence ("Gen.").
TITLES: frozenset[str] = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "messrs",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "cpt",
        "sgt",
        "cpl",
        "pvt",
        "adm",
        "cmdr",
        "sen",
        "rep",
        "gov",
        "pres",
        "rev",
        "hon",
        "fr",
        "supt",
        "det",
        "insp",
        "amb",
        "st",
        "mt",
        "ft",
        "atty",
        "sec",
        "vs",
        "v",
        "e.g",
        "i.e",
        "cf",
        "approx",
        "ca",
        "est",
    }
)

#: Abbreviations that stand before a number ("No. 5", "Jan. 9", "pp. 12"); before
#: anything else they are read as words ("I said no. Then ...").
BEFORE_NUMBER: frozenset[str] = frozenset(
    {
        "no",
        "nos",
        "vol",
        "pp",
        "p",
        "art",
        "fig",
        "ch",
        "para",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    }
)

#: Abbreviations that often end a sentence too ("Apple Inc. The company");
#: they end one only when a typical sentence opener follows.
AMBIGUOUS: frozenset[str] = frozenset(
    {
        "inc",
        "corp",
        "co",
        "ltd",
        "plc",
        "llc",
        "bros",
        "jr",
        "sr",
        "etc",
        "al",
        "a.m",
        "p.m",
        "ave",
        "blvd",
        "rd",
    }
)

#: Words that typically open a sentence: after an ambiguous abbreviation or a
#: dotted acronym ("in the U.S. The"), one of these makes it a sentence end.
OPENERS: frozenset[str] = frozenset(
    {
        "a",
        "after",
        "all",
        "also",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "during",
        "for",
        "from",
        "he",
        "her",
        "his",
        "however",
        "i",
        "if",
        "in",
        "it",
        "its",
        "last",
        "meanwhile",
        "more",
        "most",
        "my",
        "not",
        "many",
        "no",
        "now",
        "on",
        "one",
        "other",
        "our",
        "she",
        "since",
        "so",
        "some",
        "that",
        "the",
        "their",
        "there",
        "these",
        "they",
        "this",
        "those",
        "though",
        "to",
        "under",
        "we",
        "what",
        "when",
        "while",
        "with",
        "yet",
        "you",
        "your",
        "why",
        "how",
        "who",
        "where",
        "every",
        "each",
        "even",
        "still",
        "today",
        "tonight",
        "then",
    }
)

SENTENCES = Sentences(
    titles=TITLES, before_number=BEFORE_NUMBER, ambiguous=AMBIGUOUS, openers=OPENERS
)
