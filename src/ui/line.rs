//! Building one screen line within a width budget, in display columns: article text is made
//! terminal-safe, and text that does not fit ends with "…" instead of breaking alignment.

use crate::app::wrap::char_width;
use crate::text::for_terminal;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

pub struct LineBuilder {
    spans: Vec<Span<'static>>,
    left: usize,
    full: bool,
}

impl LineBuilder {
    pub fn new(width: usize) -> Self {
        LineBuilder { spans: Vec::new(), left: width, full: false }
    }

    pub fn remaining(&self) -> usize {
        self.left
    }

    pub fn push(&mut self, text: &str, style: Style) -> &mut Self {
        self.push_marked(text, style, style, &[])
    }

    /// Push `text`, styling the chars whose indices are in `marks` (sorted) with `marked`.
    pub fn push_marked(&mut self, text: &str, style: Style, marked: Style, marks: &[usize]) -> &mut Self {
        if self.full {
            return self;
        }
        let safe = for_terminal(text);
        let total: usize = safe.chars().map(char_width).sum();
        let cut = total > self.left;
        // When cutting, keep one column for the ellipsis.
        let mut budget = if cut { self.left.saturating_sub(1) } else { self.left };
        let mut run = String::new();
        let mut run_marked = false;
        let mut mi = 0;
        for (i, c) in safe.chars().enumerate() {
            let w = char_width(c);
            if w > budget {
                break;
            }
            budget -= w;
            while mi < marks.len() && marks[mi] < i {
                mi += 1;
            }
            let is_marked = mi < marks.len() && marks[mi] == i;
            if is_marked != run_marked && !run.is_empty() {
                let s = if run_marked { marked } else { style };
                self.spans.push(Span::styled(std::mem::take(&mut run), s));
            }
            run_marked = is_marked;
            run.push(c);
        }
        if !run.is_empty() {
            self.spans.push(Span::styled(run, if run_marked { marked } else { style }));
        }
        if cut {
            if self.left > 0 {
                self.spans.push(Span::styled("…", style));
            }
            // Wide chars may leave a gap before the ellipsis: the line is full either way.
            self.left = 0;
            self.full = true;
        } else {
            self.left -= total;
        }
        self
    }

    /// Fill the rest of the width with `c`.
    pub fn fill(&mut self, c: char, style: Style) -> &mut Self {
        if self.left > 0 && char_width(c) == 1 {
            self.spans.push(Span::styled(c.to_string().repeat(self.left), style));
            self.left = 0;
        }
        self
    }

    /// Pad with spaces up to `cols` more columns (or the end of the line).
    pub fn pad(&mut self, cols: usize, style: Style) -> &mut Self {
        let n = cols.min(self.left);
        if n > 0 {
            self.spans.push(Span::styled(" ".repeat(n), style));
            self.left -= n;
        }
        self
    }

    pub fn build(self) -> Line<'static> {
        Line::from(self.spans)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::wrap::str_width;

    fn text(l: &Line) -> String {
        l.spans.iter().map(|s| s.content.as_ref()).collect()
    }

    #[test]
    fn cuts_by_columns_with_ellipsis() {
        let mut b = LineBuilder::new(10);
        b.push("習近平 et Poutine", Style::new());
        let t = text(&b.build());
        assert!(str_width(&t) <= 10, "{t}");
        assert!(t.ends_with('…'));
    }

    #[test]
    fn marks_split_spans_and_escapes_are_neutralised() {
        let mut b = LineBuilder::new(40);
        b.push_marked("a\x1b[2Jbc", Style::new(), Style::new().bold(), &[5]);
        let l = b.build();
        assert_eq!(text(&l), "a␛[2Jbc");
        assert_eq!(l.spans.len(), 3);
        assert_eq!(l.spans[1].content, "b");
    }
}
