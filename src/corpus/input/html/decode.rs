//! A web page's bytes to text, in the encoding the page says it uses, as browsers read it: a
//! byte-order mark first, then a `<meta charset>` declaration near the top, else UTF-8 when the
//! bytes are valid UTF-8, else Windows-1252 (what browsers assume of a French page that says
//! nothing). Quotes point into the extracted text, not the file, so decoding loses no offset.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// How far browsers look for a `<meta charset>` declaration.
const PRESCAN: usize = 1024;

#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub warnings: Vec<String>,
}

/// Decode `bytes`; an error when they are not text at all.
pub fn decode(bytes: &[u8]) -> Result<Decoded, String> {
    let mut warnings = Vec::new();
    let (encoding, skip) = match Encoding::for_bom(bytes) {
        Some((e, bom)) => (e, bom),
        None => {
            if let Some(at) = bytes.iter().take(8192).position(|&b| b == 0) {
                return Err(format!("binary data, not a web page (a NUL byte at offset {at})"));
            }
            let declared = declared_charset(&bytes[..bytes.len().min(PRESCAN)]);
            match declared {
                Some(e) => (e, 0),
                None if std::str::from_utf8(bytes).is_ok() => (UTF_8, 0),
                None => {
                    warnings.push(
                        "the page names no character encoding and is not UTF-8: read as Windows-1252".to_string(),
                    );
                    (WINDOWS_1252, 0)
                }
            }
        }
    };
    let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[skip..]);
    if had_errors {
        warnings.push(format!("some bytes are not valid {}: shown as �", encoding.name()));
    }
    Ok(Decoded { text: text.into_owned(), warnings })
}

/// The encoding a `<meta charset="…">` or `<meta http-equiv="Content-Type" content="…;
/// charset=…">` names in `head`. As in browsers, a page declaring UTF-16 in ASCII is UTF-8.
fn declared_charset(head: &[u8]) -> Option<&'static Encoding> {
    let lower = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(i) = find(&lower[from..], b"charset") {
        let mut j = from + i + b"charset".len();
        from = j;
        while lower.get(j).is_some_and(|b| b.is_ascii_whitespace()) {
            j += 1;
        }
        if lower.get(j) != Some(&b'=') {
            continue;
        }
        j += 1;
        while lower.get(j).is_some_and(|b| b.is_ascii_whitespace() || *b == b'"' || *b == b'\'') {
            j += 1;
        }
        let end = lower[j..]
            .iter()
            .position(|b| b.is_ascii_whitespace() || matches!(b, b'"' | b'\'' | b';' | b'>' | b'/'))
            .map_or(lower.len(), |n| j + n);
        let encoding = Encoding::for_label(&lower[j..end])?;
        return Some(if encoding.output_encoding() == UTF_8 { UTF_8 } else { encoding });
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_encodings_are_honoured() {
        let latin1 = b"<meta charset=\"ISO-8859-1\"><p>Le pr\xe9sident a d\xe9clar\xe9 \xab\xa0non\xa0\xbb.</p>";
        let d = decode(latin1).unwrap();
        assert!(d.text.contains("Le président a déclaré «\u{a0}non\u{a0}»."), "{}", d.text);
        assert!(d.warnings.is_empty(), "{:?}", d.warnings);
        let http_equiv = b"<meta http-equiv='Content-Type' content='text/html; charset=windows-1252'>\x93oui\x94";
        assert!(decode(http_equiv).unwrap().text.ends_with("“oui”"));
        // A page saved as UTF-8 that still says UTF-16 (browsers read it as UTF-8).
        assert_eq!(decode("<meta charset=utf-16>é".as_bytes()).unwrap().text, "<meta charset=utf-16>é");
    }

    #[test]
    fn byte_order_marks_win_and_are_dropped() {
        let mut utf16 = vec![0xff, 0xfe];
        for u in "<p>été</p>".encode_utf16() {
            utf16.extend(u.to_le_bytes());
        }
        assert_eq!(decode(&utf16).unwrap().text, "<p>été</p>");
        assert_eq!(decode("\u{feff}<meta charset=latin1>é".as_bytes()).unwrap().text, "<meta charset=latin1>é");
    }

    #[test]
    fn undeclared_pages_are_utf8_else_windows_1252_with_a_warning() {
        assert_eq!(decode("<p>déjà</p>".as_bytes()).unwrap().text, "<p>déjà</p>");
        let d = decode(b"<p>d\xe9j\xe0</p>").unwrap();
        assert_eq!(d.text, "<p>déjà</p>");
        assert!(d.warnings[0].contains("Windows-1252"), "{:?}", d.warnings);
        let d = decode(b"<meta charset=utf-8><p>\xff</p>").unwrap();
        assert_eq!(d.text, "<meta charset=utf-8><p>\u{fffd}</p>");
        assert!(d.warnings[0].contains("not valid UTF-8"), "{:?}", d.warnings);
    }

    #[test]
    fn binary_files_are_refused() {
        let e = decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap_err();
        assert!(e.contains("binary") && e.contains("offset 8"), "{e}");
    }
}
