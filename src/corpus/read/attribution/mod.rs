//! Who said each quote.
//!
//! For each quotation of a body paragraph (never furniture), in text order, the first of:
//! 1. an incise right after it ("», a déclaré Poutine", "», a-t-il soutenu", "», selon X"),
//!    or a few words later in the same sentence ("» dans la coopération, a-t-il précisé");
//! 2. a frame before it in its sentence ("Mais il a ajouté : «", "X a déclaré que … «",
//!    "selon X, «"), or a previous paragraph ending with a colon;
//! 3. a sentence whose subject is a person, ending with a colon before the quote
//!    ("Son homologue, Jean Dupont, partage ce constat : « … »"), or a document its subject
//!    publishes ("X publie un communiqué qui « … »");
//! 4. a continuation: right after an attributed quotation and its incise in the same
//!    paragraph ("», a déclaré Zhang. « …"), or opening the paragraph after one that ended
//!    with an attributed quotation;
//! 5. a source for the whole sentence: "Pour X, …", "…, selon X." anywhere in it.
//!
//! Otherwise the speaker is unknown (None): nothing is guessed.
//!
//! Confidence = structure × resolution. Structure: incise 0.95, later incise 0.9, selon 0.85,
//! frame 0.85, continuation in the same paragraph 0.85, subject before a colon 0.7, colon frame from the previous paragraph
//! 0.75, continuation across paragraphs 0.6. Resolution: gazetteer or unknown name 1.0,
//! surname of a name given earlier 0.95, pronoun 0.9, title resolved by date 0.85, definite
//! description 0.8. So "a déclaré Poutine" = 0.95, "a-t-il soutenu" ≈ 0.86, "Mais il a ajouté :"
//! ≈ 0.77, "le ministre russe de la Défense a déclaré que" ≈ 0.72.

pub mod frame;
pub mod incise;
pub mod repeats;
pub mod resolve;
#[cfg(test)]
mod tests;
pub mod tokens;

use super::knowledge::{Knowledge, Language};
use super::layout;
use super::mentions::PageMentions;
use super::page::Page;
use super::quotes::{self, RawQuote};
use super::SpeakerRef;
use crate::model::{fold_whitespace, Doubt, DoubtKind, FuzzyDate, QuoteKind, SpeakerKind};
use crate::text::for_terminal;
use incise::{Incise, Subject};
use resolve::{Article, How, Scope, HISTORY_LEN};
use std::ops::Range;
use tokens::Known;

#[derive(Debug, Clone, PartialEq)]
pub struct FoundQuote {
    /// The quoted words, inside the marks, trimmed (byte span of `text`).
    pub span: Range<usize>,
    pub kind: QuoteKind,
    pub unclosed: bool,
    pub speaker: Option<SpeakerRef>,
    /// The words that gave the speaker away, as in the text ("a déclaré Poutine", "a-t-il
    /// soutenu", "selon le ministère russe de la Défense", "il a ajouté") or "continuation";
    /// None when unknown.
    pub cue: Option<String>,
    /// 0.0 (unknown) ..= 1.0; see the module doc for the scale.
    pub confidence: f32,
    /// Index (in this Extraction's `quotes`) of the earlier part of the same statement.
    pub continues: Option<usize>,
    /// Index of the paragraph it is in (in `Page::paragraphs`).
    pub paragraph: usize,
    /// The cue tells of words said before the reported event ("avait déclaré en mai X").
    pub said_earlier: bool,
}

#[derive(Debug, Clone, Default)]
pub struct Extraction {
    /// Quotations in text order.
    pub quotes: Vec<FoundQuote>,
    /// What was not sure (unattributed, unclosed, guessed, unknown names).
    pub doubts: Vec<Doubt>,
}

/// The previous body paragraph's span, and its last quote (index, attribution end) when the
/// paragraph ends with it.
type PrevPara = (Range<usize>, Option<(usize, usize)>);

/// What attributed a quote, before it becomes a `FoundQuote`.
struct Attr {
    who: Option<SpeakerRef>,
    cue: Option<String>,
    confidence: f32,
    continues: Option<usize>,
    /// Where the attribution words end (a continuation may follow right after).
    end: usize,
}

/// Find the quotations of the article's body paragraphs and who said them, over the people
/// the mention pass found. `date` is the date of the meeting the article reports (else its
/// publication date): titles such as "le ministre russe de la Défense" are resolved to whoever
/// held them then.
/// `home`: the nationality of the country the article is written from (its dateline's), for
/// titles it does not qualify ("le Premier ministre").
pub fn extract(
    page: &Page,
    k: &Knowledge,
    found: PageMentions,
    date: Option<FuzzyDate>,
    home: Option<&'static str>,
) -> Extraction {
    let text = page.text;
    let PageMentions { paragraphs: mentioned, people } = found;
    let mut art = Article::new(*k, date, people);
    art.home = home;
    let mut out = Extraction::default();
    // The previous body paragraph: its last quote (index, attribution end) and whether it
    // ended with a colon (frame for a quote opening the next paragraph).
    let mut prev_para: Option<PrevPara> = None;
    // Quotations left open at the end of their paragraphs, no speaker found, each paragraph
    // after the first opening on its «: one statement over paragraphs ("« A.\n« B », dit X"),
    // whose speaker the paragraph that closes it names.
    let mut open_run: Vec<usize> = Vec::new();
    // A quotation alone in its paragraph, no speaker or only a guess: the next paragraph may
    // open on who said it ("« … »\n\nC'est en ces termes que X a réagi.").
    let mut alone_before: Option<usize> = None;
    for (pi, para) in page.body() {
        if text.get(para.span.clone()).is_none() {
            continue;
        }
        let span = para.span.clone();
        let toks = page.words(pi);
        let found = quotes::find_in(k.lang, text, span.clone(), page.marks(pi), &toks);
        let mentions = art.resolve_paragraph(mentioned.get(pi).map_or(&[], Vec::as_slice), &toks);
        let sentences = page.sentences(pi);
        let mut last_in_para: Option<(usize, usize)> = None;
        let run_before = std::mem::take(&mut open_run);
        if let (Some(i), Some(first)) = (alone_before.take(), sentences.first()) {
            let quoteless = found.quotes.first().is_none_or(|q| q.open.start >= first.end);
            let scope = Scope {
                text,
                toks: &toks,
                para: &span,
                mentions: &mentions,
                sentence: first.clone(),
                at: first.start,
                quoted: &found.quoted,
            };
            if let Some(a) = quoteless.then(|| named_below(&mut art, &scope, first.clone())).flatten() {
                let e = &mut out.quotes[i];
                // (The doubt about its speaker goes with the guess it replaces.)
                let at = e.span.start;
                out.doubts
                    .retain(|d| d.at != at || !matches!(d.kind, DoubtKind::Unattributed | DoubtKind::WeakAttribution));
                if a.confidence < WEAK {
                    let excerpt = excerpt(&text[e.span.clone()]);
                    out.doubts.push(Doubt { kind: DoubtKind::WeakAttribution, at, excerpt });
                }
                (e.speaker, e.cue, e.confidence) = (a.who, a.cue, a.confidence);
            }
        }
        let mut qi = 0;
        for (si, sent) in sentences.iter().enumerate() {
            let mut attributed_here = false;
            let mut said_here: Option<SpeakerRef> = None;
            let mut opened_by: Option<SpeakerRef> = None;
            while qi < found.quotes.len() && found.quotes[qi].open.start < sent.end {
                let q = &found.quotes[qi];
                qi += 1;
                let scope = Scope {
                    text,
                    toks: &toks,
                    para: &span,
                    mentions: &mentions,
                    sentence: sent.clone(),
                    at: q.open.start,
                    quoted: &found.quoted,
                };
                // Sentences are in text order: its neighbours are the ones beside it (a scan
                // for them would make a paragraph of many quoted sentences quadratic).
                let next = sentences.get(si + 1).cloned();
                let prev = si.checked_sub(1).and_then(|p| sentences.get(p)).cloned();
                let around = (span.clone(), prev, next);
                let mut a = attribute(&mut art, q, &scope, around, last_in_para, prev_para.as_ref(), &out.quotes);
                // "« … »" alone in its paragraph, signed on the line below: "— Jennifer Psaki,
                // directrice de la communication".
                let alone = q.open.start == span.start && text[q.end()..span.end].trim().is_empty();
                // (The signature outweighs a guess.)
                if (a.who.is_none() || a.confidence < 0.6) && alone {
                    if let Some((who, cue)) = signed_below(&mut art, page, pi + 1) {
                        a = Attr { who: Some(who), cue: Some(cue), confidence: 0.85, ..a };
                    }
                }
                if a.who.as_ref().is_some_and(|w| !looks_like_a_name(k.lang, w)) {
                    a = Attr { who: None, cue: None, confidence: 0.0, ..a };
                }
                if alone && a.confidence < 0.8 {
                    alone_before = Some(out.quotes.len());
                }
                if let Some(w) = &a.who {
                    art.push_focus(w);
                    attributed_here = true;
                    said_here = Some(w.clone());
                }
                let index = out.quotes.len();
                if q.open.start == span.start && !run_before.is_empty() {
                    if a.who.is_some() && a.confidence >= 0.6 && a.continues.is_none() {
                        for &i in &run_before {
                            let e = &mut out.quotes[i];
                            e.speaker = a.who.clone();
                            e.cue = Some("continuation".into());
                            e.confidence = 0.75;
                        }
                    } else if a.who.is_none() && q.unclosed() {
                        open_run = run_before.clone();
                    }
                }
                last_in_para = Some((index, a.end));
                doubt_for(text, q, &a, &mut out.doubts);
                let said_earlier = a.cue.as_deref().is_some_and(|c| k.lang.tells_of_earlier_speech(c));
                out.quotes.push(FoundQuote {
                    span: q.span.clone(),
                    kind: q.kind,
                    unclosed: q.unclosed(),
                    speaker: a.who,
                    cue: a.cue,
                    confidence: a.confidence,
                    continues: a.continues,
                    paragraph: pi,
                    said_earlier,
                });
            }
            if !attributed_here {
                let scope = Scope {
                    text,
                    toks: &toks,
                    para: &span,
                    mentions: &mentions,
                    sentence: sent.clone(),
                    at: sent.end,
                    quoted: &found.quoted,
                };
                match art.sentence_subject(&scope, |_| true) {
                    Some(w) => art.push_focus(&w),
                    // "X a conclu sa visite. Le nouveau premier ministre du Canada a quitté …":
                    // a title opening the sentence that stands for someone just named.
                    None => match opens_on_title(k.lang, &toks, sent)
                        .then(|| art.opening_subject(&scope))
                        .flatten()
                        .filter(|(w, how)| art.is_person(w) && matches!(how, How::Description | How::Anaphor))
                    {
                        Some((w, _)) => {
                            art.push_focus(&w);
                            opened_by = Some(w);
                        }
                        None => art.note_sentence_without_subject(text, &toks, sent.clone()),
                    },
                }
            }
            let scope = Scope {
                text,
                toks: &toks,
                para: &span,
                mentions: &mentions,
                sentence: sent.clone(),
                at: sent.end,
                quoted: &found.quoted,
            };
            art.end_sentence(&scope, said_here.or(opened_by));
        }
        art.end_paragraph(&mentions);
        // A paragraph "ends with" its last quote when only its attribution and punctuation follow.
        let tail = last_in_para.filter(|&(i, _)| out.quotes[i].speaker.is_some()).filter(|&(_, end)| {
            text[end.min(span.end)..span.end].chars().all(|c| c.is_whitespace() || c.is_ascii_punctuation())
        });
        // This paragraph's last quotation, open to its end with no speaker, maybe continues.
        if let Some((i, _)) = last_in_para {
            let e = &out.quotes[i];
            let to_end = text[e.span.end.min(span.end)..span.end].trim().is_empty();
            if e.unclosed && e.speaker.is_none() && to_end && (open_run.is_empty() || open_run.last() != Some(&i)) {
                open_run.push(i);
            } else {
                open_run.clear();
            }
        }
        prev_para = Some((span, tail));
    }
    // In text order (the mention pass noted most before attribution noted the others).
    let mut unknown = std::mem::take(&mut art.people.unknown);
    unknown.sort_by_key(|(_, at)| *at);
    for (name, at) in unknown {
        out.doubts.push(Doubt { kind: DoubtKind::UnknownName, at, excerpt: for_terminal(&name).into_owned() });
    }
    out
}

