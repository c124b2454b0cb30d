//! Quote spans: « », “ ”, straight quotes, nesting, unclosed quotes.
//!
//! A quotation is 3 words or more, or 2 in a clause of reported speech ("a déclaré que … « bloc
//! militaire »"): one- or two-word scare quotes and names in quotes (“AUKUS”, « sans limites »)
//! are not quotations. A quotation opened and never closed ends at
//! the first attribution incise inside it (", a ajouté X"), else — for a fragment starting in
//! lowercase — at the end of its sentence, else at the end of its paragraph.

pub mod marks;

use super::attribution::incise;
use super::attribution::tokens::Known;
use super::knowledge::Language;
use super::layout;
use crate::model::QuoteKind;
use crate::text::tokens::within;
use crate::text::Token;
use std::ops::Range;

/// A quotation found in one paragraph, before attribution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawQuote {
    /// The quoted words, inside the marks, trimmed of whitespace (absolute byte span).
    pub span: Range<usize>,
    /// The opening mark.
    pub open: Range<usize>,
    /// The closing mark; None when unclosed.
    pub close: Option<Range<usize>>,
    pub kind: QuoteKind,
    /// For an unclosed quotation cut at an incise: where the incise's comma is.
    pub incise_at: Option<usize>,
}

impl RawQuote {
    pub fn unclosed(&self) -> bool {
        self.close.is_none()
    }
    /// Where the quotation's marks end (after the closing mark, or after its words).
    pub fn end(&self) -> usize {
        self.close.as_ref().map_or(self.span.end, |c| c.end)
    }
}

/// Everything quoted in a paragraph.
#[derive(Debug, Clone, Default)]
pub struct Found {
    /// Quotations (3 words or more, or 2 in reported speech), in text order.
    pub quotes: Vec<RawQuote>,
    /// Every quoted range, short ones included (mark to mark), so attribution can skip words
    /// inside quotation marks.
    pub quoted: Vec<Range<usize>>,
}

/// [`find_in`], pairing the marks and splitting the words itself.
#[cfg(test)]
pub fn find(lang: &dyn Language, text: &str, para: Range<usize>) -> Found {
    let pairs = marks::pairs(text, para.clone());
    let words = crate::text::tokenize(text, para.clone());
    find_in(lang, text, para, &pairs, &words)
}

/// The quotations of the paragraph `text[para]`, given its quote marks (paired) and its words.
pub fn find_in(lang: &dyn Language, text: &str, para: Range<usize>, pairs: &[marks::Pair], words: &[Token]) -> Found {
    let mut found = Found::default();
    for p in rejoin_reversed(lang, text, pairs, words) {
        let (end, incise_at) = match &p.close {
            Some(c) => (c.start, None),
            None => unclosed_end(lang, text, p.open.end, p.limit),
        };
        found.quoted.push(p.open.start..p.close.as_ref().map_or(end, |c| c.end));
        let span = trim(text, p.open.end..end);
        let n = within(words, &span).len();
        if n < 2 || (n == 2 && !in_reported_speech(lang, text, para.start..p.open.start, words)) {
            continue;
        }
        if is_label(lang, text, para.clone(), &p, span.clone(), words) {
            continue;
        }
        let first_upper = text[span.clone()].chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase);
        let before = text[para.start..p.open.start].trim_end();
        let opens_clause = before.is_empty() || before.ends_with(':');
        let kind = if n >= 4 && (first_upper || opens_clause) { QuoteKind::Full } else { QuoteKind::Fragment };
        // « Nous sommes, a-t-elle poursuivi, prêts à … »: the tag is the reporter's words. The
        // two parts are quoted apart, exactly as written; the first takes the tag as its
        // incise, the second continues it (attribution's rule for "« A », dit-il, « B »").
        if let Some((comma, resume)) =
            p.close.as_ref().and_then(|_| inner_tag(lang, text, Known { span: &para, toks: words }, span.clone()))
        {
            let (first, second) = (trim(text, span.start..comma), trim(text, resume..span.end));
            found.quotes.push(RawQuote {
                span: first,
                open: p.open,
                close: p.close.clone(),
                kind,
                incise_at: Some(comma),
            });
            let open = resume - 1..resume;
            let sentence = text[comma..resume].ends_with('.') && within(words, &second).len() >= 4;
            found.quotes.push(RawQuote {
                span: second,
                open,
                close: p.close,
                kind: if sentence { QuoteKind::Full } else { QuoteKind::Fragment },
                incise_at: None,
            });
            continue;
        }
        found.quotes.push(RawQuote { span, open: p.open, close: p.close, kind, incise_at });
    }
    found
}

