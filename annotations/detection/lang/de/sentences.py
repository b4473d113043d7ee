"""German abbreviations and sentence openers for the sentence splitter."""

from __future__ import annotations

from ..schema import Sentences

SENTENCES = Sentences(
    titles=frozenset({"hr", "hrn", "fr", "dr", "prof", "st", "gen", "hl"}),
    before_number=frozenset(
        {"nr", "s", "abs", "art", "bd", "kap", "tel", "ca", "jan", "feb", "apr",
         "aug", "sept", "okt", "nov", "dez", "mio", "mrd", "tsd"}
    ),
    ambiguous=frozenset(
        {"usw", "etc", "bzw", "ggf", "vgl", "evtl", "inkl", "zzgl", "z.b", "d.h",
         "u.a", "u.ä", "v.a", "z.t", "gmbh", "co"}
    ),
    openers=frozenset(
        {"der", "die", "das", "ein", "eine", "in", "im", "am", "aber", "doch",
         "laut", "nach", "es", "er", "sie", "wir", "man", "dies", "diese",
         "dieser", "auch", "zudem", "so", "für", "mit", "bei", "seit", "wie",
         "als", "nun", "dabei", "damit", "zuvor", "heute", "gestern"}
    ),
)  # fmt: skip
