//! The corpus-wide speaker registry: each speaker numbered once, however the articles referred
//! to them (a gazetteer entry, a name the gazetteer does not know, an institution or a group).

use crate::corpus::read::SpeakerRef;
use crate::gazetteer::Gazetteer;
use crate::model::{Speaker, SpeakerIx, SpeakerKind};
use std::collections::HashMap;

pub struct Registry<'g> {
    gazetteer: &'g Gazetteer,
    list: Vec<Speaker>,
    by_ref: HashMap<SpeakerRef, SpeakerIx>,
}

impl<'g> Registry<'g> {
    pub fn new(gazetteer: &'g Gazetteer) -> Self {
        Registry { gazetteer, list: Vec::new(), by_ref: HashMap::new() }
    }

    /// The number of the speaker `r` refers to, registering it on first sight. An unknown name
    /// written like a known one ("Poutine" given as a name) is the known one.
    pub fn get(&mut self, r: &SpeakerRef) -> SpeakerIx {
        if let Some(&i) = self.by_ref.get(r) {
            return i;
        }
        if let SpeakerRef::Name(n) = r {
            if let Some(e) = self.gazetteer.lookup(n) {
                let i = self.get(&SpeakerRef::Entry(e));
                self.by_ref.insert(r.clone(), i);
                return i;
            }
        }
        let unknown =
            |name: &String, kind| Speaker { name: name.clone(), aliases: vec![], kind, roles: vec![], known: false };
        let s = match r {
            SpeakerRef::Entry(e) => {
                let e = &self.gazetteer.entries[*e];
                Speaker {
                    name: e.name.clone(),
                    aliases: e.aliases.clone(),
                    kind: e.kind,
                    roles: e.roles.clone(),
                    known: true,
                }
            }
            SpeakerRef::Name(n) => unknown(n, SpeakerKind::Person),
            SpeakerRef::Collective(n, kind) => unknown(n, *kind),
        };
        self.list.push(s);
        let i = self.list.len() - 1;
        self.by_ref.insert(r.clone(), i);
        i
    }

    pub fn speaker(&self, i: SpeakerIx) -> &Speaker {
        &self.list[i]
    }

    /// The speakers, in the order they were registered (their numbers).
    pub fn into_list(self) -> Vec<Speaker> {
        self.list
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_speaker_is_numbered_once() {
        let g = Gazetteer::builtin();
        let mut r = Registry::new(&g);
        let putin = g.lookup("Poutine").unwrap();
        let a = r.get(&SpeakerRef::Entry(putin));
        assert_eq!(r.get(&SpeakerRef::Name("Poutine".into())), a, "a known name given as a name");
        let olga = r.get(&SpeakerRef::Name("Olga Rostova".into()));
        assert_ne!(olga, a);
        assert_eq!(r.get(&SpeakerRef::Name("Olga Rostova".into())), olga);
        let parquet = r.get(&SpeakerRef::Collective("parquet fédéral".into(), SpeakerKind::Institution));
        assert_eq!(r.speaker(parquet).kind, SpeakerKind::Institution);
        assert!(!r.speaker(olga).known && r.speaker(a).known);
        assert_eq!(r.into_list().len(), 3);
    }
}
