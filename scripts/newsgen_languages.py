"""Spanish, French and German phrasebooks for ``newsgen``: news-like sentences
full of figures, dates, durations and quotes, written for the benchmark.

Each language has the same kinds of sentence as the English one (figures,
quotes, short plain sentences and figure-free background prose) in the way
its own press writes them: decimal commas, "millones de euros", "70 000
millions de roubles", "2,5 Milliarden Euro", « guillemets », „Anführungszeichen“
and dialogue dashes.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

from newsgen import LAST, PLACES, Maker, Phrasebook, person


def pick(rng: random.Random, options: Sequence[str]) -> str:
    return rng.choice(options)


def decimal(rng: random.Random, mark: str = ",") -> str:
    """An amount as a whole number or with one decimal, in the locale's mark."""
    if rng.random() < 0.5:
        return str(rng.randint(2, 950))
    return f"{rng.uniform(1, 99):.1f}".replace(".", mark)


def grouped(rng: random.Random, separator: str) -> str:
    """A number in the thousands grouped the locale's way: "12.500", "12 500"."""
    return f"{rng.randint(1, 999)}{separator}{rng.randint(100, 999)}"


def sentence_maker(templates: Sequence[Callable[[random.Random], str]]) -> Maker:
    return lambda rng: rng.choice(templates)(rng)


# --- Spanish ---------------------------------------------------------------

ES_MONTHS = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
ES_WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes")
ES_QUALIFIERS: tuple[str, ...] = (
    "",
    "",
    "",
    "unos ",
    "alrededor de ",
    "casi ",
    "hasta ",
    "más de ",
    "al menos ",
    "cerca de ",
)
ES_ORGS = (
    "el Ministerio de Hacienda",
    "el banco central",
    "el Banco Mundial",
    "el FMI",
    "el Ministerio del Interior",
    "el instituto de estadística",
    "la autoridad portuaria",
    "la comisión electoral",
)
ES_TITLES = (
    "el ministro de Economía",
    "la alcaldesa",
    "el gobernador del banco central",
    "la ministra de Sanidad",
    "el líder de la oposición",
    "la portavoz de la empresa",
    "el presidente",
)
ES_THINGS = (
    "muros de contención",
    "una nueva pista",
    "comedores escolares",
    "parques eólicos",
    "la mejora del ferrocarril",
    "camas de hospital",
    "pensiones",
)
ES_COUNTED = (
    "personas",
    "soldados",
    "maestros",
    "hogares",
    "pueblos",
    "empresas",
    "pacientes",
    "camiones",
    "escuelas",
)


def es_money(rng: random.Random) -> str:
    amount = decimal(rng)
    forms = (
        f"{amount} millones de euros",
        f"{amount} millones de dólares",
        f"{amount} mil millones de euros",
        f"${amount} millones",
        f"{grouped(rng, '.')} euros",
        f"{amount} millones de rublos",
        f"{amount} millones de pesos",
        f"entre {rng.randint(2, 40)} y {rng.randint(41, 90)} millones de euros",
    )
    return pick(rng, ES_QUALIFIERS) + rng.choice(forms)


def es_quantity(rng: random.Random) -> str:
    unit = pick(
        rng,
        (
            "kilómetros",
            "toneladas",
            "barriles diarios",
            "kilómetros cuadrados",
            "megavatios",
            "litros",
            "hectáreas",
            "metros",
        ),
    )
    return f"{pick(rng, ES_QUALIFIERS)}{decimal(rng)} {unit}"


def es_date(rng: random.Random) -> str:
    month, day, year = pick(rng, ES_MONTHS), rng.randint(1, 28), rng.randint(1995, 2025)
    forms = (
        f"el {day} de {month}",
        f"el {day} de {month} de {year}",
        f"en {month} de {year}",
        f"en {year}",
        "el año pasado",
        "este mes",
        f"el {pick(rng, ES_WEEKDAYS)}",
        "la semana pasada",
        f"a principios de {month}",
        f"hace {pick(rng, ('dos', 'tres', '10'))} años",
    )
    return rng.choice(forms)


def es_duration(rng: random.Random) -> str:
    count = pick(rng, ("tres", "dos", "seis", "10", "48", "cinco", "unos pocos"))
    unit = pick(rng, ("días", "semanas", "meses", "años", "horas"))
    lead = pick(rng, ("en", "durante", "en menos de", "tras", "a lo largo de"))
    return f"{lead} {count} {unit}"