/// « … mettre le » cher ami « de Xi … »: a quotation that would end on an article or a
/// preposition, then a few words and a new « with the words going on in lowercase, is one
/// quotation whose inner quote was marked the wrong way round (as translations sometimes do).
fn rejoin_reversed(lang: &dyn Language, text: &str, pairs: &[marks::Pair], words: &[Token]) -> Vec<marks::Pair> {
    let mut out: Vec<marks::Pair> = Vec::with_capacity(pairs.len());
    for p in pairs {
        if let Some(last) = out.last_mut() {
            let reversed = last.family == marks::Family::Guillemet
                && p.family == marks::Family::Guillemet
                && last.close.as_ref().is_some_and(|c| {
                    let inside = within(words, &(last.open.end..c.start));
                    let between = &text[c.end..p.open.start];
                    let gap = within(words, &(c.end..p.open.start));
                    let resumes = text[p.open.end..].trim_start().chars().next().is_some_and(char::is_lowercase);
                    inside.last().is_some_and(|w| {
                        (lang.is_determiner(&w.folded) || lang.function_word(&w.folded).of)
                            && text[w.end..c.start].trim().is_empty()
                    }) && (1..=4).contains(&gap.len())
                        && !between.contains(['.', ',', ';', ':', '!', '?', '(', ')'])
                        && resumes
                });
            if reversed {
                last.close = p.close.clone();
                last.limit = p.limit;
                continue;
            }
        }
        out.push(p.clone());
    }
    out
}

/// The words before a quotation mark (`before`, within its sentence) report speech: a speech
/// verb then "que" shortly before it ("a déclaré plus tôt que les deux pays ne créaient pas de
/// « bloc militaire »"). Two quoted words there are the speaker's, not scare quotes; after a
/// definite article they name a known thing ("estime que la « concertation nationale »").
fn in_reported_speech(lang: &dyn Language, text: &str, before: Range<usize>, words: &[Token]) -> bool {
    let toks = within(words, &before);
    if toks.last().is_some_and(|t| lang.is_definite_article(&t.folded)) {
        return false;
    }
    let mut end = before.end;
    for (k, t) in toks.iter().enumerate().rev().take(12) {
        if text[t.end..end].contains(['.', '!', '?', ';', '«', '»', '“', '”']) {
            return false;
        }
        end = t.start;
        if lang.is_complementizer(&t.folded) {
            return toks[k.saturating_sub(4)..k].iter().any(|v| lang.is_reporting_verb(&v.folded));
        }
    }
    false
}