/// The person a paragraph opening on a dash names, as a quotation's signature: "— Jennifer
/// Psaki, directrice de la communication de la Maison-Blanche" (the name up to a comma or a
/// parenthesis, capitalised words and particles).
fn signed_below(art: &mut Article, page: &Page, pi: usize) -> Option<(SpeakerRef, String)> {
    let text = page.text;
    let para = page.paragraphs.get(pi)?;
    let whole = text.get(para.span.clone())?;
    let rest = whole.trim_start().strip_prefix(['—', '–'])?.trim_start();
    let name = rest.split([',', '(', '.', ';']).next()?.trim_end();
    // (`rest` ends the paragraph, `name` starts it.)
    let from = para.span.start + whole.len() - rest.len();
    let span = from..from + name.len();
    // (Such a line is furniture to the layout, so its words are not the page's.)
    let toks = crate::text::tokenize(text, span.clone());
    let lang = art.k.lang;
    let cue = fold_whitespace(&text[para.span.clone()]);
    let cue = tail_words(&cue);
    // "— Service de presse du festival": an institution's noun opening the line.
    let institution = toks.first().is_some_and(|t| t.cap() && lang.is_institution_noun(&t.folded));
    if institution && (1..=8).contains(&toks.len()) {
        return Some((SpeakerRef::Collective(fold_whitespace(name), SpeakerKind::Institution), cue));
    }
    let shaped = (1..=5).contains(&toks.len())
        && toks.first().is_some_and(|t| t.cap())
        && toks.iter().all(|t| t.cap() || lang.is_name_particle(&t.folded));
    if !shaped || toks.iter().any(|t| lang.is_function_word(&t.folded) && t.cap()) {
        return None;
    }
    if let Some(e) = art.g.lookup(name) {
        return Some((SpeakerRef::Entry(e), cue));
    }
    if let [one] = &toks[..] {
        if let Some(w) = art.people.aliases.get(one.folded.as_str()) {
            return Some((w.clone(), cue));
        }
    }
    Some((art.people.register_name(&fold_whitespace(name), span.start, &toks), cue))
}

