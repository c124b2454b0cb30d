//! What the reader knows besides the article, passed to every stage as one [`Knowledge`]
//! value: the language ([`Language`]; built in, French: `french`), the people and institutions
//! and the titles they held (`Gazetteer`), the places, and first names. Another language is
//! another module implementing [`Language`], not edits to the rules.

pub mod french;
pub mod language;
pub mod names;
pub mod places;

use crate::gazetteer::Gazetteer;
pub use language::Language;
use names::GivenNames;
use places::Places;

#[derive(Clone, Copy)]
pub struct Knowledge<'a> {
    pub lang: &'a dyn Language,
    pub gazetteer: &'a Gazetteer,
    pub places: &'a Places,
    pub names: &'a GivenNames,
}

impl<'a> Knowledge<'a> {
    /// French, the built-in places and first names, with `gazetteer` (built-in or the user's).
    pub fn new(gazetteer: &'a Gazetteer) -> Self {
        Knowledge { lang: &french::FRENCH, gazetteer, places: Places::builtin_ref(), names: GivenNames::builtin() }
    }

    /// A first name that is no place's name (folded): "Jean-Jacques", "Cyprien", not "France".
    pub fn is_first_name(&self, folded: &str) -> bool {
        self.names.get(folded).is_some() && !self.places.may_start(folded)
    }
}
