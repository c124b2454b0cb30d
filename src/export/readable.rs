//! Text for people: `chronique list`, the Markdown export and the `check` report.
//! Article-derived strings are made terminal-safe here.

use crate::model::{Corpus, Event, EventKind};
use crate::text::for_terminal;
use std::fmt::Write;

fn safe(s: &str) -> std::borrow::Cow<'_, str> {
    for_terminal(s)
}

fn date_of(e: &Event) -> String {
    e.date.map_or_else(|| "sans date".to_string(), |d| d.french())
}

fn speaker_or_unknown(c: &Corpus, q: &crate::model::Quote) -> String {
    c.speaker_name(q).map_or_else(|| "(locuteur inconnu)".to_string(), |s| safe(s).into_owned())
}

/// The timeline as readable text: date and title, then each quote with its speaker.
pub fn list(c: &Corpus) -> String {
    let mut out = String::new();
    for e in &c.events {
        let date = e.date.map_or_else(|| "undated".to_string(), |d| d.short());
        let marker = if e.kind == EventKind::Context { "  (contexte)" } else { "" };
        let _ = writeln!(out, "{date:<14}  {}{marker}", safe(&e.title));
        if e.kind == EventKind::Reported {
            let mut facts = Vec::new();
            if let Some(p) = &e.place {
                facts.push(format!("lieu : {}", safe(p)));
            }
            if !e.participants.is_empty() {
                facts.push(format!("avec : {}", safe(&e.participants.join(", "))));
            }
            let sources: Vec<String> = e.articles.iter().map(|&a| safe(&c.articles[a].id).into_owned()).collect();
            facts.push(format!("sources : {}", sources.join(", ")));
            let _ = writeln!(out, "{:16}{}", "", facts.join(" · "));
        }
        for &qi in &e.quotes {
            let q = &c.quotes[qi];
            let kind = if q.kind == crate::model::QuoteKind::Fragment { " (fragment)" } else { "" };
            let _ = writeln!(out, "    {}{kind}: « {} »", speaker_or_unknown(c, q), safe(&q.text));
        }
    }
    out
}

/// The corpus as Markdown: a section per event, quotes as block quotes.
pub fn markdown(c: &Corpus) -> String {
    let mut out = format!("# {}\n", safe(&c.name));
    for e in &c.events {
        let ctx = if e.kind == EventKind::Context { " *(contexte)*" } else { "" };
        let _ = writeln!(out, "\n## {} — {}{ctx}\n", date_of(e), safe(&e.title));
        if let Some(p) = &e.place {
            let _ = writeln!(out, "- Lieu : {}", safe(p));
        }
        if !e.participants.is_empty() {
            let _ = writeln!(out, "- Participants : {}", safe(&e.participants.join(", ")));
        }
        let sources: Vec<String> = e
            .articles
            .iter()
            .map(|&a| {
                let a = &c.articles[a];
                let name = safe(a.source.as_deref().unwrap_or(&a.id)).into_owned();
                match &a.url {
                    Some(u) => format!("[{name}]({})", safe(u)),
                    None => name,
                }
            })
            .collect();
        let _ = writeln!(out, "- Sources : {}", sources.join(", "));
        for &qi in &e.quotes {
            let q = &c.quotes[qi];
            let _ = writeln!(out, "\n> {}\n>\n> — {}", safe(&q.text), speaker_or_unknown(c, q));
        }
    }
    out
}

