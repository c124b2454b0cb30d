//! The page parsed into a tree by html5ever (the HTML5 parsing algorithm browsers use, so broken
//! markup is repaired the way a browser would), within bounds that keep hostile pages cheap:
//!
//! - html5ever checks each attribute of a tag against the ones before it, so a tag with a
//!   hundred thousand attributes takes seconds: attributes past [`MAX_ATTRIBUTES`] in one tag are
//!   dropped before parsing (they never hold article text).
//! - html5ever's work per tag grows with how many elements are open (the spec's "in scope"
//!   checks walk them), so a page of a hundred thousand unclosed `<div>`s takes minutes. The
//!   page is fed in slices and reading stops, with a warning, once more than [`MAX_OPEN`]
//!   elements are open at once (browsers cap nesting too; real pages stay under a hundred), or
//!   once the page has made over [`MAX_NODES`] nodes.
//! - Readability scores walk ancestors, so the tree is then flattened below [`MAX_DEPTH`].
//! - A very long text node costs html5ever's serializer time in proportion to its length for
//!   each `«` it holds; long text is cut into pieces of [`TEXT_PIECE`] bytes (the text is the same).

use dom_query::{Document, NodeData, NodeId, NodeRef};
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::{Tracer, TreeBuilderOpts};
use html5ever::{local_name, LocalName, ParseOpts};
use std::cell::Cell;

/// Attributes kept in one tag (a real tag has a few, a framework's some dozens).
pub const MAX_ATTRIBUTES: usize = 256;
/// Elements open at once (and formatting elements pending) past which the page is not read.
pub const MAX_OPEN: usize = 1024;
/// Nodes past which the rest of the page is not read (a real page has some thousands).
pub const MAX_NODES: usize = 1_000_000;
/// Depth below which the tree is flattened.
pub const MAX_DEPTH: usize = 128;
/// Longest text node kept whole.
pub const TEXT_PIECE: usize = 2048;
/// Bytes fed to the parser between two checks of the bounds above.
const SLICE: usize = 4 * 1024;

/// Parse `html`, within the bounds above; warnings say what was not read or was flattened.
pub fn parse(html: &str) -> (Document, Vec<String>) {
    let opts = ParseOpts {
        tree_builder: TreeBuilderOpts { scripting_enabled: false, ..Default::default() },
        ..Default::default()
    };
    let mut parser = html5ever::parse_document(Document::default(), opts);
    let mut warnings = Vec::new();
    let html = &*drop_excess_attributes(html, &mut warnings);
    let mut pos = 0;
    while pos < html.len() {
        let mut end = (pos + SLICE).min(html.len());
        while !html.is_char_boundary(end) {
            end += 1;
        }
        parser.process(StrTendril::from(&html[pos..end]));
        pos = end;
        if pos == html.len() {
            break;
        }
        let open = OpenCount(Cell::new(0));
        parser.tokenizer.sink.trace_handles(&open);
        let nodes = parser.tokenizer.sink.sink.tree.len();
        if open.0.get() > MAX_OPEN || nodes > MAX_NODES {
            let why = if nodes > MAX_NODES {
                format!("over {} elements and texts", thousands(MAX_NODES))
            } else {
                format!("markup nested over {} levels deep", thousands(MAX_OPEN))
            };
            warnings.push(format!("page not read past byte {} of {}: {why}", thousands(pos), thousands(html.len())));
            break;
        }
    }
    let doc = parser.finish();
    harden(&doc, &mut warnings);
    (doc, warnings)
}

