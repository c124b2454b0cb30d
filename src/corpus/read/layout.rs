//! Paragraphs, sentences and page furniture (captions, credits, navigation, share buttons...).
//!
//! News text comes one paragraph per line. Each paragraph is classified by its *shape*, not by
//! exact strings, so pages never seen before are handled: credit markers (©, "via AGENCY",
//! "/ AGENCY", "(… photo)", gallery counters "[1/4]") make a caption; separators between short
//! segments make a breadcrumb; "X plus :" / "Lire aussi :" lead-ins and "LABEL: …" lines make
//! navigation; text whose function words are English or German is foreign; a short line without
//! sentence punctuation is a heading. Furniture is never a source of quotes, speakers or events.

use super::knowledge::language::{self, word};
use super::knowledge::Language;
use super::quotes::marks;
use crate::text::tokens::tokenize_into;
use crate::text::{fold, words, Token};
use std::ops::Range;

/// What kind of page furniture a paragraph is (never a source of quotes, speakers or events).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Furniture {
    /// Photo caption or credit line.
    Caption,
    /// Site navigation, breadcrumbs, share buttons, "read more" links, "SOURCE:" lines.
    Navigation,
    /// A heading or title line (short, no sentence punctuation).
    Heading,
    /// Text not in the article's language (a publishing notice in German...).
    Foreign,
    /// The author and publishing facts ("Par X · Publié le 7 juin 2024 à 05h12").
    Byline,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// Byte span in the article text, trimmed of surrounding whitespace.
    pub span: Range<usize>,
    pub furniture: Option<Furniture>,
}

impl Paragraph {
    pub fn is_body(&self) -> bool {
        self.furniture.is_none()
    }
}

/// [`split`] without keeping the words.
#[cfg(test)]
pub fn paragraphs(lang: &dyn Language, text: &str, body: Range<usize>) -> Vec<Paragraph> {
    split(lang, text, body, &mut Vec::new(), |_, _| false)
}

/// Split the body (`text[body]`) into paragraphs (one per non-blank line, as news text
/// comes), each classified as body or furniture. Spans are absolute, trimmed, on char
/// boundaries. An out-of-range or non-boundary `body` is clamped rather than panicking. Each
/// paragraph's words (split to classify it) are appended to `words`, and stay there when
/// `keep` (given the paragraph and where its words end) says so, so that later stages need
/// not split them again.
pub fn split<'a>(
    lang: &dyn Language,
    text: &'a str,
    body: Range<usize>,
    words: &mut Vec<Token<'a>>,
    mut keep: impl FnMut(&Paragraph, usize) -> bool,
) -> Vec<Paragraph> {
    let body = clamp(text, body);
    let mut out = Vec::new();
    let mut pos = body.start;
    for line in text[body.clone()].split_inclusive('\n') {
        let start = pos + (line.len() - line.trim_start().len());
        let end = pos + line.trim_end().len();
        if end > start {
            let from = words.len();
            tokenize_into(text, start..end, words);
            let toks = &mut words[from..];
            language::classify(lang, toks);
            let line = &text[start..end];
            let mut furniture = classify_words(lang, line, start, toks);
            if out.is_empty() && furniture.is_none() && is_headline(line, toks) {
                furniture = Some(Furniture::Heading);
            }
            let p = Paragraph { span: start..end, furniture };
            if !keep(&p, words.len()) {
                words.truncate(from);
            }
            out.push(p);
        }
        pos += line.len();
    }
    out
}

fn clamp(text: &str, r: Range<usize>) -> Range<usize> {
    let mut s = r.start.min(text.len());
    let mut e = r.end.min(text.len()).max(s);
    while !text.is_char_boundary(s) {
        s -= 1;
    }
    while !text.is_char_boundary(e) {
        e += 1;
    }
    s..e
}

/// [`classify_words`] of a line on its own.
#[cfg(test)]
pub fn classify(lang: &dyn Language, line: &str) -> Option<Furniture> {
    classify_words(lang, line, 0, &crate::text::tokenize(line, 0..line.len()))
}

