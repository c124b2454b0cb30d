//! Who a noun phrase names, as a speaker: a gazetteer name written whole, a person or
//! institution the mention pass found in it, a surname or alias the article gave, a title held
//! at the article's date, a document's owner, a name the gazetteer does not know, or a
//! description the article gave someone earlier ("le général chinois").

use super::{Article, How, Mentioned, Scope, SentenceRecord};
use crate::corpus::read::attribution::tokens::Token;
use crate::corpus::read::knowledge::language::{self, word};
use crate::corpus::read::knowledge::Language;
use crate::corpus::read::mentions::{gap, is_stop_prep, is_tight, particles_before_name};
use crate::corpus::read::SpeakerRef;
use crate::gazetteer::{Gender, Target};
use crate::model::{fold_whitespace, FuzzyDate, SpeakerKind};
use crate::text::fold;
use std::ops::Range;

impl Article<'_> {
    pub(super) fn resolve_np(&mut self, text: &str, np: Range<usize>, ctx: &Scope) -> Option<(SpeakerRef, How)> {
        let s = &text[np.clone()];
        // The whole phrase, without its determiner, may be a gazetteer name written in
        // lowercase ("le ministère russe de la Défense").
        let toks = ctx.known().words_in(text, np.clone());
        let toks = &toks[..];
        if let Some(first) = toks.first() {
            let rest = if self.k.lang.is_determiner(&first.folded) {
                toks.get(1).map_or(np.end, |t| t.start)
            } else {
                np.start
            };
            if let Some(e) = self.g.lookup(&text[rest..np.end]) {
                return Some((SpeakerRef::Entry(e), How::Name));
            }
        }
        // "ce dernier", "celle-ci": the person named last.
        if let [a, b] = toks {
            if let Some(g) = self.k.lang.latest_anaphor([a.folded.as_str(), b.folded.as_str()]) {
                return self.latest_person(&g, np.start, ctx).map(|w| (w, How::Pronoun));
            }
        }
        // "précise la même source": the source the text gave last.
        if let [a, b, c] = toks {
            if self.k.lang.is_same_source([a.folded.as_str(), b.folded.as_str(), c.folded.as_str()]) {
                return self.last_source(text, np.start, ctx).map(|w| (w, How::Description));
            }
        }
        // Whom the mention pass found in the phrase: a person named in it first ("le président
        // russe Vladimir Poutine"), else the institution or group it names.
        let inside: Vec<&Mentioned> =
            ctx.mentions.iter().filter(|m| m.span.start >= np.start && m.span.end <= np.end).collect();
        // Not a complement ("des journalistes d'I-Télé", "de l'organisation").
        let head = |m: &&&Mentioned| {
            let k = ctx.toks.partition_point(|t| t.start < m.span.start);
            !(k > 0 && ctx.toks[k - 1].start >= np.start && complement(self.k.lang, ctx, k))
        };
        // "un conducteur de la région lyonnaise": the text does not say who.
        // ("un communiqué de X" is X's, a document being named by its owner.)
        let indefinite = toks.first().is_some_and(|t| self.k.lang.function_word(&t.folded).indefinite)
            && !toks.get(1).is_some_and(|t| self.k.lang.is_document_noun(&t.folded));
        // A title heads a person's description: "le chef de mission de MSF" is not MSF.
        // (So does an office named by its seat: "le locataire de l'Élysée" is not the Élysée.)
        let titled = toks.get(1).is_some_and(|t| {
            self.k.lang.function_word(&toks[0].folded).opens_phrase()
                && (self.k.lang.is_title_word(&t.folded) || {
                    let words: Vec<&str> = toks[1..toks.len().min(7)].iter().map(|t| t.folded.as_str()).collect();
                    self.k.lang.title_synonym(&words).is_some()
                })
        });
        // "l'ONG Amnesty International": the name after a bare noun of an institution.
        let generic = |m: &&&Mentioned| {
            let words = crate::text::tokens::within(ctx.toks, &m.span);
            matches!(words, [one] if self.k.lang.is_institution_noun(&one.folded))
        };
        // "une habituée du centre nautique Jean-Bron": after an indefinite head, a name in its
        // complement is not who speaks (one after a comma is: "un habitant, Jean Roy").
        let in_complement = |m: &&&Mentioned| indefinite && after_of(self.k.lang, &text[np.start..m.span.start]);
        let pick = inside
            .iter()
            .find(|m| self.is_person(&m.who) && head(m) && !in_complement(m))
            .or(inside.iter().find(|m| head(m) && !indefinite && !generic(m)))
            .or(inside.iter().find(|m| head(m) && !indefinite))
            .or(inside.first().filter(|_| !indefinite && !titled));
        if let Some(m) = pick {
            // "le journal", "le quotidien" that the article never named with that noun: the
            // outlet last quoted ("Pour L'Opinion, … que le journal estime …"), not a
            // speaker called "journal".
            if let (SpeakerRef::Collective(name, _), [det, noun]) = (&m.who, toks) {
                let unnamed = self.k.lang.function_word(&det.folded).opens_phrase()
                    && self.k.lang.is_outlet_noun(&noun.folded)
                    && fold(name) == noun.folded.as_str();
                if unnamed {
                    if let Some(w) = self.focus.iter().rev().find(|w| self.named_organisation(w)) {
                        return Some((w.clone(), How::Description));
                    }
                }
            }
            return Some((m.who.clone(), m.how));
        }
        let ms = self.g.mentions(s);
        let mut role_end = None;
        let mut role = None;
        let mut institution = None;
        for m in &ms {
            // "un responsable de l'administration de Barack Obama" is not Obama (an institution
            // may be: "un porte-parole du ministère" speaks for it).
            let before = crate::text::words(&s[..m.span.start]).last().map(|w| fold(w.text));
            let complement = before.as_deref().is_some_and(|w| is_of(self.k.lang, w));
            match m.target {
                Target::Name(e) if self.g.entries[e].kind == SpeakerKind::Person => {
                    if !complement {
                        return Some((SpeakerRef::Entry(e), How::Name));
                    }
                }
                Target::Name(e) => {
                    institution.get_or_insert(e);
                }
                Target::Role(e, r) => {
                    role_end = Some(np.start + m.span.end);
                    if role.is_none() && !before.as_deref().is_some_and(|w| self.k.lang.is_former(w)) {
                        role = self.g.holder(e, r, self.date.as_ref());
                    }
                }
            }
        }
        // (A name after "de" is a complement: "le porte-parole de Barack Obama" is not Obama.)
        // (Until a comma: "le porte-parole du ministère, Igor Konachenkov" is Konachenkov.)
        let mut complement = false;
        let mut prev_end = np.start;
        for t in toks {
            if text[prev_end.min(t.start)..t.start].contains(',') {
                complement = false;
            }
            prev_end = t.end;
            if !t.cap() {
                complement |= is_of(self.k.lang, &t.folded);
                continue;
            }
            if !complement && !self.k.lang.is_determiner(&t.folded) && !self.k.lang.is_honorific(&t.folded) {
                if let Some(w) = self.people.aliases.get(t.folded.as_str()).filter(|w| !titled || self.is_person(w)) {
                    return Some((w.clone(), How::Alias));
                }
            }
        }
        if let Some(e) = role {
            return Some((SpeakerRef::Entry(e), How::Role));
        }
        // "le secrétaire général de l'ONU" is a person holding a title there, not the ONU: the
        // person the article described so (below), else nobody it names.
        if let Some(e) = institution.filter(|_| !titled) {
            return Some((SpeakerRef::Entry(e), How::Name));
        }
        let first = toks.first()?;
        // "un communiqué du porte-parole": the holder of that title the article named.
        if let Some(w) = self.document_of_title(toks, ctx) {
            return Some((w, How::Description));
        }
        if let Some(owner) = document_owner(self.k.lang, text, toks) {
            return Some((self.institution_named(&text[owner]), How::Name));
        }
        if let Some(found) = self.document_author(text, np.clone(), toks, ctx) {
            return Some(found);
        }
        if self.k.lang.function_word(&first.folded).indefinite || self.k.lang.is_pronoun(&first.folded) {
            return None; // "un responsable russe": the text does not say who
        }
        // "le bureau de MSF à Beyrouth", "le siège de Solvane": the organisation it belongs to.
        if let Some(org) = organisation_of_branch(self.k.lang, text, toks) {
            let who = SpeakerRef::Collective(fold_whitespace(&text[org.clone()]), SpeakerKind::Institution);
            for t in crate::text::tokens::within(toks, &org).iter().filter(|t| t.cap()) {
                self.people.aliases.entry(t.folded.to_string()).or_insert_with(|| who.clone());
            }
            return Some((who, How::Name));
        }
        if let Some(name) = unknown_name(self.k.lang, text, toks, role_end.unwrap_or(np.start)) {
            if indefinite && after_of(self.k.lang, &text[np.start..name.start]) {
                return None; // "une habituée du centre nautique Jean-Bron"
            }
            let s = toks.partition_point(|t| t.start < name.start);
            // "a déclaré le Majorquin", "l'Espagnol", "La Bretonne a ajouté": one person,
            // described by where they come from: the one the article described so, else the
            // person in focus (a guess; at a sentence's start, only when there is one, as "Le
            // Parisien" there is a newspaper).
            let single =
                s > 0 && s + 1 == toks.len() && self.k.lang.function_word(&toks[s - 1].folded).singular_definite();
            if single && self.k.lang.is_demonym(&toks[s].folded) && self.k.places.country_of(&toks[s].folded).is_none()
            {
                if let Some(w) = self.by_demonym(&toks[s - 1], &toks[s], np.start, ctx) {
                    return Some(w);
                }
                if !toks[s - 1].cap() {
                    return None;
                }
            }
            // "L'Opinion", "Le Figaro": a capitalised article is part of a title's name, and a
            // person is not named so.
            let article = s > 0
                && matches!(toks[s - 1].text, "L" | "Le" | "La" | "Les")
                && is_tight(gap(text, toks, s, np.start));
            if article {
                let span = toks[s - 1].start..name.end;
                let who = SpeakerRef::Collective(fold_whitespace(&text[span]), SpeakerKind::Institution);
                return Some((who, How::Unknown));
            }
            // "l'Automobile club de Monaco", "le Vatican": one capitalised word after a lowercase
            // article names an organisation (a person's name takes no article), with its
            // complements up to their last capitalised word.
            if s > 0 && s + 1 == toks.partition_point(|t| t.start < name.end) {
                let det = &toks[s - 1];
                if self.k.lang.function_word(det.text).singular_definite() && is_tight(gap(text, toks, s, np.start)) {
                    let org = organisation_extent(self.k.lang, text, toks, s);
                    let who = SpeakerRef::Collective(fold_whitespace(&text[org]), SpeakerKind::Institution);
                    return Some((who, How::Unknown));
                }
            }
            if let Some(org) = organisation_name(self.k.lang, text, toks, name.clone()) {
                let who = SpeakerRef::Collective(fold_whitespace(&text[org.clone()]), SpeakerKind::Institution);
                for t in crate::text::tokens::within(toks, &org).iter().filter(|t| t.cap()) {
                    self.people.aliases.entry(t.folded.to_string()).or_insert_with(|| who.clone());
                }
                return Some((who, How::Unknown));
            }
            if let Some(e) = self.g.by_initials(&text[name.clone()]) {
                return Some((SpeakerRef::Entry(e), How::Alias));
            }
            let words = crate::text::tokens::within(toks, &name);
            let who = self.people.register_name(&fold_whitespace(&text[name.clone()]), name.start, words);
            return Some((who, How::Unknown));
        }
        // "le général chinois": the person last introduced with that description.
        if self.k.lang.function_word(&first.folded).opens_phrase() && toks.len() >= 2 {
            let key: Vec<&str> = toks[1..].iter().map(|t| t.folded.as_str()).collect();
            let described = |d: &&crate::corpus::read::mentions::Description| {
                d.at < np.start && d.words.len() >= key.len() && d.words.iter().zip(&key).all(|(a, b)| a == b)
            };
            // (Of several so described, "le ministre" is the one mentioned last: "X, le
            // ministre algérien, … avec le ministre français, Y. X a indiqué … a écrit le
            // ministre" is X.)
            if key.len() == 1 {
                let m_hi = ctx.mentions.partition_point(|m| m.span.end <= ctx.at.min(np.start));
                let last = ctx.mentions[..m_hi]
                    .iter()
                    .rev()
                    .map(|m| &m.who)
                    .chain(self.recent.iter().rev())
                    .find(|w| self.people.descriptions.iter().filter(described).any(|d| &d.who == *w));
                if let Some(w) = last {
                    return Some((w.clone(), How::Description));
                }
            }
            if let Some(d) = self.people.descriptions.iter().rev().find(described) {
                return Some((d.who.clone(), How::Description));
            }
            // "le Premier ministre", "le chef du gouvernement": the person last described with
            // those title words (or their usual synonym), nationality agreeing.
            if let Some(w) = self.by_title_words(&key, np.start) {
                return Some((w, How::Description));
            }
            // "l'ancien président russe": someone the article named who held that title
            // before its date (the gazetteer's knowledge).
            if self.k.lang.is_former(&toks[1].folded) && toks.len() >= 3 {
                let key: Vec<&str> = toks[2..].iter().map(|t| t.folded.as_str()).collect();
                if let Some(w) = self.former_holder(&key, ctx) {
                    return Some((w, How::Role));
                }
            }
            // "a assuré le ministre", "la Première ministre": a bare head noun (and at most one
            // adjective).
            if toks.len() <= 3 && toks[1..].iter().all(|t| !t.cap() || self.k.lang.is_title_word(&t.folded)) {
                let pron = self.k.lang.title_gender(&first.folded);
                let nat = toks[2..].iter().find_map(|t| self.k.lang.nationality(&t.folded));
                if let Some(w) = self.by_head_noun(toks[1].folded.as_str(), pron, nat, ctx) {
                    return Some((w, How::Description));
                }
            }
            // (A bare description, "le président congolais": a specific office, "le secrétaire
            // général du syndicat", may be held by someone the text has not named.)
            // (A compound title is bare too: "le chef de cabinet", "le directeur de campagne",
            // a noun without article or capital after "de".)
            let lang = self.k.lang;
            // (A country after "de" says a nationality: "le premier ministre du Canada".)
            let (end, country) = self.country_complement(text, toks).map_or((toks.len(), None), |(i, n)| (i, Some(n)));
            let bare = (2..end).all(|i| {
                let fw = lang.function_word(&toks[i].folded);
                let compound = !fw.definite
                    && !fw.indefinite
                    && toks.get(i + 1).is_some_and(|n| !n.cap() && !lang.is_determiner(&n.folded));
                !fw.of || compound
            });
            if bare && self.k.lang.is_title_word(&toks[1].folded) {
                let pron = self.k.lang.title_gender(&first.folded);
                let nat = country.or_else(|| toks[2..].iter().find_map(|t| self.k.lang.nationality(&t.folded)));
                if let Some(w) = self.just_named(pron, nat) {
                    return Some((w, How::Anaphor));
                }
            }
        }
        // "le Premier ministre", no nationality said, nobody the article described so, in an
        // article from Paris: the French one (a guess).
        if !titled_by_name(self.k.lang, toks) {
            let words: Vec<&str> = toks.iter().map(|t| t.folded.as_str()).collect();
            if let Some(w) = self.home_holder(&words) {
                return Some((w, How::Anaphor));
            }
        }
        None
    }

    /// The person a document is given to by a bare title ("un communiqué du porte-parole", "la
    /// lettre de la ministre"): the one the article described with that head noun.
    fn document_of_title(&self, toks: &[Token], ctx: &Scope) -> Option<SpeakerRef> {
        let lang = self.k.lang;
        let [det, doc, of, rest @ ..] = toks else { return None };
        if !lang.function_word(&det.folded).article() || !lang.is_document_noun(&doc.folded) {
            return None;
        }
        let fw = lang.function_word(&of.folded);
        let title = match rest {
            [a, title @ ..] if fw.bare_of() && lang.function_word(&a.folded).singular_definite() => title,
            title if fw.of && fw.definite && !fw.plural => title,
            _ => return None,
        };
        let head = title.first()?;
        if title.iter().any(|t| t.cap() || !lang.is_title_word(&t.folded)) {
            return None;
        }
        self.by_head_noun(&head.folded, None, None, ctx)
    }

    /// "le communiqué publié par le groupe", "la lettre" (its owner not named in it): a document
    /// speaks for its author, the agent after its participle, else whom the article gave it to
    /// before.
    fn document_author(
        &mut self,
        text: &str,
        np: Range<usize>,
        toks: &[Token],
        ctx: &Scope,
    ) -> Option<(SpeakerRef, How)> {
        let lang = self.k.lang;
        let [det, noun, ..] = toks else { return None };
        // "« … », indique un communiqué." right after "…, a fait savoir le ministère": a
        // document no one is given, the institution the sentence before quoted (a guess).
        let fw = lang.function_word(&det.folded);
        if fw.indefinite && !fw.plural && toks.len() == 2 && lang.is_document_noun(&noun.folded) {
            return self.recent_organisation(np.start, 1).map(|w| (w, How::Anaphor));
        }
        // (Someone's words too, given their author: "les mots choisis par le général".)
        if !lang.is_definite_article(&det.folded) || !lang.is_words_noun(&noun.folded) {
            return None;
        }
        // ("publié par X" may be inside the phrase or right after it.)
        let n0 = ctx.toks.partition_point(|t| t.start < noun.end);
        let by = (n0 + 1..(n0 + 4).min(ctx.toks.len())).find(|&j| {
            lang.is_agent_preposition(&ctx.toks[j].folded) && lang.may_be_participle(&ctx.toks[j - 1].folded)
        });
        let agent = by.and_then(|j| match ctx.toks.get(j + 1) {
            Some(t) if t.start < np.end => Some(t.start..np.end),
            _ => super::super::incise::noun_phrase(lang, text, ctx.toks, j + 1),
        });
        if let Some(by) = agent.filter(|by| by.start < ctx.sentence.end) {
            return self.resolve_np(text, by, ctx);
        }
        if !lang.is_document_noun(&noun.folded) {
            return None;
        }
        // "le communiqué publié sur le site de la diplomatie russe": the site's owner.
        let on = (n0 + 1..(n0 + 4).min(ctx.toks.len())).find(|&j| {
            lang.function_word(&ctx.toks[j].folded).medium && lang.may_be_participle(&ctx.toks[j - 1].folded)
        });
        if let Some(owner) = on.and_then(|j| document_owner(lang, text, &ctx.toks[j + 1..])) {
            return Some((self.institution_named(&text[owner]), How::Name));
        }
        if let Some((_, w)) = self.documents.iter().rev().find(|(n, _)| n.as_str() == noun.folded.as_str()) {
            return Some((w.clone(), How::Description));
        }
        // "Selon le communiqué final, « … »" after a sentence about a summit of the CEDEAO: the
        // organisation the text named last (a guess).
        self.recent_organisation(np.start, 2).map(|w| (w, How::Anaphor))
    }

    /// The organisation the last `sentences` sentences before byte `at` named (their subject,
    /// which may be a group, first, then the others).
    fn recent_organisation(&self, at: usize, sentences: usize) -> Option<SpeakerRef> {
        // (A country a sentence names besides its subject is seldom who publishes: "le danger
        // que représente la Russie".)
        let country = |w: &SpeakerRef| match w {
            SpeakerRef::Entry(e) => self.k.places.country_of(&self.g.entries[*e].name).is_some(),
            _ => false,
        };
        let recent = || self.history.iter().rev().take(sentences).filter(|r| r.end <= at);
        let organisation = recent()
            .flat_map(|r| r.subject.iter().chain(r.others.iter().filter(|w| self.is_organisation(w) && !country(w))))
            .find(|w| self.is_organisation(w));
        // Else a group that was a sentence's subject: "Les chefs d'État ont affirmé …".
        let group = || {
            recent()
                .filter_map(|r| r.subject.as_ref())
                .find(|w| matches!(w, SpeakerRef::Collective(_, SpeakerKind::Group)))
        };
        organisation.or_else(group).cloned()
    }

    /// The person a name of inhabitants after its article stands for: the one the article
    /// described with that nationality, else the person a pronoun of its gender would be.
    fn by_demonym(&self, det: &Token, word: &Token, at: usize, ctx: &Scope) -> Option<(SpeakerRef, How)> {
        let lang = self.k.lang;
        let described = lang.nationality(&word.folded).and_then(|n| {
            self.people.descriptions.iter().rev().filter(|d| d.at < at).find_map(|d| {
                (d.words.iter().any(|w| lang.nationality(w) == Some(n)) && self.is_person(&d.who))
                    .then(|| d.who.clone())
            })
        });
        if let Some(w) = described {
            return Some((w, How::Description));
        }
        let feminine = [&det.folded, &word.folded].iter().any(|w| lang.title_gender(w) == Some(Gender::F));
        let g = if feminine { Gender::F } else { Gender::M };
        self.by_gender(g, ctx).map(|(w, _)| (w, How::Anaphor))
    }

    /// The holder at the article's date of a definite title without nationality ("le
    /// Premier ministre", folded words with their article) in the country the article is
    /// written from.
    pub(super) fn home_holder(&self, words: &[&str]) -> Option<SpeakerRef> {
        let (home, date) = (self.home?, self.date.as_ref()?);
        let (first, title) = words.split_first()?;
        if !self.k.lang.function_word(first).singular_definite()
            || title.is_empty()
            || title.iter().any(|w| self.k.lang.nationality(w).is_some())
        {
            return None;
        }
        // The adjective agrees with the title: "la Première ministre française".
        self.k
            .lang
            .agreement_endings()
            .iter()
            .map(|ending| format!("{home}{ending}"))
            .filter(|form| self.k.lang.nationality(form) == Some(home))
            .find_map(|form| self.g.role_holder(&format!("{} {form}", title.join(" ")), date))
            .map(SpeakerRef::Entry)
    }

    /// The source the text gave last before byte `at`: a document of its owner earlier in the
    /// sentence ("Selon un communiqué du ministère, …"), else the last document read.
    fn last_source(&self, text: &str, at: usize, ctx: &Scope) -> Option<SpeakerRef> {
        let toks = crate::text::tokens::within(ctx.toks, &(ctx.sentence.start..at));
        let here = (1..toks.len()).rev().find_map(|j| self.document_owner_at(text, toks, j));
        here.or_else(|| self.documents.last().map(|(_, w)| w.clone()))
    }

    /// Where a phrase ends in "de" and a country ("le premier ministre du Canada"): the index
    /// of that "de", and the country's nationality.
    fn country_complement(&self, text: &str, toks: &[Token]) -> Option<(usize, &'static str)> {
        let lang = self.k.lang;
        let i = (2..toks.len()).rev().find(|&i| lang.function_word(&toks[i].folded).of)?;
        let mut j = i + 1;
        if toks.get(j).is_some_and(|t| lang.function_word(&t.folded).definite_alone()) {
            j += 1;
        }
        let name = text.get(toks.get(j)?.start..toks.last()?.end)?;
        let country = self.k.places.country_of(name)?;
        let own = crate::text::fold(country) == crate::text::fold(name);
        own.then(|| lang.nationality_of_country(&crate::text::fold(country))).flatten().map(|n| (i, n))
    }

    /// The person last mentioned (in this paragraph before the quote, else in earlier ones)
    /// whom the gazetteer gives the title `key` (folded words: "président russe") only before
    /// the article's date.
    fn former_holder(&self, key: &[&str], ctx: &Scope) -> Option<SpeakerRef> {
        let date = self.date.as_ref()?;
        let m_hi = ctx.mentions.partition_point(|m| m.span.end <= ctx.at);
        let here = ctx.mentions[..m_hi].iter().rev().map(|m| &m.who);
        let same = |t: &String| {
            let words: Vec<String> = crate::text::words(t).map(|x| fold(x.text)).collect();
            words.len() == key.len() && words.iter().zip(key).all(|(a, b)| a == b)
        };
        // (Not who holds it again at the date: Vladimir Poutine in 2024.)
        let held_before = |e: usize| {
            let roles = || self.g.entries[e].roles.iter().filter(|r| same(&r.title) || r.aliases.iter().any(same));
            roles().any(|r| r.until.as_deref().and_then(FuzzyDate::parse_iso).is_some_and(|u| u.end() < date.start))
                && !roles().any(|r| crate::model::role_covers(r, date))
        };
        here.chain(self.recent.iter().rev()).find(|w| matches!(w, SpeakerRef::Entry(e) if held_before(*e))).cloned()
    }

    /// The person the last two sentences had for subject, named (not a pronoun's guess), whom
    /// a title no one holds may describe: of the pronoun's gender, and never described with
    /// another nationality; a gazetteer person is not (their titles are known, and
    /// `by_head_noun` found none agreeing).
    pub(super) fn just_named(&self, gender: Option<Gender>, nat: Option<&str>) -> Option<SpeakerRef> {
        let other_nationality = |w: &SpeakerRef| {
            nat.is_some_and(|n| {
                self.people
                    .descriptions
                    .iter()
                    .filter(|d| &d.who == w)
                    .any(|d| d.words.iter().filter_map(|x| self.k.lang.nationality(x)).any(|x| x != n))
            })
        };
        // (Its subject, or whom a sentence without one named: "La réplique de X n'a pas tardé.")
        fn named<'r>(art: &Article, r: &'r SentenceRecord) -> Option<&'r SpeakerRef> {
            r.subject.as_ref().or_else(|| r.others.iter().find(|w| art.is_person(w)))
        }
        // (The last one named only: not someone from before them.)
        self.history
            .iter()
            .rev()
            .take(2)
            .find_map(|r| named(self, r))
            .filter(|w| {
                matches!(w, SpeakerRef::Name(_))
                    && self.is_person(w)
                    && self.gender_ok(w, gender)
                    && !other_nationality(w)
            })
            .cloned()
    }
}