/// `around`: the paragraph's span, and the sentences before and after the quote's in it.
fn attribute(
    art: &mut Article,
    q: &RawQuote,
    scope: &Scope,
    (para, prev, next): (Range<usize>, Option<Range<usize>>, Option<Range<usize>>),
    last_in_para: Option<(usize, usize)>,
    prev_para: Option<&PrevPara>,
    done: &[FoundQuote],
) -> Attr {
    let text = scope.text;
    let none = Attr { who: None, cue: None, confidence: 0.0, continues: None, end: q.end() };
    // The quotation a description may describe the speaker of again: the previous one of the
    // paragraph, or the one that ended the paragraph before when this one opens it.
    let described_last = last_in_para.or_else(|| prev_para.and_then(|p| p.1).filter(|_| q.open.start == para.start));
    // 0. "X a cité Victor Hugo : « … »", "reprenant les mots de Y, X a lancé : « … »": the
    // words are the author's the sentence names, not the speaker's who repeats them.
    if let Some((who, cue)) = requoted_author(art, q, scope) {
        return Attr { who: Some(who), cue: Some(text[cue].to_string()), confidence: 0.8, ..none };
    }
    // 1. Incise right after the quote (or at the comma that ended an unclosed one).
    let inc_at = q.incise_at.unwrap_or(q.end());
    let lang = art.k.lang;
    let mut incise = incise::parse(lang, text, scope.known(), inc_at, para.end).map(|i| (i, 0.95));
    // "« … » a affirmé le bureau", "« … » a-t-il déclaré": a statement's incise without its
    // comma (a fragment inside a clause needs the comma: "sa « ligne rouge » a dit" is rare and
    // ambiguous). Taken only when it names someone.
    if incise.is_none() && q.close.is_some() {
        let words = &text[q.span.clone()];
        let statement = q.kind == QuoteKind::Full || words.trim_end().ends_with(['.', '!', '?', '…']);
        if let Some(inc) = incise::parse_bare(lang, text, scope.known(), q.end(), para.end) {
            let inverted = matches!(inc.subject, Subject::Pronoun(..));
            if statement || inverted {
                // "« … » peut-on lire dans le communiqué": the document's owner.
                let reads = impersonal(lang, text, &inc.subject);
                if let Some(who) = reads.then(|| read_source(art, scope)).flatten() {
                    let cue = Some(text[inc.cue.clone()].to_string());
                    return Attr { who: Some(who), cue, confidence: 0.8, end: inc.cue.end, ..none };
                }
                if let Some((who, how)) = art.resolve(&inc.subject, scope) {
                    let base = if inc.source_marker { 0.85 } else { 0.9 };
                    let cue = Some(text[inc.cue.clone()].to_string());
                    return Attr {
                        who: Some(who),
                        cue,
                        confidence: base * how.factor(),
                        continues: None,
                        end: inc.cue.end,
                    };
                }
            }
        }
    }
    // "la réplique « … » lancée par le député": a participle of saying and its agent.
    if incise.is_none() && q.close.is_some() {
        if let Some(a) = said_by(art, q, scope).or_else(|| qualified_by(art, q, scope)) {
            return a;
        }
    }
    if incise.is_none() && q.close.is_some() {
        incise = later_incise(lang, text, scope.known(), q.end(), scope.sentence.end).map(|i| (i, 0.9));
    }
    // "Le ministre a salué « … », d'après l'agence TASS": the outlet told what the sentence's
    // subject said.
    if let Some((inc, _)) = &incise {
        if inc.source_marker && names_outlet(lang, scope, &inc.subject) {
            if let Some(a) = framed_speaker(art, q, scope) {
                return a;
            }
        }
    }
    if let Some((inc, base)) = incise {
        let base = if inc.source_marker { 0.85 } else { base };
        let cue = Some(text[inc.cue.clone()].to_string());
        // ("est-il possible de lire": an "il" that stands for nobody.)
        let resolved = (!impersonal(lang, text, &inc.subject)).then(|| art.resolve(&inc.subject, scope)).flatten();
        match resolved {
            Some((who, how)) => {
                return Attr { who: Some(who), cue, confidence: base * how.factor(), continues: None, end: inc.cue.end }
            }
            // "selon une transcription": not a speaker; look further. An incise verb with an
            // unknown subject ("a déclaré un responsable") means the text does not say who; a
            // pronoun standing for a title nobody holds in the gazetteer keeps that title in its cue.
            None if !inc.source_marker => {
                // "», peut-on lire sur le site de X": X's words.
                if let Some(who) = impersonal(lang, text, &inc.subject).then(|| read_source(art, scope)).flatten() {
                    return Attr { who: Some(who), cue, confidence: 0.8, end: inc.cue.end, ..none };
                }
                let cue = match (&inc.subject, cue) {
                    (Subject::Pronoun(p, _), Some(c)) => Some(match art.untitled_for(p) {
                        Some(t) => format!("{c} ({t})"),
                        None => c,
                    }),
                    (_, c) => c,
                };
                if let Some(who) = titled_next(art, &inc.subject, scope, next.as_ref()) {
                    return Attr { who: Some(who), cue, confidence: 0.55, end: inc.cue.end, ..none };
                }
                if let Some(who) = described_speaker(art, &inc.subject, scope, described_last, done) {
                    return Attr { who: Some(who), cue, confidence: 0.55, end: inc.cue.end, ..none };
                }
                return Attr { cue, end: inc.cue.end, ..none };
            }
            None => {}
        }
    }
    // 2. Right after the previous quote of this paragraph and its incise: the same statement
    // ("« A », dit-il, « B »" keeps the incise's cue; "», a déclaré Zhang. « B" continues).
    if let Some((prev, end)) = last_in_para {
        let between = text.get(end..q.open.start).unwrap_or("x");
        let only_marks = between.chars().all(|c| c.is_whitespace() || matches!(c, '.' | ',' | ';' | '…' | '—' | '–'));
        // "« A », a-t-il dit à la sortie, « B »": a short tail of the incise, then a comma (or
        // the full stop of a tag inside the marks: "« A, a-t-il dit par communiqué. B »").
        // (A quotation resumed after a tag inside the marks opens on the tag's last mark.)
        let resumed = text.get(q.open.clone()).is_some_and(|m| matches!(m, "," | "."));
        let tail = between.trim_end();
        let words = if resumed { Some(tail) } else { tail.strip_suffix(',') };
        let incise_tail = words.is_some_and(|w| !w.contains(['.', '!', '?', ';', ':', '«', '»', '"', '“', '”']))
            && crate::text::words(between).nth(8).is_none();
        if only_marks || incise_tail {
            let p = &done[prev];
            let (cue, confidence) = if between.contains(['.', ';', '…']) || p.cue.is_none() {
                (Some("continuation".to_string()), if p.speaker.is_some() { 0.85 } else { 0.0 })
            } else {
                (p.cue.clone(), p.confidence)
            };
            return Attr { who: p.speaker.clone(), cue, confidence, continues: Some(prev), ..none };
        }
    }
    // 3. "X, qui a déclaré que « … »": the relative's antecedent said it.
    if let Some((who, cue)) = relative_speaker(art, scope) {
        return Attr { who: Some(who), cue: Some(text[cue].to_string()), confidence: 0.85, ..none };
    }
    // 4. Frame before the quote in its sentence.
    if let Some(f) = frame::parse(lang, text, scope.known(), scope.sentence.start, q.open.start, scope.quoted) {
        let cue = Some(text[f.cue.clone()].to_string());
        return match art.resolve(&f.subject, scope) {
            Some((who, how)) => Attr { who: Some(who), cue, confidence: 0.85 * how.factor(), ..none },
            // ("une information, selon laquelle « … »": someone the text does not name.)
            None if matches!(f.subject, Subject::Unnamed) => Attr { cue, ..none },
            // "Cynthia Fleury, psychanalyste et philosophe a affirmé": the apposition hid the
            // name; the sentence's subject before the verb said it.
            // "Sur la page Twitter de X, on pouvait lire : « … »": X's words.
            None => {
                let s2 = Scope { at: f.cue.start, sentence: scope.sentence.clone(), ..*scope };
                match art.sentence_subject(&s2, |_| true) {
                    Some(who) => Attr { who: Some(who), cue, confidence: 0.85 * 0.9, ..none },
                    None => match titled_next(art, &f.subject, scope, next.as_ref())
                        .or_else(|| described_speaker(art, &f.subject, scope, described_last, done))
                    {
                        Some(who) => Attr { who: Some(who), cue, confidence: 0.55, ..none },
                        None => Attr { cue, ..none },
                    },
                }
            }
        };
    }
    // 4. "Son homologue, Jean Dupont, partage ce constat : « … »": a quote right after a colon
    // belongs to the person the sentence is about (its first subject), if it names one.
    let lead = text[scope.sentence.start.min(q.open.start)..q.open.start].trim();
    // "X publie un communiqué qui « condamne … »", "X a publié un communiqué « … »": the
    // document's words are its publisher's, as after a colon.
    let lead_words = crate::text::tokens::within(scope.toks, &(scope.sentence.start..q.open.start));
    let document_says = match lead_words {
        [.., doc, rel] if lang.is_subject_relative(&rel.folded) => lang.is_document_noun(&doc.folded),
        [.., verb, _, doc] => lang.is_document_noun(&doc.folded) && lang.is_publishing_verb(&verb.folded),
        _ => false,
    };
    if lead.ends_with(':') {
        if let Some(np) = frame::author_before_colon(lang, text, lead_words) {
            if let Some((who, how)) = art.resolve(&Subject::Np(np), scope) {
                return Attr { who: Some(who), cue: Some(tail_words(lead)), confidence: 0.8 * how.factor(), ..none };
            }
        }
    }
    if lead.ends_with(':') || document_says {
        let s2 = Scope { at: q.open.start, sentence: scope.sentence.clone(), ..*scope };
        // (Or its pronoun subject: "…, il l'a félicitée pour une « … » : « … »".)
        // An organisation too, when the sentence says it publishes ("Greenpeace publie un
        // rapport : « … »"); not "La France a connu une année noire : « … »".
        let lead_toks = crate::text::tokens::within(scope.toks, &(scope.sentence.start..q.open.start));
        // (Its publishing verb near the quote: a long sentence is not scanned for every quote.)
        let publishes = lead_toks.iter().rev().take(NEAR_WORDS).any(|t| {
            !t.cap() && lang.is_publishing_verb(&t.folded) && !tokens::in_quoted(scope.quoted, t.start..t.end)
        });
        let subject = art
            .sentence_subject(&s2, |w| art.is_person(w) || publishes)
            .or_else(|| art.leading_pronoun(&s2))
            .or_else(|| read_source(art, scope))
            .or_else(|| publishes.then(|| publisher(art, lead_toks, scope)).flatten())
            // ("Le 7 avril, le gouvernement des États-Unis publie un communiqué qui « … »".)
            .or_else(|| publishes.then(|| art.opening_subject(&s2).map(|(w, _)| w)).flatten());
        if let Some(who) = subject {
            // The cue is the sentence's words up to the colon.
            let cue = Some(tail_words(lead));
            return Attr { who: Some(who), cue, confidence: 0.7, ..none };
        }
    }
    // "Mettant en exergue « … », X prévoit que": words in the opening participle clause are
    // the main clause's subject's.
    if let Some((who, how)) =
        art.after_nonfinite_opening(&Scope { at: q.end(), sentence: scope.sentence.clone(), ..*scope })
    {
        return Attr { who: Some(who), cue: Some(tail_words(lead)), confidence: 0.75 * how.factor(), ..none };
    }
    // 5. A source for the whole sentence: "Pour X, …", "…, d'après le maire, Jean Dupont."
    if let Some((cue, subject)) = sentence_source(lang, scope) {
        if let Some((who, how)) = art.resolve(&subject, scope) {
            let cue = Some(text[cue].to_string());
            return Attr { who: Some(who), cue, confidence: 0.8 * how.factor(), ..none };
        }
    }
    // "Le ministre Jean Roy sent « … »": a person's verb whose object is the quotation (a
    // verb of no known saying: a guess).
    let s2 = Scope { at: q.open.start, sentence: scope.sentence.clone(), ..*scope };
    if let Some(who) = art.subject_then_verb(&s2) {
        return Attr { who: Some(who), cue: Some(tail_words(lead)), confidence: 0.55, ..none };
    }
    // 6. "« … » C'est ce qu'a déclaré X.", "« … » Ce sont les mots de X.": a quotation alone
    // in its sentence, and the next sentence names who said it.
    // Or the same words after a colon in its own sentence ("« … » : c'est ainsi que X a résumé").
    // (A quotation ending a longer sentence only with words that plainly point back at it:
    // "X a décidé de « … ». C'est ce qu'a annoncé Y.")
    let alone = alone_in_sentence(text, q, &scope.sentence);
    let ends_sentence = text
        .get(q.end().min(scope.sentence.end)..scope.sentence.end)
        .is_some_and(|rest| rest.chars().all(|c| c.is_whitespace() || c.is_ascii_punctuation() || c == '…'));
    if let Some(next) = next.clone().filter(|_| !alone && ends_sentence) {
        if let Some(a) = named_below(art, scope, next) {
            return a;
        }
    }
    let next = next.filter(|_| alone);
    // The words after a quotation opening its sentence, past a colon or a comma.
    let after_mark = |mark: char| {
        text.get(q.end()..scope.sentence.end).and_then(|rest| {
            let r = rest.trim_start().strip_prefix(mark)?;
            let lead = text.get(scope.sentence.start..q.open.start)?;
            lead.trim().is_empty().then(|| scope.sentence.end - r.len()..scope.sentence.end)
        })
    };
    let after_colon = after_mark(':');
    for next in next.into_iter().chain(after_colon) {
        if let Some(a) = named_next(art, scope, next) {
            return a;
        }
    }
    // "« … », c'est le constat présenté par X": the same words after a comma.
    if let Some(a) = after_mark(',').and_then(|rest| named_back(art, scope, rest)) {
        return a;
    }
    // 7. "X a reconnu des difficultés. « … »": maybe X's words (a guess).
    if let Some(prev) = prev {
        if let Some(a) = framed_before(art, q, scope, prev) {
            return a;
        }
    }
    let opens_para = q.open.start == para.start;
    if opens_para {
        if let Some((prev_span, tail)) = prev_para {
            // Previous paragraph ending with a colon: its last sentence frames this quote.
            if text[prev_span.clone()].ends_with(':') {
                let sents = layout::sentences(lang, text, prev_span.clone());
                if let Some(last) = sents.last() {
                    if let Some((who, how, cue)) = framed_by_sentence(art, scope, last, prev_span.end) {
                        return Attr { who: Some(who), cue: Some(cue), confidence: 0.75 * how.factor(), ..none };
                    }
                    // No verb of saying: the person that sentence is about ("C'est X qui a fait
                    // le premier pas :").
                    let about = art.history.last().filter(|r| r.end == last.end).and_then(|r| r.subject.clone());
                    if let Some(who) = about.filter(|w| art.is_person(w)) {
                        return Attr {
                            who: Some(who),
                            cue: Some(tail_words(&text[last.clone()])),
                            confidence: 0.6,
                            ..none
                        };
                    }
                }
            }
            if let Some((prev, _)) = tail {
                let who = done[*prev].speaker.clone();
                return Attr { who, cue: Some("continuation".into()), confidence: 0.6, ..none };
            }
            // "X s'est exprimé sur les relations bilatérales." then a paragraph that is one
            // quotation: most likely what X said (a guess).
            if alone_in_paragraph(text, q, &para) {
                let sents = layout::sentences(lang, text, prev_span.clone());
                if let Some(last) = sents.last().filter(|l| !text[(*l).clone()].contains(['«', '»', '"', '“', '”']))
                {
                    if let Some((who, _, cue)) =
                        framed_by_sentence(art, scope, last, last.end).filter(|(w, _, _)| art.is_person(w))
                    {
                        return Attr { who: Some(who), cue: Some(cue), confidence: 0.55, ..none };
                    }
                }
            }
        }
    }
    // 8. "La société X va envoyer la facture aux automobilistes « qui n'ont pas pu … »": quoted
    // words going on a sentence about someone, with no verb of saying, are probably theirs (a
    // guess).
    let goes_on = text[q.span.clone()].chars().next().is_some_and(char::is_lowercase);
    if goes_on && !opens_para && q.open.start > scope.sentence.start {
        let s2 = Scope { at: q.open.start, sentence: scope.sentence.clone(), ..*scope };
        if let Some(who) =
            art.sentence_subject(&s2, |w| !matches!(w, SpeakerRef::Collective(_, crate::model::SpeakerKind::Group)))
        {
            let cue = Some(tail_words(&text[scope.sentence.start..q.open.start]));
            return Attr { who: Some(who), cue, confidence: 0.5, ..none };
        }
    }
    none
}

