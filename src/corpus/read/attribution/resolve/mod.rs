//! Who a subject refers to: gazetteer names and titles (titles resolved at the event's date),
//! surnames of people named earlier in the article, definite descriptions ("le général
//! chinois" = the person last introduced so), names the gazetteer does not know, and pronouns
//! (the subject of the sentence, else the speaker in focus).

mod noun_phrase;

use super::incise::Subject;
use super::tokens::{Known, Token};
use crate::corpus::read::knowledge::language::{self, word};
use crate::corpus::read::knowledge::{Knowledge, Language};
use crate::corpus::read::mentions::{gap, is_stop_prep, is_tight, Mention, People, Referent};
use crate::corpus::read::SpeakerRef;
use crate::gazetteer::{Gazetteer, Gender};
use crate::model::{fold_whitespace, FuzzyDate, SpeakerKind};
use crate::text::fold;
pub use noun_phrase::document_owner;
use noun_phrase::{complement, is_of, title_content};
use std::ops::Range;

/// How a subject was resolved; sets the confidence factor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum How {
    /// A gazetteer name or alias.
    Name,
    /// A word of a full name given earlier in the article ("Zhang" after "Zhang Youxia").
    Alias,
    /// A title resolved to its holder at the article's date.
    Role,
    /// "le général chinois" → the person last introduced with that description.
    Description,
    /// A name the gazetteer does not know.
    Unknown,
    /// A pronoun resolved to a subject of this sentence or of the sentences before.
    Pronoun,
    /// A pronoun nothing near could stand for, given to the last speaker: a guess.
    Focus,
    /// A title nobody in the text or the gazetteer holds, taken for the person the sentences
    /// just before were about ("Félix Tshisekedi … « … », a lancé le président congolais"):
    /// a guess.
    Anaphor,
}

impl How {
    /// Confidence factor of the resolution (multiplied by the structure's base).
    pub fn factor(self) -> f32 {
        match self {
            How::Name | How::Unknown => 1.0,
            How::Alias => 0.95,
            How::Pronoun => 0.9,
            How::Role => 0.85,
            How::Description => 0.8,
            How::Focus | How::Anaphor => 0.6,
        }
    }
}

/// A person or institution mentioned in a paragraph.
#[derive(Debug, Clone)]
pub struct Mentioned {
    pub span: Range<usize>,
    pub who: SpeakerRef,
    /// How the mention says who it is (a name, or a title resolved at a date).
    pub how: How,
    /// Index of its first token in the paragraph's tokens.
    pub tok: usize,
}

/// How many words into a sentence its subject pronoun may come, after an opening clause.
const LEADING_CLAUSE_WORDS: usize = 40;

/// How many sentences the article's history keeps.
pub const HISTORY_LEN: usize = 8;

/// What one sentence said about who acts: its subject, and the others it names (for pronouns
/// in the sentences after it).
#[derive(Debug, Clone, Default)]
pub struct SentenceRecord {
    pub subject: Option<SpeakerRef>,
    pub others: Vec<SpeakerRef>,
    /// Its subject was a title nobody was found for (the others may name its holder).
    pub untitled: bool,
    /// Where the sentence ends in the text.
    pub end: usize,
}

/// Article-wide state: who has been named, how, and who is in focus.
pub struct Article<'a> {
    pub k: Knowledge<'a>,
    pub g: &'a Gazetteer,
    pub date: Option<FuzzyDate>,
    /// The nationality of the country the article is written from, if known.
    pub home: Option<&'static str>,
    /// The article's registry of people, institutions and groups (from the mention pass).
    pub people: People,
    focus: Vec<SpeakerRef>,
    /// People mentioned in earlier paragraphs, most recent last (for "le ministre").
    recent: Vec<SpeakerRef>,
    /// The last sentence subject that was a title nobody could be found for, with the gender
    /// of the pronoun it takes (None when its article does not say).
    untitled: Option<(String, Option<Gender>)>,
    /// The sentences read so far, most recent last (a few): where pronouns look back.
    pub history: Vec<SentenceRecord>,
    /// The sentence being read set `untitled`.
    untitled_pending: bool,
    /// Documents named with their owner ("un communiqué de X"), most recent last: "le
    /// communiqué" later is the same one.
    pub documents: Vec<(String, SpeakerRef)>,
}

impl<'a> Article<'a> {
    /// `people`: the article's registry from the mention pass.
    pub fn new(k: Knowledge<'a>, date: Option<FuzzyDate>, people: People) -> Self {
        Article {
            k,
            g: k.gazetteer,
            date,
            people,
            focus: Vec::new(),
            recent: Vec::new(),
            home: None,
            untitled: None,
            history: Vec::new(),
            untitled_pending: false,
            documents: Vec::new(),
        }
    }

    pub fn is_person(&self, who: &SpeakerRef) -> bool {
        self.people.is_person(&self.k, who)
    }

    /// The paragraph's mentions (from the mention pass), titles resolved: to the person the
    /// article named with them, else to their holder at the article's date.
    pub fn resolve_paragraph(&mut self, found: &[Mention], toks: &[Token]) -> Vec<Mentioned> {
        let mut out = Vec::with_capacity(found.len());
        for m in found {
            let (who, how) = match &m.who {
                Referent::Speaker(w) => (w.clone(), How::Name),
                Referent::Title(e, r) => {
                    // "le président de la République" after "le président X": a title with no
                    // nationality is the article's own bare "président", someone the gazetteer
                    // does not know, before its holder in the gazetteer's country.
                    let words = crate::text::tokens::within(toks, &m.span);
                    if let Some(w) = self.bare_title_named(words, m.span.start) {
                        out.push(Mentioned { span: m.span.clone(), who: w, tok: m.tok, how: How::Description });
                        continue;
                    }
                    // The words as written, when the article gave them to someone: "Le président
                    // de la République, Issoufou Mahamadou" in a Nigerien article.
                    let said: Vec<&str> = words.iter().map(|t| t.folded.as_str()).collect();
                    if let Some(w) = self.people.named_with(&said, m.span.start).filter(|w| self.is_person(w)) {
                        out.push(Mentioned { span: m.span.clone(), who: w.clone(), tok: m.tok, how: How::Description });
                        continue;
                    }
                    match self.people.title_referent(&self.k, *e, *r, m.span.start, self.date.as_ref()) {
                        Some((w, named)) => {
                            let key: Vec<String> = crate::text::tokens::within(toks, &m.span)
                                .iter()
                                .map(|t| t.folded.to_string())
                                .collect();
                            self.people.describe(key, w.clone(), m.span.start);
                            (w, if named { How::Description } else { How::Role })
                        }
                        None => continue,
                    }
                }
            };
            out.push(Mentioned { span: m.span.clone(), who, tok: m.tok, how });
        }
        out
    }

