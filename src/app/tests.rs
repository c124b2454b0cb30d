//! Sequences of actions on the state: the viewer's behaviour without a terminal.

use super::rows::Row;
use super::testkit::{act, cmd, sample_state, type_str};
use super::{Action, Command::*, CopyReport, Effect, Mode, Pane, Sel, State};

fn sel(s: &State) -> Option<Sel> {
    s.selection()
}

fn assert_visible(s: &State) {
    if s.rows.is_empty() {
        return;
    }
    assert!(s.rows[s.selected].selectable(), "selected a heading: {:?}", s.rows[s.selected]);
    assert!(
        s.offset <= s.selected && s.selected < s.offset + s.page(),
        "selected {} not in {}+{}",
        s.selected,
        s.offset,
        s.page()
    );
}

#[test]
fn opens_on_the_first_reported_event_and_stays_in_bounds() {
    let (mut s, e) = sample_state(120, 40);
    // Event 0 is a context event, folded: the timeline opens on the first meeting reported.
    assert_eq!(sel(&s), Some(Sel::Event(1)));
    assert_eq!(s.offset, 0);
    cmd(&mut s, &e, Up);
    assert_eq!(sel(&s), Some(Sel::Event(1)), "up at the top stays");
    for _ in 0..50 {
        cmd(&mut s, &e, Down);
        assert_visible(&s);
    }
    assert_eq!(sel(&s), Some(Sel::Quote(5)), "down stops at the last quote");
    cmd(&mut s, &e, Top);
    assert_eq!(sel(&s), Some(Sel::Event(1)));
    cmd(&mut s, &e, Bottom);
    assert_eq!(sel(&s), Some(Sel::Quote(5)));
    cmd(&mut s, &e, PageUp);
    assert_eq!(sel(&s), Some(Sel::Event(1)));
    cmd(&mut s, &e, PageDown);
    assert_eq!(sel(&s), Some(Sel::Quote(5)));
}

#[test]
fn context_events_are_folded_until_c() {
    let (mut s, e) = sample_state(120, 40);
    assert_eq!(s.context_events, 1);
    assert!(!s.rows.contains(&Row::Event(0)));
    cmd(&mut s, &e, Down);
    let before = sel(&s);
    cmd(&mut s, &e, ToggleContext);
    assert!(s.context);
    assert_eq!(&s.rows[..3], &[Row::Year(Some(2022)), Row::Event(0), Row::Event(1)]);
    assert_eq!(sel(&s), before, "the selection stays");
    assert_eq!(s.status.as_deref(), Some("1 context event shown (c folds it)"));
    // Folding again while the context event is selected lands on the next event shown.
    cmd(&mut s, &e, Top);
    assert_eq!(sel(&s), Some(Sel::Event(0)));
    cmd(&mut s, &e, ToggleContext);
    assert!(!s.rows.contains(&Row::Event(0)));
    assert_eq!(sel(&s), Some(Sel::Event(1)));
    // The density strip spans only the events shown.
    let (first, _) = s.date_range().unwrap();
    assert_eq!(first.iso(), "2022-12-30");
    assert_eq!(s.density.counts.len(), 12, "December 2022 to November 2023");
}

#[test]
fn brackets_jump_between_events_and_skip_headings() {
    let (mut s, e) = sample_state(120, 40);
    cmd(&mut s, &e, ToggleContext);
    cmd(&mut s, &e, Top);
    cmd(&mut s, &e, NextEvent);
    assert_eq!(sel(&s), Some(Sel::Event(1)));
    cmd(&mut s, &e, NextEvent);
    assert_eq!(sel(&s), Some(Sel::Event(2)));
    cmd(&mut s, &e, NextEvent);
    assert_eq!(sel(&s), Some(Sel::Event(2)), "no event after the last");
    cmd(&mut s, &e, Down);
    assert_eq!(sel(&s), Some(Sel::Quote(2)));
    cmd(&mut s, &e, PrevEvent);
    assert_eq!(sel(&s), Some(Sel::Event(2)));
    cmd(&mut s, &e, PrevEvent);
    assert_eq!(sel(&s), Some(Sel::Event(1)));
    // Up from event 1 reaches the context event's row.
    cmd(&mut s, &e, Up);
    assert_eq!(sel(&s), Some(Sel::Event(0)));
    // Up from event 2 crosses the year heading.
    cmd(&mut s, &e, Bottom);
    cmd(&mut s, &e, PrevEvent);
    cmd(&mut s, &e, Up);
    assert_eq!(sel(&s), Some(Sel::Quote(1)));
}