/// Whether an incise's subject stands for nobody: "peut-on lire", "est-il possible de lire".
fn impersonal(lang: &dyn Language, text: &str, subject: &Subject) -> bool {
    let Subject::Pronoun(p, span) = subject else { return false };
    let next = text.get(span.end..).and_then(|r| crate::text::words(r).next()).map(|w| crate::text::fold(w.text));
    lang.is_impersonal_subject(p, next.as_deref().unwrap_or(""))
}

/// Whether the sentence `sent` opens on a definite article and a title ("Le nouveau premier
/// ministre du Canada a quitté …"): the only openings a description of someone named before
/// may take (checked before resolving one).
fn opens_on_title(lang: &dyn Language, toks: &[tokens::Token], sent: &Range<usize>) -> bool {
    let i = toks.partition_point(|t| t.start < sent.start);
    matches!(toks.get(i..i + 2), Some([det, head]) if lang.function_word(&det.folded).singular_definite() && lang.is_title_word(&head.folded))
}

/// "Ayman al-Zawahiri, qui déclare à ce propos que « … »", "bloqué par Obama, qui estimait qu'il
/// ne renforçait pas « … »": a name, a comma, "qui" and a reporting verb before the quote.
fn relative_speaker(art: &mut Article, scope: &Scope) -> Option<(SpeakerRef, Range<usize>)> {
    let lang = art.k.lang;
    let text = scope.text;
    let toks = crate::text::tokens::within(scope.toks, &(scope.sentence.start..scope.at));
    let mut best = None;
    for m in scope.mentions.iter().filter(|m| m.span.start >= scope.sentence.start && m.span.end <= scope.at) {
        let after = text[m.span.end..scope.at].trim_start();
        let Some(rest) = after.strip_prefix(',') else { continue };
        let rest_start = scope.at - rest.len();
        let mut words = crate::text::tokens::within(toks, &(rest_start..scope.at));
        // ("Florence Parly, ministre des Armées, qui a indiqué": past an apposition.)
        let apposed = words.first().is_some_and(|w| {
            !w.cap() && (lang.is_title_word(&w.folded) || lang.function_word(&w.folded).opens_phrase())
        });
        if apposed {
            if let Some(c) = (1..words.len().min(10)).find(|&j| tokens::gap(text, words, j, rest_start).contains(',')) {
                let clean = !tokens::gap(text, words, c, rest_start).trim().contains(|ch: char| ch != ',')
                    && words[..c].iter().all(|w| !lang.is_reporting_verb(&w.folded) && !lang.is_auxiliary(&w.folded));
                if clean {
                    words = &words[c..];
                }
            }
        }
        if !words.first().is_some_and(|w| lang.is_subject_relative(&w.folded)) {
            continue;
        }
        let verb = words.iter().skip(1).take(4).find(|w| lang.is_reporting_verb(&w.folded) && !w.cap());
        let earlier = verb.is_some_and(|v| told_before(lang, text, &words[1..], v, scope.at));
        if let Some(v) = verb.filter(|_| !earlier) {
            if art.is_person(&m.who) || matches!(m.who, SpeakerRef::Collective(..)) {
                best = Some((m.who.clone(), m.span.start..v.end));
            }
        }
    }
    if best.is_some() {
        return best;
    }
    // A name the mention pass did not take for one ("bloqué par Dubreuil, qui estimait"): the
    // capitalised words right before ", qui" and a reporting verb.
    // (Among the last words before the quote: the verb's clause is short.)
    for (i, w) in toks.iter().enumerate().skip(toks.len().saturating_sub(30).max(1)) {
        if !lang.is_subject_relative(&w.folded) || tokens::gap(text, toks, i, scope.sentence.start).trim() != "," {
            continue;
        }
        let Some(v) = toks[i + 1..].iter().take(4).find(|w| lang.is_reporting_verb(&w.folded) && !w.cap()) else {
            continue;
        };
        if told_before(lang, text, &toks[i + 1..], v, scope.at) {
            continue;
        }
        let mut a = i;
        while a > 0 && i - a < 4 && toks[a - 1].cap() && (a == i || tokens::is_tight(tokens::gap(text, toks, a, 0))) {
            a -= 1;
        }
        let inside = scope.quoted.iter().any(|q| q.start <= toks[i - 1].start && toks[i - 1].end <= q.end);
        // "X, délégué de SUD-Rail, qui estime": a noun's complement is not who speaks; a
        // person's name is ("le cas de Cyprien, qui commente", a first name that is no place).
        let complement = a > 0 && lang.function_word(&toks[a - 1].folded).of && !art.k.is_first_name(&toks[a].folded);
        if a == i
            || inside
            || complement
            || toks[a..i].iter().any(|t| lang.is_function_word(&t.folded) || t.text.chars().count() < 2)
        {
            continue;
        }
        let span = toks[a].start..toks[i - 1].end;
        let who =
            art.people.register_name(&crate::model::fold_whitespace(&text[span.clone()]), span.start, &toks[a..i]);
        best = Some((who, span.start..v.end));
    }
    best
}