    /// The person the article described with the bare head noun of the title `words` (a
    /// mention with no nationality: "président de la République"), someone the gazetteer does
    /// not know ("le président Abdelmadjid Tebboune"), described before byte `at`.
    fn bare_title_named(&self, words: &[Token], at: usize) -> Option<SpeakerRef> {
        let lang = self.k.lang;
        if words.iter().any(|w| lang.nationality(&w.folded).is_some()) {
            return None;
        }
        let head = words.iter().find(|w| lang.is_title_word(&w.folded))?;
        self.people
            .descriptions
            .iter()
            .rev()
            .filter(|d| d.at < at)
            .find(|d| matches!(d.words.as_slice(), [w] if *w == head.folded.as_str()))
            .map(|d| d.who.clone())
            .filter(|w| matches!(w, SpeakerRef::Name(_)) && self.is_person(w))
    }

    /// A paragraph is done: its people become the ones "le ministre" may refer to later.
    pub fn end_paragraph(&mut self, mentions: &[Mentioned]) {
        for m in mentions {
            if self.is_person(&m.who) {
                self.recent.retain(|r| r != &m.who);
                self.recent.push(m.who.clone());
            }
        }
        let n = self.recent.len();
        if n > 16 {
            self.recent.drain(..n - 16);
        }
    }

    /// "le ministre", "la présidente": the person last mentioned (in this paragraph before the
    /// quote, else in earlier ones) whose title — learnt in the article or held at the date in
    /// the gazetteer — has that head noun.
    /// A nationality ("le ministre allemand") must agree: the candidate's title says it too.
    fn by_head_noun(&self, head: &str, gender: Option<Gender>, nat: Option<&str>, ctx: &Scope) -> Option<SpeakerRef> {
        let m_hi = ctx.mentions.partition_point(|m| m.span.end <= ctx.at);
        let here = ctx.mentions[..m_hi].iter().rev().take(8).map(|m| &m.who);
        let earlier = self.recent.iter().rev();
        let same = |w: &str| w == head || w.strip_suffix('e') == Some(head) || head.strip_suffix('e') == Some(w);
        // "le dirigeant comorien" after "le président comorien X": any title, same nationality.
        let generic = self.k.lang.is_generic_leader(head) && nat.is_some();
        let agrees = |words: &mut dyn Iterator<Item = String>| {
            let words: Vec<String> = words.collect();
            words.iter().any(|x| same(x) || generic && self.k.lang.is_title_word(x))
                && nat.is_none_or(|n| words.iter().any(|x| self.k.lang.nationality(x) == Some(n)))
        };
        here.chain(earlier)
            .find(|w| {
                self.is_person(w)
                    && self.gender_ok(w, gender)
                    && (self
                        .people
                        .descriptions
                        .iter()
                        .any(|d| d.at < ctx.at && &d.who == *w && agrees(&mut d.words.iter().cloned()))
                        || match w {
                            SpeakerRef::Entry(e) => self.g.entries[*e].roles.iter().any(|r| {
                                self.date.as_ref().is_none_or(|d| crate::model::role_covers(r, d))
                                    && agrees(&mut crate::text::words(&r.title).map(|x| fold(x.text)))
                            }),
                            SpeakerRef::Name(_) | SpeakerRef::Collective(..) => false,
                        })
            })
            .cloned()
    }

    /// The person last named before byte `at` whom a pronoun of gender `g` may stand for: in
    /// the paragraph before it (outside quotations), else in the paragraphs before.
    fn latest_person(&self, g: &Gender, at: usize, ctx: &Scope) -> Option<SpeakerRef> {
        let ok = |w: &SpeakerRef| self.is_person(w) && self.gender_ok(w, Some(*g));
        let m_hi = ctx.mentions.partition_point(|m| m.span.end <= at);
        let quoted = |m: &Mentioned| ctx.quoted.iter().any(|q| q.start <= m.span.start && m.span.end <= q.end);
        ctx.mentions[..m_hi]
            .iter()
            .rev()
            .filter(|m| !quoted(m))
            .map(|m| &m.who)
            .chain(self.recent.iter().rev())
            .find(|w| ok(w))
            .cloned()
    }

    /// The person last described (before byte `at`) with a title whose words include all the
    /// title words, nationalities and names of `key` (a definite description without its
    /// determiner), synonyms read as the usual title: "premier ministre" matches "premier
    /// ministre irakien"; "ministre allemand" does not match "ministre letton".
    fn by_title_words(&self, key: &[&str], at: usize) -> Option<SpeakerRef> {
        let lang = self.k.lang;
        // From the title on, as descriptions are learnt ("le triple champion olympique"); a
        // title in a complement describes someone else ("la nièce du monarque").
        let first = (0..key.len()).find(|&i| lang.is_title_word(key[i]) || lang.title_synonym(&key[i..]).is_some())?;
        if key[..first].iter().any(|w| is_of(self.k.lang, w)) {
            return None;
        }
        let want = title_content(lang, key);
        let head = want.iter().position(|w| lang.is_title_word(w))?;
        let want = &want[head..];
        self.people.descriptions.iter().rev().filter(|d| d.at < at).find_map(|d| {
            let words: Vec<&str> = d.words.iter().map(String::as_str).collect();
            let have = title_content(lang, &words);
            // The same head: "la mère de l'adolescente" is not "l'avocat de la mère de
            // l'adolescente".
            let same_head = have.iter().find(|w| lang.is_title_word(w)) == want.first();
            let mut it = have.iter();
            let subsequence = want.iter().all(|w| it.any(|h| h == w));
            (same_head && subsequence && self.is_person(&d.who)).then(|| d.who.clone())
        })
    }

    /// An organisation named by its own (capitalised) name, not by a common noun.
    fn named_organisation(&self, who: &SpeakerRef) -> bool {
        match who {
            SpeakerRef::Entry(e) => self.g.entries[*e].kind != SpeakerKind::Person,
            SpeakerRef::Collective(name, SpeakerKind::Institution) => name.starts_with(char::is_uppercase),
            _ => false,
        }
    }

