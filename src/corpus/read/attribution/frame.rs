//! Frames before a quotation: "Mais il a ajouté : « … »", "X a déclaré que … « … »",
//! "le G7 ayant appelé Pékin à « … »", "selon X, « … »". The nearest reporting verb to the left
//! of the quote in its sentence (bounded window), and its subject.

use super::incise::{self, Subject};
use super::tokens::{gap, is_tight, used_as_noun, Known, Token};
use crate::corpus::read::knowledge::Language;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frame {
    /// Subject and verb as in the text ("il a ajouté", "Poutine a affirmé").
    pub cue: Range<usize>,
    pub subject: Subject,
}

/// How far left of a quote a frame is looked for (bytes).
const WINDOW: usize = 600;

/// How many words a segment between commas before a frame's verb may hold (an apposition:
/// ", dont c'est le premier voyage à l'étranger depuis qu'il a quitté la présidence …,").
const SEGMENT_WORDS: usize = 32;

/// The frame introducing the quote opening at `open`, looked for between `sentence_start` and
/// `open`, skipping words inside the `quoted` ranges (other quotations). `known`: the
/// paragraph's words, if split already.
pub fn parse(
    lang: &dyn Language,
    text: &str,
    known: Known,
    sentence_start: usize,
    open: usize,
    quoted: &[Range<usize>],
) -> Option<Frame> {
    let from = sentence_start.max(open.saturating_sub(WINDOW));
    let toks = known.words_in(text, from..open);
    let toks = &toks[..];
    // Only the quoted ranges overlapping the window (they are in text order).
    let lo = quoted.partition_point(|q| q.end <= from);
    let hi = quoted.partition_point(|q| q.start < open).max(lo);
    let quoted = &quoted[lo..hi];
    let inside = |t: &Token| quoted.iter().any(|q| q.start <= t.start && t.end <= q.end);
    let mut saw_participle = None;
    let mut coordinated = None;
    for v in (0..toks.len()).rev() {
        let t = &toks[v];
        // "une question sur une information japonaise, selon laquelle « … »": the words are
        // what a report the sentence is about says, not its subject's (unlike "il a retweeté un
        // message selon lequel « … »", whose subject passed them on).
        if lang.function_word(&t.folded).according
            && toks.get(v + 1).is_some_and(|n| lang.function_word(&n.folded).relative)
            && !inside(t)
        {
            let det = (v.saturating_sub(6)..v).rev().find(|&d| lang.is_determiner(&toks[d].folded));
            let about = det.is_some_and(|d| {
                d > 0
                    && (lang.is_complement_preposition(&toks[d - 1].folded)
                        || lang.function_word(&toks[d - 1].folded).of)
            });
            if let Some(d) = det.filter(|_| about) {
                let subject = match lang.function_word(&toks[d].folded).indefinite {
                    true => Subject::Unnamed,
                    false => Subject::Np(toks[d].start..toks[v - 1].end),
                };
                return Some(Frame { cue: toks[d].start..toks[v + 1].end, subject });
            }
        }
        let marker = lang.source_marker_len([t.folded.as_str(), toks.get(v + 1).map_or("", |n| n.folded.as_str())]) > 0;
        if t.cap() && !marker || inside(t) {
            continue;
        }
        if marker {
            if let Some(inc) = incise::parse_tokens(lang, text, &toks[v..], t.start) {
                if !matches!(inc.subject, Subject::Sentence) {
                    return Some(Frame { cue: inc.cue, subject: inc.subject });
                }
            }
            continue;
        }
        let faire = lang.is_faire(&t.folded) && toks.get(v + 1).is_some_and(|n| lang.is_faire_complement(&n.folded));
        let opinion = v > 0 && lang.is_opinion_verb([toks[v - 1].folded.as_str(), t.folded.as_str()]);
        if !faire && !opinion && !lang.is_reporting_verb(&t.folded) || used_as_noun(lang, text, toks, v) {
            continue;
        }
        // "soulignant que", "en affirmant", "Et de poursuivre :": the subject is the sentence's.
        let infinitive = v > 0
            && !toks[v - 1].cap()
            && lang.function_word(&toks[v - 1].folded).bare_of()
            && lang.may_be_infinitive(&t.folded);
        if (lang.may_be_nonfinite(&t.folded) || infinitive) && !faire {
            // "certains se demandant « … »": a participle with its own subject, unnamed people.
            let r = if v > 0 && lang.function_word(&toks[v - 1].folded).reflexive { v - 1 } else { v };
            if r > 0 && is_tight(gap(text, toks, r, from)) && lang.is_unnamed_people(&toks[r - 1].folded) {
                return Some(Frame { cue: toks[r - 1].start..t.end, subject: Subject::Unnamed });
            }
            // "…, ce dernier expliquant que « … »": the participle's own subject, the person
            // named last.
            if r > 1
                && is_tight(gap(text, toks, r, from))
                && is_tight(gap(text, toks, r - 1, from))
                && lang.latest_anaphor([toks[r - 2].folded.as_str(), toks[r - 1].folded.as_str()]).is_some()
            {
                let np = toks[r - 2].start..toks[r - 1].end;
                return Some(Frame { cue: np.start..t.end, subject: Subject::Np(np) });
            }
            if saw_participle.is_none() {
                saw_participle = Some((t.start..t.end, v));
            }
            continue;
        }
        let verb_end = if faire { toks[v + 1].end } else { t.end };
        // "« A », a déclaré X à Y, ajoutant …", "« A », a-t-elle assuré, avant de …": the
        // incise of an earlier quote names the subject after the verb.
        let aux = aux_start(lang, text, toks, v, from);
        // "l'état de catastrophe sera reconnu": a passive's subject says nothing (not "s'est
        // dit", whose auxiliary follows its reflexive).
        let reflexive = aux > 0 && lang.function_word(&toks[aux - 1].folded).reflexive;
        if aux < v && lang.is_passive_auxiliary(&toks[aux].folded) && !reflexive {
            continue;
        }
        // (Not "Le ministre, X, dénonce une tentative …": a verb and its object after a
        // subject's comma. An incise's subject is definite and closes the clause: after a
        // quotation mark, or followed by a comma.)
        // "…, comme l'indique Chris McKay, scientifique de la NASA : « … »": the same incise
        // after "comme".
        // (The clitic may have been taken into the verb group.)
        let comme = [aux.checked_sub(1), aux.checked_sub(2)].into_iter().flatten().find(|&c| {
            lang.function_word(&toks[c].folded).like
                && toks.get(c + 1).is_some_and(|n| lang.function_word(&n.folded).object_pronoun)
        });
        if let Some(c) = comme {
            if let Some(inc) = incise::parse_tokens(lang, text, &toks[c..], toks[c].start) {
                if matches!(inc.subject, Subject::Np(_)) && !inc.source_marker {
                    return Some(Frame { cue: inc.cue, subject: inc.subject });
                }
            }
        }
        let g = gap(text, toks, aux, from);
        if g.contains(',') || text[toks[aux].end..].starts_with('-') {
            if let Some(inc) = incise::parse_tokens(lang, text, &toks[aux..], toks[aux].start) {
                let incise_like = match &inc.subject {
                    Subject::Np(np) => {
                        let first = crate::text::words(&text[np.clone()]).next().map(|w| crate::text::fold(w.text));
                        let indefinite = first
                            .as_deref()
                            .map(|f| lang.function_word(f))
                            .is_some_and(|f| f.indefinite || f.definite && f.of);
                        // (Not an initial's dot: "a félicité E. Macron pour …".)
                        let initial =
                            text[np.start..np.end].trim_end().chars().rev().nth(1).is_none_or(|c| !c.is_alphabetic());
                        let closes = text[np.end..].trim_start().starts_with([',', ';', '.', ':'])
                            && !(initial && text[np.end..].starts_with(". "));
                        g.contains(['»', '”', '"']) || closes && !indefinite
                    }
                    _ => true,
                };
                if !inc.source_marker && incise_like {
                    return Some(Frame { cue: inc.cue, subject: inc.subject });
                }
            }
        }
        // "… une tribune dans laquelle elle demande à « … »": a subject pronoun right before.
        if aux > 0 && is_tight(gap(text, toks, aux, from)) {
            let p = &toks[aux - 1];
            if lang.is_subject_pronoun(&p.folded) && (!p.cap() || lang.pronoun_gender(&p.folded).is_some()) {
                let subject = Subject::Pronoun(p.folded.to_string(), p.start..p.end);
                return Some(Frame { cue: p.start..verb_end, subject });
            }
        }
        // "X riposte et dénonce « … »": a verb coordinated by "et" shares the subject of the
        // verb before it, the sentence's (unless an earlier verb frames the quote itself).
        // (A reflexive between them: "et se dit « … »".)
        // (Right before the verb or its group: "et estimé", "et a estimé".)
        let and_before = |g: usize| {
            let c = if g > 1 && lang.function_word(&toks[g - 1].folded).reflexive { g - 1 } else { g };
            (c > 0 && lang.function_word(&toks[c - 1].folded).and && is_tight(gap(text, toks, c, from))).then_some(c)
        };
        if let Some(c) = and_before(aux).or_else(|| and_before(v)) {
            coordinated.get_or_insert(toks[c - 1].start..verb_end);
            continue;
        }
        if let Some(np) = author_before_relative(lang, text, toks, aux, from) {
            return Some(Frame { cue: np.start..verb_end, subject: Subject::Np(np) });
        }
        if let Some(subj) = subject_left(lang, text, toks, v, from, &inside) {
            // ("Après avoir salué « … », la ministre a précisé": a clause with no subject.)
            let k = toks.partition_point(|t| t.start < subj.start);
            let words = [k, k + 1].map(|j| toks.get(j).map_or("", |t| t.folded.as_str()));
            let subject = match lang.opens_nonfinite_clause(words) {
                true => Subject::Sentence,
                false => incise::subject_of(lang, toks, subj.clone()),
            };
            return Some(Frame { cue: subj.start..verb_end, subject });
        }
    }
    if let Some((cue, p)) = saw_participle {
        // "… quand un jeune homme a tenté de le gifler en criant « … »": the participle's
        // subject is its clause's, someone the text does not name.
        let clause = (0..p).rev().take(20).find(|&c| lang.is_clause_stop(&toks[c].folded));
        let unnamed = clause.and_then(|c| toks.get(c + 1)).is_some_and(|n| {
            let f = lang.function_word(&n.folded);
            f.indefinite && !f.plural
        });
        let subject = if unnamed { Subject::Unnamed } else { Subject::Sentence };
        return Some(Frame { cue, subject });
    }
    coordinated
        .map(|cue| Frame { cue, subject: Subject::Sentence })
        .or_else(|| subject_of_quoted_verb(lang, text, toks, open))
}