/// Per article: what was found and every doubt.
pub fn check(c: &Corpus, diagnostics: &[crate::corpus::Diagnostic]) -> String {
    let mut out = String::new();
    for d in diagnostics {
        let level = if d.fatal { "error" } else { "warning" };
        let _ = writeln!(out, "{level}: {}", safe(&d.to_string()));
    }
    for (ai, a) in c.articles.iter().enumerate() {
        let quotes: Vec<_> = c.quotes.iter().filter(|q| q.article == ai).collect();
        let attributed = quotes.iter().filter(|q| q.speaker.is_some()).count();
        let event = quotes
            .first()
            .map(|q| &c.events[q.event])
            .or_else(|| c.events.iter().find(|e| e.kind == EventKind::Reported && e.articles.contains(&ai)));
        let _ = writeln!(out, "{} ({})", safe(&a.id), safe(&a.path));
        let _ = writeln!(
            out,
            "  published: {}   source: {}",
            a.published.map_or("unknown".into(), |d| d.iso()),
            safe(a.source.as_deref().unwrap_or("unknown"))
        );
        if let Some(e) = event {
            let _ = writeln!(out, "  event: {} {}", e.date.map_or("undated".into(), |d| d.iso()), safe(&e.title));
        }
        let _ = writeln!(out, "  quotes: {} ({} attributed)", quotes.len(), attributed);
        for w in a.warnings.iter().cloned().chain(describe_all(&a.doubts, &a.text)) {
            let _ = writeln!(out, "  doubt: {}", safe(&w));
        }
    }
    out
}

/// An article's doubts in plain words, each with the line of the article it is on (line starts
/// found once, so an article with thousands of doubts costs no more than its length).
pub fn describe_all<'a>(doubts: &'a [crate::model::Doubt], text: &str) -> impl Iterator<Item = String> + 'a {
    let newlines: Vec<usize> = memchr::memchr_iter(b'\n', text.as_bytes()).collect();
    let len = text.len();
    doubts.iter().map(move |d| describe(d, 1 + newlines.partition_point(|&n| n < d.at.min(len))))
}

/// A doubt in plain words, on line `line` of its article.
pub fn describe(d: &crate::model::Doubt, line: usize) -> String {
    use crate::model::DoubtKind::*;
    let e = &d.excerpt;
    match d.kind {
        UnclosedAtIncise => format!("unclosed quote at line {line} (ended at its incise): « {e} »"),
        Unclosed => format!("unclosed quote at line {line} (ended at the end of its sentence or paragraph): « {e} »"),
        Unattributed => format!("unattributed quote at line {line}: « {e} »"),
        WeakAttribution => format!("attribution uncertain at line {line} (a guess from the context): « {e} »"),
        UnknownName => format!("unknown name (not in gazetteer) at line {line}: {e}"),
        PublicationImprecise => {
            format!("publication date known only as {e}: weekdays and relative dates are read from its first day")
        }
        NoPublicationDate => {
            "no publication date (sidecar, header or dateline): relative dates cannot be resolved".to_string()
        }
        EventDatedByPublication => {
            format!("no date tied to the reported event in the text: the publication date ({e}) is used")
        }
        NoEventDate => "no usable date for the reported event and no publication date".to_string(),
        EventDayUnknown => format!("the lead gives no day for what the article reports: dated {e}"),
        NoParticipant => "no participant of the meeting could be named".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_shows_dates_titles_and_speakers() {
        let c = crate::testing::sample_corpus();
        let out = list(&c);
        assert!(out.contains("2023-11-08      Rencontre Poutine – Zhang Youxia"), "{out}");
        assert!(out.contains("    Zhang Youxia: « La Fédération de Russie"), "{out}");
        assert!(out.contains("(locuteur inconnu): « Quelqu’un"), "{out}");
        assert!(out.contains("2022-02         Partenariat « sans limites »  (contexte)"), "{out}");
    }

    #[test]
    fn escape_sequences_are_inert_in_text_forms() {
        let mut c = crate::testing::sample_corpus();
        c.quotes[0].text = "a\x1b]52;c;aGk=\x07b".into();
        c.events[1].title = "t\x1b[2J".into();
        for out in [list(&c), markdown(&c), check(&c, &[])] {
            assert!(!out.contains('\x1b') && !out.contains('\x07'), "{out:?}");
        }
    }
}
