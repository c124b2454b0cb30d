//! The help popup, generated from the key table the dispatcher uses: a section per mode.

use super::theme::Theme;
use crate::app::keys::help_sections;
use crate::app::layout::{inner, popup};
use crate::app::wrap::{fit, str_width, truncate, wrap};
use crate::lang::Lang;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use ratatui::Frame;

/// The popup inside `within` (the panes' area: it never covers the status line).
pub fn draw(frame: &mut Frame, within: Rect, scroll: usize, theme: Theme, lang: Lang) {
    let w = &lang.words().browser;
    let sections = help_sections(lang);
    let want = sections.iter().map(|s| s.entries.len() + 2).sum::<usize>() + w.signs.len() + 2;
    let r = popup(within, 78, want as u16);
    if r.width < 3 || r.height < 3 {
        return;
    }
    let block = Block::bordered().title(w.keys_title).title_bottom(w.help_bottom).border_style(theme.border(true));
    frame.render_widget(Clear, r);
    frame.render_widget(block, r);
    let body = inner(r);
    let lines = lines(body.width as usize, theme, lang);
    let max = lines.len().saturating_sub(body.height as usize);
    let shown: Vec<Line> = lines.into_iter().skip(scroll.min(max)).take(body.height as usize).collect();
    frame.render_widget(Paragraph::new(shown), body);
}

/// The help's lines at `width` columns: keys in a column, descriptions wrapped under themselves;
/// then what the timeline's signs mean, laid out the same way.
fn lines(width: usize, theme: Theme, lang: Lang) -> Vec<Line<'static>> {
    let w = &lang.words().browser;
    let mut sections: Vec<(&str, Vec<(String, &str)>)> =
        help_sections(lang).into_iter().map(|s| (s.title, s.entries)).collect();
    sections.push((w.signs_title, w.signs.iter().map(|&(sign, help)| (sign.to_string(), help)).collect()));
    // The widest keys and a gap, but never more than a third of the popup.
    let widest = sections.iter().flat_map(|s| &s.1).map(|(k, _)| str_width(k)).max().unwrap_or(0);
    let keys_w = (widest + 2).min(width / 3);
    let desc_w = width.saturating_sub(keys_w + 2).max(1);
    let mut lines: Vec<Line> = Vec::new();
    for (i, (title, entries)) in sections.iter().enumerate() {
        if i > 0 {
            lines.push(Line::default());
        }
        lines.push(Line::from(Span::styled(format!(" {}", truncate(title, width.saturating_sub(1))), theme.bold())));
        for (keys, help) in entries {
            for (i, r) in wrap(help, desc_w).into_iter().enumerate() {
                let k = if i == 0 { fit(keys, keys_w) } else { " ".repeat(keys_w) };
                lines.push(Line::from(vec![
                    Span::raw("  "),
                    Span::styled(k, theme.key()),
                    Span::raw(help[r].to_string()),
                ]));
            }
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_fits_and_no_word_is_lost() {
        for (lang, width) in Lang::ALL.into_iter().flat_map(|l| (24..=78).map(move |w| (l, w))) {
            let lines = lines(width, Theme { color: false }, lang);
            for l in &lines {
                assert!(l.width() <= width, "{width}: {l:?}");
            }
            let text: String = lines.iter().flat_map(|l| l.spans.iter().map(|s| s.content.to_string())).collect();
            let words = |s: &str| s.split_whitespace().map(String::from).collect::<Vec<_>>().join(" ");
            for s in help_sections(lang) {
                for (_, help) in s.entries {
                    assert!(words(&text).contains(&words(help)) || width < 40, "{width}: {help}");
                }
            }
            for (sign, help) in lang.words().browser.signs {
                assert!(words(&text).contains(&format!("{sign} {}", words(help))) || width < 40, "{width}: {help}");
            }
        }
    }
}
