//! The speaker gazetteer: who the people and institutions are, how articles spell them, and
//! which titles they held when. It is data (`assets/speakers.json`, plus any `--speakers FILE`
//! merged over it); this module only reads and queries it.

use crate::model::{role_covers, FuzzyDate, Role, SpeakerKind};
use crate::text::hash::{FastMap, Shapes};
use crate::text::{fold, fold_word, words};
use serde::Deserialize;
use std::ops::Range;

/// The built-in gazetteer, shipped inside the binary.
pub const BUILTIN_JSON: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/speakers.json"));

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    M,
    F,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub kind: SpeakerKind,
    #[serde(default)]
    pub gender: Option<Gender>,
    /// Named in the plural ("les États-Unis", "les Nations unies"): never "il" or "elle".
    #[serde(default)]
    pub plural: bool,
    #[serde(default)]
    pub roles: Vec<Role>,
    /// The Wikidata id ("Q7747"), which Quotebank gives for each quote's speaker.
    #[serde(default)]
    pub wikidata: Option<String>,
    /// The name to show in each language ("en": "Vladimir Putin"), when not `name`.
    #[serde(default)]
    pub names: std::collections::BTreeMap<String, String>,
}

impl Entry {
    /// The name to show in language `lang` ("fr", "en"): its own name in that language when
    /// the gazetteer gives one, else the canonical `name`.
    pub fn display_name(&self, lang: &str) -> &str {
        self.names.get(lang).map_or(&self.name, String::as_str)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default, rename = "$comment")]
    _comment: Option<serde_json::Value>,
    speakers: Vec<Entry>,
}

/// Why a gazetteer file cannot be used. `Display` is English; people are told
/// [`GazetteerError::describe`], in their language.
#[derive(Debug, thiserror::Error)]
pub enum GazetteerError {
    #[error("{origin}: cannot read: {source}")]
    Io { origin: String, source: std::io::Error },
    #[error("{origin}: line {line}, column {column}: {message}")]
    Syntax { origin: String, line: usize, column: usize, message: String },
    #[error("{origin}: a speaker has an empty name")]
    EmptyName { origin: String },
    #[error("{origin}: {name}: role \"{role}\": date \"{date}\" is not YYYY, YYYY-MM or YYYY-MM-DD")]
    BadRoleDate { origin: String, name: String, role: String, date: String },
}

impl GazetteerError {
    /// "FILE: what is wrong", in `lang`.
    pub fn describe(&self, lang: crate::lang::Lang) -> String {
        let w = &lang.words().problems;
        match self {
            GazetteerError::Io { origin, source } => format!("{origin}: {}", (w.cannot_read)(&source.to_string())),
            GazetteerError::Syntax { origin, line, column, message } => {
                format!("{origin}: {}", (w.syntax)(*line, *column, message))
            }
            GazetteerError::EmptyName { origin } => format!("{origin}: {}", w.empty_speaker_name),
            GazetteerError::BadRoleDate { origin, name, role, date } => {
                format!("{origin}: {name}: {}", (w.bad_role_date)(role, date))
            }
        }
    }
}

/// What a run of words in a text refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A name or alias of entry `.0`.
    Name(usize),
    /// A role title (or title alias) of entry `.0`'s role `.1`.
    Role(usize, usize),
}

/// A name or title found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Byte span in the text searched.
    pub span: Range<usize>,
    pub target: Target,
}

#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    pub entries: Vec<Entry>,
    /// First folded word → (folded word sequence, target), longest sequences first.
    /// First folded word → (all folded words, target, which words the spelling capitalises).
    index: FastMap<String, Vec<(Vec<String>, Target, u64)>>,
    /// Which (first byte, length) pairs the index's keys have: most words of a text cannot
    /// start a name, and this rules them out before any hashing.
    starts: Shapes,
}

/// Whether a word is written with a capital: its first char is not lowercase.
pub fn capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(|c| !c.is_lowercase())
}

fn folded_words(s: &str) -> Vec<String> {
    words(s).map(|w| fold(w.text)).collect()
}

impl Gazetteer {
    /// The built-in gazetteer. It is checked by the test suite, so this cannot fail at run time.
    pub fn builtin() -> Gazetteer {
        Gazetteer::from_json(BUILTIN_JSON, "assets/speakers.json").expect("built-in gazetteer is valid")
    }