/// "X a répondu à Y, qui avait commenté sa pétition : « … »": a relative clause whose verb `v`
/// (after the words `after_qui`) is in the pluperfect and ends on the colon before the
/// quotation at `at` tells what was said before; the words after the colon answer it.
fn told_before(lang: &dyn Language, text: &str, after_qui: &[tokens::Token], v: &tokens::Token, at: usize) -> bool {
    let plup = lang.events().pluperfect_auxiliaries;
    after_qui.iter().take_while(|w| w.start < v.start).any(|w| plup.contains(&w.folded.as_str()))
        && text[v.end..at].trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '«' | '“' | '"')).ends_with(':')
}

/// "la ministre des Sports a estimé que « … ». Amélie Roy a ajouté …": a title nobody was
/// named with, and the next sentence opens on a person of its gender who speaks — probably
/// the one the title meant (a guess).
fn titled_next(art: &Article, subject: &Subject, scope: &Scope, next: Option<&Range<usize>>) -> Option<SpeakerRef> {
    let lang = art.k.lang;
    let (Subject::Np(np), Some(next)) = (subject, next) else { return None };
    let words = crate::text::tokens::within(scope.toks, np);
    let [det, head, ..] = words else { return None };
    if !lang.function_word(&det.folded).singular_definite() || head.cap() || !lang.is_title_word(&head.folded) {
        return None;
    }
    let pron = lang.title_gender(&det.folded).or_else(|| lang.title_gender(&head.folded));
    let toks = crate::text::tokens::within(scope.toks, next);
    let first = toks.first()?;
    let m = scope.mentions.iter().find(|m| m.span.start == first.start)?;
    let after = toks.iter().position(|t| t.start >= m.span.end)?;
    let speaks = toks[after..].iter().take(3).any(|t| lang.is_reporting_verb(&t.folded) && !t.cap());
    (speaks && art.is_person(&m.who) && art.gender_ok(&m.who, pron)).then(|| m.who.clone())
}

/// "Pour Paul Roy, « … ». Le syndicaliste a ajouté : « … »": a definite description of one
/// person ("le syndicaliste", "la militante"), nobody named with it, in the sentence right
/// after a quotation of its paragraph whose speaker, of its gender, it describes again (a
/// guess). Only the previous quotation of the paragraph is read.
fn described_speaker(
    art: &Article,
    subject: &Subject,
    scope: &Scope,
    last_in_para: Option<(usize, usize)>,
    done: &[FoundQuote],
) -> Option<SpeakerRef> {
    let lang = art.k.lang;
    let Subject::Np(np) = subject else { return None };
    // (Or the article's last quotation, further back: then only when every sentence since had
    // its speaker or nobody for subject: "« A », a déclaré X. X a rappelé …¶« B », a ajouté la
    // ministre des Affaires étrangères".)
    let (prev, prev_end, far) = match last_in_para {
        Some((i, end)) => (i, end, false),
        None => (done.len().checked_sub(1)?, done.last()?.span.end, true),
    };
    let words = crate::text::tokens::within(scope.toks, np);
    // (Or a title and its complement: "a ajouté la ministre des Affaires étrangères".)
    let (det, head, complement) = match words {
        [det, head] | [det, head, _] => (det, head, false),
        [det, head, of, ..]
            if words.len() <= 8 && lang.is_title_word(&head.folded) && lang.function_word(&of.folded).of =>
        {
            (det, head, true)
        }
        _ => return None,
    };
    let describes_one = !head.cap()
        && !lang.is_function_word(&head.folded)
        && !lang.is_document_noun(&head.folded)
        && !lang.is_institution_noun(&head.folded)
        && !lang.is_organisation_word(&head.folded)
        && (complement || words[1..].iter().all(|t| !t.cap()));
    if !describes_one {
        return None;
    }
    if !lang.function_word(&det.folded).singular_definite() {
        return None;
    }
    let pron = lang.title_gender(&det.folded);
    // The previous quotation, its attribution ending in this sentence or the one before.
    let who = done.get(prev)?.speaker.clone()?;
    if prev_end > np.start {
        return None;
    }
    if far || scope.text[prev_end..np.start].matches(['.', '!', '?']).count() > 1 {
        // (The history keeps the last sentences only: it must reach back to the quotation.)
        let covered = art.history.len() < HISTORY_LEN || art.history.first().is_some_and(|r| r.end <= prev_end);
        let since = art.history.iter().filter(|r| r.end > prev_end && r.end <= np.start);
        // (And one of them had the speaker for subject: the article still speaks of them.)
        let theirs = |r: &&resolve::SentenceRecord| r.subject.as_ref() == Some(&who);
        // (Past the quotation's own sentence.)
        let about = since.clone().skip(1).any(|r| theirs(&r));
        if !covered || !about || !since.clone().all(|r| r.subject.is_none() || theirs(&r)) || since.count() > 3 {
            return None;
        }
    }
    (art.is_person(&who) && art.gender_ok(&who, pron)).then_some(who)
}