/// "de" and its forms (folded): what opens a noun's complement ("le porte-parole de X").
pub(super) fn is_of(lang: &dyn Language, w: &str) -> bool {
    lang.function_word(w).of
}

/// Whether the words of a phrase before a name (`lead`) put it in a complement: a "de" since
/// the last comma ("une habituée du centre nautique X", not "un habitant, X").
fn after_of(lang: &dyn Language, lead: &str) -> bool {
    let after_comma = lead.rfind(',').map_or(lead, |c| &lead[c..]);
    crate::text::words(after_comma).any(|w| is_of(lang, &fold(w.text)))
}

/// Whether a title phrase holds a capitalised word other than a title's ("le ministre Paul
/// Roy"): it names its holder, no guess needed.
fn titled_by_name(lang: &dyn Language, toks: &[Token]) -> bool {
    toks.iter().skip(1).any(|t| t.cap() && t.text.chars().count() > 1 && !lang.is_rank_word(&t.folded))
}

/// When the capitalised name `name` (a span of `toks`) has an organisation's shape, its span
/// with the lowercase words that end such names ("Reporters sans frontières"): it holds an
/// organisation word ("Amnesty International", "Human Rights Watch"), or is one acronym
/// ("BTK"). None for a person's name.
fn organisation_name(lang: &dyn Language, text: &str, toks: &[Token], name: Range<usize>) -> Option<Range<usize>> {
    let a = toks.partition_point(|t| t.start < name.start);
    let b = toks.partition_point(|t| t.start < name.end);
    let words = &toks[a..b];
    let mut end = name.end;
    let mut tail = 0;
    if let (Some(x), Some(y)) = (toks.get(b), toks.get(b + 1)) {
        let from = toks[0].start;
        if is_tight(gap(text, toks, b, from)) && is_tight(gap(text, toks, b + 1, from)) {
            tail = lang.organisation_tail([x.folded.as_str(), y.folded.as_str()]);
        }
    }
    if tail > 0 {
        end = toks[b + tail - 1].end;
    }
    let acronym = |t: &Token| {
        let n = t.text.chars().count();
        (2..=6).contains(&n) && t.text.chars().all(|c| c.is_uppercase()) && !lang.is_title_word(&t.folded)
    };
    let org = tail > 0
        || words.iter().any(|t| lang.is_organisation_word(&t.folded))
        || matches!(words, [one] if acronym(one));
    org.then_some(name.start..end)
}

