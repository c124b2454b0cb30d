//! Who is speaking, across the spellings of a Quotebank file. Quotebank names each quote's
//! speaker as the articles wrote it ("Bernie Sanders", "BERNIE SANDERS", "Bernard Sanders")
//! and gives the Wikidata ids that name can refer to (`qids`). Quotes whose speaker has one
//! single id are one person, shown under their most common well-cased name without an
//! honorific; a spelling seen without an id joins the one person it names. A person the
//! gazetteer knows (by Wikidata id, or by one of the names) takes the gazetteer's name, so
//! Quotebank's Q7747 and an article's "Vladimir Poutine" are one speaker.

use crate::gazetteer::Gazetteer;
use crate::model::{Speaker, SpeakerIx, SpeakerKind};
use crate::text::fold;
use std::collections::HashMap;

/// Titles written before a name in English news ("President Obama"): not part of the name.
const HONORIFICS: &[&str] = &[
    "vice president",
    "president",
    "prime minister",
    "minister",
    "secretary",
    "chancellor",
    "senator",
    "sen.",
    "representative",
    "rep.",
    "governor",
    "gov.",
    "mayor",
    "judge",
    "general",
    "gen.",
    "professor",
    "prof.",
    "dr.",
    "dr",
    "mr.",
    "mr",
    "mrs.",
    "mrs",
    "ms.",
    "ms",
];

/// A speaker as written in the file: the name and, when the line gives exactly one, the
/// Wikidata id. `quotes` counts the quotes that use this spelling.
#[derive(Debug, Clone)]
pub struct Spelling {
    pub name: String,
    pub qid: Option<String>,
    pub quotes: usize,
}

/// The speakers of `spellings` (in order of first appearance), and each spelling's speaker.
pub fn resolve(spellings: &[Spelling], gazetteer: &Gazetteer) -> (Vec<Speaker>, Vec<SpeakerIx>) {
    // 1. Group the spellings: by Wikidata id; a spelling without an id joins the only id
    //    group where that exact name is seen, else stands by its name.
    let mut group_of_qid: HashMap<&str, usize> = HashMap::new();
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut group = vec![usize::MAX; spellings.len()];
    for (i, s) in spellings.iter().enumerate() {
        if let Some(q) = &s.qid {
            let g = *group_of_qid.entry(q).or_insert_with(|| {
                groups.push(vec![]);
                groups.len() - 1
            });
            groups[g].push(i);
            group[i] = g;
        }
    }
    let mut qid_groups_of_name: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, s) in spellings.iter().enumerate() {
        if s.qid.is_some() {
            let v = qid_groups_of_name.entry(&s.name).or_default();
            if !v.contains(&group[i]) {
                v.push(group[i]);
            }
        }
    }
    for (i, s) in spellings.iter().enumerate() {
        if s.qid.is_none() {
            let g = match qid_groups_of_name.get(s.name.as_str()).map(Vec::as_slice) {
                Some(&[g]) => g,
                _ => {
                    groups.push(vec![]);
                    groups.len() - 1
                }
            };
            groups[g].push(i);
            group[i] = g;
        }
    }
    // 2. Each group's speaker, numbered in order of first appearance; groups the gazetteer
    //    resolves to the same entry share it.
    for g in &mut groups {
        g.sort_unstable();
    }
    let mut order: Vec<usize> = (0..groups.len()).collect();
    order.sort_unstable_by_key(|&g| groups[g][0]);
    let mut speakers: Vec<Speaker> = Vec::new();
    let mut of_entry: HashMap<usize, SpeakerIx> = HashMap::new();
    let mut speaker_of_group = vec![0; groups.len()];
    for g in order {
        let members = &groups[g];
        let by_id = spellings[members[0]].qid.as_deref().and_then(|q| gazetteer.by_wikidata(q));
        let entry = by_id.or_else(|| {
            let mut found = members.iter().filter_map(|&i| gazetteer.lookup(&spellings[i].name));
            let first = found.next()?;
            found.all(|e| e == first).then_some(first)
        });
        let s = match entry {
            Some(e) => *of_entry.entry(e).or_insert_with(|| {
                let e = &gazetteer.entries[e];
                speakers.push(Speaker {
                    name: e.name.clone(),
                    aliases: e.aliases.clone(),
                    kind: e.kind,
                    roles: e.roles.clone(),
                    known: true,
                });
                speakers.len() - 1
            }),
            None => {
                let name = display_name(members.iter().map(|&i| &spellings[i]));
                speakers.push(Speaker {
                    name,
                    aliases: vec![],
                    kind: SpeakerKind::Person,
                    roles: vec![],
                    known: false,
                });
                speakers.len() - 1
            }
        };
        // Other spellings become aliases (searchable), unless already a name of the speaker.
        let sp = &mut speakers[s];
        for &i in members {
            let n = &spellings[i].name;
            let f = fold(n);
            if fold(&sp.name) != f && !sp.aliases.iter().any(|a| fold(a) == f) {
                sp.aliases.push(n.clone());
            }
        }
        speaker_of_group[g] = s;
    }
    (speakers, group.iter().map(|&g| speaker_of_group[g]).collect())
}