/// Whether the quotation `q` is all its sentence holds, but punctuation (and the dateline
/// that opens an article: "12 mai. – « … »").
fn alone_in_sentence(text: &str, q: &RawQuote, sentence: &Range<usize>) -> bool {
    let bare = |s: &str| s.chars().all(|c| c.is_whitespace() || c.is_ascii_punctuation() || c == '…');
    let Some(lead) = text.get(sentence.start..q.open.start.max(sentence.start)) else { return false };
    let lead = lead.trim_end();
    let dateline = lead.ends_with(['–', '—']);
    (bare(lead) || dateline) && text.get(q.end().min(sentence.end)..sentence.end).is_some_and(bare)
}

/// Step 7 of [`attribute`]: "Le directeur, X, a reconnu des difficultés. « … »" — a full
/// quotation alone in its sentence, after a sentence whose subject says something, may be
/// that subject's words. A guess (weak confidence, doubted).
fn framed_before(art: &mut Article, q: &RawQuote, scope: &Scope, prev: Range<usize>) -> Option<Attr> {
    if q.kind != QuoteKind::Full || !alone_in_sentence(scope.text, q, &scope.sentence) {
        return None;
    }
    let lang = art.k.lang;
    let text = scope.text;
    let end = text[prev.clone()].trim_end().trim_end_matches(['.', '!', '…']).len() + prev.start;
    let s2 = Scope { sentence: prev.clone(), at: end, ..*scope };
    let Some(f) = frame::parse(lang, text, scope.known(), prev.start, end, scope.quoted) else {
        // "X a rendu hommage à l'adversaire. « … »": no verb of saying, but a person the text
        // names is the sentence's subject, and a quotation standing alone after it is most
        // likely theirs (as likely as not: a guess).
        let who = art.sentence_subject(&s2, |w| art.is_person(w))?;
        let cue = Some(text[prev].trim_end().to_string()).map(|c| tail_words(&c));
        return Some(Attr { who: Some(who), cue, confidence: 0.5, continues: None, end: q.end() });
    };
    let (who, _) = art.resolve(&f.subject, &s2)?;
    if !art.is_person(&who) {
        return None;
    }
    let cue = Some(text[f.cue.clone()].to_string());
    Some(Attr { who: Some(who), cue, confidence: 0.55, continues: None, end: q.end() })
}

/// Who the frame of sentence `last` (of an earlier paragraph, read up to `end`) names, how, and
/// its cue.
fn framed_by_sentence(
    art: &mut Article,
    scope: &Scope,
    last: &Range<usize>,
    end: usize,
) -> Option<(SpeakerRef, How, String)> {
    let text = scope.text;
    let f = frame::parse(art.k.lang, text, Known::NONE, last.start, end, &[])?;
    let s2 = Scope { sentence: last.clone(), at: end, mentions: &[], toks: &[], para: Known::NONE.span, ..*scope };
    let (who, how) = art.resolve(&f.subject, &s2)?;
    Some((who, how, text[f.cue].to_string()))
}

/// Whether quotation `q` is all its paragraph `para` holds (but for punctuation).
fn alone_in_paragraph(text: &str, q: &RawQuote, para: &Range<usize>) -> bool {
    q.open.start == para.start && !text[q.end()..para.end].chars().any(char::is_alphanumeric)
}

/// The last 120 bytes of a cue at most (a sentence's words before its quotation).
fn tail_words(cue: &str) -> String {
    let cut = tokens::floor(cue, cue.len().saturating_sub(120));
    cue[cut..].trim_start().to_string()
}

/// Step 6 of [`attribute`]: the words after a quotation standing alone (`next`) say who said it.
fn named_next(art: &mut Article, scope: &Scope, next: Range<usize>) -> Option<Attr> {
    let toks = crate::text::tokens::within(scope.toks, &next);
    let words: Vec<&str> = toks.iter().take(BACK_WORDS).map(|t| t.folded.as_str()).collect();
    match art.k.lang.back_reference(&words) {
        Some(_) => named_back(art, scope, next),
        None => named_then_speaks(art, scope, next, toks),
    }
}

/// How many words of a sentence are read for a back-reference ("C'est le constat présenté,
/// ce matin, par").
const BACK_WORDS: usize = 10;

/// The words `next` open on a back-reference to the quotation before them ("C'est ce qu'a
/// déclaré X", "Ce sont les mots de X"): who it names.
fn named_back(art: &mut Article, scope: &Scope, next: Range<usize>) -> Option<Attr> {
    let text = scope.text;
    let lang = art.k.lang;
    let toks = crate::text::tokens::within(scope.toks, &next);
    let words: Vec<&str> = toks.iter().take(BACK_WORDS).map(|t| t.folded.as_str()).collect();
    let (n, speaker_follows) = lang.back_reference(&words)?;
    let rest = toks.get(n..)?;
    let s2 = Scope { sentence: next.clone(), at: next.end, ..*scope };
    let (cue_end, subject) = if speaker_follows {
        let (np, subject) = incise::speaker_phrase(lang, text, rest, 0)?;
        (np.end, subject)
    } else if let Some(inc) = incise::parse_inverted(lang, text, rest) {
        (inc.cue.end, inc.subject)
    } else {
        // "c'est ainsi que le général Li a résumé": the subject, then its verb.
        let (np, subject) = incise::speaker_phrase(lang, text, rest, 0)?;
        let verb = rest.get(rest.partition_point(|t| t.start < np.end))?;
        if verb.cap() || !(lang.is_auxiliary(&verb.folded) || lang.is_reporting_verb(&verb.folded)) {
            return None;
        }
        (verb.end, subject)
    };
    let (who, how) = art.resolve(&subject, &s2)?;
    let cue = Some(text[toks[0].start..cue_end].to_string());
    Some(Attr { who: Some(who), cue, confidence: 0.85 * how.factor(), continues: None, end: cue_end })
}

/// The first sentence of the paragraph after a quotation standing alone in its own, when it
/// opens on words that point back at it ("C'est en ces termes que X a réagi", "Ces propos
/// sont ceux de X"): who said it.
fn named_below(art: &mut Article, scope: &Scope, first: Range<usize>) -> Option<Attr> {
    let toks = crate::text::tokens::within(scope.toks, &first);
    let words: Vec<&str> = toks.iter().take(8).map(|t| t.folded.as_str()).collect();
    art.k.lang.back_reference(&words)?;
    named_next(art, scope, first)
}

/// "« … » Romain Roy, un témoin, raconte la scène.": the sentence after a lone quotation opens
/// on a name (maybe with an apposition between commas) whose verb is one of saying.
fn named_then_speaks(art: &mut Article, scope: &Scope, next: Range<usize>, toks: &[tokens::Token]) -> Option<Attr> {
    let lang = art.k.lang;
    let text = scope.text;
    // ("« … » Alors que la guerre continue, le général X appelle …": past a fronted clause of
    // contrast and its comma.)
    let contrast = match toks {
        [a, b, ..] => lang.events().contrast_openers.iter().any(|(x, y)| a.folded == *x && b.folded == *y),
        _ => false,
    };
    let toks = match contrast {
        true => &toks[(2..toks.len().min(CONTRAST_WORDS)).find(|&j| gap_has_comma(text, toks, j))?..],
        false => toks,
    };
    let first = toks.first()?;
    // (Or a description, when the verb points back: "« … » Le consul, Pierre Roy, a ainsi
    // conclu son discours.")
    // (After the clause of contrast, a determiner is in lowercase.)
    if !(first.cap() || contrast) || lang.is_function_word(&first.folded) && !lang.is_determiner(&first.folded) {
        return None;
    }
    let (np, subject) = incise::speaker_phrase(lang, text, toks, 0)?;
    // A description names no one ("Le consul"); a title and a name do ("Le général Pierre Roy").
    let described = lang.is_determiner(&first.folded)
        && !crate::text::tokens::within(toks, &np).iter().skip(1).any(|t| t.cap() && !lang.is_title_word(&t.folded));
    let mut k = toks.partition_point(|t| t.start < np.end);
    // The apposition: ", un témoin," at most twelve words (none when the phrase took the name
    // apposed to its title: "Le consul, Pierre Roy, a ainsi conclu").
    let apposed = text[np.clone()].contains(',');
    if !apposed && text[np.end..].trim_start().starts_with(',') {
        match (k + 1..toks.len().min(k + 13)).find(|&j| gap_has_comma(text, toks, j)) {
            Some(close) => k = close,
            None if described => {}
            None => return None,
        }
    }
    let verb = toks[k..].iter().take(3).find(|t| !t.cap() && lang.is_reporting_verb(&t.folded))?;
    let points_back = toks[k..].iter().take(3).any(|t| lang.is_back_pointing_adverb(&t.folded));
    // ("X a déclaré hier que tout allait bien": a statement of its own, not the quotation's.)
    let v = toks.partition_point(|t| t.start < verb.end);
    let own_statement = toks[v..].iter().take(3).any(|t| lang.is_complementizer(&t.folded));
    if (described || own_statement) && !points_back {
        return None;
    }
    let s2 = Scope { sentence: next.clone(), at: np.end, ..*scope };
    let (who, how) = art.resolve(&subject, &s2)?;
    if !art.is_person(&who) {
        return None;
    }
    let cue = Some(text[first.start..verb.end].to_string());
    Some(Attr { who: Some(who), cue, confidence: 0.8 * how.factor(), continues: None, end: verb.end })
}

