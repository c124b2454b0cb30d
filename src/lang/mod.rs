//! The language chronique writes in: every word it writes itself (labels, hints, help, status,
//! `list`, `check`, headings, citation words, dates, errors) comes from one table per language,
//! [`Words`], chosen by [`Lang`]. Article text, quotes, titles and names are never translated.
//!
//! The tables are plain Rust values (`const`s of a struct of `&'static str` and `fn` fields),
//! not files read at run time: a language that lacks a message does not compile, a message
//! takes typed arguments, and plural rules and word order are code where each language needs
//! them. Adding a language is a new module with one more `const` and a [`Lang`] variant.
//!
//! [`Lang`] is a small `Copy` value meant to be passed down to whatever writes words (dates,
//! citations, names in the reader's language).

mod en;
mod fr;
mod words;

pub use words::*;

/// The French table, for code that writes French whatever the reader's language (the
/// synthetic articles of the benchmarks).
pub const FRENCH: &Words = &fr::WORDS;

/// A language chronique writes in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, clap::ValueEnum)]
pub enum Lang {
    /// Français.
    Fr,
    /// English.
    #[default]
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

    /// This language's words.
    pub fn words(self) -> &'static Words {
        match self {
            Lang::Fr => &fr::WORDS,
            Lang::En => &en::WORDS,
        }
    }

    /// The ISO 639-1 code: "fr", "en".
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    /// A language tag or locale name ("fr", "fr-CA", "en_GB.UTF-8", "French"), if it names a
    /// language chronique writes.
    pub fn from_code(tag: &str) -> Option<Lang> {
        let t = tag.trim().to_ascii_lowercase();
        let primary = t.split(['-', '_', '.', '@']).next().unwrap_or("");
        match primary {
            "fr" | "fra" | "fre" | "french" | "français" | "francais" => Some(Lang::Fr),
            "en" | "eng" | "english" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language of the user's locale: the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is
    /// set and not empty; French when it starts with "fr", else English (also for `C`, `POSIX`).
    pub fn from_env() -> Lang {
        Lang::from_locale(|name| std::env::var(name).ok())
    }

    /// [`Lang::from_env`] over any source of variables.
    pub fn from_locale(var: impl Fn(&str) -> Option<String>) -> Lang {
        let value = ["LC_ALL", "LC_MESSAGES", "LANG"].into_iter().find_map(|n| var(n).filter(|v| !v.is_empty()));
        match value {
            Some(v) if v.to_ascii_lowercase().starts_with("fr") => Lang::Fr,
            _ => Lang::En,
        }
    }

    /// The `--lang` given on a command line (`--lang fr`, `--lang=fr`), read before the parser
    /// runs so that its own help and errors are in that language too.
    pub fn from_args<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> Option<Lang> {
        let mut it = args.iter().map(|a| a.as_ref().to_string_lossy());
        while let Some(a) = it.next() {
            if a == "--" {
                break;
            }
            if let Some(v) = a.strip_prefix("--lang=") {
                return Lang::from_code(v);
            }
            if a == "--lang" {
                return it.next().and_then(|v| Lang::from_code(&v));
            }
        }
        None
    }

    /// The language a quote or article is written in, if its words say so clearly: French or
    /// English by their most frequent short words and French accents. `None` for other
    /// languages, and for text too short to tell.
    pub fn detect(text: &str) -> Option<Lang> {
        const FRENCH: &[&str] = &[
            "le", "la", "les", "des", "une", "un", "est", "et", "du", "que", "qui", "pas", "nous", "vous", "dans",
            "pour", "sur", "au", "aux", "ce", "cette", "il", "elle", "ne", "sont", "avec", "de", "en", "à", "son",
            "sa", "ses", "leur", "mais", "ou", "se", "plus",
        ];
        const ENGLISH: &[&str] = &[
            "the", "and", "of", "to", "is", "are", "that", "we", "not", "in", "for", "on", "with", "this", "it", "be",
            "was", "will", "have", "has", "our", "they", "you", "a", "an", "by", "from", "at", "but", "or", "as",
            "their", "been", "would",
        ];
        let (mut fr, mut en) = (0usize, 0usize);
        for word in text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).take(400) {
            let w = word.to_lowercase();
            // "a" and "en" are words of both: they count for neither.
            if w == "a" || w == "en" {
                continue;
            }
            fr += usize::from(FRENCH.contains(&w.as_str()));
            en += usize::from(ENGLISH.contains(&w.as_str()));
            fr += usize::from(w.chars().any(|c| "éèêàùçôîœ".contains(c)));
        }
        match fr.cmp(&en) {
            std::cmp::Ordering::Greater => Some(Lang::Fr),
            std::cmp::Ordering::Less => Some(Lang::En),
            std::cmp::Ordering::Equal => None,
        }
    }

    /// `words` between this language's quotation marks: « words » in French (with plain
    /// spaces: a copied citation goes into mail, notes and search boxes, where an invisible
    /// no-break space surprises more than it helps), “words” in English.
    pub fn quoted(self, words: &str) -> String {
        match self {
            Lang::Fr => format!("« {words} »"),
            Lang::En => format!("“{words}”"),
        }
    }
}

#[cfg(test)]
mod tests;