#[test]
fn filter_selects_the_first_match_and_clearing_keeps_it() {
    let (mut s, e) = sample_state(120, 40);
    let all_rows = s.rows.clone();
    for _ in 0..2 {
        cmd(&mut s, &e, Down);
    }
    assert_eq!(sel(&s), Some(Sel::Quote(1)));
    cmd(&mut s, &e, StartFilter);
    assert_eq!(s.mode, Mode::FilterInput);
    type_str(&mut s, &e, "choig");
    assert_eq!(s.rows, vec![Row::Year(Some(2023)), Row::Event(2), Row::Quote(5)]);
    assert_eq!(s.match_count().as_deref(), Some("1 of 6 quotes · 1 event"));
    // The selection goes to the first matching quote, not its event's row.
    assert_eq!(sel(&s), Some(Sel::Quote(5)));
    let h = &s.filter.as_ref().unwrap().highlights[&5];
    assert_eq!(h.speaker, vec![8, 9, 10, 11, 12], "Choïg in « Sergueï Choïgou »");
    // Esc: the whole timeline again, the quote found still selected and in view with its event.
    cmd(&mut s, &e, CancelFilter);
    assert!(s.filter.is_none());
    assert_eq!(s.rows, all_rows);
    assert_eq!(sel(&s), Some(Sel::Quote(5)));
    assert_visible(&s);
    let event_row = s.rows.iter().position(|&r| r == Row::Event(2)).unwrap();
    assert!(s.offset <= event_row, "the event of the quote is on screen too");
}

#[test]
fn clearing_a_filter_brings_a_far_quote_into_view() {
    let (mut s, e) = sample_state(60, 9);
    cmd(&mut s, &e, StartFilter);
    type_str(&mut s, &e, "tiers");
    assert_eq!(sel(&s), Some(Sel::Quote(5)));
    cmd(&mut s, &e, CancelFilter);
    assert_eq!(sel(&s), Some(Sel::Quote(5)));
    assert_visible(&s);
    // Typing again starts from the quote; the first answer of each query selects its first match.
    cmd(&mut s, &e, StartFilter);
    type_str(&mut s, &e, "russie");
    assert_eq!(sel(&s), Some(Sel::Quote(2)));
}

#[test]
fn a_filtered_event_lists_only_its_matching_quotes() {
    let (mut s, e) = sample_state(120, 40);
    cmd(&mut s, &e, StartFilter);
    type_str(&mut s, &e, "russie");
    cmd(&mut s, &e, FilterDone);
    cmd(&mut s, &e, Up);
    assert_eq!(sel(&s), Some(Sel::Event(2)));
    let text: Vec<String> =
        super::detail::detail(&s, 50).lines.iter().map(|l| l.iter().map(|(t, _)| t.as_str()).collect()).collect();
    assert!(text.iter().any(|l| l.contains("Quotes") && l.contains("3 of 4 match")), "{text:#?}");
    assert!(!text.iter().any(|l| l.contains("Nous ne créons pas")), "a quote that does not match is listed");
    // The density strip counts the matches per month, over the whole.
    let f = s.filter.as_ref().unwrap();
    let nov = s.density.index_of(chrono::NaiveDate::from_ymd_opt(2023, 11, 1).unwrap()).unwrap();
    assert_eq!((f.density[nov], s.density.counts[nov]), (3, 4));
    assert_eq!(f.density.iter().sum::<usize>(), 3);
}

