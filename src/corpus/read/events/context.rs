//! Dated events an article mentions besides its meeting: a sentence segment with a resolved
//! date other than the meeting's and an event noun close to it. Few and precise on purpose.

use super::analysis::Sentence;
use super::meeting::{compatible, Meeting};
use super::{short_name, ContextEvent};
use crate::corpus::read::knowledge::language::class::EVENT_NOUN;
use crate::corpus::read::knowledge::language::{EventWords, Language};
use crate::corpus::SpeakerRef;
use crate::gazetteer::Gazetteer;
use crate::model::{fold_whitespace, FuzzyDate};

/// The event noun nearest the date word `dt` in its segment (nouns before verbs), as
/// (word index, is a verb of meeting/travel).
fn nearest_noun(w: &EventWords, s: &Sentence, dt: usize) -> Option<(usize, Option<&'static str>)> {
    let seg = s.seg.get(dt).copied()?;
    let mut best: Option<(usize, usize, Option<&'static str>)> = None;
    // Only words within 12 of the date can be chosen (see `dist` below).
    for i in dt.saturating_sub(12)..s.toks.len().min(dt + 13) {
        if s.seg.get(i) != Some(&seg) || s.in_date(i) {
            continue;
        }
        let f = s.f(i);
        let lower = s.toks[i].text.chars().next().is_some_and(|c| c.is_lowercase());
        let (point, de, presse) = w.press_point;
        let noun = w.is(f, EVENT_NOUN) && (f != point || (s.f(i + 1) == de && s.f(i + 2) == presse));
        let verb: Option<&'static str> = if !lower {
            None
        } else if f.starts_with(w.met_stem) {
            Some(w.met_title)
        } else if f.starts_with(w.gathered_stem) && !f.starts_with(w.gathering_noun) {
            // "s'étaient réunis le 2 septembre"
            Some(w.gathered_title)
        } else if f == w.visit_participle && i > 0 && w.visit_auxiliaries.contains(&s.f(i - 1)) {
            Some(w.visit_title)
        } else {
            None
        };
        if !noun && verb.is_none() {
            continue;
        }
        let dist = i.abs_diff(dt) + if verb.is_some() { 3 } else { 0 } + if i > dt { 1 } else { 0 };
        if dist <= 12 && best.is_none_or(|b| dist < b.0) {
            best = Some((dist, i, verb));
        }
    }
    best.map(|(_, i, v)| (i, v))
}

