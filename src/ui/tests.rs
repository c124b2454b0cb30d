//! Whole frames drawn into ratatui's TestBackend: snapshots (insta) and robustness.

use crate::app::testkit::{act, cmd, sample_state, type_str, FakeEngine};
use crate::app::{keys, Action, Command::*, State};
use ratatui::backend::TestBackend;
use ratatui::Terminal;

fn frame(s: &State) -> String {
    let mut t = Terminal::new(TestBackend::new(s.width, s.height)).unwrap();
    t.draw(|f| super::draw(f, s)).unwrap();
    t.backend().to_string()
}

fn at(w: u16, h: u16) -> (State, FakeEngine) {
    let (mut s, e) = sample_state(w, h);
    s.color = false;
    act(&mut s, &e, Action::Resize { width: w, height: h });
    (s, e)
}

#[test]
fn snapshot_timeline_wide() {
    let (mut s, e) = at(120, 40);
    cmd(&mut s, &e, NextEvent);
    cmd(&mut s, &e, NextEvent);
    cmd(&mut s, &e, Down);
    insta::assert_snapshot!("timeline_120x40", frame(&s));
}

#[test]
fn snapshot_event_detail_wide() {
    let (mut s, e) = at(120, 40);
    cmd(&mut s, &e, NextEvent);
    cmd(&mut s, &e, NextEvent);
    insta::assert_snapshot!("event_120x40", frame(&s));
}

#[test]
fn snapshot_narrow_stacks_panes() {
    let (mut s, e) = at(60, 20);
    cmd(&mut s, &e, NextEvent);
    cmd(&mut s, &e, Down);
    insta::assert_snapshot!("timeline_60x20", frame(&s));
    cmd(&mut s, &e, FocusNext);
    insta::assert_snapshot!("detail_60x20", frame(&s));
}

#[test]
fn snapshot_filter_active() {
    let (mut s, e) = at(120, 40);
    cmd(&mut s, &e, StartFilter);
    type_str(&mut s, &e, "russie");
    insta::assert_snapshot!("filter_120x40", frame(&s));
    let (mut s, e) = at(60, 20);
    cmd(&mut s, &e, StartFilter);
    type_str(&mut s, &e, "poutine");
    insta::assert_snapshot!("filter_60x20", frame(&s));
}

#[test]
fn snapshot_no_match() {
    let (mut s, e) = at(120, 40);
    cmd(&mut s, &e, StartFilter);
    type_str(&mut s, &e, "xylophone");
    let f = frame(&s);
    assert!(f.contains("No quote matches"));
    insta::assert_snapshot!("no_match_120x40", f);
}

#[test]
fn snapshot_help_popup() {
    let (mut s, e) = at(120, 40);
    cmd(&mut s, &e, Help);
    insta::assert_snapshot!("help_120x40", frame(&s));
    let (mut s, e) = at(60, 20);
    cmd(&mut s, &e, Help);
    insta::assert_snapshot!("help_60x20", frame(&s));
}

#[test]
fn snapshot_article_view() {
    let (mut s, e) = at(120, 40);
    cmd(&mut s, &e, Bottom);
    cmd(&mut s, &e, Open);
    insta::assert_snapshot!("article_120x40", frame(&s));
    let (mut s, e) = at(60, 20);
    cmd(&mut s, &e, NextEvent);
    cmd(&mut s, &e, Down);
    cmd(&mut s, &e, Open);
    insta::assert_snapshot!("article_60x20", frame(&s));
}