#[test]
fn typing_letters_never_triggers_their_commands() {
    let (mut s, e) = sample_state(120, 40);
    cmd(&mut s, &e, StartFilter);
    for k in ['q', 'j', 'y', '?'] {
        let action = super::keys::action_for(super::Key::Char(k), s.mode.kind()).unwrap();
        assert_eq!(action, Action::Input(k));
    }
    type_str(&mut s, &e, "russie");
    assert_eq!(s.match_count().as_deref(), Some("3 of 6 quotes · 1 event"));
    // Enter keeps the filter and leaves the input: keys are commands again.
    cmd(&mut s, &e, FilterDone);
    assert!(s.mode == Mode::Browse && s.filter.is_some());
    assert_eq!(sel(&s), Some(Sel::Quote(2)));
    cmd(&mut s, &e, Down);
    assert_eq!(sel(&s), Some(Sel::Quote(3)));
    // Backspace in an emptied query shows everything again.
    cmd(&mut s, &e, StartFilter);
    for _ in 0..6 {
        act(&mut s, &e, Action::Backspace);
    }
    assert_eq!(s.rows, super::rows::all(&s.corpus, false));
    assert_eq!(s.match_count(), None);
}

#[test]
fn stale_and_partial_answers() {
    let (mut s, e) = sample_state(120, 40);
    cmd(&mut s, &e, StartFilter);
    let effects = super::update(&mut s, Action::Input('r'));
    let Some(Effect::Search { generation: g1, .. }) = effects.first().cloned() else { panic!("{effects:?}") };
    let effects = super::update(&mut s, Action::Input('u'));
    let Some(Effect::Search { generation: g2, first, .. }) = effects.first().cloned() else { panic!("{effects:?}") };
    assert!(g2 > g1);
    assert_eq!(first, s.page(), "first answer asks for one screen");
    assert_eq!(s.match_count().as_deref(), Some("searching…"));
    // An answer to the older query is dropped.
    super::update(&mut s, Action::SearchDone { generation: g1, quotes: vec![0], events: vec![], complete: true });
    assert_eq!(s.rows, super::rows::all(&s.corpus, false));
    super::update(&mut s, Action::SearchDone { generation: g2, quotes: vec![2], events: vec![], complete: false });
    assert_eq!(s.match_count().as_deref(), Some("≥1… of 6 quotes"));
    assert_eq!(s.rows, vec![Row::Year(Some(2023)), Row::Event(2), Row::Quote(2)]);
    assert_eq!(sel(&s), Some(Sel::Quote(2)));
    cmd(&mut s, &e, Up);
    super::update(&mut s, Action::SearchDone { generation: g2, quotes: vec![2, 3, 4], events: vec![], complete: true });
    assert_eq!(s.match_count().as_deref(), Some("3 of 6 quotes · 1 event"));
    assert_eq!(sel(&s), Some(Sel::Event(2)), "the rest of an answer keeps the selection");
    // After clearing, the answer still in flight is dropped too.
    cmd(&mut s, &e, CancelFilter);
    super::update(&mut s, Action::SearchDone { generation: g2, quotes: vec![2], events: vec![], complete: true });
    assert!(s.filter.is_none());
    assert_eq!(s.rows, super::rows::all(&s.corpus, false));
}

#[test]
fn no_match_is_a_state_not_a_crash() {
    let (mut s, e) = sample_state(120, 40);
    cmd(&mut s, &e, StartFilter);
    type_str(&mut s, &e, "zzzz");
    assert!(s.no_match());
    assert!(s.rows.is_empty());
    for c in [Down, Up, PageDown, Bottom, Top, NextEvent, PrevEvent, Open, CopyCitation, CopyWords, FocusNext] {
        assert!(cmd(&mut s, &e, c).is_empty());
    }
    cmd(&mut s, &e, CancelFilter);
    assert_eq!(sel(&s), Some(Sel::Event(1)));
}

