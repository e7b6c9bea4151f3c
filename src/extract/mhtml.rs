//! Pages saved as one file by Chromium browsers (`.mhtml`, `.mht`): a MIME
//! `multipart/related` message whose first `text/html` part is the page. The transfer
//! encodings are small enough to decode here rather than add a MIME dependency.

use super::html::{self, sniff_charset};
use super::{ExtractError, decode};
use crate::model::Article;

/// Reads a saved MHTML page into an article.
pub fn read_mhtml(bytes: &[u8]) -> Result<Article, ExtractError> {
    if bytes.is_empty() {
        return Err(ExtractError::Empty);
    }
    let (head, body) = split_headers(bytes).ok_or_else(|| malformed("no MIME headers"))?;
    let headers = parse_headers(head);
    let content_type = header(&headers, "content-type").unwrap_or_default();
    let location = header(&headers, "snapshot-content-location")
        .or_else(|| header(&headers, "content-location"));
    let (part_headers, part_body) = if content_type.to_ascii_lowercase().starts_with("multipart/") {
        let boundary = param(&content_type, "boundary")
            .ok_or_else(|| malformed("multipart without a boundary"))?;
        html_part(body, &boundary).ok_or_else(|| malformed("no text/html part"))?
    } else if content_type.to_ascii_lowercase().starts_with("text/html") {
        (headers, body)
    } else {
        return Err(malformed("not a saved web page (no text/html content)"));
    };
    let encoding = header(&part_headers, "content-transfer-encoding")
        .unwrap_or_default()
        .to_ascii_lowercase();
    let raw = match encoding.trim() {
        "quoted-printable" => quoted_printable(part_body),
        "base64" => base64(part_body).ok_or_else(|| malformed("bad base64 in the HTML part"))?,
        _ => part_body.to_vec(),
    };
    let charset = header(&part_headers, "content-type")
        .and_then(|ct| param(&ct, "charset"))
        .or_else(|| sniff_charset(&raw));
    let text = decode::decode(&raw, charset.as_deref())?;
    let mut article = html::read_html_str(&text)?;
    article.format = "mhtml".into();
    if let Some(location) = location {
        if article.sources.is_empty() {
            article.sources.extend(html::host_of(&location));
        }
        if article.url.is_none() && html::is_web_address(&location) {
            article.url = Some(location.trim().to_string());
            article.provenance.insert("url", "content-location");
        }
        if article.published.is_none() {
            if let Some((iso, text)) = html::url_date(&location) {
                article.published = Some(iso);
                article.published_text = Some(text);
            }
        }
    }
    Ok(article)
}

fn malformed(reason: &str) -> ExtractError {
    ExtractError::Malformed {
        format: "mhtml",
        reason: reason.into(),
    }
}

/// Splits a MIME entity at the first blank line.
fn split_headers(bytes: &[u8]) -> Option<(&[u8], &[u8])> {
    let crlf = find(bytes, b"\r\n\r\n").map(|i| (i, 4));
    let lf = find(bytes, b"\n\n").map(|i| (i, 2));
    let (i, len) = match (crlf, lf) {
        (Some(a), Some(b)) => {
            if a.0 <= b.0 {
                a
            } else {
                b
            }
        }
        (a, b) => a.or(b)?,
    };
    Some((&bytes[..i], &bytes[i + len..]))
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Header lines, unfolded, as (lowercase name, value).
fn parse_headers(head: &[u8]) -> Vec<(String, String)> {
    let text = String::from_utf8_lossy(head);
    let mut out: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        if line.starts_with([' ', '\t']) {
            if let Some((_, value)) = out.last_mut() {
                value.push(' ');
                value.push_str(line.trim());
            }
            continue;
        }
        if let Some((name, value)) = line.split_once(':') {
            out.push((name.trim().to_ascii_lowercase(), value.trim().to_string()));
        }
    }
    out
}

fn header(headers: &[(String, String)], name: &str) -> Option<String> {
    headers
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.clone())
}

