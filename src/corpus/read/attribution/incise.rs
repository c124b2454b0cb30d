//! Incises after a quotation: "», a déclaré Poutine", "», a-t-il soutenu", "», s’est-il
//! félicité", "», dit-elle", "», selon le ministère", "», selon lui" (and, right after a closing
//! mark, the same without the comma: "» a déclaré X"). Works on a bounded window
//! after the closing mark, so it costs the same on any input.

use super::tokens::{floor, gap, is_tight, Known, Token};
use crate::corpus::read::knowledge::Language;
use std::ops::Range;

/// Who an incise or frame names, before resolution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    /// A subject pronoun ("il", "elle", "on", "lui" after "selon"), folded.
    Pronoun(String, Range<usize>),
    /// A noun phrase: a name, a title, a description.
    Np(Range<usize>),
    /// No explicit subject (a participle clause): the subject of the sentence.
    Sentence,
    /// People the text does not name ("certains se demandant …", "plusieurs ont jugé").
    Unnamed,
}

#[cfg(test)]
impl Subject {
    /// How the tests write a subject found in `text`.
    pub(super) fn show(&self, text: &str) -> String {
        match self {
            Subject::Pronoun(p, _) => p.clone(),
            Subject::Np(r) => text[r.clone()].to_string(),
            Subject::Sentence => "<sentence>".into(),
            Subject::Unnamed => "<unnamed>".into(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incise {
    /// The words that make the incise, as in the text ("a déclaré Poutine").
    pub cue: Range<usize>,
    pub subject: Subject,
    /// "selon X" / "d'après X": a source, not a verb.
    pub source_marker: bool,
}

const WINDOW: usize = 320;

/// Parse an incise right after `at` (just past a closing quote mark, or at a comma inside an
/// unclosed quotation). It must start with a comma or a dash. `limit` bounds the search (the end
/// of the sentence or paragraph). `known`: the paragraph's words, if split already.
pub fn parse(lang: &dyn Language, text: &str, known: Known, at: usize, limit: usize) -> Option<Incise> {
    let rest = text.get(at..limit.max(at))?;
    let t = rest.trim_start();
    let mut chars = t.chars();
    let first = chars.next()?;
    if !matches!(first, ',' | '—' | '–') {
        return None;
    }
    let p = at + (rest.len() - t.len()) + first.len_utf8();
    let end = (p + WINDOW).min(limit);
    let toks = known.words_in(text, p..end);
    if toks.is_empty() || !text[p..toks[0].start].trim().is_empty() {
        return None;
    }
    parse_tokens(lang, text, &toks, p)
}

/// An incise written without its comma right after a closing mark: "» a affirmé le bureau",
/// "» a-t-il déclaré", "» selon le maire". Only the inverted order (verb, then subject) or a
/// source marker counts: a subject-verb clause after the mark ("» a suscité") is not one.
pub fn parse_bare(lang: &dyn Language, text: &str, known: Known, at: usize, limit: usize) -> Option<Incise> {
    let rest = text.get(at..limit.max(at))?;
    let t = rest.trim_start();
    // Only spaces between the mark and the verb, which is lowercase.
    if t.len() == rest.len() || !t.chars().next().is_some_and(char::is_lowercase) {
        return None;
    }
    let p = at + (rest.len() - t.len());
    let end = floor(text, (p + WINDOW).min(limit));
    let toks = known.words_in(text, p..end);
    let first = toks.first()?;
    if first.start != p {
        return None;
    }
    let inc = parse_tokens(lang, text, &toks, p)?;
    // The verb must come first (not "comme l'a dit X", which needs its comma).
    let verb_first = inc.source_marker
        || lang.is_auxiliary(&first.folded)
        || lang.is_reporting_verb(&first.folded)
        || inverted_pronoun(lang, text, &toks, 0).is_some();
    verb_first.then_some(inc)
}

/// The speaker a phrase starting at token `k` names: its noun phrase, with a name apposed to
/// a title ("du directeur du journal, Louis Roy").
pub fn speaker_phrase(lang: &dyn Language, text: &str, toks: &[Token], k: usize) -> Option<(Range<usize>, Subject)> {
    let np = with_apposed_name(lang, text, toks, noun_phrase(lang, text, toks, k)?);
    Some((np.clone(), subject_of(lang, toks, np)))
}

/// An incise in the inverted order (verb, then subject) starting at token `toks[0]`: "a
/// affirmé le maire" after "C'est ce qu'".
pub fn parse_inverted(lang: &dyn Language, text: &str, toks: &[Token]) -> Option<Incise> {
    let first = toks.first()?;
    let inc = parse_tokens(lang, text, toks, first.start)?;
    let verb_first = lang.is_auxiliary(&first.folded)
        || lang.is_reporting_verb(&first.folded)
        || inverted_pronoun(lang, text, toks, 0).is_some();
    (verb_first && !inc.source_marker).then_some(inc)
}

/// Parse an incise whose words start at `toks[0]` (`from` = where the gap before it starts).
pub fn parse_tokens(lang: &dyn Language, text: &str, toks: &[Token], from: usize) -> Option<Incise> {
    let start = toks[0].start;
    // "selon X", "d'après X"
    let marker_len = lang.source_marker_len([toks[0].folded.as_str(), toks.get(1).map_or("", |t| t.folded.as_str())]);
    let is_marker = marker_len > 0;
    // ("en milieu d'après-midi" is no source.)
    if is_marker && toks.get(marker_len).is_some_and(|_| gap(text, toks, marker_len, from).contains('-')) {
        return None;
    }
    if is_marker {
        // "selon ce qu'a confié X à l'AFP": the verb's inverted subject.
        let what = toks
            .get(marker_len..marker_len + 2)
            .is_some_and(|w| lang.function_word(&w[0].folded).demonstrative && lang.is_complementizer(&w[1].folded));
        if what {
            let inc = parse_inverted(lang, text, &toks[marker_len + 2..])?;
            return Some(Incise { cue: start..inc.cue.end, ..inc });
        }
        let np = noun_phrase(lang, text, toks, marker_len)?;
        let np = with_apposed_name(lang, text, toks, np);
        return Some(Incise { cue: start..np.end, subject: subject_of(lang, toks, np), source_marker: true });
    }
    let mut i = 0;
    // ", comme l'a lancé X", ", comme le dit X": the same incise after "comme".
    if lang.function_word(&toks[0].folded).like && toks.len() > 2 && lang.function_word(&toks[1].folded).object_pronoun
    {
        i = 2;
    }
    if toks[i].cap() {
        return None;
    }
    let fw = lang.function_word(&toks[i].folded);
    if (fw.reflexive || fw.negation) && toks.len() > 1 {
        i += 1;
    }
    // Inversion: "a-t-il", "dit-elle", "s’est-il", "poursuit-on".
    if let Some((pron, pron_end_tok)) = inverted_pronoun(lang, text, toks, i) {
        let mut j = pron_end_tok + 1;
        let mut cue_end = toks[pron_end_tok].end;
        // The participle, and "fait savoir"-like pairs, belong to the cue.
        let mut taken = 0;
        while j < toks.len() && taken < 2 && !toks[j].cap() && is_tight(gap(text, toks, j, from)) {
            let w = &toks[j].folded;
            if lang.is_reporting_verb(w) || lang.is_faire(w) || lang.is_faire_complement(w) {
                cue_end = toks[j].end;
                j += 1;
                taken += 1;
            } else {
                break;
            }
        }
        let p = &toks[pron_end_tok];
        return Some(Incise {
            cue: start..cue_end,
            subject: Subject::Pronoun(pron, p.start..p.end),
            source_marker: false,
        });
    }
    // "a déclaré X", "s’est félicité le président russe X", "a fait observer X", "dit X".
    let mut k = i;
    let has_aux = lang.is_auxiliary(&toks[k].folded) && !toks[k].cap();
    if has_aux {
        k += 1;
        // A few words may sit between the auxiliary and the reporting verb: adverbs ("a
        // également dit") and a verb of will ("a cependant tenu à préciser").
        let mut skipped = 0;
        // ("a pour sa part déclaré": an adverbial of several words counts as one.)
        let adverbial = adverbial_len(lang, text, toks, k, from);
        if adverbial > 1 {
            k += adverbial;
            skipped += 1;
        }
        while k < toks.len()
            && skipped < 3
            && !is_verb_at(lang, toks, k)
            && !toks[k].cap()
            && !lang.is_determiner(&toks[k].folded)
            && is_tight(gap(text, toks, k, from))
        {
            k += 1;
            skipped += 1;
        }
    }
    // "préférait rectifier X", "tient à préciser X": a finite verb of will, then the reporting
    // verb in the infinitive.
    let mut willed = false;
    if !has_aux && k + 1 < toks.len() && !toks[k].cap() && lang.is_will_verb(&toks[k].folded) {
        let j = if toks[k + 1].text == "à" && k + 2 < toks.len() { k + 2 } else { k + 1 };
        if is_verb_at(lang, toks, j) && (k + 1..=j).all(|x| is_tight(gap(text, toks, x, from))) {
            k = j;
            willed = true;
        }
    }
    if k >= toks.len() || !is_verb_at(lang, toks, k) || !is_tight(gap(text, toks, k, from)) {
        return None;
    }
    let verb = &toks[k].folded;
    // "ajoutant que", "pour affirmer", "en promettant de": a gerund or an infinitive, not an
    // incise ("en" is a clitic only before a finite verb: "en a dit").
    let clitic_only = has_aux && k == i + 1 && lang.is_clitic(&toks[i].folded);
    let gerund = lang.events().present_participle_endings.iter().any(|e| verb.ends_with(e));
    if gerund || (!has_aux && !willed || clitic_only) && lang.may_be_nonfinite(verb) {
        return None;
    }
    if lang.is_faire(verb) {
        k += 1;
    }
    // "avait déclaré en mai le premier ministre", "a dit mardi soir X": time and manner words
    // between the verb and its subject.
    let mut n = k + 1;
    for _ in 0..2 {
        match adverbial_len(lang, text, toks, n, from) {
            0 => break,
            len => n += len,
        }
    }
    let n = complement_len(lang, text, toks, n, from).map_or(n, |len| n + len);
    let n = aside_len(lang, text, toks, n, from).map_or(n, |len| n + len);
    // ("« A », regrette « B »": a quotation after the verb is its object, not its subject.)
    if n < toks.len() && gap(text, toks, n, from).contains(['«', '"', '“']) {
        return None;
    }
    let np = noun_phrase(lang, text, toks, n)?;
    let np = with_apposed_name(lang, text, toks, np);
    Some(Incise { cue: start..np.end, subject: subject_of(lang, toks, np), source_marker: false })
}

/// "a déclaré à l'AFP le ministre", "a écrit sur X l'ambassadeur, Igor Morgoulov": how many
/// words of a short complement (a preposition and its object, eight words at most) stand between
/// the verb and an inverted subject. Only when that subject is plainly one: a determiner and a
/// title or institution, an honorific, or a capitalised name after a lowercase noun, ending
/// the clause. Otherwise None, and the incise is read as before.
fn complement_len(lang: &dyn Language, text: &str, toks: &[Token], k: usize, from: usize) -> Option<usize> {
    let p = toks.get(k)?;
    let preposition = lang.is_accented_preposition(p.text) || (!p.cap() && lang.is_complement_preposition(&p.folded));
    if !preposition || lang.function_word(&p.folded).according || !is_tight(gap(text, toks, k, from)) {
        return None;
    }
    let opens_subject = |j: usize| {
        let (t, before) = (&toks[j], &toks[j - 1]);
        let content = !lang.is_determiner(&before.folded)
            && !lang.is_complement_preposition(&before.folded)
            && !lang.is_name_particle(&before.folded);
        if !content {
            return false;
        }
        let next = toks.get(j + 1).filter(|_| is_tight(gap(text, toks, j + 1, from)));
        let titled = next.is_some_and(|n| lang.is_title_word(&n.folded) || lang.is_institution_noun(&n.folded));
        // "à l'AFP Sophie Binet", "sur RTL Jean Dupont", "sur X Jean Dupont": after a complement
        // that is an acronym (a news agency, a channel, a network), a capitalised word starts
        // the subject.
        let acronym = |w: &Token| w.text.chars().all(|c| c.is_uppercase());
        (lang.is_determiner(&t.folded) && !t.cap() && titled)
            || lang.is_honorific(&t.folded)
            || (t.cap() && (!before.cap() || acronym(before) && !acronym(t) && !toks[j - 2].cap()))
    };
    // "a déclaré lors du forum du Dialogue de Shangri-la M. Hagel": an honorific a little
    // further on opens the subject, past the complement's own names.
    let ends_clause = |np: &Range<usize>| {
        let after = text[np.end..].trim_start();
        after.is_empty() || after.starts_with(['.', ',', ';', '!', '?', ')', '»'])
    };
    let honorific = (k + 2..toks.len().min(k + 11))
        .take_while(|&j| is_tight(gap(text, toks, j, from)) || lang.is_honorific(&toks[j - 1].folded))
        .find(|&j| toks[j].cap() && lang.is_honorific(&toks[j].folded));
    if let Some(j) = honorific {
        if let Some(np) = noun_phrase(lang, text, toks, j).map(|np| with_apposed_name(lang, text, toks, np)) {
            if ends_clause(&np) {
                return Some(j - k);
            }
        }
    }
    let mut j = k + 1;
    while j < toks.len() && j <= k + 8 && is_tight(gap(text, toks, j, from)) {
        if j > k + 1 && opens_subject(j) {
            let np = with_apposed_name(lang, text, toks, noun_phrase(lang, text, toks, j)?);
            let after = text[np.end..].trim_start();
            let ends = after.is_empty() || after.starts_with(['.', ',', ';', '!', '?', ')', '»']);
            return ends.then_some(j - k);
        }
        j += 1;
    }
    None
}

/// "a confié, à Reuters, le directeur": how many words of a complement between commas (a
/// preposition and a few words) stand between the verb and a subject that opens on a
/// determiner or a capitalised name.
fn aside_len(lang: &dyn Language, text: &str, toks: &[Token], k: usize, from: usize) -> Option<usize> {
    let p = toks.get(k)?;
    let preposition = lang.is_accented_preposition(p.text) || !p.cap() && lang.is_complement_preposition(&p.folded);
    if gap(text, toks, k, from).trim() != "," || !preposition || lang.function_word(&p.folded).according {
        return None;
    }
    let close = (k + 1..toks.len().min(k + 7)).find(|&j| !is_tight(gap(text, toks, j, from)))?;
    let subject = &toks[close];
    let opens = subject.cap() || lang.function_word(&subject.folded).singular_definite();
    (gap(text, toks, close, from).trim() == "," && opens).then_some(close - k)
}

/// How many words of a time or manner adverbial start at token `k` ("mardi", "jeudi soir",
/// "en mai", "en outre", "hier", "de son côté", "pour sa part", "lui aussi"); 0 when none.
fn adverbial_len(lang: &dyn Language, text: &str, toks: &[Token], k: usize, from: usize) -> usize {
    let Some(t) = toks.get(k) else { return 0 };
    if !is_tight(gap(text, toks, k, from)) || t.cap() {
        return 0;
    }
    let next = |i: usize| toks.get(k + i).filter(|_| is_tight(gap(text, toks, k + i, from))).map(|n| n.folded.as_str());
    lang.adverbial_len([t.folded.as_str(), next(1).unwrap_or(""), next(2).unwrap_or("")])
}

/// "le premier ministre hongrois, Viktor Orban" after an incise verb: a title, then a comma and
/// a capitalized name that ends the sentence or the clause, is one subject.
fn with_apposed_name(lang: &dyn Language, text: &str, toks: &[Token], np: Range<usize>) -> Range<usize> {
    let Some(last) = toks.iter().rposition(|t| t.end <= np.end) else { return np };
    let Some(first_tok) = toks.get(last + 1) else { return np };
    // Only a lowercase title takes an apposed name ("Orban, Viktor" is not one; nor does a
    // pronoun: "Selon lui, M. Orban a quitté …").
    // (Its determiner may open the sentence: "Le consul, Pierre Roy, a …". A name after its
    // determiner is no title: "selon l'IGF, Business France" are two.)
    let mut words = toks.iter().filter(|t| t.start >= np.start && t.end <= np.end);
    let title = words.next().is_some_and(|t| {
        let det = lang.is_determiner(&t.folded);
        (!t.cap() || det)
            && !lang.is_pronoun(&t.folded)
            && (!det || words.next().is_some_and(|h| !h.cap() || lang.is_title_word(&h.folded)))
    });
    if !title || text[np.end..first_tok.start].trim() != "," {
        return np;
    }
    // (Or a rank before the name: "le commandant de la Force, le général Jean Roy", "…, le
    // contre-amiral Ali Tangsiri": a rank may be hyphenated, its last part a title.)
    let mut j = last + 1;
    let mut rank_end = j + 1;
    while toks.get(rank_end + 1).is_some() && gap(text, toks, rank_end + 1, np.start) == "-" && rank_end < j + 3 {
        rank_end += 1;
    }
    let ranked = lang.function_word(&first_tok.folded).singular_definite()
        && toks.get(rank_end).is_some_and(|t| lang.is_title_word(&t.folded))
        && toks.get(rank_end + 1).is_some_and(|t| t.cap() && !lang.is_title_word(&t.folded))
        && is_tight(gap(text, toks, j + 1, np.start))
        && is_tight(gap(text, toks, rank_end + 1, np.start));
    if ranked {
        j = rank_end + 1;
    } else if !first_tok.cap() {
        return np;
    }
    let mut end = toks[j].end;
    // (An initial's dot joins: "P. Roy".)
    let joined = |j: usize| {
        let g = gap(text, toks, j + 1, np.start);
        is_tight(g) || matches!(g.trim(), "." | ".-") && toks[j].cap() && toks[j].text.chars().count() == 1
    };
    while j + 1 < toks.len() && j < last + 6 && joined(j) {
        let n = &toks[j + 1];
        if n.cap()
            || lang.is_name_particle(&n.folded)
                && toks.get(j + 2).is_some_and(|m| m.cap() || lang.is_name_particle(&m.folded))
        {
            end = n.end;
            j += 1;
        } else {
            return np; // "le ministre, Paris entend …": not a name that ends the phrase
        }
    }
    let after = text[end..].trim_start();
    if after.is_empty() || after.starts_with(['.', ',', ';', '!', '?', '(', ')']) {
        np.start..end
    } else {
        np
    }
}

fn is_verb_at(lang: &dyn Language, toks: &[Token], k: usize) -> bool {
    let w = &toks[k].folded;
    // ("», a publié sur X le ministre": words published are their author's.)
    !toks[k].cap()
        && (lang.is_reporting_verb(w)
            || lang.is_publishing_verb(w)
            || lang.is_faire(w) && toks.get(k + 1).is_some_and(|n| lang.is_faire_complement(&n.folded)))
}

/// "-t-il" / "-elle" right after token `i`: the pronoun and the index of its token.
fn inverted_pronoun(lang: &dyn Language, text: &str, toks: &[Token], i: usize) -> Option<(String, usize)> {
    let after = text.get(toks[i].end..)?;
    let mut j = i + 1;
    let rest = if let Some(r) = after.strip_prefix("-t-") {
        j += 1;
        r
    } else {
        after.strip_prefix('-')?
    };
    let tok = toks.get(j)?;
    let pron = tok.folded.as_str();
    if lang.is_inverted_pronoun(pron) && rest.starts_with(tok.text) {
        Some((pron.to_string(), j))
    } else {
        None
    }
}

/// The noun phrase starting at token `k`: up to punctuation, a preposition or adverb that
/// starts a complement ("à Zhang", "depuis sa résidence", "mercredi"), at most 12 words.
pub fn noun_phrase(lang: &dyn Language, text: &str, toks: &[Token], k: usize) -> Option<Range<usize>> {
    let mut end = None;
    let mut j = k;
    while j < toks.len() && j < k + 12 {
        let g = gap(text, toks, j, toks[k].start);
        // ("M. Poutine", and an initial: "F. Hollande", "J.-M. Ayrault".)
        let honorific_dot = j > k
            && (g.trim() == "." && lang.is_honorific(&toks[j - 1].folded)
                || matches!(g.trim(), "." | ".-")
                    && toks[j - 1].cap()
                    && toks[j - 1].text.chars().count() == 1
                    && toks[j].cap());
        if j > k && !is_tight(g) && !honorific_dot {
            break;
        }
        let t = &toks[j];
        // "l'ambassadeur de Russie en Chine", "aux États-Unis": a title's posting, not a
        // complement of the verb.
        let posting = lang.is_place_preposition(t.text)
            && toks.get(j + 1).is_some_and(|n| n.cap() && is_tight(gap(text, toks, j + 1, toks[k].start)))
            && toks[k..j].iter().any(|w| lang.is_title_word(&w.folded));
        let leading_pronoun = j == k && lang.is_pronoun(&t.folded);
        // "le ministre de l'Europe et des Affaires étrangères": a ministry's two names.
        let portfolio =
            lang.function_word(&t.folded).and && toks[k..j].iter().any(|w| lang.is_title_word(&w.folded)) && {
                let de = |i: usize| toks.get(i).is_some_and(|w| lang.function_word(&w.folded).of);
                let art = |i: usize| toks.get(i).is_some_and(|w| lang.function_word(&w.folded).singular_definite());
                let cap = |i: usize| toks.get(i).is_some_and(|w| w.cap());
                de(j + 1) && (cap(j + 2) || art(j + 2) && cap(j + 3))
            };
        // "le conseiller à la sécurité nationale", "le ministre délégué à l'Industrie": a title's
        // portfolio after "à".
        let title_before = |i: usize| toks.get(i).is_some_and(|w| !w.cap() && lang.is_title_word(&w.folded));
        let portfolio_a = j > k && (title_before(j - 1) || j > k + 1 && title_before(j - 2) && !toks[j - 1].cap());
        let ender = !t.cap() && lang.is_np_ender(&t.folded) && !leading_pronoun && !posting && !portfolio;
        if lang.is_accented_preposition(t.text) && !posting && !portfolio_a || ender {
            break;
        }
        // A verb after the phrase ends it ("selon X a dit", rare) — a reporting verb cannot be
        // part of a name. (After "de" the form is a noun: "le Centre d'analyse".)
        // (Nor after an article: "le conseiller" is a noun.)
        let after_of = j > k && lang.function_word(&toks[j - 1].folded).of;
        let after_article = j > k && lang.function_word(&toks[j - 1].folded).singular_definite();
        if j > k && !t.cap() && lang.is_reporting_verb(&t.folded) && !after_of && !after_article {
            break;
        }
        end = Some(t.end);
        j += 1;
    }
    end.map(|e| toks[k].start..e)
}

/// The subject a noun phrase makes: a pronoun standing alone ("il"), else the phrase itself.
/// (Frames read their subjects the same way.)
pub fn subject_of(lang: &dyn Language, toks: &[Token], np: Range<usize>) -> Subject {
    match crate::text::tokens::within(toks, &np) {
        [one] if lang.is_pronoun(&one.folded) => Subject::Pronoun(one.folded.to_string(), np),
        _ if np_is_unnamed(lang, toks, &np) => Subject::Unnamed,
        _ => Subject::Np(np),
    }
}

/// A subject of one or two words ending on a pronoun for unnamed people ("certains",
/// "d'autres", "la plupart").
fn np_is_unnamed(lang: &dyn Language, toks: &[Token], np: &Range<usize>) -> bool {
    let words = crate::text::tokens::within(toks, np);
    words.len() <= 2 && words.last().is_some_and(|w| lang.is_unnamed_people(&w.folded))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inc(s: &str) -> Option<(String, String)> {
        let i = parse(&crate::corpus::read::knowledge::french::FRENCH, s, Known::NONE, 0, s.len())?;
        Some((s[i.cue.clone()].to_string(), i.subject.show(s)))
    }

    #[test]
    fn inverted_subject_incises() {
        // An adverbial of several words between the auxiliary and the verb.
        assert_eq!(
            inc(", a pour sa part déclaré le maire Jean Roy."),
            Some(("a pour sa part déclaré le maire Jean Roy".into(), "le maire Jean Roy".into()))
        );
        // A complement between commas, between the verb and the subject.
        assert_eq!(
            inc(", a confié, à l'AFP, le directeur du port, Marc Vidal."),
            Some((
                "a confié, à l'AFP, le directeur du port, Marc Vidal".into(),
                "le directeur du port, Marc Vidal".into()
            ))
        );
        assert_eq!(inc(", a confié, à l'AFP, que tout allait bien."), None);
        // A name after its determiner takes no apposed name.
        assert_eq!(inc(", selon l'OMS, Marc Roy.").map(|(_, who)| who), Some("l'OMS".into()));
        assert_eq!(
            inc(", selon le porte-parole, Marc Roy.").map(|(_, who)| who),
            Some("le porte-parole, Marc Roy".into())
        );
        // An initial is not a name apposed to "le texte": "P. Roy" is the next clause's subject.
        assert_eq!(inc(", selon le texte, P. Roy doit partir.").map(|(_, who)| who), Some("le texte".into()));
        assert_eq!(
            inc(", a déclaré Poutine à Zhang depuis sa résidence"),
            Some(("a déclaré Poutine".into(), "Poutine".into()))
        );
        assert_eq!(inc(", a déclaré M. Poutine. ."), Some(("a déclaré M. Poutine".into(), "M. Poutine".into())));
        assert_eq!(
            inc(", s’est félicité le président russe Vladimir Poutine."),
            Some((
                "s’est félicité le président russe Vladimir Poutine".into(),
                "le président russe Vladimir Poutine".into()
            ))
        );
        assert_eq!(inc(", a affirmé Li, un général"), Some(("a affirmé Li".into(), "Li".into())));
        assert_eq!(
            inc(", a fait observer Marie Curie."),
            Some(("a fait observer Marie Curie".into(), "Marie Curie".into()))
        );
        assert_eq!(inc(" — explique Jean Dupont"), Some(("explique Jean Dupont".into(), "Jean Dupont".into())));
    }

    #[test]
    fn an_adverb_and_a_verb_of_will_before_the_reporting_verb() {
        assert_eq!(
            inc(", a cependant tenu à préciser Jean Dupont, adjoint au maire.").map(|(_, who)| who),
            Some("Jean Dupont".into())
        );
        assert_eq!(inc(", a voulu rassurer Jean Dupont.").map(|(_, who)| who), Some("Jean Dupont".into()));
        assert_eq!(inc(", préférait rectifier Jean Dupont.").map(|(_, who)| who), Some("Jean Dupont".into()));
        assert_eq!(inc(", tient à préciser Jean Dupont.").map(|(_, who)| who), Some("Jean Dupont".into()));
        // Not an infinitive alone.
        assert_eq!(inc(", préciser Jean Dupont."), None);
        assert_eq!(inc(", a annoncé aujourd'hui Jean Dupont.").map(|(_, who)| who), Some("Jean Dupont".into()));
        assert_eq!(inc(", a dit ce matin Jean Dupont.").map(|(_, who)| who), Some("Jean Dupont".into()));
        // Not across a noun phrase: "la loi dite « Sapin 2 »" names a law.
        assert_eq!(inc(", en particulier la loi dite « Sapin 2 »"), None);
    }

    #[test]
    fn a_short_complement_before_the_inverted_subject() {
        for (s, subject) in [
            (", a déclaré à l'AFP le ministre de l'Intérieur.", "le ministre de l'Intérieur"),
            (", a indiqué dans un communiqué le ministère des Armées.", "le ministère des Armées"),
            (", a écrit sur X l'ambassadeur de Russie, Igor Morgoulov.", "l'ambassadeur de Russie, Igor Morgoulov"),
            (
                ", a écrit sur X l'ambassadeur russe en Chine, Igor Morgoulov.",
                "l'ambassadeur russe en Chine, Igor Morgoulov",
            ),
            (", a confié à la presse Jean Dupont.", "Jean Dupont"),
            (", a dit devant les députés M. Dupont, ", "M. Dupont"),
            (", confie sur RTL Jean Dupont.", "Jean Dupont"),
            (
                ", a averti l'ambassadeur de Russie aux États-Unis, Anatoli Antonov.",
                "l'ambassadeur de Russie aux États-Unis, Anatoli Antonov",
            ),
            (", assure à l'AFP Sophie Binet.", "Sophie Binet"),
            // (X, the network: one capital letter is no initial without its dot.)
            (", a écrit sur X Jean Dupont.", "Jean Dupont"),
            (", a publié sur X Jean Dupont.", "Jean Dupont"),
        ] {
            assert_eq!(inc(s).map(|(_, who)| who).as_deref(), Some(subject), "{s}");
        }
        // The words after the complement do not plainly name a speaker: no incise.
        for s in [
            ", a déclaré à la presse la semaine dernière.",
            ", a dit à Paris le 3 mai.",
            ", a dit à la BBC le 3 mai.",
            ", a dit à l'AFP ONU Femmes.",
        ] {
            assert_eq!(inc(s), None, "{s}");
        }
    }

    #[test]
    fn adverbials_and_apposed_names_after_the_verb() {
        assert_eq!(
            inc(", avait déclaré en mai le premier ministre letton, Jan Berzins."),
            Some((
                "avait déclaré en mai le premier ministre letton, Jan Berzins".into(),
                "le premier ministre letton, Jan Berzins".into()
            ))
        );
        assert_eq!(
            inc(", a dit mardi soir Marie Curie."),
            Some(("a dit mardi soir Marie Curie".into(), "Marie Curie".into()))
        );
        assert_eq!(
            inc(", a affirmé de son côté le maire."),
            Some(("a affirmé de son côté le maire".into(), "le maire".into()))
        );
        assert_eq!(
            inc(", a déclaré la ministre, Anne de La Tour."),
            Some(("a déclaré la ministre, Anne de La Tour".into(), "la ministre, Anne de La Tour".into()))
        );
        // A comma after the title that does not lead to a closing name keeps the title alone.
        assert_eq!(
            inc(", a déclaré le ministre, Paris entend rester ferme."),
            Some(("a déclaré le ministre".into(), "le ministre".into()))
        );
    }

    #[test]
    fn pronoun_incises_and_sources() {
        assert_eq!(inc(", a-t-il soutenu."), Some(("a-t-il soutenu".into(), "il".into())));
        assert_eq!(inc(", s’est-il félicité."), Some(("s’est-il félicité".into(), "il".into())));
        assert_eq!(inc(", ajoute-t-elle"), Some(("ajoute-t-elle".into(), "elle".into())));
        assert_eq!(inc(", dit-il"), Some(("dit-il".into(), "il".into())));
        assert_eq!(
            inc(", selon le ministère russe de la Défense."),
            Some(("selon le ministère russe de la Défense".into(), "le ministère russe de la Défense".into()))
        );
        assert_eq!(inc(", selon lui."), Some(("selon lui".into(), "lui".into())));
    }

    #[test]
    fn not_incises() {
        assert_eq!(inc(", ajoutant que les relations"), None);
        assert_eq!(inc(" a déclaré Poutine"), None, "no comma");
        assert_eq!(inc(", les deux pays"), None);
        assert_eq!(inc(", a déclaré"), None, "no subject");
        assert_eq!(inc(", en promettant de tout changer"), None, "a gerund");
        assert_eq!(inc(", en parler"), None, "an infinitive");
    }

    fn bare(s: &str) -> Option<(String, String)> {
        let i = parse_bare(&crate::corpus::read::knowledge::french::FRENCH, s, Known::NONE, 0, s.len())?;
        Some((s[i.cue.clone()].to_string(), i.subject.show(s)))
    }

    #[test]
    fn incises_without_their_comma_after_a_mark() {
        assert_eq!(
            bare(" a affirmé le bureau de l'association à Dakar."),
            Some(("a affirmé le bureau de l'association".into(), "le bureau de l'association".into()))
        );
        assert_eq!(bare(" a-t-elle ajouté."), Some(("a-t-elle ajouté".into(), "elle".into())));
        assert_eq!(bare(" selon la préfète."), Some(("selon la préfète".into(), "la préfète".into())));
        assert_eq!(bare(" estime Jeanne Roussel."), Some(("estime Jeanne Roussel".into(), "Jeanne Roussel".into())));
        // A subject and its verb after the mark, or a verb with no subject, are no incise.
        assert_eq!(bare(" comme l'a dit Jeanne Roussel."), None);
        assert_eq!(bare(" a suscité la colère des riverains."), None);
        assert_eq!(bare(", a dit Jeanne Roussel."), None, "with a comma: the ordinary incise");
        assert_eq!(bare("a dit Jeanne Roussel."), None, "glued to the mark");
    }
}
