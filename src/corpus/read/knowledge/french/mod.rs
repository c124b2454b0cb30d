//! French, all of it the reading rules know: function words, abbreviations, reporting verbs,
//! auxiliaries, titles, nationalities, institutions and groups, the nouns that name a work or
//! a label (here), calendar words (`calendar`), and the words of events and their titles
//! (`events`). Knowledge of the language, not of any article; all words are in folded form
//! (lowercase, no accents: see `crate::text::fold`). The rules reach it only through the
//! [`Language`] trait, in the `Knowledge` value.

pub mod calendar;
pub mod dates;
pub mod events;
pub mod speech;

use super::language::{word, EventWords, FunctionWord, Language};
use crate::corpus::read::dates::DateMention;
use crate::gazetteer::Gender;
use crate::text::hash::{FastMap, FastSet, Shapes};
use crate::text::Token;
use chrono::{NaiveDate, Weekday};
use std::sync::OnceLock;

/// Frequent French function words (folded). Used to tell French text from foreign text.
const FR_STOP: &[&str] = &[
    "le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "que", "qui", "dans", "pour", "pas", "sur", "avec",
    "au", "aux", "ce", "cette", "il", "elle", "sont", "ont", "ne", "se", "en", "par", "plus", "son", "sa", "ses",
    "leur", "ete", "etre", "mais", "ou", "nous", "vous", "ils", "elles", "etait", "selon", "lors", "entre", "apres",
    "avant", "l", "d", "qu", "n", "s", "c",
];

/// Frequent English and German function words that are not also French words.
const FOREIGN_STOP: &[&str] = &[
    // English
    "the", "of", "and", "to", "in", "is", "was", "with", "for", "by", "that", "this", "at", "from", "during", "before",
    "after", "are", "were", "be", "has", "have", "had", "its", "it", "or", "an", "which", "who", "will", "would",
    "said", "his", "her", "their", "talks", "about", // German
    "und", "der", "die", "das", "ist", "nicht", "mit", "von", "den", "dem", "zu", "auf", "im", "ein", "eine", "einer",
    "fur", "sich", "auch", "am", "bei", "werden", "wurde", "oder", "nach", "vom", "zum", "zur", "uber",
];

/// Abbreviations after which a period does not end a sentence (folded).
const ABBREVIATIONS: &[&str] = &[
    "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "mgr", "st", "ste", "gen", "col", "cdt", "lt", "sgt", "rep",
    "sen", "jr", "sr", "no", "art", "cf", "av", "apr", "ex", "vol", "ch", "p", "etc", "env", "min", "max", "tel",
    "fig", "vs", "mr", "mrs", "ms", "prof", "gal",
];

