//! Paragraphs, sentences and page furniture (captions, credits, navigation, share buttons...).
//! OWNER: extraction helper. Contract below; implementation to be written.

use std::ops::Range;

/// What kind of page furniture a paragraph is (never a source of quotes, speakers or events).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Furniture {
    /// Photo caption or credit line.
    Caption,
    /// Site navigation, breadcrumbs, share buttons, "read more" links, "SOURCE:" lines.
    Navigation,
    /// A heading or title line (short, no sentence punctuation).
    Heading,
    /// Text not in the article's language (a publishing notice in German...).
    Foreign,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// Byte span in the article text, trimmed of surrounding whitespace.
    pub span: Range<usize>,
    pub furniture: Option<Furniture>,
}

impl Paragraph {
    pub fn is_body(&self) -> bool {
        self.furniture.is_none()
    }
}

/// Split the body (`text[body]`) into paragraphs (one per non-blank line, as news text
/// comes), each classified as body or furniture.
pub fn paragraphs(text: &str, body: Range<usize>) -> Vec<Paragraph> {
    // Provisional: one paragraph per non-blank line, no furniture detection yet.
    let mut out = Vec::new();
    let mut pos = body.start;
    for line in text[body.clone()].split_inclusive('\n') {
        let start = pos + (line.len() - line.trim_start().len());
        let end = pos + line.trim_end().len();
        if end > start {
            out.push(Paragraph { span: start..end, furniture: None });
        }
        pos += line.len();
    }
    out
}

/// Sentences of `text[span]`, as byte spans of `text`.
pub fn sentences(text: &str, span: Range<usize>) -> Vec<Range<usize>> {
    let _ = text;
    vec![span]
}
