//! Who a subject refers to: gazetteer names and titles (titles resolved at the event's date),
//! surnames of people named earlier in the article, definite descriptions ("le général
//! chinois" = the person last introduced so), names the gazetteer does not know, and pronouns
//! (the subject of the sentence, else the speaker in focus).

use super::incise::Subject;
use super::tokens::{Known, Token};
use crate::corpus::read::knowledge::language::{self, word};
use crate::corpus::read::knowledge::{Knowledge, Language};
use crate::corpus::read::mentions::{gap, is_stop_prep, is_tight, particles_before_name, Mention, People, Referent};
use crate::corpus::read::SpeakerRef;
use crate::gazetteer::{Gazetteer, Gender, Target};
use crate::model::{fold_whitespace, FuzzyDate, SpeakerKind};
use crate::text::fold;
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

const DEFINITE: &[&str] = &["le", "la", "les", "l", "un", "une", "ce", "cette"];

/// What one sentence said about who acts: its subject, and the others it names (for pronouns
/// in the sentences after it).
#[derive(Debug, Clone, Default)]
pub struct SentenceRecord {
    pub subject: Option<SpeakerRef>,
    pub others: Vec<SpeakerRef>,
    /// Its subject was a title nobody was found for (the others may name its holder).
    pub untitled: bool,
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
    /// The last sentence subject that was a title nobody could be found for, with the pronoun
    /// it takes ("elle", "il", "" when unknown).
    untitled: Option<(String, &'static str)>,
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
    fn by_head_noun(&self, head: &str, pron: &str, nat: Option<&str>, ctx: &Scope) -> Option<SpeakerRef> {
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
                    && self.gender_ok(w, pron)
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
        let pron = if *g == Gender::F { "elle" } else { "il" };
        let ok = |w: &SpeakerRef| self.is_person(w) && self.gender_ok(w, pron);
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
        let want = title_content(lang, key);
        // From the title on, as descriptions are learnt ("le triple champion olympique").
        let Some(head) = want.iter().position(|w| lang.is_title_word(w)) else { return None };
        let want = &want[head..];
        self.people.descriptions.iter().rev().filter(|d| d.at < at).find_map(|d| {
            let words: Vec<&str> = d.words.iter().map(String::as_str).collect();
            let have = title_content(lang, &words);
            let mut it = have.iter();
            let subsequence = want.iter().all(|w| it.any(|h| h == w));
            (subsequence && self.is_person(&d.who)).then(|| d.who.clone())
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

    /// Whether `who` can be what the pronoun `pron` ("il", "elle") stands for.
    pub fn gender_ok(&self, who: &SpeakerRef, pron: &str) -> bool {
        let want = match pron {
            "il" | "lui" => Gender::M,
            "elle" => Gender::F,
            _ => return true,
        };
        if self.people.is_plural(who) {
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
            if j == m && matches!(p.folded.as_str(), "de" | "d" | "du" | "des") && !p.cap() {
                return false;
            }
            if is_stop_prep(lang, p) {
                return false;
            }
            if DEFINITE.contains(&p.folded.as_str()) && !(j >= 2 && matches!(toks[j - 2].folded.as_str(), "de" | "d")) {
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
    pub fn pronoun_how(&self, pron: &str, ctx: &Scope) -> Option<(SpeakerRef, How)> {
        if !matches!(pron, "il" | "elle" | "lui") {
            return None; // "on", "ils": not one speaker
        }
        let pron = if pron == "lui" { "il" } else { pron };
        let ok = |w: &SpeakerRef| self.gender_ok(w, pron);
        // The nearest subject before the pronoun, a person first (a dateline city is not "il").
        let here = self.nearest_subject(ctx, |w| self.is_person(w) && ok(w)).or_else(|| self.nearest_subject(ctx, ok));
        if let Some(w) = here {
            return Some((w, How::Pronoun));
        }
        // A name of the same gender earlier in the sentence, even not as its subject ("Le 13
        // octobre la SDJ fait paraître une tribune dans laquelle elle demande").
        let want = if pron == "elle" { Gender::F } else { Gender::M };
        let m_hi = ctx.mentions.partition_point(|m| m.span.end <= ctx.at);
        let same_sentence = ctx.mentions[..m_hi].iter().rev().take_while(|m| m.span.start >= ctx.sentence.start);
        for m in same_sentence {
            let quoted = ctx.quoted.iter().any(|q| q.start <= m.span.start && m.span.end <= q.end);
            if quoted || complement(self.k.lang, ctx, m.tok) {
                continue;
            }
            if !quoted && self.people.gender(&self.k, &m.who) == Some(want.clone()) && !self.people.is_plural(&m.who) {
                return Some((m.who.clone(), How::Pronoun));
            }
        }
        // The sentence before had for subject a title nobody holds ("le Premier ministre a
        // appelé à …"): the pronoun stands for that title's holder — the person the article
        // described with those words, if any; else nobody it named ("Interrogé sur France
        // Inter, le secrétaire général de la CGT a estimé …, a-t-il déclaré" is not the minister
        // of the paragraph before).
        let untitled = self.untitled_for(pron);
        // (Only a title: "l'encyclopédie en ligne demeurera …" names no one's function.)
        // A specific office ("le secrétaire général du syndicat") may be held by someone not
        // named yet; a bare description ("la responsable syndicale") refers back to someone named.
        let head_is_title = |t: &&str| {
            crate::text::words(t).nth(1).is_some_and(|w| self.k.lang.is_title_word(&fold(w.text)))
                && crate::text::words(t).any(|w| is_of(&fold(w.text)))
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
                .or_else(|| key.first().filter(|_| key.len() <= 2).and_then(|h| self.by_head_noun(h, pron, nat, ctx)))
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

    /// A sentence is done: remember its subject and the others it named.
    pub fn end_sentence(&mut self, ctx: &Scope, subject: Option<SpeakerRef>) {
        self.note_documents(ctx);
        let untitled = std::mem::take(&mut self.untitled_pending);
        // A sentence opening on "Il"/"Elle" has that pronoun for subject.
        let first = ctx.toks.get(ctx.toks.partition_point(|t| t.start < ctx.sentence.start));
        let opens_on_pronoun = first.is_some_and(|t| matches!(t.folded.as_str(), "il" | "elle"));
        let subject = subject
            .or_else(|| if opens_on_pronoun { self.leading_pronoun(ctx) } else { None })
            .or_else(|| self.sentence_subject(ctx, |_| true))
            .or_else(|| self.leading_pronoun(ctx))
            .or_else(|| self.passive_agent(ctx));
        let mut others: Vec<SpeakerRef> = Vec::new();
        for w in self.subjects_all(ctx) {
            if Some(&w) != subject.as_ref() && !others.contains(&w) {
                others.push(w);
            }
        }
        if subject.is_some() || !others.is_empty() {
            self.history.push(SentenceRecord { subject, others, untitled });
            if self.history.len() > 8 {
                self.history.remove(0);
            }
        }
    }

    /// Remember the documents the sentence names with their owner, outside quotations ("selon
    /// un communiqué de Turkey Blocks").
    fn note_documents(&mut self, ctx: &Scope) {
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
            if let Some(owner) = document_owner(lang, ctx.text, &toks[j - 1..]) {
                let name = fold_whitespace(&ctx.text[owner]);
                let who = match self.g.lookup(&name) {
                    Some(e) => SpeakerRef::Entry(e),
                    None => SpeakerRef::Collective(name, SpeakerKind::Institution),
                };
                self.documents.retain(|(n, _)| n.as_str() != t.folded.as_str());
                self.documents.push((t.folded.to_string(), who));
                if self.documents.len() > 8 {
                    self.documents.remove(0);
                }
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
                if p.folded == "par" {
                    let lo = (j - 1).saturating_sub(4);
                    let passive = ctx.toks[lo..j - 1].iter().any(|t| lang.is_passive_auxiliary(&t.folded));
                    return passive.then(|| m.who.clone());
                }
                if !(DEFINITE.contains(&p.folded.as_str()) || lang.is_title_word(&p.folded) || !p.cap()) {
                    return None;
                }
                j -= 1;
            }
            None
        })
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
            matches!(w.folded.as_str(), "il" | "elle")
                && !quoted(w)
                && (p == 0 || gap(ctx.text, ctx.toks, s + p, ctx.toks[0].start).contains(','))
        })?;
        let impersonal =
            ctx.toks.get(s + p + 1).is_some_and(|n| matches!(n.folded.as_str(), "y" | "faut" | "s" | "semble"));
        if impersonal {
            return None;
        }
        self.pronoun(t[p].folded.as_str(), &Scope { at: t[p].start, sentence: ctx.sentence.clone(), ..*ctx })
    }

    /// The unresolved title the text last made its subject ("la ministre de la Transition
    /// écologique"), for the cue of a pronoun that refers to it.
    pub fn untitled_for(&self, pron: &str) -> Option<&str> {
        let pron = if pron == "lui" { "il" } else { pron };
        self.untitled.as_ref().filter(|(_, g)| g.is_empty() || *g == pron).map(|(t, _)| t.as_str())
    }

    /// A sentence with no known subject: if it opens with a definite title ("La ministre de
    /// la Transition écologique a exhorté …"), that title is now what "il"/"elle" refer to.
    pub fn note_sentence_without_subject(&mut self, text: &str, toks: &[Token], sentence: Range<usize>) {
        let mut s = toks.partition_point(|t| t.start < sentence.start);
        // (Or right after an opening clause: "Dans un entretien au Matin, le ministre a dit",
        // "Lors d'une interview sur France Inter, ce jeudi matin, le secrétaire général a dit".)
        if !toks.get(s).is_some_and(|t| DEFINITE.contains(&t.folded.as_str())) {
            let from = toks.first().map_or(0, |t| t.start);
            let comma = (s + 1..(s + 16).min(toks.len())).take_while(|&j| toks[j].end <= sentence.end).find(|&j| {
                gap(text, toks, j, from).trim() == "," && matches!(toks[j].folded.as_str(), "le" | "la" | "l")
            });
            match comma {
                Some(j) => s = j,
                None => return,
            }
        }
        let Some(first) = toks.get(s).filter(|t| t.end <= sentence.end) else { return };
        let gender = match first.folded.as_str() {
            "le" => "il",
            "la" => "elle",
            "l" => "",
            _ => return,
        };
        // Up to the verb group: an auxiliary or reporting verb, at most 10 words on.
        let from = toks[0].start;
        for j in s + 2..(s + 11).min(toks.len()) {
            let t = &toks[j];
            if t.end > sentence.end || !is_tight(gap(text, toks, j, from)) {
                return;
            }
            // ("le chef de l'État a dit": an elided article after "de", not the clitic of "l'a dit".)
            let article = matches!(toks[j - 1].folded.as_str(), "de" | "d") && !toks[j - 1].cap();
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
                if let Some(w) = self.sentence_subject(ctx, |_| true).or_else(|| self.leading_pronoun(ctx)) {
                    return Some((w, How::Pronoun));
                }
                // A subject the mention pass did not take for a name ("Le Vatican riposte …
                // et dénonce", "Le 4 avril, Amnesty International publie …, invitant à").
                if let Some(found) = self.opening_subject(ctx) {
                    return Some(found);
                }
                self.focus.last().cloned().map(|w| (w, How::Pronoun))
            }
            Subject::Np(r) => self.resolve_np(ctx.text, r.clone(), ctx),
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
        let mut i = 0;
        while i < toks.len() && lang.is_opening_conjunction(&toks[i].folded) {
            i += 1;
        }
        let first = toks.get(i)?;
        let words = |j: usize| [0, 1, 2].map(|d| toks.get(j + d).map_or("", |t| t.folded.as_str()));
        let fronted = lang.is_complement_preposition(&first.folded)
            || lang.adverbial_len(words(i)) > 0
            || first.text.starts_with(|c: char| c.is_ascii_digit())
            || lang.is_determiner(&first.folded)
                && toks.get(i + 1).is_some_and(|t| lang.day_number(&t.folded).is_some());
        if fronted {
            // Its comma, within ten words.
            i = (i + 1..toks.len().min(i + 10)).find(|&j| gap(text, toks, j, from).contains(','))?;
        }
        let s = i;
        let mut j = s;
        if toks.get(j).is_some_and(|t| matches!(t.folded.as_str(), "le" | "la" | "l" | "les")) {
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
            let joiner = matches!(t.folded.as_str(), "de" | "du" | "des" | "d" | "la" | "l" | "le" | "les");
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

    fn resolve_np(&mut self, text: &str, np: Range<usize>, ctx: &Scope) -> Option<(SpeakerRef, How)> {
        let s = &text[np.clone()];
        // The whole phrase, without its determiner, may be a gazetteer name written in
        // lowercase ("le ministère russe de la Défense").
        let toks = ctx.known().words_in(text, np.clone());
        let toks = &toks[..];
        if let Some(first) = toks.first() {
            let rest = if self.k.lang.is_determiner(&first.folded) {
                toks.get(1).map_or(np.end, |t| t.start)
            } else {
                np.start
            };
            if let Some(e) = self.g.lookup(&text[rest..np.end]) {
                return Some((SpeakerRef::Entry(e), How::Name));
            }
        }
        // "ce dernier", "celle-ci": the person named last.
        if let [a, b] = toks {
            if let Some(g) = self.k.lang.latest_anaphor([a.folded.as_str(), b.folded.as_str()]) {
                return self.latest_person(&g, np.start, ctx).map(|w| (w, How::Pronoun));
            }
        }
        // Whom the mention pass found in the phrase: a person named in it first ("le président
        // russe Vladimir Poutine"), else the institution or group it names.
        let inside: Vec<&Mentioned> =
            ctx.mentions.iter().filter(|m| m.span.start >= np.start && m.span.end <= np.end).collect();
        // Not a complement ("des journalistes d'I-Télé", "de l'organisation").
        let head = |m: &&&Mentioned| {
            let k = ctx.toks.partition_point(|t| t.start < m.span.start);
            !(k > 0 && ctx.toks[k - 1].start >= np.start && complement(self.k.lang, ctx, k))
        };
        // "un conducteur de la région lyonnaise": the text does not say who.
        // ("un communiqué de X" is X's, a document being named by its owner.)
        let indefinite = toks.first().is_some_and(|t| matches!(t.folded.as_str(), "un" | "une" | "des"))
            && !toks.get(1).is_some_and(|t| self.k.lang.is_document_noun(&t.folded));
        // A title heads a person's description: "le chef de mission de MSF" is not MSF.
        // (So does an office named by its seat: "le locataire de l'Élysée" is not the Élysée.)
        let titled = toks.get(1).is_some_and(|t| {
            DEFINITE.contains(&toks[0].folded.as_str())
                && (self.k.lang.is_title_word(&t.folded) || {
                    let words: Vec<&str> = toks[1..toks.len().min(7)].iter().map(|t| t.folded.as_str()).collect();
                    self.k.lang.title_synonym(&words).is_some()
                })
        });
        // "l'ONG Amnesty International": the name after a bare noun of an institution.
        let generic = |m: &&&Mentioned| {
            let words = crate::text::tokens::within(ctx.toks, &m.span);
            matches!(words, [one] if self.k.lang.is_institution_noun(&one.folded))
        };
        // "une habituée du centre nautique Jean-Bron": after an indefinite head, a name in its
        // complement is not who speaks (one after a comma is: "un habitant, Jean Roy").
        let in_complement = |m: &&&Mentioned| indefinite && after_of(&text[np.start..m.span.start]);
        let pick = inside
            .iter()
            .find(|m| self.is_person(&m.who) && head(m) && !in_complement(m))
            .or(inside.iter().find(|m| head(m) && !indefinite && !generic(m)))
            .or(inside.iter().find(|m| head(m) && !indefinite))
            .or(inside.first().filter(|_| !indefinite && !titled));
        if let Some(m) = pick {
            // "le journal", "le quotidien" that the article never named with that noun: the
            // outlet last quoted ("Pour L'Opinion, … que le journal estime …"), not a
            // speaker called "journal".
            if let (SpeakerRef::Collective(name, _), [det, noun]) = (&m.who, toks) {
                let unnamed = DEFINITE.contains(&det.folded.as_str())
                    && self.k.lang.is_outlet_noun(&noun.folded)
                    && fold(name) == noun.folded.as_str();
                if unnamed {
                    if let Some(w) = self.focus.iter().rev().find(|w| self.named_organisation(w)) {
                        return Some((w.clone(), How::Description));
                    }
                }
            }
            return Some((m.who.clone(), m.how));
        }
        let ms = self.g.mentions(s);
        let mut role_end = None;
        let mut role = None;
        let mut institution = None;
        for m in &ms {
            // "un responsable de l'administration de Barack Obama" is not Obama (an institution
            // may be: "un porte-parole du ministère" speaks for it).
            let before = crate::text::words(&s[..m.span.start]).last().map(|w| fold(w.text));
            let complement = before.is_some_and(|w| is_of(&w));
            match m.target {
                Target::Name(e) if self.g.entries[e].kind == SpeakerKind::Person => {
                    if !complement {
                        return Some((SpeakerRef::Entry(e), How::Name));
                    }
                }
                Target::Name(e) => {
                    institution.get_or_insert(e);
                }
                Target::Role(e, r) => {
                    role_end = Some(np.start + m.span.end);
                    if role.is_none() {
                        role = self.g.holder(e, r, self.date.as_ref());
                    }
                }
            }
        }
        // (A name after "de" is a complement: "le porte-parole de Barack Obama" is not Obama.)
        // (Until a comma: "le porte-parole du ministère, Igor Konachenkov" is Konachenkov.)
        let mut complement = false;
        let mut prev_end = np.start;
        for t in toks {
            if text[prev_end.min(t.start)..t.start].contains(',') {
                complement = false;
            }
            prev_end = t.end;
            if !t.cap() {
                complement |= is_of(&t.folded);
                continue;
            }
            if !complement && !self.k.lang.is_determiner(&t.folded) && !self.k.lang.is_honorific(&t.folded) {
                if let Some(w) = self.people.aliases.get(t.folded.as_str()).filter(|w| !titled || self.is_person(w)) {
                    return Some((w.clone(), How::Alias));
                }
            }
        }
        if let Some(e) = role {
            return Some((SpeakerRef::Entry(e), How::Role));
        }
        // "le secrétaire général de l'ONU" is a person holding a title there, not the ONU: the
        // person the article described so (below), else nobody it names.
        if let Some(e) = institution.filter(|_| !titled) {
            return Some((SpeakerRef::Entry(e), How::Name));
        }
        let first = toks.first()?;
        if let Some(owner) = document_owner(self.k.lang, text, toks) {
            let name = fold_whitespace(&text[owner]);
            let who = match self.g.lookup(&name) {
                Some(e) => SpeakerRef::Entry(e),
                None => SpeakerRef::Collective(name, SpeakerKind::Institution),
            };
            return Some((who, How::Name));
        }
        if matches!(first.folded.as_str(), "un" | "une" | "des") || self.k.lang.is_pronoun(&first.folded) {
            return None; // "un responsable russe": the text does not say who
        }
        // "le bureau de MSF à Beyrouth", "le siège de Solvane": the organisation it belongs to.
        if let Some(org) = organisation_of_branch(self.k.lang, text, toks) {
            let who = SpeakerRef::Collective(fold_whitespace(&text[org.clone()]), SpeakerKind::Institution);
            for t in crate::text::tokens::within(toks, &org).iter().filter(|t| t.cap()) {
                self.people.aliases.entry(t.folded.to_string()).or_insert_with(|| who.clone());
            }
            return Some((who, How::Name));
        }
        if let Some(name) = unknown_name(self.k.lang, text, toks, role_end.unwrap_or(np.start)) {
            if indefinite && after_of(&text[np.start..name.start]) {
                return None; // "une habituée du centre nautique Jean-Bron"
            }
            // "L'Opinion", "Le Figaro": a capitalised article is part of a title's name, and a
            // person is not named so.
            let s = toks.partition_point(|t| t.start < name.start);
            let article = s > 0
                && matches!(toks[s - 1].text, "L" | "Le" | "La" | "Les")
                && is_tight(gap(text, toks, s, np.start));
            if article {
                let span = toks[s - 1].start..name.end;
                let who = SpeakerRef::Collective(fold_whitespace(&text[span]), SpeakerKind::Institution);
                return Some((who, How::Unknown));
            }
            // "l'Automobile club de Monaco", "le Vatican": one capitalised word after a lowercase
            // article names an organisation (a person's name takes no article), with its
            // complements up to their last capitalised word.
            if s > 0 && s + 1 == toks.partition_point(|t| t.start < name.end) {
                let det = &toks[s - 1];
                // "a déclaré le Majorquin", "l'Espagnol": one person, described by where they
                // come from: the one the article described so, else the person in focus (a
                // guess).
                let single = s + 1 == toks.len() && matches!(det.text, "l" | "le" | "la");
                if single
                    && self.k.lang.is_demonym(&toks[s].folded)
                    && self.k.places.country_of(&toks[s].folded).is_none()
                {
                    let nat = self.k.lang.nationality(&toks[s].folded);
                    let described = nat.and_then(|n| {
                        self.people.descriptions.iter().rev().filter(|d| d.at < np.start).find_map(|d| {
                            (d.words.iter().any(|w| self.k.lang.nationality(w) == Some(n)) && self.is_person(&d.who))
                                .then(|| d.who.clone())
                        })
                    });
                    if let Some(w) = described {
                        return Some((w, How::Description));
                    }
                    let pron = match (det.text, self.k.lang.title_gender(&toks[s].folded)) {
                        ("la", _) | (_, Some(Gender::F)) => "elle",
                        _ => "il",
                    };
                    return self.pronoun(pron, ctx).map(|w| (w, How::Anaphor));
                }
                if matches!(det.text, "l" | "le" | "la") && is_tight(gap(text, toks, s, np.start)) {
                    let org = organisation_extent(self.k.lang, text, toks, s);
                    let who = SpeakerRef::Collective(fold_whitespace(&text[org]), SpeakerKind::Institution);
                    return Some((who, How::Unknown));
                }
            }
            if let Some(org) = organisation_name(self.k.lang, text, toks, name.clone()) {
                let who = SpeakerRef::Collective(fold_whitespace(&text[org.clone()]), SpeakerKind::Institution);
                for t in crate::text::tokens::within(toks, &org).iter().filter(|t| t.cap()) {
                    self.people.aliases.entry(t.folded.to_string()).or_insert_with(|| who.clone());
                }
                return Some((who, How::Unknown));
            }
            if let Some(e) = self.g.by_initials(&text[name.clone()]) {
                return Some((SpeakerRef::Entry(e), How::Alias));
            }
            let words = crate::text::tokens::within(toks, &name);
            let who = self.people.register_name(&fold_whitespace(&text[name.clone()]), name.start, words);
            return Some((who, How::Unknown));
        }
        // "le général chinois": the person last introduced with that description.
        if DEFINITE.contains(&first.folded.as_str()) && toks.len() >= 2 {
            let key: Vec<&str> = toks[1..].iter().map(|t| t.folded.as_str()).collect();
            if let Some(d) = self
                .people
                .descriptions
                .iter()
                .rev()
                .filter(|d| d.at < np.start)
                .find(|d| d.words.len() >= key.len() && d.words.iter().zip(&key).all(|(a, b)| a == b))
            {
                return Some((d.who.clone(), How::Description));
            }
            // "le Premier ministre", "le chef du gouvernement": the person last described with
            // those title words (or their usual synonym), nationality agreeing.
            if let Some(w) = self.by_title_words(&key, np.start) {
                return Some((w, How::Description));
            }
            // "a assuré le ministre", "la Première ministre": a bare head noun (and at most one
            // adjective).
            if toks.len() <= 3 && toks[1..].iter().all(|t| !t.cap() || self.k.lang.is_title_word(&t.folded)) {
                let pron = match first.folded.as_str() {
                    "la" => "elle",
                    "le" => "il",
                    _ => "",
                };
                let nat = toks[2..].iter().find_map(|t| self.k.lang.nationality(&t.folded));
                if let Some(w) = self.by_head_noun(toks[1].folded.as_str(), pron, nat, ctx) {
                    return Some((w, How::Description));
                }
            }
            // (A bare description, "le président congolais": a specific office, "le secrétaire
            // général du syndicat", may be held by someone the text has not named.)
            let bare = !toks[2..].iter().any(|t| is_of(&t.folded));
            if bare && self.k.lang.is_title_word(&toks[1].folded) {
                let pron = match first.folded.as_str() {
                    "la" | "cette" | "une" => "elle",
                    "le" | "ce" | "un" => "il",
                    _ => "",
                };
                let nat = toks[2..].iter().find_map(|t| self.k.lang.nationality(&t.folded));
                if let Some(w) = self.just_named(pron, nat) {
                    return Some((w, How::Anaphor));
                }
            }
        }
        // "le Premier ministre", no nationality said, nobody the article described so, in an
        // article from Paris: the French one (a guess).
        if !titled_by_name(toks) {
            let words: Vec<&str> = toks.iter().map(|t| t.folded.as_str()).collect();
            if let Some(w) = self.home_holder(&words) {
                return Some((w, How::Anaphor));
            }
        }
        None
    }

    /// The holder at the article's date of a definite title without nationality ("le
    /// Premier ministre", folded words with their article) in the country the article is
    /// written from.
    fn home_holder(&self, words: &[&str]) -> Option<SpeakerRef> {
        let (home, date) = (self.home?, self.date.as_ref()?);
        let (first, title) = words.split_first()?;
        if !matches!(*first, "le" | "la" | "l")
            || title.is_empty()
            || title.iter().any(|w| self.k.lang.nationality(w).is_some())
        {
            return None;
        }
        // The adjective agrees with the title: "la Première ministre française".
        ["", "e", "ne"]
            .iter()
            .map(|ending| format!("{home}{ending}"))
            .filter(|form| self.k.lang.nationality(form) == Some(home))
            .find_map(|form| self.g.role_holder(&format!("{} {form}", title.join(" ")), date))
            .map(SpeakerRef::Entry)
    }

    /// The person the last two sentences had for subject, named (not a pronoun's guess), whom
    /// a title no one holds may describe: of the pronoun's gender, and never described with
    /// another nationality; a gazetteer person is not (their titles are known, and
    /// `by_head_noun` found none agreeing).
    fn just_named(&self, pron: &str, nat: Option<&str>) -> Option<SpeakerRef> {
        let other_nationality = |w: &SpeakerRef| {
            nat.is_some_and(|n| {
                self.people
                    .descriptions
                    .iter()
                    .filter(|d| &d.who == w)
                    .any(|d| d.words.iter().filter_map(|x| self.k.lang.nationality(x)).any(|x| x != n))
            })
        };
        // (Its subject, or whom a sentence without one named: "La réplique de X n'a pas tardé.")
        fn named<'r>(art: &Article, r: &'r SentenceRecord) -> Option<&'r SpeakerRef> {
            r.subject.as_ref().or_else(|| r.others.iter().find(|w| art.is_person(w)))
        }
        // (The last one named only: not someone from before them.)
        self.history
            .iter()
            .rev()
            .take(2)
            .find_map(|r| named(self, r))
            .filter(|w| {
                matches!(w, SpeakerRef::Name(_))
                    && self.is_person(w)
                    && (pron.is_empty() || self.gender_ok(w, pron))
                    && !other_nationality(w)
            })
            .cloned()
    }
}

/// "de" and its forms (folded): what opens a noun's complement ("le porte-parole de X").
fn is_of(w: &str) -> bool {
    matches!(w, "de" | "d" | "du" | "des")
}

/// Whether the words of a phrase before a name (`lead`) put it in a complement: a "de" since
/// the last comma ("une habituée du centre nautique X", not "un habitant, X").
fn after_of(lead: &str) -> bool {
    let after_comma = lead.rfind(',').map_or(lead, |c| &lead[c..]);
    crate::text::words(after_comma).any(|w| is_of(&fold(w.text)))
}

/// Whether a title phrase holds a capitalised word other than a title's ("le ministre Paul
/// Roy"): it names its holder, no guess needed.
fn titled_by_name(toks: &[Token]) -> bool {
    toks.iter()
        .skip(1)
        .any(|t| t.cap() && t.text.chars().count() > 1 && !matches!(t.folded.as_str(), "premier" | "premiere"))
}

/// When the capitalised name `name` (a span of `toks`) has an organisation's shape, its span
/// with the lowercase words that end such names ("Reporters sans frontières"): it holds an
/// organisation word ("Amnesty International", "Human Rights Watch"), or is one acronym
/// ("BTK"). None for a person's name.
fn organisation_name(lang: &dyn Language, text: &str, toks: &[Token], name: Range<usize>) -> Option<Range<usize>> {
    let a = toks.partition_point(|t| t.start < name.start);
    let b = toks.partition_point(|t| t.start < name.end);
    let words = &toks[a..b];
    let mut end = name.end;
    let mut tail = 0;
    if let (Some(x), Some(y)) = (toks.get(b), toks.get(b + 1)) {
        let from = toks[0].start;
        if is_tight(gap(text, toks, b, from)) && is_tight(gap(text, toks, b + 1, from)) {
            tail = lang.organisation_tail([x.folded.as_str(), y.folded.as_str()]);
        }
    }
    if tail > 0 {
        end = toks[b + tail - 1].end;
    }
    let acronym = |t: &Token| {
        let n = t.text.chars().count();
        (2..=6).contains(&n) && t.text.chars().all(|c| c.is_uppercase()) && !lang.is_title_word(&t.folded)
    };
    let org = tail > 0
        || words.iter().any(|t| lang.is_organisation_word(&t.folded))
        || matches!(words, [one] if acronym(one));
    org.then_some(name.start..end)
}

/// Whether the mention at word `m` is the complement of a preposition ("du général chinois
/// Zhang Youxia", "à Washington"), looking back over its title and determiner.
fn complement(lang: &dyn Language, ctx: &Scope, m: usize) -> bool {
    let mut j = m;
    while j > 0 && m - j < 6 && is_tight(gap(ctx.text, ctx.toks, j, ctx.toks[0].start)) {
        let p = &ctx.toks[j - 1];
        if is_stop_prep(lang, p) || matches!(p.folded.as_str(), "de" | "d" | "du" | "des") && !p.cap() {
            return true;
        }
        if !(lang.is_title_word(&p.folded) && !p.cap()
            || lang.nationality(&p.folded).is_some()
            || DEFINITE.contains(&p.folded.as_str()))
        {
            return false;
        }
        j -= 1;
    }
    false
}

/// The words of a title that say who holds it (titles, nationalities, names), synonyms
/// written as the usual title ("chef du gouvernement" → "premier ministre").
fn title_content<'w>(lang: &dyn Language, words: &[&'w str]) -> Vec<&'w str> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if let Some((n, to)) = lang.title_synonym(&words[i..]) {
            out.extend_from_slice(to);
            i += n;
            continue;
        }
        let w = words[i];
        if !lang.is_function_word(w) && !lang.is_determiner(w) {
            out.push(w);
        }
        i += 1;
    }
    out
}

