//! Who a subject refers to: gazetteer names and titles (titles resolved at the event's date),
//! surnames of people named earlier in the article, definite descriptions ("le général
//! chinois" = the person last introduced so), names the gazetteer does not know, and pronouns
//! (the subject of the sentence, else the speaker in focus).

use super::incise::Subject;
use super::tokens::{gap, is_tight, Token};
use crate::corpus::read::{french, SpeakerRef};
use crate::gazetteer::{capitalized, Gazetteer, Gender, Target};
use crate::model::{fold_whitespace, FuzzyDate, SpeakerKind};
use crate::text::fold;
use crate::text::hash::FastMap;
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
    /// A pronoun resolved to the sentence's subject or the speaker in focus.
    Pronoun,
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
        }
    }
}

/// A person or institution mentioned in a paragraph.
#[derive(Debug, Clone)]
pub struct Mentioned {
    pub span: Range<usize>,
    pub who: SpeakerRef,
    /// Index of its first token in the paragraph's tokens.
    pub tok: usize,
}

const STOP_PREPOSITIONS: &[&str] = &[
    "du", "des", "au", "aux", "par", "avec", "pour", "sur", "dans", "en", "chez", "contre", "entre", "vers", "selon",
    "sans", "sous", "apres", "avant", "lors", "depuis", "devant",
];
const DEFINITE: &[&str] = &["le", "la", "les", "l", "un", "une", "ce", "cette"];

/// Article-wide state: who has been named, how, and who is in focus.
pub struct Article<'a> {
    pub g: &'a Gazetteer,
    pub date: Option<FuzzyDate>,
    aliases: FastMap<String, SpeakerRef>,
    descriptions: Vec<(Vec<String>, SpeakerRef)>,
    focus: Vec<SpeakerRef>,
    /// Names the gazetteer does not know, with the byte offset of their first use.
    pub unknown: Vec<(String, usize)>,
    /// Role titles already resolved at `date` (entry, role) → holder: titles recur in an article.
    holders: FastMap<(usize, usize), Option<usize>>,
    /// People mentioned in earlier paragraphs, most recent last (for "le ministre").
    recent: Vec<SpeakerRef>,
    /// The last sentence subject that was a title nobody could be found for, with the pronoun
    /// it takes ("elle", "il", "" when unknown).
    untitled: Option<(String, &'static str)>,
}

fn is_stop_prep(t: &Token) -> bool {
    !t.cap() && STOP_PREPOSITIONS.contains(&t.folded.as_str()) || t.text == "à"
}

impl<'a> Article<'a> {
    pub fn new(g: &'a Gazetteer, date: Option<FuzzyDate>) -> Self {
        Article {
            g,
            date,
            aliases: FastMap::default(),
            descriptions: Vec::new(),
            focus: Vec::new(),
            unknown: Vec::new(),
            holders: FastMap::default(),
            recent: Vec::new(),
            untitled: None,
        }
    }

    pub fn is_person(&self, who: &SpeakerRef) -> bool {
        match who {
            SpeakerRef::Entry(e) => self.g.entries[*e].kind == SpeakerKind::Person,
            SpeakerRef::Name(_) => true,
        }
    }

    fn role_holder(&mut self, e: usize, r: usize) -> Option<usize> {
        if let Some(h) = self.holders.get(&(e, r)) {
            return *h;
        }
        let h = self.find_role_holder(e, r);
        self.holders.insert((e, r), h);
        h
    }

    fn find_role_holder(&self, e: usize, r: usize) -> Option<usize> {
        match &self.date {
            Some(d) => self.g.resolve_role(e, r, d),
            // Without a date, only a title held by one person with no end date resolves.
            None => {
                let title = &self.g.entries[e].roles[r].title;
                let open: Vec<usize> = (0..self.g.entries.len())
                    .filter(|&i| {
                        self.g.entries[i].roles.iter().any(|ro| ro.until.is_none() && fold(&ro.title) == fold(title))
                    })
                    .collect();
                (open.len() == 1).then(|| open[0])
            }
        }
    }

