"""French quote marks and the words that attribute a quote ("a déclaré", "selon")."""

from __future__ import annotations

from ..schema import QuoteMarks, Quotes

#: Speech verbs as news copy writes them: the passé composé and the present.
SPEECH_VERBS: tuple[str, ...] = tuple(
    form
    for participle, present in (
        ("déclaré", "déclare"),
        ("dit", "dit"),
        ("affirmé", "affirme"),
        ("ajouté", "ajoute"),
        ("expliqué", "explique"),
        ("indiqué", "indique"),
        ("souligné", "souligne"),
        ("estimé", "estime"),
        ("précisé", "précise"),
        ("assuré", "assure"),
        ("annoncé", "annonce"),
        ("averti", "avertit"),
        ("rappelé", "rappelle"),
        ("répondu", "répond"),
        ("reconnu", "reconnaît"),
        ("insisté", "insiste"),
        ("confié", "confie"),
        ("lancé", "lance"),
        ("écrit", "écrit"),
        ("martelé", "martèle"),
        ("regretté", "regrette"),
        ("dénoncé", "dénonce"),
        ("prévenu", "prévient"),
        ("commenté", "commente"),
        ("conclu", "conclut"),
    )
    for form in (f"a {participle}", f"ont {participle}", present)
)

#: Verbs that come before their speaker: "« ... », a déclaré le ministre".
INVERTED_VERBS: tuple[str, ...] = tuple(
    verb for verb in SPEECH_VERBS if not verb.startswith("ont ")
)

QUOTES = Quotes(
    marks=QuoteMarks(
        straight='"',
        opening="«“",
        closing="»”",
        single_opening="‹‘",
        single_closing="›’",
        dialogue_dashes="—–",
    ),
    speech_verbs=SPEECH_VERBS,
    inverted_verbs=INVERTED_VERBS,
    listeners=("journalistes", "la presse", "les médias"),
    listener_preposition="à",
    object_prepositions=("en", "de", "à", "pour", "avec", "contre", "sur", "chez"),
    source_phrases=("selon", "d'après", "d’après", "cité par", "citée par"),
    person_pronouns=("il", "elle"),
    other_pronouns=("ils", "elles", "nous", "je", "on", "vous"),
    name_abbreviations=("M", "Mme", "Mlle", "Dr", "Pr", "Me", "Mgr"),
    generic_speakers=frozenset(
        {
            "sources",
            "autorités",
            "experts",
            "analystes",
            "témoins",
            "habitants",
            "critiques",
            "responsables",
            "enquêteurs",
            "médecins",
            "économistes",
            "observateurs",
            "certains",
            "plusieurs",
            "beaucoup",
            "d'autres",
        }
    ),
    name_connectors=("de", "du", "de la", "des"),
    name_enders=frozenset({"de", "du"}),
    subject_articles=("le", "la"),
    unnamed_determiners=("un", "une", "le", "la"),
    interjected=("aussi", "également", "ensuite", "encore", "alors", "déjà"),
    date_prepositions=("en", "le"),
    title_words=frozenset(
        {
            "président",
            "présidente",
            "ministre",
            "premier",
            "première",
            "porte-parole",
            "secrétaire",
            "directeur",
            "directrice",
            "maire",
            "gouverneur",
            "sénateur",
            "sénatrice",
            "député",
            "députée",
            "général",
            "chef",
            "roi",
            "reine",
            "pape",
            "juge",
            "procureur",
            "procureure",
            "m.",
            "mme",
            "dr",
            "chancelier",
            "chancelière",
            "économiste",
            "professeur",
            "professeure",
            "patron",
            "patronne",
            "pdg",
            "délégué",
            "déléguée",
        }
    ),
    org_words=frozenset(
        {
            "ministère",
            "gouvernement",
            "banque",
            "commission",
            "mairie",
            "tribunal",
            "conseil",
            "institut",
            "agence",
            "parti",
            "université",
            "police",
            "armée",
            "société",
        }
    ),
    not_names=frozenset(
        {
            "le",
            "la",
            "les",
            "mais",
            "et",
            "en",
            "ce",
            "cette",
            "selon",
            "pour",
            "il",
            "elle",
        }
    ),
    possessive_endings=(),
    scare_quote_max_words=2,
)