/// "S'il ne « regrette pas d'avoir accepté »", "le journaliste Claude Roy « regarde … »": a
/// subject pronoun or a full name (and a negation) right before the marks, the quoted words
/// its own verb and what follows.
fn subject_of_quoted_verb(lang: &dyn Language, text: &str, toks: &[Token], open: usize) -> Option<Frame> {
    let n = toks.len();
    let last = toks.last()?;
    let words_after = text[open..].chars().skip(1).find(|c| !c.is_whitespace()).is_some_and(char::is_lowercase);
    if !text[last.end..open].trim().is_empty() || !words_after {
        return None;
    }
    let p = if lang.function_word(&last.folded).negation && n >= 2 { n - 2 } else { n - 1 };
    let joined = |i: usize| i + 1 == n || is_tight(&text[toks[i].end..toks[i + 1].start]);
    let pron = &toks[p];
    if lang.is_subject_pronoun(&pron.folded) && pron.folded != "on" && joined(p) {
        let subject = Subject::Pronoun(pron.folded.to_string(), pron.start..pron.end);
        return Some(Frame { cue: pron.start..last.end, subject });
    }
    // A name: two to four capitalised words, joined, not a sentence's first word alone.
    let mut a = p + 1;
    while a > 0 && p + 1 - a < 4 && toks[a - 1].cap() && joined(a - 1) && !lang.is_function_word(&toks[a - 1].folded) {
        a -= 1;
    }
    (p + 1 - a >= 2).then(|| Frame { cue: toks[a].start..last.end, subject: Subject::Np(toks[a].start..toks[p].end) })
}