    /// Make `who` the speaker in focus (pronouns refer to it).
    pub fn push_focus(&mut self, who: &SpeakerRef) {
        self.untitled = None;
        self.focus.retain(|f| f != who);
        self.focus.push(who.clone());
        if self.focus.len() > 8 {
            self.focus.remove(0);
        }
    }

    /// Whether `who` can be what a singular pronoun of gender `want` stands for (anyone when
    /// the gender is not known).
    pub fn gender_ok(&self, who: &SpeakerRef, want: Option<Gender>) -> bool {
        let Some(want) = want else { return true };
        if self.people.is_plural(&self.k, who) {
            return false;
        }
        self.people.gender(&self.k, who).is_none_or(|g| g == want)
    }

    /// Whether the mention starting at token `m` is the subject of its sentence (starts it,
    /// or follows a comma), not the complement of a preposition.
    pub fn subject_position(lang: &dyn Language, text: &str, toks: &[Token], sentence_tok: usize, m: usize) -> bool {
        let mut j = m;
        for _ in 0..9 {
            if j <= sentence_tok {
                return true;
            }
            let g = gap(text, toks, j, toks[0].start);
            let honorific = g.trim() == "." && lang.is_honorific(&toks[j - 1].folded);
            if !is_tight(g) && !honorific {
                return g.contains([',', '–', '—', ':', ';', ')']);
            }
            let p = &toks[j - 1];
            // "celle d'Abraham Lincoln": a complement.
            if j == m && lang.function_word(&p.folded).of && !p.cap() {
                return false;
            }
            if is_stop_prep(lang, p) {
                return false;
            }
            // After a verb or its subject pronoun, an object: "Dans sa déclaration, il a salué
            // Paul Roy", "…, le ministre a reçu X" (not right after "est": "C'est X qui").
            if !p.cap() && (lang.is_auxiliary(&p.folded) && j < m || personal_pronoun(lang, &p.folded)) {
                return false;
            }
            if lang.function_word(&p.folded).opens_phrase()
                && !(j >= 2 && lang.function_word(&toks[j - 2].folded).bare_of())
            {
                let k = j - 1;
                return k <= sentence_tok || gap(text, toks, k, toks[0].start).contains([',', '–', '—', ':', ';', ')']);
            }
            j -= 1;
        }
        false
    }

    /// Resolve a pronoun at byte `at`: a subject of its sentence before it (outside quotes),
    /// else, sentence by sentence back, the subject of each, then the others it names, a
    /// person before an institution; else the speaker in focus. Gender must agree.
    pub fn pronoun(&self, pron: &str, ctx: &Scope) -> Option<SpeakerRef> {
        self.pronoun_how(pron, ctx).map(|(w, _)| w)
    }

    /// [`Article::pronoun`], and whether it was found in the text or only guessed from focus.
    /// Only a singular pronoun of one gender stands for one speaker ("on", "ils" do not).
    pub fn pronoun_how(&self, pron: &str, ctx: &Scope) -> Option<(SpeakerRef, How)> {
        self.by_gender(self.k.lang.pronoun_gender(pron)?, ctx)
    }

    /// Who a singular pronoun of gender `want` stands for (see [`Article::pronoun`]).
    pub fn by_gender(&self, want: Gender, ctx: &Scope) -> Option<(SpeakerRef, How)> {
        let ok = |w: &SpeakerRef| self.gender_ok(w, Some(want));
        // The nearest subject before the pronoun, a person first (a dateline city is not "il").
        // In a relative clause ("X a réuni A, B et C, à la suite de laquelle il a dit"), the
        // main clause's subject: the sentence's first.
        let p = ctx.toks.partition_point(|t| t.start < ctx.at);
        let relative = p > 0 && self.k.lang.function_word(&ctx.toks[p - 1].folded).relative;
        let here = if relative {
            self.sentence_subject(ctx, |w| self.is_person(w) && ok(w))
        } else {
            self.nearest_subject(ctx, |w| self.is_person(w) && ok(w))
        };
        let here = here.or_else(|| self.nearest_subject(ctx, ok));
        if let Some(w) = here {
            return Some((w, How::Pronoun));
        }
        // "A cette occasion, le Général d'Armée a prononcé une allocution à l'entame de laquelle
        // il a souhaité …": the sentence opens on a title the article gave someone.
        if let Some(w) = self.opening_title_holder(want, ctx).filter(|w| ok(w)) {
            return Some((w, How::Pronoun));
        }
        // "Ce dernier n'était pas au courant : « … », déclare-t-il": the sentence opens on the
        // person named last.
        if let Some(w) = self.anaphor_opening(ctx).filter(|w| ok(w)) {
            return Some((w, How::Pronoun));
        }
        // A name of the same gender earlier in the sentence, even not as its subject ("Le 13
        // octobre la SDJ fait paraître une tribune dans laquelle elle demande").
        let m_hi = ctx.mentions.partition_point(|m| m.span.end <= ctx.at);
        let same_sentence = ctx.mentions[..m_hi].iter().rev().take_while(|m| m.span.start >= ctx.sentence.start);
        // ("Après avoir qualifié X de dangereux, il annonce": the opening clause's subject is
        // the pronoun's; the names in it are its objects.)
        let opening = self.nonfinite_opening(ctx).filter(|&end| end <= ctx.at);
        for m in same_sentence.filter(|m| opening.is_none_or(|end| m.span.start >= end)) {
            let quoted = ctx.quoted.iter().any(|q| q.start <= m.span.start && m.span.end <= q.end);
            if quoted || complement(self.k.lang, ctx, m.tok) {
                continue;
            }
            if !quoted && self.people.gender(&self.k, &m.who) == Some(want) && !self.people.is_plural(&self.k, &m.who) {
                return Some((m.who.clone(), How::Pronoun));
            }
        }
        // The sentence before had for subject a title nobody holds ("le Premier ministre a
        // appelé à …"): the pronoun stands for that title's holder — the person the article
        // described with those words, if any; else nobody it named ("Interrogé sur France
        // Inter, le secrétaire général de la CGT a estimé …, a-t-il déclaré" is not the minister
        // of the paragraph before).
        let untitled = self.untitled_for_gender(Some(want));
        // (Only a title: "l'encyclopédie en ligne demeurera …" names no one's function.)
        // A specific office ("le secrétaire général du syndicat") may be held by someone not
        // named yet; a bare description ("la responsable syndicale") refers back to someone named.
        let head_is_title = |t: &&str| {
            crate::text::words(t).nth(1).is_some_and(|w| self.k.lang.is_title_word(&fold(w.text)))
                && crate::text::words(t).any(|w| is_of(self.k.lang, &fold(w.text)))
        };
        if let Some(title) = untitled.filter(head_is_title) {
            // (A person that title's sentence named: "le dirigeant de l'Autorité Ömer Sayan".)
            let last = self.history.last().filter(|r| r.untitled);
            let last = last.into_iter().flat_map(|r| r.subject.iter().chain(&r.others));
            if let Some(w) = last.into_iter().find(|w| self.is_person(w) && ok(w)) {
                return Some((w.clone(), How::Pronoun));
            }
            let words: Vec<String> = crate::text::words(title).map(|w| fold(w.text)).collect();
            let key: Vec<&str> = words.iter().skip(1).map(String::as_str).collect();
            let nat = key.iter().skip(1).find_map(|w| self.k.lang.nationality(w));
            return self
                .by_title_words(&key, ctx.at)
                // (A bare head noun, "le ministre", as `resolve_np` reads one.)
                .or_else(|| {
                    key.first().filter(|_| key.len() <= 2).and_then(|h| self.by_head_noun(h, Some(want), nat, ctx))
                })
                .filter(|w| ok(w))
                .map(|w| (w, How::Description));
        }
        // A bare title of the country the article is written from: its holder then.
        if let Some(title) = untitled {
            let words: Vec<String> = crate::text::words(title).map(|w| fold(w.text)).collect();
            let words: Vec<&str> = words.iter().map(String::as_str).collect();
            if let Some(w) = self.home_holder(&words).filter(|w| ok(w)) {
                return Some((w, How::Anaphor));
            }
        }
        // Else the pronoun stands for a person (maybe named earlier), not for an institution
        // quoted before.
        let untitled = untitled.is_some();
        let ok = |w: &SpeakerRef| ok(w) && (!untitled || self.is_person(w));
        for rec in self.history.iter().rev().take(5) {
            if let Some(s) = rec.subject.as_ref().filter(|s| ok(s)) {
                return Some((s.clone(), How::Pronoun));
            }
            // Others named in passing stand for a pronoun only if they are people.
            if let Some(w) = rec.others.iter().find(|w| self.is_person(w) && ok(w)) {
                return Some((w.clone(), How::Pronoun));
            }
        }
        self.focus.iter().rev().find(|w| ok(w)).map(|w| (w.clone(), How::Focus))
    }

