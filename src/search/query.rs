//! Parsing a query line into terms. See the module docs of `search` for the syntax.

use super::dates::{is_partial_date, DateRange};
use super::normalize::normalize;

/// Which part of a quote a term is tested against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// The quote's words or its speaker (plain term).
    Any,
    /// Only the speaker's canonical name or aliases (`@term`).
    Speaker,
    /// Only the event's title or place (`#term`).
    Event,
    /// The event's date (`2023-11`, `2023-04..2023-11`; see `search::dates`).
    Date(DateRange),
}

/// One term of a query, its text already normalized (folded, non-word runs as one space; a
/// date term keeps its text as typed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    pub field: Field,
    pub negated: bool,
    pub text: String,
}

impl Term {
    /// Whether the term is tested against speakers' names (plain and `@` terms).
    pub fn names_people(&self) -> bool {
        matches!(self.field, Field::Any | Field::Speaker)
    }
}

/// Split a query into terms. Never fails: an unclosed `"` runs to the end of the line, and
/// terms with no word characters left (a lone `@`, `!` or `"` while typing) are dropped, so
/// a query being typed matches what its complete terms match.
pub fn parse(query: &str) -> Vec<Term> {
    let mut terms = Vec::new();
    let mut rest = query.trim_start();
    while !rest.is_empty() {
        let mut negated = false;
        let mut field = Field::Any;
        // Prefixes in any order, once each: "!@x" and "@!x" both exclude speaker x.
        loop {
            if let Some(r) = rest.strip_prefix('!').filter(|_| !negated) {
                negated = true;
                rest = r;
            } else if let Some(r) = rest.strip_prefix('@').filter(|_| field == Field::Any) {
                field = Field::Speaker;
                rest = r;
            } else if let Some(r) = rest.strip_prefix('#').filter(|_| field == Field::Any) {
                field = Field::Event;
                rest = r;
            } else {
                break;
            }
        }
        let raw;
        let quoted = rest.starts_with('"');
        if let Some(r) = rest.strip_prefix('"') {
            let end = r.find('"').unwrap_or(r.len());
            raw = &r[..end];
            rest = r.get(end + 1..).unwrap_or("");
        } else {
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            raw = &rest[..end];
            rest = &rest[end..];
        }
        rest = rest.trim_start();
        if field == Field::Any && !quoted {
            if let Some(range) = DateRange::parse(raw) {
                terms.push(Term { field: Field::Date(range), negated, text: raw.to_string() });
                continue;
            }
            if is_partial_date(raw) {
                continue;
            }
        }
        let text = normalize(raw);
        if !text.is_empty() {
            terms.push(Term { field, negated, text });
        }
    }
    terms
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(field: Field, negated: bool, text: &str) -> Term {
        Term { field, negated, text: text.into() }
    }

    #[test]
    fn plain_speaker_event_negated_and_phrases() {
        assert_eq!(
            parse(r#"  @Poutine "Guerre  Froide" !Pékin #moscou !@zhang"#),
            vec![
                t(Field::Speaker, false, "poutine"),
                t(Field::Any, false, "guerre froide"),
                t(Field::Any, true, "pekin"),
                t(Field::Event, false, "moscou"),
                t(Field::Speaker, true, "zhang"),
            ]
        );
        assert_eq!(parse("@!zhang"), vec![t(Field::Speaker, true, "zhang")]);
        assert_eq!(parse(r#"@"vladimir poutine""#), vec![t(Field::Speaker, false, "vladimir poutine")]);
    }

    #[test]
    fn incomplete_terms_are_dropped_and_unclosed_quotes_run_to_the_end() {
        assert!(parse("").is_empty());
        assert!(parse("   ").is_empty());
        assert!(parse("@ ! \" #").is_empty());
        assert_eq!(parse("\"guerre fro"), vec![t(Field::Any, false, "guerre fro")]);
        // Apostrophes split words the same way as in the texts.
        assert_eq!(parse("l’Occident"), vec![t(Field::Any, false, "l occident")]);
    }

    #[test]
    fn date_terms_and_ranges() {
        let date = |s: &str| Field::Date(DateRange::parse(s).unwrap());
        assert_eq!(
            parse("2023-04..2023-11 @poutine !2023-06"),
            vec![
                t(date("2023-04..2023-11"), false, "2023-04..2023-11"),
                t(Field::Speaker, false, "poutine"),
                t(date("2023-06"), true, "2023-06"),
            ]
        );
        assert_eq!(parse("..2023-06")[0].field, date("..2023-06"));
        // A number in quotes, or after @ or #, is words; a date being typed is left out.
        assert_eq!(parse("\"2023\""), vec![t(Field::Any, false, "2023")]);
        assert_eq!(parse("#2023"), vec![t(Field::Event, false, "2023")]);
        assert_eq!(parse("russie 2023-1"), vec![t(Field::Any, false, "russie")]);
        assert_eq!(parse("2023-04.."), vec![t(date("2023-04.."), false, "2023-04..")]);
    }
}