#[test]
fn selection_stays_visible_through_moves_and_resizes() {
    let (mut s, e) = sample_state(60, 20);
    let moves = [Down, Down, PageDown, Up, NextEvent, Bottom, PageUp, Top, Down, PrevEvent, FocusNext, FocusNext];
    for (i, size) in [(60u16, 9u16), (30, 7), (120, 40), (24, 8), (80, 10), (200, 60)].iter().enumerate() {
        act(&mut s, &e, Action::Resize { width: size.0, height: size.1 });
        assert_visible(&s);
        for m in moves.iter().cycle().skip(i).take(9) {
            cmd(&mut s, &e, *m);
            assert_visible(&s);
        }
    }
}

#[test]
fn copy_asks_for_citations_and_reports() {
    let (mut s, e) = sample_state(120, 40);
    // On an event without quotes (the context event, shown): a message, no copy.
    cmd(&mut s, &e, ToggleContext);
    cmd(&mut s, &e, Top);
    assert!(cmd(&mut s, &e, CopyCitation).is_empty());
    assert!(s.status.as_deref().unwrap().contains("no quote"));
    cmd(&mut s, &e, NextEvent);
    cmd(&mut s, &e, NextEvent);
    let eff = cmd(&mut s, &e, CopyCitation);
    assert!(matches!(&eff[..], [Effect::Copy { what, .. }] if what == "4 quotes"), "{eff:?}");
    cmd(&mut s, &e, Down);
    let eff = cmd(&mut s, &e, CopyWords);
    let [Effect::Copy { text, what, .. }] = &eff[..] else { panic!("{eff:?}") };
    assert_eq!(what, "1 quote");
    assert!(text.contains("La Russie et la Chine ne construisent aucune alliance militaire"));
    let report = CopyReport { via: vec![crate::app::Via::Osc52, crate::app::Via::System], problems: vec![] };
    act(&mut s, &e, Action::Copied { what: what.clone(), chars: 142, uncertain: 0, report: report.clone() });
    assert_eq!(s.status.as_deref(), Some("Copied 1 quote (142 chars) via OSC 52 and system clipboard"));
    act(&mut s, &e, Action::Copied { what: what.clone(), chars: 142, uncertain: 1, report });
    assert_eq!(
        s.status.as_deref(),
        Some("Copied 1 quote (142 chars) via OSC 52 and system clipboard; attribution uncertain")
    );
    let report = CopyReport { via: vec![], problems: vec!["no terminal".into()] };
    act(&mut s, &e, Action::Copied { what: what.clone(), chars: 1, uncertain: 0, report });
    assert_eq!(s.status.as_deref(), Some("Not copied: no terminal"));
    assert!(s.status_warning, "a failed copy is told as a warning");
    // The next key clears the message.
    cmd(&mut s, &e, Down);
    assert_eq!(s.status, None);
}

#[test]
fn article_view_opens_on_the_quote_and_esc_returns() {
    let (mut s, e) = sample_state(60, 12);
    cmd(&mut s, &e, Down); // a2#q1, first line of article 2
    cmd(&mut s, &e, Down); // a2#q2, later in the article
    let before = (sel(&s), s.offset);
    cmd(&mut s, &e, Open);
    let v = s.mode.article().cloned().expect("article open");
    assert_eq!((v.article, v.quote), (2, Some(1)));
    let art = &s.corpus.articles[2];
    let lines = super::article::lines(art, 58);
    let line = super::article::line_of(&lines, s.corpus.quote(1).span().start);
    assert!(v.scroll <= line && line < v.scroll + 8, "quote line {line} scroll {}", v.scroll);
    // Keys scroll the article, not the timeline.
    cmd(&mut s, &e, Top);
    assert_eq!(s.mode.article().unwrap().scroll, 0);
    // The help opens over the article, and closing it comes back to the article.
    cmd(&mut s, &e, Help);
    assert!(matches!(s.mode, Mode::Help { .. }) && s.mode.article().is_some());
    cmd(&mut s, &e, Close);
    assert!(matches!(s.mode, Mode::Article(_)));
    cmd(&mut s, &e, Close);
    assert_eq!(s.mode, Mode::Browse);
    assert_eq!((sel(&s), s.offset), before);
}

