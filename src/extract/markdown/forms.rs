//! The forms of front matter other than a YAML block that site generators and converters
//! write at the top of a file: TOML between `+++` lines (Zola, Hugo), a JSON object (Hugo's
//! `{ … }`, Eleventy's `---json`), MultiMarkdown metadata lines (`Title: …` up to the first
//! blank line), and the plain `key: value` lines of a YAML block the YAML parser refuses
//! (`title: Adria: 180 posti`). Each gives `(key, values)` pairs for `front::read_fields`.

use super::front;

/// A metadata block longer than this is not read (generators write a few hundred bytes).
const MAX_BLOCK: usize = 64 * 1024;
/// MultiMarkdown metadata lines read at most.
const MAX_MMD_LINES: usize = 40;

pub(super) type Fields = Vec<(String, Vec<String>)>;

/// `+++` TOML front matter: its fields and the text after it.
pub(super) fn toml_block(text: &str) -> Option<(Fields, &str)> {
    let rest = text.strip_prefix("+++\n")?;
    let end = rest.find("\n+++")?;
    let after = rest[end + 4..]
        .trim_start_matches('+')
        .trim_start_matches('\n');
    (end <= MAX_BLOCK).then(|| (toml_fields(&rest[..end]), after))
}

/// A JSON object opening the file (`{` alone on the first line) or `---json … ---`: the JSON
/// text, which YAML's flow syntax reads, and the text after it.
pub(super) fn json_block(text: &str) -> Option<(&str, &str)> {
    if let Some(rest) = text.strip_prefix("---json\n") {
        let end = rest.find("\n---")?;
        let after = rest[end + 4..]
            .trim_start_matches('-')
            .trim_start_matches('\n');
        return (end <= MAX_BLOCK).then(|| (&rest[..end], after));
    }
    if !text.starts_with("{\n") {
        return None;
    }
    // The object ends at the first `}` alone at the start of a line.
    let end = text.find("\n}")? + 2;
    let after = text[end..].trim_start_matches('\n');
    (end <= MAX_BLOCK).then(|| (&text[..end], after))
}

/// MultiMarkdown metadata: the file opens with `Key: value` lines (a value may go on under an
/// indent) up to the first blank line, the first a title and at least one more a key a tool's
/// metadata uses, so a text opening with a byline and a date line is not taken for one.
pub(super) fn multimarkdown_lines(text: &str) -> Option<(Fields, &str)> {
    let end = text.find("\n\n")?;
    let block = &text[..end];
    let mut fields: Fields = Vec::new();
    for line in block.lines().take(MAX_MMD_LINES + 1) {
        if line.starts_with([' ', '\t']) {
            let (_, values) = fields.last_mut()?;
            values.push(line.trim().to_string());
            continue;
        }
        let (key, value) = line.split_once(':')?;
        // `key:: value` is a property line (Logseq, Dataview), read elsewhere.
        if value.starts_with(':') {
            return None;
        }
        let key = key.trim();
        let words = key.split_whitespace().count();
        if !(1..=3).contains(&words) || !key.chars().all(|c| c.is_alphanumeric() || c == ' ') {
            return None;
        }
        fields.push((key.to_lowercase(), vec![value.trim().to_string()]));
    }
    let known = fields
        .iter()
        .filter(|(k, _)| front::field_of(k).is_some())
        .count();
    let titled = fields
        .first()
        .is_some_and(|(k, _)| front::field_of(k) == Some("title"));
    (fields.len() <= MAX_MMD_LINES && titled && known >= 2)
        .then(|| (fields, text[end..].trim_start()))
}

/// The top-level `key: value` lines of a YAML block, read line by line: what a clipper writes
/// where a value holds a colon YAML refuses.
pub(super) fn yaml_lines(yaml: &str) -> Fields {
    yaml.lines()
        .filter(|l| !l.starts_with([' ', '\t', '-', '#']))
        .filter_map(|l| l.split_once(": "))
        .filter(|(k, _)| !k.is_empty() && !k.contains(char::is_whitespace))
        .map(|(k, v)| (k.trim().to_lowercase(), values_of(v)))
        .filter(|(_, v)| !v.is_empty())
        .collect()
}

/// The fields of a TOML block: `key = value` in the top table and in named tables (`[extra]`,
/// `[taxonomies]`, `[params]`: read by their keys), strings, arrays of strings, and dates and
/// numbers as printed. In an array of tables (`[[authors]]`) or an inline table, only a
/// person's `name` counts, as for YAML author objects.
fn toml_fields(toml: &str) -> Fields {
    let mut fields: Fields = Vec::new();
    // The key an array of tables adds names to.
    let mut table_array: Option<String> = None;
    let mut lines = toml.lines();
    while let Some(line) = lines.next() {
        let line = line.trim();
        if line.starts_with("[[") {
            let name = line.trim_matches(['[', ']', ' ']);
            let name = name.rsplit('.').next().unwrap_or(name).to_lowercase();
            table_array = Some(name);
            continue;
        }
        if line.starts_with('[') {
            table_array = None;
            continue;
        }
        let Some((key, value)) = line.split_once('=') else {
            continue;
        };
        let key = key.trim().trim_matches(['"', '\'']).to_lowercase();
        let mut value = value.trim().to_string();
        // An array going on over several lines.
        while value.starts_with('[') && !closed(&value) {
            let Some(next) = lines.next() else { break };
            value.push(' ');
            value.push_str(next.trim());
        }
        match &table_array {
            Some(array) if key == "name" => match fields.iter_mut().find(|(k, _)| k == array) {
                Some((_, values)) => values.extend(values_of(&value)),
                None => fields.push((array.clone(), values_of(&value))),
            },
            Some(_) => {}
            None => fields.push((key, values_of(&value))),
        }
    }
    fields
}

