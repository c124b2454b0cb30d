//! The French date reader: the date expressions that start at a word ("8 novembre", "le 16
//! avril 2023", "ce vendredi", "en février 2022", "au printemps", "la semaine prochaine",
//! "il y a deux ans", "hier", "la veille"), read against a reference day and an anchor (see
//! `crate::corpus::read::dates` for the reading rules).

use super::calendar as lexicon;
use super::calendar::Unit;
use crate::corpus::read::dates::{is_year, week_of, ymd, DateKind, DateMention};
use crate::model::FuzzyDate;
use crate::text::Token;
use chrono::{Datelike, Duration, Months, NaiveDate};
use std::ops::Range;

/// The date expression starting at word `i` of `toks`: the word after it, and the mention.
pub fn date_at(
    text: &str,
    toks: &[Token],
    i: usize,
    reference: Option<NaiveDate>,
    anchor: Option<NaiveDate>,
) -> Option<(usize, DateMention)> {
    Scanner { text, toks, reference, anchor }.at(i)
}

struct Scanner<'a, 't> {
    text: &'a str,
    toks: &'t [Token<'a>],
    reference: Option<NaiveDate>,
    anchor: Option<NaiveDate>,
}

fn shift(d: NaiveDate, unit: Unit, n: i64) -> Option<FuzzyDate> {
    Some(match unit {
        Unit::Day => FuzzyDate::day(d.checked_add_signed(Duration::try_days(n)?)?),
        Unit::Week => week_of(d.checked_add_signed(Duration::try_weeks(n)?)?),
        Unit::Month => {
            let m = Months::new(n.unsigned_abs().min(12_000) as u32);
            let x = if n >= 0 { d.checked_add_months(m)? } else { d.checked_sub_months(m)? };
            FuzzyDate::month(x.year(), x.month())?
        }
        Unit::Year => FuzzyDate::year(d.year().checked_add(i32::try_from(n).ok()?)?)?,
    })
}