    pub fn from_json(json: &str, origin: &str) -> Result<Gazetteer, GazetteerError> {
        let file: File = serde_json::from_str(json).map_err(|e| GazetteerError::Syntax {
            origin: origin.to_string(),
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        })?;
        for e in &file.speakers {
            if e.name.trim().is_empty() {
                return Err(GazetteerError::EmptyName { origin: origin.into() });
            }
            for r in &e.roles {
                for d in r.from.iter().chain(r.until.iter()) {
                    if FuzzyDate::parse_iso(d).is_none() {
                        return Err(GazetteerError::BadRoleDate {
                            origin: origin.into(),
                            name: e.name.clone(),
                            role: r.title.clone(),
                            date: d.clone(),
                        });
                    }
                }
            }
        }
        let mut g = Gazetteer { entries: file.speakers, index: FastMap::default(), starts: Shapes::default() };
        g.reindex();
        Ok(g)
    }

    pub fn from_path(path: &std::path::Path) -> Result<Gazetteer, GazetteerError> {
        let origin = path.display().to_string();
        let text =
            std::fs::read_to_string(path).map_err(|source| GazetteerError::Io { origin: origin.clone(), source })?;
        Gazetteer::from_json(&text, &origin)
    }

    /// Merge `other` over `self`: an entry with the same canonical name (or sharing an alias)
    /// is replaced by the user's; new entries are added.
    pub fn merge(&mut self, other: Gazetteer) {
        for e in other.entries {
            let key = fold(&e.name);
            let existing = self.entries.iter().position(|x| {
                fold(&x.name) == key
                    || x.aliases.iter().any(|a| fold(a) == key)
                    || (e.wikidata.is_some() && x.wikidata == e.wikidata)
            });
            match existing {
                Some(i) => self.entries[i] = e,
                None => self.entries.push(e),
            }
        }
        self.reindex();
    }

    /// Show every entry under its name in `lang` ("en": Vladimir Putin), its other names kept
    /// as aliases so articles are still read the same way.
    pub fn localize(&mut self, lang: &str) {
        for e in &mut self.entries {
            let Some(shown) = e.names.get(lang).cloned() else { continue };
            if shown == e.name {
                continue;
            }
            let old = std::mem::replace(&mut e.name, shown.clone());
            e.aliases.retain(|a| *a != shown);
            if !e.aliases.contains(&old) {
                e.aliases.insert(0, old);
            }
        }
        self.reindex();
    }

    fn reindex(&mut self) {
        let mut index: FastMap<String, Vec<(Vec<String>, Target, u64)>> = FastMap::default();
        let mut add = |s: &str, t: Target| {
            let ws = folded_words(s);
            let caps =
                words(s).take(64).enumerate().filter(|(_, w)| capitalized(w.text)).fold(0, |m, (k, _)| m | 1 << k);
            if let Some(first) = ws.first().cloned() {
                let v = index.entry(first).or_default();
                if !v.iter().any(|(w, tt, _)| *w == ws && *tt == t) {
                    v.push((ws, t, caps));
                }
            }
        };
        for (i, e) in self.entries.iter().enumerate() {
            add(&e.name, Target::Name(i));
            for a in &e.aliases {
                add(a, Target::Name(i));
            }
            for (ri, r) in e.roles.iter().enumerate() {
                add(&r.title, Target::Role(i, ri));
                for a in &r.aliases {
                    add(a, Target::Role(i, ri));
                }
            }
        }
        let mut starts = Shapes::default();
        for (k, v) in index.iter_mut() {
            v.sort_by_key(|a| std::cmp::Reverse(a.0.len()));
            starts.add(k);
        }
        self.index = index;
        self.starts = starts;
    }

    /// The entry with this Wikidata id ("Q7747").
    pub fn by_wikidata(&self, qid: &str) -> Option<usize> {
        self.entries.iter().position(|e| e.wikidata.as_deref() == Some(qid))
    }

    /// The entry whose name or alias is exactly `name` (folded comparison).
    pub fn lookup(&self, name: &str) -> Option<usize> {
        let ws = folded_words(name);
        let first = ws.first()?;
        self.index.get(first)?.iter().find_map(|(seq, t, _)| match t {
            Target::Name(i) if *seq == ws => Some(*i),
            _ => None,
        })
    }