/// The noun phrase starting at word `n`: the noun and its complements, stopping at a clause
/// word, punctuation, a date or after eight words. Quoted words ("« sans limites »") stay.
fn noun_phrase(lang: &dyn Language, text: &str, s: &Sentence, n: usize) -> String {
    let w = lang.events();
    let mut end = s.toks[n].end;
    let mut in_quote = false;
    let mut j = n + 1;
    while j < s.toks.len() && j <= n + 8 {
        let g = s.gap(text, j);
        let opens = g.contains(['«', '“']) || (!in_quote && g.contains('"'));
        let closes_before = in_quote && g.contains(['»', '”', '"']);
        if closes_before {
            // The quote closed after the previous word: keep the mark.
            let close_at = g.find(['»', '”', '"']).unwrap_or(0);
            end = s.toks[j - 1].end + close_at + g[close_at..].chars().next().map_or(0, |c| c.len_utf8());
            break;
        }
        if opens {
            in_quote = true;
        }
        if !in_quote {
            if g.contains([',', ';', ':', '(', ')', '.', '–', '—', '!', '?']) && !opens {
                break;
            }
            let f = s.f(j);
            let lower = s.toks[j].text.chars().next().is_some_and(|c| c.is_lowercase());
            let fw = |k: usize| lang.function_word(s.f(k));
            let possessive_after_de = fw(j).possessive && fw(j - 1).bare_of();
            if s.in_date(j) || (w.phrase_stops.contains(&f) && !possessive_after_de) {
                break;
            }
            // Articles only after "de": "de la", "de l'".
            if fw(j).article() && !fw(j - 1).bare_of() && !fw(j).of {
                break;
            }
            // A present participle and its object end it ("rapport rappelant l'homophobie").
            if lower
                && w.present_participle_endings.iter().any(|e| f.ends_with(e))
                && (fw(j + 1).article() || fw(j + 1).possessive)
            {
                break;
            }
            // A participle ends the phrase ("rapport ... publié en juin"); a noun after its
            // article does not ("l'attaque d'un supermarché").
            let t = s.toks[j].text;
            let after_article = fw(j - 1).definite || fw(j - 1).indefinite;
            if lower && j > n + 1 && !after_article && lang.looks_like_past_participle(t) {
                break;
            }
            if fw(j).setting {
                let next_cap =
                    s.toks.get(j + 1).is_some_and(|t| t.text.chars().next().is_some_and(|c| c.is_uppercase()));
                if !next_cap || s.in_date(j + 1) {
                    break;
                }
            }
            if fw(j).of && !fw(j).plural && s.in_date(j + 1) {
                break;
            }
        }
        end = s.toks[j].end;
        j += 1;
    }
    // A dangling preposition or article is not a phrase end.
    let mut phrase = fold_whitespace(text.get(s.toks[n].start..end).unwrap_or(""));
    loop {
        let trimmed = phrase.trim_end();
        let last = trimmed.rsplit([' ', '\'', '’']).next().unwrap_or("");
        let fw = lang.function_word(last);
        if (fw.of || fw.singular_article() || lang.is_place_preposition(last)) && trimmed.len() > last.len() {
            phrase = trimmed[..trimmed.len() - last.len()].trim_end_matches(['\'', '’']).trim_end().to_string();
        } else {
            break;
        }
    }
    capitalise(&phrase)
}

pub fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// Words said on a day of their own: a reporting verb in a compound past or the pluperfect
/// ("avait affirmé le 27 février", "a déclaré le 3 avril") governing the date at `dt`, in its
/// clause. Returns the verb's word index.
fn statement_verb(lang: &dyn Language, s: &Sentence, dt: usize) -> Option<usize> {
    let seg = s.seg.get(dt).copied()?;
    let w = lang.events();
    let lo = dt.saturating_sub(8);
    let hi = (dt + 9).min(s.toks.len());
    (lo..hi)
        .filter(|&v| s.seg.get(v) == Some(&seg) && !s.in_date(v) && lang.is_reporting_verb(s.f(v)))
        .filter(|&v| {
            // "a déclaré", "avait affirmé", "avait-il affirmé".
            (v.saturating_sub(3)..v).any(|a| {
                (w.past_auxiliaries.contains(&s.f(a)) || w.pluperfect_auxiliaries.contains(&s.f(a)))
                    && !lang.is_accented_preposition(s.toks[a].text)
            })
        })
        .min_by_key(|&v| v.abs_diff(dt))
}