/// Whether the quotation opening at `open` follows a word of the courts and a point of view
/// ("condamné pour « … »"), or is joined by "and"/"or" to a quotation that does (looking back
/// `depth` such joins).
fn charged_before(
    lang: &dyn Language,
    text: &str,
    para: Range<usize>,
    open: usize,
    words: &[Token],
    depth: usize,
) -> bool {
    let before = within(words, &(para.start.max(open.saturating_sub(60))..open));
    let n = before.len();
    let tight = |i: usize| text[before[i].end..if i + 1 < n { before[i + 1].start } else { open }].trim().is_empty();
    if n >= 2 && lang.is_point_of_view(&before[n - 1].folded) && tight(n - 1) {
        return lang.is_charged_word(&before[n - 2].folded);
    }
    let fw = before.last().map(|t| lang.function_word(&t.folded));
    if depth == 0 || n < 2 || !fw.is_some_and(|f| f.and || f.or) || !tight(n - 1) {
        return false;
    }
    let gap = &text[before[n - 2].end..before[n - 1].start];
    if !gap.trim().chars().all(|c| matches!(c, '»' | '”' | '"')) || gap.trim().is_empty() {
        return false;
    }
    // The quotation before "et": where it opens.
    let Some(prev_open) = text[para.start..before[n - 2].end].rfind(['«', '“']).map(|i| para.start + i) else {
        return false;
    };
    charged_before(lang, text, para, prev_open, words, depth - 1)
}

/// Not speech but a name in quotation marks: a title, a slogan, a label. Quoted words are one
/// when they are written like a name ("Front Fatah al-Cham", "Bienvenue Place Beauvau"), follow
/// a noun that names a work or a label ("le livre « … »", "du groupe « … »", "l'enquête pour
/// « … »") or a show's "lors de", start with such a noun and a name ("affaire Dupont de
/// Ligonnès"), or are the subject of the verb after them ("X, « Gilet jaune libre » a affirmé").
fn is_label(
    lang: &dyn Language,
    text: &str,
    para: Range<usize>,
    p: &marks::Pair,
    span: Range<usize>,
    words: &[Token],
) -> bool {
    let Some(close) = &p.close else { return false };
    let toks = within(words, &span);
    if toks.is_empty() || toks.len() > 12 {
        return false;
    }
    let particle = |t: &crate::text::Token| lang.is_name_particle(&t.folded) && !t.cap();
    let title_case = toks.len() >= 2
        && toks.iter().filter(|t| t.text.chars().count() >= 3 && !particle(t)).all(|t| t.cap())
        && toks.iter().filter(|t| t.cap()).count() >= 2
        && !toks.iter().any(|t| lang.is_pronoun(&t.folded) || lang.is_auxiliary(&t.folded) && !t.cap());
    if title_case {
        return true;
    }
    let before = within(words, &(para.start.max(p.open.start.saturating_sub(60))..p.open.start));
    let mut k = before.len();
    while k > 0
        && (lang.is_determiner(&before[k - 1].folded) || lang.is_point_of_view(&before[k - 1].folded))
        && before.len() - k < 3
    {
        k -= 1;
    }
    let short = toks.len() <= 8;
    // The noun right before the mark, only spaces and determiners between ("le mot » « Nous…"
    // is a closed quotation, then another).
    let next_to_mark = k > 0 && {
        let between = &text[before[k - 1].end..p.open.start];
        between.chars().all(|c| c.is_alphabetic() || c.is_whitespace() || matches!(c, '\'' | '’'))
    };
    // "Le thème de cette année était « Nous sommes une famille »": a name given by a copula
    // whose subject is a noun of naming.
    if short && toks[0].cap() && copula_names(lang, text, before, p.open.start) {
        return true;
    }
    // "une pancarte « je suis partout »": words written on a thing are a slogan.
    if short && next_to_mark && lang.is_inscription_noun(&before[k - 1].folded) {
        return true;
    }
    // "une zone surnommée « triangle de la mort »": a name given.
    if short && next_to_mark && lang.is_naming_participle(&before[k - 1].folded) {
        return true;
    }
    // An offence the courts charge someone with ("ont comparu pour « débauche » et
    // « incitation à la débauche »"), the second of two joined by "et" too.
    if short && charged_before(lang, text, para.clone(), p.open.start, words, 1) {
        return true;
    }
    // A charge ("l'enquête pour « homicide volontaire »") or a capitalised name after the noun.
    if short && next_to_mark && lang.is_label_noun(&before[k - 1].folded) && !before[k - 1].cap() {
        let charge = lang.is_charge_noun(&before[k - 1].folded);
        if charge || toks[0].cap() {
            return true;
        }
    }
    // "Son documentaire, « 365 jours à Clichy », avait …": a title in apposition to its noun.
    let comma_before = k > 0 && text[before[k - 1].end..p.open.start].trim() == ",";
    let comma_after = text[close.end..para.end].trim_start().starts_with(',');
    let name_like = toks[0].cap() || toks[0].text.starts_with(|c: char| c.is_ascii_digit());
    if short && comma_before && comma_after && name_like && lang.is_label_noun(&before[k - 1].folded) {
        return true;
    }
    // "une expression, « un Tour à la Walko », qui …": what a noun of naming names, any case.
    if short && comma_before && comma_after && lang.is_naming_noun(&before[k - 1].folded) {
        return true;
    }
    let n = before.len();
    let starts_upper = toks[0].cap();
    if short && starts_upper && n >= 2 && lang.is_occasion([&before[n - 2].folded, &before[n - 1].folded]) {
        return true;
    }
    if short && lang.is_label_noun(&toks[0].folded) && toks[1..].iter().any(|t| t.cap()) {
        return true;
    }
    // "« Gilet jaune libre » a affirmé": a verb right after, no comma.
    let after = within(words, &(close.end..para.end.min(close.end + 40)));
    let tight = after.first().is_some_and(|a| text[close.end..a.start].trim().is_empty());
    let verb_next = after.first().is_some_and(|a| lang.is_auxiliary(&a.folded) && !lang.is_clitic(&a.folded));
    // "un « conseil de paix » serait au pouvoir": a determiner, then the quoted words as the
    // subject of the verb right after them: a term the sentence is about, not words said.
    // (An article, not "de": "un salaire de « 3 600 à peu près » n'étant pas fixe"; a verb,
    // not a negation or a pronoun.)
    let determined = before
        .last()
        .is_some_and(|d| lang.function_word(&d.folded).article() && text[d.end..p.open.start].trim().is_empty());
    let finite_next = verb_next && after.first().is_some_and(|a| lang.function_word(&a.folded) == Default::default());
    if determined && toks.len() <= 5 && !starts_upper && tight && finite_next {
        return true;
    }
    let apposed = text[para.start..p.open.start].trim_end().ends_with(',');
    short && apposed && toks.len() <= 5 && tight && verb_next
}