#[test]
fn every_key_of_the_table_is_in_the_help_popup() {
    for lang in crate::lang::Lang::ALL {
        let (mut s, e) = at(160, 60);
        s.lang = lang;
        cmd(&mut s, &e, Help);
        let f = frame(&s);
        for b in keys::BINDINGS {
            let help = b.said(lang).help;
            let line =
                f.lines().find(|l| l.contains(help)).unwrap_or_else(|| panic!("no help line for {:?}", b.command));
            for k in b.keys {
                assert!(line.contains(&k.label(lang)), "{} missing from {line:?}", k.label(lang));
            }
        }
        // Every hint shown at the bottom is a bound key too, in each mode.
        for mode in crate::app::ModeKind::ALL {
            let hints = super::status::hints(200, mode, super::theme::Theme { color: false }, lang, |_| true);
            let hints: String = hints.spans.iter().map(|s| s.content.as_ref()).collect();
            for b in keys::bindings_in(mode).filter(|b| b.hint.is_some()) {
                let first = keys::keys_in(b, mode).next().unwrap();
                assert!(hints.contains(&first.label(lang)), "{mode:?}: {hints}");
                assert!(hints.contains(b.said(lang).hint), "{mode:?}: {hints}");
            }
        }
        // A command that does not apply here has no hint (no context events: no `c`).
        let context = keys::BINDINGS.iter().find(|b| b.command == crate::app::Command::ToggleContext).unwrap();
        let browse = crate::app::ModeKind::Browse;
        let without = super::status::hints(200, browse, super::theme::Theme { color: false }, lang, |c| {
            c != crate::app::Command::ToggleContext
        });
        let without: String = without.spans.iter().map(|s| s.content.as_ref()).collect();
        assert!(!without.contains(context.said(lang).hint), "{without}");
    }
}

#[test]
fn hostile_text_never_reaches_the_terminal() {
    let mut corpus = crate::testing::sample_corpus();
    corpus.events[2].title = "Évil\x1b]52;c;aGk=\x07 title".into();
    corpus.quotes.edit(2, |q| q.text = "words \x1b[2J with escapes".into());
    let mut s = State::new(std::sync::Arc::new(corpus), 120, 40);
    s.selected = s.rows.iter().position(|r| *r == crate::app::rows::Row::Quote(2)).unwrap();
    let f = frame(&s);
    assert!(!f.contains('\x1b') && !f.contains('\x07'));
    assert!(f.contains("Évil␛]52;c;aGk=␇ title"));
}

#[test]
fn wide_names_keep_columns_aligned() {
    let mut corpus = crate::testing::sample_corpus();
    corpus.speakers[1].name = "习近平 🇨🇳 Zhang".into();
    let s = State::new(std::sync::Arc::new(corpus), 120, 40);
    let mut t = Terminal::new(TestBackend::new(120, 40)).unwrap();
    t.draw(|f| super::draw(f, &s)).unwrap();
    let buf = t.backend().buffer();
    // Each quote's « starts in the same column whatever the speaker's name is made of.
    let quote_rows = (0..40u16).filter(|&y| buf[(2, y)].symbol() == "│");
    let cols: Vec<u16> = quote_rows.filter_map(|y| (3..66u16).find(|&x| buf[(x, y)].symbol() == "«")).collect();
    assert!(cols.len() >= 6, "{cols:?}");
    assert!(cols.windows(2).all(|w| w[0] == w[1]), "{cols:?}");
}

#[test]
fn drawing_never_panics_at_any_size() {
    let (base, e) = sample_state(80, 24);
    let mut states = vec![base.clone()];
    let mut s = base.clone();
    cmd(&mut s, &e, Bottom);
    cmd(&mut s, &e, Open);
    states.push(s);
    let mut s = base.clone();
    cmd(&mut s, &e, Help);
    states.push(s);
    let mut s = base.clone();
    cmd(&mut s, &e, StartFilter);
    type_str(&mut s, &e, "ru");
    states.push(s);
    let mut s = base.clone();
    cmd(&mut s, &e, StartFilter);
    type_str(&mut s, &e, "qqq");
    states.push(s);
    let mut s = base.clone();
    cmd(&mut s, &e, Speakers);
    type_str(&mut s, &e, "o");
    states.push(s);
    let mut s = base.clone();
    cmd(&mut s, &e, ToggleContext);
    cmd(&mut s, &e, Mark);
    cmd(&mut s, &e, GoToDate);
    type_str(&mut s, &e, "not a date");
    cmd(&mut s, &e, Jump);
    states.push(s);
    // Every small size, and a spread of the others (all 12,000 sizes take too long in debug).
    let sizes = (1..=200u16).flat_map(|w| (1..=60u16).map(move |h| (w, h)));
    let sizes =
        sizes.filter(|&(w, h)| w <= 30 || h <= 8 || (w * 7 + h * 13) % 11 == 0 || [59, 60, 79, 80, 81].contains(&w));
    for (i, (w, h)) in sizes.enumerate() {
        for (k, st) in states.iter().enumerate() {
            if (i + k) % states.len() != 0 && w > 30 {
                continue;
            }
            let mut st = st.clone();
            crate::app::update(&mut st, Action::Resize { width: w, height: h });
            cmd(&mut st, &e, Down);
            let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
            t.draw(|f| super::draw(f, &st)).unwrap();
        }
    }
}