    /// Names, titles and known surnames in a paragraph (tokens `toks`), in text order; also
    /// learns surnames and descriptions for later references.
    pub fn scan_paragraph(&mut self, text: &str, toks: &[Token], span: Range<usize>) -> Vec<Mentioned> {
        let mut out: Vec<Mentioned> = Vec::new();
        // The tokens are the words of the paragraph: match them as they are, folded once.
        debug_assert!(
            toks.first().is_none_or(|t| t.start >= span.start) && toks.last().is_none_or(|t| t.end <= span.end)
        );
        let found = self.g.mentions_in(toks.len(), |i| toks[i].folded.as_str(), |i| capitalized(toks[i].text));
        // Tokens inside a mention kept in `out` (for the surname pass below).
        let mut covered = vec![false; toks.len()];
        for (k, (r, target)) in found.iter().enumerate() {
            let (r, target) = (r.clone(), *target);
            let (tok, end_tok) = (r.start, r.end);
            // "Le secrétaire général de l'Otan, Jens Stoltenberg, a …": the name that follows
            // the title says who holds it; the title resolved alone could name someone else.
            let named_next = matches!(target, Target::Role(..))
                && found.get(k + 1).is_some_and(|(n, t)| {
                    n.start == end_tok
                        && matches!(t, Target::Name(_))
                        && gap(text, toks, end_tok, toks[0].start).trim() == ","
                });
            if named_next {
                continue;
            }
            let abs = toks[tok].start..toks[end_tok - 1].end;
            let (who, role) = match target {
                Target::Name(e) => (Some(SpeakerRef::Entry(e)), false),
                Target::Role(e, r) => (self.role_holder(e, r).map(SpeakerRef::Entry), true),
            };
            let Some(who) = who else { continue };
            // "BRUXELLES –", "à Washington": a city that names an institution speaks only as
            // the subject of a reporting verb ("Pékin a défendu …").
            if !role && !self.is_person(&who) && is_city(toks, tok, end_tok) && !verb_follows(text, toks, end_tok) {
                continue;
            }
            if self.is_person(&who) {
                if !role && end_tok - tok >= 2 {
                    for t in &toks[tok..end_tok] {
                        if t.cap() && t.text.chars().count() >= 2 {
                            self.aliases.insert(t.folded.to_string(), who.clone());
                        }
                    }
                }
                if role {
                    let key: Vec<String> = toks[tok..end_tok].iter().map(|t| t.folded.to_string()).collect();
                    self.descriptions.push((key, who.clone()));
                } else {
                    self.learn_description(text, toks, tok, &who);
                }
            }
            covered[tok..end_tok].fill(true);
            out.push(Mentioned { span: abs, who, tok });
        }
        // Surnames learnt earlier ("Zhang", "Li") where the gazetteer found nothing.
        let mut extra = Vec::new();
        for (i, t) in toks.iter().enumerate() {
            if !t.cap() || covered[i] {
                continue;
            }
            if let Some(who) = self.aliases.get(t.folded.as_str()) {
                extra.push(Mentioned { span: t.start..t.end, who: who.clone(), tok: i });
            }
        }
        out.extend(extra);
        self.learn_apposed_names(text, toks, &covered, &mut out);
        out.sort_by_key(|m| m.span.start);
        out
    }

