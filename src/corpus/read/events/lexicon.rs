//! French words the event rules look for, folded (lowercase, no accents). Language knowledge,
//! not knowledge of any article.

/// Nouns naming a meeting ("lors de la réunion", "une rencontre par visioconférence").
pub const MEETING_NOUNS: &[&str] = &[
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
pub const MEETING_VERB_STEMS: &[&str] = &["rencontr", "recev", "recu", "recoi", "accueill", "entretenu", "reuni"];

/// Verbs that make a meeting when followed by "avec": "a parlé avec", "a discuté avec".
pub const WITH_VERB_STEMS: &[&str] = &["parl", "discut", "echang", "convers"];

/// Nouns whose "de X" names a participant ("la visite de X", "l'arrivée de X").
pub const PRESENCE_NOUNS: &[&str] = &[
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
pub const SPEECH_STEMS: &[&str] = &[
    "declar", "dit", "affirm", "assur", "expliqu", "indiqu", "soulign", "confi", "annonc", "repond", "rendu", "promis",
    "presente", "adresse",
];

/// Words that may stand between a preposition and a name: titles and nationalities.
pub const TITLE_WORDS: &[&str] = &[
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
pub const TEMPORAL_CONNECTORS: &[&str] = &["apres", "avant", "depuis"];

/// Connectors that start a new segment of a sentence.
pub const CONNECTORS: &[&str] = &["apres", "avant", "depuis", "lorsque", "quand", "alors", "tandis", "puis", "mais"];

/// Nouns of dated events worth a context entry.
pub const EVENT_NOUNS: &[&str] = &[
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
pub const NAMED_MEETING_NOUNS: &[&str] = &[
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
pub const PHRASE_STOPS: &[&str] = &[
    "qui", "que", "qu", "lorsque", "quand", "a", "ont", "est", "sont", "etait", "avait", "avaient", "ayant", "et",
    "ou", "mais", "pour", "par", "avec", "selon", "il", "elle", "ils", "elles", "on", "se", "s", "sa", "son", "ses",
    "leur", "leurs", "ce", "cette", "dont", "afin", "sans", "lors", "entre", "contre", "pendant", "vers", "sur",
    "alors", "tandis", "comme", "y", "ne", "n", "apres", "avant", "depuis", "puis", "prevue", "prevu", "prevus",
    "prevues",
];