/// The words `before` a quotation mark at `open` end on a copula whose subject, in the same
/// clause a few words back, is a noun of naming ("Le thème de cette année était").
fn copula_names(lang: &dyn Language, text: &str, before: &[Token], open: usize) -> bool {
    let Some((cop, rest)) = before.split_last() else { return false };
    if !lang.is_copula(&cop.folded) || !text[cop.end..open].trim().is_empty() {
        return false;
    }
    rest.iter()
        .rev()
        .take(6)
        .take_while(|t| !text[t.end..cop.start].contains(['.', '!', '?', ';', ':', ',', '«', '»']))
        .any(|t| lang.is_naming_noun(&t.folded))
}

/// A speech tag inside closed quotation marks ("Nous sommes, a-t-elle poursuivi, prêts"):
/// where its opening comma is, and where the quoted words resume after its closing comma.
/// Only a verb's incise with a subject that can be resolved counts ("selon moi", "dit-on" are
/// the speaker's own words), with quoted words on both sides.
fn inner_tag(lang: &dyn Language, text: &str, known: Known, span: Range<usize>) -> Option<(usize, usize)> {
    let body = &text[span.clone()];
    for i in commas_and_dashes(body) {
        if body[..i].trim().is_empty() {
            continue;
        }
        let at = span.start + i;
        let Some(inc) = incise::parse(lang, text, known, at, span.end) else { continue };
        if inc.source_marker
            || matches!(&inc.subject, incise::Subject::Pronoun(p, _) if lang.function_word(p).impersonal)
            || matches!(&inc.subject, incise::Subject::Np(np) if owned_thing(lang, &text[np.clone()]))
        {
            continue;
        }
        let after = &text[inc.cue.end..span.end];
        // ("…, a dit la ministre par communiqué. …": a short complement may end the tag.)
        let after = &after[complement_after_tag(lang, after)..];
        let rest = after.trim_start();
        let Some(mark) = rest.chars().next().filter(|c| matches!(c, ',' | '—' | '–' | '.')) else { continue };
        let resume = span.end - rest.len() + mark.len_utf8();
        // ("« A, a précisé X. B »": a full stop ends the tag before a new sentence.)
        let new_sentence = text[resume..span.end].trim_start().chars().next().is_some_and(char::is_uppercase);
        if mark == '.' && !new_sentence {
            continue;
        }
        if text[resume..span.end].chars().any(char::is_alphanumeric) {
            return Some((at, resume));
        }
    }
    None
}

