//! The one pass that finds who a paragraph names: people (gazetteer names, names recognised by
//! their first name, an honorific, a title or an apposition, surnames of people named earlier),
//! titles ("le ministre russe de la Défense", resolved later at a date), and institutions and
//! groups ("le parquet fédéral", "la SDJ d'I-Télé", "des manifestants"). Events and attribution
//! both read these mentions, so an event's participants and a quote's speaker agree.
//!
//! A capitalised word is not a name by itself: "À", "Dans", "Insuffisant" open sentences,
//! "Le Monde" is a newspaper, "Arnys de François Fillon" is a shop and a person, "S" is a letter.

use super::knowledge::language::{self, word};
use super::knowledge::{Knowledge, Language};
use super::page::Page;
use super::SpeakerRef;
use crate::gazetteer::{capitalized, Gender, Target};
use crate::model::{fold_whitespace, FuzzyDate, SpeakerKind};
use crate::text::fold;
use crate::text::hash::FastMap;
use crate::text::tokens::Token;
use std::ops::Range;

/// What a mention refers to before any date is known.
#[derive(Debug, Clone, PartialEq)]
pub enum Referent {
    Speaker(SpeakerRef),
    /// A gazetteer title (entry, role) that names nobody in the text: its holder depends on the date.
    Title(usize, usize),
}

#[derive(Debug, Clone)]
pub struct Mention {
    /// Byte span of the name or title (without its determiner).
    pub span: Range<usize>,
    /// Index of its first word among the paragraph's words.
    pub tok: usize,
    pub who: Referent,
    /// Named (not only a title or a description).
    pub by_name: bool,
    /// Where the title that introduces the name starts ("président russe" in "du président
    /// russe Vladimir Poutine"); `span.start` when there is none.
    pub title_start: usize,
}

/// A title or description the article gave someone ("général chinois" → Zhang Youxia).
#[derive(Debug, Clone)]
pub struct Description {
    /// Its folded words.
    pub words: Vec<String>,
    pub who: SpeakerRef,
    /// Byte offset where the text gave it.
    pub at: usize,
}

/// Everyone an article names, paragraph by paragraph: the one pass that finds people, read
/// by events (participants) and attribution (speakers) alike.
#[derive(Debug, Default)]
pub struct PageMentions {
    /// The mentions of each paragraph (in `Page::paragraphs` order; none for furniture).
    pub paragraphs: Vec<Vec<Mention>>,
    /// The article's registry of people, institutions and groups after the whole pass.
    pub people: People,
}

impl PageMentions {
    /// The mentions of paragraph `i` inside the byte range `within` (a sentence of it).
    pub fn within(&self, i: usize, within: &Range<usize>) -> &[Mention] {
        let Some(ms) = self.paragraphs.get(i) else { return &[] };
        let lo = ms.partition_point(|m| m.span.start < within.start);
        let hi = ms.partition_point(|m| m.span.start < within.end).max(lo);
        &ms[lo..hi]
    }
}

/// Read every body paragraph of `page`, in order, for the people it names.
pub fn scan_page(page: &Page, k: &Knowledge) -> PageMentions {
    let mut people = People::default();
    let paragraphs = page
        .paragraphs
        .iter()
        .enumerate()
        .map(|(i, p)| {
            if !p.is_body() || page.text.get(p.span.clone()).is_none() {
                return Vec::new();
            }
            people.scan(k, page.text, &page.words(i))
        })
        .collect();
    PageMentions { paragraphs, people }
}

/// Everyone the article has named so far: the speaker registry of one article.
#[derive(Debug, Default)]
pub struct People {
    /// Surnames and other single words of names (folded) → who.
    pub aliases: FastMap<String, SpeakerRef>,
    /// Titles and descriptions the article gave someone, in text order.
    pub descriptions: Vec<Description>,
    /// Genders the text told (first names, honorifics, agreeing titles), for pronouns.
    pub genders: FastMap<SpeakerRef, Gender>,
    /// Names the gazetteer does not know, with the byte offset of their first use.
    pub unknown: Vec<(String, usize)>,
    /// Institutions and groups named so far: the folded head noun, who, and whether the
    /// institution was given its own name ("le journal Le Monde").
    collectives: Vec<(String, SpeakerRef, bool)>,
}

/// The raw text between word `i - 1` and word `i` (from `from` when `i` is the first).
pub fn gap<'a>(text: &'a str, toks: &[Token], i: usize, from: usize) -> &'a str {
    let s = if i == 0 { from } else { toks[i - 1].end };
    let e = toks.get(i).map_or(s, |t| t.start);
    text.get(s.min(e)..e).unwrap_or("")
}

/// A gap of only spaces, hyphens and apostrophes: the words belong together.
pub fn is_tight(gap: &str) -> bool {
    gap.chars().all(|c| c.is_whitespace() || matches!(c, '-' | '\'' | '’'))
}

fn is_acronym(t: &Token) -> bool {
    let n = t.text.chars().count();
    // ("17" in "Le 17 janvier" is no acronym: it needs a letter.)
    (2..=6).contains(&n)
        && t.text.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
        && t.text.chars().any(char::is_uppercase)
}

impl People {
    pub fn is_person(&self, k: &Knowledge, who: &SpeakerRef) -> bool {
        match who {
            SpeakerRef::Entry(e) => k.gazetteer.entries[*e].kind == SpeakerKind::Person,
            SpeakerRef::Name(_) => true,
            SpeakerRef::Collective(..) => false,
        }
    }

    /// The gender a pronoun referring to `who` must have, when known; plural groups have none
    /// and never stand for "il" or "elle".
    pub fn gender(&self, k: &Knowledge, who: &SpeakerRef) -> Option<Gender> {
        match who {
            SpeakerRef::Entry(e) => k.gazetteer.entries[*e].gender,
            _ => self.genders.get(who).cloned(),
        }
    }

    pub fn is_plural(&self, k: &Knowledge, who: &SpeakerRef) -> bool {
        match who {
            SpeakerRef::Entry(e) => k.gazetteer.entries[*e].plural,
            SpeakerRef::Collective(_, kind) => *kind == SpeakerKind::Group,
            SpeakerRef::Name(_) => false,
        }
    }

    fn note_unknown(&mut self, name: &str, at: usize) {
        if !self.unknown.iter().any(|(u, _)| u == name) {
            self.unknown.push((name.to_string(), at));
        }
    }

    /// The person the article named with `title` (folded words) before byte `before`, the
    /// latest first: "le porte-parole du Kremlin" is the one the text introduced so, not the
    /// gazetteer's.
    pub fn named_with(&self, title: &[&str], before: usize) -> Option<&SpeakerRef> {
        if title.is_empty() {
            return None;
        }
        self.descriptions
            .iter()
            .rev()
            .filter(|d| d.at < before)
            .find(|d| {
                d.words.len() >= title.len()
                    && d.words.windows(title.len()).any(|w| w.iter().zip(title).all(|(a, b)| a == b))
            })
            .map(|d| &d.who)
    }

    /// Learn that the text gave `who` the description `words` at byte `at`.
    pub fn describe(&mut self, words: Vec<String>, who: SpeakerRef, at: usize) {
        self.descriptions.push(Description { words, who, at });
    }

    /// Who a gazetteer title (entry `e`, role `r`) met at byte `at` refers to: the person the
    /// article named with it before, else its holder at `date` in the gazetteer (the
    /// gazetteer's knowledge, less sure: `false`).
    pub fn title_referent(
        &self,
        k: &Knowledge,
        e: usize,
        r: usize,
        at: usize,
        date: Option<&FuzzyDate>,
    ) -> Option<(SpeakerRef, bool)> {
        let words: Vec<String> = crate::text::words(k.gazetteer.role_title(e, r)).map(|w| fold(w.text)).collect();
        let key: Vec<&str> = words.iter().map(String::as_str).collect();
        if let Some(w) = self.named_with(&key, at) {
            return Some((w.clone(), true));
        }
        k.gazetteer.holder(e, r, date).map(|h| (SpeakerRef::Entry(h), false))
    }

    /// A name the text gives that no earlier rule caught ("le porte-parole Jean Dupont" read
    /// as a subject): its words refer back to it, and it is noted as unknown to the gazetteer.
    pub fn register_name(&mut self, name: &str, at: usize, words: &[Token]) -> SpeakerRef {
        let who = SpeakerRef::Name(name.to_string());
        if words.len() >= 2 {
            for t in words {
                self.aliases.insert(t.folded.to_string(), who.clone());
            }
        }
        self.note_unknown(name, at);
        who
    }