fn styled_cells(s: &State, m: ratatui::style::Modifier) -> String {
    let mut t = Terminal::new(TestBackend::new(s.width, s.height)).unwrap();
    t.draw(|f| super::draw(f, s)).unwrap();
    let buf = t.backend().buffer();
    let mut out = String::new();
    for y in 0..s.height {
        for x in 0..s.width {
            if buf[(x, y)].modifier.contains(m) {
                out.push_str(buf[(x, y)].symbol());
            }
        }
        out.push('\n');
    }
    out
}

#[test]
fn matched_characters_and_the_article_quote_are_lit() {
    let (mut s, e) = at(120, 40);
    cmd(&mut s, &e, StartFilter);
    type_str(&mut s, &e, "choig");
    let lit = styled_cells(&s, ratatui::style::Modifier::UNDERLINED);
    assert_eq!(lit.trim(), "Choïg", "only the matched characters of the row");
    cmd(&mut s, &e, FilterDone); // leave the input
    cmd(&mut s, &e, Down);
    cmd(&mut s, &e, Open);
    let lit = styled_cells(&s, ratatui::style::Modifier::REVERSED);
    let lit: String = lit.split_whitespace().collect::<Vec<_>>().join(" ");
    assert_eq!(lit, "Nous ne créons pas un bloc militaire contre des pays tiers");
}

#[test]
fn without_colour_no_cell_has_a_colour() {
    use ratatui::style::Color;
    let (mut s, e) = at(120, 40);
    cmd(&mut s, &e, StartFilter);
    type_str(&mut s, &e, "russie");
    for color in [false, true] {
        s.color = color;
        let mut t = Terminal::new(TestBackend::new(120, 40)).unwrap();
        t.draw(|f| super::draw(f, &s)).unwrap();
        let coloured =
            t.backend().buffer().content().iter().filter(|c| c.fg != Color::Reset || c.bg != Color::Reset).count();
        assert_eq!(coloured == 0, !color, "{coloured} coloured cells with color={color}");
    }
}

/// The real seeds with the real search engine, as a user first sees them.
fn seeds_at(w: u16, h: u16) -> (State, Box<dyn crate::search::SearchEngine>) {
    let (corpus, _) = crate::corpus::load(&[], &crate::gazetteer::Gazetteer::builtin());
    let corpus = std::sync::Arc::new(corpus);
    let mut s = State::new(corpus.clone(), w, h);
    s.color = false;
    let e = crate::search::engine(corpus);
    act(&mut s, e.as_ref(), Action::Resize { width: w, height: h });
    (s, e)
}

#[test]
fn snapshot_seeds_timeline() {
    let (s, _) = seeds_at(120, 40);
    insta::assert_snapshot!("seeds_timeline_120x40", frame(&s));
    let (s, _) = seeds_at(60, 20);
    insta::assert_snapshot!("seeds_timeline_60x20", frame(&s));
}

#[test]
fn snapshot_seeds_timeline_in_french() {
    let (mut s, _) = seeds_at(120, 40);
    s.lang = crate::lang::Lang::Fr;
    insta::assert_snapshot!("seeds_timeline_fr_120x40", frame(&s));
    let (mut s, e) = seeds_at(60, 20);
    s.lang = crate::lang::Lang::Fr;
    cmd(&mut s, e.as_ref(), Down);
    cmd(&mut s, e.as_ref(), FocusNext);
    insta::assert_snapshot!("seeds_quote_fr_60x20", frame(&s));
}

#[test]
fn snapshot_seeds_filtered_by_speaker_alias() {
    let (mut s, e) = seeds_at(120, 40);
    cmd(&mut s, e.as_ref(), StartFilter);
    type_str(&mut s, e.as_ref(), "shoigu");
    cmd(&mut s, e.as_ref(), FilterDone); // leave the input, browse the matches
    cmd(&mut s, e.as_ref(), Down);
    insta::assert_snapshot!("seeds_filter_shoigu_120x40", frame(&s));
}