/// "le bureau de MSF à Beyrouth", "le siège de la Solvane": a determiner, a noun of an
/// organisation or of one of its parts, maybe adjectives, then "de" and a capitalised name:
/// the span of that name.
fn organisation_of_branch(lang: &dyn Language, text: &str, toks: &[Token]) -> Option<Range<usize>> {
    let [det, head, ..] = toks else { return None };
    if !lang.is_determiner(&det.folded) || head.cap() {
        return None;
    }
    if !(lang.is_branch_noun(&head.folded) || lang.is_institution_noun(&head.folded)) {
        return None;
    }
    let from = toks[0].start;
    let mut i = 2;
    // Adjectives ("régional", "local"), at most two.
    while i < toks.len() && i < 4 && !toks[i].cap() && !matches!(toks[i].folded.as_str(), "de" | "du" | "d") {
        if lang.is_function_word(&toks[i].folded) {
            return None;
        }
        i += 1;
    }
    if !toks.get(i).is_some_and(|t| matches!(t.folded.as_str(), "de" | "du" | "d")) {
        return None;
    }
    i += 1;
    if toks.get(i).is_some_and(|t| matches!(t.folded.as_str(), "la" | "l" | "le" | "les")) {
        i += 1;
    }
    let t = toks.get(i).filter(|t| t.cap() && !lang.is_function_word(&t.folded))?;
    if !is_tight(gap(text, toks, i, from)) {
        return None;
    }
    let end = name_end(lang, text, toks, i, |_| true);
    Some(t.start..toks[end].end)
}

