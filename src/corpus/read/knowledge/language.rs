//! What the reading rules ask of the language an article is written in. The rules are
//! written once; a language answers their questions about its words (every word they pass is
//! folded: lowercase, no accents). French is [`super::french::French`]; another language is
//! another implementation of [`Language`] in a module of its own, handed to the rules in the
//! same [`super::Knowledge`] value.

use crate::corpus::read::dates::DateMention;
use crate::gazetteer::Gender;
use crate::text::hash::{FastMap, Shapes};
use crate::text::Token;
use chrono::{NaiveDate, Weekday};
use std::sync::OnceLock;

/// The grammar of a short word that rules read phrases by (see [`Language::function_word`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FunctionWord {
    /// A definite article, alone ("le", "l'", "les") or joined to "of" ("du").
    pub definite: bool,
    /// An indefinite article ("un", "une", "des").
    pub indefinite: bool,
    /// A possessive ("sa", "son", "leurs").
    pub possessive: bool,
    /// A demonstrative ("ce", "cette").
    pub demonstrative: bool,
    /// The preposition of a noun's complement, alone ("de", "d'") or joined to an article
    /// ("du", "des").
    pub of: bool,
    pub plural: bool,
    /// A relative pronoun ("qui", "dont", "lequel").
    pub relative: bool,
    /// The conjunction "and" ("et").
    pub and: bool,
    /// The conjunction "or" ("ou").
    pub or: bool,
    /// A reflexive pronoun ("se", "s'").
    pub reflexive: bool,
    /// A preposition of place or setting before a noun ("en", "au", "dans").
    pub setting: bool,
    /// The past participle of "to be" ("été").
    pub been: bool,
    /// "as", before an incise ("comme l'a dit X").
    pub like: bool,
    /// A pronoun object before its verb ("l'a dit", "le dit").
    pub object_pronoun: bool,
    /// The first word of a negation ("ne", "n'").
    pub negation: bool,
    /// Written with an apostrophe before a vowel ("l'", "d'", "s'").
    pub elided: bool,
    /// The preposition of a source ("selon X").
    pub according: bool,
    /// The impersonal subject pronoun ("on").
    pub impersonal: bool,
    /// A preposition of where words are read ("sur le site", "dans le communiqué").
    pub medium: bool,
}

impl FunctionWord {
    /// An article standing alone ("le", "la", "les", "un", "une", "des"; not "du").
    pub fn article(self) -> bool {
        self.definite && !self.of || self.indefinite
    }
    /// A singular article standing alone ("le", "la", "l'", "un", "une").
    pub fn singular_article(self) -> bool {
        self.article() && !self.plural
    }
    /// A word that opens a noun phrase ("le", "la", "les", "un", "une", "ce"; not "du", "des").
    pub fn opens_phrase(self) -> bool {
        self.article() && !self.of || self.demonstrative
    }
    /// A singular definite article standing alone ("le", "la", "l'").
    pub fn singular_definite(self) -> bool {
        self.definite && !self.of && !self.plural
    }
    /// A definite article standing alone ("le", "la", "l'", "les").
    pub fn definite_alone(self) -> bool {
        self.definite && !self.of
    }
    /// The article "the" elided before a vowel ("l'").
    pub fn elided_article(self) -> bool {
        self.definite && self.elided
    }
    /// "of" in the singular ("de", "d'", "du").
    pub fn of_singular(self) -> bool {
        self.of && !self.plural
    }
    /// "of" alone ("de", "d'"), not joined to an article.
    pub fn bare_of(self) -> bool {
        self.of && !self.definite && !self.indefinite
    }
}

pub trait Language: Sync {
    // Words and their classes.

    /// The classes of a folded word that several stages ask about, in one lookup (bits of
    /// [`word`]; its low byte is `events().class(w)`): a page's words are classified once
    /// ([`classify`]) rather than looked up again in each list by each stage.
    fn word_class(&self, w: &str) -> u32;