    /// Names, titles, institutions and known surnames in a paragraph (its words `toks`), in
    /// text order; learns surnames, genders and descriptions for later references.
    pub fn scan(&mut self, k: &Knowledge, text: &str, toks: &[Token]) -> Vec<Mention> {
        let lang = k.lang;
        let n = toks.len();
        let from = toks.first().map_or(0, |t| t.start);
        let mut out: Vec<Mention> = Vec::new();
        let mut covered = vec![false; n];
        let found = k.gazetteer.mentions_in(n, |i| toks[i].folded.as_str(), |i| capitalized(toks[i].text));
        let is_person_entry = |e: usize| k.gazetteer.entries[e].kind == SpeakerKind::Person;
        // Titles that introduce the name after them: (word after the title, title's first byte).
        let mut titles: Vec<(usize, usize)> = Vec::new();
        let title_start = |titles: &[(usize, usize)], a: usize, start: usize| {
            titles.iter().find(|(b, _)| *b == a).map_or(start, |(_, s)| *s)
        };
        for (idx, (r, target)) in found.iter().enumerate() {
            let (a, b) = (r.start, r.end);
            let span = toks[a].start..toks[b - 1].end;
            match *target {
                Target::Role(e, ro) => {
                    // "Olga Rostova, porte-parole du Kremlin": the title describes the name before.
                    if a > 0 && gap(text, toks, a, from).trim() == "," && toks[a - 1].cap() {
                        continue;
                    }
                    // "l'ancien président russe" is not who holds it at the date.
                    if a > 0 && lang.is_former(&toks[a - 1].folded) {
                        continue;
                    }
                    // "Le secrétaire général de l'Otan, Jens Stoltenberg, a …": the name that
                    // follows the title says who holds it; the title alone could name someone else.
                    let g = gap(text, toks, b, from).trim();
                    let named_next = (g.is_empty() || g == ",")
                        && (found.get(idx + 1).is_some_and(|(nr, t)| {
                            nr.start == b && matches!(t, Target::Name(x) if is_person_entry(*x))
                        }) || self.person_run(k, text, toks, b, &covered).is_some_and(|(s, _, _)| s == b));
                    if named_next {
                        titles.push((b, span.start));
                        continue;
                    }
                    covered[a..b].fill(true);
                    let title_start = span.start;
                    out.push(Mention { span, tok: a, who: Referent::Title(e, ro), by_name: false, title_start });
                }
                Target::Name(e) => {
                    let who = SpeakerRef::Entry(e);
                    // "BRUXELLES –", "à Washington": a city that names an institution speaks only
                    // as the subject of a reporting verb ("Pékin a défendu …").
                    if !is_person_entry(e) && is_city(k, toks, a, b) && !verb_follows(lang, text, toks, b) {
                        continue;
                    }
                    // "Melania Trump" is not Donald Trump: a first name that is not theirs
                    // before a known person's surname names someone else of that family. (One
                    // with the same initial is read as a spelling: "Dimitri" for "Dmitri".)
                    let other_first_name = b - a == 1
                        && a > 0
                        && toks[a - 1].cap()
                        && is_tight(gap(text, toks, a, from))
                        && k.names.get(&toks[a - 1].folded).is_some()
                        && !crate::text::words(&k.gazetteer.entries[e].name)
                            .any(|w| fold(w.text).chars().next() == toks[a - 1].folded.chars().next());
                    if is_person_entry(e) && other_first_name {
                        continue;
                    }
                    if is_person_entry(e) {
                        if b - a >= 2 {
                            for t in &toks[a..b] {
                                if t.cap() && t.text.chars().count() >= 2 && !lang.is_name_particle(&t.folded) {
                                    self.aliases.insert(t.folded.to_string(), who.clone());
                                }
                            }
                        }
                        self.learn_titles(lang, text, toks, a, b, &who);
                    }
                    covered[a..b].fill(true);
                    let title_start = title_start(&titles, a, span.start);
                    out.push(Mention { span, tok: a, who: Referent::Speaker(who), by_name: true, title_start });
                }
            }
        }
        // Names the gazetteer does not know.
        let mut i = 0;
        while i < n {
            if covered[i] || !(toks[i].cap() || particle_start(lang, text, toks, i)) {
                i += 1;
                continue;
            }
            let end = run_end(k, text, toks, i, &covered);
            let start = name_start(k, text, toks, i, end + 1);
            if let Some((a, b, gender)) =
                self.person_in_run(k, text, toks, i, end + 1, start).filter(|&(a, _, _)| a <= end)
            {
                let b = b.min(end + 1);
                let span = toks[a].start..toks[b - 1].end;
                let name = fold_whitespace(&text[span.clone()]);
                // "Amnesty International", "Human Rights Watch": an organisation's name; so is
                // the name after an institution's noun ("la radio France Inter", though "France"
                // is a first name).
                // (Not a person's name after a ministry's noun: "le ministre de la justice
                // Jean-Jacques Urvoas", a first name that is no place, then a surname.)
                let first_name = b - a >= 2 && k.is_first_name(&toks[a].folded);
                let org = toks[a..b].iter().any(|t| lang.is_organisation_word(&t.folded))
                    || names_an_institution(lang, text, toks, a) && !first_name;
                let who = self.known_name(k, toks, a, b).unwrap_or_else(|| match org {
                    true => SpeakerRef::Collective(name.clone(), SpeakerKind::Institution),
                    false => SpeakerRef::Name(name.clone()),
                });
                if let SpeakerRef::Name(n) = &who {
                    if b - a >= 2 {
                        self.note_unknown(n, span.start);
                    }
                    for (x, t) in toks[a..b].iter().enumerate() {
                        // (The last word is the surname even when it is a first name too:
                        // "Marie Durand", "Michel Thomas".)
                        let given = k.names.get(&t.folded).is_some() && b - a >= 2 && a + x + 1 < b;
                        if t.cap() && t.text.chars().count() >= 2 && !lang.is_name_particle(&t.folded) && !given {
                            self.aliases.entry(t.folded.to_string()).or_insert_with(|| who.clone());
                        }
                    }
                }
                let gender = gender.or_else(|| title_gender_before(lang, text, toks, a));
                if let Some(g) = gender {
                    self.genders.entry(who.clone()).or_insert(g);
                }
                self.learn_titles(lang, text, toks, a, b, &who);
                covered[a..b].fill(true);
                let title_start = title_start(&titles, a, span.start);
                out.push(Mention { span, tok: a, who: Referent::Speaker(who), by_name: true, title_start });
            } else if let Some((a, who)) = {
                // "Puis Cauchy": the words that open a sentence are not part of the name.
                let (a, _) = start;
                (a <= end).then(|| self.known_name(k, toks, a, end + 1).map(|w| (a, w))).flatten()
            } {
                covered[a..=end].fill(true);
                out.push(Mention {
                    span: toks[a].start..toks[end].end,
                    tok: a,
                    who: Referent::Speaker(who),
                    by_name: true,
                    title_start: title_start(&titles, a, toks[a].start),
                });
            }
            i = end + 1;
        }
        self.collectives(lang, text, toks, &mut covered, &mut out);
        out.sort_by_key(|m| m.span.start);
        out
    }

    /// Words `a..b` are all words of one name the article gave earlier ("Fillon", "Jacline
    /// Mouraud", "Al-Joulani"): that person.
    fn known_name(&self, k: &Knowledge, toks: &[Token], a: usize, b: usize) -> Option<SpeakerRef> {
        let lang = k.lang;
        let mut who: Option<&SpeakerRef> = None;
        let mut any = false;
        for t in &toks[a..b] {
            if lang.is_name_particle(&t.folded) || lang.is_honorific(&t.folded) {
                continue;
            }
            let w = self.aliases.get(t.folded.as_str())?;
            if who.is_some_and(|x| x != w) {
                return None;
            }
            who = Some(w);
            any = true;
        }
        // A bare first name is not enough to say who ("Benjamin" for two Benjamins); after an
        // honorific it is a surname ("Mme Durand").
        let surname = a > 0 && lang.is_honorific(&toks[a - 1].folded);
        if b - a == 1
            && !surname
            && k.names.get(&toks[a].folded).is_some()
            && !matches!(who, Some(SpeakerRef::Entry(_)))
        {
            return None;
        }
        any.then(|| who.cloned()).flatten()
    }

