//! The metadata header some article files begin with. It is metadata, not article text:
//! the body starts after it. Two shapes are recognised:
//! - a leading `date YYYY[-MM[-DD]]` marker, the rest of that line being a photo caption or
//!   similar page furniture;
//! - `key: value` lines (known keys such as `date`, `published`, `source`, `title`, `url`,
//!   `lang`) ended by a blank line.

use super::source::Metadata;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Header {
    pub metadata: Metadata,
    /// Byte offset where the body begins.
    pub body_start: usize,
    pub warnings: Vec<String>,
}

const KNOWN_KEYS: &[(&str, &str)] = &[
    ("date", "published"),
    ("published", "published"),
    ("publié", "published"),
    ("publie", "published"),
    ("source", "source"),
    ("outlet", "source"),
    ("média", "source"),
    ("title", "title"),
    ("titre", "title"),
    ("url", "url"),
    ("lien", "url"),
    ("lang", "lang"),
    ("langue", "lang"),
];

/// Read the header of `text`, if any.
pub fn parse(text: &str) -> Header {
    let bom = if text.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
    let rest = &text[bom..];
    let lead = rest.len() - rest.trim_start_matches([' ', '\t', '\u{a0}']).len();
    let first_line_end = rest.find('\n').map_or(rest.len(), |i| i + 1);
    let first = rest[lead..first_line_end].trim_end();

    // Shape 1: "date 2023-11 <caption...>".
    if let Some(after) = first.strip_prefix("date ") {
        let value = after.split_whitespace().next().unwrap_or("");
        if crate::model::FuzzyDate::parse_iso(value).is_some() {
            let mut h = Header { body_start: bom + first_line_end, ..Header::default() };
            h.metadata.published = Some(value.to_string());
            return h;
        }
    }

    // Shape 2: "key: value" lines then a blank line.
    let mut h = Header { body_start: bom, ..Header::default() };
    let mut pos = bom;
    let mut any = false;
    for line in text[bom..].split_inclusive('\n') {
        let t = line.trim();
        if t.is_empty() {
            if any {
                h.body_start = pos + line.len();
                return h;
            }
            break;
        }
        let Some((k, v)) = t.split_once(':') else { break };
        let key = k.trim().to_lowercase();
        let Some(&(_, field)) = KNOWN_KEYS.iter().find(|(name, _)| *name == key) else { break };
        let v = v.trim().to_string();
        match field {
            "published" => {
                if crate::model::FuzzyDate::parse_iso(&v).is_some() {
                    h.metadata.published = Some(v);
                } else {
                    h.warnings.push(format!("header: \"{k}: {v}\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"));
                }
            }
            "source" => h.metadata.source = Some(v),
            "title" => h.metadata.title = Some(v),
            "url" => h.metadata.url = Some(v),
            _ => h.metadata.lang = Some(v),
        }
        any = true;
        pos += line.len();
    }
    // A file that is only a header: the end of the file closes it.
    if any && pos == text.len() {
        h.body_start = pos;
        return h;
    }
    // Not a header after all (no blank line closed it, or a line was not key: value).
    Header { body_start: bom, ..Header::default() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_marker_line_is_header() {
        let t = " date 2023-11 [1/4] Une légende de photo. REUTERS\n\nMOSCOU, 8 novembre (Reuters) – Texte.";
        let h = parse(t);
        assert_eq!(h.metadata.published.as_deref(), Some("2023-11"));
        assert!(t[h.body_start..].starts_with("\nMOSCOU"));
    }

    #[test]
    fn key_value_block_is_header() {
        let t = "\u{feff}title: Un titre\nsource: AFP\ndate: 2024-10-16\n\nLe corps.";
        let h = parse(t);
        assert_eq!(h.metadata.source.as_deref(), Some("AFP"));
        assert_eq!(h.metadata.title.as_deref(), Some("Un titre"));
        assert_eq!(h.metadata.published.as_deref(), Some("2024-10-16"));
        assert_eq!(&t[h.body_start..], "Le corps.");
    }

    #[test]
    fn a_file_of_only_a_header_is_all_header() {
        let t = "date: 2023-11-08\nsource: AFP";
        let h = parse(t);
        assert_eq!((h.metadata.source.as_deref(), h.body_start), (Some("AFP"), t.len()));
    }

    #[test]
    fn ordinary_text_has_no_header() {
        for t in [
            "Le président a dit.\n\nSuite.",
            "Transparenz: Redaktionell erstellt.\nLe texte.",
            "date de la réunion : inconnue\n",
            "",
        ] {
            let h = parse(t);
            assert_eq!(h.body_start, 0, "{t:?}");
            assert_eq!(h.metadata, Metadata::default());
        }
        let h = parse("date: 31/02\n\nTexte");
        assert_eq!(h.metadata.published, None);
        assert_eq!(h.warnings.len(), 1);
    }
}