#[test]
fn help_and_focus() {
    let (mut s, e) = sample_state(120, 40);
    cmd(&mut s, &e, Help);
    assert!(matches!(s.mode, Mode::Help { .. }));
    cmd(&mut s, &e, Down);
    assert_eq!(sel(&s), Some(Sel::Event(1)), "help swallows moves");
    assert!(cmd(&mut s, &e, Open).is_empty() && matches!(s.mode, Mode::Help { .. }), "Enter is not bound in the help");
    cmd(&mut s, &e, Close);
    assert_eq!(s.mode, Mode::Browse);
    assert_eq!(cmd(&mut s, &e, Quit), vec![Effect::Quit]);
    // Detail focus: moves scroll the detail pane, the selection stays.
    cmd(&mut s, &e, NextEvent);
    cmd(&mut s, &e, NextEvent);
    act(&mut s, &e, Action::Resize { width: 90, height: 12 });
    cmd(&mut s, &e, FocusNext);
    assert_eq!(s.focus, Pane::Detail);
    let (lines, page) = super::detail::metrics(&s);
    assert!(lines > page, "event 2 detail has {lines} lines, {page} on screen");
    cmd(&mut s, &e, Down);
    cmd(&mut s, &e, Down);
    assert_eq!(s.detail_scroll, 2);
    assert_eq!(sel(&s), Some(Sel::Event(2)));
    cmd(&mut s, &e, Bottom);
    let max = s.detail_scroll;
    cmd(&mut s, &e, Down);
    assert_eq!(s.detail_scroll, max, "scrolling stops at the end");
}

#[test]
fn mouse_click_selects_and_wheel_scrolls() {
    let (mut s, e) = sample_state(120, 40);
    let list = s.layout().list;
    // Rows: 2022, event 1, q0, q1, 2023, event 2 ...
    act(&mut s, &e, Action::Click { column: list.x + 3, row: list.y + 3 });
    assert_eq!(sel(&s), Some(Sel::Quote(1)));
    // A click on a year heading selects the event under it.
    act(&mut s, &e, Action::Click { column: list.x + 3, row: list.y + 4 });
    assert_eq!(sel(&s), Some(Sel::Event(2)));
    let detail = s.layout().detail;
    act(&mut s, &e, Action::Click { column: detail.x + 3, row: detail.y + 3 });
    assert_eq!(s.focus, Pane::Detail);
    // Wheel over the small timeline moves its view; the selection follows to stay visible.
    let (mut s, e) = sample_state(60, 10);
    let list = s.layout().list;
    for _ in 0..5 {
        act(&mut s, &e, Action::Wheel { column: list.x + 1, row: list.y, down: true });
        assert_visible(&s);
    }
    assert!(s.offset > 0);
}

#[test]
fn an_event_a_named_person_took_part_in_shows_without_quotes() {
    let (mut s, e) = sample_state(120, 40);
    cmd(&mut s, &e, StartFilter);
    // Xi Jinping takes part in event 1 and says nothing.
    type_str(&mut s, &e, "jinping");
    assert_eq!(s.rows, vec![Row::Year(Some(2022)), Row::Event(1)]);
    assert!(!s.no_match());
    assert_eq!(sel(&s), Some(Sel::Event(1)));
    assert_eq!(s.match_count().as_deref(), Some("1 event, no quote"));
}