    /// Its most frequent function words: text where they are rare is foreign.
    fn is_native_stop(&self, w: &str) -> bool;
    /// Frequent function words of other languages that are not also words of this one.
    fn is_foreign_stop(&self, w: &str) -> bool;
    /// Abbreviations after which a period does not end a sentence.
    fn is_abbreviation(&self, w: &str) -> bool;
    /// Words of a photo credit or caption ("photo", "crédit"), and the word before an agency's
    /// name in one ("via REUTERS").
    fn is_credit_word(&self, w: &str) -> bool;
    fn is_credit_via(&self, w: &str) -> bool;
    /// Words of a "read more" line ("Lire aussi :", "Page actualisée :").
    fn is_read_more_word(&self, w: &str) -> bool;
    /// Two words (folded) that mark a byline's publishing facts: "publié le", "mis à jour",
    /// "temps de lecture".
    fn is_byline_marker(&self, words: [&str; 2]) -> bool;
    /// The word before an author's name in a byline ("par").
    fn is_byline_author(&self, w: &str) -> bool;
    /// Honorifics written before a name ("M.", "Mme").
    fn is_honorific(&self, w: &str) -> bool;
    /// Words that start a noun phrase.
    fn is_determiner(&self, w: &str) -> bool;
    /// Determiners that are never object pronouns ("une", "son", "cette"): the word after one
    /// is a noun ("une analyse"), not a verb ("il l'analyse").
    fn is_noun_marker(&self, w: &str) -> bool;
    /// Two words that refer to the person named last ("ce dernier", "celle-ci"): the gender
    /// they say.
    fn latest_anaphor(&self, words: [&str; 2]) -> Option<Gender>;
    /// Nouns of a part of an organisation that speaks for it ("le bureau de MSF", "le siège").
    fn is_branch_noun(&self, w: &str) -> bool;
    /// A title written another way at the start of `words` ("chef du gouvernement" for
    /// "premier ministre"): how many words, and the usual title's words.
    fn title_synonym(&self, words: &[&str]) -> Option<(usize, &'static [&'static str])>;
    /// An opening of a sentence that names who said the quotation before it ("C'est ce qu'a
    /// dit X": the verb follows, `false`; "Ce sont les mots de X": the speaker follows, `true`),
    /// and its number of words.
    fn back_reference(&self, words: &[&str]) -> Option<(usize, bool)>;
    /// An opening that gives the words after it to another author ("a cité", "reprenant les
    /// mots de"): its number of words; the author's name follows.
    fn requote_marker(&self, words: &[&str]) -> Option<usize>;
    /// Nouns of a text an organisation publishes ("communiqué", "site", "rapport"): "selon un
    /// communiqué de X" is X speaking.
    fn is_document_noun(&self, w: &str) -> bool;
    /// Nouns of someone's words ("citation", "propos", "phrase", "discours"): "une citation de
    /// X qui disait" is X speaking.
    fn is_words_noun(&self, w: &str) -> bool;
    /// Pronouns standing for a noun named before ("celle de X", "celui de Y").
    fn is_demonstrative_pronoun(&self, w: &str) -> bool;
    /// An adverb after a verb that points back at what was just quoted ("a ainsi conclu").
    fn is_back_pointing_adverb(&self, w: &str) -> bool;
    /// Nouns of news outlets ("agence", "quotidien", "chaîne"): "…, d'après l'agence X" after a
    /// sentence that names its speaker says who reported the words, not who said them.
    fn is_outlet_noun(&self, w: &str) -> bool;
    /// Forms of "lire" ("on peut lire sur le site de X": X's words).
    fn is_reading_verb(&self, w: &str) -> bool;
    /// Forms of verbs of publishing ("X publie un rapport : « … »").
    fn is_publishing_verb(&self, w: &str) -> bool;
    /// Words that make a capitalised name an organisation's, not a person's ("Amnesty
    /// International", "Human Rights Watch"), folded.
    fn is_organisation_word(&self, w: &str) -> bool;
    /// How many words after a capitalised word continue an organisation's name though in
    /// lowercase ("Reporters sans frontières"); 0 when none.
    fn organisation_tail(&self, words: [&str; 2]) -> usize;
    /// Forms of the auxiliary of the passive ("été", "est", "être"): "bloqué par X" after one
    /// makes X the one who acts.
    fn is_passive_auxiliary(&self, w: &str) -> bool;
    /// Words that end a subject written after an inverted verb ("a déclaré X devant …").
    fn is_np_ender(&self, w: &str) -> bool;
    /// Auxiliaries and clitics between a subject and its participle.
    fn is_auxiliary(&self, w: &str) -> bool;
    /// Subject pronouns an attribution may use.
    fn is_pronoun(&self, w: &str) -> bool;
    /// Particles inside a person's name ("von der", "de", "al").
    fn is_name_particle(&self, w: &str) -> bool;
    /// Lowercase words of another language inside an organisation's name, between its
    /// capitalised words ("Airlines for Europe", "Bank of America").
    fn is_foreign_name_link(&self, w: &str) -> bool;
    /// Forms of the verb that makes a reporting phrase with an infinitive ("a fait savoir").
    fn is_faire(&self, w: &str) -> bool;
    /// The infinitives that make such a phrase ("savoir", "valoir").
    fn is_faire_complement(&self, w: &str) -> bool;
    /// Head words of titles and functions ("ministre", "porte-parole").
    fn is_title_word(&self, w: &str) -> bool;
    /// Head nouns of institutions that speak ("parquet", "ministère").
    fn is_institution_noun(&self, w: &str) -> bool;
    /// The kind of institution a head noun names, for nouns a text uses one for another
    /// ("le quotidien", "le journal", "l'hebdomadaire" are one newspaper).
    fn institution_class(&self, w: &str) -> Option<&'static str>;
    /// Plural nouns of groups that speak together ("manifestants").
    fn is_group_noun(&self, w: &str) -> bool;
    /// Nouns after which a quotation is a name, not speech ("le livre « … »").
    fn is_label_noun(&self, w: &str) -> bool;
    /// Words of naming or of meaning after which a quotation is a name or a gloss, not speech
    /// ("surnommée « … »", "ce qui signifie « … »"), folded.
    fn is_naming_participle(&self, w: &str) -> bool;
    /// Nouns of charges after which a quotation is a legal label ("l'enquête pour « … »").
    fn is_charge_noun(&self, w: &str) -> bool;
    /// Words of the courts after which "pour « … »" names an offence ("ont comparu pour
    /// « … »", "condamné pour « … »", "mis en examen pour « … »"), folded.
    fn is_charged_word(&self, w: &str) -> bool;
    /// Words that open a sentence without being a name ("À", "Dans", "Selon").
    fn is_function_word(&self, w: &str) -> bool;
    /// Forms of reporting verbs ("déclaré", "affirme", "soulignant").
    fn is_reporting_verb(&self, w: &str) -> bool;
    /// Prepositions that make the name after them a complement, not a subject.
    fn is_complement_preposition(&self, w: &str) -> bool;
    /// Conjunctions that end a subject looked for to the left of a verb ("que", "mais").
    fn is_clause_stop(&self, w: &str) -> bool;
    /// The nationality a word states, in any gender and number: its base form.
    fn nationality(&self, w: &str) -> Option<&'static str>;
    /// The nationality (as [`Language::nationality`] gives it) of a country, by its folded
    /// name ("france" → "francais").
    fn nationality_of_country(&self, country: &str) -> Option<&'static str>;
    /// A noun naming whoever leads, whatever their title ("dirigeant"), folded.
    fn is_generic_leader(&self, w: &str) -> bool;
    /// An adjective that ends the name of an institution after its capitalised complement
    /// ("ministère des Affaires étrangères", "de la Défense nationale"), folded.
    fn is_name_adjective(&self, w: &str) -> bool;
    /// "la même source": the source the text named last (folded words).
    fn is_same_source(&self, words: [&str; 3]) -> bool;
    /// A word before a title saying it is no longer held ("ancien", "ex"), folded.
    fn is_former(&self, w: &str) -> bool;
    /// A folded word shaped like a name of inhabitants, used for one person ("l'Espagnol",
    /// "le Majorquin", "la Lyonnaise"): a nationality, or a word with such an ending.
    fn is_demonym(&self, w: &str) -> bool;
    /// A preposition that puts a title's holder in a country or city ("en Chine", "au Japon",
    /// "aux États-Unis", "à Washington"), as written.
    fn is_place_preposition(&self, raw: &str) -> bool;
    /// The preposition that introduces a passive verb's agent ("par"), folded.
    fn is_agent_preposition(&self, w: &str) -> bool;
    /// A past participle of saying that a passive agent may follow ("« … » lancée par le
    /// député", "des propos tenus par X"), folded, any gender or number.
    fn is_said_participle(&self, w: &str) -> bool;
    /// The gender a title, determiner or honorific form says by itself ("présidente", "la").
    fn title_gender(&self, w: &str) -> Option<Gender>;
    /// A preposition written with an accent that folds into another word ("à" folds to "a",
    /// the auxiliary): checked on the raw word.
    fn is_accented_preposition(&self, raw: &str) -> bool;
    /// A folded word shaped like a past participle ("declare", "reconnu", "dit").
    fn may_be_participle(&self, w: &str) -> bool;
    /// A folded word shaped like a verb that is not an adjective after a noun: an infinitive,
    /// a present participle or an imperfect ("publier", "publiant", "publiait"), so "le
    /// journal publiait" is not an institution called "journal publiait".
    fn may_be_verb_form(&self, w: &str) -> bool;
    /// A word (folded, and as written) with an ending adjectives and participles have and
    /// present-tense verbs do not ("fédéral", "socialiste", "nord-coréen", "mandaté"), or a
    /// nationality: so "le gouvernement reste ferme" is not an institution called
    /// "gouvernement reste ferme".
    fn may_be_adjective(&self, w: &str, raw: &str) -> bool;
    /// How many of these words (the next ones, "" past the phrase) make a time or manner
    /// adverbial between a verb and its subject ("mardi soir", "en mai", "de son côté"); 0
    /// when they do not.
    fn adverbial_len(&self, words: [&str; 3]) -> usize;
    /// How many of these words make a source marker that introduces a speaker without a verb
    /// ("selon X": 1, "d'après X": 2); 0 when they do not.
    fn source_marker_len(&self, words: [&str; 2]) -> usize;
    /// Third-person singular subject pronouns before a verb ("il", "elle", "on").
    fn is_subject_pronoun(&self, w: &str) -> bool;
    /// Things words are written on ("une pancarte « … »", "la banderole"): what they carry
    /// is a slogan, not speech.
    fn is_inscription_noun(&self, w: &str) -> bool;
    /// The first two words of a clause without a finite verb, whose subject is the main
    /// clause's ("après avoir", "avant de", "sans"), folded.
    fn opens_nonfinite_clause(&self, words: [&str; 2]) -> bool;
    /// A finite verb of will before an infinitive ("préférait", "veut", "tient à").
    fn is_will_verb(&self, w: &str) -> bool;
    /// The copula in the third person ("est", "était", "sera").
    fn is_copula(&self, w: &str) -> bool;
    /// Nouns whose complement after a copula is a name ("le thème était « … »", "sa devise
    /// est « … »").
    fn is_naming_noun(&self, w: &str) -> bool;
    /// A verb that reports an opinion only after the word before it ("y voit une « … »":
    /// sees in it), given as [previous, word], folded.
    fn is_opinion_verb(&self, words: [&str; 2]) -> bool;
    /// Pronouns standing for people the text does not name ("certains", "plusieurs",
    /// "d'autres"), as the last word of a subject.
    fn is_unnamed_people(&self, w: &str) -> bool;
    /// The relative pronoun of a subject ("X, qui a déclaré").
    fn is_subject_relative(&self, w: &str) -> bool;
    /// Conjunctions that may open a sentence before its subject ("Mais", "Et").
    fn is_opening_conjunction(&self, w: &str) -> bool;
    /// The conjunction that opens reported speech after its verb ("a déclaré que").
    fn is_complementizer(&self, w: &str) -> bool;
    /// Definite articles ("la « concertation nationale »" names a known thing).
    fn is_definite_article(&self, w: &str) -> bool;
    /// What a short grammatical word is (articles, "of", relatives, "and"…), folded; all false
    /// for any other word. The rules that read a phrase's shape ask this, never the words.
    fn function_word(&self, w: &str) -> FunctionWord;
    /// A word after "il" that makes it impersonal ("il y a", "il faut", "il semble"), folded.
    fn makes_il_impersonal(&self, w: &str) -> bool;
    /// A subject pronoun that stands for nobody, given the word after it, folded: "on", the
    /// "il" of "est-il possible de lire".
    fn is_impersonal_subject(&self, pronoun: &str, next: &str) -> bool {
        self.function_word(pronoun).impersonal
            || self.pronoun_gender(pronoun) == Some(Gender::M) && self.makes_il_impersonal(next)
    }
    /// Endings an adjective of nationality takes to agree ("", "e", "ne").
    fn agreement_endings(&self) -> &'static [&'static str];
    /// A rank written with a capital inside a title ("le Premier ministre"), folded.
    fn is_rank_word(&self, w: &str) -> bool;
    /// A verb form that takes no subject of its own ("soulignant", "affirmer"), folded.
    fn may_be_nonfinite(&self, w: &str) -> bool;
    /// An infinitive's shape ("rester", "venir", "prendre"), folded.
    fn may_be_infinitive(&self, w: &str) -> bool;
    /// A past participle's written shape ("publié", "invitée"), as written.
    fn looks_like_past_participle(&self, raw: &str) -> bool;
    /// The preposition of a point of view ("Pour X, …").
    fn is_point_of_view(&self, w: &str) -> bool;
    /// Two words that name an occasion, after which a capitalised quotation is its name ("lors
    /// de « L'Émission politique »").
    fn is_occasion(&self, words: [&str; 2]) -> bool;
    /// Clitics among the auxiliaries ("en", "y"): not a verb by themselves.
    fn is_clitic(&self, w: &str) -> bool;
    /// Subject pronouns that follow their verb in an incise ("a-t-il", "dit-elle").
    fn is_inverted_pronoun(&self, w: &str) -> bool;
    /// The gender of a third-person singular pronoun ("il", "elle", "lui").
    fn pronoun_gender(&self, w: &str) -> Option<Gender>;
    /// Words of a reporting cue that tell of words said before the reported event (a
    /// pluperfect: "avait déclaré").
    fn tells_of_earlier_speech(&self, cue: &str) -> bool;

    // Calendar.

    fn month(&self, w: &str) -> Option<u32>;
    /// A month as page furniture abbreviates it ("avr.", "sept."), or in full.
    fn month_short(&self, w: &str) -> Option<u32>;
    fn weekday(&self, w: &str) -> Option<Weekday>;
    /// A day of the month as written ("8", "1er", "premier").
    fn day_number(&self, w: &str) -> Option<u32>;
    /// Words that put a clause in the future ("prévu", "doit"), given the word before (a
    /// noun of the same spelling is not: "sur son compte", "le programme").
    fn is_future_word(&self, words: [&str; 2]) -> bool;
    /// A verb in the future or the conditional ("sera", "devrait"), folded and written in
    /// lowercase: what its clause tells has not, or not surely, happened.
    fn is_future_or_conditional(&self, w: &str) -> bool;
    /// The date expression starting at word `i` of `toks` (words of `text`), read against the
    /// `reference` day (publication) and the `anchor` (the day under discussion): the word
    /// after it, and the mention.
    fn date_at(
        &self,
        text: &str,
        toks: &[Token],
        i: usize,
        reference: Option<NaiveDate>,
        anchor: Option<NaiveDate>,
    ) -> Option<(usize, DateMention)>;
    /// Phrases (folded) of a line that gives the publication date ("publié le").
    fn publication_markers(&self) -> &[&str];

    // Events.

    /// The words the event rules look for, and the words of the titles they write.
    fn events(&self) -> &EventWords;
}