    /// The person whose name starts in the capitalised run at word `i`: (first word, end word
    /// exclusive, gender). A run is a person when it holds a first name followed by another
    /// name word ("Jean-Marc Morandini", "Abou Mohammed al-Joulani"), follows an honorific
    /// ("M. Goudet"), a title ("le général Wang Xiaoming"), or stands in apposition to one
    /// ("Dickens David, responsable marketing"), or is the subject of a reporting verb.
    fn person_run(
        &self,
        k: &Knowledge,
        text: &str,
        toks: &[Token],
        i: usize,
        covered: &[bool],
    ) -> Option<(usize, usize, Option<Gender>)> {
        if i >= toks.len() || covered[i] {
            return None;
        }
        let end = run_end(k, text, toks, i, covered) + 1;
        self.person_in_run(k, text, toks, i, end, name_start(k, text, toks, i, end))
    }

    /// [`People::person_run`] given the run's end (exclusive) and where a name may start in
    /// it, with the gender an honorific gives ([`name_start`]).
    fn person_in_run(
        &self,
        k: &Knowledge,
        text: &str,
        toks: &[Token],
        i: usize,
        end: usize,
        (a, honour): (usize, Option<Gender>),
    ) -> Option<(usize, usize, Option<Gender>)> {
        let lang = k.lang;
        let from = toks.first().map_or(0, |t| t.start);
        if a >= end || toks[a..end].iter().all(|t| t.text.chars().count() < 2) {
            return None;
        }
        if k.places.may_start(&toks[a].folded)
            && k.places
                .match_at(&toks[a..end].iter().map(|t| t.folded.as_str()).collect::<Vec<_>>(), true, 0)
                .is_some_and(|(_, m)| m == end - a)
        {
            return None;
        }
        // A first name (not the second half of "Saint-Laurent") with a name word after it.
        for g in a..end.saturating_sub(1) {
            if gap(text, toks, g, from) == "-" && g > a && k.names.get(&toks[g - 1].folded).is_none() {
                continue;
            }
            let Some(given) = k.names.get(&toks[g].folded) else { continue };
            if !toks[g + 1..end].iter().any(|t| t.cap() && t.text.chars().count() >= 2) {
                continue;
            }
            // Name words before the first name belong to it ("Abou Mohammed"), not across a
            // particle ("Arnys de François Fillon") nor an adverb opening the sentence
            // ("Ensuite Jean Roy").
            let mut s = g;
            // (Nor a name ending a complement: "le garde des Sceaux Jean-Jacques Urvoas".)
            let after_of = |x: usize| x == a && x > 0 && lang.function_word(&toks[x - 1].folded).of;
            while s > a
                && toks[s - 1].cap()
                && !after_of(s - 1)
                && is_tight(gap(text, toks, s, from))
                && !is_acronym(&toks[s - 1])
                && !lang.is_function_word(&toks[s - 1].folded)
                && !completes_a_title(lang, text, toks, s - 1)
            {
                s -= 1;
            }
            return Some((s, end, given.gender().or(honour)));
        }
        if honour.is_some() || (a > i && lang.is_honorific(&toks[a - 1].folded)) {
            return Some((a, end, honour));
        }
        // "En Loir-et-Cher", "aux Pays-Bas": a name right after a word of setting is a place.
        if a > 0 && lang.function_word(&toks[a - 1].folded).setting && is_tight(gap(text, toks, a, from)) {
            return None;
        }
        // "prêté par une connaissance, Mohammed.": a first name alone in apposition to a
        // description of someone is that person.
        if end - a == 1 && a > 0 {
            let given = k.names.get(&toks[a].folded);
            let described = gap(text, toks, a, from).trim() == ","
                && !toks[a - 1].cap()
                && !lang.is_function_word(&toks[a - 1].folded)
                && !lang.is_reporting_verb(&toks[a - 1].folded);
            let closes = matches!(text[toks[a].end..].trim_start().chars().next(), None | Some('.' | ',' | ';' | ')'));
            if let Some(given) = given.filter(|_| described && closes) {
                return Some((a, end, given.gender().or(honour)));
            }
        }
        if end - a < 2 {
            return None;
        }
        // A title right before ("le porte-parole John Kirby", "le général Wang Xiaoming"), not
        // a participle ("a été élue Miss France"), or a title then a comma ("la lauréate de
        // l'an dernier, Lina Morvan,").
        let before = gap(text, toks, a, from);
        let participle =
            a >= 2 && (lang.is_auxiliary(&toks[a - 2].folded) || lang.function_word(&toks[a - 2].folded).been);
        // (Or a title and a nationality: "le président sénégalais Macky Sall".)
        let national_title = a >= 2
            && lang.nationality(&toks[a - 1].folded).is_some()
            && lang.is_title_word(&toks[a - 2].folded)
            && is_tight(gap(text, toks, a - 1, from));
        let title_before = a > 0
            && is_tight(before)
            && !toks[a - 1].cap()
            && (lang.is_title_word(&toks[a - 1].folded) || national_title)
            && !participle
            || a > i && lang.is_title_word(&toks[a - 1].folded)
            // (Or a title's complement: "le ministre chinois de la Défense Chang Wanquan".)
            || matches!(before.trim(), "" | ",") && after_a_title_complement(lang, text, toks, a)
            || before.trim() == "," && titled_before_comma(lang, text, toks, a);
        // The subject of a reporting verb ("Jacline Mouraud appelle"), not a complement ("des
        // journalistes d'I-Télé indiquait").
        let complement = a > 0 && (is_stop_prep(lang, &toks[a - 1]) || lang.function_word(&toks[a - 1].folded).of);
        // An apposition after: "Dickens David, responsable marketing", "Dickens David, le
        // responsable" (not a complement closing an opening clause: "Interrogé sur Radio
        // Nord, le ministre").
        let after = gap(text, toks, end, from);
        let apposed = after.trim() == ","
            && toks.get(end).is_some_and(|t| {
                !t.cap() && (lang.is_title_word(&t.folded) || lang.is_determiner(&t.folded) && !complement)
            });
        let subject = !complement
            && toks[a..end].iter().all(|t| t.text.chars().count() >= 2)
            && verb_follows(lang, text, toks, end)
            && !names_an_institution(lang, text, toks, a);
        // The subject of a verb after an apposition between commas ("Jacline Mouraud, autre
        // figure du mouvement, a appelé").
        let subject_after_apposition = !complement
            && after.trim() == ","
            && toks
                .get(end)
                .is_some_and(|t| !t.cap() && !lang.is_reporting_verb(&t.folded) && !lang.is_auxiliary(&t.folded))
            && (end + 1..(end + 9).min(toks.len())).find(|&k| gap(text, toks, k, from).contains(',')).is_some_and(
                |k| {
                    gap(text, toks, k, from).trim() == ","
                        && !toks[k].cap()
                        && (lang.is_auxiliary(&toks[k].folded) || lang.is_reporting_verb(&toks[k].folded))
                },
            )
            && !names_an_institution(lang, text, toks, a);
        // Capitalised words right after an article, with no first name nor title, name a
        // thing or a place ("la Grande Tomb, la Petite Tomb"), not a person.
        let after_article = a > 0 && lang.is_determiner(&toks[a - 1].folded) && is_tight(before);
        if title_before || !after_article && (apposed || subject || subject_after_apposition) {
            return Some((a, end, honour));
        }
        None
    }

