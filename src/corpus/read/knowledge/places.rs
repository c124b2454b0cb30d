//! The place gazetteer (`assets/places.json`): names, spellings, how precise each place is,
//! and how French says "at" it. Data, so users can extend it; this module only reads it.

use crate::text::hash::FastMap;
use crate::text::{fold, words};
use serde::Deserialize;

pub const BUILTIN_JSON: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/places.json"));

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PlaceKind {
    Country,
    Region,
    City,
    /// A building, residence or base: the most precise.
    Site,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub kind: PlaceKind,
    #[serde(default)]
    pub within: Option<String>,
    /// "au Kremlin"; absent: "à NAME" for sites and cities, "en NAME" otherwise.
    #[serde(default)]
    pub at: Option<String>,
}

impl Place {
    /// An unknown capitalised name met after "à": taken for a town.
    pub fn unknown_town(name: &str) -> Place {
        Place { name: name.to_string(), aliases: Vec::new(), kind: PlaceKind::City, within: None, at: None }
    }

    pub fn at_phrase(&self) -> String {
        match (&self.at, self.kind) {
            (Some(a), _) => a.clone(),
            (None, PlaceKind::Site | PlaceKind::City) => format!("à {}", self.name),
            (None, _) => format!("en {}", self.name),
        }
    }
}

#[derive(Debug, Deserialize)]
struct File {
    #[serde(default, rename = "$comment")]
    _comment: Option<serde_json::Value>,
    places: Vec<Place>,
}

#[derive(Debug, Clone, Default)]
pub struct Places {
    pub places: Vec<Place>,
    /// First folded word → (folded words, place index), longest first.
    index: FastMap<String, Vec<(Vec<String>, usize)>>,
}

impl Places {
    /// The built-in list; checked by the tests, so it cannot fail at run time.
    pub fn builtin() -> Places {
        Places::from_json(BUILTIN_JSON).expect("built-in places are valid")
    }

    /// The built-in list, read once.
    pub fn builtin_ref() -> &'static Places {
        static P: std::sync::OnceLock<Places> = std::sync::OnceLock::new();
        P.get_or_init(Places::builtin)
    }

    pub fn from_json(json: &str) -> Result<Places, serde_json::Error> {
        let file: File = serde_json::from_str(json)?;
        let mut index: FastMap<String, Vec<(Vec<String>, usize)>> = FastMap::default();
        for (i, p) in file.places.iter().enumerate() {
            for n in std::iter::once(&p.name).chain(&p.aliases) {
                let ws: Vec<String> = words(n).map(|w| fold(w.text)).collect();
                if let Some(f) = ws.first() {
                    index.entry(f.clone()).or_default().push((ws, i));
                }
            }
        }
        for v in index.values_mut() {
            v.sort_by_key(|e| std::cmp::Reverse(e.0.len()));
        }
        Ok(Places { places: file.places, index })
    }

    /// The place whose name or alias starts at `folded[i]` (capitalised in the text), with the
    /// number of words it spans.
    pub fn match_at(&self, folded: &[&str], capital: bool, i: usize) -> Option<(usize, usize)> {
        if !capital {
            return None;
        }
        let cands = self.index.get(*folded.get(i)?)?;
        cands.iter().find_map(|(seq, p)| {
            let n = seq.len();
            (i + n <= folded.len() && folded[i..i + n].iter().zip(seq).all(|(a, b)| *a == b)).then_some((*p, n))
        })
    }

    /// Whether a place name may start with this folded word.
    pub fn may_start(&self, folded: &str) -> bool {
        self.index.contains_key(folded)
    }

    /// The country a place named `name` is in (itself if a country), by its `within` chain.
    pub fn country_of(&self, name: &str) -> Option<&str> {
        let mut p = &self.places[self.lookup(name)?];
        for _ in 0..4 {
            if p.kind == PlaceKind::Country {
                return Some(&p.name);
            }
            p = &self.places[self.lookup(p.within.as_deref()?)?];
        }
        None
    }

    pub fn lookup(&self, name: &str) -> Option<usize> {
        let ws: Vec<String> = words(name).map(|w| fold(w.text)).collect();
        let f: Vec<&str> = ws.iter().map(|s| s.as_str()).collect();
        self.match_at(&f, true, 0).filter(|(_, n)| *n == f.len()).map(|(p, _)| p)
    }
}