/// "une citation de François Fillon qui disait", "un tweet de X qui affirmait": the name in
/// the complement of a noun of words, right before "qui" and the verb group at `aux`, is the
/// relative's antecedent (words do not say things; their author does).
fn author_before_relative(
    lang: &dyn Language,
    text: &str,
    toks: &[Token],
    aux: usize,
    from: usize,
) -> Option<Range<usize>> {
    let q = aux.checked_sub(1)?;
    let joined = is_tight(gap(text, toks, aux, from)) && is_tight(gap(text, toks, q, from));
    if !lang.is_subject_relative(&toks[q].folded) || toks[q].cap() || !joined {
        return None;
    }
    let (a, head) = name_in_complement(lang, text, toks, q, from)?;
    (!toks[head].cap() && lang.is_words_noun(&toks[head].folded)).then(|| toks[a].start..toks[q - 1].end)
}

/// "…, comme celle de Bill Roy, un analyste : « … »", "la réaction de Marie Roy : « … »": the
/// words after a colon are those of the name in the complement of a noun of words (or of a
/// pronoun standing for one) that ends the text before the colon, maybe with an apposition.
/// `toks`: the words before the colon.
pub fn author_before_colon(lang: &dyn Language, text: &str, toks: &[Token]) -> Option<Range<usize>> {
    let from = toks.first()?.start;
    // "Les premiers mots de Jean Roy à son arrivée ont été pour … :": the words the sentence
    // opens on are its author's.
    let opening = (1..4.min(toks.len())).find(|&j| {
        lang.function_word(&toks[0].folded).opens_phrase()
            && lang.is_words_noun(&toks[j].folded)
            && (1..j).all(|k| !toks[k].cap() && !lang.is_function_word(&toks[k].folded))
    });
    if let Some(j) = opening.filter(|&j| toks.get(j + 1).is_some_and(|t| lang.function_word(&t.folded).bare_of())) {
        let a = j + 2;
        let end =
            (a..toks.len()).take_while(|&k| toks[k].cap() && (k == a || is_tight(gap(text, toks, k, from)))).count()
                + a;
        if end - a >= 2 {
            return Some(toks[a].start..toks[end - 1].end);
        }
    }
    let mut end = toks.len();
    // The apposition: ", un analyste politique" (a lowercase opening, eight words at most).
    if let Some(c) = (end.saturating_sub(8)..end).rev().find(|&j| j > 0 && gap(text, toks, j, from).trim() == ",") {
        if !toks[c].cap() {
            end = c;
        }
    }
    let (a, head) = name_in_complement(lang, text, toks, end, from)?;
    // ("cette déclaration forte de X", "les mots très durs de X": adjectives after the noun.)
    let adjective =
        |j: usize| !toks[j].cap() && !lang.is_function_word(&toks[j].folded) && is_tight(gap(text, toks, j + 1, from));
    let noun = (head.saturating_sub(2)..=head)
        .rev()
        .take_while(|&j| j == head || (j + 1..=head).all(adjective))
        .find(|&j| lang.is_words_noun(&toks[j].folded) || j == head && lang.is_demonstrative_pronoun(&toks[j].folded));
    // (A name of two words at least: "celle de Paris" is a place's.)
    (end - a >= 2 && noun.is_some()).then(|| toks[a].start..toks[end - 1].end)
}