/// Words at most of a fronted clause of contrast before the subject it is read past.
const CONTRAST_WORDS: usize = 30;

fn gap_has_comma(text: &str, toks: &[tokens::Token], j: usize) -> bool {
    tokens::gap(text, toks, j, toks[0].start).contains(',')
}

/// Step 0 of [`attribute`]: a marker of words taken from another author ("a cité", "reprenant
/// les mots de") next to the quote in its sentence, with no other quotation between, and the
/// name after it.
fn requoted_author(art: &mut Article, q: &RawQuote, scope: &Scope) -> Option<(SpeakerRef, Range<usize>)> {
    let lang = art.k.lang;
    let text = scope.text;
    let toks = near(scope, q.open.start, q.end());
    let inside = |t: &tokens::Token| tokens::in_quoted(scope.quoted, t.start..t.end);
    for (j, t) in toks.iter().enumerate() {
        if inside(t) || t.cap() && j > 0 {
            continue;
        }
        let words: Vec<&str> = toks[j..].iter().take(4).map(|t| t.folded.as_str()).collect();
        let Some(n) = lang.requote_marker(&words) else { continue };
        // "la cité", "une citation": a noun, not the verb.
        if j > 0 && lang.is_determiner(&toks[j - 1].folded) {
            continue;
        }
        // Next to this quotation: no other one between them.
        let (a, b) = if t.start < q.open.start { (t.start, q.open.start) } else { (q.end(), t.start) };
        let from = scope.quoted.partition_point(|r| r.start < a);
        if scope.quoted[from..].iter().take_while(|r| r.start < b).any(|r| r.end <= b && r.start != q.span.start) {
            continue;
        }
        let Some((np, subject)) = incise::speaker_phrase(lang, text, toks, j + n) else { continue };
        let named = crate::text::tokens::within(toks, &np).first().is_some_and(|w| w.cap());
        if !named {
            continue;
        }
        if let Some((who, _)) = art.resolve(&subject, scope) {
            return Some((who, t.start..np.end));
        }
    }
    None
}

/// How many words on each side of a quotation the rules that look around it read: its
/// neighbourhood, so that a sentence of thousands of words is not read again for each quote.
const NEAR_WORDS: usize = 40;

/// The words of the scope's sentence from `NEAR_WORDS` before `a` to `NEAR_WORDS` after `b`.
fn near<'t, 'a>(scope: &Scope<'t, 'a>, a: usize, b: usize) -> &'t [tokens::Token<'a>] {
    let toks = crate::text::tokens::within(scope.toks, &scope.sentence);
    let lo = toks.partition_point(|t| t.start < a).saturating_sub(NEAR_WORDS);
    let hi = (toks.partition_point(|t| t.start < b) + NEAR_WORDS).min(toks.len()).max(lo);
    &toks[lo..hi]
}

/// "peut-on lire sur le site de X", "Sur la page Twitter de X, on pouvait lire": when "on"
/// reads, the document the sentence names (outside quotations) is who speaks — its owner's
/// name after "de".
fn read_source(art: &Article, scope: &Scope) -> Option<SpeakerRef> {
    let lang = art.k.lang;
    let text = scope.text;
    let toks = near(scope, scope.at, scope.at);
    let inside = |t: &tokens::Token| tokens::in_quoted(scope.quoted, t.start..t.end);
    // "on" and "lire" within two words of each other ("peut-on lire", "on pouvait lire"),
    // or three for an impersonal "il" ("est-il possible de lire").
    let reads = toks.iter().enumerate().any(|(i, t)| {
        let on_near = || {
            toks[i.saturating_sub(2)..(i + 3).min(toks.len())].iter().any(|w| lang.function_word(&w.folded).impersonal)
        };
        let il_before =
            || (i.saturating_sub(3)..i).any(|j| lang.is_impersonal_subject(&toks[j].folded, &toks[j + 1].folded));
        lang.is_reading_verb(&t.folded) && !inside(t) && (on_near() || il_before())
    });
    if !reads {
        return None;
    }
    toks.iter().enumerate().filter(|(_, t)| lang.function_word(&t.folded).medium && !inside(t)).find_map(|(j, _)| {
        // "dans le communiqué": the one the article named with its owner before.
        if let [det, noun, ..] = &toks[j + 1..] {
            if lang.is_definite_article(&det.folded) && lang.is_document_noun(&noun.folded) {
                let earlier = art.documents.iter().rev().find(|(n, _)| n.as_str() == noun.folded.as_str());
                if let Some((_, who)) = earlier {
                    return Some(who.clone());
                }
            }
        }
        let owner = resolve::document_owner(lang, text, &toks[j + 1..])?;
        Some(art.institution_named(&text[owner]))
    })
}

/// "Greenpeace publie un rapport : « … »": the words opening the sentence before its verb of
/// publishing (a name the mention pass did not take for one).
fn publisher(art: &mut Article, lead: &[tokens::Token], scope: &Scope) -> Option<SpeakerRef> {
    let lang = art.k.lang;
    let first = lead.first()?;
    let v = lead.iter().take(8).position(|t| !t.cap() && lang.is_publishing_verb(&t.folded))?;
    let mut a = v;
    while a > 0 && lang.is_auxiliary(&lead[a - 1].folded) && !lead[a - 1].cap() {
        a -= 1;
    }
    if a == 0 || !(first.cap() || lang.is_determiner(&first.folded)) {
        return None;
    }
    let text = scope.text;
    if !text[first.start..lead[a - 1].end]
        .chars()
        .all(|c| c.is_alphanumeric() || c.is_whitespace() || "'’-".contains(c))
    {
        return None;
    }
    let (who, _) = art.resolve(&Subject::Np(first.start..lead[a - 1].end), scope)?;
    Some(who)
}

/// "Pour X, …" opening the sentence, or "selon X" / "d'après X" anywhere in it outside
/// quotation marks: the source of every quote of the sentence that nothing else attributes.
fn sentence_source(lang: &dyn Language, scope: &Scope) -> Option<(Range<usize>, Subject)> {
    let text = scope.text;
    let toks = crate::text::tokens::within(scope.toks, &scope.sentence);
    let inside = |t: &tokens::Token| scope.quoted.iter().any(|q| q.start <= t.start && t.end <= q.end);
    let mut i = 0;
    while i < toks.len() && lang.is_opening_conjunction(&toks[i].folded) {
        i += 1;
    }
    // Or after an opening adverbial and its comma: "En effet, pour X, « … »".
    let after_comma = |j: usize| j > i && j < i + 6 && text[toks[j - 1].end..toks[j].start].contains(',');
    for p in (i..toks.len().min(i + 6)).filter(|&j| j == i || after_comma(j)) {
        if !lang.is_point_of_view(&toks[p].folded) || inside(&toks[p]) {
            continue;
        }
        // (With the name apposed to a title: "Pour la présidente du syndicat, Anne Roy, …".)
        if let Some((np, _)) = incise::speaker_phrase(lang, text, toks, p + 1) {
            let words = crate::text::tokens::within(toks, &np);
            let named = words.iter().any(|w| w.cap())
                || matches!(words, [one] if lang.pronoun_gender(&one.folded).is_some())
                || words.iter().any(|w| lang.is_title_word(&w.folded) || lang.is_institution_noun(&w.folded));
            if named && text[np.end..].trim_start().starts_with(',') {
                return Some((toks[p].start..np.end, incise::subject_of(lang, toks, np)));
            }
        }
    }
    for (j, t) in toks.iter().enumerate() {
        let marker = lang.source_marker_len([t.folded.as_str(), toks.get(j + 1).map_or("", |n| n.folded.as_str())]) > 0;
        if !marker || inside(t) {
            continue;
        }
        if let Some(inc) = incise::parse_tokens(lang, text, &toks[j..], t.start) {
            if inc.source_marker && !matches!(inc.subject, Subject::Sentence) {
                return Some((inc.cue, inc.subject));
            }
        }
    }
    None
}