impl<'a> Scanner<'a, '_> {
    fn f(&self, i: usize) -> &str {
        self.toks.get(i).map(|t| t.folded.as_str()).unwrap_or("")
    }
    /// Text between word i-1 and word i.
    fn gap(&self, i: usize) -> &'a str {
        if i == 0 || i >= self.toks.len() {
            return "";
        }
        self.text.get(self.toks[i - 1].end..self.toks[i].start).unwrap_or("")
    }
    /// Words i..j are one phrase: only spaces, apostrophes or hyphens between them.
    fn tight(&self, i: usize, j: usize) -> bool {
        j <= self.toks.len() && (i + 1..j).all(|k| self.gap(k).chars().all(|c| c.is_whitespace() || "'’-‑".contains(c)))
    }
    fn lower(&self, i: usize) -> bool {
        self.toks.get(i).and_then(|t| t.text.chars().next()).is_some_and(|c| c.is_lowercase())
    }
    fn span(&self, i: usize, j: usize) -> Range<usize> {
        self.toks[i].start..self.toks[j - 1].end
    }
    fn mention(&self, i: usize, j: usize, date: FuzzyDate, kind: DateKind) -> Option<(usize, DateMention)> {
        Some((j, DateMention { span: self.span(i, j), date, kind, anchored: false, approximate: false }))
    }

    /// Word k is a word of intent or planning ([`super::future_word`]).
    fn future_word(&self, k: usize) -> bool {
        super::future_word([if k > 0 { self.f(k - 1) } else { "" }, self.f(k)])
    }

    /// The clause around word i speaks of the future.
    fn future(&self, i: usize) -> bool {
        // The clause around the word: a few words either side within its sentence.
        let (lo, hi) = self.sentence_near(i, 6, 7);
        (lo..hi).any(|k| {
            let f = self.f(k);
            self.future_word(k) || (self.lower(k) && is_future_tense(f))
        })
    }

    /// Word k may be a past participle ("approuvée", "signé", "dit", "venu").
    fn participle(&self, k: usize) -> bool {
        let f = self.f(k);
        self.lower(k)
            && f.len() > 3
            && ["e", "es", "ee", "ees", "i", "is", "it", "u", "us"].iter().any(|e| f.ends_with(e))
    }

    /// The verb group before word i (within its sentence) tells of the past: a compound past
    /// or a pluperfect ("a été approuvée le 28 mars", "avait signé le 3 mai"), with no future
    /// between.
    fn past(&self, i: usize) -> bool {
        let (lo, _) = self.sentence_near(i, 8, 1);
        let participle = |k: usize| self.participle(k);
        (lo..i).rev().any(|k| {
            let f = self.f(k);
            ["a", "ont", "avait", "avaient", "est", "sont", "etait", "etaient"].contains(&f)
                && self.toks[k].text != "à"
                && (participle(k + 1) || (self.f(k + 1) == "ete" && participle(k + 2)))
        }) && !(lo..i).any(|k| self.future_word(k) || (self.lower(k) && is_future_tense(self.f(k))))
    }

    /// The nearest verb group before word i is a compound past or a pluperfect ("augmenteront
    /// de 3 %, a annoncé lundi le ministère": "lundi" is the announcement's, past), with no
    /// future between it and the word.
    fn nearest_past(&self, i: usize) -> bool {
        let (lo, _) = self.sentence_near(i, 8, 1);
        let participle = |k: usize| self.participle(k);
        for k in (lo..i).rev() {
            let f = self.f(k);
            if self.future_word(k) || (self.lower(k) && is_future_tense(f)) {
                return false;
            }
            if ["a", "ont", "avait", "avaient", "est", "sont", "etait", "etaient"].contains(&f)
                && self.toks[k].text != "à"
                && (participle(k + 1) || (self.f(k + 1) == "ete" && participle(k + 2)))
            {
                return true;
            }
        }
        false
    }

    /// A sentence ends before word k.
    fn ends_before(&self, k: usize) -> bool {
        let g = self.gap(k);
        g.contains(['.', '!', '?', ';', '\n'])
            && !(k > 0 && self.toks[k - 1].text.chars().count() == 1 && g.starts_with('.'))
    }

    /// The words of the sentence holding word i, at most `back` before it and `ahead` from it:
    /// (first, end). Bounded, so that a text without sentence ends costs the same per word.
    fn sentence_near(&self, i: usize, back: usize, ahead: usize) -> (usize, usize) {
        let mut lo = i;
        while lo > i.saturating_sub(back) && !self.ends_before(lo) {
            lo -= 1;
        }
        let mut hi = i + 1;
        while hi < self.toks.len().min(i + ahead) && !self.ends_before(hi) {
            hi += 1;
        }
        (lo, hi)
    }

    /// Whether word i starts its sentence.
    fn starts_sentence(&self, i: usize) -> bool {
        i == 0 || self.ends_before(i)
    }

    /// Try every form at word i; return the word after the match and the mention.
    fn at(&self, i: usize) -> Option<(usize, DateMention)> {
        // Most words start no date: one test instead of every form's.
        if !lexicon::may_start(self.f(i)) {
            return None;
        }
        self.night(i)
            .or_else(|| self.day_month(i))
            .or_else(|| self.month_year(i))
            .or_else(|| self.season(i))
            .or_else(|| self.year_alone(i))
            .or_else(|| self.relative(i))
            .or_else(|| self.weekday_alone(i))
            .or_else(|| self.holiday(i))
            .or_else(|| self.day_of_this_month(i))
    }

    /// "le 12 au soir", "le 3 au matin": a day of the month told without its month, the last
    /// such day on or before the reference.
    fn day_of_this_month(&self, i: usize) -> Option<(usize, DateMention)> {
        let day = day_number(self.f(i))?;
        if i == 0 || self.f(i - 1) != "le" || self.f(i + 1) != "au" || !["soir", "matin"].contains(&self.f(i + 2)) {
            return None;
        }
        if !self.tight(i - 1, i + 3) {
            return None;
        }
        let r = self.reference?;
        let this = ymd(r.year(), r.month(), day).filter(|d| *d <= r);
        let date = this.or_else(|| {
            let prev = r.with_day(1)?.pred_opt()?;
            ymd(prev.year(), prev.month(), day)
        })?;
        self.mention(i, i + 3, FuzzyDate::day(date), DateKind::Relative)
    }

    /// "à Noël", "la nuit de Noël", "le Nouvel An", "la Saint-Sylvestre", "le réveillon de
    /// Noël" (its eve): the feast's day nearest the reference.
    fn holiday(&self, i: usize) -> Option<(usize, DateMention)> {
        let &(_, second, month, day, eve) = lexicon::HOLIDAYS
            .iter()
            .find(|h| h.0 == self.f(i) && (h.1.is_empty() || (self.f(i + 1) == h.1 && self.tight(i, i + 2))))?;
        let end = if second.is_empty() { i + 1 } else { i + 2 };
        let (p1, p2) = (if i > 0 { self.f(i - 1) } else { "" }, if i > 1 { self.f(i - 2) } else { "" });
        let part = ["de", "du", "d"].contains(&p1) && lexicon::HOLIDAY_PARTS.contains(&p2);
        let ok = match self.f(i) {
            // "à Noël", "le jour de Noël" — not "le marché de Noël", "le père Noël".
            "noel" => part || (i > 0 && self.toks[i - 1].text == "à"),
            "nouvel" => (part || ["le", "au", "du"].contains(&p1)) && !lexicon::OTHER_NEW_YEARS.contains(&self.f(end)),
            _ => part || p1 == "la",
        };
        if !ok || !self.tight(i.saturating_sub(if part { 2 } else { 1 }), i + 1) {
            return None;
        }
        let r = self.reference?;
        let mut date =
            (-1..=1).filter_map(|k| ymd(r.year() + k, month, day)).min_by_key(|d| (*d - r).num_days().abs())?;
        if part && p2 == "reveillon" {
            date -= Duration::days(eve);
        }
        self.mention(i, end, FuzzyDate::day(date), DateKind::Relative)
    }

    /// "[ce] [vendredi] 30 décembre [2022]", "le 1er mai".
    fn day_month(&self, i: usize) -> Option<(usize, DateMention)> {
        let (wd, di) = match lexicon::weekday(self.f(i)) {
            Some(w) if self.tight(i, i + 2) => (Some(w), i + 1),
            _ => (None, i),
        };
        let day = day_number(self.f(di))?;
        // "les 13 et 14 mars": two days of one month; the happening starts on the first.
        if wd.is_none() && self.f(di + 1) == "et" && self.tight(di, di + 2) {
            let (end, second) = self.day_month(di + 2)?;
            let back = i64::from(day_number(self.f(di + 2))?) - i64::from(day);
            if !(1..=3).contains(&back) {
                return None;
            }
            let first = FuzzyDate::day(second.date.start - chrono::Duration::days(back));
            return self.mention(i, end, first, second.kind);
        }
        let month = lexicon::month(self.f(di + 1))?;
        if !self.tight(di, di + 2) {
            return None;
        }
        let year = is_year(self.f(di + 2)).filter(|_| self.tight(di + 1, di + 3));
        let end = if year.is_some() { di + 3 } else { di + 2 };
        let date = match year {
            Some(y) => ymd(y, month, day)?,
            None => {
                let r = self.reference?;
                let mut cands: Vec<NaiveDate> = (-1..=1).filter_map(|k| ymd(r.year() + k, month, day)).collect();
                if let Some(w) = wd {
                    if cands.iter().any(|d| d.weekday() == w) {
                        cands.retain(|d| d.weekday() == w);
                    }
                }
                // "le 28 mars précédent", "a été approuvée le 28 mars": on or before the day of
                // writing; "le 2 janvier prochain", "se tiendra le 2 janvier": on or after it;
                // else the nearest.
                let after = self.f(end);
                let before_r = ["precedent", "precedente", "dernier", "derniere"].contains(&after)
                    || self.nearest_past(i)
                    || (!self.future(i) && self.past(i));
                let after_r = ["prochain", "prochaine", "suivant", "suivante"].contains(&after)
                    || (self.future(i) && !self.nearest_past(i));
                if before_r && cands.iter().any(|d| *d <= r) {
                    cands.retain(|d| *d <= r);
                } else if after_r && cands.iter().any(|d| *d >= r) {
                    cands.retain(|d| *d >= r);
                }
                cands.sort_by_key(|d| ((*d - r).num_days().abs(), *d > r));
                *cands.first()?
            }
        };
        self.mention(i, end, FuzzyDate::day(date), DateKind::Explicit)
    }

    /// "la nuit de samedi à dimanche", "dans la nuit du 13 au 14 novembre": the night's second
    /// day (what happens in the night mostly happens after midnight).
    fn night(&self, i: usize) -> Option<(usize, DateMention)> {
        // "la nuit dernière": the night that ended on the day of writing.
        if self.f(i) == "nuit" && ["derniere", "passee"].contains(&self.f(i + 1)) && self.tight(i, i + 2) {
            return self.mention(i, i + 2, FuzzyDate::day(self.reference?), DateKind::Relative);
        }
        // "Dans la nuit, X a annoncé": the night just past too.
        let of = ["de", "du", "d"].contains(&self.f(i + 1));
        if self.f(i) == "nuit"
            && !of
            && i >= 2
            && self.f(i - 1) == "la"
            && self.f(i - 2) == "dans"
            && self.tight(i - 2, i + 1)
        {
            return self.mention(i, i + 1, FuzzyDate::day(self.reference?), DateKind::Relative);
        }
        if self.f(i) != "nuit" || !of {
            return None;
        }
        let a = i + 2;
        if lexicon::weekday(self.f(a)).is_some() && self.f(a + 1) == "a" && lexicon::weekday(self.f(a + 2)).is_some() {
            let (_, first) = self.weekday_alone(a)?;
            let date = FuzzyDate::day(first.date.start.succ_opt()?);
            return self.tight(i, a + 3).then(|| self.mention(i, a + 3, date, DateKind::Relative))?;
        }
        if day_number(self.f(a)).is_some() && self.f(a + 1) == "au" {
            let (end, second) = self.day_month(a + 2)?;
            return self.tight(i, end).then(|| self.mention(i, end, second.date, second.kind))?;
        }
        None
    }

    /// "février 2022", "en juin", "début février 2022", "en février de l'année dernière",
    /// "en mars prochain".
    fn month_year(&self, i: usize) -> Option<(usize, DateMention)> {
        let month = lexicon::month(self.f(i))?;
        // "31 février 2023" failed as a day: it is no date at all, not February.
        if i > 0 && day_number(self.f(i - 1)).is_some() && self.tight(i - 1, i + 1) {
            return None;
        }
        if let Some(y) = is_year(self.f(i + 1)).filter(|_| self.tight(i, i + 2)) {
            let start = if i > 0 && ["debut", "fin", "mi"].contains(&self.f(i - 1)) && self.tight(i - 1, i + 1) {
                i - 1
            } else {
                i
            };
            return self.mention(start, i + 2, FuzzyDate::month(y, month)?, DateKind::Explicit);
        }
        // Without a year the month name needs a date context and a lowercase spelling.
        if i == 0 || !super::is_month_lead(self.f(i - 1)) || !self.lower(i) || !self.tight(i - 1, i + 1) {
            return None;
        }
        if self.f(i - 1) == "et" && !self.f(i.saturating_sub(2)).is_empty() && lexicon::month(self.f(i - 2)).is_none() {
            return None;
        }
        let r = self.reference?;
        let start = if ["debut", "fin", "mi"].contains(&self.f(i - 1)) { i - 1 } else { i };
        // "février de l'année dernière", "février de cette année".
        if self.f(i + 1) == "de" && self.tight(i, i + 4) {
            let (w, dir) = (self.f(i + 2), self.f(i + 3));
            let off = match (w, dir) {
                ("l", "annee") | ("l", "an") => {
                    lexicon::direction(self.f(i + 4)).filter(|_| self.tight(i + 3, i + 5)).map(|d| (d, i + 5))
                }
                ("cette", "annee") => Some((0, i + 4)),
                _ => None,
            };
            if let Some((d, end)) = off {
                return self.mention(start, end, FuzzyDate::month(r.year() + d as i32, month)?, DateKind::Relative);
            }
        }
        if let Some(d) = lexicon::direction(self.f(i + 1)).filter(|_| self.tight(i, i + 2)) {
            let y = if d < 0 {
                if month < r.month() {
                    r.year()
                } else {
                    r.year() - 1
                }
            } else if month > r.month() {
                r.year()
            } else {
                r.year() + 1
            };
            return self.mention(start, i + 2, FuzzyDate::month(y, month)?, DateKind::Relative);
        }
        let y = if self.future(i) {
            if month >= r.month() {
                r.year()
            } else {
                r.year() + 1
            }
        } else if month <= r.month() {
            r.year()
        } else {
            r.year() - 1
        };
        self.mention(start, i + 1, FuzzyDate::month(y, month)?, DateKind::Explicit)
    }

    /// "au printemps 2023", "en été", "cet hiver", "l'été dernier".
    fn season(&self, i: usize) -> Option<(usize, DateMention)> {
        let s = lexicon::season(self.f(i))?;
        if i == 0 || !["au", "en", "cet", "l", "ce", "cette"].contains(&self.f(i - 1)) || !self.tight(i - 1, i + 1) {
            return None;
        }
        // "l'été" only as a date when "de l'été"/"à l'été"/year/direction follows or precedes.
        let start = i - 1;
        if let Some(y) = is_year(self.f(i + 1)).filter(|_| self.tight(i, i + 2)) {
            return self.mention(start, i + 2, FuzzyDate::season(y, s)?, DateKind::Explicit);
        }
        let r = self.reference?;
        let dir = lexicon::direction(self.f(i + 1)).filter(|_| self.tight(i, i + 2));
        if self.f(i - 1) == "l"
            && dir.is_none()
            && !(i >= 2 && ["de", "a", "depuis", "pendant", "durant"].contains(&self.f(i - 2)))
        {
            return None;
        }
        let this = |y: i32| FuzzyDate::season(y, s);
        // The season holding or last starting before the reference, and the next one.
        let past = (r.year() - 1..=r.year()).rev().filter_map(this).find(|d| d.start <= r)?;
        let next = (r.year()..=r.year() + 1).filter_map(this).find(|d| d.end() >= r)?;
        let (date, end) = match dir {
            Some(-1) => ((r.year() - 2..=r.year()).rev().filter_map(this).find(|d| d.end() < r)?, i + 2),
            Some(_) => ((r.year()..=r.year() + 1).filter_map(this).find(|d| d.start > r)?, i + 2),
            None if ["cet", "ce", "cette"].contains(&self.f(i - 1)) => {
                (if self.future(i) { next } else { past }, i + 1)
            }
            None => (if self.future(i) { next } else { past }, i + 1),
        };
        let kind = if end == i + 1 && !["cet", "ce", "cette"].contains(&self.f(i - 1)) {
            DateKind::Explicit
        } else {
            DateKind::Relative
        };
        self.mention(start, end, date, kind)
    }

    /// "en 2024", "de 2024", "depuis 2014", "l'année 2023".
    fn year_alone(&self, i: usize) -> Option<(usize, DateMention)> {
        let y = is_year(self.f(i))?;
        if i == 0 || !super::is_year_lead(self.f(i - 1)) || !self.tight(i - 1, i + 1) {
            return None;
        }
        // "de 2024 soldats": a count, not a year.
        if ["de", "d", "et", "pour"].contains(&self.f(i - 1))
            && self.tight(i, i + 2)
            && self.lower(i + 1)
            && !["a", "au", "et", "ou"].contains(&self.f(i + 1))
        {
            return None;
        }
        self.mention(i, i + 1, FuzzyDate::year(y)?, DateKind::Explicit)
    }

    fn relative(&self, i: usize) -> Option<(usize, DateMention)> {
        let r = self.reference?;
        let anchor = self.anchor.unwrap_or(r);
        let f = |k: usize| self.f(k);
        let tight = |n: usize| self.tight(i, i + n);
        let rel = |end: usize, date: FuzzyDate| self.mention(i, end, date, DateKind::Relative);
        let anchored = |end: usize, date: FuzzyDate| {
            self.mention(i, end, date, DateKind::Relative).map(|(e, mut m)| {
                m.anchored = true;
                (e, m)
            })
        };
        // (Every first word here is also in `lexicon::may_start`.)
        match f(i) {
            "hier" => return rel(i + 1, FuzzyDate::day(r.pred_opt()?)),
            "demain" => return rel(i + 1, FuzzyDate::day(r.succ_opt()?)),
            "aujourd" if f(i + 1) == "hui" && tight(2) => return rel(i + 2, FuzzyDate::day(r)),
            "avant" if f(i + 1) == "hier" && tight(2) => return rel(i + 2, FuzzyDate::day(r - Duration::days(2))),
            "apres" if f(i + 1) == "demain" && tight(2) => return rel(i + 2, FuzzyDate::day(r + Duration::days(2))),
            "ce" | "cette" if ["matin", "midi", "soir", "nuit"].contains(&f(i + 1)) && tight(2) => {
                return rel(i + 2, FuzzyDate::day(r))
            }
            "cet" if f(i + 1) == "apres" && f(i + 2) == "midi" && tight(3) => return rel(i + 3, FuzzyDate::day(r)),
            "cette" if f(i + 1) == "semaine" && tight(2) => return rel(i + 2, week_of(r)),
            "cette" if f(i + 1) == "annee" && tight(2) => return rel(i + 2, FuzzyDate::year(r.year())?),
            "ce" if f(i + 1) == "mois" && tight(2) => {
                let end = if f(i + 2) == "ci" && tight(3) { i + 3 } else { i + 2 };
                return rel(end, FuzzyDate::month(r.year(), r.month())?);
            }
            "veille" if i > 0 && f(i - 1) == "la" && !["de", "du", "des", "d"].contains(&f(i + 1)) => {
                return anchored(i + 1, FuzzyDate::day(anchor.pred_opt()?))
            }
            "lendemain" if i > 0 && f(i - 1) == "le" && !["de", "du", "des", "d"].contains(&f(i + 1)) => {
                return anchored(i + 1, FuzzyDate::day(anchor.succ_opt()?))
            }
            _ => {}
        }
        // "au début du mois", "à la fin du mois", "en début de semaine": the reference's month
        // or week.
        if ["debut", "fin", "mi"].contains(&f(i)) && ["du", "de"].contains(&f(i + 1)) {
            let (unit_at, end) = if f(i + 2) == "la" { (i + 3, i + 4) } else { (i + 2, i + 3) };
            if self.tight(i, end) {
                match f(unit_at) {
                    "mois" => return rel(end, FuzzyDate::month(r.year(), r.month())?),
                    "semaine" => return rel(end, week_of(r)),
                    _ => {}
                }
            }
        }
        // "la semaine dernière", "le mois prochain", "l'année dernière", "l'an passé".
        if let Some(u) = lexicon::unit(f(i)) {
            if let Some(d) = lexicon::direction(f(i + 1)).filter(|_| tight(2)) {
                let lead_ok = i > 0 && ["la", "le", "l", "du", "de", "au", "a", "cette", "ce"].contains(&f(i - 1));
                let unit_ok =
                    matches!((u, f(i)), (Unit::Week, "semaine") | (Unit::Month, "mois") | (Unit::Year, "annee" | "an"));
                if lead_ok && unit_ok {
                    let start =
                        if ["la", "le", "l"].contains(&f(i - 1)) && self.tight(i - 1, i + 1) { i - 1 } else { i };
                    return self.mention(start, i + 2, shift(r, u, d)?, DateKind::Relative);
                }
            }
        }
        // "il y a [près de] deux ans", "dans trois jours".
        let (n_at, sign, approx) = if f(i) == "il" && f(i + 1) == "y" && f(i + 2) == "a" && tight(3) {
            let mut k = i + 3;
            while k < i + 6 && lexicon::APPROX.contains(&f(k)) {
                k += 1;
            }
            (k, -1, k > i + 3)
        } else if f(i) == "dans" {
            (i + 1, 1, false)
        } else {
            (usize::MAX, 0, false)
        };
        if n_at != usize::MAX {
            if let (Some(n), Some(u)) = (lexicon::count(f(n_at)), lexicon::unit(f(n_at + 1))) {
                if self.tight(i, n_at + 2) {
                    let mut m = self.mention(i, n_at + 2, shift(r, u, sign * n)?, DateKind::Relative)?;
                    m.1.approximate = approx;
                    return Some(m);
                }
            }
        }
        // "un jour plus tôt", "deux semaines plus tard", "trois jours auparavant".
        if let (Some(n), Some(u)) = (lexicon::count(f(i)), lexicon::unit(f(i + 1))) {
            let (sign, end) = match (f(i + 2), f(i + 3)) {
                ("plus", "tot") => (-1, i + 4),
                ("plus", "tard") => (1, i + 4),
                ("auparavant", _) => (-1, i + 3),
                _ => return None,
            };
            if self.tight(i, end) {
                return anchored(end, shift(anchor, u, sign * n)?);
            }
        }
        None
    }

    /// "mercredi", "Mardi, lors de la réunion", "dimanche dernier", "jeudi prochain".
    fn weekday_alone(&self, i: usize) -> Option<(usize, DateMention)> {
        let w = lexicon::weekday(self.f(i))?;
        let r = self.reference?;
        // A capitalised weekday mid-sentence is a name (a character, a title), not a day.
        if !self.lower(i) && !self.starts_sentence(i) {
            return None;
        }
        if ["gras", "saint"].contains(&self.f(i + 1)) {
            return None;
        }
        let back = (r.weekday().num_days_from_monday() as i64 - w.num_days_from_monday() as i64).rem_euclid(7);
        let fwd = (7 - back) % 7;
        let dir = lexicon::direction(self.f(i + 1)).filter(|_| self.tight(i, i + 2));
        let (days, end) = match dir {
            Some(-1) => (-(if back == 0 { 7 } else { back }), i + 2),
            Some(_) => (if fwd == 0 { 7 } else { fwd }, i + 2),
            None if self.future(i) && !self.nearest_past(i) => (fwd, i + 1),
            None => (-back, i + 1),
        };
        self.mention(i, end, FuzzyDate::day(r + Duration::days(days)), DateKind::Relative)
    }
}

/// A verb in the simple future ("sera", "entreront"), folded: words ending like one that are
/// not verbs ("caméra", "front") are ruled out.
pub fn is_future_tense(folded: &str) -> bool {
    folded.len() >= 4
        && (folded.ends_with("ra") || folded.ends_with("ront"))
        && !super::is_not_future(folded)
        && !folded.ends_with("front")
}

/// A verb in the future or the conditional ("sera", "serait", "pourraient"), folded: what it
/// tells is not, or not surely, past.
pub fn is_future_or_conditional(folded: &str) -> bool {
    is_future_tense(folded)
        || (folded.len() >= 5
            && (folded.ends_with("rait") || folded.ends_with("raient"))
            && !super::is_not_future(folded))
}

pub fn day_number(folded: &str) -> Option<u32> {
    let digits = folded.strip_suffix("er").unwrap_or(folded);
    if folded == "premier" {
        return Some(1);
    }
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if digits != folded && digits != "1" {
        return None; // only "1er"
    }
    let d: u32 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}