    /// The person the article described with the definite title opening the scope's sentence
    /// (after a fronted adverbial), before `ctx.at`: "le Général d'Armée" after "le Général
    /// d'Armée Saïd Chanegriha".
    fn opening_title_holder(&self, want: Gender, ctx: &Scope) -> Option<SpeakerRef> {
        let lang = self.k.lang;
        let all = crate::text::tokens::within(ctx.toks, &ctx.sentence);
        let toks = &all[..all.len().min(24)];
        let from = toks.first()?.start;
        // (After an opening complement and its comma: "A cette occasion, le général …".)
        let s = match toks.first().is_some_and(|t| lang.function_word(&t.folded).singular_definite()) {
            true => 0,
            false => (1..toks.len().min(12)).find(|&j| {
                gap(ctx.text, toks, j, from).trim() == "," && lang.function_word(&toks[j].folded).singular_definite()
            })?,
        };
        let (det, head) = (toks.get(s)?, toks.get(s + 1)?);
        if !lang.function_word(&det.folded).singular_definite() || !lang.is_title_word(&head.folded) {
            return None;
        }
        let end = (s + 2..toks.len().min(s + 8))
            .find(|&j| !is_tight(gap(ctx.text, toks, j, from)) || lang.is_auxiliary(&toks[j].folded))?;
        if toks[end - 1].end > ctx.at || !lang.is_auxiliary(&toks[end].folded) {
            return None;
        }
        let key: Vec<&str> = toks[s + 1..end].iter().map(|t| t.folded.as_str()).collect();
        let nat = key.iter().find_map(|w| lang.nationality(w));
        self.by_title_words(&key, ctx.at)
            .or_else(|| (key.len() <= 2).then(|| self.by_head_noun(key[0], Some(want), nat, ctx)).flatten())
            .filter(|w| self.is_person(w))
    }

    /// The institution the words `name` name: the gazetteer's, else one named as written.
    pub fn institution_named(&self, name: &str) -> SpeakerRef {
        let name = fold_whitespace(name);
        match self.g.lookup(&name) {
            Some(e) => SpeakerRef::Entry(e),
            None => SpeakerRef::Collective(name, SpeakerKind::Institution),
        }
    }

    /// Who owns the document word `toks[j]` names, when the words from its determiner say so
    /// ("un communiqué du ministère de la Défense", "le rapport de Greenpeace").
    pub fn document_owner_at(&self, text: &str, toks: &[Token], j: usize) -> Option<SpeakerRef> {
        let doc = j >= 1 && !toks[j].cap() && self.k.lang.is_document_noun(&toks[j].folded);
        let owner = doc.then(|| document_owner(self.k.lang, text, &toks[j - 1..])).flatten()?;
        Some(self.institution_named(&text[owner]))
    }

    /// Whether `who` is an organisation (the gazetteer's or one the text named), not a person.
    pub fn is_organisation(&self, who: &SpeakerRef) -> bool {
        match who {
            SpeakerRef::Collective(_, kind) => *kind == SpeakerKind::Institution,
            SpeakerRef::Entry(e) => self.g.entries[*e].kind != SpeakerKind::Person,
            SpeakerRef::Name(_) => false,
        }
    }