/// Whether the mention at word `m` is the complement of a preposition ("du général chinois
/// Zhang Youxia", "à Washington"), looking back over its title and determiner.
pub(super) fn complement(lang: &dyn Language, ctx: &Scope, m: usize) -> bool {
    let mut j = m;
    while j > 0 && m - j < 6 && is_tight(gap(ctx.text, ctx.toks, j, ctx.toks[0].start)) {
        let p = &ctx.toks[j - 1];
        if is_stop_prep(lang, p) || lang.function_word(&p.folded).of && !p.cap() {
            return true;
        }
        if !(lang.is_title_word(&p.folded) && !p.cap()
            || lang.nationality(&p.folded).is_some()
            || lang.function_word(&p.folded).opens_phrase())
        {
            return false;
        }
        j -= 1;
    }
    false
}

/// The words of a title that say who holds it (titles, nationalities, names), synonyms
/// written as the usual title ("chef du gouvernement" → "premier ministre").
pub(super) fn title_content<'w>(lang: &dyn Language, words: &[&'w str]) -> Vec<&'w str> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if let Some((n, to)) = lang.title_synonym(&words[i..]) {
            out.extend_from_slice(to);
            i += n;
            continue;
        }
        let w = words[i];
        if !lang.is_function_word(w) && !lang.is_determiner(w) {
            out.push(w);
        }
        i += 1;
    }
    out
}