    /// The one person whose name fits `name` written with initials ("F. Hollande", "J.-M.
    /// Ayrault"): the same surname, and first names starting with those letters.
    pub fn by_initials(&self, name: &str) -> Option<usize> {
        let ws: Vec<&str> = name.split([' ', '.', '-']).filter(|w| !w.is_empty()).collect();
        let (surname, initials) = ws.split_last()?;
        let single = |w: &&str| w.chars().count() == 1 && w.chars().all(char::is_uppercase);
        if initials.is_empty() || !initials.iter().all(single) {
            return None;
        }
        let mut found = self.entries.iter().enumerate().filter(|(_, e)| {
            e.kind == SpeakerKind::Person
                && std::iter::once(&e.name).chain(&e.aliases).any(|full| {
                    let parts: Vec<&str> = full.split([' ', '-']).filter(|w| !w.is_empty()).collect();
                    parts.len() == initials.len() + 1
                        && fold(parts[parts.len() - 1]) == fold(surname)
                        && parts.iter().zip(initials.iter()).all(|(p, i)| fold(p).starts_with(&fold(i)))
                })
        });
        match (found.next(), found.next()) {
            (Some((i, _)), None) => Some(i),
            _ => None,
        }
    }

    /// Every name, alias and role title in `text`, longest match first, never overlapping,
    /// in text order. Matching is by whole words, case- and accent-insensitive.
    pub fn mentions(&self, text: &str) -> Vec<Mention> {
        let toks: Vec<_> = words(text).collect();
        let folded: Vec<_> = toks.iter().map(|w| fold_word(w.text)).collect();
        self.mentions_in(toks.len(), |i| &folded[i], |i| capitalized(toks[i].text))
            .into_iter()
            .map(|(r, target)| Mention { span: toks[r.start].start..toks[r.end - 1].end, target })
            .collect()
    }