    /// A sentence is done: remember its subject and the others it named.
    pub fn end_sentence(&mut self, ctx: &Scope, subject: Option<SpeakerRef>) {
        let untitled = std::mem::take(&mut self.untitled_pending);
        // A sentence opening on "Il"/"Elle" has that pronoun for subject.
        let first = ctx.toks.get(ctx.toks.partition_point(|t| t.start < ctx.sentence.start));
        let lang = self.k.lang;
        let opens_on_pronoun = first.is_some_and(|t| personal_pronoun(lang, &t.folded));
        let subject = subject
            .or_else(|| self.anaphor_opening(ctx))
            .or_else(|| if opens_on_pronoun { self.leading_pronoun(ctx) } else { None })
            .or_else(|| self.sentence_subject(ctx, |_| true))
            .or_else(|| self.leading_pronoun(ctx))
            .or_else(|| self.passive_agent(ctx));
        self.note_documents(ctx, subject.as_ref());
        let mut others: Vec<SpeakerRef> = Vec::new();
        for w in self.subjects_all(ctx) {
            if Some(&w) != subject.as_ref() && !others.contains(&w) {
                others.push(w);
            }
        }
        if subject.is_some() || !others.is_empty() {
            self.history.push(SentenceRecord { subject, others, untitled, end: ctx.sentence.end });
            if self.history.len() > HISTORY_LEN {
                self.history.remove(0);
            }
        }
    }

    /// Remember the documents the sentence names with their owner, outside quotations ("selon
    /// un communiqué de Turkey Blocks"); one without is its subject's ("Dans une lettre aux
    /// salariés, le PDG explique …").
    fn note_documents(&mut self, ctx: &Scope, subject: Option<&SpeakerRef>) {
        let lang = self.k.lang;
        let toks = crate::text::tokens::within(ctx.toks, &ctx.sentence);
        for j in 1..toks.len() {
            let t = &toks[j];
            if t.cap()
                || !language::is(lang, t, word::DOCUMENT_NOUN)
                || super::tokens::in_quoted(ctx.quoted, t.start..t.end)
            {
                continue;
            }
            let who = match self.document_owner_at(ctx.text, toks, j) {
                Some(owner) => owner,
                None => match subject {
                    Some(w) => w.clone(),
                    None => continue,
                },
            };
            self.documents.retain(|(n, _)| n.as_str() != t.folded.as_str());
            self.documents.push((t.folded.to_string(), who));
            if self.documents.len() > 8 {
                self.documents.remove(0);
            }
        }
    }

    /// "La loi a été suspendue par le juge Piotr Zielinski": the person who acts in a passive
    /// sentence is its agent, the one "il" refers to next.
    fn passive_agent(&self, ctx: &Scope) -> Option<SpeakerRef> {
        let lang = self.k.lang;
        let from = ctx.toks.first()?.start;
        let m_lo = ctx.mentions.partition_point(|m| m.span.start < ctx.sentence.start);
        let m_hi = ctx.mentions.partition_point(|m| m.span.end <= ctx.sentence.end).max(m_lo);
        let quoted = |m: &Mentioned| ctx.quoted.iter().any(|q| q.start <= m.span.start && m.span.end <= q.end);
        ctx.mentions[m_lo..m_hi].iter().filter(|m| !quoted(m) && self.is_person(&m.who)).find_map(|m| {
            // Back over the title and determiner to "par".
            let mut j = m.tok;
            while j > 0 && m.tok - j < 6 && is_tight(gap(ctx.text, ctx.toks, j, from)) {
                let p = &ctx.toks[j - 1];
                if lang.is_agent_preposition(&p.folded) {
                    let lo = (j - 1).saturating_sub(4);
                    let passive = ctx.toks[lo..j - 1].iter().any(|t| lang.is_passive_auxiliary(&t.folded));
                    return passive.then(|| m.who.clone());
                }
                if !(lang.function_word(&p.folded).opens_phrase() || lang.is_title_word(&p.folded) || !p.cap()) {
                    return None;
                }
                j -= 1;
            }
            None
        })
    }

    /// "Ce dernier a refusé", "Celle-ci …": a sentence opening on words for the person named
    /// last stands for that person.
    fn anaphor_opening(&self, ctx: &Scope) -> Option<SpeakerRef> {
        let s = ctx.toks.partition_point(|t| t.start < ctx.sentence.start);
        let [a, b] = ctx.toks.get(s..s + 2)? else { return None };
        if b.start >= ctx.at || !is_tight(gap(ctx.text, ctx.toks, s + 1, ctx.toks[0].start)) {
            return None;
        }
        let g = self.k.lang.latest_anaphor([a.folded.as_str(), b.folded.as_str()])?;
        self.latest_person(&g, a.start, ctx)
    }

    /// "Il a ensuite prononcé …", "Mais, selon elle, …": a sentence whose subject is a pronoun
    /// stands for whom that pronoun does.
    pub fn leading_pronoun(&self, ctx: &Scope) -> Option<SpeakerRef> {
        let s = ctx.toks.partition_point(|t| t.start < ctx.sentence.start);
        let e = ctx.toks.partition_point(|t| t.end <= ctx.sentence.end.min(ctx.at)).max(s);
        // Only a subject: at the start, or after an opening clause ("Ensuite, il", "…, il a
        // donc"), which is short: the sentence's first words are enough.
        let t = &ctx.toks[s..e.min(s + LEADING_CLAUSE_WORDS)];
        let quoted = |w: &Token| super::tokens::in_quoted(ctx.quoted, w.start..w.end);
        let p = t.iter().enumerate().position(|(p, w)| {
            personal_pronoun(self.k.lang, &w.folded)
                && !quoted(w)
                && (p == 0 || gap(ctx.text, ctx.toks, s + p, ctx.toks[0].start).contains(','))
        })?;
        let impersonal = ctx.toks.get(s + p + 1).is_some_and(|n| self.k.lang.makes_il_impersonal(&n.folded));
        if impersonal {
            return None;
        }
        self.pronoun(t[p].folded.as_str(), &Scope { at: t[p].start, sentence: ctx.sentence.clone(), ..*ctx })
    }

    /// The unresolved title the text last made its subject ("la ministre de la Transition
    /// écologique"), for the cue of a pronoun that refers to it.
    pub fn untitled_for(&self, pron: &str) -> Option<&str> {
        self.untitled_for_gender(self.k.lang.pronoun_gender(pron))
    }

    /// [`Article::untitled_for`] a pronoun of gender `g`.
    fn untitled_for_gender(&self, g: Option<Gender>) -> Option<&str> {
        self.untitled.as_ref().filter(|(_, ug)| ug.is_none() || *ug == g).map(|(t, _)| t.as_str())
    }

