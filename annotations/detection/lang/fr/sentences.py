"""French abbreviations and sentence openers for the sentence splitter."""

from __future__ import annotations

from ..schema import Sentences

SENTENCES = Sentences(
    titles=frozenset(
        {"m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "pr", "me", "mgr", "st",
         "ste", "gal", "col", "cdt", "lt", "cne"}
    ),
    before_number=frozenset(
        {"n", "no", "nº", "p", "pp", "art", "tél", "vol", "chap", "env", "janv",
         "févr", "avr", "juil", "sept", "oct", "nov", "déc"}
    ),
    ambiguous=frozenset({"etc", "cie", "av", "bd", "éd", "ex"}),
    openers=frozenset(
        {"le", "la", "les", "l", "un", "une", "en", "mais", "dans", "selon", "ce",
         "cette", "ces", "pour", "par", "il", "elle", "ils", "elles", "on", "nous",
         "depuis", "après", "avant", "aujourd'hui", "hier", "de", "des", "au", "à",
         "son", "sa", "ses", "leur", "lors", "alors", "cependant", "pourtant"}
    ),
)  # fmt: skip