/// A capitalised name ending right before word `end`, in the complement of the word before
/// its "de": where the name starts, and that word.
fn name_in_complement(
    lang: &dyn Language,
    text: &str,
    toks: &[Token],
    end: usize,
    from: usize,
) -> Option<(usize, usize)> {
    let mut a = end;
    while a > 0
        && toks[a - 1].cap()
        && !lang.is_function_word(&toks[a - 1].folded)
        && (a == end || is_tight(gap(text, toks, a, from)))
    {
        a -= 1;
    }
    let of = a.checked_sub(1)?;
    let head = of.checked_sub(1)?;
    let fits = a < end
        && lang.function_word(&toks[of].folded).of
        && !toks[of].cap()
        && is_tight(gap(text, toks, a, from))
        && is_tight(gap(text, toks, of, from));
    fits.then_some((a, head))
}

/// Index of the first word of the verb group ending at `v` (auxiliary, clitics, adverbs
/// between them: "s’est", "a pour sa part", "a en outre fait").
fn aux_start(lang: &dyn Language, text: &str, toks: &[Token], v: usize, from: usize) -> usize {
    let mut a = v;
    // Nearest auxiliary within five words to the left.
    for j in (v.saturating_sub(5)..v).rev() {
        if !is_tight(gap(text, toks, j + 1, from)) {
            break;
        }
        if lang.is_auxiliary(&toks[j].folded) && !toks[j].cap() {
            a = j;
            break;
        }
    }
    while a > 0 && is_tight(gap(text, toks, a, from)) && lang.is_auxiliary(&toks[a - 1].folded) && !toks[a - 1].cap() {
        a -= 1;
    }
    a
}

