//! The corpus as JSON (stable interface), CSV, Markdown, TimelineJS and readable text (`list`,
//! `check`).
//! Everything written for people to read passes through `text::for_terminal`: article text is
//! untrusted. JSON and CSV keep the original characters (properly escaped).

pub mod json;
pub mod readable;
pub mod timelinejs;

use crate::lang::Lang;
use crate::model::Corpus;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Json,
    Csv,
    Markdown,
    /// Knight Lab's TimelineJS 3 JSON, to publish the timeline as a web page.
    #[value(name = "timelinejs")]
    TimelineJs,
}

/// The corpus in `format`; the CSV's and Markdown's headings and labels in `lang` (the JSON is
/// a stable interface: its keys and values do not change with the language).
pub fn render(c: &Corpus, format: Format, lang: Lang) -> String {
    match format {
        Format::Json => json::to_string(c) + "\n",
        Format::Csv => csv(c, lang),
        Format::Markdown => readable::markdown(c, lang),
        Format::TimelineJs => timelinejs::to_string(c, lang) + "\n",
    }
}

/// One row per quote, with its event's date and title.
pub fn csv(c: &Corpus, lang: Lang) -> String {
    let t = &lang.words().text;
    let mut w = ::csv::Writer::from_writer(Vec::new());
    w.write_record(t.csv_header).expect("writing to memory");
    for (e, id) in c.events.iter().zip(c.event_ids()) {
        for &qi in &e.quotes {
            let q = c.quote(qi);
            let a = &c.articles[q.article()];
            let same: Vec<_> = q.same_as().iter().map(|&o| c.quote(o).id()).collect();
            w.write_record([
                id.as_str(),
                &e.date.map(|d| d.iso()).unwrap_or_default(),
                e.date.map(|d| t.precisions[d.precision as usize]).unwrap_or_default(),
                &e.title,
                &q.id(),
                c.speaker_name(q).unwrap_or(""),
                t.kinds[usize::from(q.kind() == crate::model::QuoteKind::Fragment)],
                &q.text(),
                &a.id,
                &crate::cite::source_name(a),
                &q.span().start.to_string(),
                &q.span().end.to_string(),
                q.cue().unwrap_or(""),
                &format!("{:.2}", q.confidence()),
                &same.join(" "),
            ])
            .expect("writing to memory");
        }
    }
    String::from_utf8(w.into_inner().expect("flush to memory")).expect("csv of UTF-8 is UTF-8")
}

#[cfg(test)]
mod tests {
    use crate::lang::Lang;

    #[test]
    fn csv_has_a_row_per_quote_and_round_trips_text() {
        let c = crate::testing::sample_corpus();
        for lang in Lang::ALL {
            let out = super::csv(&c, lang);
            let mut r = ::csv::Reader::from_reader(out.as_bytes());
            assert_eq!(r.headers().unwrap().iter().collect::<Vec<_>>(), lang.words().text.csv_header);
            let rows: Vec<::csv::StringRecord> = r.records().map(Result::unwrap).collect();
            assert_eq!(rows.len(), c.quotes.len());
            assert_eq!(&rows[2][7], c.quote(2).text());
            assert_eq!(&rows[2][1], "2023-11-08");
        }
        let out = super::csv(&c, Lang::Fr);
        assert!(out.lines().nth(1).unwrap().contains(",jour,"), "{out}");
    }
}