/// An array is closed when its brackets outside strings balance.
fn closed(value: &str) -> bool {
    let mut depth = 0i32;
    let mut quote: Option<char> = None;
    for c in value.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '[') => depth += 1,
            (None, ']') => depth -= 1,
            _ => {}
        }
    }
    depth <= 0
}

/// The values a TOML or YAML value line holds: a quoted or bare scalar, or the strings of an
/// array (`["A", "B"]`, `['Cronaca']`); inline tables give their `name` only.
fn values_of(value: &str) -> Vec<String> {
    let value = value.trim();
    let Some(inner) = value.strip_prefix('[').and_then(|v| v.strip_suffix(']')) else {
        let v = unquote(value);
        return if v.is_empty() || v == "None" {
            Vec::new()
        } else {
            vec![front::wiki_link(v)]
        };
    };
    if inner.contains('{') {
        return inner
            .split('{')
            .filter_map(|table| {
                table.split(',').find_map(|pair| {
                    let (k, v) = pair.split_once(['=', ':'])?;
                    (unquote(k.trim()) == "name")
                        .then(|| unquote(v.trim().trim_end_matches('}')).to_string())
                })
            })
            .filter(|v| !v.is_empty())
            .collect();
    }
    strings(inner)
}

/// The items of an array's inside, quoted or not, split at commas outside quotes.
fn strings(inner: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut item = String::new();
    let mut quote: Option<char> = None;
    for c in inner.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => item.push(c),
            (None, '"' | '\'') => quote = Some(c),
            (None, ',') => out.push(std::mem::take(&mut item)),
            (None, c) => item.push(c),
        }
    }
    out.push(item);
    out.into_iter()
        .map(|s| front::wiki_link(s.trim()))
        .filter(|s| !s.is_empty())
        .collect()
}

fn unquote(v: &str) -> &str {
    let v = v.trim();
    for q in ['"', '\''] {
        if let Some(inner) = v.strip_prefix(q).and_then(|v| v.strip_suffix(q)) {
            return inner;
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toml_tables_and_arrays_are_read_by_their_keys() {
        let text = "+++\ntitle = \"A = B\"\ndate = 2019-08-14T06:30:00+10:00\n\n[taxonomies]\n\
                    categories = [\"Regional\"]\n[extra]\nauthors = [\n  \"Ann Lee\",\n  \"Bo Chen\",\n]\n\
                    [[extra.writers]]\nname = \"Cy Dee\"\nemail = \"c@d.e\"\n+++\n\nText.";
        let (fields, rest) = toml_block(text).expect("toml");
        assert_eq!(rest, "Text.");
        let get = |k: &str| {
            fields
                .iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.clone())
        };
        assert_eq!(get("title"), Some(vec!["A = B".to_string()]));
        assert_eq!(
            get("date"),
            Some(vec!["2019-08-14T06:30:00+10:00".to_string()])
        );
        assert_eq!(get("categories"), Some(vec!["Regional".to_string()]));
        assert_eq!(
            get("authors"),
            Some(vec!["Ann Lee".to_string(), "Bo Chen".to_string()])
        );
        assert_eq!(get("writers"), Some(vec!["Cy Dee".to_string()]));
        assert_eq!(get("email"), None);
    }

    #[test]
    fn json_objects_and_multimarkdown_lines() {
        let (json, rest) = json_block("{\n  \"title\": \"T\"\n}\n\nText.").expect("json");
        assert_eq!(json, "{\n  \"title\": \"T\"\n}");
        assert_eq!(rest, "Text.");
        let (json, rest) = json_block("---json\n{ \"a\": 1 }\n---\n\nText.").expect("json");
        assert_eq!(json, "{ \"a\": 1 }");
        assert_eq!(rest, "Text.");
        let (fields, rest) =
            multimarkdown_lines("Title:  T\nAuthor: A and B\nBase Header Level: 2\n\n# H")
                .expect("mmd");
        assert_eq!(fields.len(), 3);
        assert_eq!(
            fields[1],
            ("author".to_string(), vec!["A and B".to_string()])
        );
        assert_eq!(rest, "# H");
        // A byline and a date line over the story are the text's, not metadata.
        assert!(multimarkdown_lines("By: Ann Lee\nUpdated: today\n\nText.").is_none());
        assert!(multimarkdown_lines("title:: T\nauthor:: A\n\nX").is_none());
        assert!(
            multimarkdown_lines("Title: T\nThe story starts here: and goes on.\n\nX").is_none()
        );
    }

    #[test]
    fn yaml_lines_read_values_yaml_refuses() {
        let fields = yaml_lines(
            "title: Adria: 180 posti\nsitename: La Gazzetta\ncategories: ['Cronaca']\nid: None",
        );
        assert_eq!(fields[0].1, ["Adria: 180 posti"]);
        assert_eq!(fields[2].1, ["Cronaca"]);
        assert_eq!(fields.len(), 3);
    }
}