#[test]
fn snapshot_seeds_article_view() {
    let (mut s, e) = seeds_at(120, 40);
    cmd(&mut s, e.as_ref(), StartFilter);
    type_str(&mut s, e.as_ref(), "@poutine aucune alliance");
    cmd(&mut s, e.as_ref(), FilterDone);
    cmd(&mut s, e.as_ref(), Down);
    cmd(&mut s, e.as_ref(), Open);
    insta::assert_snapshot!("seeds_article_120x40", frame(&s));
}

#[test]
fn a_quotebank_quote_shows_where_it_was_read() {
    let line = r#"{"quoteID": "q1", "quotation": "We will never accept this pressure from anyone", "speaker": "Vladimir Putin", "date": "2020-01-02 10:00:00", "probas": [["Vladimir Putin", "0.9"]], "urls": ["http://a.example/article-1"]}"#;
    let (corpus, _) = crate::corpus::build::quotebank::load("q.jsonl", line, &crate::gazetteer::Gazetteer::builtin());
    let corpus = std::sync::Arc::new(corpus);
    let mut s = State::new(corpus.clone(), 120, 30);
    s.color = false;
    let e = crate::search::engine(corpus);
    act(&mut s, e.as_ref(), Action::Resize { width: 120, height: 30 });
    cmd(&mut s, e.as_ref(), Down);
    let f = frame(&s);
    assert!(f.contains("http://a.example/article-1"), "{f}");
    assert!(f.contains("Vladimir Poutine"), "{f}");
}

#[test]
fn snapshot_marked_quotes() {
    for (w, h) in [(120, 40), (60, 20)] {
        let (mut s, e) = at(w, h);
        cmd(&mut s, &e, Down);
        cmd(&mut s, &e, Mark);
        cmd(&mut s, &e, NextEvent);
        cmd(&mut s, &e, Down);
        cmd(&mut s, &e, Mark);
        cmd(&mut s, &e, Down);
        let f = frame(&s);
        assert_eq!(f.matches(" ✓ ").count(), 3, "two rows and the status line:\n{f}");
        insta::assert_snapshot!(format!("marks_{w}x{h}"), f);
    }
}

#[test]
fn snapshot_date_prompt() {
    for (w, h) in [(120, 40), (60, 20)] {
        let (mut s, e) = at(w, h);
        cmd(&mut s, &e, GoToDate);
        let f = frame(&s);
        assert!(f.contains(" : ▏  date to go to"), "{f}");
        type_str(&mut s, &e, "nov 2023");
        let f = frame(&s);
        assert!(f.contains(" : nov 2023▏  November 2023"), "{f}");
        insta::assert_snapshot!(format!("date_prompt_{w}x{h}"), f);
    }
    // After Enter: on the event, with what was found in the status line.
    let (mut s, e) = at(120, 40);
    cmd(&mut s, &e, GoToDate);
    type_str(&mut s, &e, "2023-06");
    cmd(&mut s, &e, Jump);
    let f = frame(&s);
    assert!(f.contains("No event shown in June 2023: the nearest is 8 November 2023"), "{f}");
    assert!(f.contains("│▶● 8 November 2023"), "{f}");
}

#[test]
fn snapshot_seeds_speaker_list() {
    for (w, h) in [(120, 40), (60, 20)] {
        let (mut s, e) = seeds_at(w, h);
        cmd(&mut s, e.as_ref(), Speakers);
        let f = frame(&s);
        assert!(f.contains("Vladimir Poutine") && f.contains("Speakers · 11"), "{f}");
        insta::assert_snapshot!(format!("seeds_speakers_{w}x{h}"), f);
    }
    let (mut s, e) = seeds_at(120, 40);
    cmd(&mut s, e.as_ref(), Speakers);
    type_str(&mut s, e.as_ref(), "xi");
    let f = frame(&s);
    let popup: Vec<&str> =
        f.lines().skip_while(|l| !l.contains("name: xi")).take_while(|l| !l.contains("Enter: filter")).collect();
    assert!(f.contains("1 of 11") && f.contains("Xi Jinping") && !popup.concat().contains("Zhang Youxia"), "{f}");
    insta::assert_snapshot!("seeds_speakers_xi_120x40", f);
}