/// Whether token `i` is joined to the one before it (same phrase): only spaces, hyphens,
/// apostrophes, or the dot of an honorific ("M. Poutine").
fn joined(lang: &dyn Language, text: &str, toks: &[Token], i: usize, from: usize) -> bool {
    let g = gap(text, toks, i, from);
    is_tight(g) || (i > 0 && g.trim() == "." && lang.is_honorific(&toks[i - 1].folded))
}

/// The subject words to the left of the verb at `v`; None when there are none. Relative
/// clauses and appositions between commas are skipped ("Poutine, qui dirige …, a déclaré",
/// "Marie Roy, réalisatrice de A et B, a écrit", "Jean Roy, PDG de X, a dit"), and so is an
/// aside in parentheses ("Le SNJ (Syndicat national des journalistes) exige").
fn subject_left(
    lang: &dyn Language,
    text: &str,
    toks: &[Token],
    v: usize,
    from: usize,
    inside: &dyn Fn(&Token) -> bool,
) -> Option<Range<usize>> {
    let mut e = aux_start(lang, text, toks, v, from); // exclusive end of the segment
    let mut first = true;
    let mut after_relative = false;
    for _ in 0..4 {
        let aside = if first { aside_before(text, toks, e, from) } else { None };
        let e_joined = match aside {
            Some(open) => {
                e = open;
                e > 0
            }
            None => joined(lang, text, toks, e, from),
        };
        let mut s = e;
        // The whole segment back to a comma, and its part after the last clause stop.
        let mut whole = e;
        if !first || e_joined {
            let mut stopped = false;
            while whole > 0 && e - whole < SEGMENT_WORDS && !inside(&toks[whole - 1]) {
                if lang.is_clause_stop(&toks[whole - 1].folded) {
                    stopped = true;
                }
                whole -= 1;
                if !stopped {
                    s = whole;
                }
                if !joined(lang, text, toks, whole, from) {
                    break;
                }
            }
        }
        // "…, réalisatrice de A et B, a écrit": a segment between commas that opens on a
        // lowercase noun or a title ("PDG") describes the name before it, "et" or not.
        if !first && whole < e && whole > 0 && gap(text, toks, whole, from).contains(',') {
            let w = &toks[whole];
            let describes = !w.cap() && !lang.is_determiner(&w.folded) && !lang.is_pronoun(&w.folded)
                || lang.is_title_word(&w.folded);
            let verb = lang.is_reporting_verb(&w.folded); // "…, dénonce X, délégué, qui …"
            let fw = lang.function_word(&w.folded);
            if describes && !verb && !lang.is_subject_relative(&w.folded) && (!fw.indefinite || fw.plural) {
                e = whole;
                continue;
            }
        }
        if s < e {
            let w = toks[s].folded.as_str();
            // "X, qui estime que « … »": the antecedent before the comma said it; when that is
            // "un conducteur", the text does not say who.
            let last_det = toks[s..e].iter().rev().find(|t| lang.function_word(&t.folded).article());
            if after_relative && last_det.is_some_and(|t| lang.function_word(&t.folded).indefinite) {
                return None;
            }
            after_relative = lang.is_subject_relative(w);
            // "…, dénonce Jean Dupont, délégué, qui estime": an inverted incise names the
            // antecedent after its verb.
            // ("« … », indique le communiqué qui note que « … »": after a determiner too.)
            let named_after = toks[s + 1..e].first().is_some_and(|n| n.cap() || lang.is_determiner(&n.folded));
            let ends_relative = lang.is_subject_relative(&toks[e - 1].folded);
            if e - s >= 2 && (!first || ends_relative) && !toks[s].cap() && lang.is_reporting_verb(w) && named_after {
                let mut end = e;
                while end > s + 2 && lang.is_subject_relative(&toks[end - 1].folded) {
                    end -= 1;
                }
                return Some(toks[s + 1].start..toks[end - 1].end);
            }
            let fw = lang.function_word(w);
            // ("Après une rencontre, un communiqué de la présidence a salué": an indefinite
            // after a fronted complement is the subject, not an apposition to it.)
            let after_fronted = s > 0 && gap(text, toks, s, from).contains(',') && {
                let mut p = s - 1;
                while p > 0 && !gap(text, toks, p, from).contains(',') {
                    p -= 1;
                }
                lang.is_complement_preposition(&toks[p].folded)
            };
            let apposition = fw.relative || fw.indefinite && !fw.plural && !after_fronted || fw.or
                // "Fabien Dupont, délégué syndical, qui estime": a bare noun between commas
                // describes the name before it.
                || !first && !toks[s].cap() && !lang.is_determiner(w) && !lang.is_pronoun(w);
            if !apposition {
                // "X, le chef de mission de Y qui considère": the relative's antecedent.
                let mut end = e;
                while end > s + 1 && lang.is_subject_relative(&toks[end - 1].folded) {
                    end -= 1;
                }
                // "Jean Roy, le délégué syndical, a dit": a title described the name before it.
                if let Some(name) = named_before_description(lang, text, toks, s, from, inside) {
                    return Some(name);
                }
                return Some(toks[s].start..toks[end - 1].end);
            }
        }
        if s == 0 || !gap(text, toks, s, from).contains(',') {
            return None;
        }
        e = s;
        first = false;
    }
    None
}