    /// "le général chinois Zhang Youxia", "Olga Rostova, porte-parole du Kremlin": the title
    /// before or after a name describes its bearer, and "la porte-parole" later refers back.
    fn learn_titles(&mut self, lang: &dyn Language, text: &str, toks: &[Token], a: usize, b: usize, who: &SpeakerRef) {
        let from = toks.first().map_or(0, |t| t.start);
        // Before: words up to a determiner or a preposition, at most six.
        let mut key = Vec::new();
        let mut j = a;
        let mut first = true;
        while j > 0 && key.len() < 7 {
            let g = gap(text, toks, j, from);
            let comma_ok = first && g.trim() == ",";
            if !is_tight(g) && !comma_ok {
                break;
            }
            first = false;
            let t = &toks[j - 1];
            let after_de = j >= 2 && lang.function_word(&toks[j - 2].folded).of;
            let fw = lang.function_word(&t.folded);
            let starts = fw.opens_phrase() && !after_de;
            // A title's complement: "ministre de l'Économie", "porte-parole du Kremlin".
            let complement = !key.is_empty() && fw.of && !t.cap()
                || t.cap()
                    && (after_de
                        || j >= 3 && lang.is_definite_article(&toks[j - 2].folded) && after_de_at(lang, toks, j - 2));
            // (A nationality may be written as a noun: "l'Autrichien Dominic Thiem".)
            let named_word = t.cap() && !lang.is_title_word(&t.folded) && lang.nationality(&t.folded).is_none();
            if !complement && (starts || is_stop_prep(lang, t) || named_word) {
                if starts {
                    if let Some(g) = lang.title_gender(&t.folded) {
                        if key.iter().any(|w: &String| lang.is_title_word(w)) {
                            self.genders.entry(who.clone()).or_insert(g);
                        }
                    }
                }
                break;
            }
            if lang.is_honorific(&t.folded) {
                j -= 1;
                continue;
            }
            key.push(t.folded.to_string());
            j -= 1;
        }
        key.reverse();
        // The description starts at its title ("les propos du ministre de l'Intérieur").
        let head = key.iter().position(|w| lang.is_title_word(w) || lang.nationality(w).is_some());
        if let Some(h) = head.filter(|_| key.len() < 7) {
            key.drain(..h);
            self.describe(key, who.clone(), toks[a].start);
        }
        // After: ", porte-parole du Kremlin,", ", le Premier ministre irakien," — words to the
        // next punctuation.
        let det = toks.get(b).is_some_and(|t| lang.function_word(&t.folded).singular_definite());
        let t0 = b + usize::from(det);
        if gap(text, toks, b, from).trim() == ","
            && toks.get(t0).is_some_and(|t| (det || !t.cap()) && lang.is_title_word(&t.folded))
        {
            if det {
                if let Some(g) = lang.title_gender(&toks[b].folded) {
                    self.genders.entry(who.clone()).or_insert(g);
                }
            }
            let mut key = Vec::new();
            let mut j = t0;
            while j < toks.len() && key.len() < 8 && (j == t0 || is_tight(gap(text, toks, j, from))) {
                key.push(toks[j].folded.to_string());
                j += 1;
            }
            self.describe(key, who.clone(), toks[b - 1].end);
        }
    }

    /// Institutions and groups named by a determiner and a head noun ("le parquet fédéral de
    /// Belgique", "la Société des journalistes (SDJ) d'I-Télé", "la SDJ", "des manifestants").
    fn collectives(
        &mut self,
        lang: &dyn Language,
        text: &str,
        toks: &[Token],
        covered: &mut [bool],
        out: &mut Vec<Mention>,
    ) {
        let from = toks.first().map_or(0, |t| t.start);
        let n = toks.len();
        let mut i = 0;
        while i + 1 < n {
            let d = toks[i].folded.as_str();
            let fw = lang.function_word(d);
            let det = lang.is_definite_article(d) || fw.indefinite && fw.plural;
            let h = i + 1;
            if !det || covered[h] || !is_tight(gap(text, toks, h, from)) {
                i += 1;
                continue;
            }
            let head = &toks[h];
            let plural = fw.plural;
            let group = plural && lang.is_group_noun(&head.folded);
            // (An acronym may be a title: "le PDG d'Airbus" is a person.)
            let institution = lang.is_institution_noun(&head.folded)
                || is_acronym(head) && !plural && !lang.is_title_word(&head.folded);
            // "des" opens a group only ("des manifestants"), never an institution.
            if !group && (!institution || fw.indefinite) {
                i += 1;
                continue;
            }
            // (The complement of a title names no institution of its own: in "le chef de la
            // diplomatie européenne Josep Borrell" the name is the chief's.)
            let title_complement = i >= 1 && (of_a_title(lang, toks, i) || of_a_title(lang, toks, i - 1));
            // Complements: adjectives, "de/du/des/d' (la/l') Name or noun", a parenthesised acronym.
            let mut end = h + 1;
            // ("l'état-major": a head noun joined by hyphens is one word.)
            while end < n && gap(text, toks, end, from) == "-" && !toks[end].cap() {
                end += 1;
            }
            let mut j = end;
            let mut adjectives = 0;
            // Where a proper name right after the head noun and its adjectives starts ("le
            // groupe automobile Nissan", "le journal Le Monde"): the institution's own name.
            let mut proper: Option<usize> = None;
            let mut after_de = false;
            while j < n && j < h + 9 {
                let g = gap(text, toks, j, from);
                let t = &toks[j];
                if g.contains('(') {
                    // "(SDJ)": skipped, the name goes on after it.
                    let close = (j..n.min(j + 4)).find(|&x| gap(text, toks, x + 1, from).contains(')'));
                    match close {
                        Some(c) => {
                            j = c + 1;
                            continue;
                        }
                        None => break,
                    }
                }
                if !is_tight(g) && !g.contains(')') {
                    break;
                }
                let f = t.folded.as_str();
                // "le ministère de la Défense russe", "… des Affaires étrangères": a nationality
                // or an adjective of the name after the complement (a nationality after any:
                // "la présidence de la république tunisienne", "… des Affaires étrangères tunisien").
                let nationality = lang.nationality(f).is_some();
                let name_adjective = nationality || lang.is_name_adjective(f);
                if after_de && end == j && j > 0 && (toks[j - 1].cap() || nationality) && !t.cap() && name_adjective {
                    end = j + 1;
                    j += 1;
                    continue;
                }
                // ("l'état-major des forces armées maliennes": a common noun's adjective, then a
                // nationality.)
                let national = |x: usize| {
                    toks.get(x).is_some_and(|w| !w.cap() && lang.nationality(&w.folded).is_some())
                        && is_tight(gap(text, toks, x, from))
                };
                let plain =
                    !t.cap() && !lang.is_function_word(f) && !lang.is_auxiliary(f) && !lang.is_reporting_verb(f);
                // (Not before the institution's own name: "l'agence de presse officielle iranienne
                // Irna" is Irna.)
                let named_after = toks.get(j + 2).is_some_and(|w| w.cap() && is_tight(gap(text, toks, j + 2, from)));
                if after_de && end == j && !toks[j - 1].cap() && plain && national(j + 1) && !named_after {
                    end = j + 2;
                    j += 2;
                    continue;
                }
                // "la Direction des examens et concours", "le ministère de l'Économie et des
                // Finances": a complement coordinated by "et" (a bare noun, or another
                // complement) goes on with the name.
                if after_de && end == j && !t.cap() && lang.function_word(f).and {
                    let next = toks.get(j + 1).filter(|_| is_tight(gap(text, toks, j + 1, from)));
                    let Some(nx) = next else { break };
                    let nf = nx.folded.as_str();
                    if lang.function_word(nf).of {
                        j += 1;
                        continue;
                    }
                    let bare_noun = !nx.cap()
                        && nx.text.chars().count() >= 4
                        && !lang.is_function_word(nf)
                        && !lang.is_auxiliary(nf)
                        && !lang.is_reporting_verb(nf)
                        && !lang.may_be_verb_form(nf)
                        && !covered[j + 1];
                    if !bare_noun {
                        break;
                    }
                    end = j + 2;
                    j += 2;
                    continue;
                }
                // "l'association Airlines for Europe": links of another language inside its
                // own name.
                if toks[j - 1].cap() && !t.cap() && lang.is_foreign_name_link(f) {
                    let links = foreign_links(lang, text, toks, j, covered);
                    if links == 0 {
                        break;
                    }
                    end = j + links + 1;
                    j += links + 1;
                    continue;
                }
                if lang.function_word(f).of {
                    after_de = true;
                    // The complement's noun (after "la"/"l'").
                    let mut x = j + 1;
                    if toks.get(x).is_some_and(|w| lang.is_definite_article(&w.folded)) {
                        x += 1;
                    }
                    let Some(w) = toks.get(x) else { break };
                    if !is_tight(gap(text, toks, x, from)) {
                        break;
                    }
                    let common = !w.cap()
                        && w.text.chars().count() >= 4
                        && !lang.is_auxiliary(&w.folded)
                        && !lang.is_reporting_verb(&w.folded)
                        && !lang.is_faire(&w.folded)
                        && !lang.may_be_infinitive(&w.folded);
                    let noun = w.cap() || common;
                    if !noun || lang.is_function_word(&w.folded) && !w.cap() {
                        break;
                    }
                    end = x + 1;
                    j = x + 1;
                    // A capitalised name runs on ("Canal +", "I-Télé").
                    while j < n && toks[j].cap() && is_tight(gap(text, toks, j, from)) {
                        j += 1;
                        end = j;
                    }
                    continue;
                }
                // "le journal Le Monde", "l'agence Reuters": a proper name right after the head
                // noun (or running on from one) names the institution.
                if covered[j] {
                    break;
                }
                if t.cap() && (is_acronym(t) || toks[j - 1].cap() || end == j && !after_de) {
                    if title_complement && j > h + 1 && !is_acronym(t) && !toks[j - 1].cap() {
                        break;
                    }
                    if proper.is_none() && !after_de && !head.cap() && !toks[j - 1].cap() {
                        proper = Some(j);
                    }
                    end = j + 1;
                    j += 1;
                    continue;
                }
                // "l'agence de presse officielle syrienne Sana": adjectives after the
                // complement, then the institution's own name.
                let adjective_like = |w: &Token| {
                    let f = w.folded.as_str();
                    !w.cap()
                        && !lang.is_function_word(f)
                        && !lang.is_auxiliary(f)
                        && !lang.is_reporting_verb(f)
                        && !lang.may_be_verb_form(f)
                        && (lang.nationality(f).is_some() || lang.may_be_adjective(f, w.text))
                };
                if after_de && proper.is_none() && end == j {
                    let x = (j..n.min(j + 2))
                        .take_while(|&x| adjective_like(&toks[x]) && is_tight(gap(text, toks, x, from)))
                        .last()
                        .map_or(j, |x| x + 1);
                    let named = toks.get(x).is_some_and(|w| {
                        w.cap()
                            && !covered[x]
                            && !lang.is_function_word(&w.folded)
                            && is_tight(gap(text, toks, x, from))
                    });
                    if x > j && named && !title_complement {
                        proper = Some(x);
                        j = x + 1;
                        while j < n && toks[j].cap() && !covered[j] && is_tight(gap(text, toks, j, from)) {
                            j += 1;
                        }
                        end = j;
                        continue;
                    }
                }
                // (Or after a complement when the name goes on: "l'Autorité de régulation
                // professionnelle de la publicité".)
                let goes_on = after_de && toks.get(j + 1).is_some_and(|n| lang.function_word(&n.folded).of);
                let adjective = !t.cap()
                    && end == j
                    && (j <= h + 2 || goes_on)
                    && adjectives < 2
                    && !lang.is_faire(f)
                    && !lang.is_function_word(f)
                    && !lang.is_auxiliary(f)
                    && !lang.is_reporting_verb(f)
                    && !lang.may_be_verb_form(f)
                    && lang.may_be_adjective(f, t.text);
                if adjective {
                    adjectives += 1;
                    end = j + 1;
                    j += 1;
                    continue;
                }
                break;
            }
            // "le journal Le Monde": a known name right after the noun is the institution.
            let named = !head.cap()
                && toks.get(end).is_some_and(|t| t.cap() && is_tight(gap(text, toks, end, from)))
                && covered[end];
            if covered[h..end].iter().any(|c| *c) || named && proper.is_none() {
                i += 1;
                continue;
            }
            // The name as the text writes it, without the determiner or parentheses: its own
            // name when it has one, the head noun and adjectives describing it.
            let first = proper.unwrap_or(h);
            let mut name = String::new();
            let mut depth = 0i32;
            for (x, t) in toks[first..end].iter().enumerate() {
                let g = if x == 0 { "" } else { gap(text, toks, first + x, from) };
                depth += g.matches('(').count() as i32 - g.matches(')').count() as i32;
                if depth > 0 {
                    continue;
                }
                let g = g.replace(['(', ')'], "");
                let g = if g.trim().is_empty() && !g.is_empty() && !g.contains(['\'', '’', '-']) {
                    " "
                } else {
                    g.trim()
                };
                name.push_str(g);
                name.push_str(t.text);
            }
            // "Canal +" keeps its sign.
            if let Some(t) = toks.get(end - 1) {
                let rest = &text[t.end..];
                if let Some(sign) = rest.trim_start_matches(' ').chars().next().filter(|c| *c == '+') {
                    name.push(' ');
                    name.push(sign);
                }
            }
            let kind = if plural { SpeakerKind::Group } else { SpeakerKind::Institution };
            let mut who = SpeakerRef::Collective(fold_whitespace(&name), kind);
            // "le parquet" after "le parquet fédéral de Belgique": the same institution; "le
            // journal satirique", "l'hebdomadaire" after "le journal satirique Le Hérisson": the
            // one of that kind the article named (not "le gouvernement russe" after another
            // country's government).
            let described = proper.is_none() && !after_de;
            let national = toks[h + 1..end].iter().any(|t| lang.nationality(&t.folded).is_some());
            let earlier = if described && !national {
                let class = lang.institution_class(&head.folded);
                self.collectives
                    .iter()
                    .rev()
                    .find(|(h2, _, _)| h2.as_str() == head.folded.as_str())
                    .or_else(|| {
                        let same = |h2: &str| class.is_some() && lang.institution_class(h2) == class;
                        self.collectives.iter().rev().find(|(h2, _, named)| *named && same(h2))
                    })
                    .map(|(_, w, _)| w.clone())
            } else {
                None
            };
            match earlier {
                Some(w) => who = w,
                None if end > h + 1 => self.collectives.push((head.folded.to_string(), who.clone(), proper.is_some())),
                None => {}
            }
            // "Nissan" alone later is that institution.
            if let Some(p) = proper {
                for t in toks[p..end].iter().filter(|t| t.cap() && !lang.is_function_word(&t.folded)) {
                    self.aliases.entry(t.folded.to_string()).or_insert_with(|| who.clone());
                }
            }
            if !plural {
                if let Some(g) = lang.title_gender(d) {
                    self.genders.entry(who.clone()).or_insert(g);
                }
            }
            covered[h..end].fill(true);
            out.push(Mention {
                span: toks[h].start..toks[end - 1].end,
                tok: h,
                who: Referent::Speaker(who),
                by_name: false,
                title_start: toks[h].start,
            });
            i = end;
        }
    }
}

