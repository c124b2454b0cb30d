//! What the reader knows besides the article, passed to every stage as one [`Knowledge`]
//! value: the language (`french`: function words, reporting verbs, titles, nationalities,
//! institutions, calendar words), the people and institutions and the titles they held
//! (`Gazetteer`), the places, and first names. Another language is another module like
//! `french`, not edits to the rules.

pub mod french;
pub mod names;
pub mod places;

use crate::gazetteer::Gazetteer;
use names::GivenNames;
use places::Places;

#[derive(Clone, Copy)]
pub struct Knowledge<'a> {
    pub gazetteer: &'a Gazetteer,
    pub places: &'a Places,
    pub names: &'a GivenNames,
}

impl<'a> Knowledge<'a> {
    /// The built-in places and first names, with `gazetteer` (built-in or the user's).
    pub fn new(gazetteer: &'a Gazetteer) -> Self {
        Knowledge { gazetteer, places: Places::builtin_ref(), names: GivenNames::builtin() }
    }
}