/// "un communiqué de la Fédération française de football", "le site du studio Pixar", "la page
/// Twitter officielle de Pixar": a determiner, a noun of a document, a few describing words,
/// "de" and a capitalised name (after at most two lowercase words: "studio"): the span of the
/// name, whose words those are.
pub fn document_owner(lang: &dyn Language, text: &str, toks: &[Token]) -> Option<Range<usize>> {
    let [det, head, ..] = toks else { return None };
    if !lang.is_determiner(&det.folded) || head.cap() || !lang.is_document_noun(&head.folded) {
        return None;
    }
    let from = det.start;
    let tight = |i: usize| is_tight(gap(text, toks, i, from));
    let mut i = 2;
    while i < toks.len() && i < 5 && tight(i) && !matches!(toks[i].folded.as_str(), "de" | "du" | "d") {
        if lang.is_function_word(&toks[i].folded) {
            return None;
        }
        i += 1;
    }
    if !toks.get(i).is_some_and(|t| matches!(t.folded.as_str(), "de" | "du" | "d")) || !tight(i) {
        return None;
    }
    i += 1;
    if toks.get(i).is_some_and(|t| matches!(t.folded.as_str(), "la" | "l" | "le" | "les")) {
        i += 1;
    }
    // "le communiqué du ministère de l'Intérieur", "un rapport de la préfecture": an
    // institution named by its noun, with its complement up to a capitalised name.
    if let Some(t) = toks.get(i).filter(|t| !t.cap() && lang.is_institution_noun(&t.folded) && tight(i)) {
        let mut end = i;
        let mut j = i + 1;
        while toks.get(j).is_some_and(|w| is_of(&w.folded)) && tight(j) {
            let k = j + usize::from(toks.get(j + 1).is_some_and(|w| matches!(w.folded.as_str(), "la" | "l" | "le")));
            match toks.get(k + 1).filter(|w| w.cap() && !lang.is_function_word(&w.folded) && tight(k + 1)) {
                Some(_) => {
                    end = name_end(lang, text, toks, k + 1, |_| true);
                    j = end + 1;
                }
                None => break,
            }
        }
        return Some(t.start..toks[end].end);
    }
    let mut nouns = 0;
    while nouns < 2 && toks.get(i).is_some_and(|t| !t.cap() && !lang.is_function_word(&t.folded)) {
        i += 1;
        nouns += 1;
    }
    let t = toks.get(i).filter(|t| t.cap() && !lang.is_function_word(&t.folded) && tight(i))?;
    let end = name_end(lang, text, toks, i, |_| true);
    Some(t.start..toks[end].end)
}