#[test]
fn narrow_speaker_column_keeps_initial_and_surname_and_their_highlight() {
    let (s, _) = seeds_at(80, 24);
    let f = frame(&s);
    assert!(f.contains("│   V. Poutine « "), "{f}");
    assert!(!f.contains("Vladimir …"), "{f}");
    // An alias lights the name's word, at full width and shortened.
    for (w, h, shown) in [(120, 40, "Sergueï Choïgou"), (80, 24, "S. Choïgou")] {
        let (mut s, e) = at(w, h);
        cmd(&mut s, &e, StartFilter);
        type_str(&mut s, &e, "choïgou");
        let lit = styled_cells(&s, ratatui::style::Modifier::UNDERLINED);
        assert_eq!(lit.trim(), "Choïgou", "{w}x{h}");
        assert!(frame(&s).contains(shown), "{w}x{h}");
    }
    let (mut s, _) = seeds_at(120, 40);
    let e = crate::search::engine(s.corpus.clone());
    cmd(&mut s, e.as_ref(), StartFilter);
    type_str(&mut s, e.as_ref(), "shoigu");
    let lit = styled_cells(&s, ratatui::style::Modifier::UNDERLINED);
    assert!(lit.lines().filter(|l| !l.is_empty()).all(|l| l == "Choïgou"), "{lit}");
}

#[test]
fn snapshot_filtered_event_detail() {
    for (w, h) in [(120, 40), (60, 20)] {
        let (mut s, e) = at(w, h);
        cmd(&mut s, &e, StartFilter);
        type_str(&mut s, &e, "russie");
        cmd(&mut s, &e, FilterDone);
        cmd(&mut s, &e, Up);
        if w < 80 {
            cmd(&mut s, &e, FocusNext);
        }
        let f = frame(&s);
        assert!(f.contains("Quotes   3 of 4 match"), "{f}");
        assert!(!f.contains("Nous ne créons pas"), "{f}");
        insta::assert_snapshot!(format!("filtered_event_{w}x{h}"), f);
    }
}

#[test]
fn the_help_never_covers_the_status_line() {
    let (base, e) = at(80, 24);
    for w in (24..=200u16).step_by(7) {
        for h in (7..=60u16).step_by(3) {
            let mut s = base.clone();
            crate::app::update(&mut s, Action::Resize { width: w, height: h });
            cmd(&mut s, &e, Help);
            let l = s.layout();
            let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
            t.draw(|f| super::draw(f, &s)).unwrap();
            let buf = t.backend().buffer();
            for y in [l.status.y, l.hints.y].into_iter().filter(|&y| y < h) {
                let row: String = (0..w).map(|x| buf[(x, y)].symbol()).collect();
                assert!(!row.contains('│') && !row.contains('└'), "{w}x{h} row {y}: {row}");
            }
        }
    }
}

#[test]
fn a_guessed_speaker_is_marked_in_the_timeline_the_detail_and_the_copy() {
    let mut corpus = crate::testing::sample_corpus();
    for q in 0..corpus.quotes.len() {
        corpus.quotes.edit(q, |q| q.attribution.confidence = 0.4);
    }
    let corpus = std::sync::Arc::new(corpus);
    let e = crate::app::testkit::FakeEngine(corpus.clone());
    let mut s = State::new(corpus, 120, 40);
    s.color = false;
    act(&mut s, &e, Action::Resize { width: 120, height: 40 });
    cmd(&mut s, &e, NextEvent);
    cmd(&mut s, &e, NextEvent);
    cmd(&mut s, &e, Down);
    let f = frame(&s);
    let name = s.corpus.speaker_name(s.corpus.quote(s.selected_quote().unwrap())).unwrap().to_string();
    let surname = name.rsplit(' ').next().unwrap();
    assert!(f.contains(&format!("{surname}?")), "timeline row:\n{f}");
    assert!(f.contains(&format!("{name} ?")), "detail:\n{f}");
    assert!(f.contains("attribution uncertain"), "detail note:\n{f}");
    let eff = cmd(&mut s, &e, CopyCitation);
    let [crate::app::Effect::Copy { text, uncertain: 1, .. }] = &eff[..] else { panic!("{eff:?}") };
    assert!(text.contains(&format!("{name} (attribution uncertain)")), "{text}");
}
