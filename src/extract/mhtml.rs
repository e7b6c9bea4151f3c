//! Pages saved as one file by Chromium browsers (`.mhtml`, `.mht`): a MIME
//! `multipart/related` message whose first `text/html` part is the page. MIME itself (headers,
//! boundaries, nesting, quoted-printable and base64, charsets) is `mail-parser`'s job: a
//! maintained, fuzzed parser that will also read `.eml` files.

use mail_parser::decoders::{base64::base64_decode, quoted_printable::quoted_printable_decode};
use mail_parser::{Encoding, MessageParser, MimeHeaders, PartType};

use super::html::{self, sniff_charset};
use super::{ExtractError, decode};
use crate::model::Article;

/// Reads a saved MHTML page into an article.
pub fn read_mhtml(bytes: &[u8]) -> Result<Article, ExtractError> {
    if bytes.is_empty() {
        return Err(ExtractError::Empty);
    }
    let message = MessageParser::default()
        .parse(bytes)
        .filter(|m| !m.headers().is_empty())
        .ok_or_else(|| malformed("no MIME headers"))?;
    let root_type = message
        .content_type()
        .map(|ct| format!("{}/{}", ct.ctype(), ct.subtype().unwrap_or("")))
        .unwrap_or_default()
        .to_ascii_lowercase();
    if root_type.starts_with("multipart/")
        && message
            .content_type()
            .and_then(|ct| ct.attribute("boundary"))
            .is_none()
    {
        return Err(malformed("multipart without a boundary"));
    }
    let location = message
        .header_raw("Snapshot-Content-Location")
        .or_else(|| message.header_raw("Content-Location"))
        .map(|l| l.trim().to_string());
    let page = message
        .parts
        .iter()
        .find_map(|part| match &part.body {
            PartType::Html(text) => Some((part, text)),
            _ => None,
        })
        .ok_or_else(|| {
            if root_type.starts_with("multipart/") {
                malformed("no text/html part")
            } else {
                malformed("not a saved web page (no text/html content)")
            }
        })?;
    let (part, text) = page;
    // A part that names its charset was decoded by the parser; without one it was read as
    // UTF-8, and the page's own `<meta charset>` decides (as browsers do).
    let declared = part.content_type().and_then(|ct| ct.attribute("charset"));
    let text = match declared {
        Some(_) => text.to_string(),
        None => match sniff_charset(text.as_bytes()) {
            Some(charset) if !charset.eq_ignore_ascii_case("utf-8") => {
                let raw = message
                    .raw_message()
                    .get(part.offset_body as usize..part.offset_end as usize)
                    .unwrap_or_default();
                let bytes = match part.encoding {
                    Encoding::Base64 => base64_decode(raw),
                    Encoding::QuotedPrintable => quoted_printable_decode(raw),
                    Encoding::None => Some(raw.to_vec()),
                }
                .ok_or_else(|| malformed("bad transfer encoding in the HTML part"))?;
                decode::decode(&bytes, Some(&charset))?
            }
            _ => text.to_string(),
        },
    };
    let mut article = html::read_html_str(&text)?;
    article.format = "mhtml".into();
    if let Some(location) = location {
        if article.sources.is_empty() {
            article.sources.extend(html::host_of(&location));
        }
        if article.url.is_none() && html::is_web_address(&location) {
            article.url = Some(location.clone());
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

#[cfg(test)]
mod tests {
    use super::*;

    fn page(encoding: &str, body: &str) -> Vec<u8> {
        format!(
            "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://example.org/2024/05/01/a\r\n\
             Subject: A\r\nMIME-Version: 1.0\r\n\
             Content-Type: multipart/related; type=\"text/html\"; boundary=\"B\"\r\n\r\n\
             --B\r\nContent-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: {encoding}\r\n\r\n\
             {body}\r\n--B--\r\n"
        )
        .into_bytes()
    }

    #[test]
    fn decodes_transfer_encodings() {
        let qp = page(
            "quoted-printable",
            "<html><head><title>Caf=C3=A9 au lait</title></head><body><h1>Caf=C3=A9 au =\r\nlait</h1>\
             <p>Un caf=C3=A9 au lait co=C3=BBte trois euros dans ce quartier de la ville.</p></body></html>",
        );
        let article = read_mhtml(&qp).unwrap();
        assert_eq!(article.title, "Café au lait");
        assert_eq!(
            article.url.as_deref(),
            Some("https://example.org/2024/05/01/a")
        );
        // `<html><head><title>Café</title></head><body><h1>Café</h1></body></html>`
        let b64 = page(
            "base64",
            "PGh0bWw+PGhlYWQ+PHRpdGxlPkNhZsOpPC90aXRsZT48L2hlYWQ+PGJvZHk+PGgxPkNhZsOp\r\nPC9oMT48L2JvZHk+PC9odG1sPg==",
        );
        assert_eq!(read_mhtml(&b64).unwrap().title, "Café");
    }

    #[test]
    fn a_page_without_a_mime_charset_is_read_in_its_meta_charset() {
        // `<meta charset="windows-1250">`, `Łódź` as Windows-1250 bytes in quoted-printable.
        let bytes = b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"B\"\r\n\r\n\
            --B\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n\
            <html><head><meta charset=3D\"windows-1250\"><title>=A3=F3d=9F</title></head>\
            <body><h1>=A3=F3d=9F</h1></body></html>\r\n--B--\r\n";
        assert_eq!(read_mhtml(bytes).unwrap().title, "Łódź");
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