/// Who made the statement whose verb is at `v`: the person just before its auxiliary (the
/// subject) or just after the verb (inverted: "a déclaré Poutine"), else a capitalised name
/// opening the clause before the auxiliary ("Pékin avait annoncé", "La Maison Blanche a
/// affirmé"). A complement ("le préfet des Yvelines", "la visite de Li") is not the speaker.
fn stated_by(lang: &dyn Language, text: &str, s: &Sentence, v: usize) -> (Vec<SpeakerRef>, Option<String>) {
    let w = lang.events();
    let seg = s.seg.get(v).copied();
    let is_aux = |a: usize| {
        (w.past_auxiliaries.contains(&s.f(a)) || w.pluperfect_auxiliaries.contains(&s.f(a)))
            && !lang.is_accented_preposition(s.toks[a].text)
    };
    let Some(aux) = (v.saturating_sub(3)..v).find(|&a| is_aux(a)) else { return (vec![], None) };
    let acting = |p: &&super::analysis::Person| {
        s.seg.get(p.tok).copied() == seg
            && !p.aside
            && !(p.tok > 0 && lang.is_accented_preposition(s.toks[p.tok - 1].text))
    };
    // Only the persons near the verb, found by bisection: a sentence may never end.
    let near =
        &s.persons[s.persons.partition_point(|p| p.tok + 8 < aux)..s.persons.partition_point(|p| p.tok <= v + 3)];
    let subject = near.iter().filter(acting).filter(|p| p.tok < aux && p.tok + 8 >= aux).max_by_key(|p| p.tok);
    let inverted = || near.iter().filter(acting).find(|p| p.tok > v && p.tok <= v + 3);
    if let Some(p) = subject.or_else(inverted) {
        return (vec![p.who.clone()], None);
    }
    let capital = |k: usize| s.toks[k].text.chars().next().is_some_and(char::is_uppercase);
    let mut start = aux;
    while start > 0
        && capital(start - 1)
        && !w.definite_articles.contains(&s.f(start - 1))
        && s.seg.get(start - 1).copied() == seg
        && !s.gap(text, start).contains(',')
    {
        start -= 1;
    }
    let opens = start == 0 || w.definite_articles.contains(&s.f(start - 1)) || s.gap(text, start).contains(',');
    let plain = |k: usize| lang.is_pronoun(s.f(k)) || lang.is_determiner(s.f(k)) || lang.is_function_word(s.f(k));
    if start == aux || !opens || (start..aux).any(plain) {
        return (vec![], None);
    }
    let name = text.get(s.toks[start].start..s.toks[aux - 1].end).unwrap_or("");
    (vec![], Some(fold_whitespace(name)))
}

/// "de X", or "d'X" before a vowel ("Déclaration d'Enrique Peña Nieto").
pub fn of_name(w: &EventWords, name: &str) -> String {
    let vowel = name.chars().next().is_some_and(|c| "AEIOUYÀÂÉÈÊËÎÏÔÛÜaeiouyàâéèêëîïôûü".contains(c));
    match w.of_elided.filter(|_| vowel) {
        Some(e) => format!("{e}{name}"),
        None => format!("{} {name}", w.of),
    }
}