/// Classify one paragraph (already trimmed), given its words; `base` is the line's offset in
/// the text their spans index. None = article body.
fn classify_words(lang: &dyn Language, line: &str, base: usize, toks: &[Token]) -> Option<Furniture> {
    if is_breadcrumb(line) {
        return Some(Furniture::Navigation);
    }
    if has_credit(lang, line, base, toks) {
        return Some(Furniture::Caption);
    }
    if is_foreign(lang, toks) {
        return Some(Furniture::Foreign);
    }
    if is_link_or_label(lang, line, base, toks) {
        return Some(Furniture::Navigation);
    }
    if is_byline(lang, toks) {
        return Some(Furniture::Byline);
    }
    let n_words = toks.len();
    // (Before a closing aside: "« no más peleas » (« plus de combats »)" is a quotation.)
    let core = match line.strip_suffix(')') {
        Some(_) => line.rfind('(').map_or(line, |i| line[..i].trim_end()),
        None => line,
    };
    let last = core.chars().last().unwrap_or(' ');
    let sentence_end = matches!(last, '.' | '!' | '?' | '…' | ':' | ';' | '»' | '”' | '"');
    if !sentence_end && n_words <= 30 {
        // Share buttons and other UI labels are Title Case ("Partager Cet Article").
        let title_case = (2..=4).contains(&n_words) && toks.iter().all(Token::cap);
        return Some(if title_case { Furniture::Navigation } else { Furniture::Heading });
    }
    None
}

/// The body's first line is a headline when it is short and has no sentence of its own: it
/// ends with a closing quote mark that no sentence punctuation precedes ("Grève : le
/// gouvernement appelle au « sens des responsabilités »"), and no sentence ends inside it.
/// (Lines without final punctuation are headings already, see [`classify_words`].)
fn is_headline(line: &str, toks: &[Token]) -> bool {
    let Some(last) = line.chars().next_back() else { return false };
    if !matches!(last, '»' | '”' | '"') || toks.len() > 25 {
        return false;
    }
    let inner = line[..line.len() - last.len_utf8()].trim_end();
    if inner.ends_with(['.', '!', '?', '…']) {
        return false;
    }
    // "… fin. Début …": a sentence ends inside: body text.
    let b = inner.as_bytes();
    !inner.char_indices().any(|(i, c)| {
        matches!(c, '.' | '!' | '?') && b.get(i + 1) == Some(&b' ') && inner[i + 2..].starts_with(char::is_uppercase)
    })
}

/// A short line telling who wrote the article and when it was published or updated: its
/// dates are the page's, not the news'.
fn is_byline(lang: &dyn Language, toks: &[Token]) -> bool {
    let marker_at = |i: usize| toks.get(i + 1).is_some_and(|n| lang.is_byline_marker([&toks[i].folded, &n.folded]));
    // "Publié le …", "Mis à jour le …"; or "Par Anne Dupont … publié le …" (an author, then the facts).
    let by_author = toks.len() >= 2 && toks[0].cap() && lang.is_byline_author(&toks[0].folded) && toks[1].cap();
    toks.len() <= 40
        && (marker_at(0)
            || (by_author && (toks.len() <= 8 || (0..toks.len()).any(marker_at)))
            || is_date_line(lang, toks))
}

/// A line that gives only a day and maybe a time, as pages print when they published ("26
/// avr. 2018, 00:01", "Lundi 3 mars 2025 à 14h30").
fn is_date_line(lang: &dyn Language, toks: &[Token]) -> bool {
    // (Checked on every line of a page: most fail on their first word, with no allocation.)
    let skip = usize::from(toks.first().is_some_and(|t| lang.weekday(&t.folded).is_some()));
    let [day, month, year, time @ ..] = toks.get(skip..).unwrap_or_default() else { return false };
    let digits = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit() || b == b'h');
    lang.day_number(&day.folded).is_some()
        && lang.month_short(&month.folded).is_some()
        && year.folded.len() == 4
        && digits(&year.folded)
        && time.len() <= 3
        && time.iter().all(|w| digits(&w.folded) || w.folded == "a")
}