    /// A sentence with no known subject: if it opens with a definite title ("La ministre de
    /// la Transition écologique a exhorté …"), that title is now what "il"/"elle" refer to.
    pub fn note_sentence_without_subject(&mut self, text: &str, toks: &[Token], sentence: Range<usize>) {
        let mut s = toks.partition_point(|t| t.start < sentence.start);
        // (Or right after an opening clause: "Dans un entretien au Matin, le ministre a dit",
        // "Lors d'une interview sur France Inter, ce jeudi matin, le secrétaire général a dit".)
        if !toks.get(s).is_some_and(|t| self.k.lang.function_word(&t.folded).opens_phrase()) {
            let from = toks.first().map_or(0, |t| t.start);
            let comma = (s + 1..(s + 16).min(toks.len())).take_while(|&j| toks[j].end <= sentence.end).find(|&j| {
                gap(text, toks, j, from).trim() == "," && self.k.lang.function_word(&toks[j].folded).singular_definite()
            });
            match comma {
                Some(j) => s = j,
                None => return,
            }
        }
        let Some(first) = toks.get(s).filter(|t| t.end <= sentence.end) else { return };
        if !self.k.lang.function_word(&first.folded).singular_definite() {
            return;
        }
        let gender = self.k.lang.title_gender(&first.folded);
        // Up to the verb group: an auxiliary or reporting verb, at most 10 words on.
        let from = toks[0].start;
        for j in s + 2..(s + 11).min(toks.len()) {
            let t = &toks[j];
            if t.end > sentence.end || !is_tight(gap(text, toks, j, from)) {
                return;
            }
            // ("le chef de l'État a dit": an elided article after "de", not the clitic of "l'a dit".)
            let article = self.k.lang.function_word(&toks[j - 1].folded).bare_of() && !toks[j - 1].cap();
            if !t.cap() && !article && (self.k.lang.is_auxiliary(&t.folded) || self.k.lang.is_reporting_verb(&t.folded))
            {
                let head = &toks[s + 1];
                // A title starts with a lowercase noun ("ministre"), not a name or a thing
                // we cannot tell from one ("Le gouvernement" is fine, "La France" is a name;
                // "le Premier ministre" is a title written with a capital).
                if !head.cap() || self.k.lang.is_title_word(&head.folded) {
                    let title = fold_whitespace(&text[first.start..toks[j - 1].end]);
                    let mut title_lc = title.clone();
                    title_lc[..first.text.len()].make_ascii_lowercase();
                    self.untitled = Some((title_lc, gender));
                    self.untitled_pending = true;
                }
                return;
            }
        }
    }

