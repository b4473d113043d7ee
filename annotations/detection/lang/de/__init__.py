"""German: the language bundle detection reads through ``ctx.lang``."""

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

#: "5 bis 7 km", "zwischen 3 und 4 Millionen"; "von 5 % auf 7 %" is a change.
RANGES = Ranges(
    joiners=("bis", "und"),
    between_joiners=("und",),
    between=("zwischen",),
    change_from=("von",),
)

LANGUAGE = Language(
    code="de",
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
    # No check-worthiness model for German yet: figures and quotes are
    # found, sentences are not scored.
    statements=None,
)