/// "son comportement terroriste": a possessive and a noun that is no one's title nor a body
/// that speaks (not "son avocat", "son ministère"), so no speaker of a tag ("« A, poursuit son
/// comportement terroriste, B »" is one quotation).
fn owned_thing(lang: &dyn Language, np: &str) -> bool {
    let mut words = crate::text::words(np).map(|w| crate::text::fold(w.text));
    let (Some(det), Some(noun)) = (words.next(), words.next()) else { return false };
    lang.function_word(&det).possessive
        && !lang.is_title_word(&noun)
        && !lang.is_institution_noun(&noun)
        && !lang.is_group_noun(&noun)
}

/// How many bytes of `after` (the words after a speech tag inside the marks) are a short
/// complement of its verb ("par communiqué", "à l'AFP", "lors d'un point de presse"), up to the
/// comma or full stop that ends the tag; 0 when they are not.
fn complement_after_tag(lang: &dyn Language, after: &str) -> usize {
    let Some(stop) = after.find([',', '.', '—', '–', '«', '»', '"']) else { return 0 };
    if !after[stop..].starts_with([',', '.']) {
        return 0;
    }
    let mut words = crate::text::words(&after[..stop]);
    let opens = words.next().is_some_and(|w| {
        lang.is_accented_preposition(w.text) || lang.is_complement_preposition(&crate::text::fold(w.text))
    });
    if opens && words.count() < 6 {
        stop
    } else {
        0
    }
}

/// Where an unclosed quotation's words end, and the incise that ends it if any.
fn unclosed_end(lang: &dyn Language, text: &str, from: usize, limit: usize) -> (usize, Option<usize>) {
    let body = &text[from..limit];
    for i in commas_and_dashes(body) {
        if incise::parse(lang, text, Known::NONE, from + i, limit).is_some() {
            return (from + i, Some(from + i));
        }
    }
    let lowercase_start = body.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_lowercase);
    if lowercase_start {
        if let Some(first) = layout::sentences(lang, text, from..limit).first() {
            return (first.end, None);
        }
    }
    (limit, None)
}

/// Where `s` has a comma, an em dash or an en dash, in order: found by byte search (memchr),
/// not by decoding every char of every quotation. (— and – are E2 80 94 and E2 80 93.)
fn commas_and_dashes(s: &str) -> impl Iterator<Item = usize> + '_ {
    let b = s.as_bytes();
    memchr::memchr2_iter(b',', 0xE2, b)
        .filter(move |&i| b[i] == b',' || matches!(b.get(i + 1..i + 3), Some([0x80, 0x93 | 0x94])))
}