/// "le bureau de MSF à Beyrouth", "le siège de la Solvane": a determiner, a noun of an
/// organisation or of one of its parts, maybe adjectives, then "de" and a capitalised name:
/// the span of that name.
fn organisation_of_branch(lang: &dyn Language, text: &str, toks: &[Token]) -> Option<Range<usize>> {
    let [det, head, ..] = toks else { return None };
    if !lang.is_determiner(&det.folded) || head.cap() {
        return None;
    }
    if !(lang.is_branch_noun(&head.folded) || lang.is_institution_noun(&head.folded)) {
        return None;
    }
    let from = toks[0].start;
    let mut i = 2;
    // Adjectives ("régional", "local"), at most two.
    while i < toks.len() && i < 4 && !toks[i].cap() && !lang.function_word(&toks[i].folded).of_singular() {
        if lang.is_function_word(&toks[i].folded) {
            return None;
        }
        i += 1;
    }
    if !toks.get(i).is_some_and(|t| lang.function_word(&t.folded).of_singular()) {
        return None;
    }
    i += 1;
    if toks.get(i).is_some_and(|t| lang.function_word(&t.folded).definite_alone()) {
        i += 1;
    }
    let t = toks.get(i).filter(|t| t.cap() && !lang.is_function_word(&t.folded))?;
    if !is_tight(gap(text, toks, i, from)) {
        return None;
    }
    let end = name_end(lang, text, toks, i, |_| true);
    Some(t.start..toks[end].end)
}