def es_percent(rng: random.Random) -> str:
    value = f"{rng.uniform(0.1, 60):.1f}".replace(".", ",")
    return pick(rng, (f"un {value} %", f"el {value} %", f"{value} por ciento"))


ES_FIGURES: tuple[Callable[[random.Random], str], ...] = (
    lambda rng: (
        f"{pick(rng, ES_ORGS).capitalize()} anunció {es_date(rng)} que destinará "
        f"{es_money(rng)} a {pick(rng, ES_THINGS)} {es_duration(rng)}."
    ),
    lambda rng: (
        f"Los precios en {pick(rng, PLACES)} subieron {es_percent(rng)} "
        f"{es_date(rng)}, el mayor ritmo desde {rng.randint(1990, 2020)}."
    ),
    lambda rng: (
        f"{rng.randint(2, 900)} {pick(rng, ES_COUNTED)} fueron trasladados "
        f"{es_quantity(rng)} desde la frontera {es_date(rng)}."
    ),
    lambda rng: (
        f"El acuerdo asciende a {es_money(rng)} ({pick(rng, ES_QUALIFIERS)}"
        f"{es_money(rng)}), según {pick(rng, ES_ORGS)}."
    ),
    lambda rng: (
        f"La producción cayó a {rng.randint(2, 900)} toneladas (unas "
        f"{rng.randint(3, 2000)} libras) {es_date(rng)}."
    ),
    lambda rng: (
        f"El paro se situó en {es_percent(rng)}, mientras "
        f"{pick(rng, ('decenas', 'cientos', 'miles'))} de {pick(rng, ES_COUNTED)} "
        f"perdieron su empleo {es_date(rng)}."
    ),
    lambda rng: (
        f"Las tropas podrían llegar a la frontera {es_duration(rng)}, dijo "
        f"{pick(rng, ES_TITLES)} {person(rng)}."
    ),
)


def es_quote(rng: random.Random) -> str:
    name, title = person(rng), pick(rng, ES_TITLES)
    words = pick(
        rng,
        (
            "No aceptaremos estas condiciones",
            "La situación está bajo control",
            "Nadie esperaba que los costes subieran tan rápido",
            f"Necesitamos {es_money(rng)} solo para mantener las luces encendidas",
            "Es una amenaza para nuestra seguridad colectiva",
        ),
    )
    templates = (
        f"«{words}», dijo {title} {name}.",
        f"«{words}», afirmó {name}, {title}.",
        f"{title.capitalize()}, {name}, aseguró que el plan era «{words.lower()}».",
        f"Según {pick(rng, ES_ORGS)}, «{words.lower()}».",
        f"—{words} —dijo {name}—. Lo repetiremos {es_date(rng)}.",
    )
    return rng.choice(templates)


ES_PLAIN = (
    lambda rng: (
        f"El gobierno de {pick(rng, PLACES)} está bajo presión desde la votación."
    ),
    lambda rng: "No quedó claro si el plan contaba con el respaldo del parlamento.",
    lambda rng: (
        f"El Sr. {pick(rng, LAST)} declinó hacer comentarios. Las negociaciones siguen."
    ),
)

ES_BACKGROUND = (
    lambda rng: (
        f"El anuncio llega mientras {pick(rng, PLACES)} afronta crecientes críticas "
        f"por su gestión de {pick(rng, ES_THINGS)}."
    ),
    lambda rng: (
        f"Los diplomáticos en {pick(rng, PLACES)} describieron las conversaciones "
        "como difíciles pero constructivas."
    ),
    lambda rng: (
        "Los analistas advirtieron de que las cifras son provisionales y podrían "
        "revisarse cuando se publiquen las cuentas completas."
    ),
    lambda rng: (
        f"Los vecinos de {pick(rng, PLACES)} dijeron que apenas habían recibido "
        "información de las autoridades locales."
    ),
    lambda rng: (
        f"{pick(rng, ES_ORGS).capitalize()} no respondió a una solicitud de "
        "comentarios antes del cierre de esta edición."
    ),
    lambda rng: (
        "La propuesta aún necesita la aprobación de los legisladores, varios de los "
        "cuales han señalado que exigirán cambios."
    ),
    lambda rng: (
        "Los críticos sostienen que el dinero estaría mejor invertido en los "
        "servicios de los que dependen las familias."
    ),
    lambda rng: (
        "Los negociadores trabajaron hasta altas horas de la noche y un borrador "
        "circuló entre las delegaciones de madrugada."
    ),
    lambda rng: (
        "Las autoridades se negaron a explicar cómo se financiaría el proyecto o "
        "cuándo podrían empezar las obras."
    ),
)