/// The name of an organisation starting with the capitalised word `toks[s]`: on over
/// lowercase words and "de" to the last capitalised word that follows ("Automobile club de
/// Monaco"), else the word alone.
fn organisation_extent(lang: &dyn Language, text: &str, toks: &[Token], s: usize) -> Range<usize> {
    let mut end = s;
    let mut j = s + 1;
    while j < toks.len() && j < s + 8 && is_tight(gap(text, toks, j, toks[0].start)) {
        let t = &toks[j];
        let joiner = matches!(t.folded.as_str(), "de" | "du" | "des" | "d" | "la" | "l");
        if t.cap() && !lang.is_function_word(&t.folded) {
            end = j;
        } else if t.cap()
            || lang.is_reporting_verb(&t.folded)
            || lang.is_auxiliary(&t.folded)
            || !joiner && lang.is_function_word(&t.folded)
        {
            break;
        }
        j += 1;
    }
    toks[s].start..toks[end].end
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

/// The last run of capitalized words (with name particles) in `toks` after `from` that is not
/// the complement of a preposition: "le porte-parole Jean Dupont" → "Jean Dupont".
fn unknown_name(lang: &dyn Language, text: &str, toks: &[Token], from: usize) -> Option<Range<usize>> {
    let mut best = None;
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        // "Mme von der Leyen": after an honorific, a name may start with its particles.
        let particle_start = i > 0
            && language::is(lang, &toks[i - 1], word::HONORIFIC)
            && particles_before_name(lang, text, toks, i).is_some();
        let skip = t.start < from
            || !(t.cap() || particle_start)
            || lang.is_function_word(&t.folded) && !particle_start
            || lang.is_honorific(&t.folded)
            // "le Premier ministre", "le Président": a title written with a capital.
            || lang.is_title_word(&t.folded)
            // "le 18 avril": a date.
            || t.text.starts_with(|c: char| c.is_ascii_digit())
            || t.folded == "selon";
        if skip {
            i += 1;
            continue;
        }
        let start = i;
        let end = name_end(lang, text, toks, i, |_| true);
        let after_prep = start > 0 && {
            let p = &toks[start - 1];
            is_stop_prep(lang, p)
                || matches!(p.folded.as_str(), "de" | "d")
                || (DEFINITE.contains(&p.folded.as_str())
                    && start >= 2
                    && (is_stop_prep(lang, &toks[start - 2]) || matches!(toks[start - 2].folded.as_str(), "de" | "d")))
        };
        if !after_prep {
            best = Some(toks[start].start..toks[end].end);
        }
        i = end + 1;
    }
    best
}

/// The last token of the name starting at token `start`: capitalized words, tightly joined,
/// with name particles between them ("Ursula von der Leyen"), while `allowed(j)` holds.
fn name_end(lang: &dyn Language, text: &str, toks: &[Token], start: usize, allowed: impl Fn(usize) -> bool) -> usize {
    let mut end = start;
    let mut j = start + 1;
    while j < toks.len() && allowed(j) {
        // ("F. Hollande", "J.-M. Ayrault": an initial's dot joins.)
        let g = gap(text, toks, j, toks[0].start);
        let initial = toks[j - 1].text.chars().count() == 1 && matches!(g.trim(), "." | ".-");
        if !is_tight(g) && !initial {
            break;
        }
        if toks[j].cap() {
            end = j;
            j += 1;
        } else if let Some(n) = particles_before_name(lang, text, toks, j) {
            j += n;
        } else {
            break;
        }
    }
    end
}
