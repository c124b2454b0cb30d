//! Text for people: `chronique list`, the Markdown export and the `check` report.
//! Article-derived strings are made terminal-safe here.

use crate::app::wrap::{fit, str_width};
use crate::lang::Lang;
use crate::model::{Corpus, Event, EventKind};
use crate::text::for_terminal;
use std::fmt::Write;

fn safe(s: &str) -> std::borrow::Cow<'_, str> {
    for_terminal(s)
}

fn date_of(e: &Event, lang: Lang) -> String {
    e.date.map_or_else(|| lang.words().dates.undated.to_string(), |d| d.long(lang))
}

fn speaker_or_unknown(c: &Corpus, q: crate::model::QuoteRef<'_>, lang: Lang) -> String {
    safe(&crate::cite::speaker(c, q, lang, lang.words().text.unknown_speaker)).into_owned()
}

/// The timeline as readable text: date and title, then each quote with its speaker. The
/// dates are a column as wide as the widest ("sem. 2024-10-21", "printemps 2023").
pub fn list(c: &Corpus, lang: Lang) -> String {
    let t = &lang.words().text;
    let date = |e: &Event| e.date.map_or_else(|| lang.words().dates.undated.to_string(), |d| d.short(lang));
    let width = c.events.iter().map(|e| str_width(&date(e))).max().unwrap_or(0).max(10);
    let mut out = String::new();
    for e in &c.events {
        let marker = if e.kind == EventKind::Context { format!("  {}", t.context) } else { String::new() };
        let _ = writeln!(out, "{}  {}{marker}", fit(&date(e), width), safe(&e.title));
        if e.kind == EventKind::Reported {
            let mut facts = Vec::new();
            if let Some(p) = &e.place {
                facts.push(format!("{}{}", t.place, safe(p)));
            }
            if !e.participants.is_empty() {
                facts.push(format!("{}{}", t.with, safe(&e.participants.join(", "))));
            }
            let sources: Vec<String> =
                e.articles.iter().map(|&a| safe(&crate::cite::source_name(&c.articles[a])).into_owned()).collect();
            facts.push(format!("{}{}", t.sources, sources.join(", ")));
            let _ = writeln!(out, "{}{}", " ".repeat(width + 2), facts.join(" · "));
        }
        for &qi in &e.quotes {
            let q = c.quote(qi);
            let kind =
                if q.kind() == crate::model::QuoteKind::Fragment { format!(" {}", t.fragment) } else { String::new() };
            let words = crate::cite::marks_for(c, q, lang).quoted(&safe(&q.text()));
            let _ = writeln!(out, "    {}{kind}: {words}", speaker_or_unknown(c, q, lang));
        }
    }
    out
}

/// The corpus as Markdown: a section per event, quotes as block quotes.
pub fn markdown(c: &Corpus, lang: Lang) -> String {
    let t = &lang.words().text;
    let mut out = format!("# {}\n", safe(&c.name));
    for e in &c.events {
        let ctx = if e.kind == EventKind::Context { format!(" *{}*", t.context) } else { String::new() };
        let _ = writeln!(out, "\n## {} — {}{ctx}\n", date_of(e, lang), safe(&e.title));
        if let Some(p) = &e.place {
            let _ = writeln!(out, "- {}{}", t.md_place, safe(p));
        }
        if !e.participants.is_empty() {
            let _ = writeln!(out, "- {}{}", t.md_participants, safe(&e.participants.join(", ")));
        }
        let sources: Vec<String> = e
            .articles
            .iter()
            .map(|&a| {
                let a = &c.articles[a];
                let name = safe(&crate::cite::source_name(a)).into_owned();
                match &a.url {
                    Some(u) => format!("[{name}]({})", safe(u)),
                    None => name,
                }
            })
            .collect();
        let _ = writeln!(out, "- {}{}", t.md_sources, sources.join(", "));
        for &qi in &e.quotes {
            let q = c.quote(qi);
            let _ = writeln!(out, "\n> {}\n>\n> — {}", safe(&q.text()), speaker_or_unknown(c, q, lang));
        }
    }
    out
}

/// Per article: what was found and every doubt. Files that could not be read are told on
/// stderr like every command's problems; the last line counts them.
pub fn check(c: &Corpus, diagnostics: &[crate::corpus::Diagnostic], lang: Lang) -> String {
    let w = &lang.words().check;
    let mut out = String::new();
    for (ai, a) in c.articles.iter().enumerate() {
        let quotes: Vec<_> = c.quotes.iter().filter(|q| q.article() == ai).collect();
        let attributed = quotes.iter().filter(|q| q.speaker().is_some()).count();
        let event = quotes
            .first()
            .map(|q| &c.events[q.event()])
            .or_else(|| c.events.iter().find(|e| e.kind == EventKind::Reported && e.articles.contains(&ai)));
        let _ = writeln!(out, "{} ({})", safe(&a.id), safe(&a.path));
        let _ = writeln!(
            out,
            "  {}{}   {}{}",
            w.published,
            a.published.map_or(w.unknown.into(), |d| d.iso()),
            w.source,
            safe(a.source.as_deref().unwrap_or(w.unknown))
        );
        if let Some(e) = event {
            let date = e.date.map_or(lang.words().dates.undated.into(), |d| d.iso());
            let _ = writeln!(out, "  {}{date} {}", w.event, safe(&e.title));
        }
        let _ = writeln!(out, "  {}", (w.quotes)(quotes.len(), attributed));
        for d in a.warnings.iter().cloned().chain(describe_all(&a.doubts, &a.text, lang)) {
            let _ = writeln!(out, "  {}{}", w.doubt, safe(&d));
        }
    }
    let failed = diagnostics.iter().filter(|d| d.fatal).count();
    let _ = writeln!(out, "{}", (w.summary)(c.articles.len(), failed));
    out
}