/// Word lists of the event rules (folded), and the words of the titles they write.
pub struct EventWords {
    /// Nouns naming a meeting ("réunion", "visioconférence").
    pub meeting_nouns: &'static [&'static str],
    /// A meeting noun that is only a meeting with another cue ("arrivée").
    pub arrival_noun: &'static str,
    /// A meeting noun that is one only when repeated after a word ("tête-à-tête").
    pub doubled_noun: &'static str,
    /// Verb stems of meeting ("rencontr", "reçu").
    pub meeting_verb_stems: &'static [&'static str],
    /// Verb stems that make a meeting with `with` after them ("a parlé avec").
    pub with_verb_stems: &'static [&'static str],
    pub with: &'static str,
    /// Nouns whose complement names a participant ("la visite de X").
    pub presence_nouns: &'static [&'static str],
    /// Verb stems whose indirect object is present ("a déclaré Poutine à Zhang").
    pub speech_stems: &'static [&'static str],
    /// Words that may stand between a preposition and a name: titles, nationalities.
    pub title_words: &'static [&'static str],
    /// Connectors that open another time frame ("après la visite de Xi").
    pub temporal_connectors: &'static [&'static str],
    /// Of those, the one that is also a preposition of place ("depuis sa résidence").
    pub since: &'static str,
    /// Connectors that start a new segment of a sentence.
    pub connectors: &'static [&'static str],
    /// Nouns of dated events worth a context entry.
    pub event_nouns: &'static [&'static str],
    /// Nouns that, for a titled event, get the participants' names.
    pub named_meeting_nouns: &'static [&'static str],
    /// Words that end a noun phrase used as a title.
    pub phrase_stops: &'static [&'static str],
    /// Endings of a present participle, folded: before a determiner it opens a clause of its
    /// own ("un rapport rappelant l'homophobie"), no part of the title.
    pub present_participle_endings: &'static [&'static str],
    /// Words before a place name ("à", "au").
    pub locatives: &'static [&'static str],
    /// Nouns whose complement is a place ("résidence de …").
    pub place_nouns: &'static [&'static str],
    /// Lowercase words inside a hyphenated town name ("Mont-de-Marsan").
    pub town_particles: &'static [&'static str],
    /// Auxiliaries of the pluperfect: a clause in the background.
    pub pluperfect_auxiliaries: &'static [&'static str],
    /// Words that join a date to the one before it under the same verb ("le 31 mars et le 28
    /// avril", "lundi puis mardi").
    pub date_links: &'static [&'static str],
    /// "le lendemain de", "la veille de": one day after, before.
    pub day_after: &'static str,
    pub day_before: &'static str,
    /// Nouns of a video call, stems of a phone call, a call ("appel": by phone unless
    /// `video_word` follows).
    pub video_nouns: &'static [&'static str],
    pub phone_stems: &'static [&'static str],
    pub call_noun: &'static str,
    pub video_word: &'static str,
    /// Words of an event's title: a meeting, a video call, a phone call, statements of one
    /// person, a meeting, a visit and a gathering told by their verb.
    pub meeting_title: &'static str,
    pub video_title: &'static str,
    pub phone_title: &'static str,
    pub statements_title: &'static str,
    /// Titles of one statement told with its own day ("Déclaration de X"), and of an
    /// announcement, told by a verb starting with `announce_stem` ("Annonce de X").
    pub statement_title: &'static str,
    pub announce_title: &'static str,
    pub announce_stem: &'static str,
    /// Definite articles, folded: before a name that is a subject ("La Maison Blanche a
    /// affirmé"), unlike a preposition ("le préfet des Yvelines").
    pub definite_articles: &'static [&'static str],
    /// "of" between a title's noun and a name ("Visite de X"), and its form before a vowel,
    /// if it has one ("d'").
    pub of: &'static str,
    pub of_elided: Option<&'static str>,
    pub met_title: &'static str,
    pub gathered_title: &'static str,
    pub visit_title: &'static str,
    /// Verb stems of a meeting ("se sont rencontrés") and a gathering ("s'étaient réunis", not
    /// the noun "réunion"), and the participle of a visit after one of `visit_auxiliaries`
    /// ("s'est rendu").
    pub met_stem: &'static str,
    pub gathered_stem: &'static str,
    pub gathering_noun: &'static str,
    pub visit_participle: &'static str,
    pub visit_auxiliaries: &'static [&'static str],
    /// Nouns of the meeting itself seen from another date (its announcement).
    pub own_meeting_nouns: &'static [&'static str],
    /// Nouns that name one kind of happening, by groups of synonyms (folded): two context
    /// entries of one group at overlapping dates are one happening ("guerre en Ukraine",
    /// "invasion de leur voisin", "opération militaire spéciale" in February 2022). The first
    /// word of a group names it.
    pub happening_kinds: &'static [&'static [&'static str]],
    /// "point" is an event only in "point de presse".
    pub press_point: (&'static str, &'static str, &'static str),
    /// The first words of a sentence that tell of a recent past ("vient de").
    pub recent_past: (&'static [&'static str], &'static str),
    /// Auxiliaries of a past tense ("a", "ont") before a participle.
    pub past_auxiliaries: &'static [&'static str],
    /// Reflexive pronouns and the auxiliaries after them that make a past tense ("s'est
    /// écrasé", "se sont réunis").
    pub reflexive_pronouns: &'static [&'static str],
    pub reflexive_auxiliaries: &'static [&'static str],
    /// Words just before a date that make it the start of a state still going on ("depuis le
    /// 29 avril"), or the first of a series of happenings ("dès vendredi"), lowercase as
    /// written (accents kept: "dès" is not "des").
    pub period_starts: &'static [&'static str],
    pub series_starts: &'static [&'static str],
    /// Words joining a noun to the day that dates it ("l'attaque de mardi", "le sommet du 3
    /// mai"), folded.
    pub noun_date_links: &'static [&'static str],
    /// Words that open a relative or reported clause ("qu'il tient pour", "qui", "dont"),
    /// folded.
    pub clause_openers: &'static [&'static str],
    /// Words that tell of a death ("décédé", "meurt"), folded.
    pub death_words: &'static [&'static str],
    /// Word pairs that open a clause setting the scene of the happening ("alors que", "tandis
    /// que"), folded.
    pub contrast_openers: &'static [(&'static str, &'static str)],
    /// The lists above as one table, built on first use: which of them a word is in.
    pub classes: WordClasses,
}