/// Honorifics written before a name ("M. Poutine"): not part of the cleaned name.
const HONORIFICS: &[&str] = &["m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "mgr", "sir", "lord"];

/// Words that start a noun phrase (folded).
const DETERMINERS: &[&str] = &[
    "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "au", "aux", "ce", "cet", "cette", "ces", "son", "sa",
    "ses", "leur", "leurs", "notre", "nos", "votre",
];

/// Words that end a subject noun phrase written after an inverted verb ("a déclaré Poutine
/// devant la presse"). "de" is absent on purpose: it belongs to titles ("ministre de la Défense").
/// "à" is checked on the raw word (it folds to "a", the auxiliary).
const NP_ENDERS: &[&str] = &[
    "au",
    "aux",
    "depuis",
    "lors",
    "dans",
    "devant",
    "en",
    "pendant",
    "apres",
    "avant",
    "selon",
    "sur",
    "pour",
    "par",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "hier",
    "aujourd",
    "ce",
    "cette",
    "qui",
    "que",
    "qu",
    "dont",
    "lorsque",
    "alors",
    "avec",
    "et",
    "mais",
    "lui",
    "ou",
    "tout",
    "toutefois",
    "cependant",
    "encore",
    "aussi",
    "egalement",
    "vers",
    "chez",
    "face",
    "soir",
    "matin",
];

/// Auxiliaries and clitics that sit between a subject and a reporting participle (folded).
const AUXILIARIES: &[&str] = &[
    "a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "ayant", "avoir", "eut", "est", "sont",
    "etait", "etaient", "sera", "serait", "s", "se", "ne", "n", "va", "vont", "allait", "vient", "venait", "l", "lui",
    "leur", "y", "en",
];

/// Particles inside a person's name ("Ursula von der Leyen", "Anne de La Tour", "Ahmed
/// ben Salah", "Oussama al-Rifai"), folded. "Mac"/"O'" are written joined to the surname.
const NAME_PARTICLES: &[&str] = &[
    "de", "du", "des", "d", "la", "le", "van", "von", "der", "den", "ter", "da", "das", "dos", "di", "del", "della",
    "ben", "bin", "ibn", "al", "el", "abu", "zu",
];

/// Subject pronouns an attribution may use (folded).
const PRONOUNS: &[&str] = &["il", "elle", "ils", "elles", "on", "lui", "eux"];

/// Stems of first-group (-er) reporting verbs, folded.
const ER_STEMS: &[&str] = &[
    "declar",
    "affirm",
    "ajout",
    "rajout",
    "soulign",
    "not",
    "precis",
    "expliqu",
    "indiqu",
    "annonc",
    "insist",
    "estim",
    "jug",
    "assur",
    "confi",
    "lanc",
    "martel",
    "repet",
    "rappel",
    "rappell",
    "racont",
    "confirm",
    "demand",
    "repliqu",
    "retorqu",
    "comment",
    "observ",
    "relev",
    "plaid",
    "consider",
    "tweet",
    "proclam",
    "resum",
    "lach",
    "gliss",
    "ironis",
    "exclam",
    "interrog",
    "inquiet",
    "felicit",
    "salu",
    "qualifi",
    "denonc",
    "deplor",
    "regrett",
    "critiqu",
    "fustig",
    "accus",
    "exhort",
    "appel",
    "appell",
    "reclam",
    "exig",
    "menac",
    "parl",
    "evoqu",
    "signal",
    "mentionn",
    "temoign",
    "constat",
    "reiter",
    "rassur",
    "alert",
    "rejet",
    "condamn",
    "reproch",
    "exprim",
    "avanc",
    "assen",
    "tranch",
    "nuanc",
    "detaill",
    "enchain",
    "continu",
    "raill",
    "insurg",
    "protest",
    "object",
    "argument",
    "arguer",
    "vant",
    "admoneste",
    "dement",
    "justifi",
    "souhait",
    "esper",
    "escompt",
    "declam",
    "precis",
    "illustr",
    "resum",
    "remerci",
    "avou",
    "clam",
    "scand",
    "cri",
    "hurl",
    "revel",
    "contest",
    "refut",
    "recus",
    "rectifi",
    "denombr",
    "recens",
    "indign",
    "etonn",
    "interpell",
    "invit",
    "rapport",
    "soupir",
    "jur",
    "previen",
    "conced",
    "confess",
    "twitt",
    "martel",
    "epingl",
];

const ER_SUFFIXES: &[&str] = &[
    "e", "es", "ee", "ees", "ent", "ait", "aient", "a", "erent", "ant", "er", "era", "erait", "eraient", "ons", "ez",
    "ai", "eront",
];

/// Reporting verb forms of other groups (folded, full forms).
const IRREGULAR: &[&str] = &[
    "dit",
    "dits",
    "dite",
    "dites",
    "dire",
    "disait",
    "disaient",
    "dira",
    "dirait",
    "disant",
    "disent",
    "soutenu",
    "soutient",
    "soutiennent",
    "soutenait",
    "soutenant",
    "soutenir",
    "poursuivi",
    "poursuit",
    "poursuivait",
    "poursuivant",
    "reconnu",
    "reconnait",
    "reconnaissait",
    "admis",
    "admet",
    "conclu",
    "conclut",
    "promis",
    "promet",
    "ecrit",
    "ecrivait",
    "ecrivant",
    "repondu",
    "repond",
    "repondait",
    "repondant",
    "defendu",
    "defend",
    "defendait",
    "defendant",
    "averti",
    "avertit",
    "avertissant",
    "prevenu",
    "previent",
    "reagi",
    "reagit",
    "dementi",
    "dement",
    "repris",
    "reprend",
    "rencheri",
    "rencherit",
    "rejoui",
    "rejouit",
    "garanti",
    "garantit",
    "predit",
    "predisait",
    "interdit",
    "maintenu",
    "maintient",
    "convenu",
    "convient",
    "reconnaissant",
    "concluant",
    "selon",
    "nie",
    "nient",
    "niait",
    "niant",
    "decrit",
    "decrivant",
    "croit",
    "croient",
    "croyait",
    "pense",
    "pensent",
    "pensait",
    "previent",
    "previenent",
    "craint",
    "craignait",
    "convaincu",
];

/// Nationality adjectives and nouns, masculine singular (the feminine and plural are derived):
/// "le ministre allemand" is not the French minister.
const NATIONALITIES: &[&str] = &[
    "afghan",
    "albanais",
    "algerien",
    "allemand",
    "americain",
    "anglais",
    "angolais",
    "argentin",
    "armenien",
    "australien",
    "autrichien",
    "azerbaidjanais",
    "bahreini",
    "bangladais",
    "belge",
    "beninois",
    "bielorusse",
    "birman",
    "bolivien",
    "botswanais",
    "bresilien",
    "britannique",
    "bulgare",
    "burkinabe",
    "burundais",
    "cambodgien",
    "camerounais",
    "canadien",
    "centrafricain",
    "chilien",
    "chinois",
    "chypriote",
    "colombien",
    "comorien",
    "congolais",
    "coreen",
    "croate",
    "cubain",
    "danois",
    "djiboutien",
    "ecossais",
    "egyptien",
    "emirati",
    "equatorien",
    "erythreen",
    "espagnol",
    "estonien",
    "ethiopien",
    "europeen",
    "finlandais",
    "francais",
    "gabonais",
    "gambien",
    "georgien",
    "ghaneen",
    "grec",
    "guatemalteque",
    "guineen",
    "haitien",
    "hondurien",
    "hongrois",
    "indien",
    "indonesien",
    "irakien",
    "iranien",
    "irlandais",
    "islandais",
    "israelien",
    "italien",
    "ivoirien",
    "jamaicain",
    "japonais",
    "jordanien",
    "kazakh",
    "kenyan",
    "kirghiz",
    "kosovar",
    "koweitien",
    "kurde",
    "laotien",
    "letton",
    "libanais",
    "liberien",
    "libyen",
    "lituanien",
    "luxembourgeois",
    "macedonien",
    "malaisien",
    "malgache",
    "malien",
    "maltais",
    "marocain",
    "mauricien",
    "mauritanien",
    "mexicain",
    "moldave",
    "monegasque",
    "mongol",
    "montenegrin",
    "mozambicain",
    "namibien",
    "neerlandais",
    "neo-zelandais",
    "nepalais",
    "nicaraguayen",
    "nigerian",
    "nigerien",
    "nord-coreen",
    "norvegien",
    "omanais",
    "ougandais",
    "ouzbek",
    "pakistanais",
    "palestinien",
    "panameen",
    "paraguayen",
    "peruvien",
    "philippin",
    "polonais",
    "portugais",
    "qatari",
    "roumain",
    "russe",
    "rwandais",
    "salvadorien",
    "saoudien",
    "senegalais",
    "serbe",
    "singapourien",
    "slovaque",
    "slovene",
    "somalien",
    "soudanais",
    "sri-lankais",
    "sud-africain",
    "sud-coreen",
    "sud-soudanais",
    "suedois",
    "suisse",
    "syrien",
    "tadjik",
    "taiwanais",
    "tanzanien",
    "tchadien",
    "tcheque",
    "thailandais",
    "togolais",
    "tunisien",
    "turc",
    "turkmene",
    "ukrainien",
    "uruguayen",
    "venezuelien",
    "vietnamien",
    "yemenite",
    "zambien",
    "zimbabween",
];

/// Head nouns of titles and functions written before or after a name ("le ministre X",
/// "X, porte-parole de Y"), with the gender they force when the form says it.
const TITLES: &[&str] = &[
    "president",
    "presidente",
    "ministre",
    "premier",
    "premiere",
    "secretaire",
    "porte",
    "parole",
    "chef",
    "cheffe",
    "general",
    "generale",
    "amiral",
    "marechal",
    "colonel",
    "commandant",
    "capitaine",
    "lieutenant",
    "sergent",
    "dirigeant",
    "dirigeante",
    // ("le patron du Pentagone", "la patronne de la diplomatie".)
    "patron",
    "patronne",
    "directeur",
    "directrice",
    "depute",
    "deputee",
    "senateur",
    "senatrice",
    "maire",
    "prefet",
    "prefete",
    "procureur",
    "procureure",
    "juge",
    "avocat",
    "avocate",
    "ambassadeur",
    "ambassadrice",
    "consul",
    "consule",
    "conseiller",
    "conseillere",
    "delegue",
    "deleguee",
    "responsable",
    "representant",
    "representante",
    "commissaire",
    "chancelier",
    "chanceliere",
    "roi",
    "reine",
    "prince",
    "princesse",
    "pape",
    "eveque",
    "cardinal",
    "gouverneur",
    "gouverneure",
    "patron",
    "patronne",
    "fondateur",
    "fondatrice",
    "animateur",
    "animatrice",
    "journaliste",
    "presentateur",
    "presentatrice",
    "redacteur",
    "redactrice",
    "editorialiste",
    "chroniqueur",
    "chroniqueuse",
    "expert",
    "experte",
    "analyste",
    "chercheur",
    "chercheuse",
    "professeur",
    "professeure",
    "economiste",
    "politologue",
    "sociologue",
    "historien",
    "historienne",
    "philosophe",
    "psychanalyste",
    "medecin",
    "docteur",
    "infirmier",
    "infirmiere",
    "syndicaliste",
    "militant",
    "militante",
    "candidat",
    "candidate",
    "elu",
    "elue",
    "leader",
    "adjoint",
    "adjointe",
    "vice",
    "sous",
    "haut",
    "haute",
    "homologue",
    "envoye",
    "envoyee",
    "emissaire",
    "mediateur",
    "mediatrice",
    "coordinateur",
    "coordinatrice",
    "administrateur",
    "administratrice",
    "entraineur",
    "entraineuse",
    "capitaine",
    "ecrivain",
    "ecrivaine",
    "auteur",
    "autrice",
    "acteur",
    "actrice",
    "chanteur",
    "chanteuse",
    "artiste",
    "sportif",
    "sportive",
    "joueur",
    "joueuse",
    "pdg",
    "dg",
    "drh",
    "miss",
    "ceo",
    "patriarche",
    "imam",
    "rabbin",
    "pasteur",
    "cure",
    "abbe",
    "pere",
    "soeur",
    "frere",
    "ministere",
    "ancien",
    "ancienne",
    "nouveau",
    "nouvelle",
    "actuel",
    "actuelle",
    "futur",
    "future",
    "numero",
    "vice-president",
    "vice-presidente",
    "porte-parole",
    "eurodepute",
    "eurodeputee",
    "magistrat",
    "magistrate",
    "enqueteur",
    "enqueteuse",
    "officier",
    "policier",
    "policiere",
    "gendarme",
    "soldat",
    "pilote",
    "voisin",
    "voisine",
    "temoin",
    "habitant",
    "habitante",
    "agriculteur",
    "agricultrice",
    "eleveur",
    "eleveuse",
    "boulanger",
    "commercant",
    "commercante",
    "salarie",
    "salariee",
    "ouvrier",
    "ouvriere",
    "employe",
    "employee",
    "etudiant",
    "etudiante",
    "blogueur",
    "blogueuse",
    "specialiste",
    "consultant",
    "consultante",
    "conseil",
    "chef",
    "collegue",
    "ami",
    "amie",
    "epouse",
    "epoux",
    "mari",
    "femme",
    "fils",
    "fille",
    "mere",
    "veuve",
    "proche",
    "marketing",
    "communication",
    // Sport, arts, science: a role written before a name and used alone later ("le triple
    // champion olympique Tony Estanguet" … "a ajouté le champion").
    "champion",
    "championne",
    "vainqueur",
    "medaille",
    "medaillee",
    "recordman",
    "recordwoman",
    "selectionneur",
    "selectionneuse",
    "arbitre",
    "coureur",
    "coureuse",
    "cycliste",
    "athlete",
    "nageur",
    "nageuse",
    "boxeur",
    "boxeuse",
    "footballeur",
    "footballeuse",
    "tennisman",
    "tenniswoman",
    "rugbyman",
    "attaquant",
    "attaquante",
    "defenseur",
    "gardien",
    "gardienne",
    "skipper",
    "navigateur",
    "navigatrice",
    "alpiniste",
    "realisateur",
    "realisatrice",
    "cineaste",
    "comedien",
    "comedienne",
    "romancier",
    "romanciere",
    "poete",
    "poetesse",
    "musicien",
    "musicienne",
    "compositeur",
    "compositrice",
    "producteur",
    "productrice",
    "dessinateur",
    "dessinatrice",
    "photographe",
    "architecte",
    "ingenieur",
    "ingenieure",
    "scientifique",
    "biologiste",
    "physicien",
    "physicienne",
    "astronaute",
    "astrophysicien",
    "astrophysicienne",
    "climatologue",
    "epidemiologiste",
    "virologue",
    "juriste",
    "notaire",
    "entrepreneur",
    "entrepreneuse",
    "industriel",
    "banquier",
    "banquiere",
    "investisseur",
    "milliardaire",
];

/// Head nouns of institutions and organisations that speak ("le parquet a annoncé", "la
/// préfecture précise"): a speaker of kind institution, named as the text names it.
const INSTITUTIONS: &[&str] = &[
    "gouvernement",
    "entourage",
    "constructeur",
    "operateur",
    "laboratoire",
    "assureur",
    "distributeur",
    "fabricant",
    "editeur",
    "enseigne",
    "ministere",
    "parquet",
    "prefecture",
    "sous-prefecture",
    "mairie",
    "municipalite",
    "commune",
    "region",
    "departement",
    "conseil",
    "commission",
    "comite",
    "direction",
    "presidence",
    "elysee",
    "matignon",
    "assemblee",
    "senat",
    "parlement",
    "congres",
    "tribunal",
    "cour",
    "justice",
    "police",
    "gendarmerie",
    "armee",
    "etat-major",
    "marine",
    "douane",
    "syndicat",
    "collectif",
    "association",
    "federation",
    "confederation",
    "union",
    "ligue",
    "parti",
    "mouvement",
    "coalition",
    "alliance",
    "organisation",
    "agence",
    "autorite",
    "administration",
    "office",
    "institut",
    "observatoire",
    "fondation",
    "ong",
    "societe",
    "entreprise",
    "groupe",
    "compagnie",
    "firme",
    "banque",
    "chaine",
    "redaction",
    "journal",
    "quotidien",
    "hebdomadaire",
    "mensuel",
    "magazine",
    "radio",
    "television",
    "station",
    "club",
    "equipe",
    "ambassade",
    "consulat",
    "diplomatie",
    "chancellerie",
    "kremlin",
    "pentagone",
    "departement",
    "secretariat",
    "cabinet",
    "service",
    "services",
    "inspection",
    "universite",
    "ecole",
    "hopital",
    "clinique",
    "opposition",
    "majorite",
    "intersyndicale",
    "ministeres",
    "etat",
];

/// Plural nouns of groups of people that speak together ("des manifestants scandaient").
/// (Not the anonymous sources news cites as a body: "les enquêteurs", "les secours", "des
/// experts" say nobody in particular.)
const GROUPS: &[&str] = &[
    "manifestants",
    "habitants",
    "riverains",
    "grevistes",
    "salaries",
    "employes",
    "ouvriers",
    "agriculteurs",
    "eleveurs",
    "syndicats",
    "syndicalistes",
    "militants",
    "opposants",
    "partisans",
    "supporters",
    "electeurs",
    "etudiants",
    "rebelles",
    "insurges",
    "deputes",
    "senateurs",
    "elus",
    "commercants",
    "participants",
    "organisateurs",
    "signataires",
    // (Leaders and ministers at a summit sign their declarations together.)
    "dirigeants",
    "ministres",
    "leaders",
    // ("les chefs d'État et de gouvernement".)
    "chefs",
    "associations",
    "ong",
    "gilets",
];

/// Nouns that name a work, a label or a named thing before a quotation: « … » after them is a
/// title, a slogan or a name, not speech ("le livre « … »", "l'opération « … »").
const LABEL_NOUNS: &[&str] = &[
    "livre",
    "ouvrage",
    "roman",
    "essai",
    "recueil",
    "film",
    "documentaire",
    "serie",
    "feuilleton",
    "emission",
    "magazine",
    "programme",
    "chanson",
    "album",
    "titre",
    "tube",
    "spectacle",
    "piece",
    "exposition",
    "tableau",
    "oeuvre",
    "journal",
    "quotidien",
    "hebdomadaire",
    "rubrique",
    "chronique",
    "editorial",
    "tribune",
    "article",
    "groupe",
    "collectif",
    "association",
    "mouvement",
    "parti",
    "page",
    "compte",
    "hashtag",
    "mot-diese",
    "blog",
    "site",
    "slogan",
    "devise",
    "mot",
    "formule",
    "surnom",
    "pseudonyme",
    "nom",
    "label",
    "marque",
    "logo",
    "operation",
    "plan",
    "projet",
    "programme",
    "dispositif",
    "loi",
    "texte",
    "decret",
    "reforme",
    "amendement",
    "declaration",
    "rapport",
    "accord",
    "traite",
    "pacte",
    "charte",
    "initiative",
    "campagne",
    "petition",
    "gazoduc",
    "oleoduc",
    "pipeline",
    "navire",
    "bateau",
    "satellite",
    "missile",
    "affaire",
    "dossier",
    "scandale",
    "theorie",
    "concept",
    "doctrine",
    "strategie",
    "liste",
    "sommet",
    "forum",
    "festival",
    "prix",
    "concours",
    "enquete",
    "plainte",
    "inculpation",
    "chef",
    "chefs",
    "motif",
    "accusation",
    "intitule",
    "intitulee",
    "intitules",
    "intitulees",
    "baptise",
    "baptisee",
    "nomme",
    "nommee",
    "surnomme",
    "surnommee",
    "appele",
    "appelee",
    "denomme",
    "denommee",
    "dit",
    "dite",
    "dits",
    "dites",
    "qualifie",
];

/// Infinitives that, after a form of "faire", make a reporting phrase ("a fait savoir").
const FAIRE_COMPLEMENTS: &[&str] = &["savoir", "valoir", "observer", "remarquer", "part"];
const FAIRE_FORMS: &[&str] = &["fait", "faisait", "faire", "fera", "ferait", "faisant", "font"];

fn set(words: &'static [&'static str]) -> FastSet<&'static str> {
    words.iter().copied().collect()
}