/// Words at most between a closing mark and a later incise of the same sentence ("» mardi,
/// mettant ainsi fin à la grève engagée depuis huit jours, a déclaré X").
const LATER_INCISE_WORDS: usize = 14;

/// "» dans la coopération russo-chinoise, a-t-il précisé": an incise a few words after the
/// closing mark, in the same sentence. Another quotation on the way is passed over when joined
/// by "et", "ou" or a comma ("« A » et « B », ajoute X"), or when the incise ends the sentence
/// ("si la Russie « … », elle fait de la France sa cible en raison de « … », explique X.").
fn later_incise(lang: &dyn Language, text: &str, known: Known, from: usize, sentence_end: usize) -> Option<Incise> {
    let end = tokens::floor(text, sentence_end.min(from + 200));
    let between = text.get(from..end)?;
    // (Its words are not counted.)
    let (mut last_close, mut quoted_words, mut passed) = (0, 0, false);
    for (i, c) in between.char_indices() {
        if i < last_close {
            continue;
        }
        let closing = match c {
            '«' => '»',
            '“' => '”',
            '"' => '"',
            _ => '\0',
        };
        if closing != '\0' {
            let joins = matches!(between[last_close..i].trim(), "et" | "ou" | "," | "");
            let inner = i + c.len_utf8();
            let close = between[inner..].find(closing)?;
            last_close = inner + close + closing.len_utf8();
            quoted_words += crate::text::words(&between[i..last_close]).count();
            passed |= !joins;
            continue;
        }
        if matches!(c, '»' | '”') {
            return None;
        }
        if c == ',' {
            if crate::text::words(&between[..i]).count() - quoted_words > LATER_INCISE_WORDS {
                return None;
            }
            if let Some(inc) = incise::parse(lang, text, known, from + i, sentence_end) {
                let ends_sentence = || text[inc.cue.end..sentence_end].trim().chars().all(|c| c.is_ascii_punctuation());
                if !matches!(inc.subject, Subject::Sentence) && (!passed || ends_sentence()) {
                    return Some(inc);
                }
            }
        }
    }
    None
}

/// "« … » lancée par le député", "« … », des propos tenus par X": a participle of saying
/// right after the quotation, "par" and who said it.
fn said_by(art: &mut Article, q: &RawQuote, scope: &Scope) -> Option<Attr> {
    let (lang, text, toks) = (art.k.lang, scope.text, scope.toks);
    let k = toks.partition_point(|t| t.start < q.end());
    let (verb, par) = (toks.get(k)?, toks.get(k + 1)?);
    let tight = text.get(q.end()..verb.start)?.chars().all(|c| c.is_whitespace() || c == ',');
    if !tight || verb.cap() || !lang.is_agent_preposition(&par.folded) || !lang.is_said_participle(&verb.folded) {
        return None;
    }
    let (np, subject) = incise::speaker_phrase(lang, text, toks, k + 2)?;
    let (who, how) = art.resolve(&subject, scope)?;
    let cue = Some(text[verb.start..np.end].to_string());
    Some(Attr { who: Some(who), cue, confidence: 0.85 * how.factor(), continues: None, end: np.end })
}

/// "Un essai qualifié par X d'« événement … »": a participle of saying, "par", who said it,
/// then "de" (and an article) right before the quotation.
fn qualified_by(art: &mut Article, q: &RawQuote, scope: &Scope) -> Option<Attr> {
    let (lang, text) = (art.k.lang, scope.text);
    let toks = crate::text::tokens::within(scope.toks, &(scope.sentence.start..q.open.start));
    let lo = toks.len().saturating_sub(QUALIFIED_WORDS);
    let v = (lo..toks.len().saturating_sub(3)).rev().find(|&j| {
        let w = &toks[j].folded;
        !toks[j].cap()
            && (lang.is_said_participle(w) || lang.is_reporting_verb(w))
            && lang.is_agent_preposition(&toks[j + 1].folded)
    })?;
    // Who: the words up to the last "de"; after it only an indefinite article, if anything
    // ("par le ministère de la Santé d'« exemplaire »").
    let of = (v + 3..toks.len()).rev().find(|&k| lang.function_word(&toks[k].folded).of)?;
    let of_then_article = match &toks[of + 1..] {
        [] => true,
        [a] => lang.function_word(&a.folded).indefinite,
        _ => false,
    };
    if !of_then_article {
        return None;
    }
    let np = toks[v + 2].start..toks[of - 1].end;
    let subject = incise::subject_of(lang, toks, np.clone());
    let (who, how) = art.resolve(&subject, scope)?;
    let cue = Some(text[toks[v].start..np.end].to_string());
    Some(Attr { who: Some(who), cue, confidence: 0.8 * how.factor(), continues: None, end: q.end() })
}

/// Words before a quotation read for [`qualified_by`].
const QUALIFIED_WORDS: usize = 14;

/// Whether a subject is a news outlet ("l'agence de presse officielle TASS", "le quotidien").
fn names_outlet(lang: &dyn Language, scope: &Scope, subject: &Subject) -> bool {
    let Subject::Np(np) = subject else { return false };
    let words = crate::text::tokens::within(scope.toks, np);
    words.iter().find(|t| !lang.is_determiner(&t.folded)).is_some_and(|t| lang.is_outlet_noun(&t.folded))
}

/// The speaker a frame before the quote names in its sentence ("X a salué « …").
fn framed_speaker(art: &mut Article, q: &RawQuote, scope: &Scope) -> Option<Attr> {
    let f = frame::parse(art.k.lang, scope.text, scope.known(), scope.sentence.start, q.open.start, scope.quoted)?;
    let (who, how) = art.resolve(&f.subject, scope)?;
    let cue = Some(scope.text[f.cue.clone()].to_string());
    Some(Attr { who: Some(who), cue, confidence: 0.85 * how.factor(), continues: None, end: q.end() })
}

fn excerpt(s: &str) -> String {
    let mut e: String = s.chars().take(60).collect();
    if e.len() < s.len() {
        e.push('…');
    }
    for_terminal(&crate::model::fold_whitespace(&e)).into_owned()
}

fn doubt_for(text: &str, q: &RawQuote, a: &Attr, doubts: &mut Vec<Doubt>) {
    let words = &text[q.span.clone()];
    let at = q.span.start;
    if q.unclosed() {
        let kind = if q.incise_at.is_some() { DoubtKind::UnclosedAtIncise } else { DoubtKind::Unclosed };
        doubts.push(Doubt { kind, at, excerpt: excerpt(words) });
    }
    if a.who.is_none() {
        doubts.push(Doubt { kind: DoubtKind::Unattributed, at, excerpt: excerpt(words) });
    } else if a.confidence < WEAK {
        doubts.push(Doubt { kind: DoubtKind::WeakAttribution, at, excerpt: excerpt(words) });
    }
}

/// The last check before a speaker is given: whatever rule found it, a name that is no name
/// ("10", "-", a lowercase word taken for a person) is no speaker. A person's name starts with a
/// capital and its lowercase words are particles ("Ursula von der Leyen"); an institution or a
/// group is named in words ("le parquet", "manifestants").
fn looks_like_a_name(lang: &dyn Language, who: &SpeakerRef) -> bool {
    let has_letters = |n: &str| n.chars().any(char::is_alphabetic);
    match who {
        SpeakerRef::Entry(_) => true,
        SpeakerRef::Collective(n, _) => has_letters(n),
        SpeakerRef::Name(n) => {
            n.chars().next().is_some_and(char::is_uppercase)
                && n.split_whitespace().all(|w| {
                    let capital = |w: &str| w.chars().next().is_some_and(|c| !c.is_alphabetic() || c.is_uppercase());
                    // "Ki-seok", "al-Joulani", "d'Estaing": one of its parts has the capital.
                    w.split(['-', '\'', '’']).any(capital) || lang.is_name_particle(&crate::text::fold(w))
                })
        }
    }
}

/// Attributions below this confidence are guesses from the context: flagged as doubts, and
/// marked in the browser and in copied citations.
pub const WEAK: f32 = crate::model::WEAK_ATTRIBUTION;
