"""Spanish abbreviations and sentence openers for the sentence splitter."""

from __future__ import annotations

from ..schema import Sentences

SENTENCES = Sentences(
    titles=frozenset(
        {"sr", "sra", "srta", "srs", "dr", "dra", "d", "dña", "lic", "ing", "gral",
         "prof", "profa", "sto", "sta", "mons", "excmo", "excma", "ilmo"}
    ),
    before_number=frozenset(
        {"núm", "nº", "n", "art", "arts", "pág", "págs", "p", "pp", "tel", "vol",
         "cap", "km", "aprox", "ene", "feb", "mar", "abr", "jun", "jul", "ago",
         "sept", "oct", "nov", "dic"}
    ),
    ambiguous=frozenset({"etc", "ee", "uu", "ud", "uds", "s.a", "cía", "av", "avda"}),
    openers=frozenset(
        {"el", "la", "los", "las", "un", "una", "en", "pero", "sin", "según", "este",
         "esta", "estos", "por", "para", "además", "también", "así", "con", "ya",
         "no", "sin embargo", "mientras", "desde", "hoy", "ayer", "se", "su"}
    ),
)  # fmt: skip