    /// "la présidente de la Commission, Anne de La Tour, a …", "le délégué syndical Paul Martin.":
    /// a name of two words or more the gazetteer does not know, after a comma or a lowercase
    /// title, is a person: a mention, and its words are learnt for
    /// "Mme de La Tour" later.
    fn learn_apposed_names(&mut self, text: &str, toks: &[Token], covered: &[bool], out: &mut Vec<Mentioned>) {
        let from = toks.first().map_or(0, |t| t.start);
        let mut i = 1;
        while i < toks.len() {
            let t = &toks[i];
            // Most words are lowercase or already named: ruled out before any other check.
            if !t.cap() || covered[i] {
                i += 1;
                continue;
            }
            let before = gap(text, toks, i, from);
            // After a comma ("…, Anne de La Tour,") or right after a lowercase title word ("le
            // délégué syndical Paul Martin"), not after a preposition ("à Nouvelle Orléans").
            let p = &toks[i - 1];
            let after_title = is_tight(before)
                && !p.cap()
                && !is_stop_prep(p)
                && !french::is_name_particle(&p.folded)
                && !french::is_determiner(&p.folded);
            if !(before.trim() == "," || after_title) || french::is_determiner(&t.folded) {
                i += 1;
                continue;
            }
            let end = name_end(text, toks, i, |j| j < i + 6 && !covered[j]);
            if end > i {
                let span = t.start..toks[end].end;
                let who = SpeakerRef::Name(fold_whitespace(&text[span.clone()]));
                for w in &toks[i..=end] {
                    // ("La" of "de La Tour" would make every sentence-initial "La" a mention.)
                    if w.cap()
                        && w.text.chars().count() >= 2
                        && !french::is_name_particle(&w.folded)
                        && !french::is_determiner(&w.folded)
                    {
                        self.aliases.entry(w.folded.to_string()).or_insert_with(|| who.clone());
                    }
                }
                self.learn_description(text, toks, i, &who);
                if let SpeakerRef::Name(n) = &who {
                    if !self.unknown.iter().any(|(u, _)| u == n) {
                        self.unknown.push((n.clone(), span.start));
                    }
                }
                out.push(Mentioned { span, who, tok: i });
            }
            i = end + 1;
        }
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
    fn by_head_noun(&self, head: &str, pron: &str, ctx: &Scope) -> Option<SpeakerRef> {
        let m_hi = ctx.mentions.partition_point(|m| m.span.end <= ctx.at);
        let here = ctx.mentions[..m_hi].iter().rev().take(8).map(|m| &m.who);
        let earlier = self.recent.iter().rev();
        let same = |w: &str| w == head || w.strip_suffix('e') == Some(head) || head.strip_suffix('e') == Some(w);
        here.chain(earlier)
            .find(|w| {
                self.is_person(w)
                    && self.gender_ok(w, pron)
                    && (self.descriptions.iter().any(|(k, d)| d == *w && k.iter().any(|x| same(x)))
                        || match w {
                            SpeakerRef::Entry(e) => self.g.entries[*e].roles.iter().any(|r| {
                                self.date.as_ref().is_none_or(|d| crate::model::role_covers(r, d))
                                    && crate::text::words(&r.title).any(|x| same(&fold(x.text)))
                            }),
                            SpeakerRef::Name(_) => false,
                        })
            })
            .cloned()
    }

    /// "du général chinois Zhang Youxia" → "général chinois" describes Zhang Youxia.
    fn learn_description(&mut self, text: &str, toks: &[Token], name_tok: usize, who: &SpeakerRef) {
        let mut key = Vec::new();
        let mut j = name_tok;
        let mut first = true;
        while j > 0 && key.len() < 7 {
            let g = gap(text, toks, j, toks[0].start);
            let comma_ok = first && g.trim() == ",";
            if !is_tight(g) && !comma_ok {
                break;
            }
            first = false;
            let t = &toks[j - 1];
            let starts =
                DEFINITE.contains(&t.folded.as_str()) && !(j >= 2 && matches!(toks[j - 2].folded.as_str(), "de" | "d"));
            if starts || is_stop_prep(t) || matches!(t.folded.as_str(), "du" | "des" | "au" | "aux") {
                break;
            }
            if french::is_honorific(&t.folded) {
                j -= 1;
                continue;
            }
            key.push(t.folded.to_string());
            j -= 1;
        }
        if !key.is_empty() && key.len() < 7 {
            key.reverse();
            self.descriptions.push((key, who.clone()));
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

    fn gender_ok(&self, who: &SpeakerRef, pron: &str) -> bool {
        let want = match pron {
            "il" => Gender::M,
            "elle" => Gender::F,
            _ => return true,
        };
        match who {
            SpeakerRef::Entry(e) => self.g.entries[*e].gender.as_ref().is_none_or(|g| *g == want),
            SpeakerRef::Name(_) => true,
        }
    }

    /// Whether the mention starting at token `m` is the subject of its sentence (starts it,
    /// or follows a comma), not the complement of a preposition.
    pub fn subject_position(text: &str, toks: &[Token], sentence_tok: usize, m: usize) -> bool {
        let mut j = m;
        for _ in 0..9 {
            if j <= sentence_tok {
                return true;
            }
            let g = gap(text, toks, j, toks[0].start);
            let honorific = g.trim() == "." && french::is_honorific(&toks[j - 1].folded);
            if !is_tight(g) && !honorific {
                return g.contains([',', '–', '—', ':', ';', ')']);
            }
            let p = &toks[j - 1];
            if is_stop_prep(p) {
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

    /// Resolve a pronoun at byte `at`: the subject of the sentence before it (outside quotes),
    /// else the most recent speaker in focus of a compatible gender.
    pub fn pronoun(&self, pron: &str, ctx: &Scope) -> Option<SpeakerRef> {
        if !matches!(pron, "il" | "elle" | "lui") {
            return None; // "on", "ils": not one speaker
        }
        let pron = if pron == "lui" { "il" } else { pron };
        // The nearest subject before the pronoun, a person first (a dateline city is not "il").
        let person = self.nearest_subject(ctx, |w| self.is_person(w) && self.gender_ok(w, pron));
        if let Some(w) = person.or_else(|| self.nearest_subject(ctx, |w| self.gender_ok(w, pron))) {
            return Some(w);
        }
        self.focus.iter().rev().find(|w| self.gender_ok(w, pron)).cloned()
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
        let s = toks.partition_point(|t| t.start < sentence.start);
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
            if !t.cap() && (french::is_auxiliary(&t.folded) || french::is_reporting_verb(&t.folded)) {
                let head = &toks[s + 1];
                // A title starts with a lowercase noun ("ministre"), not a name or a thing
                // we cannot tell from one ("Le gouvernement" is fine, "La France" is a name).
                if !head.cap() {
                    let title = fold_whitespace(&text[first.start..toks[j - 1].end]);
                    let mut title_lc = title.clone();
                    title_lc[..first.text.len()].make_ascii_lowercase();
                    self.untitled = Some((title_lc, gender));
                }
                return;
            }
        }
    }

    fn subjects<'s>(&self, ctx: &'s Scope) -> impl DoubleEndedIterator<Item = &'s Mentioned> + 's {
        let stok = ctx.toks.partition_point(|t| t.start < ctx.sentence.start);
        let (sentence, at, text, toks) = (ctx.sentence.clone(), ctx.at, ctx.text, ctx.toks);
        let lo = ctx.quoted.partition_point(|q| q.end <= sentence.start);
        let hi = ctx.quoted.partition_point(|q| q.start < at).max(lo);
        let quoted = &ctx.quoted[lo..hi];
        // Mentions are in text order and never overlap (so their ends are in order too): the
        // sentence's, before `at`, are one slice, found by binary search rather than a scan of
        // the whole paragraph for every quote.
        let m_lo = ctx.mentions.partition_point(|m| m.span.start < sentence.start);
        let m_hi = ctx.mentions.partition_point(|m| m.span.end <= at).max(m_lo);
        // Quoted ranges are the outermost quotations: in text order, never overlapping, so
        // only the last one starting at or before a mention can hold it.
        let in_quote = move |m: &Mentioned| {
            let k = quoted.partition_point(|q| q.start <= m.span.start);
            k > 0 && m.span.end <= quoted[k - 1].end
        };
        ctx.mentions[m_lo..m_hi]
            .iter()
            .filter(move |m| m.span.start >= sentence.start && m.span.end <= at)
            .filter(move |m| !in_quote(m))
            .filter(move |m| Self::subject_position(text, toks, stok, m.tok))
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
            Subject::Pronoun(p, _) => self.pronoun(p, ctx).map(|w| (w, How::Pronoun)),
            Subject::Sentence => {
                self.sentence_subject(ctx, |_| true).or_else(|| self.focus.last().cloned()).map(|w| (w, How::Pronoun))
            }
            Subject::Np(r) => self.resolve_np(ctx.text, r.clone(), ctx),
        }
    }

    fn resolve_np(&mut self, text: &str, np: Range<usize>, ctx: &Scope) -> Option<(SpeakerRef, How)> {
        let s = &text[np.clone()];
        // The whole phrase, without its determiner, may be a gazetteer name written in
        // lowercase ("le ministère russe de la Défense").
        let toks = super::tokens::tokenize(text, np.clone());
        if let Some(first) = toks.first() {
            let rest =
                if french::is_determiner(&first.folded) { toks.get(1).map_or(np.end, |t| t.start) } else { np.start };
            if let Some(e) = self.g.lookup(&text[rest..np.end]) {
                return Some((SpeakerRef::Entry(e), How::Name));
            }
        }
        let ms = self.g.mentions(s);
        let mut role_end = None;
        let mut role = None;
        let mut institution = None;
        for m in &ms {
            match m.target {
                Target::Name(e) if self.g.entries[e].kind == SpeakerKind::Person => {
                    return Some((SpeakerRef::Entry(e), How::Name));
                }
                Target::Name(e) => {
                    institution.get_or_insert(e);
                }
                Target::Role(e, r) => {
                    role_end = Some(np.start + m.span.end);
                    if role.is_none() {
                        role = self.role_holder(e, r);
                    }
                }
            }
        }
        for t in &toks {
            if t.cap() && !french::is_determiner(&t.folded) && !french::is_honorific(&t.folded) {
                if let Some(w) = self.aliases.get(t.folded.as_str()) {
                    return Some((w.clone(), How::Alias));
                }
            }
        }
        if let Some(e) = role {
            return Some((SpeakerRef::Entry(e), How::Role));
        }
        if let Some(e) = institution {
            return Some((SpeakerRef::Entry(e), How::Name));
        }
        let first = toks.first()?;
        if matches!(first.folded.as_str(), "un" | "une" | "des") || french::is_pronoun(&first.folded) {
            return None; // "un responsable russe": the text does not say who
        }
        if let Some(name) = unknown_name(text, &toks, role_end.unwrap_or(np.start)) {
            let who = SpeakerRef::Name(fold_whitespace(&text[name.clone()]));
            let words = crate::text::tokens::within(&toks, &name);
            if words.len() >= 2 {
                for t in words {
                    self.aliases.insert(t.folded.to_string(), who.clone());
                }
            }
            if let SpeakerRef::Name(n) = &who {
                if !self.unknown.iter().any(|(u, _)| u == n) {
                    self.unknown.push((n.clone(), name.start));
                }
            }
            return Some((who, How::Unknown));
        }
        // "le général chinois": the person last introduced with that description.
        if DEFINITE.contains(&first.folded.as_str()) && toks.len() >= 2 {
            let key: Vec<&str> = toks[1..].iter().map(|t| t.folded.as_str()).collect();
            if let Some((_, w)) = self
                .descriptions
                .iter()
                .rev()
                .find(|(k, _)| k.len() >= key.len() && k.iter().zip(&key).all(|(a, b)| a == b))
            {
                return Some((w.clone(), How::Description));
            }
            // "a assuré le ministre": a bare head noun (and at most one adjective).
            if toks.len() <= 3 && toks[1..].iter().all(|t| !t.cap()) {
                let pron = match first.folded.as_str() {
                    "la" => "elle",
                    "le" => "il",
                    _ => "",
                };
                if let Some(w) = self.by_head_noun(toks[1].folded.as_str(), pron, ctx) {
                    return Some((w, How::Description));
                }
            }
        }
        None
    }
}

/// Where a resolution happens: the paragraph's words and mentions, the sentence, the position.
pub struct Scope<'t, 'a> {
    pub text: &'t str,
    pub toks: &'t [Token<'a>],
    pub mentions: &'t [Mentioned],
    pub sentence: Range<usize>,
    pub at: usize,
    pub quoted: &'t [Range<usize>],
}

/// The last run of capitalized words (with name particles) in `toks` after `from` that is not
/// the complement of a preposition: "le porte-parole Jean Dupont" → "Jean Dupont".
fn unknown_name(text: &str, toks: &[Token], from: usize) -> Option<Range<usize>> {
    let mut best = None;
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        // "Mme von der Leyen": after an honorific, a name may start with its particles.
        let particle_start =
            i > 0 && french::is_honorific(&toks[i - 1].folded) && particles_before_name(text, toks, i).is_some();
        let skip = t.start < from
            || !(t.cap() || particle_start)
            || french::is_determiner(&t.folded) && !particle_start
            || french::is_honorific(&t.folded)
            || t.folded == "selon";
        if skip {
            i += 1;
            continue;
        }
        let start = i;
        let end = name_end(text, toks, i, |_| true);
        let after_prep = start > 0 && {
            let p = &toks[start - 1];
            is_stop_prep(p)
                || matches!(p.folded.as_str(), "de" | "d")
                || (DEFINITE.contains(&p.folded.as_str())
                    && start >= 2
                    && (is_stop_prep(&toks[start - 2]) || matches!(toks[start - 2].folded.as_str(), "de" | "d")))
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
fn name_end(text: &str, toks: &[Token], start: usize, allowed: impl Fn(usize) -> bool) -> usize {
    let mut end = start;
    let mut j = start + 1;
    while j < toks.len() && allowed(j) && is_tight(gap(text, toks, j, toks[0].start)) {
        if toks[j].cap() {
            end = j;
            j += 1;
        } else if let Some(n) = particles_before_name(text, toks, j) {
            j += n;
        } else {
            break;
        }
    }
    end
}

/// When tokens from `j` are name particles (one to three: "de", "von der", "de la") followed,
/// tightly, by a capitalized word: how many particles.
fn particles_before_name(text: &str, toks: &[Token], j: usize) -> Option<usize> {
    let mut n = 0;
    while n < 3
        && toks.get(j + n).is_some_and(|t| !t.cap() && french::is_name_particle(&t.folded))
        && is_tight(gap(text, toks, j + n, toks[0].start))
    {
        n += 1;
    }
    let next = toks.get(j + n)?;
    (n > 0 && next.cap() && is_tight(gap(text, toks, j + n, toks[0].start))).then_some(n)
}

/// Whether tokens `a..b` name a city (the places list).
fn is_city(toks: &[Token], a: usize, b: usize) -> bool {
    let mut folded: [&str; 4] = [""; 4];
    if b - a > folded.len() {
        return false;
    }
    for (k, t) in toks[a..b].iter().enumerate() {
        folded[k] = t.folded.as_str();
    }
    let folded = &folded[..b - a];
    let places = crate::corpus::read::events::builtin_places();
    places.match_at(folded, true, 0).is_some_and(|(p, n)| {
        n == folded.len() && places.places[p].kind == crate::corpus::read::events::places::PlaceKind::City
    })
}

/// A reporting verb right after token `end` (auxiliaries and clitics allowed between):
/// "Pékin a défendu", "Washington s'est dit", "Moscou dénonce".
fn verb_follows(text: &str, toks: &[Token], end: usize) -> bool {
    let from = toks.first().map_or(0, |t| t.start);
    for j in end..(end + 4).min(toks.len()) {
        let t = &toks[j];
        if t.cap() || !is_tight(gap(text, toks, j, from)) {
            return false;
        }
        if french::is_reporting_verb(&t.folded) {
            return true;
        }
        if !french::is_auxiliary(&t.folded) {
            return false;
        }
    }
    false
}