/// Whether the capitalised word `x` is the complement of a title before it: "le ministre de la
/// Défense", "le secrétaire général de la CGT", "le président du Sénat" (a name after it is
/// the holder's, and does not take it in).
fn completes_a_title(lang: &dyn Language, text: &str, toks: &[Token], x: usize) -> bool {
    let mut j = x;
    if j >= 1 && lang.is_definite_article(&toks[j - 1].folded) {
        j -= 1;
    }
    if !(j >= 1 && lang.function_word(&toks[j - 1].folded).of) {
        return false;
    }
    let is_title = |x: usize| {
        let t = &toks[x];
        lang.is_title_word(&t.folded) && (!t.cap() || x > 0 && lang.is_determiner(&toks[x - 1].folded))
    };
    // The title, maybe with an adjective after it ("secrétaire général", "ministre délégué"),
    // written with a capital too after its determiner ("le Ministre de la Défense").
    if (j.saturating_sub(3)..j - 1).any(is_title) {
        return true;
    }
    // Or a compound joined by hyphens and apostrophes ("chef d'état-major").
    let from = toks.first().map_or(0, |t| t.start);
    let mut y = j - 1;
    while y >= 2 && y + 6 > j && matches!(gap(text, toks, y - 1, from), "-" | "'" | "’") {
        y -= 1;
    }
    y + 1 < j && y >= 2 && is_title(y - 2)
}

/// Whether word `k` is the "de" of a title's complement ("le chef de", "la ministre des").
fn of_a_title(lang: &dyn Language, toks: &[Token], k: usize) -> bool {
    k >= 1 && lang.function_word(&toks[k].folded).of && lang.is_title_word(&toks[k - 1].folded)
}

/// Whether the words right before `a` end a title's complement, maybe with an adjective after
/// it: "le ministre de la Défense", "le ministre de la Défense nationale" (a name after them is
/// the holder's).
fn after_a_title_complement(lang: &dyn Language, text: &str, toks: &[Token], a: usize) -> bool {
    let from = toks.first().map_or(0, |t| t.start);
    let mut x = a;
    while x > 0
        && x + 2 > a
        && !toks[x - 1].cap()
        && !lang.is_function_word(&toks[x - 1].folded)
        && !lang.is_institution_noun(&toks[x - 1].folded)
    {
        if !is_tight(gap(text, toks, x - 1, from)) {
            return false;
        }
        x -= 1;
    }
    // (A lowercase institution noun only with an adjective after it: "de la diplomatie
    // européenne Josep Borrell", not "du syndicat Avenir Santé", the union's own name.)
    x > 0
        && (toks[x - 1].cap() || x < a && lang.is_institution_noun(&toks[x - 1].folded))
        && completes_a_title(lang, text, toks, x - 1)
}

/// Whether word `j` follows "de"/"d'" ("de l'Économie": `j` is "l").
fn after_de_at(lang: &dyn Language, toks: &[Token], j: usize) -> bool {
    j >= 1 && lang.function_word(&toks[j - 1].folded).bare_of()
}

