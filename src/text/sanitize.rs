//! Article text is untrusted: it may carry escape sequences that would drive the terminal
//! (change the title, write the clipboard with OSC 52, move the cursor). Everything that
//! reaches the terminal from an article goes through `for_terminal` first.

use std::borrow::Cow;

/// True for characters that must never be written raw to a terminal: C0 controls (tab and
/// newline included: callers lay out lines themselves), DEL, C1 controls, and the invisible
/// formatting characters that reorder or hide text (bidi overrides and isolates, zero-width).
pub fn is_unsafe(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{206f}'
        | '\u{061c}' | '\u{feff}' | '\u{fff9}'..='\u{fffb}')
}

/// Replace unsafe characters with visible stand-ins: tab and line ends become a space,
/// ESC and other C0 controls their Unicode "control picture" (␛, ␇ ...), anything else U+FFFD.
pub fn for_terminal(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| match c {
                '\t' | '\n' | '\r' => ' ',
                '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'),
                '\u{7f}' => '\u{2421}',
                c if is_unsafe(c) => '\u{fffd}',
                c => c,
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_become_inert() {
        let hostile = "a\x1b]52;c;aGk=\x07b\x1b[2Jc\x08\td\u{202e}e";
        let safe = for_terminal(hostile);
        assert!(!safe.chars().any(is_unsafe), "{safe:?}");
        assert_eq!(safe, "a␛]52;c;aGk=␇b␛[2Jc␈ d\u{fffd}e");
    }

    #[test]
    fn clean_text_is_borrowed() {
        assert!(matches!(for_terminal("« Pékin »"), Cow::Borrowed(_)));
    }
}