    fn subjects<'s>(&self, ctx: &'s Scope) -> impl DoubleEndedIterator<Item = &'s Mentioned> + 's
    where
        'a: 's,
    {
        let stok = ctx.toks.partition_point(|t| t.start < ctx.sentence.start);
        let (sentence, at, text, toks) = (ctx.sentence.clone(), ctx.at, ctx.text, ctx.toks);
        let lang = self.k.lang;
        let lo = ctx.quoted.partition_point(|q| q.end <= sentence.start);
        let hi = ctx.quoted.partition_point(|q| q.start < at).max(lo);
        let quoted = &ctx.quoted[lo..hi];
        // Mentions are in text order and never overlap (so their ends are in order too): the
        // sentence's, before `at`, are one slice, found by binary search rather than a scan of
        // the whole paragraph for every quote.
        let m_lo = ctx.mentions.partition_point(|m| m.span.start < sentence.start);
        let m_hi = ctx.mentions.partition_point(|m| m.span.end <= at).max(m_lo);
        let in_quote = move |m: &Mentioned| super::tokens::in_quoted(quoted, m.span.clone());
        ctx.mentions[m_lo..m_hi]
            .iter()
            .filter(move |m| m.span.start >= sentence.start && m.span.end <= at)
            .filter(move |m| !in_quote(m))
            .filter(move |m| Self::subject_position(lang, text, toks, stok, m.tok) && !complement(lang, ctx, m.tok))
            // ("X - qui regroupe la Russie, l'Inde … -, Y a dit": an aside's names are no subjects.)
            .filter(move |m| !in_aside(text, &sentence, &m.span))
    }

    /// Everyone the scope's sentence names outside quotation marks, in text order.
    fn subjects_all(&self, ctx: &Scope) -> Vec<SpeakerRef> {
        let (sentence, quoted) = (ctx.sentence.clone(), ctx.quoted);
        ctx.mentions
            .iter()
            .filter(|m| m.span.start >= sentence.start && m.span.end <= sentence.end)
            .filter(|m| !quoted.iter().any(|q| q.start <= m.span.start && m.span.end <= q.end))
            .map(|m| m.who.clone())
            .collect()
    }

    /// "Le ministre Jean Roy sent « … »", "X a vu « … »": the sentence's person subject with
    /// only its verb (maybe after an auxiliary) between it and `ctx.at`.
    pub fn subject_then_verb(&self, ctx: &Scope) -> Option<SpeakerRef> {
        let lang = self.k.lang;
        // (The last person named before it, not after a preposition: "Le ministre des Affaires
        // étrangères X sent" names X after the title's complement.)
        let m_hi = ctx.mentions.partition_point(|m| m.span.end <= ctx.at);
        let m = ctx.mentions[..m_hi].last().filter(|m| m.span.start >= ctx.sentence.start && self.is_person(&m.who))?;
        if m.tok > 0 && is_stop_prep(lang, &ctx.toks[m.tok - 1]) || super::tokens::in_quoted(ctx.quoted, m.span.clone())
        {
            return None;
        }
        let words = crate::text::tokens::within(ctx.toks, &(m.span.end..ctx.at));
        let verb = match words {
            [v] => v,
            [aux, v] if lang.is_auxiliary(&aux.folded) && !aux.cap() => v,
            _ => return None,
        };
        let lead = ctx.text.get(m.span.end..verb.start).is_some_and(is_tight);
        let close = ctx.text.get(verb.end..ctx.at).is_some_and(|g| g.trim().chars().all(|c| !c.is_alphanumeric()));
        let verb_like = !verb.cap() && !lang.is_function_word(&verb.folded) && !lang.is_determiner(&verb.folded);
        (lead && close && verb_like && !lang.is_copula(&verb.folded)).then(|| m.who.clone())
    }

    /// The first subject-position mention of the scope's sentence before `ctx.at`.
    pub fn sentence_subject(&self, ctx: &Scope, ok: impl Fn(&SpeakerRef) -> bool) -> Option<SpeakerRef> {
        self.subjects(ctx).find(|m| ok(&m.who)).map(|m| m.who.clone())
    }

    /// The last subject-position mention of the scope's sentence before `ctx.at`.
    fn nearest_subject(&self, ctx: &Scope, ok: impl Fn(&SpeakerRef) -> bool) -> Option<SpeakerRef> {
        self.subjects(ctx).rev().find(|m| ok(&m.who)).map(|m| m.who.clone())
    }

    /// Resolve a subject. None when the text does not say who.
    pub fn resolve(&mut self, subject: &Subject, ctx: &Scope) -> Option<(SpeakerRef, How)> {
        match subject {
            // What a pronoun stands for comes before it: "Il a dit que le gouvernement « … »"
            // is not the government speaking.
            Subject::Pronoun(p, at) => {
                self.pronoun_how(p, &Scope { at: at.start.min(ctx.at), sentence: ctx.sentence.clone(), ..*ctx })
            }
            Subject::Sentence => {
                // "Après avoir salué « … », la ministre a précisé": the words are in the opening
                // clause; its subject is the main clause's, after its comma.
                if let Some(found) = self.after_nonfinite_opening(ctx) {
                    return Some(found);
                }
                if let Some(w) = self.sentence_subject(ctx, |_| true).or_else(|| self.leading_pronoun(ctx)) {
                    return Some((w, How::Pronoun));
                }
                // "C'est ce qu'a annoncé X, soulignant que « … »": the subject the opening
                // back-reference names after its verb.
                if let Some(found) = self.back_referenced(ctx) {
                    return Some(found);
                }
                // A subject the mention pass did not take for a name ("Le Vatican riposte …
                // et dénonce", "Le 4 avril, Amnesty International publie …, invitant à").
                if let Some(found) = self.opening_subject(ctx) {
                    return Some(found);
                }
                // "Et d'ajouter : « … »", "Et de poursuivre": the narrative infinitive goes on
                // with the speaker in focus.
                let s = ctx.toks.partition_point(|t| t.start < ctx.sentence.start);
                let lang = self.k.lang;
                if let [et, de, verb, ..] = &ctx.toks[s..] {
                    if lang.function_word(&et.folded).and
                        && lang.function_word(&de.folded).bare_of()
                        && lang.is_reporting_verb(&verb.folded)
                        && verb.end <= ctx.at
                    {
                        if let Some(w) = self.focus.last() {
                            return Some((w.clone(), How::Pronoun));
                        }
                    }
                }
                // "Une source proche de l'enquête affirme …, tout en ajoutant que « … »": the text
                // does not say who.
                if self.opens_on_someone_unnamed(ctx) {
                    return None;
                }
                // Else whom the article was last about: a guess.
                self.focus.last().cloned().map(|w| (w, How::Focus))
            }
            Subject::Np(r) => self.resolve_np(ctx.text, r.clone(), ctx),
            Subject::Unnamed => None,
        }
    }

    /// The subject right after the opening non-finite clause that holds `ctx.at`, when a verb
    /// follows it: "Après avoir salué « … », la ministre a précisé".
    pub fn after_nonfinite_opening(&mut self, ctx: &Scope) -> Option<(SpeakerRef, How)> {
        let end = self.nonfinite_opening(ctx).filter(|&e| e > ctx.at)?;
        let lang = self.k.lang;
        let k = ctx.toks.partition_point(|t| t.start < end);
        let np = super::incise::noun_phrase(lang, ctx.text, ctx.toks, k)?;
        let after = ctx.toks.partition_point(|t| t.start < np.end);
        if np.end > ctx.sentence.end || !crate::corpus::read::mentions::verb_follows(lang, ctx.text, ctx.toks, after) {
            return None;
        }
        self.resolve_np(ctx.text, np.clone(), &Scope { at: np.start, sentence: ctx.sentence.clone(), ..*ctx })
    }

    /// Where the opening non-finite clause of the scope's sentence ends ("Après avoir
    /// rencontré X,", "Avant de quitter Y,"): its comma. None when the sentence has none.
    fn nonfinite_opening(&self, ctx: &Scope) -> Option<usize> {
        let lang = self.k.lang;
        let toks = crate::text::tokens::within(ctx.toks, &ctx.sentence);
        let (a, b) = (toks.first()?, toks.get(1)?);
        if !lang.opens_nonfinite_clause([a.folded.as_str(), b.folded.as_str()]) {
            return None;
        }
        let from = a.start;
        (2..toks.len().min(30)).find(|&j| gap(ctx.text, toks, j, from).contains(',')).map(|j| toks[j].start)
    }

    /// The speaker a sentence opening on a back-reference names ("C'est ce qu'a annoncé X",
    /// "Ce sont les mots de X"), resolved.
    fn back_referenced(&mut self, ctx: &Scope) -> Option<(SpeakerRef, How)> {
        let lang = self.k.lang;
        let toks = crate::text::tokens::within(ctx.toks, &ctx.sentence);
        let words: Vec<&str> = toks.iter().take(8).map(|t| t.folded.as_str()).collect();
        let (n, speaker_follows) = lang.back_reference(&words)?;
        let rest = toks.get(n..)?;
        let subject = if speaker_follows {
            super::incise::speaker_phrase(lang, ctx.text, rest, 0)?.1
        } else {
            super::incise::parse_inverted(lang, ctx.text, rest)?.subject
        };
        match subject {
            Subject::Sentence => None,
            s => self.resolve(&s, ctx),
        }
    }

    /// The noun phrase opening the scope's sentence (after a fronted adverbial: "Le 17
    /// janvier, …", "Dans un communiqué, …") and followed by its verb, resolved: a name, or a
    /// determiner, its head noun and complements ("le gouvernement des États-Unis publie").
    /// Only the sentence's first words are read.
    pub fn opening_subject(&mut self, ctx: &Scope) -> Option<(SpeakerRef, How)> {
        let lang = self.k.lang;
        let text = ctx.text;
        let all = crate::text::tokens::within(ctx.toks, &ctx.sentence);
        let toks = &all[..all.len().min(24)];
        let from = toks.first()?.start;
        let words = |j: usize| [0, 1, 2].map(|d| toks.get(j + d).map_or("", |t| t.folded.as_str()));
        let s = opening_start(lang, text, toks)?;
        let mut j = s;
        if toks.get(j).is_some_and(|t| self.k.lang.function_word(&t.folded).definite_alone()) {
            j += 1;
            // The head noun, lowercase or not.
            toks.get(j).filter(|t| !lang.is_function_word(&t.folded) && is_tight(gap(text, toks, j, from)))?;
            j += 1;
        } else {
            toks.get(j).filter(|t| t.cap() && !lang.is_function_word(&t.folded) && !lang.is_pronoun(&t.folded))?;
            j += 1;
        }
        while j < toks.len() && j < s + 8 && is_tight(gap(text, toks, j, from)) {
            let t = &toks[j];
            let joiner =
                self.k.lang.function_word(&t.folded).of || self.k.lang.function_word(&t.folded).definite_alone();
            let cap_next = toks.get(j + 1).is_some_and(|n| n.cap()) || toks.get(j + 2).is_some_and(|n| n.cap());
            let [w0, w1, _] = words(j);
            let tail = lang.organisation_tail([w0, w1]);
            if tail > 0 {
                j += tail;
            } else if t.cap() && !lang.is_function_word(&t.folded)
                || lang.nationality(&t.folded).is_some()
                || joiner && !t.cap() && cap_next
                || lang.is_name_particle(&t.folded)
            {
                j += 1;
            } else {
                break;
            }
        }
        // Its verb right after it (no comma: "X, attaché de presse, annonce" is a frame's).
        let verb = toks.get(j).filter(|t| {
            !t.cap() && is_tight(gap(text, toks, j, from)) && !lang.is_function_word(&t.folded)
                || lang.is_auxiliary(&t.folded)
        })?;
        let np = toks[s].start..toks[j - 1].end;
        if verb.start >= ctx.at || super::tokens::in_quoted(ctx.quoted, np.clone()) {
            return None;
        }
        let (who, how) = self.resolve_np(text, np, ctx)?;
        // A pronoun or a guess is the caller's to make.
        (how != How::Focus).then_some((who, how))
    }

    /// Whether the scope's sentence opens on someone the text does not name ("Une source
    /// proche de l'enquête affirme …", "Un responsable a indiqué …").
    fn opens_on_someone_unnamed(&self, ctx: &Scope) -> bool {
        let lang = self.k.lang;
        let all = crate::text::tokens::within(ctx.toks, &ctx.sentence);
        let toks = &all[..all.len().min(24)];
        let Some(s) = opening_start(lang, ctx.text, toks) else { return false };
        let (Some(det), Some(noun)) = (toks.get(s), toks.get(s + 1)) else { return false };
        let f = lang.function_word(&det.folded);
        f.indefinite && !f.plural && !noun.cap() && !lang.is_function_word(&noun.folded) && noun.start < ctx.at
    }
}