SPANISH = Phrasebook(
    figure=sentence_maker(ES_FIGURES),
    quote=es_quote,
    plain=sentence_maker(ES_PLAIN),
    background=sentence_maker(ES_BACKGROUND),
    headline=lambda rng: (
        f"{pick(rng, PLACES)} promete {es_money(rng)} para {pick(rng, ES_THINGS)}"
    ),
    byline=lambda rng: f"— {person(rng)}",
)


# --- French ----------------------------------------------------------------

FR_MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
FR_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi")
FR_QUALIFIERS: tuple[str, ...] = (
    "",
    "",
    "",
    "environ ",
    "près de ",
    "quelque ",
    "jusqu'à ",
    "plus de ",
    "au moins ",
    "presque ",
)
FR_ORGS = (
    "le ministère des Finances",
    "la banque centrale",
    "la Banque mondiale",
    "le FMI",
    "le ministère de l'Intérieur",
    "l'institut de statistique",
    "l'autorité portuaire",
    "la commission électorale",
)
FR_TITLES = (
    "le ministre de l'Économie",
    "la maire",
    "le gouverneur de la banque centrale",
    "la ministre de la Santé",
    "le chef de l'opposition",
    "la porte-parole de l'entreprise",
    "le président",
)
FR_THINGS = (
    "des digues",
    "une nouvelle piste",
    "les cantines scolaires",
    "des parcs éoliens",
    "la modernisation du rail",
    "des lits d'hôpital",
    "les retraites",
)
FR_COUNTED = (
    "personnes",
    "soldats",
    "enseignants",
    "ménages",
    "villages",
    "entreprises",
    "patients",
    "camions",
    "écoles",
)


def fr_money(rng: random.Random) -> str:
    amount = decimal(rng)
    forms = (
        f"{amount} millions d'euros",
        f"{amount} milliards de dollars",
        f"{grouped(rng, ' ')} euros",
        f"{amount} M€",
        f"{grouped(rng, ' ')} millions de roubles",
        f"{amount} millions de francs suisses",
        f"entre {rng.randint(2, 40)} et {rng.randint(41, 90)} millions d'euros",
    )
    return pick(rng, FR_QUALIFIERS) + rng.choice(forms)


def fr_quantity(rng: random.Random) -> str:
    unit = pick(
        rng,
        (
            "kilomètres",
            "tonnes",
            "barils par jour",
            "kilomètres carrés",
            "mégawatts",
            "litres",
            "hectares",
            "mètres",
        ),
    )
    return f"{pick(rng, FR_QUALIFIERS)}{decimal(rng)} {unit}"


def fr_date(rng: random.Random) -> str:
    month, day, year = pick(rng, FR_MONTHS), rng.randint(2, 28), rng.randint(1995, 2025)
    forms = (
        f"le {day} {month}",
        f"le {day} {month} {year}",
        f"le 1er {month}",
        f"en {month} {year}",
        f"en {year}",
        "l'an dernier",
        "ce mois-ci",
        f"{pick(rng, FR_WEEKDAYS)}",
        "la semaine dernière",
        f"début {month}",
        f"il y a {pick(rng, ('deux', 'trois', '10'))} ans",
    )
    return rng.choice(forms)


def fr_duration(rng: random.Random) -> str:
    count = pick(rng, ("trois", "deux", "six", "10", "48", "cinq", "quelques"))
    unit = pick(rng, ("jours", "semaines", "mois", "ans", "heures"))
    lead = pick(rng, ("en", "pendant", "en moins de", "après", "sur"))
    return f"{lead} {count} {unit}"


def fr_percent(rng: random.Random) -> str:
    value = f"{rng.uniform(0.1, 60):.1f}".replace(".", ",")
    return pick(rng, (f"{value} %", f"{value} pour cent", f"de {value} %"))