#[test]
fn marked_quotes_are_copied_together_in_timeline_order() {
    let (mut s, e) = sample_state(120, 40);
    // Mark the last quote first, then one of the first event.
    cmd(&mut s, &e, Bottom);
    cmd(&mut s, &e, Mark);
    assert!(s.marks.contains(&5));
    assert!(s.status.as_deref().unwrap().starts_with("1 quote marked"));
    cmd(&mut s, &e, Top);
    cmd(&mut s, &e, Down);
    cmd(&mut s, &e, Mark);
    assert_eq!(s.marks.len(), 2);
    // y copies the marks, whatever is selected, in timeline order, one per paragraph.
    cmd(&mut s, &e, Up);
    let eff = cmd(&mut s, &e, CopyCitation);
    let [Effect::Copy { text, what, .. }] = &eff[..] else { panic!("{eff:?}") };
    assert_eq!(what, "2 marked quotes");
    let expected = crate::cite::quotes(&s.corpus, &[0, 5], s.cite_format, s.lang);
    assert_eq!(text, &expected);
    assert!(text.find("Dans le contexte").unwrap() < text.find("Nous ne créons pas").unwrap());
    assert_eq!(text.matches("\n\n").count(), 1);
    let eff = cmd(&mut s, &e, CopyWords);
    assert!(matches!(&eff[..], [Effect::Copy { text, .. }] if text.starts_with("Dans le contexte")), "{eff:?}");
    // Space again unmarks.
    cmd(&mut s, &e, Down);
    cmd(&mut s, &e, Mark);
    assert_eq!(s.marks.iter().copied().collect::<Vec<_>>(), vec![5]);
}

#[test]
fn space_on_an_event_marks_its_quotes_shown_and_esc_clears_marks_last() {
    let (mut s, e) = sample_state(120, 40);
    cmd(&mut s, &e, StartFilter);
    type_str(&mut s, &e, "russie");
    cmd(&mut s, &e, FilterDone);
    cmd(&mut s, &e, Up);
    assert_eq!(sel(&s), Some(Sel::Event(2)));
    // Only the matching quotes of the event: 2, 3, 4, not 5.
    cmd(&mut s, &e, Mark);
    assert_eq!(s.marks.iter().copied().collect::<Vec<_>>(), vec![2, 3, 4]);
    // All marked: Space unmarks them, and marks them again.
    cmd(&mut s, &e, Mark);
    assert!(s.marks.is_empty());
    cmd(&mut s, &e, Mark);
    // Esc clears the filter first, keeping the marks; then the marks.
    cmd(&mut s, &e, Back);
    assert!(s.filter.is_none());
    assert_eq!(s.marks.len(), 3);
    cmd(&mut s, &e, Back);
    assert!(s.marks.is_empty());
    assert_eq!(s.status.as_deref(), Some("3 marks cleared"));
    // Nothing left to clear: Esc does nothing.
    cmd(&mut s, &e, Back);
    assert_eq!(sel(&s), Some(Sel::Event(2)));
}

