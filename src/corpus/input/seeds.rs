//! The five seed articles shipped inside the binary, with their metadata from `assets/seeds.json`.

use super::{Input, Metadata};
use include_dir::{include_dir, Dir};
use serde::Deserialize;

static SEEDS: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/seeds");
const SEED_METADATA: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/seeds.json"));

#[derive(Deserialize)]
struct SeedMetadata {
    #[serde(rename = "$comment")]
    _comment: Option<serde_json::Value>,
    articles: std::collections::BTreeMap<String, Metadata>,
}

/// The five seed articles shipped inside the binary, with their metadata from `assets/seeds.json`.
pub fn embedded_seeds() -> Vec<Input> {
    let meta: SeedMetadata = serde_json::from_str(SEED_METADATA).expect("assets/seeds.json is valid (tested)");
    let mut files: Vec<_> = SEEDS.files().filter(|f| f.path().extension().is_some_and(|e| e == "txt")).collect();
    files.sort_by_key(|f| f.path());
    files
        .into_iter()
        .map(|f| {
            let id = f.path().file_stem().unwrap_or_default().to_string_lossy().into_owned();
            Input {
                metadata: meta.articles.get(&id).cloned(),
                path: format!("seeds/{}", f.path().display()),
                // The seeds are checked to be UTF-8 by the test suite.
                text: String::from_utf8_lossy(f.contents()).into_owned(),
                id,
                warnings: vec![],
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeds_are_embedded_with_metadata() {
        let seeds = embedded_seeds();
        assert_eq!(seeds.len(), 5);
        assert!(seeds.iter().all(|s| s.metadata.as_ref().and_then(|m| m.published.as_ref()).is_some()));
        assert!(seeds.windows(2).all(|w| w[0].id < w[1].id));
    }
}
