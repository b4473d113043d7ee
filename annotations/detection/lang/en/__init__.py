"""English: the language bundle detection reads through ``ctx.lang``."""

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
from .statements import STATEMENTS

#: "5 to 7 km", "between 3 and 4 billion"; "from 5% to 7%" is a change.
RANGES = Ranges(
    joiners=("to", "and"),
    between_joiners=("and",),
    between=("between",),
    change_from=("from",),
)

LANGUAGE = Language(
    code="en",
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
    statements=STATEMENTS,
)
