"""English words that attribute a quote to a speaker ("said", "according to")."""

from __future__ import annotations

from ..schema import QuoteMarks, Quotes

#: Verbs that introduce or close reported speech, in every form news copy uses.
SPEECH_VERBS: tuple[str, ...] = (
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tells",
    "telling",
    "added",
    "adds",
    "adding",
    "stated",
    "states",
    "declared",
    "declares",
    "announced",
    "announces",
    "warned",
    "warns",
    "warning",
    "noted",
    "notes",
    "noting",
    "explained",
    "explains",
    "insisted",
    "insists",
    "argued",
    "argues",
    "arguing",
    "claimed",
    "claims",
    "asked",
    "asks",
    "wrote",
    "writes",
    "tweeted",
    "posted",
    "replied",
    "responded",
    "continued",
    "acknowledged",
    "admitted",
    "stressed",
    "stresses",
    "urged",
    "urges",
    "conceded",
    "recalled",
    "predicted",
    "promised",
    "pledged",
    "vowed",
    "called",
    "calls",
    "described",
    "describes",
    "dubbed",
    "quipped",
    "shouted",
    "complained",
    "confirmed",
    "denied",
    "reported",
)

#: Speech verbs that may come before their speaker ("said Lund"); others, such
#: as "told", take their listener there ("told The Associated Press").
INVERTED_VERBS: tuple[str, ...] = (
    "said",
    "says",
    "added",
    "adds",
    "asked",
    "wrote",
    "writes",
    "replied",
    "responded",
    "continued",
    "explained",
    "noted",
    "warned",
    "stated",
    "declared",
    "insisted",
    "argued",
    "recalled",
    "quipped",
    "shouted",
)

#: Who a speech verb with "to" may address ("said to reporters"); any other word
#: after "to" makes the verb something else ("pledged to supply").
LISTENERS: tuple[str, ...] = (
    "reporters",
    "journalists",
    "the press",
    "the media",
    "lawmakers",
    "parliament",
    "supporters",
    "me",
    "us",
    "him",
    "her",
    "them",
)

#: Prepositions that make the name after them an object, not a speaker
#: ("dockers in Antwerp said").
OBJECT_PREPOSITIONS: tuple[str, ...] = (
    "in",
    "at",
    "of",
    "from",
    "with",
    "by",
    "near",
    "for",
    "to",
    "on",
)

#: Phrases placed before a source ("according to Kommersant").
SOURCE_PHRASES: tuple[str, ...] = ("according to", "quoting", "cited by")

#: Pronouns that stand for the last named person speaker.
PERSON_PRONOUNS: tuple[str, ...] = ("he", "she")

#: Pronouns that never resolve (their referent is too often unclear).
OTHER_PRONOUNS: tuple[str, ...] = ("it", "they", "we", "i", "you")

#: Abbreviated titles written with a full stop before a name ("Sen. John Thune").
NAME_ABBREVIATIONS: tuple[str, ...] = (
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Prof",
    "Sen",
    "Rep",
    "Gov",
    "Gen",
    "Lt",
    "Col",
    "Maj",
    "Capt",
    "Sgt",
    "Adm",
    "Cmdr",
    "Rev",
    "St",
)

#: Capitalised plural nouns that open a sentence but name nobody ("Officials
#: said"). Lower case.
GENERIC_SPEAKERS: frozenset[str] = frozenset(
    {
        "officials",
        "authorities",
        "critics",
        "residents",
        "witnesses",
        "experts",
        "analysts",
        "police",
        "protesters",
        "investigators",
        "prosecutors",
        "lawmakers",
        "observers",
        "economists",
        "scientists",
        "researchers",
        "doctors",
        "sources",
        "diplomats",
        "activists",
        "officers",
        "traders",
        "voters",
        "opponents",
        "supporters",
        "locals",
        "others",
        "some",
        "many",
        "both",
    }
)

#: Lower-case words allowed inside a name ("Chief of Staff", "Ministry of Defense").
#: After a person's name, "of" or "for" ends it ("John Thune of South Dakota").
NAME_CONNECTORS: tuple[str, ...] = (
    "of",
    "the",
    "for",
    "and",
    "de",
    "del",
    "da",
    "di",
    "du",
    "van",
    "von",
    "der",
    "al",
    "bin",
    "ibn",
    "la",
    "le",
)

#: Words (and phrases) that may sit between a speaker and the verb ("also said").
INTERJECTED: tuple[str, ...] = (
    "also",
    "previously",
    "later",
    "again",
    "then",
    "once",
    "reportedly",
    "repeatedly",
    "publicly",
    "recently",
    "earlier",
    "has",
    "had",
    "have",
    "would",
    "will",
    "was",
    "is",
    "has also",
    "had also",
    "this week",
    "last week",
    "this month",
    "last month",
    "last year",
    "on Monday",
    "on Tuesday",
    "on Wednesday",
    "on Thursday",
    "on Friday",
    "on Saturday",
    "on Sunday",
)

#: Prepositions that open a date phrase between a speaker and the verb
#: ("Putin in December 2014 said").
DATE_PREPOSITIONS: tuple[str, ...] = ("in", "on")