/// A `name=value` parameter of a header value, unquoted.
fn param(value: &str, name: &str) -> Option<String> {
    value.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        (k.trim().eq_ignore_ascii_case(name)).then(|| v.trim().trim_matches('"').to_string())
    })
}

/// A MIME part's headers, as (name, value) pairs.
type Headers = Vec<(String, String)>;

/// The headers and body of the first `text/html` part.
fn html_part<'a>(body: &'a [u8], boundary: &str) -> Option<(Headers, &'a [u8])> {
    let delimiter = format!("--{boundary}");
    let delimiter = delimiter.as_bytes();
    let mut starts = Vec::new();
    let mut from = 0;
    while let Some(i) = find(&body[from..], delimiter) {
        starts.push(from + i);
        from += i + delimiter.len();
    }
    for (n, &start) in starts.iter().enumerate() {
        let after = start + delimiter.len();
        if body[after..].starts_with(b"--") {
            break;
        }
        let end = starts.get(n + 1).copied().unwrap_or(body.len());
        let part = &body[after..end];
        let part = part
            .strip_prefix(b"\r\n")
            .or_else(|| part.strip_prefix(b"\n"))
            .unwrap_or(part);
        let Some((head, content)) = split_headers(part) else {
            continue;
        };
        let headers = parse_headers(head);
        let is_html = header(&headers, "content-type")
            .is_some_and(|ct| ct.to_ascii_lowercase().starts_with("text/html"));
        if is_html {
            return Some((headers, content));
        }
    }
    None
}

/// Decodes quoted-printable (RFC 2045): `=XX` bytes and `=` soft line breaks.
fn quoted_printable(input: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(input.len());
    let mut i = 0;
    while i < input.len() {
        let b = input[i];
        if b != b'=' {
            out.push(b);
            i += 1;
            continue;
        }
        let rest = &input[i + 1..];
        if rest.starts_with(b"\r\n") {
            i += 3;
        } else if rest.starts_with(b"\n") {
            i += 2;
        } else if let (Some(h), Some(l)) = (
            rest.first().and_then(|c| hex(*c)),
            rest.get(1).and_then(|c| hex(*c)),
        ) {
            out.push(h * 16 + l);
            i += 3;
        } else {
            out.push(b'=');
            i += 1;
        }
    }
    out
}

fn hex(c: u8) -> Option<u8> {
    (c as char).to_digit(16).map(|d| d as u8)
}

/// Decodes base64, ignoring line breaks; `None` on a character outside the alphabet.
fn base64(input: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(input.len() * 3 / 4);
    let mut acc = 0u32;
    let mut bits = 0;
    for &c in input {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            b'=' => break,
            b' ' | b'\t' | b'\r' | b'\n' => continue,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_transfer_encodings() {
        assert_eq!(
            quoted_printable(b"caf=C3=A9 =\r\nau lait =3D"),
            "café au lait =".as_bytes()
        );
        assert_eq!(base64(b"Y2Fm\r\nw6k=").as_deref(), Some("café".as_bytes()));
    }

    #[test]
    fn reads_a_chromium_page() {
        let bytes = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/html/saved-page.mhtml"
        ))
        .unwrap();
        let article = read_mhtml(&bytes).unwrap();
        assert_eq!(article.format, "mhtml");
        assert_eq!(article.title, "Rada miasta przyjęła budżet na 2025 rok");
        assert_eq!(article.authors, vec!["Anna Kowalska"]);
        assert_eq!(
            article.published.as_deref(),
            Some("2024-12-19T18:30:00+01:00")
        );
        assert!(
            article.body.starts_with("Radni przyjęli w czwartek budżet"),
            "{}",
            article.body
        );
        assert!(
            article.body.ends_with("ostatniej sesji w tym roku."),
            "{}",
            article.body
        );
        assert!(!article.body.contains('='));
    }

    #[test]
    fn refuses_what_is_not_a_page() {
        assert!(read_mhtml(b"hello").is_err());
        assert!(read_mhtml(b"Content-Type: multipart/related\r\n\r\nx").is_err());
        assert!(read_mhtml(b"Content-Type: multipart/related; boundary=b\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nx\r\n--b--").is_err());
    }
}