#[test]
fn colon_then_a_date_goes_to_the_nearest_event() {
    let (mut s, e) = sample_state(60, 9);
    cmd(&mut s, &e, GoToDate);
    assert_eq!(s.mode.kind(), super::ModeKind::GoTo);
    assert!(s.layout().input.height == 1, "the prompt takes the input line");
    // Keys type: q is a letter here, not quit.
    assert_eq!(super::keys::action_for(super::Key::Char('q'), s.mode.kind()), Some(Action::Input('q')));
    type_str(&mut s, &e, "2023-06");
    cmd(&mut s, &e, Jump);
    assert_eq!(s.mode, Mode::Browse);
    // June 2023 is nearer 8 November 2023 than 30 December 2022.
    assert_eq!(sel(&s), Some(Sel::Event(2)));
    assert_visible(&s);
    assert_eq!(s.status.as_deref(), Some("No event shown in June 2023: the nearest is 8 November 2023"));
    // Dates are typed in either language, and told in the reader's.
    s.lang = crate::lang::Lang::Fr;
    cmd(&mut s, &e, GoToDate);
    type_str(&mut s, &e, "June 2023");
    cmd(&mut s, &e, Jump);
    assert_eq!(s.status.as_deref(), Some("juin 2023 : aucun événement affiché ; le plus proche : 8 novembre 2023"));
    cmd(&mut s, &e, GoToDate);
    type_str(&mut s, &e, "30 déc 2022");
    cmd(&mut s, &e, Jump);
    assert_eq!(sel(&s), Some(Sel::Event(1)));
    assert_eq!(s.status.as_deref(), Some("30 décembre 2022 : 30 décembre 2022"));
    s.lang = crate::lang::Lang::En;
    // Not a date: the prompt stays, and says why.
    cmd(&mut s, &e, GoToDate);
    type_str(&mut s, &e, "demain");
    cmd(&mut s, &e, Jump);
    let super::Mode::GoTo(p) = &s.mode else { panic!("{:?}", s.mode) };
    assert!(p.error.as_deref().unwrap().contains("not a date"));
    act(&mut s, &e, Action::Backspace);
    let super::Mode::GoTo(p) = &s.mode else { panic!("{:?}", s.mode) };
    assert!(p.error.is_none() && p.input == "demai", "editing clears the error");
    // Esc leaves without moving; Enter on an empty prompt too.
    cmd(&mut s, &e, Close);
    assert_eq!((s.mode.clone(), sel(&s)), (Mode::Browse, Some(Sel::Event(1))));
    cmd(&mut s, &e, GoToDate);
    cmd(&mut s, &e, Jump);
    assert_eq!(s.mode, Mode::Browse);
    // Only events shown count: the folded context event of February 2022 once c shows it.
    cmd(&mut s, &e, GoToDate);
    type_str(&mut s, &e, "2022-02");
    cmd(&mut s, &e, Jump);
    assert_eq!(sel(&s), Some(Sel::Event(1)));
    cmd(&mut s, &e, ToggleContext);
    cmd(&mut s, &e, GoToDate);
    type_str(&mut s, &e, "2022-02");
    cmd(&mut s, &e, Jump);
    assert_eq!(sel(&s), Some(Sel::Event(0)));
}

#[test]
fn the_speaker_list_narrows_by_name_and_enter_filters_on_the_speaker() {
    let (mut s, _) = sample_state(120, 40);
    let e = crate::search::engine(s.corpus.clone());
    let e = e.as_ref();
    // Opened on a quote, the list starts on its speaker.
    cmd(&mut s, e, Down);
    cmd(&mut s, e, Speakers);
    let super::Mode::Speakers(list) = &s.mode else { panic!("{:?}", s.mode) };
    let table = s.speakers.clone().unwrap();
    let names: Vec<&str> = list.shown.iter().map(|&i| s.corpus.speakers[table.rows[i].speaker].name.as_str()).collect();
    assert_eq!(names, ["Vladimir Poutine", "Sergueï Choïgou", "Zhang Youxia"], "most quoted first");
    assert_eq!(list.selected, 0);
    // Typing narrows with the name matching of @: any spelling, whole name words.
    type_str(&mut s, e, "shoigu");
    let super::Mode::Speakers(list) = &s.mode else { panic!() };
    assert_eq!(list.shown.len(), 1);
    assert_eq!(s.corpus.speakers[table.rows[list.shown[0]].speaker].name, "Sergueï Choïgou");
    for _ in 0..6 {
        act(&mut s, e, Action::Backspace);
    }
    type_str(&mut s, e, "zhang");
    let eff = cmd(&mut s, e, PickSpeaker);
    assert!(eff.is_empty(), "the search ran");
    assert_eq!(s.mode, Mode::Browse);
    assert_eq!(s.filter.as_ref().unwrap().query, "@\"Zhang Youxia\"");
    assert_eq!(sel(&s), Some(Sel::Quote(3)));
    assert!(s.rows.iter().all(|r| !matches!(r, Row::Quote(q) if *q != 3)));
    // Picking another keeps the other terms of the filter and replaces the speaker.
    cmd(&mut s, e, StartFilter);
    type_str(&mut s, e, " 2023");
    cmd(&mut s, e, FilterDone);
    cmd(&mut s, e, Speakers);
    cmd(&mut s, e, Top);
    cmd(&mut s, e, PickSpeaker);
    assert_eq!(s.filter.as_ref().unwrap().query, "2023 @\"Vladimir Poutine\"");
    assert_eq!(s.match_count().as_deref(), Some("2 of 6 quotes · 1 event"));
    // Esc closes the list and changes nothing.
    cmd(&mut s, e, Speakers);
    type_str(&mut s, e, "q");
    cmd(&mut s, e, Close);
    assert_eq!(s.mode, Mode::Browse);
    assert_eq!(s.filter.as_ref().unwrap().query, "2023 @\"Vladimir Poutine\"");
}