/// When the segment starting at token `s` is a definite title ("le chef de mission de X") in
/// apposition to a name before its comma ("Marc Roy, le chef de …"): that name's span.
fn named_before_description(
    lang: &dyn Language,
    text: &str,
    toks: &[Token],
    s: usize,
    from: usize,
    inside: &dyn Fn(&Token) -> bool,
) -> Option<Range<usize>> {
    let det = toks.get(s).is_some_and(|t| lang.function_word(&t.folded).singular_definite());
    let title = toks.get(s + 1).is_some_and(|t| lang.is_title_word(&t.folded));
    // (Or a title without article: "Gaston Sindimwo, premier vice-président du Burundi a réagi".)
    let bare_title = toks.get(s).is_some_and(|t| {
        !t.cap()
            && (lang.is_title_word(&t.folded)
                || lang.is_rank_word(&t.folded) && toks.get(s + 1).is_some_and(|n| lang.is_title_word(&n.folded)))
    });
    let titled = det && title && is_tight(gap(text, toks, s + 1, from)) || bare_title;
    if !titled || s == 0 || gap(text, toks, s, from).trim() != "," {
        return None;
    }
    // The name: capitalised words (and particles) right before the comma, at most five.
    let e = s;
    let mut a = e;
    while a > 0 && e - a < 5 && !inside(&toks[a - 1]) {
        let t = &toks[a - 1];
        let joined_next = a == e || is_tight(gap(text, toks, a, from));
        if !joined_next || !(t.cap() || lang.is_name_particle(&t.folded)) {
            break;
        }
        a -= 1;
    }
    // "Invitée de RTL, la ministre …": a participle and its complement, not a name.
    let participle = lang.looks_like_past_participle(toks[a].text)
        && toks
            .get(a + 1)
            .is_some_and(|t| lang.function_word(&t.folded).bare_of() || lang.is_agent_preposition(&t.folded));
    let starts_name = a < e && toks[a].cap() && !lang.is_function_word(&toks[a].folded) && !participle;
    // The name opens its clause, or follows its verb ("a ajouté Marc Roy, le chef de …").
    let whole_segment = a == 0
        || gap(text, toks, a, from).contains([',', '.', ';', ':'])
        || lang.is_reporting_verb(&toks[a - 1].folded) && !toks[a - 1].cap();
    (starts_name && whole_segment).then(|| toks[a].start..toks[e - 1].end)
}

