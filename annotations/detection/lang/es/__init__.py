"""Spanish: the language bundle detection reads through ``ctx.lang``."""

from __future__ import annotations

from ..schema import Language, Ranges
from .checks import CHECK_WORDS, CHECKS
from .conversions import CONVERSIONS
from .counts import COUNTS
from .dates import DATES
from .durations import DURATIONS
from .money import MONEY
from .numbers import NUMBERS
from .percents import PERCENTS
from .qualifiers import QUALIFIERS
from .quantities import QUANTITIES
from .quotes import QUOTES
from .sentences import SENTENCES

#: "de 5 a 7 km", "entre 3 y 4 millones"; "de un 5 % a un 7 %" is a change.
RANGES = Ranges(
    joiners=("a", "al", "y"),
    between_joiners=("y",),
    between=("entre",),
    change_from=("de", "del", "desde"),
)

LANGUAGE = Language(
    code="es",
    numbers=NUMBERS,
    ranges=RANGES,
    qualifiers=QUALIFIERS,
    money=MONEY,
    percents=PERCENTS,
    counts=COUNTS,
    quantities=QUANTITIES,
    durations=DURATIONS,
    dates=DATES,
    quotes=QUOTES,
    sentences=SENTENCES,
    conversions=CONVERSIONS,
    check_words=CHECK_WORDS,
    checks=CHECKS,
    # No check-worthiness model for Spanish yet: figures and quotes are
    # found, sentences are not scored.
    statements=None,
)
