//! A part of a page as text, the way a reader sees it: one paragraph per block (`<p>`, `<li>`,
//! headings, `<br>`…), HTML's whitespace collapsed (no-break spaces are kept: they are part of
//! French typography), `<q>` shown with its quotation marks, and nothing that never shows
//! (scripts, styles, forms, hidden elements).

use super::dom::{self, Step, Visit};
use dom_query::NodeRef;
use html5ever::local_name;

/// How much of the page to leave out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The article's content as readability found it: everything in it shows.
    Article,
    /// A whole page (when no article could be told apart): page furniture elements are left out.
    Page,
}

/// The paragraphs of `root`'s subtree; `french` picks the marks `<q>` is shown with.
pub fn paragraphs(root: NodeRef, scope: Scope, french: bool) -> Vec<String> {
    let mut out = Out::default();
    let marks = if french { [("«\u{a0}", "\u{a0}»"), ("“", "”")] } else { [("“", "”"), ("‘", "’")] };
    dom::walk(root, |step| {
        let n = match step {
            Step::Enter(n) => n,
            Step::Leave(n) => {
                match dom::name(n) {
                    Some(local_name!("q")) => {
                        out.quotes = out.quotes.saturating_sub(1);
                        out.mark(marks[out.quotes.min(1)].1);
                    }
                    Some(local_name!("pre")) => {
                        out.pre = out.pre.saturating_sub(1);
                        out.end_paragraph();
                    }
                    Some(t) if dom::is_block(&t) => out.end_paragraph(),
                    _ => {}
                }
                return Visit::Enter;
            }
        };
        {
            let Some(tag) = dom::name(n) else {
                dom::with_text(n, |t| out.text(t));
                return Visit::Enter;
            };
            if dom::is_never_shown(&tag) || is_hidden(n) || (scope == Scope::Page && is_furniture(&tag)) {
                return Visit::Skip;
            }
            match tag {
                local_name!("br") => {
                    out.end_paragraph();
                    return Visit::Skip;
                }
                local_name!("td") | local_name!("th") => out.pending_space = !out.current.is_empty(),
                local_name!("q") => {
                    out.mark(marks[out.quotes.min(1)].0);
                    out.quotes += 1;
                }
                local_name!("pre") => {
                    out.end_paragraph();
                    out.pre += 1;
                }
                t if dom::is_block(&t) => out.end_paragraph(),
                _ => {}
            }
            Visit::Enter
        }
    });
    out.end_paragraph();
    out.done
}

#[derive(Default)]
struct Out {
    done: Vec<String>,
    current: String,
    pending_space: bool,
    /// Inside how many `<pre>`: there, line ends end paragraphs.
    pre: usize,
    /// Inside how many `<q>`.
    quotes: usize,
}

impl Out {
    fn text(&mut self, t: &str) {
        for c in t.chars() {
            match c {
                '\n' if self.pre > 0 => self.end_paragraph(),
                // HTML's whitespace (not U+00A0 and the other Unicode spaces, which show).
                ' ' | '\t' | '\n' | '\r' | '\x0c' => self.pending_space = !self.current.is_empty(),
                c => {
                    if std::mem::take(&mut self.pending_space) {
                        self.current.push(' ');
                    }
                    self.current.push(c);
                }
            }
        }
    }

    fn mark(&mut self, m: &str) {
        if std::mem::take(&mut self.pending_space) {
            self.current.push(' ');
        }
        self.current.push_str(m);
    }

    fn end_paragraph(&mut self) {
        if !self.current.trim().is_empty() {
            self.done.push(std::mem::take(&mut self.current));
        }
        self.current.clear();
        self.pending_space = false;
    }
}

/// Elements that hold a site's furniture rather than an article.
fn is_furniture(tag: &html5ever::LocalName) -> bool {
    matches!(
        *tag,
        local_name!("nav")
            | local_name!("header")
            | local_name!("footer")
            | local_name!("aside")
            | local_name!("form")
            | local_name!("dialog")
            | local_name!("menu")
    )
}

/// Hidden by its own attributes (`hidden`, `aria-hidden="true"`, an inline `display: none`).
fn is_hidden(n: &NodeRef) -> bool {
    n.has_attr("hidden")
        || n.attr("aria-hidden").is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
        || n.attr("style").is_some_and(|s| {
            let s: String = s.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
            s.contains("display:none") || s.contains("visibility:hidden")
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use dom_query::Document;

    fn text_of(html: &str, scope: Scope) -> Vec<String> {
        let doc = Document::from(html);
        paragraphs(doc.body().unwrap(), scope, true)
    }

    #[test]
    fn blocks_are_paragraphs_and_whitespace_collapses_as_in_a_browser() {
        let p = text_of(
            "<div>  Un\n\ttexte <b>gras</b>,<i> puis</i>\r\n la suite.<p>Un autre&nbsp;: « oui ».</p>\
             <ul><li>premier</li><li>second</li></ul>fin<br>après<br><br>encore</div>",
            Scope::Article,
        );
        assert_eq!(
            p,
            [
                "Un texte gras, puis la suite.",
                "Un autre\u{a0}: « oui ».",
                "premier",
                "second",
                "fin",
                "après",
                "encore"
            ]
        );
    }

    #[test]
    fn what_never_shows_is_left_out() {
        let p = text_of(
            "<p>Vu.<script>var q = \"« caché », a dit X\";</script><style>p::before{content:'«'}</style></p>\
             <noscript>« non »</noscript><p hidden>« caché »</p><p style='display: none'>« caché »</p>\
             <span aria-hidden=true>« caché »</span><form><label>Nom</label><textarea>« x »</textarea></form><p>Fin.</p>",
            Scope::Article,
        );
        assert_eq!(p, ["Vu.", "Nom", "Fin."]);
    }

    #[test]
    fn a_whole_page_leaves_its_furniture_out() {
        let html = "<header><nav>Accueil Politique</nav></header><main><p>Le texte.</p></main>\
                    <aside>« Les plus lus »</aside><footer>© Journal</footer>";
        assert_eq!(text_of(html, Scope::Page), ["Le texte."]);
        assert_eq!(text_of(html, Scope::Article).len(), 4);
    }

    #[test]
    fn q_elements_show_their_marks() {
        let p = text_of("<p>Il a dit <q>je <q>viens</q> demain</q>.</p>", Scope::Article);
        assert_eq!(p, ["Il a dit «\u{a0}je “viens” demain\u{a0}»."]);
        let doc = Document::from("<p><q>Hello</q></p>");
        assert_eq!(paragraphs(doc.body().unwrap(), Scope::Article, false), ["“Hello”"]);
    }

    #[test]
    fn tables_and_preformatted_text() {
        let p =
            text_of("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table><pre>l1\nl2</pre>", Scope::Article);
        assert_eq!(p, ["a b", "c", "l1", "l2"]);
    }
}
