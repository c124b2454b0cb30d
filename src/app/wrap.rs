//! Display-width text layout shared by the state (scroll bounds) and the drawing, so both agree
//! on how many screen lines a text takes. Widths are terminal columns, not bytes or chars:
//! accents, CJK and emoji count right.

use std::ops::Range;
use unicode_width::UnicodeWidthChar;

/// Columns `c` takes once made terminal-safe (`for_terminal` turns unsafe chars into
/// one-column stand-ins).
pub fn char_width(c: char) -> usize {
    if crate::text::sanitize::is_unsafe(c) {
        1
    } else {
        c.width().unwrap_or(0)
    }
}

pub fn str_width(s: &str) -> usize {
    s.chars().map(char_width).sum()
}

/// Split one paragraph (no newline) into lines of at most `width` columns, breaking at spaces
/// when it can and inside a word only when the word alone is too wide. Returns byte ranges
/// into `text` without the spaces at the breaks. An empty text gives one empty line.
pub fn wrap(text: &str, width: usize) -> Vec<Range<usize>> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut start = 0; // start of the current line
    let mut col = 0; // columns used by the current line
    let mut last_space: Option<usize> = None; // byte index of the last break point on the line
    for (i, c) in text.char_indices() {
        let w = char_width(c);
        if c == ' ' {
            last_space = Some(i);
        }
        if col + w > width && i > start {
            match last_space.filter(|&s| s > start) {
                Some(s) if c != ' ' => {
                    lines.push(start..s);
                    start = s + 1;
                    col = str_width(&text[start..i]);
                }
                _ => {
                    lines.push(start..i);
                    start = if c == ' ' { i + 1 } else { i };
                    col = 0;
                    if c == ' ' {
                        last_space = None;
                        continue;
                    }
                }
            }
            last_space = None;
        }
        col += w;
    }
    if start < text.len() || lines.is_empty() {
        lines.push(start..text.len());
    }
    lines
}

/// Cut `s` to at most `width` columns, ending with "…" when something was cut.
pub fn truncate(s: &str, width: usize) -> String {
    if str_width(s) <= width {
        return s.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut col = 0;
    for c in s.chars() {
        let w = char_width(c);
        if col + w > width - 1 {
            break;
        }
        out.push(c);
        col += w;
    }
    out.push('…');
    out
}

/// `s` cut or padded with spaces to exactly `width` columns.
pub fn fit(s: &str, width: usize) -> String {
    let mut out = truncate(s, width);
    let w = str_width(&out);
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(w)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(t: &str, w: usize) -> Vec<&str> {
        wrap(t, w).into_iter().map(|r| &t[r]).collect()
    }

    #[test]
    fn wraps_at_spaces_by_columns() {
        assert_eq!(lines("la Chine et la Russie", 10), ["la Chine", "et la", "Russie"]);
        assert_eq!(lines("", 10), [""]);
        assert_eq!(lines("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        // Wide chars take two columns each.
        assert_eq!(lines("習近平主席", 4), ["習近", "平主", "席"]);
        for l in lines("« Nous ne créons pas un bloc militaire contre des pays tiers »", 12) {
            assert!(str_width(l) <= 12, "{l:?}");
        }
    }

    #[test]
    fn truncate_and_fit_count_columns() {
        assert_eq!(truncate("Sergueï Choïgou", 8), "Sergueï…");
        assert_eq!(fit("Zhang", 7), "Zhang  ");
        assert_eq!(str_width(&fit("習近平 😀 Poutine", 9)), 9);
        assert_eq!(str_width(&fit("習近平", 4)), 4);
    }
}