/// An article's doubts in plain words, each with the line of the article it is on (line starts
/// found once, so an article with thousands of doubts costs no more than its length).
pub fn describe_all<'a>(
    doubts: &'a [crate::model::Doubt],
    text: &str,
    lang: Lang,
) -> impl Iterator<Item = String> + 'a {
    let newlines: Vec<usize> = memchr::memchr_iter(b'\n', text.as_bytes()).collect();
    let len = text.len();
    doubts.iter().map(move |d| describe(d, 1 + newlines.partition_point(|&n| n < d.at.min(len)), lang))
}

/// A doubt in plain words, on line `line` of its article.
pub fn describe(d: &crate::model::Doubt, line: usize, lang: Lang) -> String {
    use crate::model::DoubtKind::*;
    let w = &lang.words().doubts;
    let e = d.excerpt.as_str();
    match d.kind {
        UnclosedAtIncise => (w.unclosed_at_incise)(line, e),
        Unclosed => (w.unclosed)(line, e),
        Unattributed => (w.unattributed)(line, e),
        WeakAttribution => (w.weak_attribution)(line, e),
        UnknownName => (w.unknown_name)(line, e),
        PublicationImprecise => (w.publication_imprecise)(e),
        NoPublicationDate => w.no_publication_date.to_string(),
        EventDatedByPublication => (w.event_dated_by_publication)(e),
        NoEventDate => w.no_event_date.to_string(),
        EventDayUnknown => (w.event_day_unknown)(e),
        NoParticipant => w.no_participant.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_shows_dates_titles_and_speakers() {
        let c = crate::testing::sample_corpus();
        let out = list(&c, Lang::Fr);
        assert!(out.contains("2023-11-08  Rencontre Poutine – Zhang Youxia"), "{out}");
        assert!(out.contains("    Zhang Youxia: « La Fédération de Russie"), "{out}");
        assert!(out.contains("(locuteur inconnu): « Quelqu’un"), "{out}");
        assert!(out.contains("2022-02     Partenariat « sans limites »  (contexte)"), "{out}");
        let out = list(&c, Lang::En);
        assert!(out.contains("(unknown speaker): « Quelqu’un"), "{out}");
        assert!(out.contains("2022-02     Partenariat « sans limites »  (context)"), "{out}");
        assert!(out.contains("sources: Reuters, a1.txt"), "{out}");
    }

    #[test]
    fn list_keeps_its_columns_whatever_the_dates() {
        let mut c = crate::testing::sample_corpus();
        let e = c.events.iter().position(|e| e.kind == EventKind::Reported).unwrap();
        c.events[e].date = Some(crate::model::FuzzyDate {
            start: chrono::NaiveDate::from_ymd_opt(2024, 10, 21).unwrap(),
            precision: crate::model::Precision::Week,
        });
        for lang in Lang::ALL {
            let out = list(&c, lang);
            // Every title starts in one column, and the facts under a title in the same one.
            let title_at = |l: &str| {
                let i = l.find("  ").unwrap();
                l[..i].chars().count() + l[i..].len() - l[i..].trim_start().len()
            };
            let starts: Vec<usize> = out.lines().filter(|l| !l.starts_with(' ')).map(title_at).collect();
            assert!(starts.len() > 2 && starts.windows(2).all(|w| w[0] == w[1]), "{lang:?}\n{out}");
            let facts = out.lines().find(|l| l.contains(lang.words().text.sources)).unwrap();
            assert_eq!(facts.len() - facts.trim_start().len(), starts[0], "{out}");
            assert!(out.contains(&crate::model::FuzzyDate::short(&c.events[e].date.unwrap(), lang)), "{out}");
        }
    }

    #[test]
    fn escape_sequences_are_inert_in_text_forms() {
        let mut c = crate::testing::sample_corpus();
        c.quotes.edit(0, |q| q.text = "a\x1b]52;c;aGk=\x07b".into());
        c.events[1].title = "t\x1b[2J".into();
        for out in [list(&c, Lang::Fr), markdown(&c, Lang::En), check(&c, &[], Lang::Fr)] {
            assert!(!out.contains('\x1b') && !out.contains('\x07'), "{out:?}");
        }
    }
}