fn trim(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    r.start + lead..r.start + lead + t.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    const FR: &French = &French;
    use crate::corpus::read::knowledge::french::French;

    fn q(text: &str) -> Vec<(&str, QuoteKind, bool)> {
        find(FR, text, 0..text.len())
            .quotes
            .into_iter()
            .map(|r| (&text[r.span.clone()], r.kind, r.unclosed()))
            .collect()
    }
    use QuoteKind::*;

    #[test]
    fn commas_and_dashes_are_those_chars() {
        let s = "« Oui, — dit–il — « non », ‚x’ ⁓ —";
        let want: Vec<usize> =
            s.char_indices().filter(|&(_, c)| matches!(c, ',' | '—' | '–')).map(|(i, _)| i).collect();
        assert_eq!(commas_and_dashes(s).collect::<Vec<_>>(), want);
    }

    #[test]
    fn scare_quotes_and_names_are_not_quotations() {
        assert!(q("l’alliance “AUKUS” et un partenariat « sans limites » ou «vision commune».").is_empty());
        assert!(q("Il a employé le mot « Nous refusons cela ».").is_empty());
        // Two words are a quotation only in reported speech.
        let t = "Le ministre a déclaré plus tôt que les deux pays ne créaient pas de « bloc militaire ».";
        assert_eq!(q(t), [("bloc militaire", Fragment, false)]);
        for t in [
            "Le Conseil a jugé que les textes sont conformes. En effet, il émet deux « réserves juridiques ».",
            "Il estime que la « concertation nationale » promise est un leurre.",
            "Il a parlé de « bloc militaire ».",
        ] {
            assert!(q(t).is_empty(), "{t}: {:?}", q(t));
        }
        // A name given by a participle of naming.
        assert!(q("Elle se trouve dans une zone surnommée « triangle de la mort » depuis des années.").is_empty());
        // Offences the courts charge someone with.
        assert!(q("Douze hommes ont comparu pour « débauche » et « incitation à la débauche » devant le tribunal.")
            .is_empty());
        assert!(q("Il a été condamné pour « apologie du terrorisme » en 2019.").is_empty());
        assert_eq!(q("Le juge a dit pour « que tout soit clair » ceci, a-t-il ajouté.").len(), 1);
        // A name a copula gives to a noun of naming.
        assert!(q("Le thème de cette année était « Nous sommes une famille ». Il a plu.").is_empty());
        assert_eq!(q("Le ministre était « très en colère contre nous tous », a dit un proche.").len(), 1);
        // A term the sentence is about: a determiner, the quoted words, their verb.
        assert!(q("Selon l'armée, un « conseil de paix » serait désormais au pouvoir.").is_empty());
        assert!(q("Il a ajouté que la « réforme juste » est déjà votée.").is_empty());
        assert!(q("Il a été placé en garde à vue pour « violences en réunion » samedi.").is_empty());
        assert!(q("Il a laissé son nom à une expression, « un Tour à la Walko », qui désigne une course.").is_empty());
        assert!(q("Un homme tient une pancarte « je suis partout » devant la gare.").is_empty());
        assert!(q("Des banderoles « non à la réforme des retraites » ornent la place.").is_empty());
        assert_eq!(q("Il a dit avoir un salaire de « 3 600 à peu près » n'étant pas fixe.").len(), 1);
        assert_eq!(q("Il a dit : « un conseil de paix sera formé », selon l'armée.").len(), 1);
        // A gloss of a word's meaning.
        assert!(q("Le pays s'appelle désormais « Kalwa », ce qui signifie « terre des Kalo » dans la langue locale.")
            .is_empty());
        // A title in apposition to its noun; speech after a comma is still speech.
        assert!(q("Son précédent documentaire, « 365 jours à Clichy-Montfermeil », avait marqué.").is_empty());
        assert_eq!(q("Il a publié un communiqué, « Nous refusons cela fermement », a dit X.").len(), 1);
        // A label noun before another closed quotation does not make this one a label.
        assert_eq!(q("le mot » « Nous refusons cela fermement », a dit X.").len(), 1);
    }

    #[test]
    fn full_and_fragment() {
        let t = "« Nous avons des liens très forts », a affirmé Li. Il a dit qu’elles étaient « déjà entrées dans une ère ».";
        assert_eq!(
            q(t),
            [("Nous avons des liens très forts", Full, false), ("déjà entrées dans une ère", Fragment, false)]
        );
        assert_eq!(
            q("Il a qualifié la coopération “de haute technologie”."),
            [("de haute technologie", Fragment, false)]
        );
        assert_eq!(
            q("Mais il a ajouté : « la Russie ne construit pas »."),
            [("la Russie ne construit pas", Full, false)]
        );
        // No-break and narrow no-break spaces inside guillemets are trimmed.
        assert_eq!(
            q("«\u{a0}Il s'agit d'un domaine important\u{202f}», a-t-il dit."),
            [("Il s'agit d'un domaine important", Full, false)]
        );
    }

    #[test]
    fn a_tag_inside_the_marks_is_cut_out() {
        let t = "« Nous sommes, a-t-elle poursuivi, prêts à tout », a dit Y.";
        assert_eq!(q(t), [("Nous sommes", Full, false), ("prêts à tout", Fragment, false)]);
        let t = "« Nous sommes prêts, a ajouté M. Poutine, à travailler avec tous. »";
        assert_eq!(q(t), [("Nous sommes prêts", Full, false), ("à travailler avec tous.", Fragment, false)]);
        // A tag ending its sentence inside the marks: the next sentence is quoted on its own.
        let t = "« La coopération est une priorité, a précisé Paul Roy. Nous analysons tout, capacité par capacité ».";
        assert_eq!(
            q(t),
            [
                ("La coopération est une priorité", Full, false),
                ("Nous analysons tout, capacité par capacité", Full, false)
            ]
        );
        // The speaker's own words: no tag.
        for t in ["« La guerre, selon moi, est finie pour de bon »", "« Nous sommes, dit-on, les meilleurs du monde »"]
        {
            assert_eq!(q(t).len(), 1, "{t}");
        }
        // Nor a verb of saying whose subject is a thing owned ("poursuit son comportement" goes on
        // with the same words); one owned that speaks ("a dit son avocat") is a tag.
        let t = "« Un régime qui, depuis sept décennies, poursuit son comportement violent, illégal et anarchique »";
        assert_eq!(q(t).len(), 1);
        let t = "« Nous sommes prêts, a dit son avocat, à aller jusqu'au bout »";
        assert_eq!(q(t).len(), 2);
    }

    #[test]
    fn an_inner_quote_marked_the_wrong_way_round_stays_inside() {
        let t = "« Le verdict ne fait que mettre le » cher ami « de Xi plus profondément dans sa poche », a-t-il dit.";
        assert_eq!(
            q(t),
            [("Le verdict ne fait que mettre le » cher ami « de Xi plus profondément dans sa poche", Full, false)]
        );
        // Two quotations side by side stay two.
        let t = "Il évoque « la fin des haricots » et « le début de tout ».";
        assert_eq!(q(t).len(), 2);
    }

    #[test]
    fn unclosed_quotes_end_sensibly() {
        let t = "L'objectif est de \"renforcer et développer le partenariat stratégique, a ajouté Belousov. Autre phrase ici.";
        assert_eq!(q(t), [("renforcer et développer le partenariat stratégique", Fragment, true)]);
        let t = "Il a dit que les deux avaient « l’intention de renforcer la coopération. Puis il est parti.";
        assert_eq!(q(t), [("l’intention de renforcer la coopération.", Fragment, true)]);
        let t = "« Nous ne céderons pas. Jamais. Nous continuerons";
        assert_eq!(q(t), [("Nous ne céderons pas. Jamais. Nous continuerons", Full, true)]);
    }

    #[test]
    fn hostile_paragraphs_do_not_blow_up() {
        let t = "« a, ".repeat(5000) + &"\" b , ".repeat(5000);
        let f = find(FR, &t, 0..t.len());
        assert!(f.quotes.len() < 10_001);
        let big = "mot ".repeat(250_000);
        let t = format!("« {big}");
        assert_eq!(find(FR, &t, 0..t.len()).quotes.len(), 1);
    }
}
