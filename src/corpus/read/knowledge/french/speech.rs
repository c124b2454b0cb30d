//! French verbs of saying, of opinion and of urging, beyond the core list of `super`: the verbs
//! news writes around a quotation ("le professeur préconise de « … »", "il prône d'« … »", "en
//! promettant de « … »", "», sourit-elle"), in every tense and with their participles. Regular
//! verbs are given by their stem and conjugated here; verbs of the third group are listed
//! form by form. All folded (lowercase, no accents).

use crate::gazetteer::Gender;
use crate::text::hash::FastSet;

/// Stems of first-group (-er) verbs of saying, judging, urging and promising.
const ER_STEMS: &[&str] = &[
    // urging and advising
    "preconis",
    "pron",
    "recommand",
    "sugger",
    "propos",
    "conseill",
    "encourag",
    "incit",
    "ordonn",
    "implor",
    "suppli",
    "admonest",
    // promising and claiming
    "engag",
    "revendiqu",
    "certifi",
    "attest",
    "pronostiqu",
    "decret",
    // telling and revealing ("», titre le quotidien": a newspaper's headline is its words)
    "titr",
    "relat",
    "devoil",
    "divulgu",
    "enonc",
    "formul",
    "notifi",
    "remarqu",
    "questionn",
    "argu",
    "analys",
    "decrypt",
    // judging, blaming, approving
    "pens",
    "redout",
    "alarm",
    "blam",
    "stigmatis",
    "vilipend",
    "tanc",
    "tacl",
    "cingl",
    "moqu",
    "relativis",
    "minimis",
    "approuv",
    "desapprouv",
    "congratul",
    "acquiesc",
    "rejett",
    // the manner of saying
    "souffl",
    "murmur",
    "chuchot",
    "ecri",
    "grinc",
    "tempet",
    "lament",
    "desol",
    "excus",
    "offusqu",
    "jubil",
    "exult",
    "amus",
    "persist",
    "abond",
    "corrig",
    "rectifi",
    "temper",
    "embray",
];

/// Endings of the first group after a stem (folded: "é" is "e").
const ER_SUFFIXES: &[&str] = &[
    "e", "es", "ee", "ees", "ent", "ait", "aient", "a", "erent", "ant", "er", "era", "erait", "eraient", "eront",
    "ons", "ez",
];

/// Stems of second-group (-ir, -issant) verbs of saying and reacting.
const IR_STEMS: &[&str] = &["avert", "reag", "garant", "rejou", "rencher", "encher", "applaud", "rebond", "enorgueill"];

const IR_SUFFIXES: &[&str] =
    &["i", "is", "it", "ie", "ies", "issent", "issait", "issaient", "issant", "ir", "ira", "irait", "irent"];

/// Forms of third-group verbs of saying and thinking (promettre, admettre, reconnaître,
/// écrire, répondre, reprendre, sourire, prévenir…), those `super` does not list.
const THIRD_GROUP: &[&str] = &[
    // Requérir: what a prosecutor says to the court ("a requis le procureur").
    "requis",
    "requiert",
    "requierent",
    "requerait",
    "requeraient",
    "requerant",
    "requerir",
    "promettent",
    "promettait",
    "promettaient",
    "promettant",
    "promise",
    "promettre",
    "promettra",
    "promettrait",
    "admettait",
    "admettant",
    "admettent",
    "admettre",
    "reconnaissent",
    "reconnaitre",
    "reconnaitra",
    "redit",
    "redisait",
    "contredit",
    "contredisant",
    "predisant",
    "predire",
    "ecrivent",
    "ecrire",
    "ecrira",
    "ecrivaient",
    "decrivait",
    "decrire",
    "repondent",
    "repondre",
    "repondra",
    "repondaient",
    "defendent",
    "defendre",
    "concluait",
    "conclure",
    "poursuivent",
    "poursuivre",
    "reprenait",
    "reprenant",
    "reprendre",
    "reprennent",
    "sourit",
    "souri",
    "souriait",
    "souriant",
    "craignent",
    "craignant",
    "croyant",
    "croire",
    "prevenait",
    "prevenant",
    "prevenir",
    "previennent",
    "maintenait",
    "maintiennent",
    "enjoint",
    "enjoignait",
    "interdisant",
    "dementait",
    "dementant",
    "dementent",
    "plaint",
    "plaignait",
    "soutenaient",
];

/// Determiners that are never object pronouns: "une analyse", "son appel", "cette alarme".
pub fn is_noun_marker(w: &str) -> bool {
    matches!(
        w,
        "un" | "une"
            | "du"
            | "au"
            | "aux"
            | "son"
            | "sa"
            | "ses"
            | "mon"
            | "ma"
            | "mes"
            | "ton"
            | "ta"
            | "tes"
            | "notre"
            | "nos"
            | "votre"
            | "vos"
            | "leurs"
            | "ce"
            | "cet"
            | "cette"
            | "ces"
            | "chaque"
            | "quel"
            | "quelle"
    )
}