#[test]
fn opening_with_a_filter_and_a_date_from_the_command_line() {
    let (mut s, e) = sample_state(120, 40);
    let date = super::goto::parse("2023-11");
    for effect in super::open_on(&mut s, Some("russie".into()), date) {
        // As the runtime: the search answers, then the date applies among the matches.
        let Effect::Search { query, generation, first } = effect else { panic!("{effect:?}") };
        let (quotes, complete) = crate::search::SearchEngine::search(&e, &query, Some(first));
        act(&mut s, &e, Action::SearchDone { generation, quotes, events: vec![], complete });
        let (quotes, complete) = crate::search::SearchEngine::search(&e, &query, None);
        act(&mut s, &e, Action::SearchDone { generation, quotes, events: vec![], complete });
    }
    assert_eq!(s.filter.as_ref().unwrap().query, "russie");
    assert_eq!(sel(&s), Some(Sel::Event(2)));
    assert!(s.pending_date.is_none());
    // A date alone goes at once; a filter alone opens on its first match.
    let (mut s, e) = sample_state(120, 40);
    assert!(super::open_on(&mut s, None, super::goto::parse("2023")).is_empty());
    assert_eq!(sel(&s), Some(Sel::Event(2)));
    let (mut s, e2) = sample_state(120, 40);
    for effect in super::open_on(&mut s, Some("choig".into()), None) {
        let Effect::Search { query, generation, .. } = effect else { panic!() };
        let (quotes, complete) = crate::search::SearchEngine::search(&e2, &query, None);
        act(&mut s, &e, Action::SearchDone { generation, quotes, events: vec![], complete });
    }
    assert_eq!(sel(&s), Some(Sel::Quote(5)));
}

#[test]
fn a_quote_whose_line_changed_since_the_load_is_not_copied() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("q.jsonl");
    let line = |words: &str| {
        format!(
            "{{\"quoteID\": \"q1\", \"quotation\": \"{words}\", \"speaker\": \"Ada Lovelace\", \"date\": \"2020-01-01 00:00:00\", \"urls\": [\"http://a.example/\"]}}\n"
        )
    };
    std::fs::write(&path, line("Nous ne céderons pas")).unwrap();
    let g = crate::gazetteer::Gazetteer::builtin();
    let progress = crate::corpus::Progress::default();
    let (corpus, _) = crate::corpus::build::load_quote_file(&path, &g, &progress, None).unwrap();
    assert!(corpus.quotes.reads_lines_back(), "the words are read back from the file");
    let corpus = std::sync::Arc::new(corpus);
    let e = super::testkit::FakeEngine(corpus.clone());
    let mut s = State::new(corpus, 100, 30);
    cmd(&mut s, &e, Top);
    while !matches!(sel(&s), Some(Sel::Quote(_))) {
        cmd(&mut s, &e, Down);
    }
    let eff = cmd(&mut s, &e, CopyWords);
    assert!(matches!(&eff[..], [Effect::Copy { text, .. }] if text == "Nous ne céderons pas"), "{eff:?}");
    // Other words of the same length, same size and time: the line no longer holds the quote.
    let modified = std::fs::metadata(&path).unwrap().modified().unwrap();
    std::fs::write(&path, line("Vous ne céderons pas")).unwrap();
    std::fs::File::options().write(true).open(&path).unwrap().set_modified(modified).unwrap();
    for c in [CopyWords, CopyCitation] {
        assert!(cmd(&mut s, &e, c).is_empty(), "never other words");
        let status = s.status.clone().unwrap();
        assert!(status.contains("q.jsonl") && status.contains("changed since it was loaded"), "{status}");
        assert!(s.status_warning);
    }
}