FR_FIGURES: tuple[Callable[[random.Random], str], ...] = (
    lambda rng: (
        f"{pick(rng, FR_ORGS).capitalize()} a annoncé {fr_date(rng)} qu'il "
        f"consacrerait {fr_money(rng)} à {pick(rng, FR_THINGS)} {fr_duration(rng)}."
    ),
    lambda rng: (
        f"Les prix à {pick(rng, PLACES)} ont augmenté de {fr_percent(rng)} "
        f"{fr_date(rng)}, leur plus forte hausse depuis {rng.randint(1990, 2020)}."
    ),
    lambda rng: (
        f"{rng.randint(2, 900)} {pick(rng, FR_COUNTED)} ont été déplacés "
        f"{fr_quantity(rng)} de la frontière {fr_date(rng)}."
    ),
    lambda rng: (
        f"Le contrat s'élève à {fr_money(rng)} ({pick(rng, FR_QUALIFIERS)}"
        f"{fr_money(rng)}), selon {pick(rng, FR_ORGS)}."
    ),
    lambda rng: (
        f"La production est tombée à {rng.randint(2, 900)} kilomètres (environ "
        f"{rng.randint(2, 600)} miles) {fr_date(rng)}."
    ),
    lambda rng: (
        f"Le chômage s'établit à {fr_percent(rng)}, tandis que des "
        f"{pick(rng, ('dizaines', 'centaines', 'milliers'))} de "
        f"{pick(rng, FR_COUNTED)} ont perdu leur emploi {fr_date(rng)}."
    ),
    lambda rng: (
        f"Les troupes pourraient atteindre la frontière {fr_duration(rng)}, a "
        f"déclaré {pick(rng, FR_TITLES)} {person(rng)}."
    ),
)


def fr_quote(rng: random.Random) -> str:
    name, title = person(rng), pick(rng, FR_TITLES)
    words = pick(
        rng,
        (
            "Nous n'accepterons pas ces conditions",
            "La situation est sous contrôle",
            "Personne ne s'attendait à une telle hausse des coûts",
            f"Il nous faut {fr_money(rng)} rien que pour garder la lumière allumée",
            "C'est une menace pour notre sécurité collective",
        ),
    )
    templates = (
        f"« {words} », a déclaré {title} {name}.",
        f"« {words} », a affirmé {name}, {title}.",
        f"{title.capitalize()}, {name}, a assuré que le plan était « {words.lower()} ».",
        f"Selon {pick(rng, FR_ORGS)}, « {words.lower()} ».",
        f"« {words} », a ajouté M. {name.split()[1]}. « Nous le redirons. »",
    )
    return rng.choice(templates)


FR_PLAIN = (
    lambda rng: (
        f"Le gouvernement de {pick(rng, PLACES)} est sous pression depuis le vote."
    ),
    lambda rng: "On ignorait si le plan avait le soutien du Parlement.",
    lambda rng: (
        f"M. {pick(rng, LAST)} n'a pas souhaité commenter. Les discussions se poursuivent."
    ),
)

FR_BACKGROUND = (
    lambda rng: (
        f"L'annonce intervient alors que {pick(rng, PLACES)} fait face à des "
        f"critiques croissantes sur sa gestion {pick(rng, ('du dossier', 'de la crise'))}."
    ),
    lambda rng: (
        f"Les diplomates à {pick(rng, PLACES)} ont décrit des discussions difficiles "
        "mais constructives."
    ),
    lambda rng: (
        "Les analystes ont averti que les chiffres étaient provisoires et pourraient "
        "être révisés une fois les comptes publiés."
    ),
    lambda rng: (
        f"Des habitants de {pick(rng, PLACES)} ont dit n'avoir reçu presque aucune "
        "information des autorités locales."
    ),
    lambda rng: (
        f"{pick(rng, FR_ORGS).capitalize()} n'a pas répondu à une demande de "
        "commentaire avant la publication."
    ),
    lambda rng: (
        "La proposition doit encore être approuvée par les parlementaires, dont "
        "plusieurs réclament des modifications."
    ),
    lambda rng: (
        "Les détracteurs estiment que l'argent serait mieux employé dans les "
        "services dont dépendent les familles."
    ),
    lambda rng: (
        "Les négociateurs ont travaillé tard dans la nuit et un projet d'accord a "
        "circulé entre les délégations au petit matin."
    ),
    lambda rng: (
        "Les responsables ont refusé de dire comment le projet serait financé ou "
        "quand les travaux pourraient commencer."
    ),
)

FRENCH = Phrasebook(
    figure=sentence_maker(FR_FIGURES),
    quote=fr_quote,
    plain=sentence_maker(FR_PLAIN),
    background=sentence_maker(FR_BACKGROUND),
    headline=lambda rng: (
        f"{pick(rng, PLACES)} promet {fr_money(rng)} pour {pick(rng, FR_THINGS)}"
    ),
    byline=lambda rng: f"— {person(rng)}",
)