/// "ce dernier", "cette dernière", "celui-ci", "celle-ci", "l'intéressé": the person named
/// last, and the gender the words say.
pub fn latest_anaphor(words: [&str; 2]) -> Option<Gender> {
    match words {
        ["ce", "dernier"] | ["celui", "ci"] | ["l", "interesse"] => Some(Gender::M),
        ["cette", "derniere"] | ["celle", "ci"] | ["l", "interessee"] => Some(Gender::F),
        _ => None,
    }
}

/// Forms of "être" that make a passive: "a été bloqué par X", "est contesté par X".
pub fn is_passive_auxiliary(w: &str) -> bool {
    matches!(w, "ete" | "etre" | "est" | "sont" | "etait" | "etaient" | "sera" | "seront" | "serait" | "fut" | "furent")
}

/// Parts of an organisation that speak for it: "le bureau de MSF à Beyrouth", "le siège de X".
pub fn is_branch_noun(w: &str) -> bool {
    matches!(
        w,
        "bureau"
            | "siege"
            | "antenne"
            | "branche"
            | "section"
            | "filiale"
            | "delegation"
            | "representation"
            | "cellule"
            | "service"
            | "direction"
            | "presidence"
            | "secretariat"
            | "conseil"
            | "comite"
            | "communique"
            | "compte"
    )
}

/// Head nouns a text uses one for another when it speaks of one institution: a newspaper is
/// "le journal", "le quotidien", "l'hebdomadaire"; a company "l'entreprise", "le groupe".
pub fn institution_class(w: &str) -> Option<&'static str> {
    Some(match w {
        "journal" | "quotidien" | "hebdomadaire" | "mensuel" | "magazine" => "press",
        "chaine" | "radio" | "television" | "station" => "broadcaster",
        "entreprise" | "societe" | "groupe" | "firme" | "compagnie" | "constructeur" | "operateur" | "laboratoire"
        | "assureur" | "distributeur" | "fabricant" | "editeur" | "enseigne" | "banque" => "company",
        "syndicat" | "confederation" | "centrale" => "union",
        "parti" | "mouvement" | "formation" => "party",
        "association" | "ong" | "organisation" | "collectif" | "fondation" => "association",
        _ => return None,
    })
}

/// Titles the press writes another way: "chef du gouvernement" is the prime minister, "chef
/// de l'État" the president, "chef de la diplomatie" the foreign minister.
pub fn title_synonym(words: &[&str]) -> Option<(usize, &'static [&'static str])> {
    const SYNONYMS: &[(&[&str], &[&str])] = &[
        (&["chef", "du", "gouvernement"], &["premier", "ministre"]),
        (&["cheffe", "du", "gouvernement"], &["premiere", "ministre"]),
        (&["chef", "de", "l", "etat"], &["president"]),
        (&["cheffe", "de", "l", "etat"], &["presidente"]),
        (&["chef", "d", "etat"], &["president"]),
        (&["cheffe", "d", "etat"], &["presidente"]),
        (&["chef", "de", "la", "diplomatie"], &["ministre", "affaires", "etrangeres"]),
        (&["cheffe", "de", "la", "diplomatie"], &["ministre", "affaires", "etrangeres"]),
        // The seats of office stand for their holders: "le locataire de l'Élysée", "l'hôte de
        // Matignon", "la locataire de la place Beauvau", "le garde des Sceaux".
        (&["locataire", "de", "l", "elysee"], &["president"]),
        (&["hote", "de", "l", "elysee"], &["president"]),
        (&["locataire", "de", "matignon"], &["premier", "ministre"]),
        (&["hote", "de", "matignon"], &["premier", "ministre"]),
        (&["locataire", "de", "la", "place", "beauvau"], &["ministre", "interieur"]),
        (&["locataire", "de", "beauvau"], &["ministre", "interieur"]),
        (&["locataire", "du", "quai", "d", "orsay"], &["ministre", "affaires", "etrangeres"]),
        (&["locataire", "de", "bercy"], &["ministre", "economie"]),
        (&["garde", "des", "sceaux"], &["ministre", "justice"]),
        // A crowned head by any name: "le monarque", "la souveraine".
        (&["monarque"], &["roi"]),
        (&["souverain"], &["roi"]),
        (&["souveraine"], &["reine"]),
    ];
    SYNONYMS.iter().find(|(from, _)| words.starts_with(from)).map(|(from, to)| (from.len(), *to))
}