/// Whether `w` starts with one of `stems` (their first bytes compared before the rest).
pub fn starts_with_any(w: &str, stems: &[&str]) -> bool {
    let first = w.as_bytes().first();
    stems.iter().any(|st| st.as_bytes().first() == first && w.starts_with(st))
}

/// Bits of [`EventWords::class`].
pub mod class {
    pub const CONNECTOR: u8 = 1;
    pub const TEMPORAL: u8 = 2;
    pub const MEETING_NOUN: u8 = 4;
    pub const LOCATIVE: u8 = 8;
    pub const PLACE_NOUN: u8 = 16;
    pub const EVENT_NOUN: u8 = 32;
    pub const TITLE_WORD: u8 = 64;
    pub const PRESENCE_NOUN: u8 = 128;
}

/// Bits of [`Language::word_class`]: the [`class`] bits of the event lists in the low byte,
/// then these.
pub mod word {
    pub const EVENT: u32 = 0xff;
    /// [`super::Language::is_native_stop`].
    pub const NATIVE_STOP: u32 = 1 << 8;
    /// [`super::Language::is_foreign_stop`].
    pub const FOREIGN_STOP: u32 = 1 << 9;
    /// A date expression may start at the word: without it, `date_at` finds none there.
    pub const DATE_START: u32 = 1 << 10;
    /// [`super::Language::is_honorific`].
    pub const HONORIFIC: u32 = 1 << 11;
    /// [`super::Language::is_reporting_verb`].
    pub const REPORTING_VERB: u32 = 1 << 12;
    /// [`super::Language::is_auxiliary`].
    pub const AUXILIARY: u32 = 1 << 13;
    /// [`super::Language::is_document_noun`].
    pub const DOCUMENT_NOUN: u32 = 1 << 14;
    /// [`super::Language::is_credit_word`], [`super::Language::is_credit_via`].
    pub const CREDIT_WORD: u32 = 1 << 15;
    pub const CREDIT_VIA: u32 = 1 << 16;
    /// The token was classified ([`super::classify`]): its `class` holds the bits above.
    pub const KNOWN: u32 = 1 << 31;
}

