//! French words the event rules look for, folded (lowercase, no accents), and the words of the
//! titles they write.

use super::super::language::{EventWords, WordClasses};

/// Nouns naming a meeting ("lors de la réunion", "une rencontre par visioconférence").
const MEETING_NOUNS: &[&str] = &[
    "rencontre",
    "rencontres",
    "reunion",
    "entretien",
    "entretiens",
    "visioconference",
    "videoconference",
    "visite",
    "reception",
    "entrevue",
    "pourparlers",
    "tete",
    "arrivee",
    "conference",
];

/// Verb stems of meeting: "a rencontré", "en recevant", "a reçu", "s'est entretenu", "a accueilli".
const MEETING_VERB_STEMS: &[&str] = &["rencontr", "recev", "recu", "recoi", "accueill", "entretenu", "reuni"];

/// Verbs that make a meeting when followed by "avec": "a parlé avec", "a discuté avec".
const WITH_VERB_STEMS: &[&str] = &["parl", "discut", "echang", "convers"];

/// Nouns whose "de X" names a participant ("la visite de X", "l'arrivée de X").
const PRESENCE_NOUNS: &[&str] = &[
    "visite",
    "arrivee",
    "reception",
    "venue",
    "voyage",
    "deplacement",
    "delegation",
    "presence",
    "rencontre",
    "entretien",
    "reunion",
];

/// Verb stems whose "à X" names someone present ("a déclaré Poutine à Zhang").
const SPEECH_STEMS: &[&str] = &[
    "declar", "dit", "affirm", "assur", "expliqu", "indiqu", "soulign", "confi", "annonc", "repond", "rendu", "promis",
    "presente", "adresse",
];

/// Words that may stand between a preposition and a name: titles and nationalities.
const TITLE_WORDS: &[&str] = &[
    "president",
    "presidente",
    "general",
    "generale",
    "ministre",
    "m",
    "mme",
    "dirigeant",
    "dirigeante",
    "chef",
    "homologue",
    "vice",
    "premier",
    "premiere",
    "secretaire",
    "porte",
    "parole",
    "amiral",
    "marechal",
    "colonel",
    "commandant",
    "russe",
    "chinois",
    "chinoise",
    "americain",
    "americaine",
    "ukrainien",
    "ukrainienne",
    "francais",
    "francaise",
    "haut",
    "nouveau",
    "nouvelle",
    "ancien",
    "ancienne",
    "leader",
    "l",
    "le",
    "la",
];

/// Clause connectors that open a different time frame ("après la visite de Xi").
const TEMPORAL_CONNECTORS: &[&str] = &["apres", "avant", "depuis"];

/// Connectors that start a new segment of a sentence.
const CONNECTORS: &[&str] = &["apres", "avant", "depuis", "lorsque", "quand", "alors", "tandis", "puis", "mais"];

/// Nouns of dated events worth a context entry.
const EVENT_NOUNS: &[&str] = &[
    "visite",
    "visites",
    "sommet",
    "rencontre",
    "reunion",
    "entretien",
    "partenariat",
    "invasion",
    "operation",
    "offensive",
    "exercice",
    "exercices",
    "patrouille",
    "patrouilles",
    "conference",
    "rapport",
    "nomination",
    "election",
    "elections",
    "accord",
    "traite",
    "guerre",
    "attaque",
    "voyage",
    "discours",
    "manoeuvres",
    "forum",
    "ceremonie",
    "defile",
    "parade",
    "signature",
    "frappe",
    "frappes",
    "bombardement",
    "referendum",
    "mobilisation",
    "annexion",
    "incursion",
    "visioconference",
    "videoconference",
    "point",
];

/// Nouns that, for a titled event, get the participants' names ("Rencontre Poutine – Xi").
const NAMED_MEETING_NOUNS: &[&str] = &[
    "rencontre",
    "rencontres",
    "reunion",
    "entretien",
    "entretiens",
    "visioconference",
    "videoconference",
    "entrevue",
];