#: Words of a title before a name; the speaker is what follows the last one
#: ("Russian Chief of Staff Valery Gerasimov" -> "Valery Gerasimov"). Lower case.
TITLE_WORDS: frozenset[str] = frozenset(
    {
        "president",
        "vice",
        "prime",
        "minister",
        "deputy",
        "secretary",
        "chief",
        "head",
        "staff",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "director",
        "chairman",
        "chairwoman",
        "chair",
        "ceo",
        "ambassador",
        "envoy",
        "senator",
        "sen.",
        "representative",
        "rep.",
        "governor",
        "gov.",
        "mayor",
        "general",
        "gen.",
        "commander",
        "colonel",
        "col.",
        "captain",
        "capt.",
        "lieutenant",
        "lt.",
        "sergeant",
        "admiral",
        "major",
        "chancellor",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "judge",
        "justice",
        "attorney",
        "professor",
        "prof.",
        "dr.",
        "mr.",
        "mrs.",
        "ms.",
        "leader",
        "speaker",
        "officer",
        "official",
        "analyst",
        "economist",
        "founder",
        "coach",
        "manager",
        "superintendent",
        "inspector",
        "detective",
        "sheriff",
        "mp",
        "lawmaker",
        "defense",
        "defence",
        "foreign",
        "interior",
        "finance",
        "first",
        "maj.",
        "sgt.",
        "adm.",
        "cmdr.",
        "rev.",
        "state",
        "energy",
        "health",
        "education",
        "trade",
        "labor",
        "labour",
        "transport",
        "agriculture",
        "commerce",
        "treasury",
        "economy",
        "environment",
        "industry",
    }
)

#: Last words of an organisation's name: such a speaker keeps its whole name
#: ("Russia's Defense Ministry"). Lower case.
ORG_WORDS: frozenset[str] = frozenset(
    {
        "ministry",
        "agency",
        "office",
        "department",
        "council",
        "committee",
        "commission",
        "service",
        "services",
        "organization",
        "organisation",
        "government",
        "administration",
        "kremlin",
        "pentagon",
        "bank",
        "company",
        "group",
        "party",
        "police",
        "army",
        "navy",
        "court",
        "parliament",
        "senate",
        "congress",
        "assembly",
        "union",
        "association",
        "institute",
        "university",
        "board",
        "authority",
        "staff",
        "command",
        "headquarters",
        "embassy",
        "news",
        "times",
        "post",
        "journal",
    }
)

#: Capitalised words that start a sentence but are not names ("The", "But").
NOT_NAMES: frozenset[str] = frozenset(
    {
        "the",
        "a",
        "an",
        "but",
        "and",
        "in",
        "on",
        "at",
        "as",
        "after",
        "before",
        "when",
        "while",
        "this",
        "that",
        "there",
        "then",
        "yet",
        "so",
        "if",
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "previously",
        "meanwhile",
        "however",
        "also",
    }
)

#: A quote of at most this many words is a scare quote ("IS units").
SCARE_QUOTE_MAX_WORDS = 2

#: Straight and curly double quotes, low quotes and guillemets open and close
#: quotes in English copy; single quotes only around a clearly quoted phrase.
MARKS = QuoteMarks(
    straight='"',
    opening="“„«",
    closing="”»",
    single_opening="'‘",
    single_closing="'’",
)

#: The preposition before a listener: "said to reporters".
LISTENER_PREPOSITION = "to"

#: Connectors that end a person's name: "John Thune of South Dakota".
NAME_ENDERS: frozenset[str] = frozenset({"of", "for"})

#: The article before a named subject: "the minister said".
SUBJECT_ARTICLES: tuple[str, ...] = ("the",)

#: Words after an inverted verb that open an unnamed speaker: "said a spokesman".
UNNAMED_DETERMINERS: tuple[str, ...] = ("a", "an", "the", "one", "another")

#: Possessives end no name: "Russia's".
POSSESSIVE_ENDINGS: tuple[str, ...] = ("'s", "’s")

QUOTES = Quotes(
    marks=MARKS,
    speech_verbs=SPEECH_VERBS,
    inverted_verbs=INVERTED_VERBS,
    listeners=LISTENERS,
    listener_preposition=LISTENER_PREPOSITION,
    object_prepositions=OBJECT_PREPOSITIONS,
    source_phrases=SOURCE_PHRASES,
    person_pronouns=PERSON_PRONOUNS,
    other_pronouns=OTHER_PRONOUNS,
    name_abbreviations=NAME_ABBREVIATIONS,
    generic_speakers=GENERIC_SPEAKERS,
    name_connectors=NAME_CONNECTORS,
    name_enders=NAME_ENDERS,
    subject_articles=SUBJECT_ARTICLES,
    unnamed_determiners=UNNAMED_DETERMINERS,
    interjected=INTERJECTED,
    date_prepositions=DATE_PREPOSITIONS,
    title_words=TITLE_WORDS,
    org_words=ORG_WORDS,
    not_names=NOT_NAMES,
    possessive_endings=POSSESSIVE_ENDINGS,
    scare_quote_max_words=SCARE_QUOTE_MAX_WORDS,
)
