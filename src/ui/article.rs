//! The article view: the full source article over the panes, the quote's bytes lit up.

use super::theme::Theme;
use crate::app::article::lines;
use crate::app::article::ArticleView;
use crate::app::layout::inner;
use crate::app::State;
use crate::text::for_terminal;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use ratatui::Frame;

pub fn draw(frame: &mut Frame, area: Rect, state: &State, view: &ArticleView, theme: Theme) {
    let Some(art) = state.corpus.articles.get(view.article) else { return };
    let mut title = art.source.clone().unwrap_or_else(|| art.path.clone());
    if let Some(d) = art.published {
        title.push_str(&format!(" · {}", d.long(state.lang)));
    }
    if art.source.is_some() {
        title.push_str(&format!(" · {}", art.path));
    }
    let title = crate::app::wrap::truncate(&for_terminal(&title), area.width.saturating_sub(4) as usize);
    let block = Block::bordered()
        .title(format!(" {title} "))
        .title_bottom(state.lang.words().browser.article_bottom)
        .border_style(theme.border(true));
    frame.render_widget(Clear, area);
    frame.render_widget(block, area);
    let body = inner(area);
    let span = view.quote.and_then(|q| state.corpus.quotes.get(q)).map(|q| q.span().clone());
    let text: &str = &art.text;
    let all = lines(art, body.width as usize);
    let shown: Vec<Line> = all
        .iter()
        .skip(view.scroll)
        .take(body.height as usize)
        .map(|r| {
            // Split the line at the quote's bounds; each piece made terminal-safe.
            let mut cuts = vec![r.start, r.end];
            if let Some(s) = &span {
                for b in [s.start, s.end] {
                    if b > r.start && b < r.end && text.is_char_boundary(b) {
                        cuts.push(b);
                    }
                }
            }
            cuts.sort_unstable();
            let spans: Vec<Span> = cuts
                .windows(2)
                .filter(|w| w[0] < w[1])
                .map(|w| {
                    let lit = span.as_ref().is_some_and(|s| w[0] >= s.start && w[1] <= s.end);
                    let style = if lit { theme.quote_in_article() } else { theme.plain() };
                    Span::styled(for_terminal(&text[w[0]..w[1]]).into_owned(), style)
                })
                .collect();
            Line::from(spans)
        })
        .collect();
    frame.render_widget(Paragraph::new(shown), body);
}