/// Words that end a noun phrase used as a title.
const PHRASE_STOPS: &[&str] = &[
    "qui", "que", "qu", "lorsque", "quand", "a", "ont", "est", "sont", "etait", "avait", "avaient", "ayant", "et",
    "ou", "mais", "pour", "par", "avec", "selon", "il", "elle", "ils", "elles", "on", "se", "s", "sa", "son", "ses",
    "leur", "leurs", "ce", "cette", "dont", "afin", "sans", "lors", "entre", "contre", "pendant", "vers", "sur",
    "alors", "tandis", "comme", "y", "ne", "n", "apres", "avant", "depuis", "puis", "prevue", "prevu", "prevus",
    "prevues",
];

/// Words before a place name.
const LOCATIVES: &[&str] = &["a", "au", "aux", "en", "dans", "depuis", "vers"];

/// Nouns whose "de X" is a place ("résidence de Novo-Ogaryovo").
const PLACE_NOUNS: &[&str] = &[
    "residence",
    "palais",
    "ville",
    "region",
    "base",
    "exterieur",
    "pres",
    "environs",
    "capitale",
    "sud",
    "nord",
    "est",
    "ouest",
    "banlieue",
];

pub static WORDS: EventWords = EventWords {
    meeting_nouns: MEETING_NOUNS,
    arrival_noun: "arrivee",
    doubled_noun: "tete",
    meeting_verb_stems: MEETING_VERB_STEMS,
    with_verb_stems: WITH_VERB_STEMS,
    with: "avec",
    presence_nouns: PRESENCE_NOUNS,
    speech_stems: SPEECH_STEMS,
    title_words: TITLE_WORDS,
    temporal_connectors: TEMPORAL_CONNECTORS,
    since: "depuis",
    connectors: CONNECTORS,
    event_nouns: EVENT_NOUNS,
    named_meeting_nouns: NAMED_MEETING_NOUNS,
    phrase_stops: PHRASE_STOPS,
    present_participle_endings: &["ant"],
    locatives: LOCATIVES,
    place_nouns: PLACE_NOUNS,
    town_particles: &["de", "d", "du", "des", "en", "sur", "sous", "les", "la", "le", "l", "aux", "et", "lez"],
    pluperfect_auxiliaries: &["avait", "avaient", "etait", "etaient", "eut", "eurent"],
    date_links: &["et", "ou", "puis", "le", "la", "les", "l"],
    day_after: "lendemain",
    day_before: "veille",
    video_nouns: &["visioconference", "videoconference"],
    phone_stems: &["telephon"],
    call_noun: "appel",
    video_word: "video",
    meeting_title: "Rencontre",
    video_title: "Visioconférence",
    phone_title: "Entretien téléphonique",
    statements_title: "Déclarations",
    statement_title: "Déclaration",
    announce_title: "Annonce",
    announce_stem: "annonc",
    definite_articles: &["le", "la", "les", "l"],
    of: "de",
    of_elided: Some("d'"),
    met_title: "Rencontre",
    gathered_title: "Réunion",
    visit_title: "Visite",
    met_stem: "rencontr",
    gathered_stem: "reuni",
    gathering_noun: "reunion",
    visit_participle: "rendu",
    visit_auxiliaries: &["est", "s", "etait", "sont", "etaient"],
    own_meeting_nouns: &["visite", "rencontre", "reunion", "entretien"],
    happening_kinds: &[
        &["guerre", "invasion", "offensive", "operation", "intervention"],
        &["rencontre", "visite", "entretien", "entrevue", "sommet", "reunion"],
    ],
    press_point: ("point", "de", "presse"),
    recent_past: (&["vient", "viennent"], "de"),
    past_auxiliaries: &["a", "ont"],
    reflexive_pronouns: &["s", "se", "m", "me", "t", "te", "nous", "vous"],
    reflexive_auxiliaries: &["est", "sont", "suis", "es", "sommes", "etes"],
    period_starts: &["depuis"],
    series_starts: &["dès"],
    noun_date_links: &["de", "du", "d"],
    clause_openers: &["que", "qu", "qui", "dont"],
    death_words: &[
        "deces",
        "decede",
        "decedee",
        "mort",
        "morte",
        "meurt",
        "eteint",
        "eteinte",
        "succombe",
        "succombee",
    ],
    contrast_openers: &[
        ("alors", "que"),
        ("alors", "qu"),
        ("tandis", "que"),
        ("tandis", "qu"),
        ("bien", "que"),
        ("bien", "qu"),
        ("meme", "si"),
    ],
    classes: WordClasses::new(),
};