/// `html` without the attributes past [`MAX_ATTRIBUTES`] in any one tag. Tags are found the
/// way html5ever's tokenizer finds them: not inside comments or the raw text of `<script>`,
/// `<style>`, `<textarea>`…, and a quoted attribute value ends only at its closing quote.
fn drop_excess_attributes<'h>(html: &'h str, warnings: &mut Vec<String>) -> std::borrow::Cow<'h, str> {
    let b = html.as_bytes();
    let mut cuts: Vec<std::ops::Range<usize>> = Vec::new();
    let mut i = 0;
    while let Some(lt) = memchr::memchr(b'<', &b[i.min(b.len())..]).map(|n| i + n) {
        i = lt + 1;
        if b[i..].starts_with(b"!--") {
            i = memchr::memmem::find(&b[i + 3..], b"-->").map_or(b.len(), |n| i + 3 + n + 3);
            continue;
        }
        if !b.get(i).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        let name_end =
            b[i..].iter().position(|c| c.is_ascii_whitespace() || *c == b'/' || *c == b'>').map_or(b.len(), |n| i + n);
        let name = b[i..name_end].to_ascii_lowercase();
        i = name_end;
        let mut count = 0;
        let mut cut_from = None;
        // Attributes: a name, then maybe `=` and a value (quoted, or up to whitespace or `>`).
        loop {
            while b.get(i).is_some_and(|c| c.is_ascii_whitespace() || *c == b'/') {
                i += 1;
            }
            if i >= b.len() || b[i] == b'>' {
                break;
            }
            count += 1;
            if count == MAX_ATTRIBUTES + 1 {
                cut_from = Some(i);
            }
            i += 1;
            while b.get(i).is_some_and(|c| !(c.is_ascii_whitespace() || matches!(c, b'/' | b'>' | b'='))) {
                i += 1;
            }
            while b.get(i).is_some_and(u8::is_ascii_whitespace) {
                i += 1;
            }
            if b.get(i) != Some(&b'=') {
                continue;
            }
            i += 1;
            while b.get(i).is_some_and(u8::is_ascii_whitespace) {
                i += 1;
            }
            match b.get(i) {
                Some(&q) if q == b'"' || q == b'\'' => {
                    i = memchr::memchr(q, &b[i + 1..]).map_or(b.len(), |n| i + 1 + n + 1);
                }
                _ => {
                    while b.get(i).is_some_and(|c| !(c.is_ascii_whitespace() || *c == b'>')) {
                        i += 1;
                    }
                }
            }
        }
        if let Some(from) = cut_from {
            cuts.push(from..i.min(b.len()));
        }
        let raw_text: &[&[u8]] =
            &[b"script", b"style", b"textarea", b"title", b"xmp", b"iframe", b"noembed", b"noframes"];
        if raw_text.contains(&name.as_slice()) {
            // Up to the matching end tag (any case).
            let mut j = i;
            i = b.len();
            while let Some(n) = memchr::memmem::find(&b[j..], b"</") {
                let at = j + n + 2;
                if b.get(at..at + name.len()).is_some_and(|t| t.eq_ignore_ascii_case(&name)) {
                    i = at;
                    break;
                }
                j = at;
            }
        } else if name == b"plaintext" {
            break;
        }
    }
    if cuts.is_empty() {
        return std::borrow::Cow::Borrowed(html);
    }
    warnings.push(format!(
        "{} tag(s) with over {MAX_ATTRIBUTES} attributes (the first at byte {}): the extra attributes were dropped",
        thousands(cuts.len()),
        thousands(cuts[0].start)
    ));
    let mut out = String::with_capacity(html.len());
    let mut from = 0;
    for cut in cuts {
        // Cuts start after whitespace and end at `>` or the end: ASCII, so char boundaries.
        out.push_str(&html[from..cut.start]);
        from = cut.end;
    }
    out.push_str(&html[from..]);
    std::borrow::Cow::Owned(out)
}

/// Counts the handles html5ever holds: its open elements and active formatting elements.
struct OpenCount(Cell<usize>);

impl Tracer for OpenCount {
    type Handle = NodeId;
    fn trace_handle(&self, _: &NodeId) {
        self.0.set(self.0.get() + 1);
    }
}

/// Flatten the tree below [`MAX_DEPTH`] and cut long text nodes.
fn harden(doc: &Document, warnings: &mut Vec<String>) {
    let mut boundary = Vec::new();
    let mut stack = vec![(doc.root(), 0usize)];
    while let Some((node, depth)) = stack.pop() {
        if depth == MAX_DEPTH {
            if node.children_it(false).any(|c| c.first_child().is_some()) {
                boundary.push(node.id);
            }
            continue;
        }
        stack.extend(node.children_it(true).map(|c| (c, depth + 1)));
    }
    if !boundary.is_empty() {
        warnings.push(format!("markup nested over {MAX_DEPTH} levels deep was flattened"));
    }
    for id in boundary {
        flatten(NodeRef::new(id, &doc.tree));
    }
    let mut long = Vec::new();
    walk_in(doc.root(), |n| {
        if n.query_or(0, |n| text_of(n).map_or(0, |t| t.len())) > TEXT_PIECE {
            long.push(n.id);
        }
        Visit::Enter
    });
    for id in long {
        split_text(NodeRef::new(id, &doc.tree));
    }
}