/// "Infos / A La Une / Europe": two or more separators between short segments.
fn is_breadcrumb(line: &str) -> bool {
    let seps = ['/', '>', '›', '|', '»'];
    // Three segments need two separators: most lines have fewer, and stop here.
    if !two_separators(line) {
        return false;
    }
    let segments: Vec<&str> = line.split(|c| seps.contains(&c)).collect();
    if segments.len() < 3 {
        return false;
    }
    // Separators must stand between spaces (not "Spoutnik/Sergei" nor "24/7").
    let spaced = line.char_indices().filter(|&(i, c)| {
        seps.contains(&c)
            && line[..i].chars().next_back().is_some_and(char::is_whitespace)
            && line[i + c.len_utf8()..].chars().next().is_some_and(char::is_whitespace)
    });
    spaced.count() >= 2 && segments.iter().all(|s| words(s).count() <= 5) && !line.trim_end().ends_with('.')
}

/// `line` holds two or more of / > | › », counted over its bytes: » (C2 BB) and › (E2 80 BA)
/// are the only chars whose UTF-8 ends that way.
fn two_separators(line: &str) -> bool {
    let b = line.as_bytes();
    let ascii = memchr::memchr3_iter(b'/', b'>', b'|', b).take(2).count();
    let quote_marks = || {
        memchr::memchr2_iter(0xBB, 0xBA, b).filter(|&i| match b[i] {
            0xBB => i >= 1 && b[i - 1] == 0xC2,
            _ => i >= 2 && b[i - 2..i] == [0xE2, 0x80],
        })
    };
    ascii >= 2 || ascii + quote_marks().take(2 - ascii).count() >= 2
}

fn is_all_caps_word(w: &str) -> bool {
    // (The letters first: most words fail on their first char, most on its byte, lowercase.)
    if w.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
        return false;
    }
    // (A letter at least: "07/2017" is a date, not "AFP/".)
    w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
        && w.chars().nth(2).is_some()
        && w.chars().any(char::is_uppercase)
}