# --- German ----------------------------------------------------------------

DE_MONTHS = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
DE_WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag")
DE_QUALIFIERS: tuple[str, ...] = (
    "",
    "",
    "",
    "rund ",
    "etwa ",
    "fast ",
    "bis zu ",
    "mehr als ",
    "mindestens ",
    "knapp ",
)
DE_ORGS = (
    "das Finanzministerium",
    "die Zentralbank",
    "die Weltbank",
    "der IWF",
    "das Innenministerium",
    "das Statistikamt",
    "die Hafenbehörde",
    "die Wahlkommission",
)
DE_TITLES = (
    "Finanzminister",
    "Bürgermeisterin",
    "Zentralbankchef",
    "Gesundheitsministerin",
    "Oppositionsführer",
    "Unternehmenssprecherin",
    "Präsident",
)
DE_THINGS = (
    "Deiche",
    "eine neue Landebahn",
    "Schulessen",
    "Windparks",
    "den Ausbau der Bahn",
    "Krankenhausbetten",
    "die Renten",
)
DE_COUNTED = (
    "Menschen",
    "Soldaten",
    "Lehrer",
    "Haushalte",
    "Dörfer",
    "Unternehmen",
    "Patienten",
    "Lastwagen",
    "Schulen",
)


def de_money(rng: random.Random) -> str:
    amount = decimal(rng)
    forms = (
        f"{amount} Millionen Euro",
        f"{amount} Milliarden Dollar",
        f"{grouped(rng, '.')} Euro",
        f"{amount} Mio. Euro",
        f"{amount} Mrd. Euro",
        f"{amount} Milliarden Rubel",
        f"zwischen {rng.randint(2, 40)} und {rng.randint(41, 90)} Millionen Euro",
    )
    return pick(rng, DE_QUALIFIERS) + rng.choice(forms)


def de_quantity(rng: random.Random) -> str:
    unit = pick(
        rng,
        (
            "Kilometer",
            "Tonnen",
            "Barrel pro Tag",
            "Quadratkilometer",
            "Megawatt",
            "Liter",
            "Hektar",
            "Meter",
        ),
    )
    return f"{pick(rng, DE_QUALIFIERS)}{decimal(rng)} {unit}"


def de_date(rng: random.Random) -> str:
    month, day, year = pick(rng, DE_MONTHS), rng.randint(1, 28), rng.randint(1995, 2025)
    forms = (
        f"am {day}. {month}",
        f"am {day}. {month} {year}",
        f"im {month} {year}",
        f"im Jahr {year}",
        "im vergangenen Jahr",
        "in diesem Monat",
        f"am {pick(rng, DE_WEEKDAYS)}",
        "letzte Woche",
        f"Anfang {month}",
        f"vor {pick(rng, ('zwei', 'drei', '10'))} Jahren",
    )
    return rng.choice(forms)


def de_duration(rng: random.Random) -> str:
    count = pick(rng, ("drei", "zwei", "sechs", "10", "48", "fünf", "einigen"))
    unit = pick(rng, ("Tagen", "Wochen", "Monaten", "Jahren", "Stunden"))
    lead = pick(rng, ("in", "binnen", "in weniger als", "nach", "seit"))
    return f"{lead} {count} {unit}"


def de_percent(rng: random.Random) -> str:
    value = f"{rng.uniform(0.1, 60):.1f}".replace(".", ",")
    return pick(rng, (f"{value} Prozent", f"{value} %", f"um {value} Prozent"))