/// Replace everything under `node` by its texts, in order, a `<br>` where a block began or
/// ended; what never shows (scripts...) is dropped. Linear in the size of the subtree.
fn flatten(node: NodeRef) {
    enum Piece {
        Text(NodeId),
        Break,
    }
    let mut pieces = Vec::new();
    let mut first = true;
    walk(node, |step| {
        match step {
            Step::Enter(_) if std::mem::take(&mut first) => {}
            Step::Enter(n) => match name(n) {
                Some(tag) if is_never_shown(&tag) => return Visit::Skip,
                Some(tag) if is_block(&tag) || tag == local_name!("br") => pieces.push(Piece::Break),
                Some(_) => {}
                None if n.is_text() => pieces.push(Piece::Text(n.id)),
                None => {}
            },
            Step::Leave(n) => {
                if name(n).is_some_and(|t| is_block(&t)) {
                    pieces.push(Piece::Break);
                }
            }
        }
        Visit::Enter
    });
    let tree = node.tree;
    node.remove_children();
    let mut after_break = true;
    for piece in pieces {
        match piece {
            Piece::Text(id) => {
                node.append_child(&NodeRef::new(id, tree));
                after_break = false;
            }
            Piece::Break if !after_break => {
                node.append_child(&tree.new_element("br"));
                after_break = true;
            }
            Piece::Break => {}
        }
    }
}

/// Cut a text node into nodes of at most [`TEXT_PIECE`] bytes (whole characters).
fn split_text(node: NodeRef) {
    let text = node.text();
    let mut start = 0;
    while start < text.len() {
        let mut end = (start + TEXT_PIECE).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        node.insert_before(&node.tree.new_text(&text[start..end]));
        start = end;
    }
    node.remove_from_parent();
}

fn text_of(node: &dom_query::TreeNode) -> Option<&StrTendril> {
    match &node.data {
        NodeData::Text { contents } => Some(contents),
        _ => None,
    }
}

/// An element's local name (`p`, `div`…); None for text, comments and the document.
pub fn name(node: &NodeRef) -> Option<LocalName> {
    node.query_or(None, |n| n.as_element().map(|e| e.name.local.clone()))
}

/// Call `f` with a text node's text.
pub fn with_text(node: &NodeRef, f: impl FnOnce(&str)) {
    node.query(|n| {
        if let Some(t) = text_of(n) {
            f(t)
        }
    });
}

/// What to do with an element's children.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Visit {
    Enter,
    Skip,
}

/// A step of [`walk`]: a node reached, or an element left after its children.
pub enum Step<'r, 'a> {
    Enter(&'r NodeRef<'a>),
    Leave(&'r NodeRef<'a>),
}

/// Walk `root`'s subtree in document order without recursion, calling `f` on entering each
/// node (return [`Visit::Skip`] to leave its children out) and on leaving each element entered.
pub fn walk<'a>(root: NodeRef<'a>, mut f: impl FnMut(Step<'_, 'a>) -> Visit) {
    enum Todo<'a> {
        Enter(NodeRef<'a>),
        Leave(NodeRef<'a>),
    }
    let mut stack = vec![Todo::Enter(root)];
    while let Some(todo) = stack.pop() {
        match todo {
            Todo::Enter(node) => {
                if f(Step::Enter(&node)) == Visit::Enter {
                    stack.push(Todo::Leave(node));
                    stack.extend(node.children_it(true).map(Todo::Enter));
                }
            }
            Todo::Leave(node) => {
                f(Step::Leave(&node));
            }
        }
    }
}

/// [`walk`] when only entering matters.
pub fn walk_in<'a>(root: NodeRef<'a>, mut enter: impl FnMut(&NodeRef<'a>) -> Visit) {
    walk(root, |step| match step {
        Step::Enter(n) => enter(n),
        Step::Leave(_) => Visit::Enter,
    })
}

/// Whether an element is one whose content never shows as text on the page.
pub fn is_never_shown(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("head")
            | local_name!("script")
            | local_name!("style")
            | local_name!("noscript")
            | local_name!("template")
            | local_name!("svg")
            | local_name!("math")
            | local_name!("iframe")
            | local_name!("object")
            | local_name!("embed")
            | local_name!("canvas")
            | local_name!("audio")
            | local_name!("video")
            | local_name!("button")
            | local_name!("select")
            | local_name!("textarea")
            | local_name!("input")
            | local_name!("title")
            | local_name!("meta")
            | local_name!("link")
    )
}