/// Photo credits and captions: ©, "via REUTERS", "/ AFP", "(AFP photo)", "[1/4]", "Photo :".
/// `toks` are the line's words, at `base` in the text.
fn has_credit(lang: &dyn Language, line: &str, base: usize, toks: &[Token]) -> bool {
    if line.contains('©') {
        return true;
    }
    // Gallery counter "[1/4]".
    let b = line.as_bytes();
    for (i, _) in line.match_indices('[') {
        let rest = &b[i + 1..];
        let d1 = rest.iter().take_while(|c| c.is_ascii_digit()).count();
        if d1 > 0 && rest.get(d1) == Some(&b'/') {
            let d2 = rest[d1 + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
            if d2 > 0 && rest.get(d1 + 1 + d2) == Some(&b']') {
                return true;
            }
        }
    }
    // Parentheses before each word, tracked as the words go (one pass over the line).
    let last_close = line.rfind(')');
    let (mut scanned, mut open_before, mut close_before) = (0usize, None, None);
    for (k, w) in toks.iter().enumerate() {
        let class = language::class_of(lang, w);
        let (w_start, w_end) = (w.start - base, w.end - base);
        // "via REUTERS"
        if class & word::CREDIT_VIA != 0 && toks.get(k + 1).is_some_and(|n| is_all_caps_word(n.text)) {
            return true;
        }
        // "/ REUTERS", "AFP/"
        if is_all_caps_word(w.text) {
            let before = line[..w_start].trim_end();
            let after = line[w_end..].trim_start();
            if before.ends_with('/') || after.starts_with('/') {
                return true;
            }
        }
        // "(AFP photo)", "(Photo X)", "Photo :", "Crédit photo"
        if class & word::CREDIT_WORD != 0 {
            for (j, &c) in b[scanned..w_start].iter().enumerate() {
                match c {
                    b'(' => open_before = Some(scanned + j),
                    b')' => close_before = Some(scanned + j),
                    _ => {}
                }
            }
            scanned = w_start;
            let before = line[..w_start].trim_end();
            let after = line[w_end..].trim_start();
            // An opening parenthesis not closed before the word, and a closing one after it.
            // (A long paragraph pointing at its picture in passing, "François Hollande (photo
            // ci-contre) …", is body text: a caption's credit closes it or it is short.)
            let closes_caption = last_close.is_some_and(|c| line[c + 1..].trim().len() <= 2) || toks.len() <= 40;
            let in_parens = open_before.is_some_and(|o| close_before.is_none_or(|c| c < o))
                && last_close.is_some_and(|c| c >= w_end)
                && closes_caption;
            if in_parens || after.starts_with(':') || before.is_empty() && after.is_empty() {
                return true;
            }
        }
    }
    false
}

/// English or German text: foreign function words and (almost) no French ones.
fn is_foreign(lang: &dyn Language, toks: &[Token]) -> bool {
    let (mut fr, mut foreign) = (0usize, 0usize);
    for (k, t) in toks.iter().enumerate() {
        let c = language::class_of(lang, t);
        if c & word::NATIVE_STOP != 0 {
            fr += 1;
        } else if c & word::FOREIGN_STOP != 0 {
            foreign += 1;
        }
        // Once a native word is seen, only a foreign majority could tell: when even every
        // word left being foreign would not make one, the line is not foreign (most lines).
        if fr > 0 && foreign + (toks.len() - k - 1) <= 2 * fr {
            return false;
        }
    }
    (foreign >= 1 && fr == 0) || (foreign >= 3 && foreign > 2 * fr)
}

/// "En savoir plus : …", "Lire aussi : …", "SOURCE: FRENCH PRESS TV". `toks` are the line's
/// words, at `base` in the text.
fn is_link_or_label(lang: &dyn Language, line: &str, base: usize, toks: &[Token]) -> bool {
    let Some(colon) = line.find(':') else { return false };
    let lead = &line[..colon];
    let rest = line[colon + 1..].trim();
    // Words never contain ':', so the lead's words are those starting before it.
    let n_lead = toks.partition_point(|w| w.start - base < colon);
    let lead_words = &toks[..n_lead];
    if lead_words.is_empty() || lead_words.len() > 4 {
        return false;
    }
    let rest_words = toks.len() - n_lead;
    let read_more = lead_words.iter().any(|w| lang.is_read_more_word(&w.folded));
    if read_more && rest_words <= 25 {
        return true;
    }
    let label = lead_words.len() == 1 && lead.trim().chars().all(|c| !c.is_lowercase());
    label && rest_words <= 6 && !rest.ends_with('.')
}

/// Sentences of `text[span]`, as byte spans of `text` (trimmed). A sentence ends at . ! ? …
/// (and any closing quote marks after it) followed by a space and a capital, a digit or an
/// opening mark, except after abbreviations ("M. Poutine") and initials; never inside a quotation
/// that is closed in the same paragraph, so « A. B », a-t-il dit stays one sentence.
pub fn sentences(lang: &dyn Language, text: &str, span: Range<usize>) -> Vec<Range<usize>> {
    let span = clamp(text, span);
    let pairs = marks::pairs(text, span.clone());
    sentences_in(lang, text, span, &pairs)
}

/// [`sentences`] given the paragraph's quote marks, already paired.
pub fn sentences_in(lang: &dyn Language, text: &str, span: Range<usize>, pairs: &[marks::Pair]) -> Vec<Range<usize>> {
    let span = clamp(text, span);
    let protected: Vec<Range<usize>> =
        pairs.iter().filter_map(|p| p.close.clone().map(|c| p.open.start..c.end)).collect();
    let s = &text[span.clone()];
    let base = span.start;
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut prot = protected.iter().peekable();
    let b = s.as_bytes();
    let mut i = 0;
    // Only . ! ? " and the marks starting with bytes C2 (») or E2 (… ”) can end a sentence:
    // the next of each kind is searched for (vectorised), everything between skipped.
    let find =
        |from: usize, (x, y, z): (u8, u8, u8)| memchr::memchr3(x, y, z, &b[from..]).map_or(b.len(), |k| from + k);
    let (ends, closers) = ((b'.', b'!', b'?'), (b'"', 0xC2, 0xE2));
    let (mut next_end, mut next_mark) = (find(0, ends), find(0, closers));
    while i < b.len() {
        if next_end < i {
            next_end = find(i, ends);
        }
        if next_mark < i {
            next_mark = find(i, closers);
        }
        i = next_end.min(next_mark);
        if i >= b.len() {
            break;
        }
        let Some(c) = s[i..].chars().next() else { break };
        let punct = matches!(c, '.' | '!' | '?' | '…');
        if !punct && !matches!(c, '»' | '”' | '"') {
            i += c.len_utf8();
            continue;
        }
        while prot.peek().is_some_and(|r| r.end <= base + i) {
            prot.next();
        }
        if let Some(r) = prot.peek().filter(|r| r.start <= base + i) {
            // Inside a closed quotation: only its closing mark, right after a sentence end
            // ("« Merci. » Fin."), may end the sentence.
            let closing = r.end == base + i + c.len_utf8();
            let ends_sentence = s[..i].trim_end().ends_with(['.', '!', '?', '…']);
            if !(closing && ends_sentence) {
                i += c.len_utf8();
                continue;
            }
        } else if !punct {
            i += c.len_utf8();
            continue;
        }
        // Swallow repeated punctuation and closing marks: "?!", "...", "»", ")".
        let at = i;
        let mut end = i + c.len_utf8();
        while let Some(d) = s[end..].chars().next() {
            if matches!(d, '.' | '!' | '?' | '…' | '»' | '”' | '"' | ')' | ']') {
                end += d.len_utf8();
            } else {
                break;
            }
        }
        i = end;
        let after = &s[end..];
        let trimmed = after.trim_start();
        if trimmed.len() == after.len() && !after.is_empty() {
            continue; // no space after: "3.5", "H.R."
        }
        let next_ok = match trimmed.chars().next() {
            None => false,
            Some(n) => {
                n.is_uppercase() || n.is_ascii_digit() || matches!(n, '«' | '“' | '"' | '(' | '—' | '–' | '-' | '[')
            }
        };
        if !next_ok || (c == '.' && before_is_abbreviation(lang, &s[start..at])) {
            continue;
        }
        push_trimmed(&mut out, s, base, start, end);
        start = end;
    }
    push_trimmed(&mut out, s, base, start, s.len());
    out
}

fn before_is_abbreviation(lang: &dyn Language, before: &str) -> bool {
    let last = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    if last.is_empty() {
        return false;
    }
    let single_capital = last.chars().count() == 1 && last.chars().all(char::is_uppercase);
    single_capital || lang.is_abbreviation(&fold(last))
}

fn push_trimmed(out: &mut Vec<Range<usize>>, s: &str, base: usize, start: usize, end: usize) {
    let piece = &s[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let t = piece.trim();
    if !t.is_empty() {
        out.push(base + start + lead..base + start + lead + t.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FR: &French = &French;
    use crate::corpus::read::knowledge::french::French;

    fn kinds(text: &str) -> Vec<(String, Option<Furniture>)> {
        paragraphs(FR, text, 0..text.len()).into_iter().map(|p| (text[p.span].to_string(), p.furniture)).collect()
    }

    #[test]
    fn captions_by_credit_markers() {
        for line in [
            "Le président reçoit le général à Moscou, le 8 novembre 2023. Spoutnik/Pool via REUTERS Acquérir des droits de licence",
            "Le ministre et le président se rencontrent au Kremlin, le 16 avril 2023.©Reuters",
            "Des soldats défilent sur la place Rouge, à Moscou. / AFP",
            "Des soldats défilent sur la place Rouge (Photo d'archives).",
            "[2/5] Des soldats défilent sur la place Rouge.",
        ] {
            assert_eq!(classify(FR, line), Some(Furniture::Caption), "{line}");
        }
        // A paragraph mentioning its picture in passing is body text.
        let long = "Premier chef d'État reçu à l'Élysée depuis l'entrée en fonction de François Hollande (photo \
                    ci-contre), le roi a remporté un succès d'estime, le 24 mai, tout en dépassionnant par avance la \
                    visite que, selon son entourage, le président français envisage de faire à Alger, dès cet été. \
                    « Le OK a été immédiat », indique un diplomate.";
        assert_eq!(classify(FR, long), None);
        // A dateline naming the agency is body text.
        assert_eq!(classify(FR, "MOSCOU, 8 novembre (Reuters) – Le président a salué mercredi la coopération."), None);
    }

    #[test]
    fn navigation_headings_and_foreign_text() {
        assert_eq!(classify(FR, "Infos  /  A La Une  /  Europe  /  L’INFO EN CONTINU"), Some(Furniture::Navigation));
        assert_eq!(
            classify(FR, "En savoir plus : Iran-Chine-Russie broient les sanctions US"),
            Some(Furniture::Navigation)
        );
        assert_eq!(
            classify(FR, "Lire aussi : Comment Pékin voit la guerre ? Notre analyse"),
            Some(Furniture::Navigation)
        );
        assert_eq!(classify(FR, "SOURCE: FRENCH PRESS TV"), Some(Furniture::Navigation));
        assert_eq!(classify(FR, "Partager Cet Article"), Some(Furniture::Navigation));
        assert_eq!(classify(FR, "Une visite importante"), Some(Furniture::Heading));
        // A quotation and its translation in an aside is body text.
        assert_eq!(classify(FR, "« no más peleas, te prometo » (« plus de combats, je vous promets »)"), None);
        assert_eq!(
            classify(FR, "Les liens sino-russes dépassent les alliances de la guerre froide (Chine)"),
            Some(Furniture::Heading)
        );
        // A byline's dates are the page's: "min." ends it like a sentence, but it is no body text.
        assert_eq!(
            classify(FR, "Par Anne Dupont (Kiev, envoyée spéciale) Publié le 07 juin 2024 à 05h12, modifié à 09h30 Temps de lecture 2 min."),
            Some(Furniture::Byline)
        );
        assert_eq!(classify(FR, "Mis à jour le 3 mars 2023 à 18h00."), Some(Furniture::Byline));
        // A date alone, as a page prints when it published.
        assert_eq!(classify(FR, "26 avr. 2018, 00:01"), Some(Furniture::Byline));
        assert_eq!(classify(FR, "Lundi 3 mars 2025 à 14h30"), Some(Furniture::Byline));
        assert_eq!(classify(FR, "Le 3 mars 2025, le conseil a voté."), None);
        // A date with slashes is no photo credit ("AFP/").
        assert_eq!(
            classify(FR, "Cherbourg | AFP | 09/07/2017 - Le Premier ministre a estimé dimanche que tout allait bien."),
            None
        );
        assert_eq!(
            classify(FR, "Le texte publié le 3 mars a été modifié à la demande du Conseil, qui a voté contre."),
            None
        );
        assert_eq!(classify(FR, "Transparenz: Redaktionell erstellt und geprüft."), Some(Furniture::Foreign));
        assert_eq!(
            classify(FR, "The minister talks with the speaker of the House during a rally."),
            Some(Furniture::Foreign)
        );
        assert_eq!(classify(FR, "« Nous avons des liens très forts », a affirmé Li."), None);
        assert_eq!(classify(FR, "Le ministre a déclaré : « Nous avançons »."), None);
    }

    #[test]
    fn separators_are_counted_as_chars() {
        for line in ["a / b", "a / b › c", "« a » b", "x » y » z", "a|b>c", "Ȼ Ⱥ ›", "ĺ º »"] {
            let want = line.matches(['/', '>', '›', '|', '»']).nth(1).is_some();
            assert_eq!(two_separators(line), want, "{line}");
        }
    }

    #[test]
    fn first_line_ending_with_a_quote_is_a_headline() {
        let t = "Grève : le gouvernement appelle au « sens des responsabilités »\n\nIl a appelé au « calme ».\nLe ministre a dit : « Nous viendrons »\n";
        let ps = paragraphs(FR, t, 0..t.len());
        assert_eq!(ps.iter().map(|p| p.furniture).collect::<Vec<_>>(), [Some(Furniture::Heading), None, None]);
        for body in ["« Nous viendrons. »", "Il est venu. Il a dit « oui »", "« Partez », a-t-il lancé."] {
            assert_eq!(paragraphs(FR, body, 0..body.len())[0].furniture, None, "{body}");
        }
    }

    #[test]
    fn paragraphs_are_trimmed_lines() {
        let t = "  Titre court\n\nUn paragraphe complet, avec une phrase.\u{a0}\n";
        let k = kinds(t);
        assert_eq!(k[0], ("Titre court".to_string(), Some(Furniture::Heading)));
        assert_eq!(k[1], ("Un paragraphe complet, avec une phrase.".to_string(), None));
        // Out-of-range bodies do not panic.
        assert!(paragraphs(FR, "é", 1..99).len() <= 1);
    }

    #[test]
    fn sentence_split_respects_quotes_and_abbreviations() {
        let t = "« Nous avons des liens. Ils sont stables », a affirmé Li. Il a déclaré M. Poutine satisfait. « Pour cela, merci. » Fin.";
        let s: Vec<&str> = sentences(FR, t, 0..t.len()).into_iter().map(|r| &t[r]).collect();
        assert_eq!(
            s,
            [
                "« Nous avons des liens. Ils sont stables », a affirmé Li.",
                "Il a déclaré M. Poutine satisfait.",
                "« Pour cela, merci. »",
                "Fin."
            ]
        );
        let t = "Un mot. « début jamais fermé. Suite ici.";
        let s: Vec<&str> = sentences(FR, t, 0..t.len()).into_iter().map(|r| &t[r]).collect();
        assert_eq!(s, ["Un mot.", "« début jamais fermé.", "Suite ici."]);
    }
}

#[cfg(test)]
mod seed_tests {
    use super::*;
    const FR: &French = &French;
    use crate::corpus::read::knowledge::french::French;

    const SEEDS: [&str; 5] = [
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds/000_a5779f173ae89623.txt")),
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds/001_1ea0ca948f0b20f8.txt")),
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds/002_2ae29bfc66637c27.txt")),
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds/003_e7cadc77fcb512b1.txt")),
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds/004_622de18bb6f3ec2b.txt")),
    ];

    fn furniture_lines(t: &str) -> Vec<&str> {
        paragraphs(FR, t, 0..t.len()).into_iter().filter(|p| !p.is_body()).map(|p| &t[p.span]).collect()
    }

    #[test]
    fn seed_furniture_is_found_and_body_kept() {
        // Every seed paragraph that carries a quote mark or a reporting sentence stays body;
        // the furniture lines are recognised by shape.
        let f = furniture_lines(SEEDS[1]);
        assert!(f.iter().any(|l| l.starts_with("Infos")));
        assert!(f.iter().any(|l| l.starts_with("US Rep. Ilhan Omar")));
        assert!(f.iter().any(|l| l.ends_with("©Reuters")));
        assert!(f.iter().any(|l| l.starts_with("Partager")));
        assert!(f.iter().any(|l| l.starts_with("SOURCE")));
        assert_eq!(f.iter().filter(|l| l.starts_with("En savoir plus")).count(), 2);
        let f = furniture_lines(SEEDS[4]);
        assert!(f.iter().any(|l| l.starts_with("Transparenz")));
        assert!(f.iter().any(|l| l.starts_with("Veröffentlicht")));
        assert!(f.contains(&"Une visite importante"));
        assert!(furniture_lines(SEEDS[0])[0].contains("[1/4]"));
        for (k, t) in SEEDS.iter().enumerate() {
            for p in paragraphs(FR, t, 0..t.len()) {
                let line = &t[p.span.clone()];
                let has_quote = line.contains('«') || line.contains('“') || line.contains('"');
                if has_quote && words(line).count() > 15 {
                    assert!(p.is_body(), "seed {k}: {line}");
                }
            }
        }
        assert!(furniture_lines(SEEDS[2]).is_empty());
        assert!(furniture_lines(SEEDS[3]).is_empty());
    }
}