/// Where a name may start in the capitalised run `i..end`, past the words that open it
/// without being a name ("À", "Dans", "Puis", "Le", "M.", "Président", "l'Italo-Suisse"), with
/// the gender an honorific before or among them gives.
fn name_start(k: &Knowledge, text: &str, toks: &[Token], i: usize, end: usize) -> (usize, Option<Gender>) {
    let lang = k.lang;
    let from = toks.first().map_or(0, |t| t.start);
    let mut a = i;
    let mut honour: Option<Gender> = None;
    if a > 0 && lang.is_honorific(&toks[a - 1].folded) && matches!(gap(text, toks, a, from).trim(), "." | "") {
        honour = lang.title_gender(&toks[a - 1].folded);
    }
    while a < end {
        let f = toks[a].folded.as_str();
        if lang.is_honorific(f) && toks[a].text.chars().count() <= 4 {
            honour = lang.title_gender(f).or(honour);
            a += 1;
        } else if lang.is_function_word(f)
            || lang.is_title_word(f)
            || lang.nationality(f).is_some()
            || lang.is_institution_noun(f) && !first_name_of_a_run(k, text, toks, a, end)
            || lang.month(f).is_some()
            || lang.weekday(f).is_some()
        {
            a += 1;
        } else if a + 1 < end && gap(text, toks, a + 1, from) == "-" && lang.nationality(&toks[a + 1].folded).is_some()
        {
            a += 2; // "Italo-Suisse", "Franco-Américain"
        } else if a == i && a + 1 < end && completes_a_title(lang, text, toks, a) {
            a += 1; // "le ministre de la Défense Wierzba"
        } else {
            break;
        }
    }
    (a, honour)
}

/// The gender a title before word `a` gives ("la porte-parole Olga Rostova").
fn title_gender_before(lang: &dyn Language, text: &str, toks: &[Token], a: usize) -> Option<Gender> {
    let from = toks.first().map_or(0, |t| t.start);
    let mut j = a;
    let mut saw_title = false;
    while j > 0 && a - j < 6 {
        let g = gap(text, toks, j, from);
        if !(is_tight(g) || j == a && g.trim() == ",") {
            return None;
        }
        let t = &toks[j - 1];
        if lang.is_title_word(&t.folded) {
            saw_title = true;
            if let Some(g) = lang.title_gender(&t.folded) {
                return Some(g);
            }
        } else if saw_title
            && lang.function_word(&t.folded).singular_article()
            && lang.title_gender(&t.folded).is_some()
        {
            return lang.title_gender(&t.folded);
        }
        j -= 1;
    }
    None
}

/// "Marine Le Pen": a first name that is also an institution's noun ("la Marine"), opening
/// a run of names (no article before it, a name or particle after it).
fn first_name_of_a_run(k: &Knowledge, text: &str, toks: &[Token], a: usize, end: usize) -> bool {
    let from = toks.first().map_or(0, |t| t.start);
    let article = a > 0 && k.lang.is_determiner(&toks[a - 1].folded);
    !article
        && a + 1 < end
        && k.names.get(&toks[a].folded).is_some()
        && is_tight(gap(text, toks, a + 1, from))
        && toks[a + 1].cap()
        && k.lang.nationality(&toks[a + 1].folded).is_none()
}

/// A preposition that makes the name after it a complement, not a subject ("à Zhang").
pub fn is_stop_prep(lang: &dyn Language, t: &Token) -> bool {
    !t.cap() && lang.is_complement_preposition(&t.folded) || lang.is_accented_preposition(t.text)
}

/// "Mme von der Leyen": a name may start with its particles after an honorific.
fn particle_start(lang: &dyn Language, text: &str, toks: &[Token], i: usize) -> bool {
    i > 0 && language::is(lang, &toks[i - 1], word::HONORIFIC) && particles_before_name(lang, text, toks, i).is_some()
}

/// The last word of the capitalised run starting at word `i`: capitalised words tightly joined
/// (or after an initial's dot: "George H. W. Bush"), with name particles between them.
fn run_end(k: &Knowledge, text: &str, toks: &[Token], i: usize, covered: &[bool]) -> usize {
    let lang = k.lang;
    let from = toks.first().map_or(0, |t| t.start);
    let mut end = i;
    let mut j = i + 1;
    while j < toks.len() && !covered[j] {
        let g = gap(text, toks, j, from);
        let initial_dot =
            g.trim() == "." && (toks[j - 1].text.chars().count() == 1 || lang.is_honorific(&toks[j - 1].folded));
        if !is_tight(g) && !initial_dot {
            break;
        }
        // A single letter without its dot is no initial: "sur X Jean Dupont" (the network).
        if j == i + 1 && !initial_dot && toks[i].text.chars().count() == 1 {
            break;
        }
        // "Airlines for Europe", "Friends of the Earth": links of another language, then a
        // capitalised word.
        let links = foreign_links(lang, text, toks, j, covered);
        if toks[j].cap() || hyphen_continues(text, toks, j) {
            end = j;
            j += 1;
        } else if links > 0 {
            end = j + links;
            j += links + 1;
        } else if let Some(n) = particles_before_name(lang, text, toks, j) {
            // "Piotr Zielinski de Cracovie": after a full name, "de" and a place say where
            // the person is from.
            // So does "de" after a first name and a surname ("Derrick Watson de l'État de
            // Hawaï"), unless the surname is a first name too ("Juan Carlos de Borbón").
            let place = end > i && {
                let folded: Vec<&str> = toks[j + n..].iter().take(4).map(|t| t.folded.as_str()).collect();
                k.places.may_start(folded[0]) && k.places.match_at(&folded, true, 0).is_some()
            };
            let words_before = (i + 1..=end).filter(|&x| !hyphen_or_apostrophe(gap(text, toks, x, from))).count() + 1;
            let origin = k.lang.function_word(&toks[j].folded).of
                && !k.lang.function_word(&toks[j].folded).plural
                && words_before >= 2
                && !joined_to_previous(text, toks, end)
                && k.names.get(&toks[end].folded).is_none();
            if place || origin {
                break;
            }
            j += n;
        } else {
            break;
        }
    }
    end
}

/// How many lowercase links of another language start at word `j` ("for", "of the") when a
/// capitalised word not yet taken follows them, tightly: 0 otherwise (two links at most).
fn foreign_links(lang: &dyn Language, text: &str, toks: &[Token], j: usize, covered: &[bool]) -> usize {
    let from = toks.first().map_or(0, |t| t.start);
    let links = toks[j..].iter().take_while(|t| !t.cap() && lang.is_foreign_name_link(&t.folded)).count();
    let joined = (j + 1..=j + links).all(|x| is_tight(gap(text, toks, x, from)));
    let named = toks.get(j + links).is_some_and(|t| t.cap() && !covered[j + links]);
    if (1..=2).contains(&links) && joined && named {
        links
    } else {
        0
    }
}

/// A gap that joins two parts of one word ("Jean-Marc", "d'Estaing"), not two words.
fn hyphen_or_apostrophe(g: &str) -> bool {
    g.contains('-') || g.contains(['\'', '’'])
}

/// Whether word `x` is joined to the word before it by a hyphen or an apostrophe.
fn joined_to_previous(text: &str, toks: &[Token], x: usize) -> bool {
    x > 0 && hyphen_or_apostrophe(gap(text, toks, x, toks[0].start))
}

/// Whether the capitalised word `a` follows a determiner, an institution's head noun and at
/// most two adjectives ("le groupe automobile Nissan", "le syndicat CGT"): the institution's name.
fn names_an_institution(lang: &dyn Language, text: &str, toks: &[Token], a: usize) -> bool {
    let from = toks.first().map_or(0, |t| t.start);
    let mut j = a;
    for _ in 0..3 {
        if j < 2 || !is_tight(gap(text, toks, j, from)) {
            return false;
        }
        let t = &toks[j - 1];
        if t.cap() || lang.is_function_word(&t.folded) {
            return false;
        }
        if lang.is_institution_noun(&t.folded) {
            // (Not a title's complement: "le chef de la diplomatie européenne Josep Borrell".)
            let complement = of_a_title(lang, toks, j - 2) || j >= 3 && of_a_title(lang, toks, j - 3);
            return lang.is_definite_article(&toks[j - 2].folded) && !complement;
        }
        j -= 1;
    }
    false
}

/// "Ban Ki-moon", "Kim Jong-un": a lowercase word joined by a hyphen to the capitalised word
/// before it goes on with the name.
pub fn hyphen_continues(text: &str, toks: &[Token], j: usize) -> bool {
    j > 0
        && toks[j - 1].cap()
        && text.get(toks[j - 1].end..toks[j].start) == Some("-")
        && toks[j].text.chars().next().is_some_and(char::is_lowercase)
}