/// Whether an element starts a new block of text (a paragraph of its own).
pub fn is_block(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("address")
            | local_name!("article")
            | local_name!("aside")
            | local_name!("blockquote")
            | local_name!("body")
            | local_name!("caption")
            | local_name!("center")
            | local_name!("dd")
            | local_name!("details")
            | local_name!("dialog")
            | local_name!("dir")
            | local_name!("div")
            | local_name!("dl")
            | local_name!("dt")
            | local_name!("fieldset")
            | local_name!("figcaption")
            | local_name!("figure")
            | local_name!("footer")
            | local_name!("form")
            | local_name!("h1")
            | local_name!("h2")
            | local_name!("h3")
            | local_name!("h4")
            | local_name!("h5")
            | local_name!("h6")
            | local_name!("header")
            | local_name!("hgroup")
            | local_name!("hr")
            | local_name!("html")
            | local_name!("legend")
            | local_name!("li")
            | local_name!("main")
            | local_name!("menu")
            | local_name!("nav")
            | local_name!("ol")
            | local_name!("p")
            | local_name!("pre")
            | local_name!("section")
            | local_name!("summary")
            | local_name!("table")
            | local_name!("tbody")
            | local_name!("tfoot")
            | local_name!("thead")
            | local_name!("tr")
            | local_name!("ul")
    )
}

/// "12,345" for messages.
pub fn thousands(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn depth(doc: &Document) -> usize {
        let mut max = 0;
        let mut stack = vec![(doc.root(), 0)];
        while let Some((n, d)) = stack.pop() {
            max = max.max(d);
            stack.extend(n.children_it(false).map(|c| (c, d + 1)));
        }
        max
    }

    #[test]
    fn ordinary_pages_are_read_whole() {
        let (doc, warnings) = parse("<p>Un <b>mot</b></p><p>Deux</p>");
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(doc.select("p").text().to_string(), "Un motDeux");
    }

    #[test]
    fn deep_nesting_stops_the_read_with_a_warning() {
        let html =
            format!("<p>Avant.</p>{}<p>Au fond.</p>{}<p>Après.</p>", "<div>".repeat(100_000), "</div>".repeat(100_000));
        let (doc, warnings) = parse(&html);
        assert!(
            warnings.iter().any(|w| w.contains("not read past byte") && w.contains("nested over 1,024")),
            "{warnings:?}"
        );
        assert!(warnings.iter().any(|w| w.contains("flattened")), "{warnings:?}");
        assert!(doc.select("p").text().contains("Avant."));
        assert!(depth(&doc) <= MAX_DEPTH + 2, "depth {}", depth(&doc));
    }

    #[test]
    fn flattening_keeps_every_text_in_order_and_apart() {
        let html = format!("{}<p>un</p><p>deux</p>{}", "<div>".repeat(300), "</div>".repeat(300));
        let (doc, _) = parse(&html);
        assert!(depth(&doc) <= MAX_DEPTH + 2);
        let body = doc.body().unwrap();
        let mut texts = Vec::new();
        walk_in(body, |n| {
            with_text(n, |t| texts.push(t.to_string()));
            Visit::Enter
        });
        assert_eq!(texts, ["un", "deux"]);
        assert!(doc.select("br").length() >= 2, "the two paragraphs stay apart");
    }

    #[test]
    fn long_text_is_cut_into_pieces_with_the_same_text() {
        let long = "« Oui », dit-il. ".repeat(2000);
        let (doc, _) = parse(&format!("<p>{long}</p>"));
        let p = doc.select("p");
        assert_eq!(p.text().to_string(), long);
        assert!(p.nodes()[0].children().len() > long.len() / TEXT_PIECE);
    }

    #[test]
    fn tags_with_absurdly_many_attributes_lose_the_extra_ones() {
        let many: String = (0..100_000).map(|i| format!(" a{i}=\"x>y\"")).collect();
        let html = format!("<p{many}>« Bonjour », a dit Paul.</p><script>if (a <b c d) {{}}</script><p x=1>Fin.</p>");
        let mut warnings = Vec::new();
        let kept = drop_excess_attributes(&html, &mut warnings);
        assert!(kept.len() < 10_000, "{} bytes kept", kept.len());
        assert!(
            kept.ends_with(
                "a255=\"x>y\" >« Bonjour », a dit Paul.</p><script>if (a <b c d) {}</script><p x=1>Fin.</p>"
            ),
            "{}",
            &kept[kept.len() - 120..]
        );
        assert!(warnings[0].contains("over 256 attributes"), "{warnings:?}");
        let (doc, _) = parse(&html);
        assert_eq!(doc.select("p").text().to_string(), "« Bonjour », a dit Paul.Fin.");
        // Ordinary markup, comments and scripts are left as they are.
        let mut warnings = Vec::new();
        let page = "<!-- <a b c> --><div class=\"a\" id=x data-y='1 2'>t</div><style>p<b{}</style>";
        assert!(matches!(drop_excess_attributes(page, &mut warnings), std::borrow::Cow::Borrowed(_)));
        assert!(warnings.is_empty());
    }

    #[test]
    fn numbers_read_with_separators() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(2048), "2,048");
        assert_eq!(thousands(2_000_000), "2,000,000");
    }
}