/// A subject pronoun standing for one person ("il", "elle"; not "on", "ils").
fn personal_pronoun(lang: &dyn Language, w: &str) -> bool {
    lang.is_subject_pronoun(w) && lang.pronoun_gender(w).is_some()
}

/// Where the subject of a sentence's words `toks` may start: after opening conjunctions and a
/// fronted adverbial with its comma ("Le 17 janvier, …", "Dans un communiqué, …").
fn opening_start(lang: &dyn Language, text: &str, toks: &[Token]) -> Option<usize> {
    let from = toks.first()?.start;
    let mut i = 0;
    while i < toks.len() && lang.is_opening_conjunction(&toks[i].folded) {
        i += 1;
    }
    let first = toks.get(i)?;
    let words = [0, 1, 2].map(|d| toks.get(i + d).map_or("", |t| t.folded.as_str()));
    let fronted = lang.is_complement_preposition(&first.folded)
        || lang.adverbial_len(words) > 0
        || first.text.starts_with(|c: char| c.is_ascii_digit())
        || lang.is_determiner(&first.folded) && toks.get(i + 1).is_some_and(|t| lang.day_number(&t.folded).is_some());
    if fronted {
        // Its comma, within ten words.
        i = (i + 1..toks.len().min(i + 10)).find(|&j| gap(text, toks, j, from).contains(','))?;
    }
    Some(i)
}
/// Whether `span` is inside an aside of the sentence: between dashes set off by spaces
/// (" - … -", " – … –") or in parentheses. Read within a few hundred bytes each side, so it
/// costs the same in any sentence.
fn in_aside(text: &str, sentence: &Range<usize>, span: &Range<usize>) -> bool {
    const NEAR: usize = 240;
    let from = crate::text::tokens::floor(text, span.start.saturating_sub(NEAR).max(sentence.start));
    let to = crate::text::tokens::floor(text, (span.end + NEAR).min(sentence.end));
    let (before, after) = (&text[from..span.start], &text[span.end..to.max(span.end)]);
    // (Most sentences have no aside: one byte search tells.)
    if memchr::memchr3(b'(', b'-', 0xE2, before.as_bytes()).is_none() {
        return false;
    }
    let dash = |s: &str, i: usize, c: char| {
        matches!(c, '-' | '–' | '—') && s[..i].ends_with(' ') && s[i + c.len_utf8()..].starts_with([' ', ','])
    };
    // Dashes before: an odd number leaves one open (when counted from the sentence's start).
    let open_dash = before.char_indices().filter(|&(i, c)| dash(before, i, c)).count() % 2 == 1;
    let closes_dash = after.char_indices().any(|(i, c)| dash(after, i, c));
    let open_paren = before.rfind('(').is_some_and(|o| !before[o..].contains(')'));
    let closes_paren = after.find(')').is_some_and(|c| !after[..c].contains('('));
    open_dash && closes_dash || open_paren && closes_paren
}

/// Where a resolution happens: the paragraph's words and mentions, the sentence, the position.
pub struct Scope<'t, 'a> {
    pub text: &'t str,
    pub toks: &'t [Token<'a>],
    /// The span of the paragraph whose words `toks` are.
    pub para: &'t Range<usize>,
    pub mentions: &'t [Mentioned],
    pub sentence: Range<usize>,
    pub at: usize,
    pub quoted: &'t [Range<usize>],
}

impl<'t, 'a> Scope<'t, 'a> {
    /// The paragraph's words, for the windows read near a quote.
    pub fn known(&self) -> Known<'t, 'a> {
        Known { span: self.para, toks: self.toks }
    }
}