/// When the words before token `e` end with an aside in parentheses ("(Syndicat national des
/// journalistes)"), the index of the aside's first word: what stands before it is the phrase.
fn aside_before(text: &str, toks: &[Token], e: usize, from: usize) -> Option<usize> {
    // (Its comma may follow: "Philippe Bas (LR), a estimé".)
    if e == 0 || !gap(text, toks, e, from).trim_end().trim_end_matches(',').trim_end().ends_with(')') {
        return None;
    }
    (e.saturating_sub(15)..e).rev().find(|&j| gap(text, toks, j, from).contains('('))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fr(s: &str) -> Option<(String, String)> {
        let open = s.rfind(['«', '“', '"']).unwrap();
        let f = parse(&crate::corpus::read::knowledge::french::FRENCH, s, Known::NONE, 0, open, &[])?;
        Some((s[f.cue.clone()].to_string(), f.subject.show(s)))
    }

    #[test]
    fn frames_with_subjects() {
        assert_eq!(fr("Mais il a ajouté : « La Russie"), Some(("il a ajouté".into(), "il".into())));
        assert_eq!(
            fr("S’exprimant aujourd’hui, Poutine a affirmé que l’OTAN cherchait à « dépasser"),
            Some(("Poutine a affirmé".into(), "Poutine".into()))
        );
        assert_eq!(
            fr("L’Occident veut empêcher la Chine, le G7 ayant appelé mercredi Pékin à « ne pas aider"),
            Some(("le G7 ayant appelé".into(), "le G7".into()))
        );
        assert_eq!(
            fr("Le général chinois a pour sa part déclaré que les relations étaient à leur « plus"),
            Some(("Le général chinois a pour sa part déclaré".into(), "Le général chinois".into()))
        );
        assert_eq!(
            fr("Lors de sa réception du général Zhang, il a déclaré que la coopération n’était pas « dirigée"),
            Some(("il a déclaré".into(), "il".into()))
        );
        assert_eq!(
            fr("Le président a salué ce qu’il a qualifié d’importante coopération “de haute"),
            Some(("il a qualifié".into(), "il".into()))
        );
        assert_eq!(
            fr("Poutine, qui dirige la plus grande puissance du monde, a déclaré que « nous"),
            Some(("Poutine, qui dirige la plus grande puissance du monde, a déclaré".into(), "Poutine".into()))
        );
        assert_eq!(
            fr("M. Poutine a en outre fait savoir que son homologue viendrait, soulignant que les deux avaient « l’intention"),
            Some(("M. Poutine a en outre fait savoir".into(), "M. Poutine".into()))
        );
        assert_eq!(
            fr("Selon Marie Curie, porte-parole, « nous"),
            Some(("Selon Marie Curie".into(), "Marie Curie".into()))
        );
        assert_eq!(fr("Il fait beau et « tout va"), None);
        assert_eq!(
            fr("Le ton reste ferme, dénonce Jean Dupont, délégué syndical, qui estime que la direction « joue"),
            Some(("Jean Dupont, délégué syndical, qui estime".into(), "Jean Dupont".into()))
        );
        assert_eq!(fr("Il y avait là un conducteur, qui estime que la direction « joue"), None);
    }

    #[test]
    fn appositions_asides_and_coordinated_verbs() {
        // An apposition may hold "et" and capitalised titles of works; a title opens one too.
        assert_eq!(
            fr("Marek Lis, réalisateur de Brume et Glace, a écrit sur son blog : « Je"),
            Some(("Marek Lis, réalisateur de Brume et Glace, a écrit".into(), "Marek Lis".into()))
        );
        assert_eq!(
            fr("Anna Wrona, PDG de Solvane, a déclaré : « Nous"),
            Some(("Anna Wrona, PDG de Solvane, a déclaré".into(), "Anna Wrona".into()))
        );
        // An aside in parentheses between the subject and its verb.
        assert_eq!(
            fr("Le SNT (Syndicat national des traducteurs) exige « des"),
            Some(("Le SNT (Syndicat national des traducteurs) exige".into(), "Le SNT".into()))
        );
        // "X, dénonce une tentative … et avertit que « … »": the coordinated verbs' subject,
        // not an incise ("dénonce une tentative" names nobody).
        assert_eq!(
            fr("Le chef du gouvernement, Jan Kowal, dénonce une tentative de putsch et avertit que les auteurs paieront « le"),
            Some(("Jan Kowal, dénonce".into(), "Jan Kowal".into()))
        );
        // A real incise in the middle of a sentence still is one.
        assert_eq!(
            fr("La situation, explique le chercheur Paul Roy, reste « grave"),
            Some(("explique le chercheur Paul Roy".into(), "le chercheur Paul Roy".into()))
        );
    }
}
