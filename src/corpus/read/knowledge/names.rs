//! First names (`assets/given_names/given_names.tsv`, from INSEE's Fichier des prénoms): a
//! capitalised run of words is a person when it starts with one ("François Fillon"), and the
//! name tells the pronoun that refers to the person ("Olga" → elle).

use crate::gazetteer::Gender;
use crate::text::fold;
use crate::text::hash::FastMap;
use std::sync::OnceLock;

pub const BUILTIN_TSV: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/given_names/given_names.tsv"));

/// Who a first name is given to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Given {
    Male,
    Female,
    Both,
}

impl Given {
    /// The gender a pronoun referring to the bearer must have, when the name says it.
    pub fn gender(self) -> Option<Gender> {
        match self {
            Given::Male => Some(Gender::M),
            Given::Female => Some(Gender::F),
            Given::Both => None,
        }
    }
}

#[derive(Debug, Default)]
pub struct GivenNames {
    /// Folded name → who it is given to.
    names: FastMap<String, Given>,
}

impl GivenNames {
    /// The built-in list, read once.
    pub fn builtin() -> &'static GivenNames {
        static N: OnceLock<GivenNames> = OnceLock::new();
        N.get_or_init(|| GivenNames::parse(BUILTIN_TSV))
    }

    /// `Name<TAB>m|f|mf` lines; `#` starts a comment; malformed lines are skipped.
    pub fn parse(tsv: &str) -> GivenNames {
        let mut names = FastMap::default();
        for line in tsv.lines().filter(|l| !l.starts_with('#')) {
            let Some((name, g)) = line.split_once('\t') else { continue };
            let given = match g.trim() {
                "m" => Given::Male,
                "f" => Given::Female,
                "mf" => Given::Both,
                _ => continue,
            };
            let key = fold(name.trim());
            if !key.is_empty() {
                names.entry(key).and_modify(|g| *g = if *g == given { given } else { Given::Both }).or_insert(given);
            }
        }
        GivenNames { names }
    }

    /// Who the first name (folded) is given to; None when it is not a first name. A compound
    /// name ("Jean-Marc") is a first name when it is listed whole or its first part is.
    pub fn get(&self, folded: &str) -> Option<Given> {
        self.names.get(folded).copied()
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_list_knows_common_first_names_and_their_gender() {
        let n = GivenNames::builtin();
        assert!(n.len() > 10_000);
        assert_eq!(n.get("olga"), Some(Given::Female));
        assert_eq!(n.get("francois"), Some(Given::Male));
        assert_eq!(n.get("jean-marc"), Some(Given::Male));
        assert_eq!(n.get("dominique"), Some(Given::Both));
        for word in ["le", "dans", "mars", "france", "insuffisant", "monde"] {
            assert_eq!(n.get(word), None, "{word}");
        }
    }

    #[test]
    fn malformed_lines_are_skipped() {
        let n = GivenNames::parse("# comment\nAnne\tf\nbad line\nPaul\tx\nAnne\tm\n");
        assert_eq!(n.get("anne"), Some(Given::Both));
        assert_eq!(n.get("paul"), None);
    }
}