/// Classify words once (see [`Language::word_class`]).
pub fn classify(lang: &dyn Language, toks: &mut [Token]) {
    for t in toks {
        t.class = lang.word_class(&t.folded) | word::KNOWN;
    }
}

/// The classes of a word: those its page gave it, else looked up.
#[inline]
pub fn class_of(lang: &dyn Language, t: &Token) -> u32 {
    if t.class & word::KNOWN != 0 {
        t.class
    } else {
        lang.word_class(&t.folded)
    }
}

/// Whether word `t` has one of the classes `bits` (see [`class_of`]).
#[inline]
pub fn is(lang: &dyn Language, t: &Token, bits: u32) -> bool {
    class_of(lang, t) & bits != 0
}

/// A table from a word to the lists it is in (see [`EventWords::class`]).
pub struct WordClasses(OnceLock<(FastMap<&'static str, u8>, Shapes)>);

impl WordClasses {
    pub const fn new() -> Self {
        WordClasses(OnceLock::new())
    }
}

impl Default for WordClasses {
    fn default() -> Self {
        Self::new()
    }
}

impl EventWords {
    /// The kind of happening the folded noun names (see `happening_kinds`).
    pub fn happening_kind(&self, folded: &str) -> Option<&'static str> {
        self.happening_kinds.iter().find(|g| g.contains(&folded)).map(|g| g[0])
    }

    /// Whether a folded word is in the list of class `bit`.
    pub fn is(&self, w: &str, bit: u8) -> bool {
        self.class(w) & bit != 0
    }

    /// Whether a folded word is a meeting verb ("a rencontré", "a reçu").
    pub fn is_meeting_verb(&self, w: &str) -> bool {
        starts_with_any(w, self.meeting_verb_stems)
    }

    /// Each word of the lists [`EventWords::class`] tells of, with its list's bit (a word in
    /// several lists comes once for each).
    pub fn for_each_classed(&self, mut f: impl FnMut(&'static str, u8)) {
        for (list, bit) in [
            (self.connectors, class::CONNECTOR),
            (self.temporal_connectors, class::TEMPORAL),
            (self.meeting_nouns, class::MEETING_NOUN),
            (self.locatives, class::LOCATIVE),
            (self.place_nouns, class::PLACE_NOUN),
            (self.event_nouns, class::EVENT_NOUN),
            (self.title_words, class::TITLE_WORD),
            (self.presence_nouns, class::PRESENCE_NOUN),
        ] {
            for w in list {
                f(w, bit);
            }
        }
    }

    /// The lists a folded word is in (bits of [`class`]): one lookup instead of a scan of
    /// every list for every word.
    pub fn class(&self, w: &str) -> u8 {
        let (map, shapes) = self.classes.0.get_or_init(|| {
            let mut m = FastMap::default();
            self.for_each_classed(|w, bit| *m.entry(w).or_insert(0) |= bit);
            let mut shapes = Shapes::default();
            for w in m.keys() {
                shapes.add(w);
            }
            (m, shapes)
        });
        if !shapes.may_have(w) {
            return 0;
        }
        map.get(w).copied().unwrap_or(0)
    }
}