/// "un communiqué de la Fédération française de football", "le site du studio Pixar", "la page
/// Twitter officielle de Pixar": a determiner, a noun of a document, a few describing words,
/// "de" and a capitalised name (after at most two lowercase words: "studio"): the span of the
/// name, whose words those are.
pub fn document_owner(lang: &dyn Language, text: &str, toks: &[Token]) -> Option<Range<usize>> {
    let [det, head, ..] = toks else { return None };
    if !lang.is_determiner(&det.folded) || head.cap() || !lang.is_document_noun(&head.folded) {
        return None;
    }
    let from = det.start;
    let tight = |i: usize| is_tight(gap(text, toks, i, from));
    let mut i = 2;
    while i < toks.len() && i < 5 && tight(i) && !lang.function_word(&toks[i].folded).of_singular() {
        if lang.is_function_word(&toks[i].folded) {
            return None;
        }
        i += 1;
    }
    if !toks.get(i).is_some_and(|t| lang.function_word(&t.folded).of_singular()) || !tight(i) {
        return None;
    }
    i += 1;
    if toks.get(i).is_some_and(|t| lang.function_word(&t.folded).definite_alone()) {
        i += 1;
    }
    // "le communiqué du ministère de l'Intérieur", "un rapport de la préfecture": an
    // institution named by its noun, with its complement up to a capitalised name.
    if let Some(t) = toks.get(i).filter(|t| !t.cap() && lang.is_institution_noun(&t.folded) && tight(i)) {
        let mut end = i;
        // ("la diplomatie russe", "le ministère russe de la Défense".)
        while toks.get(end + 1).is_some_and(|w| !w.cap() && lang.nationality(&w.folded).is_some()) && tight(end + 1) {
            end += 1;
        }
        let mut j = end + 1;
        while toks.get(j).is_some_and(|w| is_of(lang, &w.folded)) && tight(j) {
            let k = j + usize::from(toks.get(j + 1).is_some_and(|w| lang.function_word(&w.folded).singular_definite()));
            match toks.get(k + 1).filter(|w| w.cap() && !lang.is_function_word(&w.folded) && tight(k + 1)) {
                Some(_) => {
                    end = name_end(lang, text, toks, k + 1, |_| true);
                    // ("du ministère des Affaires étrangères": an adjective of the name.)
                    while end + 1 < toks.len() && end + 1 < j.max(k + 1) + 4 && tight(end + 1) && {
                        let w = &toks[end + 1];
                        !w.cap() && (lang.nationality(&w.folded).is_some() || lang.is_name_adjective(&w.folded))
                    } {
                        end += 1;
                    }
                    j = end + 1;
                }
                None => break,
            }
        }
        return Some(t.start..toks[end].end);
    }
    let mut nouns = 0;
    while nouns < 2 && toks.get(i).is_some_and(|t| !t.cap() && !lang.is_function_word(&t.folded)) {
        i += 1;
        nouns += 1;
    }
    let t = toks.get(i).filter(|t| t.cap() && !lang.is_function_word(&t.folded) && tight(i))?;
    let end = name_end(lang, text, toks, i, |_| true);
    Some(t.start..toks[end].end)
}

