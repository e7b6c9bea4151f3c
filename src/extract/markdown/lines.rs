//! The shapes of single rendered lines: furniture no renderer prints, tag lines, a list
//! item's dash, and stacks of short lines that stand apart on the page.

/// Lines no renderer prints as text: template tags (`{% include … %}`, `{{< figure … >}}`),
/// kramdown attribute lines (`{: .caption}`) and Pandoc div fences (`::: {.byline}`).
pub(super) fn is_furniture_line(line: &str) -> bool {
    (line.starts_with("{%") && line.ends_with("%}"))
        || (line.starts_with("{{") && line.ends_with("}}"))
        || (line.starts_with("{:") && line.ends_with('}'))
        || line.starts_with(":::")
}

/// A `-` item keeps its dash only as dash-led speech, which names its speaker after another
/// dash (`- To dobry budżet - odparła.`); a menu's or a list's item is read without it.
pub(super) fn without_bullet(text: &str) -> String {
    match text.strip_prefix("- ") {
        Some(rest) if ![" - ", " – ", " — "].iter().any(|d| rest.contains(d)) => {
            rest.to_string()
        }
        _ => text.to_string(),
    }
}

/// The most lines a stack of short lines holds (a byline, a role, a date and a place).
const MAX_STACK_LINES: usize = 4;
/// A stacked line is shorter than this; a paragraph hard-wrapped for e-mail or Pandoc runs to
/// 70 or more.
const MAX_STACK_LINE_CHARS: usize = 50;

/// Two to four short lines, none of them a sentence going on to the next line (a comma at
/// the end, a lower-case word opening the next).
pub(super) fn is_line_stack(lines: &[&str]) -> bool {
    (2..=MAX_STACK_LINES).contains(&lines.len())
        && lines
            .iter()
            .all(|l| !l.is_empty() && l.chars().count() < MAX_STACK_LINE_CHARS)
        && lines.windows(2).all(|pair| {
            !pair[0].ends_with([',', ';', '-'])
                && !pair[1].chars().next().is_some_and(char::is_lowercase)
        })
}

/// A line of hashtags (`#news/pakistan #karachi/water`): a note app's tags, not text.
pub(super) fn is_tag_line(line: &str) -> bool {
    line.split_whitespace().all(|w| {
        w.strip_prefix('#')
            .is_some_and(|t| t.chars().next().is_some_and(char::is_alphanumeric))
    })
}
