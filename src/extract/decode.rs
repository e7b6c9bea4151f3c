//! Bytes to text: byte-order marks, declared charsets, detection for the rest, and a
//! refusal for binary data that only wears a text extension.

use super::ExtractError;
use encoding_rs::Encoding;

/// Decodes `bytes` to text. `declared` is a charset named by the file itself
/// (`<meta charset>`), used when there is no byte-order mark.
pub fn decode(bytes: &[u8], declared: Option<&str>) -> Result<String, ExtractError> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        return Ok(text.into_owned());
    }
    if let Some(kind) = binary_kind(bytes) {
        return Err(ExtractError::Unsupported(format!(
            "binary data ({kind}), not text"
        )));
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(text.to_string());
    }
    let encoding = declared
        .and_then(|label| Encoding::for_label(label.trim().as_bytes()))
        .filter(|e| *e != encoding_rs::UTF_8)
        .unwrap_or_else(|| {
            let mut detector = chardetng::EncodingDetector::new();
            detector.feed(bytes, true);
            detector.guess(None, true)
        });
    let (text, _, _) = encoding.decode(bytes);
    Ok(text.into_owned())
}

/// Names the kind of binary file `bytes` starts like, if it does.
fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"\x89PNG", "a PNG image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"%PDF", "a PDF document"),
        (b"PK\x03\x04", "a ZIP archive or office document"),
        (b"\x7FELF", "a program"),
        (b"SQLite format 3\0", "an SQLite database"),
        (b"\x1F\x8B", "a gzip archive"),
    ];
    if let Some((_, kind)) = MAGIC.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return Some(kind);
    }
    let head = &bytes[..bytes.len().min(8192)];
    let suspicious = head
        .iter()
        .filter(|&&b| b == 0 || (b < 0x09) || (0x0E..0x1B).contains(&b))
        .count();
    // UTF-16 without a BOM has a NUL in every other byte of ASCII text: handled as text.
    if head.contains(&0) && looks_like_utf16(head) {
        return None;
    }
    // A stray control character or NUL does not make a file binary; a steady share does.
    let share = suspicious as f64 / head.len().max(1) as f64;
    (share > 0.10 || (share > 0.05 && head.len() >= 256)).then_some("unrecognised binary content")
}

fn looks_like_utf16(head: &[u8]) -> bool {
    let even_nuls = head.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_nuls = head.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    let half = head.len() / 2;
    half > 8 && (even_nuls * 10 > half * 8 || odd_nuls * 10 > half * 8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_passes_through() {
        assert_eq!(decode("Spółka".as_bytes(), None).unwrap(), "Spółka");
    }

    #[test]
    fn boms_choose_the_encoding() {
        let mut utf16 = vec![0xFF, 0xFE];
        for unit in "Zażółć".encode_utf16() {
            utf16.extend_from_slice(&unit.to_le_bytes());
        }
        assert_eq!(decode(&utf16, None).unwrap(), "Zażółć");
        assert_eq!(decode(b"\xEF\xBB\xBFabc", None).unwrap(), "abc");
    }

    #[test]
    fn legacy_encodings_are_detected() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1250.encode(
            "Zażółć gęślą jaźń. Spółka akcyjna z siedzibą w Warszawie, która prowadzi działalność.",
        );
        assert!(decode(&bytes, None).unwrap().contains("gęślą jaźń"));
        let (bytes, _, _) = encoding_rs::WINDOWS_1252
            .encode("Le ministre a déclaré à la presse que l'été serait très chaud à Besançon.");
        assert!(
            decode(&bytes, None)
                .unwrap()
                .contains("déclaré à la presse")
        );
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(
            "Президент заявил журналистам, что переговоры продолжатся на следующей неделе в Киеве.",
        );
        assert!(
            decode(&bytes, None)
                .unwrap()
                .contains("переговоры продолжатся")
        );
        let (bytes, _, _) = encoding_rs::ISO_8859_2.encode(
            "Rada miasta przyjęła budżet. Źródła podają, że wydatki wzrosną o połowę w ciągu roku.",
        );
        assert!(decode(&bytes, None).unwrap().contains("przyjęła budżet"));
    }

    #[test]
    fn binary_is_refused_with_its_kind() {
        let err = decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", None).unwrap_err();
        assert_eq!(
            err.to_string(),
            "not an article file Chronicle can read (binary data (a PNG image), not text)"
        );
        assert!(decode(&[0u8, 1, 2, 3, 200, 17, 0, 5], None).is_err());
    }
}