/// How a sentence right after a quotation opens when it says who spoke it: "C'est ce qu'a
/// déclaré X", "Voilà ce que dit X" (the verb and its subject follow: `false`), "Ce sont les
/// mots de X", "Ces propos sont ceux du maire" (the speaker follows: `true`). The number of
/// words of the opening, and which kind.
pub fn back_reference(words: &[&str]) -> Option<(usize, bool)> {
    const QUE: &[&str] = &["qu", "que"];
    const WORDS: &[&str] = &["mots", "propos", "paroles", "termes", "declarations"];
    const DE: &[&str] = &["de", "du", "d", "des"];
    const VIEWS: &[&str] =
        &["constat", "analyse", "avis", "sentiment", "temoignage", "explication", "reaction", "message", "conviction"];
    const VERB_NEXT: &[&[&[&str]]] = &[
        &[&["c"], &["est", "etait"], &["ce"], QUE],
        &[&["voila", "voici"], &["ce"], QUE],
        &[&["c"], &["est", "etait"], &["ainsi"], QUE],
        &[&["c"], &["est", "etait"], &["en"], &["ces"], &["termes", "mots"], QUE],
        &[
            &["tel", "telle", "tels", "telles"],
            &["est", "sont", "etait", "etaient"],
            &["le", "la", "les"],
            &["message", "constat", "avertissement", "mots", "propos"],
            QUE,
        ],
    ];
    const SIGNED: &[&str] = &["message", "texte", "communique", "courrier", "lettre", "tweet", "billet", "tribune"];
    const SPEAKER_NEXT: &[&[&[&str]]] = &[
        // "« … » Le message est signé Élisabeth Borne."
        &[&["le", "la", "l"], SIGNED, &["est", "etait"], &["signe", "signee"], &["par"]],
        &[&["le", "la", "l"], SIGNED, &["est", "etait"], &["signe", "signee"]],
        &[&["ce", "c"], &["sont", "etaient", "est", "etait"], &["les", "la", "le", "l"], WORDS, DE],
        // "C'est le constat du commandant des pompiers, Luc Roy."
        &[&["c"], &["est", "etait"], &["le", "la", "l"], VIEWS, DE],
        &[&["tels", "telles"], &["sont", "etaient"], &["les"], WORDS, DE],
        &[&["ces", "ses", "les"], WORDS, &["sont", "etaient"], &["ceux", "celles"], DE],
        &[&["ces", "ses", "les"], WORDS, &["sont", "etaient"], DE],
    ];
    let fits = |p: &[&[&str]]| p.len() <= words.len() && p.iter().zip(words).all(|(alts, w)| alts.contains(w));
    if let Some(p) = VERB_NEXT.iter().find(|p| fits(p)) {
        return Some((p.len(), false));
    }
    if let Some(p) = SPEAKER_NEXT.iter().find(|p| fits(p)) {
        return Some((p.len(), true));
    }
    // "C'est le constat présenté, ce matin, par le secrétaire général": a participle, a few
    // words, then its agent.
    let opening: &[&[&str]] = &[&["c"], &["est", "etait"], &["le", "la", "l"], VIEWS];
    if fits(opening) {
        let by = words[4..].iter().take(5).position(|w| *w == "par").filter(|&p| p >= 1)?;
        return Some((4 + by + 1, true));
    }
    None
}

/// "a cité Victor Hugo : « … »", "reprenant les mots de Martin Luther King", "selon la formule
/// de X": the words after it are another author's, named right after the opening. The number
/// of words of the opening.
pub fn requote_marker(words: &[&str]) -> Option<usize> {
    const CITE: &[&str] =
        &["cite", "citait", "citant", "citer", "cita", "citent", "citaient", "citera", "paraphrase", "paraphrasant"];
    const TAKE: &[&str] = &[
        "reprenant",
        "reprend",
        "reprenait",
        "repris",
        "reprendre",
        "reprennent",
        "empruntant",
        "emprunte",
        "empruntait",
        "emprunter",
        "selon",
        "citant",
    ];
    const DET: &[&str] = &["les", "la", "le", "l"];
    const WORDS: &[&str] = &["mots", "paroles", "termes", "formule", "expression", "propos", "citation"];
    const DE: &[&str] = &["de", "du", "d", "des"];
    match words {
        [t, d, w, de, ..] if TAKE.contains(t) && DET.contains(d) && WORDS.contains(w) && DE.contains(de) => {
            // ("du", "des": the article is part of the author's phrase, which starts after it.)
            Some(4)
        }
        [c, ..] if CITE.contains(c) => Some(1),
        _ => None,
    }
}