fn reporting_forms() -> &'static FastSet<String> {
    static FORMS: OnceLock<FastSet<String>> = OnceLock::new();
    FORMS.get_or_init(|| {
        let mut s: FastSet<String> = IRREGULAR.iter().map(|w| w.to_string()).collect();
        for stem in ER_STEMS {
            for suf in ER_SUFFIXES {
                s.insert(format!("{stem}{suf}"));
            }
        }
        speech::add_reporting_forms(&mut s);
        s
    })
}

/// A word list as a set, with the shapes of its words: most words of a text are ruled out
/// without hashing.
struct Lexicon {
    words: FastSet<&'static str>,
    shapes: Shapes,
}

impl Lexicon {
    fn new(list: &'static [&'static str]) -> Lexicon {
        let mut shapes = Shapes::default();
        for w in list {
            shapes.add(w);
        }
        Lexicon { words: set(list), shapes }
    }
    #[inline]
    fn contains(&self, folded: &str) -> bool {
        self.shapes.may_have(folded) && self.words.contains(folded)
    }
}

/// Words of a photo credit, and the word before an agency's name in one ("via REUTERS").
const CREDIT_WORDS: &[&str] = &["photo", "photos", "credit"];
const CREDIT_VIA: &[&str] = &["via"];

/// [`Language::word_class`]: the lists it tells of, as one table.
fn word_class(folded: &str) -> u32 {
    static TABLE: OnceLock<(FastMap<&'static str, u32>, Shapes)> = OnceLock::new();
    let (map, shapes) = TABLE.get_or_init(|| {
        let mut m: FastMap<&'static str, u32> = FastMap::default();
        events::WORDS.for_each_classed(|w, bit| *m.entry(w).or_insert(0) |= bit as u32);
        for (list, bit) in [
            (FR_STOP, word::NATIVE_STOP),
            (FOREIGN_STOP, word::FOREIGN_STOP),
            (HONORIFICS, word::HONORIFIC),
            (AUXILIARIES, word::AUXILIARY),
            (speech::DOCUMENT_NOUNS, word::DOCUMENT_NOUN),
            (CREDIT_WORDS, word::CREDIT_WORD),
            (CREDIT_VIA, word::CREDIT_VIA),
        ] {
            for w in list {
                *m.entry(w).or_insert(0) |= bit;
            }
        }
        for w in reporting_forms() {
            *m.entry(w.as_str()).or_insert(0) |= word::REPORTING_VERB;
        }
        for w in calendar::start_words() {
            *m.entry(w).or_insert(0) |= word::DATE_START;
        }
        let mut shapes = Shapes::default();
        for w in m.keys() {
            shapes.add(w);
        }
        (m, shapes)
    });
    // (Any digit may start a date, as in `calendar::may_start`.)
    let digit = if folded.as_bytes().first().is_some_and(u8::is_ascii_digit) { word::DATE_START } else { 0 };
    if !shapes.may_have(folded) {
        return digit;
    }
    digit | map.get(folded).copied().unwrap_or(0)
}

macro_rules! lexicon {
    ($name:ident, $list:expr) => {
        fn $name(folded: &str) -> bool {
            static S: OnceLock<Lexicon> = OnceLock::new();
            S.get_or_init(|| Lexicon::new($list)).contains(folded)
        }
    };
}

lexicon!(is_fr_stop, FR_STOP);
lexicon!(is_foreign_stop, FOREIGN_STOP);
lexicon!(is_abbreviation, ABBREVIATIONS);
lexicon!(is_honorific, HONORIFICS);
lexicon!(is_determiner, DETERMINERS);
lexicon!(is_np_ender, NP_ENDERS);
lexicon!(is_auxiliary, AUXILIARIES);
lexicon!(is_pronoun, PRONOUNS);
lexicon!(is_name_particle, NAME_PARTICLES);
lexicon!(is_faire, FAIRE_FORMS);
lexicon!(is_faire_complement, FAIRE_COMPLEMENTS);
lexicon!(is_title_word, TITLES);
lexicon!(is_institution_noun, INSTITUTIONS);
lexicon!(is_group_noun, GROUPS);
lexicon!(is_label_noun, LABEL_NOUNS);

/// A nationality adjective or noun in any gender and number ("allemande", "Russes"), folded:
/// the masculine singular it agrees with.
fn nationality(folded: &str) -> Option<&'static str> {
    // Every form of every nationality, made once: one lookup per word.
    static FORMS: OnceLock<(FastMap<String, &'static str>, Shapes)> = OnceLock::new();
    let (forms, shapes) = FORMS.get_or_init(|| {
        let mut m: FastMap<String, &'static str> = FastMap::default();
        // In this order, so that a form that could come from two bases takes the first rule's.
        for ending in ["", "s", "e", "es", "ne", "nes"] {
            for base in NATIONALITIES {
                m.entry(format!("{base}{ending}")).or_insert(base);
            }
        }
        for base in NATIONALITIES {
            if let Some(stem) = base.strip_suffix('c') {
                m.entry(format!("{stem}que")).or_insert(base); // "turc" → "turque"
            }
        }
        let mut shapes = Shapes::default();
        for k in m.keys() {
            shapes.add(k);
        }
        (m, shapes)
    });
    if !shapes.may_have(folded) {
        return None;
    }
    forms.get(folded).copied()
}

/// Feminine forms of title words whose form alone says the gender ("présidente", "la").
fn title_gender(folded: &str) -> Option<Gender> {
    match folded {
        "la" | "une" | "mme" | "mmes" | "mlle" | "madame" | "cette" => Some(Gender::F),
        "le" | "un" | "m" | "monsieur" | "ce" | "cet" => Some(Gender::M),
        "presidente" | "patronne" | "deputee" | "avocate" | "deleguee" | "conseillere" | "cheffe" | "procureure"
        | "prefete" | "elue" | "candidate" | "militante" | "ancienne" | "nouvelle" | "epouse" | "veuve" | "mere"
        | "fille" | "soeur" | "amie" | "voisine" | "reine" | "princesse" | "femme" | "habitante" | "etudiante"
        | "niece" | "tante" | "cousine" | "duchesse" | "comtesse" | "baronne" => Some(Gender::F),
        // Nouns that name only men (most titles name either: "ministre", "juge").
        "roi" | "prince" | "empereur" | "monarque" | "pere" | "frere" | "fils" | "oncle" | "neveu" | "mari"
        | "epoux" | "veuf" | "duc" | "comte" | "baron" => Some(Gender::M),
        f if f.ends_with("trice") || f.ends_with("euse") || f.ends_with("ienne") => Some(Gender::F),
        _ => None,
    }
}

/// See [`Language::function_word`].
fn function_word(w: &str) -> FunctionWord {
    let none = FunctionWord::default();
    match w {
        "le" | "la" => FunctionWord { definite: true, object_pronoun: true, ..none },
        "l" => FunctionWord { definite: true, object_pronoun: true, elided: true, ..none },
        "les" => FunctionWord { definite: true, plural: true, object_pronoun: true, ..none },
        "un" | "une" => FunctionWord { indefinite: true, ..none },
        "des" => FunctionWord { indefinite: true, of: true, plural: true, ..none },
        "du" => FunctionWord { definite: true, of: true, ..none },
        "de" => FunctionWord { of: true, ..none },
        "d" => FunctionWord { of: true, elided: true, ..none },
        "sa" | "son" | "leur" => FunctionWord { possessive: true, ..none },
        "ses" | "leurs" => FunctionWord { possessive: true, plural: true, ..none },
        "ce" | "cet" | "cette" => FunctionWord { demonstrative: true, ..none },
        "qui" | "dont" | "lequel" | "laquelle" | "lesquels" | "lesquelles" => FunctionWord { relative: true, ..none },
        "et" => FunctionWord { and: true, ..none },
        "ou" => FunctionWord { or: true, ..none },
        "se" => FunctionWord { reflexive: true, ..none },
        "s" => FunctionWord { reflexive: true, elided: true, ..none },
        "en" | "au" => FunctionWord { setting: true, ..none },
        "aux" => FunctionWord { setting: true, plural: true, ..none },
        "ete" => FunctionWord { been: true, ..none },
        "comme" => FunctionWord { like: true, ..none },
        "ne" => FunctionWord { negation: true, ..none },
        "n" => FunctionWord { negation: true, elided: true, ..none },
        "selon" => FunctionWord { according: true, ..none },
        "on" => FunctionWord { impersonal: true, ..none },
        "sur" => FunctionWord { medium: true, ..none },
        "dans" => FunctionWord { setting: true, medium: true, ..none },
        _ => none,
    }
}

/// Words that open a sentence without being a name ("À", "Dans", "Selon"): function words,
/// determiners, prepositions and conjunctions, folded.
fn is_function_word(folded: &str) -> bool {
    is_fr_stop(folded)
        || is_determiner(folded)
        || is_np_ender(folded)
        || matches!(
            folded,
            "a" | "dans"
                // Adverbs that open a sentence ("Ensuite Jean Roy a dit").
                | "ensuite"
                | "cependant"
                | "pourtant"
                | "toutefois"
                | "neanmoins"
                | "desormais"
                | "finalement"
                | "egalement"
                | "pour"
                | "selon"
                | "mais"
                | "or"
                | "donc"
                | "ainsi"
                | "puis"
                | "enfin"
                | "si"
                | "quand"
                | "comme"
                | "chez"
                | "vers"
                | "sans"
                | "sous"
                | "parmi"
                | "malgre"
                | "outre"
                | "face"
                | "lors"
                | "depuis"
                | "des"
                | "tous"
                | "toutes"
                | "tout"
                | "chaque"
                | "plusieurs"
                | "certains"
                | "aucun"
                | "ni"
                | "oui"
                | "non"
                | "bien"
                | "deja"
                | "encore"
                | "aujourd"
                | "hier"
                | "demain"
                | "meme"
                | "memes"
                | "aussi"
                | "lui"
                | "elle"
        )
}

/// A reporting verb form ("déclaré", "affirme", "dit", "soulignant"...), folded.
fn is_reporting_verb(folded: &str) -> bool {
    reporting_forms().contains(folded)
}

/// Prepositions that make the name after them a complement, not a subject ("à Zhang" is
/// checked on the raw word: "à" folds to "a", the auxiliary).
const COMPLEMENT_PREPOSITIONS: &[&str] = &[
    "du", "des", "au", "aux", "par", "avec", "pour", "sur", "dans", "en", "chez", "contre", "entre", "vers", "selon",
    "sans", "sous", "apres", "avant", "lors", "depuis", "devant",
];

/// Conjunctions that end a subject looked for left of its verb.
const CLAUSE_STOPS: &[&str] = &["que", "qu", "lorsque", "quand", "si", "mais", "et", "car", "donc", "puis", "alors"];

/// Nouns of charges: « … » after them is the name of an offence.
const CHARGE_NOUNS: &[&str] = &["enquete", "plainte", "inculpation", "accusation", "motif"];

lexicon!(is_complement_preposition, COMPLEMENT_PREPOSITIONS);
lexicon!(is_future_word, calendar::FUTURE_WORDS);

/// A word of [`calendar::FUTURE_WORDS`] after `words[0]`: a verb of intent ("il compte
/// venir", "prévoit"), not a noun of the same spelling after a determiner ("son compte", "le
/// programme").
fn future_word([before, w]: [&str; 2]) -> bool {
    let fw = function_word(before);
    is_future_word(w) && !(calendar::FUTURE_NOUNS.contains(&w) && (fw.article() || fw.possessive || fw.demonstrative))
}
lexicon!(is_not_future, calendar::NOT_FUTURE);
lexicon!(is_month_lead, calendar::MONTH_LEADS);
lexicon!(is_year_lead, calendar::YEAR_LEADS);
lexicon!(is_clause_stop, CLAUSE_STOPS);
lexicon!(is_charge_noun, CHARGE_NOUNS);

/// See [`Language::is_charged_word`] (participles in the masculine singular; agreement is
/// stripped before the look-up).
const CHARGED_WORDS: &[&str] = &[
    "comparu",
    "condamne",
    "poursuivi",
    "inculpe",
    "juge",
    "arrete",
    "interpelle",
    "examen",
    "incarcere",
    "detenu",
    "recherche",
    "sanctionne",
    "verbalise",
    // "placé en garde à vue pour « … »"
    "vue",
];
lexicon!(is_charged_base, CHARGED_WORDS);

/// French, as the reading rules ask about it.
pub struct French;

/// The French language value the built-in [`super::Knowledge`] carries.
pub static FRENCH: French = French;

impl Language for French {
    fn word_class(&self, w: &str) -> u32 {
        word_class(w)
    }
    fn is_native_stop(&self, w: &str) -> bool {
        is_fr_stop(w)
    }
    fn is_foreign_stop(&self, w: &str) -> bool {
        is_foreign_stop(w)
    }
    fn is_abbreviation(&self, w: &str) -> bool {
        is_abbreviation(w)
    }
    fn is_credit_word(&self, w: &str) -> bool {
        CREDIT_WORDS.contains(&w)
    }
    fn is_credit_via(&self, w: &str) -> bool {
        CREDIT_VIA.contains(&w)
    }
    fn is_read_more_word(&self, w: &str) -> bool {
        // (English "more": syndicated pages.)
        matches!(w, "plus" | "aussi" | "lire" | "voir" | "egalement" | "more" | "actualisee" | "actualise")
    }
    fn is_byline_marker(&self, words: [&str; 2]) -> bool {
        matches!(
            words,
            ["publie" | "modifie" | "actualise" | "publiee" | "modifiee" | "actualisee", "le" | "a"]
                | ["mis", "a"]
                | ["mise", "a"]
                | ["temps", "de"]
        )
    }
    fn is_byline_author(&self, w: &str) -> bool {
        w == "par"
    }
    fn is_honorific(&self, w: &str) -> bool {
        is_honorific(w)
    }
    fn is_determiner(&self, w: &str) -> bool {
        is_determiner(w)
    }
    fn is_noun_marker(&self, w: &str) -> bool {
        speech::is_noun_marker(w)
    }
    fn back_reference(&self, words: &[&str]) -> Option<(usize, bool)> {
        speech::back_reference(words)
    }
    fn requote_marker(&self, words: &[&str]) -> Option<usize> {
        speech::requote_marker(words)
    }
    fn is_document_noun(&self, w: &str) -> bool {
        speech::is_document_noun(w)
    }
    fn is_words_noun(&self, w: &str) -> bool {
        speech::is_words_noun(w)
    }
    fn is_demonstrative_pronoun(&self, w: &str) -> bool {
        matches!(w, "celle" | "celui" | "ceux" | "celles")
    }
    fn is_back_pointing_adverb(&self, w: &str) -> bool {
        w == "ainsi"
    }
    fn is_outlet_noun(&self, w: &str) -> bool {
        w == "agence" || matches!(speech::institution_class(w), Some("press" | "broadcaster"))
    }
    fn is_reading_verb(&self, w: &str) -> bool {
        speech::is_reading_verb(w)
    }
    fn is_publishing_verb(&self, w: &str) -> bool {
        speech::is_publishing_verb(w)
    }
    fn is_organisation_word(&self, w: &str) -> bool {
        speech::is_organisation_word(w)
    }
    fn organisation_tail(&self, words: [&str; 2]) -> usize {
        speech::organisation_tail(words)
    }
    fn institution_class(&self, w: &str) -> Option<&'static str> {
        speech::institution_class(w)
    }
    fn is_passive_auxiliary(&self, w: &str) -> bool {
        speech::is_passive_auxiliary(w)
    }
    fn latest_anaphor(&self, words: [&str; 2]) -> Option<Gender> {
        speech::latest_anaphor(words)
    }
    fn is_branch_noun(&self, w: &str) -> bool {
        speech::is_branch_noun(w)
    }
    fn title_synonym(&self, words: &[&str]) -> Option<(usize, &'static [&'static str])> {
        speech::title_synonym(words)
    }
    fn is_np_ender(&self, w: &str) -> bool {
        is_np_ender(w)
    }
    fn is_auxiliary(&self, w: &str) -> bool {
        is_auxiliary(w)
    }
    fn is_pronoun(&self, w: &str) -> bool {
        is_pronoun(w)
    }
    fn is_name_particle(&self, w: &str) -> bool {
        is_name_particle(w)
    }
    fn is_foreign_name_link(&self, w: &str) -> bool {
        // (Not "and": "Kim and Trump" are two people.)
        matches!(w, "of" | "for" | "the" | "on")
    }
    fn is_faire(&self, w: &str) -> bool {
        is_faire(w)
    }
    fn is_faire_complement(&self, w: &str) -> bool {
        is_faire_complement(w)
    }
    fn is_title_word(&self, w: &str) -> bool {
        is_title_word(w)
    }
    fn is_institution_noun(&self, w: &str) -> bool {
        is_institution_noun(w)
    }
    fn is_group_noun(&self, w: &str) -> bool {
        is_group_noun(w)
    }
    fn is_label_noun(&self, w: &str) -> bool {
        is_label_noun(w)
    }
    fn is_naming_participle(&self, w: &str) -> bool {
        let base = w.strip_suffix('s').unwrap_or(w);
        let base = base.strip_suffix('e').filter(|b| b.ends_with('e')).unwrap_or(base);
        // (Not "appelé", "qualifié": "a appelé « à la retenue »" is speech.)
        matches!(base, "surnomme" | "baptise" | "nomme" | "denomme" | "intitule" | "rebaptise")
            || matches!(w, "signifie" | "signifient" | "signifiait" | "signifiant" | "designe" | "designant")
    }
    fn is_charge_noun(&self, w: &str) -> bool {
        is_charge_noun(w)
    }
    fn is_charged_word(&self, w: &str) -> bool {
        let base = w.strip_suffix('s').unwrap_or(w);
        let base = base.strip_suffix('e').filter(|b| is_charged_base(b)).unwrap_or(base);
        is_charged_base(base)
    }
    fn is_function_word(&self, w: &str) -> bool {
        is_function_word(w)
    }
    fn is_reporting_verb(&self, w: &str) -> bool {
        is_reporting_verb(w)
    }
    fn is_complement_preposition(&self, w: &str) -> bool {
        is_complement_preposition(w)
    }
    fn is_clause_stop(&self, w: &str) -> bool {
        is_clause_stop(w)
    }
    fn nationality(&self, w: &str) -> Option<&'static str> {
        nationality(w)
    }
    fn is_said_participle(&self, w: &str) -> bool {
        let base = w.strip_suffix("es").or_else(|| w.strip_suffix('s')).unwrap_or(w);
        let base = if base.ends_with("ee") || base.ends_with("ie") || base.ends_with("ue") || base.ends_with("te") {
            &base[..base.len() - 1]
        } else {
            base
        };
        let participle = ["e", "i", "u", "it"].iter().any(|e| base.ends_with(e)) && base.len() > 2;
        participle
            && (is_reporting_verb(base)
                || matches!(base, "tenu" | "prononce" | "formule" | "ecrit" | "signe" | "lance"))
    }
    fn is_place_preposition(&self, raw: &str) -> bool {
        matches!(raw, "en" | "au" | "aux" | "à")
    }
    fn is_agent_preposition(&self, w: &str) -> bool {
        w == "par"
    }
    fn is_name_adjective(&self, w: &str) -> bool {
        let stem = w.strip_suffix('s').unwrap_or(w);
        matches!(
            stem,
            "etrangere"
                | "etranger"
                | "nationale"
                | "national"
                | "publique"
                | "public"
                | "sociale"
                | "social"
                | "economique"
                | "interieure"
                | "interieur"
                | "exterieure"
                | "exterieur"
                | "federale"
                | "federal"
                | "populaire"
                | "generale"
                | "general"
                | "superieure"
                | "superieur"
                | "militaire"
                | "civile"
                | "civil"
        )
    }
    fn is_same_source(&self, words: [&str; 3]) -> bool {
        matches!(words, ["la", "meme", "source"])
    }
    fn is_former(&self, w: &str) -> bool {
        matches!(w, "ancien" | "ancienne" | "ex")
    }
    fn is_generic_leader(&self, w: &str) -> bool {
        matches!(w, "dirigeant" | "dirigeante" | "leader" | "chef" | "numero")
    }
    fn is_demonym(&self, w: &str) -> bool {
        const ENDINGS: &[&str] = &[
            "ain", "aine", "ais", "aise", "ois", "oise", "ien", "ienne", "in", "ine", "ol", "ole", "and", "ande", "on",
            "onne",
        ];
        // (Not "-ion": "l'Union", "la Commission".)
        nationality(w).is_some() || w.len() >= 6 && !w.ends_with("ion") && ENDINGS.iter().any(|e| w.ends_with(e))
    }
    fn nationality_of_country(&self, country: &str) -> Option<&'static str> {
        let adjective = match country {
            "france" => "francais",
            "russie" => "russe",
            "chine" => "chinois",
            "allemagne" => "allemand",
            "etats-unis" | "etats unis" => "americain",
            "royaume-uni" | "royaume uni" => "britannique",
            "belgique" => "belge",
            "suisse" => "suisse",
            "ukraine" => "ukrainien",
            "inde" => "indien",
            "iran" => "iranien",
            "turquie" => "turc",
            "italie" => "italien",
            "espagne" => "espagnol",
            "japon" => "japonais",
            "canada" => "canadien",
            "bielorussie" => "bielorusse",
            "kazakhstan" => "kazakh",
            "ouzbekistan" => "ouzbek",
            _ => return None,
        };
        nationality(adjective)
    }
    fn title_gender(&self, w: &str) -> Option<Gender> {
        title_gender(w)
    }
    fn is_accented_preposition(&self, raw: &str) -> bool {
        raw == "à"
    }
    fn may_be_participle(&self, w: &str) -> bool {
        w.len() > 3 && ["e", "i", "u", "is", "it"].iter().any(|e| w.ends_with(e))
    }
    fn may_be_verb_form(&self, w: &str) -> bool {
        // (Adjectives in -ait: "parfait", "satisfait", "abstrait", "distrait".)
        let adjective = ["fait", "trait"].iter().any(|e| w.ends_with(e));
        ["ant", "er", "aient"].iter().any(|e| w.ends_with(e)) || w.ends_with("ait") && !adjective
    }
    fn may_be_adjective(&self, w: &str, raw: &str) -> bool {
        // (Not "-elle", "-ine", "-ite", "-ent": "appelle", "examine", "invite", "dénoncent".)
        const ENDINGS: &[&str] = &[
            "al", "ale", "aux", "ales", "el", "els", "ique", "iques", "aire", "aires", "iste", "istes", "if", "ive",
            "ifs", "ives", "eux", "euse", "euses", "ien", "ienne", "iens", "iennes", "een", "eenne", "ain", "aine",
            "ains", "aines", "ais", "aise", "aises", "ois", "oise", "oises", "ier", "iere", "iers", "ieres", "crate",
            "crates", "ante", "antes", "ee", "ees", "ieur", "ieure", "ieurs", "il", "ile", "public", "nnelle",
            "nnelles", "uelle", "uelles", "ielle", "ielles",
        ];
        // (A participle in "-é" folds to a bare "e", like "reste": told by its accent.)
        self.nationality(w).is_some() || ENDINGS.iter().any(|e| w.ends_with(e)) || raw.ends_with(['é', 'É'])
    }
    fn adverbial_len(&self, words: [&str; 3]) -> usize {
        let [w, next, after] = words;
        if calendar::weekday(w).is_some() {
            return if matches!(next, "soir" | "matin" | "midi" | "dernier" | "prochain") { 2 } else { 1 };
        }
        match (w, next, after) {
            ("encore", "une", "fois") => 3,
            (
                "hier" | "encore" | "aussi" | "egalement" | "ensuite" | "alors" | "deja" | "enfin" | "pourtant"
                | "toutefois" | "cependant",
                ..,
            ) => 1,
            ("en", m, _) if calendar::month(m).is_some() || matches!(m, "outre" | "revanche" | "substance") => 2,
            ("de" | "du", "son" | "leur" | "notre", "cote") | ("pour", "sa" | "leur" | "ma" | "notre", "part") => 3,
            ("lui" | "elle", "aussi" | "aussitot", _) => 2,
            // "a affirmé le 18 avril au soir la candidate": a date, then the part of the day.
            ("le", d, m) if self.day_number(d).is_some() && calendar::month(m).is_some() => 3,
            ("au", "soir" | "matin", _) => 2,
            ("aujourd", "hui", _) | ("la", "veille", _) | ("le", "lendemain", _) => 2,
            ("aujourd'hui" | "aujourd’hui", ..) => 1,
            ("ce" | "cette", "matin" | "soir" | "midi" | "nuit" | "semaine" | "annee", _) => 2,
            ("cet", "apres", "midi") => 3,
            ("ce", d, _) if calendar::weekday(d).is_some() => 2,
            // "a de nouveau déclaré", "a dit une nouvelle fois", "a par ailleurs souligné".
            ("de" | "a", "nouveau", _) | ("par" | "d", "ailleurs", _) | ("plus", "tard", _) | ("cette", "fois", _) => 2,
            ("une", "nouvelle" | "autre", "fois") => 3,
            ("dans", "la", "soiree" | "matinee" | "journee" | "nuit" | "foulee") => 3,
            // "a déclaré fermement", "a rappelé publiquement": an adverb in -ment (where these
            // are read, right after a verb or opening a sentence, a noun would have its
            // determiner).
            (w, ..) if w.len() >= 7 && w.ends_with("ment") => 1,
            _ => 0,
        }
    }
    fn source_marker_len(&self, words: [&str; 2]) -> usize {
        match words {
            // ("un message selon lequel la France …": a relative, no source.)
            ["selon", "lequel" | "laquelle" | "lesquels" | "lesquelles" | "que" | "qu"] => 0,
            ["selon", _] => 1,
            ["d", "apres"] => 2,
            _ => 0,
        }
    }
    fn is_subject_relative(&self, w: &str) -> bool {
        w == "qui"
    }
    fn is_opening_conjunction(&self, w: &str) -> bool {
        matches!(w, "mais" | "et" | "or" | "donc" | "ainsi" | "enfin")
    }
    fn is_complementizer(&self, w: &str) -> bool {
        matches!(w, "que" | "qu")
    }
    fn is_definite_article(&self, w: &str) -> bool {
        function_word(w).definite_alone()
    }
    fn function_word(&self, w: &str) -> FunctionWord {
        function_word(w)
    }
    fn makes_il_impersonal(&self, w: &str) -> bool {
        matches!(w, "y" | "faut" | "s" | "semble" | "possible")
    }
    fn agreement_endings(&self) -> &'static [&'static str] {
        &["", "e", "ne"]
    }
    fn is_rank_word(&self, w: &str) -> bool {
        matches!(w, "premier" | "premiere")
    }
    fn may_be_nonfinite(&self, w: &str) -> bool {
        w.ends_with("ant") || w.ends_with("er")
    }
    fn may_be_infinitive(&self, w: &str) -> bool {
        ["er", "ir", "re"].iter().any(|e| w.ends_with(e))
    }
    fn looks_like_past_participle(&self, raw: &str) -> bool {
        ["é", "ée", "és", "ées"].iter().any(|x| raw.ends_with(x))
    }
    fn is_point_of_view(&self, w: &str) -> bool {
        w == "pour"
    }
    fn is_occasion(&self, words: [&str; 2]) -> bool {
        words == ["lors", "de"]
    }
    fn is_clitic(&self, w: &str) -> bool {
        matches!(w, "en" | "y")
    }
    fn is_subject_pronoun(&self, w: &str) -> bool {
        matches!(w, "il" | "elle" | "on")
    }
    fn is_inscription_noun(&self, w: &str) -> bool {
        let w = w.strip_suffix('s').unwrap_or(w);
        matches!(
            w,
            "pancarte"
                | "banderole"
                | "affiche"
                | "panneau"
                | "ecriteau"
                | "tee-shirt"
                | "t-shirt"
                | "graffiti"
                | "tag"
                | "inscription"
                | "calicot"
        )
    }
    fn opens_nonfinite_clause(&self, words: [&str; 2]) -> bool {
        match words {
            ["apres", "avoir" | "etre"] | ["avant", "de" | "d"] | ["sans", _] | ["afin", "de" | "d"] => true,
            ["en", w] => w.ends_with("ant"),
            // A present participle opening the sentence ("Mettant en exergue « … », X prévoit"),
            // not a preposition or an adverb of the same ending.
            [w, _] => {
                w.ends_with("ant")
                    && w.len() > 5
                    && !matches!(w, "pendant" | "durant" | "cependant" | "maintenant" | "auparavant" | "devant")
            }
        }
    }
    fn is_will_verb(&self, w: &str) -> bool {
        matches!(
            w,
            "veut" | "voulait" | "voudrait" | "prefere" | "preferait" | "tient" | "tenait" | "souhaite" | "souhaitait"
        )
    }
    fn is_copula(&self, w: &str) -> bool {
        matches!(w, "est" | "etait" | "sera" | "serait" | "fut" | "sont" | "etaient" | "seront")
    }
    fn is_naming_noun(&self, w: &str) -> bool {
        matches!(
            w,
            "theme"
                | "slogan"
                | "devise"
                | "titre"
                | "nom"
                | "surnom"
                | "intitule"
                | "hashtag"
                | "mot-diese"
                | "expression"
                | "formule"
                | "dicton"
                | "adage"
                | "proverbe"
        )
    }
    fn is_opinion_verb(&self, words: [&str; 2]) -> bool {
        matches!(words, ["y", "voit" | "voient" | "voyait" | "voyaient" | "verra" | "verront" | "vu"])
    }
    fn is_unnamed_people(&self, w: &str) -> bool {
        // ("d'autres", "d'aucuns", "la plupart", "quelques-uns": their last word.)
        matches!(w, "certains" | "certaines" | "plusieurs" | "beaucoup" | "autres" | "aucuns" | "plupart" | "uns")
    }
    fn is_inverted_pronoun(&self, w: &str) -> bool {
        matches!(w, "il" | "elle" | "ils" | "elles" | "on")
    }
    fn pronoun_gender(&self, w: &str) -> Option<Gender> {
        match w {
            "il" | "lui" => Some(Gender::M),
            "elle" => Some(Gender::F),
            _ => None,
        }
    }
    fn tells_of_earlier_speech(&self, cue: &str) -> bool {
        let c = cue.to_lowercase();
        ["avait ", "avaient ", "avait-", "s'était", "s’était"].iter().any(|p| c.starts_with(p))
    }
    fn month(&self, w: &str) -> Option<u32> {
        calendar::month(w)
    }
    fn month_short(&self, w: &str) -> Option<u32> {
        calendar::month(w).or_else(|| calendar::month_abbreviated(w))
    }
    fn weekday(&self, w: &str) -> Option<Weekday> {
        calendar::weekday(w)
    }
    fn day_number(&self, w: &str) -> Option<u32> {
        dates::day_number(w)
    }
    fn is_future_word(&self, words: [&str; 2]) -> bool {
        future_word(words)
    }
    fn is_future_or_conditional(&self, w: &str) -> bool {
        dates::is_future_or_conditional(w)
    }
    fn date_at(
        &self,
        text: &str,
        toks: &[Token],
        i: usize,
        reference: Option<NaiveDate>,
        anchor: Option<NaiveDate>,
    ) -> Option<(usize, DateMention)> {
        dates::date_at(text, toks, i, reference, anchor)
    }
    fn publication_markers(&self) -> &[&str] {
        // (German and English too: French sites carry syndicated pages.)
        &["publie le", "publie a", "mis a jour le", "published", "veroffentlicht am"]
    }
    fn events(&self) -> &EventWords {
        &events::WORDS
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_classes_agree_with_each_list() {
        // Every word of every list the table is made of, and words of none.
        let lists = [FR_STOP, FOREIGN_STOP, HONORIFICS, AUXILIARIES, speech::DOCUMENT_NOUNS, CREDIT_WORDS, CREDIT_VIA];
        let mut words: Vec<&str> =
            lists.iter().flat_map(|l| l.iter().copied()).chain(calendar::start_words()).collect();
        words.extend(reporting_forms().iter().map(String::as_str));
        events::WORDS.for_each_classed(|w, _| words.push(w));
        words.extend(["", "8", "1er", "poutine", "zzz", "declare", "au", "xi", "mars2"]);
        for w in words {
            let c = word_class(w);
            assert_eq!(c & word::EVENT, events::WORDS.class(w) as u32, "{w}");
            assert_eq!(c & word::NATIVE_STOP != 0, is_fr_stop(w), "{w}");
            assert_eq!(c & word::FOREIGN_STOP != 0, is_foreign_stop(w), "{w}");
            assert_eq!(c & word::DATE_START != 0, calendar::may_start(w), "{w}");
            assert_eq!(c & word::HONORIFIC != 0, is_honorific(w), "{w}");
            assert_eq!(c & word::AUXILIARY != 0, is_auxiliary(w), "{w}");
            assert_eq!(c & word::REPORTING_VERB != 0, is_reporting_verb(w), "{w}");
            assert_eq!(c & word::DOCUMENT_NOUN != 0, speech::is_document_noun(w), "{w}");
            assert_eq!(c & word::CREDIT_WORD != 0, French.is_credit_word(w), "{w}");
            assert_eq!(c & word::CREDIT_VIA != 0, French.is_credit_via(w), "{w}");
            assert_eq!(c & word::KNOWN, 0, "{w}");
        }
    }

    #[test]
    fn reporting_verbs_in_many_tenses() {
        for w in [
            "declare",
            "affirme",
            "ajoutant",
            "rajoutant",
            "soulignait",
            "dit",
            "poursuivi",
            "felicite",
            "precisera",
            "appele",
            "qualifie",
            "insiste",
            "defendu",
        ] {
            assert!(is_reporting_verb(w), "{w}");
        }
        for w in ["maison", "cherchait", "tentait", "not", "construisent"] {
            assert!(!is_reporting_verb(w), "{w}");
        }
    }

    #[test]
    fn function_word_sets() {
        assert!(is_fr_stop("les") && !is_fr_stop("the"));
        assert!(is_foreign_stop("und") && !is_foreign_stop("de"));
        assert!(is_abbreviation("m") && is_honorific("mme"));
    }
}