/// Whether the words before the comma ahead of word `a` end with a title, maybe with its
/// complement or a nationality ("le secrétaire général,", "miss Tahiti,", "le Premier ministre
/// irakien,"): the name after the comma is its bearer's.
fn titled_before_comma(lang: &dyn Language, text: &str, toks: &[Token], a: usize) -> bool {
    let from = toks.first().map_or(0, |t| t.start);
    let mut j = a - 1; // the word before the comma
    for _ in 0..4 {
        let t = &toks[j];
        if lang.is_title_word(&t.folded) && !(j >= 1 && lang.is_auxiliary(&toks[j - 1].folded)) {
            return true;
        }
        let adjective =
            !lang.is_function_word(&t.folded) && !language::is(lang, t, word::AUXILIARY | word::REPORTING_VERB);
        let complement = t.cap() || adjective || lang.is_name_particle(&t.folded);
        if !complement || j == 0 || !is_tight(gap(text, toks, j, from)) {
            return false;
        }
        j -= 1;
    }
    false
}

/// When words from `j` are name particles (one to three: "de", "von der", "al") followed,
/// tightly, by a capitalised word: how many particles.
pub fn particles_before_name(lang: &dyn Language, text: &str, toks: &[Token], j: usize) -> Option<usize> {
    let from = toks.first().map_or(0, |t| t.start);
    let mut n = 0;
    while n < 3
        && toks.get(j + n).is_some_and(|t| !t.cap() && lang.is_name_particle(&t.folded))
        && is_tight(gap(text, toks, j + n, from))
    {
        n += 1;
    }
    let next = toks.get(j + n)?;
    // "X de l'État", "X du Conseil": an institution, not the rest of a name.
    let institution = lang.is_institution_noun(&next.folded) || lang.is_title_word(&next.folded);
    (n > 0 && next.cap() && !institution && is_tight(gap(text, toks, j + n, from))).then_some(n)
}

/// Whether words `a..b` name a city (the places list).
fn is_city(k: &Knowledge, toks: &[Token], a: usize, b: usize) -> bool {
    if b - a > 4 {
        return false;
    }
    if !k.places.may_start(&toks[a].folded) {
        return false;
    }
    let folded: Vec<&str> = toks[a..b].iter().map(|t| t.folded.as_str()).collect();
    k.places
        .match_at(&folded, true, 0)
        .is_some_and(|(p, n)| n == folded.len() && k.places.places[p].kind == super::knowledge::places::PlaceKind::City)
}