/// Texts an organisation publishes or writes in, whose words are its own.
pub const DOCUMENT_NOUNS: &[&str] = &[
    "communique",
    "rapport",
    "site",
    "page",
    "compte",
    "message",
    "lettre",
    "tweet",
    "publication",
    "declaration",
    "note",
    "bulletin",
    "blog",
    "texte",
    "avis",
    "document",
    "information",
    "informations",
    "revelations",
    "enquete",
    "editorial",
    "chiffres",
];

pub fn is_document_noun(w: &str) -> bool {
    DOCUMENT_NOUNS.contains(&w)
}

/// Nouns of someone's words: what they said, wrote or posted.
pub fn is_words_noun(w: &str) -> bool {
    matches!(
        w,
        "citation"
            | "propos"
            | "mots"
            | "paroles"
            | "phrase"
            | "formule"
            | "discours"
            | "extrait"
            | "interview"
            | "entretien"
    ) || is_document_noun(w)
}

/// Forms of "lire" after "on" ("peut-on lire", "on pouvait lire", "on lit").
pub fn is_reading_verb(w: &str) -> bool {
    matches!(w, "lire" | "lit" | "lisait" | "lu")
}

/// Forms of verbs of publishing ("publie un rapport", "a diffusé un communiqué").
pub fn is_publishing_verb(w: &str) -> bool {
    ["publi", "diffus", "tweet"]
        .iter()
        .any(|stem| w.strip_prefix(stem).is_some_and(|suf| ER_SUFFIXES.contains(&suf) || suf == "ait" || suf == "e"))
}

/// Add every form of the verbs above to `forms`.
pub fn add_reporting_forms(forms: &mut FastSet<String>) {
    for stem in ER_STEMS {
        for suf in ER_SUFFIXES {
            // "encourageait", "engageant": a soft g keeps its e before a and o.
            let soft = stem.ends_with('g') && suf.starts_with(['a', 'o']);
            forms.insert(format!("{stem}{}{suf}", if soft { "e" } else { "" }));
        }
    }
    for stem in IR_STEMS {
        for suf in IR_SUFFIXES {
            forms.insert(format!("{stem}{suf}"));
        }
    }
    forms.extend(THIRD_GROUP.iter().map(|w| w.to_string()));
}

/// Words of organisations' names, in French and in English (international bodies keep their
/// English names): a capitalised name holding one is no person's.
const ORGANISATION_WORDS: &[&str] = &[
    "international",
    "internationale",
    "watch",
    "network",
    "foundation",
    "fondation",
    "association",
    "institute",
    "institut",
    "organisation",
    "organization",
    "federation",
    "confederation",
    "union",
    "ligue",
    "league",
    "council",
    "committee",
    "comite",
    "society",
    "societe",
    "agency",
    "agence",
    "alliance",
    "coalition",
    "movement",
    "mouvement",
    "church",
    "eglise",
    "bank",
    "banque",
    "university",
    "universite",
    "observatory",
    "observatoire",
    "group",
    "groupe",
    "party",
    "parti",
    "partners",
    "corporation",
    "company",
    "compagnie",
    "syndicat",
    "collectif",
    "tribunal",
    "cour",
];

pub fn is_organisation_word(w: &str) -> bool {
    ORGANISATION_WORDS.contains(&w)
}

/// "Reporters sans frontières", "Médecins sans frontières", "Avocats sans frontières".
pub fn organisation_tail(words: [&str; 2]) -> usize {
    match words {
        ["sans", "frontieres"] => 2,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_that_name_the_speaker_of_the_quote_before() {
        let w = |s: &str| s.split(' ').map(str::to_string).collect::<Vec<_>>();
        let br = |s: &str| back_reference(&w(s).iter().map(String::as_str).collect::<Vec<_>>());
        assert_eq!(br("c est ce qu a lance le maire"), Some((4, false)));
        assert_eq!(br("voila ce que repond la ministre"), Some((3, false)));
        assert_eq!(br("ce sont les mots du depute"), Some((5, true)));
        assert_eq!(br("ces propos sont ceux de la juge"), Some((5, true)));
        assert_eq!(br("c est une blague"), None);
    }

    #[test]
    fn regular_verbs_are_conjugated() {
        let mut f = FastSet::default();
        add_reporting_forms(&mut f);
        for w in [
            "preconise",
            "prone",
            "recommandait",
            "encourageant",
            "engagee",
            "avertissait",
            "reagissant",
            "rebondit",
            "promettant",
            "sourit",
            "titrait",
        ] {
            assert!(f.contains(w), "{w}");
        }
        // Not the plain stems, which are often nouns ("propos", "murmure" comes only as a form).
        for w in ["propos", "pens", "engag", "maintenant"] {
            assert!(!f.contains(w), "{w}");
        }
    }
}
