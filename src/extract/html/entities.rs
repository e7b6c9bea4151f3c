//! Character references (`&amp;`, `&#233;`, `&eacute;`) in text Chronicle reads outside the
//! HTML parser (JSON-LD values), decoded with the HTML5 parser's own tables (markup5ever): the
//! full list of named references, and the Windows-1252 characters pages mean by the numbers
//! 128–159 (quotes and dashes). An unknown name is left as written.

use markup5ever::data::{C1_REPLACEMENTS, NAMED_ENTITIES};

/// Replaces character references in `s`.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        match reference(rest) {
            Some((decoded, len)) => {
                out.push_str(&decoded);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Decodes the reference at the start of `s` (which begins with '&'): the text and the
/// number of bytes it used.
fn reference(s: &str) -> Option<(String, usize)> {
    let body = &s[1..];
    if let Some(num) = body.strip_prefix('#') {
        let (digits, radix, skip) = match num.strip_prefix(['x', 'X']) {
            Some(hex) => (hex, 16, 3),
            None => (num, 10, 2),
        };
        let len = digits.chars().take_while(|c| c.is_digit(radix)).count();
        if len == 0 || len > 8 {
            return None;
        }
        let code = u32::from_str_radix(&digits[..len], radix).ok()?;
        let c = match code {
            0 => '\u{FFFD}',
            0x80..=0x9F => C1_REPLACEMENTS[(code - 0x80) as usize]
                .unwrap_or_else(|| char::from_u32(code).unwrap_or('\u{FFFD}')),
            _ => char::from_u32(code).unwrap_or('\u{FFFD}'),
        };
        let used = skip + len + usize::from(digits[len..].starts_with(';'));
        return Some((c.to_string(), used));
    }
    let len = body
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count()
        .min(32);
    if len == 0 {
        return None;
    }
    let name = &body[..len];
    // The table's keys end with `;`; a few legacy names are also listed without one.
    let &(first, second) = NAMED_ENTITIES
        .get(format!("{name};").as_str())
        .or_else(|| NAMED_ENTITIES.get(name))
        .filter(|(first, _)| *first != 0)?;
    let text: String = [first, second]
        .into_iter()
        .filter(|&c| c != 0)
        .filter_map(char::from_u32)
        .collect();
    let used = 1 + len + usize::from(body[len..].starts_with(';'));
    Some((text, used))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_numeric_and_windows_1252_references() {
        assert_eq!(decode_entities("Tom &amp; Jerry"), "Tom & Jerry");
        assert_eq!(decode_entities("caf&eacute; &#233; &#xE9;"), "café é é");
        assert_eq!(
            decode_entities("&#147;quoted&#148; &#150; dash"),
            "\u{201c}quoted\u{201d} \u{2013} dash"
        );
        assert_eq!(decode_entities("&notaname; &amp"), "&notaname; &");
        assert_eq!(decode_entities("&#0;"), "\u{FFFD}");
    }
}