/// Context entries of every sentence, given the meeting date and what the meeting looks like.
pub fn context_events(
    lang: &dyn Language,
    text: &str,
    sents: &[Sentence],
    g: &Gazetteer,
    meeting: Option<&FuzzyDate>,
    reported: &Meeting,
    skip: Option<&std::ops::Range<usize>>,
) -> Vec<ContextEvent> {
    let w = lang.events();
    let (meeting_people, meeting_place) = (&reported.participants, reported.place.as_ref());
    let mut out: Vec<ContextEvent> = Vec::new();
    // (date, folded title) of the entries so far, to drop duplicates without rescanning.
    let mut titles: std::collections::HashSet<(FuzzyDate, String)> = std::collections::HashSet::new();
    for s in sents {
        for d in &s.dates {
            if compatible(&d.m.date, meeting) || d.m.approximate || skip.is_some_and(|r| r.contains(&d.m.span.start)) {
                continue;
            }
            if d.quoted {
                continue;
            }
            // Words said on another day than the reported event's are an event of their own
            // ("Déclaration de X"), unless an event noun is nearer the date ("a déclaré lors
            // d'un point de presse le 30 avril": the press point, where the words were said).
            let said = statement_verb(lang, s, d.tok);
            let noun = nearest_noun(w, s, d.tok);
            if let Some(v) = said.filter(|&v| noun.is_none_or(|(n, _)| v.abs_diff(d.tok) < n.abs_diff(d.tok))) {
                let (people, name) = stated_by(lang, text, s, v);
                if let Some(who) = people.first().map(|p| short_name(g, p)).or(name) {
                    let noun = if s.f(v).starts_with(w.announce_stem) { w.announce_title } else { w.statement_title };
                    let title = format!("{noun} {}", of_name(w, &who));
                    if titles.insert((d.m.date, crate::text::fold(&title))) {
                        out.push(ContextEvent {
                            date: d.m.date,
                            title,
                            place: None,
                            participants: people,
                            span: s.span.clone(),
                            statement: true,
                            kind: None,
                        });
                    }
                    continue;
                }
            }
            let Some((n, verb)) = noun else { continue };
            let seg = s.seg[d.tok];
            let people: Vec<SpeakerRef> = {
                let mut v: Vec<SpeakerRef> = Vec::new();
                // Not in a relative clause after both ("..., qui est sous Zhang").
                // (Only words within 10 of the noun or the date count, so look no further.)
                let reach = (n.max(d.tok) + 11).min(s.toks.len());
                let rel = (n.max(d.tok)..reach).find(|&k| lang.function_word(s.f(k)).relative).unwrap_or(usize::MAX);
                let near = |t: usize| (t.abs_diff(n) <= 10 || t.abs_diff(d.tok) <= 10) && t < rel;
                // Persons are in word order: only those within 10 words can be near.
                let lo = s.persons.partition_point(|p| p.tok + 10 < n.min(d.tok));
                let hi = s.persons.partition_point(|p| p.tok <= n.max(d.tok) + 10);
                for p in s.persons[lo..hi.max(lo)]
                    .iter()
                    .filter(|p| s.seg.get(p.tok) == Some(&seg) && !p.aside && near(p.tok))
                {
                    if !v.contains(&p.who) {
                        v.push(p.who.clone());
                    }
                }
                v
            };
            // Places are in word order: only those within 14 words can be in reach.
            let lo = s.places.partition_point(|p| p.tok + 14 < n.min(d.tok));
            let hi = s.places.partition_point(|p| p.tok <= n.max(d.tok) + 14);
            let place = s.places[lo..hi.max(lo)]
                .iter()
                .filter(|p| {
                    s.seg.get(p.tok) == Some(&seg) && {
                        let reach = if p.place.kind >= crate::corpus::read::knowledge::places::PlaceKind::City {
                            14
                        } else {
                            8
                        };
                        p.tok.abs_diff(n) <= reach || p.tok.abs_diff(d.tok) <= reach
                    }
                })
                .max_by_key(|p| (p.place.kind, std::cmp::Reverse(p.tok)))
                .map(|p| p.place.clone());
            // The meeting itself seen from another date (its announcement): not a new event.
            let same_people = !people.is_empty() && people.iter().all(|p| meeting_people.contains(p));
            let same_place = match (&place, meeting_place) {
                (Some(a), Some(b)) => {
                    a.name == b.name
                        || b.within.as_deref() == Some(a.name.as_str())
                        || a.within.as_deref() == Some(b.name.as_str())
                }
                (None, _) => true,
                _ => false,
            };
            if same_people && same_place && w.own_meeting_nouns.contains(&s.f(n)) {
                continue;
            }
            let f = s.f(n);
            let named = w.named_meeting_nouns.contains(&f) || verb == Some(w.met_title);
            let mut title = if named && people.len() >= 2 {
                let noun = verb.map(str::to_string).unwrap_or_else(|| capitalise(s.toks[n].text));
                let names: Vec<String> = people.iter().take(2).map(|p| short_name(g, p)).collect();
                format!("{} {}", noun, names.join(" – "))
            } else if let Some(v) = verb {
                match people.first() {
                    Some(p) => format!("{v} {}", of_name(w, &short_name(g, p))),
                    None => v.to_string(),
                }
            } else {
                noun_phrase(lang, text, s, n)
            };
            if let Some(p) = &place {
                if !crate::text::fold(&title).contains(&crate::text::fold(&p.name)) {
                    title = format!("{title} {}", p.at_phrase());
                }
            }
            let dup = !titles.insert((d.m.date, crate::text::fold(&title)));
            if !dup {
                out.push(ContextEvent {
                    date: d.m.date,
                    title,
                    place: place.map(|p| p.name),
                    participants: people,
                    span: s.span.clone(),
                    statement: said.is_some(),
                    kind: w.happening_kind(&crate::text::fold(verb.unwrap_or(f))),
                });
            }
        }
    }
    out
}