    /// [`Gazetteer::mentions`] over words the caller has already split (`crate::text::words`)
    /// and folded: `folded(i)` is word i folded, `capital(i)` whether it is written with a
    /// capital (not lowercase) first letter. Returns word index ranges, so callers that keep
    /// their own tokens fold each word once.
    pub fn mentions_in<'w>(
        &self,
        n: usize,
        folded: impl Fn(usize) -> &'w str,
        capital: impl Fn(usize) -> bool,
    ) -> Vec<(Range<usize>, Target)> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < n {
            let mut best: Option<(usize, Target)> = None;
            let first = folded(i);
            if let Some(cands) = self.starts.may_have(first).then(|| self.index.get(first)).flatten() {
                for (seq, t, caps) in cands {
                    let len = seq.len();
                    if i + len <= n && seq.iter().enumerate().all(|(k, w)| folded(i + k) == w) {
                        // A name must be written with a capital in the text: "li" or "xi" in
                        // lowercase are ordinary words, not people; so must each word its
                        // spelling capitalises ("Le Monde", not "Le monde entier").
                        let capital_ok = match t {
                            Target::Name(_) => {
                                capital(i) && (1..len.min(64)).all(|k| caps & (1 << k) == 0 || capital(i + k))
                            }
                            Target::Role(..) => true,
                        };
                        if capital_ok && best.is_none_or(|(bn, _)| len > bn) {
                            best = Some((len, *t));
                        }
                    }
                }
            }
            match best {
                Some((len, t)) => {
                    out.push((i..i + len, t));
                    i += len;
                }
                None => i += 1,
            }
        }
        out
    }

    /// The holder of the role titled `title` (or one of its aliases) at `date`. Returns None
    /// when nobody or more than one entry held it then.
    pub fn role_holder(&self, title: &str, date: &FuzzyDate) -> Option<usize> {
        let ws = folded_words(title);
        let first = ws.first()?;
        let mut holders: Vec<usize> = self
            .index
            .get(first)?
            .iter()
            .filter_map(|(seq, t, _)| match t {
                Target::Role(e, r) if *seq == ws && role_covers(&self.entries[*e].roles[*r], date) => Some(*e),
                _ => None,
            })
            .collect();
        holders.sort_unstable();
        holders.dedup();
        if holders.len() == 1 {
            Some(holders[0])
        } else {
            None
        }
    }

    /// The title string of a role target, for showing.
    pub fn role_title(&self, entry: usize, role: usize) -> &str {
        &self.entries[entry].roles[role].title
    }

    /// Resolve a role mention at a date: the holder of that title then, if unique.
    pub fn resolve_role(&self, entry: usize, role: usize, date: &FuzzyDate) -> Option<usize> {
        self.role_holder(&self.entries[entry].roles[role].title, date)
    }

    /// Who a role mention refers to: its holder at `date`; without a date, the one person who
    /// holds that title with no end date, if only one does.
    pub fn holder(&self, entry: usize, role: usize, date: Option<&FuzzyDate>) -> Option<usize> {
        match date {
            Some(d) => self.resolve_role(entry, role, d),
            None => {
                let title = crate::text::fold(&self.entries[entry].roles[role].title);
                let mut open = (0..self.entries.len()).filter(|&i| {
                    self.entries[i].roles.iter().any(|ro| ro.until.is_none() && crate::text::fold(&ro.title) == title)
                });
                match (open.next(), open.next()) {
                    (Some(one), None) => Some(one),
                    _ => None,
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> FuzzyDate {
        FuzzyDate::parse_iso(s).unwrap()
    }

    #[test]
    fn builtin_parses_and_merges_spellings() {
        let g = Gazetteer::builtin();
        let shoigu = g.lookup("Shoigu").unwrap();
        for s in ["Choïgu", "Choïgou", "Sergei Shoigu", "sergueï choïgou"] {
            assert_eq!(g.lookup(s), Some(shoigu), "{s}");
        }
        assert_eq!(g.lookup("Putin"), g.lookup("Poutine"));
        assert_eq!(g.lookup("Belousov"), g.lookup("Belooussov"));
        assert_eq!(g.lookup("Zhang Yuxia"), g.lookup("Zhang Youxia"));
    }

    #[test]
    fn wikidata_ids_and_names_per_language() {
        let g = Gazetteer::builtin();
        let putin = g.by_wikidata("Q7747").unwrap();
        assert_eq!(Some(putin), g.lookup("Poutine"));
        assert_eq!(g.entries[putin].display_name("fr"), "Vladimir Poutine");
        assert_eq!(g.entries[putin].display_name("en"), "Vladimir Putin");
        assert_eq!(g.entries[putin].display_name("de"), "Vladimir Poutine");
        assert_eq!(g.by_wikidata("Q0"), None);
        let mut en = g.clone();
        en.localize("en");
        assert_eq!(en.entries[putin].name, "Vladimir Putin");
        assert_eq!(en.lookup("Vladimir Poutine"), Some(putin), "the French name still reads");
    }

    #[test]
    fn role_holder_depends_on_date() {
        let g = Gazetteer::builtin();
        let t = "ministre russe de la Défense";
        assert_eq!(g.role_holder(t, &d("2023-11-08")), g.lookup("Choïgou"));
        assert_eq!(g.role_holder(t, &d("2024-10-15")), g.lookup("Belousov"));
        let c = "ministre chinois de la Défense";
        assert_eq!(g.role_holder(c, &d("2023-04-16")), g.lookup("Li Shangfu"));
        assert_eq!(g.role_holder(c, &d("2024-10-14")), g.lookup("Dong Jun"));
        assert_eq!(g.role_holder(c, &d("2023-11-15")), None, "vacant between Li and Dong");
    }

    #[test]
    fn mentions_are_longest_first_word_bounded_and_capitalized() {
        let g = Gazetteer::builtin();
        let text = "le ministre russe de la Défense Sergueï Choïgu a reçu Zhang Youxia; li et xi.";
        let m = g.mentions(text);
        let spans: Vec<&str> = m.iter().map(|m| &text[m.span.clone()]).collect();
        assert_eq!(spans, ["ministre russe de la Défense", "Sergueï Choïgu", "Zhang Youxia"]);
        // Every word the spelling capitalises must be capitalised in the text.
        let text = "Le monde entier lit Le Monde. Le soir, Le Soir.";
        let spans: Vec<&str> = g.mentions(text).iter().map(|m| &text[m.span.clone()]).collect();
        assert_eq!(spans, ["Le Monde", "Le Soir"]);
    }

    #[test]
    fn user_file_merges_over_builtin_and_errors_name_the_place() {
        let mut g = Gazetteer::builtin();
        let before = g.entries.len();
        let user = Gazetteer::from_json(
            r#"{"speakers":[{"name":"Jean Dupont","aliases":["Dupont"]},{"name":"Vladimir Poutine","aliases":["V. Poutine"]}]}"#,
            "mine.json",
        )
        .unwrap();
        g.merge(user);
        assert_eq!(g.entries.len(), before + 1);
        assert!(g.lookup("Dupont").is_some());
        assert!(g.lookup("V. Poutine").is_some());
        let err = Gazetteer::from_json("{\"speakers\": [\n{\"name\": }]}", "bad.json").unwrap_err().to_string();
        assert!(err.starts_with("bad.json: line 2"), "{err}");
        let err =
            Gazetteer::from_json(r#"{"speakers":[{"name":"X","roles":[{"title":"t","from":"2024-13"}]}]}"#, "d.json")
                .unwrap_err()
                .to_string();
        assert!(err.contains("2024-13"), "{err}");
    }
}