DE_FIGURES: tuple[Callable[[random.Random], str], ...] = (
    lambda rng: (
        f"{pick(rng, DE_ORGS).capitalize()} kündigte {de_date(rng)} an, "
        f"{de_money(rng)} für {pick(rng, DE_THINGS)} auszugeben."
    ),
    lambda rng: (
        f"Die Preise in {pick(rng, PLACES)} stiegen {de_date(rng)} um "
        f"{de_percent(rng)}, so stark wie seit {rng.randint(1990, 2020)} nicht mehr."
    ),
    lambda rng: (
        f"{rng.randint(2, 900)} {pick(rng, DE_COUNTED)} wurden {de_date(rng)} "
        f"{de_quantity(rng)} von der Grenze weggebracht."
    ),
    lambda rng: (
        f"Der Vertrag hat ein Volumen von {de_money(rng)} ({pick(rng, DE_QUALIFIERS)}"
        f"{de_money(rng)}), wie {pick(rng, DE_ORGS)} mitteilte."
    ),
    lambda rng: (
        f"Die Förderung sank {de_date(rng)} auf {rng.randint(2, 900)} Kilometer "
        f"(rund {rng.randint(2, 600)} Meilen)."
    ),
    lambda rng: (
        f"Die Arbeitslosenquote lag bei {de_percent(rng)}, während "
        f"{pick(rng, ('Dutzende', 'Hunderte', 'Tausende'))} "
        f"{pick(rng, DE_COUNTED)} {de_date(rng)} ihre Arbeit verloren."
    ),
    lambda rng: (
        f"Die Truppen könnten die Grenze {de_duration(rng)} erreichen, sagte "
        f"{pick(rng, DE_TITLES)} {person(rng)}."
    ),
)


def de_quote(rng: random.Random) -> str:
    name, title = person(rng), pick(rng, DE_TITLES)
    words = pick(
        rng,
        (
            "Wir werden diese Bedingungen nicht akzeptieren",
            "Die Lage ist unter Kontrolle",
            "Niemand hat erwartet, dass die Kosten so schnell steigen",
            f"Wir brauchen {de_money(rng)}, nur damit das Licht anbleibt",
            "Das ist eine Bedrohung für unsere gemeinsame Sicherheit",
        ),
    )
    templates = (
        f"„{words}“, sagte {title} {name}.",
        f"„{words}“, erklärte {name}.",
        f"{title} {name} sagte, der Plan sei „{words.lower()}“.",
        f"Laut {pick(rng, DE_ORGS)} sei man „{words.lower()}“.",
        f"„{words}“, betonte {name.split()[1]}. „Und wir sagen es wieder.“",
    )
    return rng.choice(templates)


DE_PLAIN = (
    lambda rng: (
        f"Die Regierung in {pick(rng, PLACES)} steht seit der Abstimmung unter Druck."
    ),
    lambda rng: "Unklar blieb, ob das Parlament den Plan unterstützt.",
    lambda rng: (
        f"Hr. {pick(rng, LAST)} wollte sich nicht äußern. Die Gespräche gehen weiter."
    ),
)

DE_BACKGROUND = (
    lambda rng: (
        f"Die Ankündigung kommt zu einer Zeit, in der {pick(rng, PLACES)} wegen "
        "seines Krisenmanagements zunehmend in der Kritik steht."
    ),
    lambda rng: (
        f"Diplomaten in {pick(rng, PLACES)} beschrieben die Gespräche als schwierig, "
        "aber konstruktiv."
    ),
    lambda rng: (
        "Analysten warnten, die Zahlen seien vorläufig und könnten nach Vorlage der "
        "vollständigen Bilanz korrigiert werden."
    ),
    lambda rng: (
        f"Anwohner in {pick(rng, PLACES)} sagten, sie hätten von den örtlichen "
        "Behörden kaum etwas erfahren."
    ),
    lambda rng: (
        f"{pick(rng, DE_ORGS).capitalize()} reagierte bis Redaktionsschluss nicht "
        "auf eine Anfrage."
    ),
    lambda rng: (
        "Der Vorschlag muss noch vom Parlament gebilligt werden, und mehrere "
        "Abgeordnete haben Änderungen verlangt."
    ),
    lambda rng: (
        "Kritiker halten dagegen, das Geld wäre in Dienstleistungen für Familien "
        "besser angelegt."
    ),
    lambda rng: (
        "Die Unterhändler arbeiteten bis tief in die Nacht, und in den frühen "
        "Morgenstunden kursierte ein Entwurf."
    ),
    lambda rng: (
        "Die Behörden wollten nicht sagen, wie das Projekt finanziert werden soll "
        "oder wann die Bauarbeiten beginnen."
    ),
)

GERMAN = Phrasebook(
    figure=sentence_maker(DE_FIGURES),
    quote=de_quote,
    plain=sentence_maker(DE_PLAIN),
    background=sentence_maker(DE_BACKGROUND),
    headline=lambda rng: (
        f"{pick(rng, PLACES)} verspricht {de_money(rng)} für {pick(rng, DE_THINGS)}"
    ),
    byline=lambda rng: f"Von {person(rng)}",
)

PHRASEBOOKS: dict[str, Phrasebook] = {"es": SPANISH, "fr": FRENCH, "de": GERMAN}