/// A reporting verb right after word `end` (auxiliaries and clitics allowed between):
/// "Pékin a défendu", "Washington s'est dit", "Jacline Mouraud appelle".
pub fn verb_follows(lang: &dyn Language, text: &str, toks: &[Token], end: usize) -> bool {
    let from = toks.first().map_or(0, |t| t.start);
    for j in end..(end + 4).min(toks.len()) {
        let t = &toks[j];
        if t.cap() || !is_tight(gap(text, toks, j, from)) {
            return false;
        }
        if language::is(lang, t, word::REPORTING_VERB) {
            return true;
        }
        if !language::is(lang, t, word::AUXILIARY) {
            return false;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Gazetteer;
    use crate::text::tokenize;

    fn names(text: &str) -> Vec<String> {
        let g = Gazetteer::builtin();
        let k = Knowledge::new(&g);
        let toks = tokenize(text, 0..text.len());
        let mut p = People::default();
        p.scan(&k, text, &toks)
            .into_iter()
            .map(|m| match m.who {
                Referent::Speaker(SpeakerRef::Entry(e)) => g.entries[e].name.clone(),
                Referent::Speaker(SpeakerRef::Name(n)) => format!("?{n}"),
                Referent::Speaker(SpeakerRef::Collective(n, _)) => format!("#{n}"),
                Referent::Title(e, r) => format!("[{}]", g.role_title(e, r)),
            })
            .collect()
    }

    #[test]
    fn a_name_after_a_word_of_setting_is_a_place() {
        assert!(names("En Loir-et-Cher, le préfet a adressé un communiqué.").iter().all(|n| !n.contains("Loir")));
        assert!(names("La police aux Pays-Bas enquête.").iter().all(|n| !n.contains("Pays")));
        // A first name still starts a person ("en Jean Dupont, il voit un allié" is rare).
        assert_eq!(names("Il voit en Jean Dupont un allié."), ["?Jean Dupont"]);
    }

    #[test]
    fn a_person_named_after_a_ministry_or_its_complement() {
        // Not an institution called "Jean-Jacques Urvoas", nor a person "Sceaux Jean-Jacques Urvoas".
        assert_eq!(names("Le ministre de la justice Jean-Jacques Urvoas récuse."), ["?Jean-Jacques Urvoas"]);
        assert_eq!(names("Le garde des Sceaux Jean-Jacques Urvoas récuse."), ["?Jean-Jacques Urvoas"]);
        // A name word before the first name still belongs to it.
        assert_eq!(names("Selon Abou Mohammed Adnani, rien."), ["?Abou Mohammed Adnani"]);
    }

    #[test]
    fn capitalised_words_are_not_people_by_themselves() {
        assert!(names("À la suite de l'annonce, rien.").is_empty());
        assert!(names("Dans cette tribune, il demande. Insuffisant selon lui.").is_empty());
        assert_eq!(names("une tribune dans le journal Le Monde"), ["Le Monde"]);
        assert!(names("Le monde entier regarde.").is_empty());
        assert_eq!(names("une tribune dans le journal Le Quotidien"), ["#Le Quotidien"]);
        assert!(names("S comme Sud.").is_empty());
        // An adverb opening the sentence is no part of the name after it.
        assert_eq!(names("Ensuite Jean Dupont dénonce une campagne."), ["?Jean Dupont"]);
        // Capitalised words right after an article name a thing or a place, even before a
        // comma and an article (the pattern of an apposition) or before a verb.
        assert!(names("Deux îles, la Grande Kerva, la Petite Kerva et Tarn, se trouvent là.").is_empty());
        assert!(names("Au loin, la Grande Kerva domine la baie.").is_empty());
        // A first name or a title still makes a person.
        assert_eq!(names("Il a vu la Jeanne Moreau de la chanson."), ["?Jeanne Moreau"]);
        assert_eq!(names("Paul Roy, le ministre, a parlé."), ["?Paul Roy"]);
    }

    #[test]
    fn first_names_honorifics_titles_and_appositions_make_people() {
        assert_eq!(names("les deux costumes Arnys de François Dupuis."), ["?François Dupuis"]);
        assert_eq!(names("l'Italo-Suisse Pablo Victor Dana a dit"), ["?Pablo Victor Dana"]);
        assert_eq!(names("le chef Abou Mohammed al-Joulani annonce"), ["?Abou Mohammed al-Joulani"]);
        assert_eq!(names("Mais, pour M. Goudet, tout va"), ["?Goudet"]);
        assert_eq!(names("Vers 9h20, Dickens David, responsable marketing, a dit"), ["?Dickens David"]);
        assert_eq!(names("le général Wang Xiaoming est venu"), ["?Wang Xiaoming"]);
        assert_eq!(names("Sainte-Marie et Saint-Laurent-du-Maroni"), Vec::<String>::new());
    }

    #[test]
    fn surnames_refer_back_and_first_names_alone_do_not() {
        let g = Gazetteer::builtin();
        let k = Knowledge::new(&g);
        let mut p = People::default();
        let t = "Benjamin Cauchy a parlé. Puis Cauchy et Benjamin Dubois, et Benjamin.";
        let toks = tokenize(t, 0..t.len());
        let got: Vec<String> = p
            .scan(&k, t, &toks)
            .into_iter()
            .map(|m| match m.who {
                Referent::Speaker(SpeakerRef::Name(n)) => n,
                other => format!("{other:?}"),
            })
            .collect();
        assert_eq!(got, ["Benjamin Cauchy", "Benjamin Cauchy", "Benjamin Dubois"]);
        // A first name alone apposed to a description of someone is a person.
        assert_eq!(names("Il logeait chez une connaissance, Benjamin."), ["?Benjamin"]);
        assert_eq!(names("Il logeait chez une connaissance, Benjamin et sa femme."), Vec::<String>::new());
        assert_eq!(p.genders.get(&SpeakerRef::Name("Benjamin Dubois".into())), Some(&Gender::M));
    }

    #[test]
    fn institutions_and_groups_are_named_as_written() {
        assert_eq!(
            names("la Société des journalistes (SDJ) d'I-Télé explique"),
            ["#Société des journalistes d'I-Télé"]
        );
        assert_eq!(names("le parquet fédéral de Belgique a annoncé"), ["#parquet fédéral de Belgique"]);
        assert_eq!(names("des manifestants ont clamé"), ["#manifestants"]);
        // A nationality after the complement, whatever its case, is the name's.
        assert_eq!(
            names("La présidence de la république tunisienne a annoncé"),
            ["#présidence de la république tunisienne"]
        );
        assert_eq!(
            names("Le ministère des Affaires étrangères tunisien a annoncé"),
            ["#ministère des Affaires étrangères tunisien"]
        );
        assert_eq!(names("la direction du groupe Canal + avait adressé"), ["#direction du groupe Canal +"]);
        // A complement coordinated by "et" goes on with the name; a verb after "et" does not.
        assert_eq!(names("La Direction des bourses et stages a publié"), ["#Direction des bourses et stages"]);
        assert_eq!(
            names("le ministère de l'Économie et des Finances a publié"),
            ["#ministère de l'Économie et des Finances"]
        );
        assert_eq!(names("le ministère des Finances et affirme"), ["#ministère des Finances"]);
        assert_eq!(names("a fait savoir le ministère de la Santé belge."), ["#ministère de la Santé belge"]);
        // Links of another language inside an organisation's own name.
        assert_eq!(names("L'association Pilots for Peace (PFP) prévoit"), ["#Pilots for Peace"]);
        assert_eq!(names("L'organisation Friends of the Forest a écrit"), ["#Friends of the Forest"]);
        // Adjectives after the complement, then its own name.
        assert_eq!(names("a indiqué l'agence de presse officielle iranienne Irna."), ["#Irna"]);
        // Not after a title's complement.
        assert_eq!(names("a déclaré le chef de la diplomatie européenne Joan Ferrer."), ["?Joan Ferrer"]);
        assert_eq!(
            names("l'Autorité de régulation professionnelle de la publicité a dit"),
            ["#Autorité de régulation professionnelle de la publicité"]
        );
        // (A capitalised run keeps them too, whatever it names.)
        assert_eq!(names("Le réseau Friends of the Forest a écrit"), ["?Friends of the Forest"]);
    }

    #[test]
    fn institutions_named_by_their_own_name() {
        // "le groupe automobile X": the institution is X, which "le groupe" and "X" refer to later.
        let g = Gazetteer::builtin();
        let k = Knowledge::new(&g);
        let mut p = People::default();
        let t = "Le soir, le groupe pharmaceutique Solvane a expliqué sa position. Puis le groupe a ajouté un mot.";
        let toks = tokenize(t, 0..t.len());
        let mut found = p.scan(&k, t, &toks);
        let t2 = "Et Solvane a conclu.";
        found.extend(p.scan(&k, t2, &tokenize(t2, 0..t2.len())));
        let got: Vec<String> = found
            .into_iter()
            .map(|m| match m.who {
                Referent::Speaker(SpeakerRef::Collective(n, _)) => format!("#{n}"),
                other => format!("{other:?}"),
            })
            .collect();
        assert_eq!(got, ["#Solvane", "#Solvane", "#Solvane"]);
        assert_eq!(names("le syndicat CGT a dénoncé"), ["#CGT"]);
        // Its name after a complement with "de" is part of the description.
        assert_eq!(names("la direction du groupe Canal + avait adressé"), ["#direction du groupe Canal +"]);
    }

    #[test]
    fn names_after_a_title_and_a_comma_and_with_hyphenated_parts() {
        assert_eq!(names("le Premier ministre samoan, Vaitea Temarii, a été reçu"), ["?Vaitea Temarii"]);
        assert_eq!(names("miss Tahiti, Vaitea Temarii, a été élue"), ["?Vaitea Temarii"]);
        assert_eq!(names("le secrétaire général, Tuan Ki-seok, a dit"), ["?Tuan Ki-seok"]);
        // "de" and a place or an institution after a full name say where the person is from.
        assert_eq!(names("le juge Derrick Wason de l'État de Hawaï a dit"), ["?Derrick Wason", "#État de Hawaï"]);
        assert_eq!(names("le juge Piotr Zielinski de Cracovie a dit"), ["?Piotr Zielinski"]);
        assert_eq!(names("Mme Anne de La Tour a dit"), ["?Anne de La Tour"]);
        // A participle is not a title: "élue Miss France 2021" names nobody.
        assert!(names("Elle a été élue Miss France 2021 samedi.").is_empty());
    }

    #[test]
    fn a_description_of_an_institution_is_the_one_the_article_named() {
        // "le journal satirique", "l'hebdomadaire" after "le journal satirique Le Hérisson".
        let g = Gazetteer::builtin();
        let k = Knowledge::new(&g);
        let mut p = People::default();
        let t = "Le journal satirique Le Hérisson a publié un dessin. Puis le journal satirique a ri, et \
                 l'hebdomadaire a signé. Le gouvernement canadien a réagi, puis le gouvernement russe aussi.";
        let toks = tokenize(t, 0..t.len());
        let got: Vec<String> = p
            .scan(&k, t, &toks)
            .into_iter()
            .map(|m| match m.who {
                Referent::Speaker(SpeakerRef::Collective(n, _)) => n,
                other => format!("{other:?}"),
            })
            .collect();
        assert_eq!(got, ["Le Hérisson", "Le Hérisson", "Le Hérisson", "gouvernement canadien", "gouvernement russe"]);
    }

    #[test]
    fn a_complement_closing_an_opening_clause_is_no_apposed_name() {
        assert!(names("Interrogé sur Canal Sept, le ministre a répondu.").is_empty());
        assert_eq!(names("Dickens David, le responsable du site, a parlé."), ["?Dickens David"]);
    }

    #[test]
    fn a_title_complement_is_not_part_of_the_name_after_it() {
        // "ministre de la Défense X", "secrétaire général de la CGT X": the title's complement.
        assert_eq!(names("Le ministre de la Défense Tomasz Wierzba a parlé."), ["?Tomasz Wierzba"]);
        assert_eq!(names("Le secrétaire général de la CGT Bernard Lavoine a parlé."), ["#CGT", "?Bernard Lavoine"]);
        assert_eq!(names("Le président du Sénat Gérard Larcher a dit non."), ["?Gérard Larcher"]);
        assert!(!names("Le ministre de la Défense Wierzba a parlé.").iter().any(|n| n.contains("Défense")));
        // A name no list knows, right after the complement or after a comma, is the holder's.
        assert_eq!(names("a déclaré le ministre de la Défense Chen Baolin."), ["?Chen Baolin"]);
        assert_eq!(names("a déclaré le ministre chinois de la Défense Chen Baolin."), ["?Chen Baolin"]);
        assert_eq!(names("le ministre chinois de la Défense, Chen Baolin, a dit"), ["?Chen Baolin"]);
        assert_eq!(names("le ministre de la Défense nationale Chen Baolin s'est entretenu"), ["?Chen Baolin"]);
        assert_eq!(names("le chef d’État-major des Armées Paul Lecoq a précisé"), ["?Paul Lecoq"]);
        assert_eq!(names("le chef d'état-major des armées, Paul Lecoq, a précisé"), ["?Paul Lecoq"]);
        // A title at the sentence's start does not make "de" and a name a title's complement.
        assert_eq!(names("Le ministre était accompagné de Florence Perrin."), ["?Florence Perrin"]);
        // The title written with a capital after its determiner is still the title.
        assert_eq!(names("Le Ministre de la Défense Tomasz Wierzba a parlé."), ["?Tomasz Wierzba"]);
        // Words before a first name still belong to the name outside a title's complement.
        assert_eq!(names("Le chef rebelle Abou Mohammed Sarkis a parlé."), ["?Abou Mohammed Sarkis"]);
    }

    #[test]
    fn a_title_followed_by_a_name_is_that_person() {
        // The gazetteer's spokesman is not the one this text names.
        let g = Gazetteer::builtin();
        let k = Knowledge::new(&g);
        let mut p = People::default();
        let t = "Olga Rostova, porte-parole du Kremlin, a réagi.";
        let toks = tokenize(t, 0..t.len());
        p.scan(&k, t, &toks);
        assert_eq!(
            p.named_with(&["porte", "parole", "du", "kremlin"], t.len()),
            Some(&SpeakerRef::Name("Olga Rostova".into()))
        );
        assert_eq!(p.genders.get(&SpeakerRef::Name("Olga Rostova".into())), Some(&Gender::F));
    }
}
