//! What a file holds, told by its name and, for files of quotes, by its first bytes: the one
//! place that decides which stage reads a file.

use std::path::Path;

/// What a file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holds {
    /// An article: text to extract quotes from (`corpus::read`).
    Article,
    /// Quotebank's quote-centric JSON Lines (`corpus::build::quotebank`).
    QuoteLines,
    /// chronique's own JSON export, reopened (`corpus::build::reopen`).
    Export,
}

impl Holds {
    /// What the file's name says: `Some(Article)`, or `None` for a file of quotes
    /// (`.jsonl`, `.ndjson`, `.json`, optionally `.gz` / `.bz2`) whose kind its content tells.
    pub fn by_name(path: &Path) -> Option<Holds> {
        let name = path.file_name().map(|n| n.to_string_lossy().to_lowercase()).unwrap_or_default();
        let name = name.trim_end_matches(".gz").trim_end_matches(".bz2");
        let quotes = name.ends_with(".jsonl") || name.ends_with(".ndjson") || name.ends_with(".json");
        (!quotes).then_some(Holds::Article)
    }

    /// What a file of quotes holds, from its first bytes (the first line, or 64 KiB of it).
    pub fn by_content(head: &str) -> Option<Holds> {
        let t = head.trim_start_matches('\u{feff}').trim_start();
        let first_line = t.lines().next().unwrap_or("");
        if first_line.starts_with('{') && first_line.contains("\"quotation\"") {
            return Some(Holds::QuoteLines);
        }
        let head: String = t.chars().take(4096).collect();
        if t.starts_with('{') && (head.contains("\"articles\"") || head.contains("\"events\"")) {
            return Some(Holds::Export);
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn told_by_name_then_by_content() {
        assert_eq!(Holds::by_name(Path::new("a/article.txt")), Some(Holds::Article));
        assert_eq!(Holds::by_name(Path::new("a/quotes-2020.jsonl.bz2")), None);
        assert_eq!(Holds::by_name(Path::new("export.JSON")), None);
        assert_eq!(Holds::by_content("{\"quoteID\": \"x\", \"quotation\": \"a\"}\n"), Some(Holds::QuoteLines));
        assert_eq!(Holds::by_content("{\n  \"articles\": [],\n  \"events\": []\n}"), Some(Holds::Export));
        assert_eq!(Holds::by_content("[1, 2]"), None);
    }
}