/// The name to show for one person written several ways: the most common well-cased
/// spelling without an honorific ("Bernie Sanders" over "BERNIE SANDERS" and "President
/// Barack Obama"); with only honorific spellings, the most common one without its title.
fn display_name<'a>(spellings: impl Iterator<Item = &'a Spelling>) -> String {
    let best = spellings
        .enumerate()
        .min_by_key(|(i, s)| (honorific(&s.name).is_some(), !well_cased(&s.name), std::cmp::Reverse(s.quotes), *i))
        .map(|(_, s)| s.name.as_str())
        .unwrap_or_default();
    match honorific(best) {
        Some(rest) if !rest.is_empty() => rest.to_string(),
        _ => best.to_string(),
    }
}

/// The name without its leading honorific, when it has one.
fn honorific(name: &str) -> Option<&str> {
    let lower = name.to_lowercase();
    HONORIFICS.iter().find_map(|h| {
        let rest = lower.strip_prefix(h)?.strip_prefix(' ')?;
        Some(name[name.len() - rest.len()..].trim_start())
    })
}

/// Written as a name is: capital first letter, and neither all capitals nor all lowercase.
fn well_cased(name: &str) -> bool {
    name.chars().next().is_some_and(char::is_uppercase) && name.chars().any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sp(name: &str, qid: Option<&str>, quotes: usize) -> Spelling {
        Spelling { name: name.into(), qid: qid.map(Into::into), quotes }
    }

    #[test]
    fn one_id_is_one_person_under_the_best_spelling() {
        let g = Gazetteer::builtin();
        let list = [
            sp("BERNIE SANDERS", Some("Q359442"), 9),
            sp("Bernie Sanders", Some("Q359442"), 5),
            sp("bernie sanders", Some("Q359442"), 7),
            sp("Bernard Sanders", Some("Q359442"), 1),
            sp("President Barack Obama", Some("Q76"), 4),
            sp("Barack Obama", Some("Q76"), 2),
            sp("President Obama", Some("Q76"), 3),
            sp("President Nobody", Some("Q999999999"), 3),
            sp("Barack Obama", None, 1),
            sp("John Smith", None, 1),
        ];
        let (speakers, of) = resolve(&list, &g);
        let names: Vec<&str> = speakers.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Bernie Sanders", "Barack Obama", "Nobody", "John Smith"]);
        assert_eq!(of, [0, 0, 0, 0, 1, 1, 1, 2, 1, 3]);
        assert_eq!(speakers[0].aliases, ["Bernard Sanders"], "case variants fold alike");
    }

    #[test]
    fn the_gazetteer_names_people_it_knows_by_id_or_by_name() {
        let g = Gazetteer::builtin();
        let list = [sp("President Putin", Some("Q7747"), 3), sp("Vladimir Putin", None, 1), sp("Putin", None, 1)];
        let (speakers, of) = resolve(&list, &g);
        assert_eq!(speakers.len(), 1);
        assert_eq!(speakers[0].name, "Vladimir Poutine");
        assert!(speakers[0].known);
        assert_eq!(of, [0, 0, 0]);
    }

    #[test]
    fn honorifics_and_casing() {
        assert_eq!(honorific("President Barack Obama"), Some("Barack Obama"));
        assert_eq!(honorific("Mr. Smith"), Some("Smith"));
        assert_eq!(honorific("Presidente Lula"), None);
        assert!(well_cased("Ursula von der Leyen") && !well_cased("BERNIE SANDERS") && !well_cased("bernie"));
    }
}