/// The name of an organisation starting with the capitalised word `toks[s]`: on over
/// lowercase words and "de" to the last capitalised word that follows ("Automobile club de
/// Monaco"), else the word alone.
fn organisation_extent(lang: &dyn Language, text: &str, toks: &[Token], s: usize) -> Range<usize> {
    let mut end = s;
    let mut j = s + 1;
    while j < toks.len() && j < s + 8 && is_tight(gap(text, toks, j, toks[0].start)) {
        let t = &toks[j];
        let joiner = lang.function_word(&t.folded).of || lang.function_word(&t.folded).definite_alone();
        if t.cap() && !lang.is_function_word(&t.folded) {
            end = j;
        } else if t.cap()
            || lang.is_reporting_verb(&t.folded)
            || lang.is_auxiliary(&t.folded)
            || !joiner && lang.is_function_word(&t.folded)
        {
            break;
        }
        j += 1;
    }
    toks[s].start..toks[end].end
}

/// The last run of capitalized words (with name particles) in `toks` after `from` that is not
/// the complement of a preposition: "le porte-parole Jean Dupont" → "Jean Dupont".
fn unknown_name(lang: &dyn Language, text: &str, toks: &[Token], from: usize) -> Option<Range<usize>> {
    let mut best = None;
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        // "Mme von der Leyen": after an honorific, a name may start with its particles.
        let particle_start = i > 0
            && language::is(lang, &toks[i - 1], word::HONORIFIC)
            && particles_before_name(lang, text, toks, i).is_some();
        let skip = t.start < from
            || !(t.cap() || particle_start)
            || lang.is_function_word(&t.folded) && !particle_start
            || lang.is_honorific(&t.folded)
            // "le Premier ministre", "le Président": a title written with a capital.
            || lang.is_title_word(&t.folded)
            // "le 18 avril": a date.
            || t.text.starts_with(|c: char| c.is_ascii_digit())
            || lang.function_word(&t.folded).according;
        if skip {
            i += 1;
            continue;
        }
        let start = i;
        let end = name_end(lang, text, toks, i, |_| true);
        let after_prep = start > 0 && {
            let p = &toks[start - 1];
            is_stop_prep(lang, p)
                || lang.function_word(&p.folded).bare_of()
                || (lang.function_word(&p.folded).opens_phrase()
                    && start >= 2
                    && (is_stop_prep(lang, &toks[start - 2]) || lang.function_word(&toks[start - 2].folded).bare_of()))
        };
        if !after_prep {
            best = Some(toks[start].start..toks[end].end);
        }
        i = end + 1;
    }
    best
}

/// The last token of the name starting at token `start`: capitalized words, tightly joined,
/// with name particles between them ("Ursula von der Leyen"), while `allowed(j)` holds.
fn name_end(lang: &dyn Language, text: &str, toks: &[Token], start: usize, allowed: impl Fn(usize) -> bool) -> usize {
    let mut end = start;
    let mut j = start + 1;
    while j < toks.len() && allowed(j) {
        // ("F. Hollande", "J.-M. Ayrault": an initial's dot joins.)
        let g = gap(text, toks, j, toks[0].start);
        let initial = toks[j - 1].text.chars().count() == 1 && matches!(g.trim(), "." | ".-");
        if !is_tight(g) && !initial {
            break;
        }
        if toks[j].cap() {
            end = j;
            j += 1;
        } else if let Some(n) = particles_before_name(lang, text, toks, j) {
            j += n;
        } else {
            break;
        }
    }
    end
}
